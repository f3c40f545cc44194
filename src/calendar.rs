//! The proleptic Gregorian calendar, once for the whole crate: custom numbers' dates, status
//! timestamps and the date test of the distractor rules all use these functions.
//!
//! Days are counted from 1970-01-01 (the Unix epoch), negative before it. The conversions
//! follow Howard Hinnant's public-domain `days_from_civil` / `civil_from_days` algorithms
//! ("chrono-Compatible Low-Level Date Algorithms").

/// Whether `year` has a 29th of February.
#[inline]
pub(crate) const fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1–12) of `year`; 0 for a month out of range.
#[inline]
pub(crate) const fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `year-month-day` is a day of the calendar.
#[inline]
pub(crate) const fn is_valid(year: i64, month: u32, day: u32) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// Days since 1970-01-01 of a civil date (not checked: see [`is_valid`]).
pub(crate) const fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let cycle = y.div_euclid(400);
    let year_of_cycle = y.rem_euclid(400);
    let m = month as i64;
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let day_of_cycle = year_of_cycle * 365 + year_of_cycle / 4 - year_of_cycle / 100 + day_of_year;
    cycle * 146_097 + day_of_cycle - 719_468
}

/// The civil date `(year, month, day)` of a day count since 1970-01-01.
pub(crate) const fn civil_from_days(days: i64) -> (i64, u32, u32) {
    // shift the epoch to 0000-03-01 so that a leap day ends each 4/100/400-year cycle
    let z = days + 719_468;
    let cycle = z.div_euclid(146_097);
    let day_of_cycle = z.rem_euclid(146_097);
    let year_of_cycle = (day_of_cycle - day_of_cycle / 1_460 + day_of_cycle / 36_524
        - day_of_cycle / 146_096)
        / 365;
    let day_of_year =
        day_of_cycle - (365 * year_of_cycle + year_of_cycle / 4 - year_of_cycle / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_cycle + cycle * 400 + if month <= 2 { 1 } else { 0 };
    (year, month as u32, day as u32)
}

/// The weekday of a day count since 1970-01-01: 1 = Monday … 7 = Sunday (1970-01-01 was a
/// Thursday).
#[inline]
pub(crate) const fn weekday(days: i64) -> u32 {
    ((days + 3).rem_euclid(7) + 1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(weekday(0), 4);
        assert!(is_valid(2024, 2, 29) && !is_valid(2023, 2, 29) && !is_valid(1900, 2, 29));
        assert!(is_valid(2000, 2, 29) && !is_valid(2024, 13, 1) && !is_valid(2024, 4, 31));
    }

    proptest! {
        #[test]
        fn round_trip(days in -800_000i64..3_000_000) {
            let (y, m, d) = civil_from_days(days);
            prop_assert!(is_valid(y, m, d));
            prop_assert_eq!(days_from_civil(y, m, d), days);
        }

        #[test]
        fn consecutive_days_are_consecutive_dates(days in -800_000i64..3_000_000) {
            let (y, m, d) = civil_from_days(days);
            let (y2, m2, d2) = civil_from_days(days + 1);
            let next = if d < days_in_month(y, m) { (y, m, d + 1) } else if m < 12 { (y, m + 1, 1) } else { (y + 1, 1, 1) };
            prop_assert_eq!((y2, m2, d2), next);
        }
    }
}
