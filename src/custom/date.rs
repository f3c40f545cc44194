//! Calendar dates for the date segments of custom formats: no clock, pure arithmetic.

use crate::serde_str::serde_str;
use core::fmt;
use core::str::FromStr;

use crate::calendar;

/// A day of the proleptic Gregorian calendar, years 1 to 9999.
///
/// The library never reads a clock: the caller passes the date a number belongs to. Holding
/// a `Date` means the day exists (no 30 February). Orders chronologically.
///
/// ```
/// use tracking_number::custom::Date;
///
/// let d: Date = "2024-12-30".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2024, 12, 30));
/// assert_eq!(d.ordinal(), 365);
/// assert_eq!(d.weekday(), 1); // Monday
/// assert_eq!(d.iso_week(), (2025, 1));
/// assert_eq!(d.to_string(), "2024-12-30");
/// assert!(Date::new(2023, 2, 29).is_none());
/// # Ok::<(), tracking_number::custom::DateError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Days from January 1st to the first of each month in a common year.
const CUMULATIVE: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const fn is_leap(year: u16) -> bool {
    calendar::is_leap(year as i64)
}

const fn days_in_year(year: u16) -> u16 {
    if is_leap(year) {
        366
    } else {
        365
    }
}

/// Days since 1970-01-01 of January 1st of `year`.
const fn jan1(year: u16) -> i64 {
    calendar::days_from_civil(year as i64, 1, 1)
}

/// Number of ISO weeks (52 or 53) of the ISO week-year `year`: 53 when January 1st is a
/// Thursday, or a Wednesday in a leap year.
const fn iso_weeks_in_year(year: u16) -> u8 {
    let weekday = calendar::weekday(jan1(year));
    if weekday == 4 || (weekday == 3 && is_leap(year)) {
        53
    } else {
        52
    }
}

impl Date {
    /// The date `year-month-day`, or `None` if no such day exists (years 1 to 9999).
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2024, 13, 1).is_none());
    /// assert!(Date::new(0, 1, 1).is_none());
    /// ```
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || year > 9999 || !calendar::is_valid(year as i64, month as u32, day as u32) {
            None
        } else {
            Some(Date { year, month, day })
        }
    }

    /// The day `ordinal` (1 = January 1st) of `year`, or `None` if out of range.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::from_ordinal(2024, 60), Date::new(2024, 2, 29));
    /// assert!(Date::from_ordinal(2023, 366).is_none());
    /// ```
    #[must_use]
    pub const fn from_ordinal(year: u16, ordinal: u16) -> Option<Date> {
        if year == 0 || year > 9999 || ordinal == 0 || ordinal > days_in_year(year) {
            return None;
        }
        let mut month = 12u8;
        while month > 1 {
            let before =
                CUMULATIVE[month as usize - 1] + if month > 2 && is_leap(year) { 1 } else { 0 };
            if ordinal > before {
                return Some(Date { year, month, day: (ordinal - before) as u8 });
            }
            month -= 1;
        }
        Some(Date { year, month: 1, day: ordinal as u8 })
    }

    /// The Monday of ISO week `week` of the ISO week-year `year`, or `None` if the week does
    /// not exist (week 53 of a 52-week year) or the day falls outside years 1 to 9999.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::from_iso_week(2025, 1), Date::new(2024, 12, 30));
    /// assert_eq!(Date::from_iso_week(2020, 53), Date::new(2020, 12, 28));
    /// assert!(Date::from_iso_week(2021, 53).is_none());
    /// ```
    #[must_use]
    pub const fn from_iso_week(year: u16, week: u8) -> Option<Date> {
        if year == 0 || year > 9999 || week == 0 || week > iso_weeks_in_year(year) {
            return None;
        }
        // January 4th is always in week 1; its Monday starts week 1
        let jan4 = jan1(year) + 3;
        let monday = jan4 - (calendar::weekday(jan4) as i64 - 1) + (week as i64 - 1) * 7;
        Date::from_unix_days(monday)
    }

    /// The date `days` days after 1970-01-01 (negative: before), e.g. from a clock the
    /// caller reads; `None` outside years 1 to 9999.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::from_unix_days(0), Date::new(1970, 1, 1));
    /// assert_eq!(Date::from_unix_days(19_723), Date::new(2024, 1, 1));
    /// ```
    #[must_use]
    pub const fn from_unix_days(days: i64) -> Option<Date> {
        // years 1 to 9999
        if days < -719_162 || days > 2_932_896 {
            return None;
        }
        let (year, month, day) = calendar::civil_from_days(days);
        Date::new(year as u16, month as u8, day as u8)
    }

    /// Days since 1970-01-01 (negative before it).
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// let d = Date::new(2024, 1, 1).unwrap();
    /// assert_eq!(d.to_unix_days(), 19_723);
    /// ```
    #[must_use]
    pub const fn to_unix_days(self) -> i64 {
        calendar::days_from_civil(self.year as i64, self.month as u32, self.day as u32)
    }

    /// The year, 1 to 9999.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::new(2024, 5, 6).unwrap().year(), 2024);
    /// ```
    #[must_use]
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::new(2024, 5, 6).unwrap().month(), 5);
    /// ```
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::new(2024, 5, 6).unwrap().day(), 6);
    /// ```
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The day of the year, 1 to 366.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::new(2024, 3, 1).unwrap().ordinal(), 61);
    /// ```
    #[must_use]
    pub const fn ordinal(self) -> u16 {
        let leap_day = if self.month > 2 && is_leap(self.year) { 1 } else { 0 };
        CUMULATIVE[self.month as usize - 1] + leap_day + self.day as u16
    }

    /// The ISO weekday: 1 = Monday … 7 = Sunday.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 4); // Thursday
    /// ```
    #[must_use]
    pub const fn weekday(self) -> u8 {
        calendar::weekday(self.to_unix_days()) as u8
    }

    /// The ISO 8601 week-year and week (1 to 53) the day belongs to.
    ///
    /// ```
    /// use tracking_number::custom::Date;
    ///
    /// assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
    /// assert_eq!(Date::new(2024, 6, 15).unwrap().iso_week(), (2024, 24));
    /// ```
    #[must_use]
    pub const fn iso_week(self) -> (u16, u8) {
        let week = (self.ordinal() as i32 - self.weekday() as i32 + 10) / 7;
        if week < 1 {
            let prev = self.year - 1;
            (prev, iso_weeks_in_year(prev))
        } else if week > iso_weeks_in_year(self.year) as i32 {
            (self.year + 1, 1)
        } else {
            (self.year, week as u8)
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

/// Why a string is not a [`Date`].
///
/// ```
/// use tracking_number::custom::{Date, DateErrorKind};
///
/// let err = "2024-02-30".parse::<Date>().unwrap_err();
/// assert_eq!(err.kind(), DateErrorKind::NoSuchDay);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DateErrorKind {
    /// Not of the form `YYYY-MM-DD`; the index of the first offending byte.
    Syntax {
        /// 0-based byte index.
        index: usize,
    },
    /// Well formed, but the day does not exist (or the year is 0).
    NoSuchDay,
}

impl fmt::Display for DateErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateErrorKind::Syntax { index } => {
                write!(f, "invalid date at index {index}: expected YYYY-MM-DD")
            }
            DateErrorKind::NoSuchDay => f.write_str("no such day"),
        }
    }
}

/// The error of [`Date::from_str`].
///
/// ```
/// use tracking_number::custom::Date;
///
/// let err = "2024-1-05".parse::<Date>().unwrap_err();
/// assert_eq!(err.to_string(), "invalid date at index 6: expected YYYY-MM-DD");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind}")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateError {
    kind: DateErrorKind,
}

impl DateError {
    /// What went wrong.
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateErrorKind};
    ///
    /// let err = "2024/01/05".parse::<Date>().unwrap_err();
    /// assert_eq!(err.kind(), DateErrorKind::Syntax { index: 4 });
    /// ```
    #[must_use]
    pub const fn kind(&self) -> DateErrorKind {
        self.kind
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses `YYYY-MM-DD` exactly (ISO 8601 calendar date, four-digit year).
    ///
    /// # Errors
    ///
    /// [`DateErrorKind::Syntax`] for anything else (`"2024-1-5"`, `"20240105"`, `" 2024-01-05"`),
    /// [`DateErrorKind::NoSuchDay`] for `"2023-02-29"` or `"0000-01-01"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.as_bytes();
        let mut value = [0u16; 3];
        for index in 0..10 {
            let field = match index {
                0..=3 => 0,
                5 | 6 => 1,
                8 | 9 => 2,
                _ => 3, // a dash
            };
            match (b.get(index), field) {
                (Some(b'-'), 3) => {}
                (Some(&c), f) if f < 3 && c.is_ascii_digit() => {
                    value[f] = value[f] * 10 + u16::from(c - b'0');
                }
                _ => return Err(DateError { kind: DateErrorKind::Syntax { index } }),
            }
        }
        if b.len() != 10 {
            return Err(DateError { kind: DateErrorKind::Syntax { index: 10 } });
        }
        Date::new(value[0], value[1] as u8, value[2] as u8)
            .ok_or(DateError { kind: DateErrorKind::NoSuchDay })
    }
}

serde_str!(Date, "a date as YYYY-MM-DD", display, from_str);

// ---------------------------------------------------------------------------------------------
// Date formats and stamps
// ---------------------------------------------------------------------------------------------

/// How a date segment prints the date. Ids (`as_str()`, `FromStr`, serde) are the pattern
/// tokens. Two-digit years mean 2000 to 2099.
///
/// | id | example for 2024-03-05 | bucket |
/// |---|---|---|
/// | `YYYYMMDD` | `20240305` | day |
/// | `YYMMDD` | `240305` | day |
/// | `YYMM` | `2403` | month |
/// | `YYDDD` | `24065` (day of year) | day |
/// | `YYWW` | `2410` (ISO week-year and week) | ISO week |
///
/// ```
/// use tracking_number::custom::{Date, DateFormat};
///
/// let f: DateFormat = "YYWW".parse()?;
/// assert_eq!(f, DateFormat::YyWw);
/// assert_eq!(f.len(), 4);
/// let stamp = f.stamp(Date::new(2024, 12, 30).unwrap()).unwrap();
/// assert_eq!(stamp.to_string(), "2025-W01");
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DateFormat {
    /// `YYYYMMDD`.
    YyyyMmDd,
    /// `YYMMDD`.
    YyMmDd,
    /// `YYMM`.
    YyMm,
    /// `YYDDD`: two-digit year and day of the year.
    YyDdd,
    /// `YYWW`: two-digit ISO week-year and ISO week.
    YyWw,
}

impl DateFormat {
    /// Every date format.
    ///
    /// ```
    /// use tracking_number::custom::DateFormat;
    ///
    /// assert_eq!(DateFormat::ALL.len(), 5);
    /// ```
    pub const ALL: [DateFormat; 5] = [
        DateFormat::YyyyMmDd,
        DateFormat::YyMmDd,
        DateFormat::YyMm,
        DateFormat::YyDdd,
        DateFormat::YyWw,
    ];

    /// The pattern token, e.g. `"YYMM"`.
    ///
    /// ```
    /// use tracking_number::custom::DateFormat;
    ///
    /// assert_eq!(DateFormat::YyDdd.as_str(), "YYDDD");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            DateFormat::YyyyMmDd => "YYYYMMDD",
            DateFormat::YyMmDd => "YYMMDD",
            DateFormat::YyMm => "YYMM",
            DateFormat::YyDdd => "YYDDD",
            DateFormat::YyWw => "YYWW",
        }
    }

    /// Number of digits printed.
    ///
    /// ```
    /// use tracking_number::custom::DateFormat;
    ///
    /// assert_eq!(DateFormat::YyyyMmDd.len(), 8);
    /// ```
    #[must_use]
    #[allow(clippy::len_without_is_empty)] // never empty
    pub const fn len(self) -> usize {
        self.as_str().len()
    }

    /// The stamp of `date` in this format (the bucket it falls in), or `None` when the year
    /// cannot be written: two-digit formats hold 2000 to 2099 only (for `YYWW`, the ISO
    /// week-year).
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let d = Date::new(2024, 3, 5).unwrap();
    /// assert_eq!(DateFormat::YyMm.stamp(d).unwrap().start(), Date::new(2024, 3, 1).unwrap());
    /// assert!(DateFormat::YyMm.stamp(Date::new(1999, 3, 5).unwrap()).is_none());
    /// ```
    #[must_use]
    pub const fn stamp(self, date: Date) -> Option<DateStamp> {
        let year = match self {
            DateFormat::YyWw => date.iso_week().0,
            _ => date.year,
        };
        if !matches!(self, DateFormat::YyyyMmDd) && (year < 2000 || year > 2099) {
            return None;
        }
        let start = match self {
            DateFormat::YyMm => Date { year: date.year, month: date.month, day: 1 },
            DateFormat::YyWw => {
                let (y, w) = date.iso_week();
                match Date::from_iso_week(y, w) {
                    Some(d) => d,
                    None => return None,
                }
            }
            _ => date,
        };
        Some(DateStamp { format: self, start })
    }

    /// Writes the digits of `date` (exactly [`len`](Self::len) bytes) into `out`; on a year
    /// the format cannot write, returns that year (for `YYWW` the ISO week-year).
    #[inline]
    pub(crate) fn write_date(self, date: Date, out: &mut [u8]) -> Result<(), u16> {
        let two_digit = |year: u16| {
            if (2000..=2099).contains(&year) {
                Ok(u64::from(year - 2000))
            } else {
                Err(year)
            }
        };
        match self {
            DateFormat::YyyyMmDd => {
                put(out, 0, 4, u64::from(date.year));
                put(out, 4, 2, u64::from(date.month));
                put(out, 6, 2, u64::from(date.day));
            }
            DateFormat::YyMmDd => {
                put(out, 0, 2, two_digit(date.year)?);
                put(out, 2, 2, u64::from(date.month));
                put(out, 4, 2, u64::from(date.day));
            }
            DateFormat::YyMm => {
                put(out, 0, 2, two_digit(date.year)?);
                put(out, 2, 2, u64::from(date.month));
            }
            DateFormat::YyDdd => {
                put(out, 0, 2, two_digit(date.year)?);
                put(out, 2, 3, u64::from(date.ordinal()));
            }
            DateFormat::YyWw => {
                let (year, week) = date.iso_week();
                put(out, 0, 2, two_digit(year)?);
                put(out, 2, 2, u64::from(week));
            }
        }
        Ok(())
    }

    /// Reads the digits of a stamp (exactly [`len`](Self::len) ASCII digits).
    pub(crate) fn read(self, digits: &[u8]) -> Option<DateStamp> {
        if digits.len() != self.len() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> u16 {
            digits[r].iter().fold(0u16, |acc, &c| acc * 10 + u16::from(c - b'0'))
        };
        let start = match self {
            DateFormat::YyyyMmDd => Date::new(num(0..4), num(4..6) as u8, num(6..8) as u8)?,
            DateFormat::YyMmDd => Date::new(2000 + num(0..2), num(2..4) as u8, num(4..6) as u8)?,
            DateFormat::YyMm => Date::new(2000 + num(0..2), num(2..4) as u8, 1)?,
            DateFormat::YyDdd => Date::from_ordinal(2000 + num(0..2), num(2..5))?,
            DateFormat::YyWw => Date::from_iso_week(2000 + num(0..2), num(2..4) as u8)?,
        };
        Some(DateStamp { format: self, start })
    }
}

impl fmt::Display for DateFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DateFormat {
    type Err = super::PatternError;

    /// Parses a pattern token (`"YYYYMMDD"`, `"YYMMDD"`, `"YYMM"`, `"YYDDD"`, `"YYWW"`).
    ///
    /// # Errors
    ///
    /// [`PatternErrorKind::UnknownDateFormat`](super::PatternErrorKind::UnknownDateFormat)
    /// for anything else, e.g. `"yymm"` or `"DDMMYY"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateFormat::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == s)
            .ok_or(super::PatternError::unlocated(super::PatternErrorKind::UnknownDateFormat))
    }
}

serde_str!(DateFormat, "a date format such as \"YYMM\"", as_str, from_str);

/// The date part of a number: a [`DateFormat`] and the bucket it names (a day, a month or an
/// ISO week), represented by the bucket's first day.
///
/// `Display` is ISO 8601 at the format's precision: `2024-03-05`, `2024-03`, `2025-W01`.
///
/// ```
/// use tracking_number::custom::{Date, DateFormat};
///
/// let stamp = DateFormat::YyMm.stamp(Date::new(2024, 3, 5).unwrap()).unwrap();
/// assert_eq!(stamp.to_string(), "2024-03");
/// assert_eq!(stamp.month(), Some(3));
/// assert_eq!(stamp.date(), None); // the day is not recorded
/// assert!(stamp.contains(Date::new(2024, 3, 31).unwrap()));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "StampRepr", into = "StampRepr"))]
pub struct DateStamp {
    format: DateFormat,
    start: Date,
}

/// Serde form of a [`DateStamp`]: `{"format": "YYMM", "start": "2024-03-01"}`.
#[cfg(feature = "serde")]
#[derive(Clone, Copy, serde::Serialize, serde::Deserialize)]
struct StampRepr {
    format: DateFormat,
    start: Date,
}

#[cfg(feature = "serde")]
impl From<DateStamp> for StampRepr {
    fn from(s: DateStamp) -> Self {
        StampRepr { format: s.format, start: s.start }
    }
}

#[cfg(feature = "serde")]
impl TryFrom<StampRepr> for DateStamp {
    type Error = &'static str;
    fn try_from(r: StampRepr) -> Result<Self, Self::Error> {
        match r.format.stamp(r.start) {
            Some(s) if s.start == r.start => Ok(s),
            _ => Err("start is not the first day of a bucket of this date format"),
        }
    }
}

impl DateStamp {
    /// The date format.
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let s = DateFormat::YyDdd.stamp(Date::new(2024, 3, 5).unwrap()).unwrap();
    /// assert_eq!(s.format(), DateFormat::YyDdd);
    /// ```
    #[must_use]
    pub const fn format(&self) -> DateFormat {
        self.format
    }

    /// The first day of the bucket (for `YYWW` the Monday, which may lie in the previous
    /// calendar year).
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let s = DateFormat::YyWw.stamp(Date::new(2025, 1, 2).unwrap()).unwrap();
    /// assert_eq!(s.start(), Date::new(2024, 12, 30).unwrap());
    /// ```
    #[must_use]
    pub const fn start(&self) -> Date {
        self.start
    }

    /// The full date when the format records the day (`YYYYMMDD`, `YYMMDD`, `YYDDD`).
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let d = Date::new(2024, 3, 5).unwrap();
    /// assert_eq!(DateFormat::YyDdd.stamp(d).unwrap().date(), Some(d));
    /// ```
    #[must_use]
    pub const fn date(&self) -> Option<Date> {
        match self.format {
            DateFormat::YyyyMmDd | DateFormat::YyMmDd | DateFormat::YyDdd => Some(self.start),
            DateFormat::YyMm | DateFormat::YyWw => None,
        }
    }

    /// The year; for `YYWW` the ISO week-year.
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let s = DateFormat::YyWw.stamp(Date::new(2024, 12, 31).unwrap()).unwrap();
    /// assert_eq!(s.year(), 2025);
    /// ```
    #[must_use]
    pub const fn year(&self) -> u16 {
        match self.format {
            DateFormat::YyWw => self.start.iso_week().0,
            _ => self.start.year,
        }
    }

    /// The month, unless the format is `YYWW`.
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let s = DateFormat::YyWw.stamp(Date::new(2024, 12, 31).unwrap()).unwrap();
    /// assert_eq!(s.month(), None);
    /// ```
    #[must_use]
    pub const fn month(&self) -> Option<u8> {
        match self.format {
            DateFormat::YyWw => None,
            _ => Some(self.start.month),
        }
    }

    /// The ISO week, for `YYWW` only.
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let s = DateFormat::YyWw.stamp(Date::new(2024, 12, 31).unwrap()).unwrap();
    /// assert_eq!(s.week(), Some(1));
    /// ```
    #[must_use]
    pub const fn week(&self) -> Option<u8> {
        match self.format {
            DateFormat::YyWw => Some(self.start.iso_week().1),
            _ => None,
        }
    }

    /// Whether `date` falls in this stamp's bucket.
    ///
    /// ```
    /// use tracking_number::custom::{Date, DateFormat};
    ///
    /// let s = DateFormat::YyWw.stamp(Date::new(2024, 12, 31).unwrap()).unwrap();
    /// assert!(s.contains(Date::new(2025, 1, 5).unwrap()));
    /// assert!(!s.contains(Date::new(2025, 1, 6).unwrap()));
    /// ```
    #[must_use]
    pub fn contains(&self, date: Date) -> bool {
        self.format.stamp(date) == Some(*self)
    }

    /// Writes the digits (exactly `format().len()` bytes) into `out`.
    #[cfg(test)]
    pub(crate) fn write(&self, out: &mut [u8]) {
        let d = self.start;
        let yy = self.year() % 100;
        match self.format {
            DateFormat::YyyyMmDd => {
                put(out, 0, 4, u64::from(d.year));
                put(out, 4, 2, u64::from(d.month));
                put(out, 6, 2, u64::from(d.day));
            }
            DateFormat::YyMmDd => {
                put(out, 0, 2, u64::from(yy));
                put(out, 2, 2, u64::from(d.month));
                put(out, 4, 2, u64::from(d.day));
            }
            DateFormat::YyMm => {
                put(out, 0, 2, u64::from(yy));
                put(out, 2, 2, u64::from(d.month));
            }
            DateFormat::YyDdd => {
                put(out, 0, 2, u64::from(yy));
                put(out, 2, 3, u64::from(d.ordinal()));
            }
            DateFormat::YyWw => {
                put(out, 0, 2, u64::from(yy));
                put(out, 2, 2, u64::from(d.iso_week().1));
            }
        }
    }
}

/// Writes `value` as `width` zero-padded decimal digits at `out[at..]` (low digits kept).
#[inline]
pub(crate) fn put(out: &mut [u8], at: usize, width: usize, mut value: u64) {
    if let Some(slot) = out.get_mut(at..at + width) {
        // Two digits per division, from the right.
        let mut rest = slot;
        while let [head @ .., a, b] = rest {
            let pair = &PAIRS[(value % 100) as usize];
            *a = pair[0];
            *b = pair[1];
            value /= 100;
            rest = head;
        }
        if let [a] = rest {
            *a = b'0' + (value % 10) as u8;
        }
    }
}

/// `"00"` to `"99"`.
const PAIRS: [[u8; 2]; 100] = {
    let mut t = [[0u8; 2]; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    t
};

impl fmt::Display for DateStamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.start;
        match self.format {
            DateFormat::YyMm => write!(f, "{:04}-{:02}", d.year, d.month),
            DateFormat::YyWw => {
                let (y, w) = d.iso_week();
                write!(f, "{y:04}-W{w:02}")
            }
            _ => write!(f, "{d}"),
        }
    }
}

impl fmt::Debug for DateStamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateStamp({} {self})", self.format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_writes_the_low_digits_like_a_digit_loop() {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..2000 {
            x = x.rotate_left(7).wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ 0x2545;
            for width in 0..=20 {
                let value = x >> (x % 64);
                let mut fast = [b'.'; 24];
                put(&mut fast, 2, width, value);
                let mut naive = [b'.'; 24];
                let mut v = value;
                for b in naive[2..2 + width].iter_mut().rev() {
                    *b = b'0' + (v % 10) as u8;
                    v /= 10;
                }
                assert_eq!(fast, naive, "{value} in {width}");
            }
        }
    }

    /// Naive oracle: walk day by day from 1899-01-01.
    #[test]
    fn day_counting_matches_a_walk_for_some_centuries() {
        let mut d = Date::new(1899, 1, 1).unwrap();
        let start = jan1(1899);
        for days in start..start + 366 * 230 {
            assert_eq!(d.to_unix_days(), days);
            assert_eq!(Date::from_unix_days(days), Some(d));
            // next day, counted by hand
            let month_len = match d.month {
                2 if is_leap(d.year) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            d = if d.day < month_len {
                Date { day: d.day + 1, ..d }
            } else if d.month < 12 {
                Date { month: d.month + 1, day: 1, ..d }
            } else {
                Date { year: d.year + 1, month: 1, day: 1 }
            };
        }
    }

    #[test]
    fn iso_weeks_known_values() {
        // (date, iso year, iso week): checked against the ISO 8601 rule by hand (week 1
        // holds the year's first Thursday).
        let cases = [
            ((2004, 12, 31), (2004, 53)),
            ((2005, 1, 1), (2004, 53)),
            ((2008, 12, 29), (2009, 1)),
            ((2010, 1, 3), (2009, 53)),
            ((2015, 12, 31), (2015, 53)),
            ((2016, 1, 4), (2016, 1)),
            ((2026, 11, 24), (2026, 48)),
        ];
        for ((y, m, d), want) in cases {
            assert_eq!(Date::new(y, m, d).unwrap().iso_week(), want, "{y}-{m}-{d}");
        }
        assert_eq!(iso_weeks_in_year(2015), 53);
        assert_eq!(iso_weeks_in_year(2016), 52);
        assert_eq!(iso_weeks_in_year(2020), 53);
    }

    #[test]
    fn every_day_of_this_century_round_trips_through_every_format() {
        let mut d = Date::new(2000, 1, 1).unwrap();
        let mut buf = [0u8; 8];
        while d.year() < 2100 {
            for f in DateFormat::ALL {
                if let Some(stamp) = f.stamp(d) {
                    let out = &mut buf[..f.len()];
                    stamp.write(out);
                    assert_eq!(f.read(out), Some(stamp), "{d} {f}");
                    let mut direct = [0u8; 8];
                    assert_eq!(f.write_date(d, &mut direct[..f.len()]), Ok(()));
                    assert_eq!(&direct[..f.len()], &out[..], "{d} {f}");
                    assert!(stamp.contains(d));
                    assert!(stamp.start() <= d);
                }
            }
            d = Date::from_unix_days(d.to_unix_days() + 1).unwrap();
        }
    }

    #[test]
    fn extremes() {
        assert_eq!(Date::from_unix_days(i64::MAX), None);
        assert_eq!(Date::from_unix_days(i64::MIN), None);
        let last = Date::new(9999, 12, 31).unwrap();
        assert_eq!(Date::from_unix_days(last.to_unix_days()), Some(last));
        assert_eq!(Date::from_unix_days(last.to_unix_days() + 1), None);
        let first = Date::new(1, 1, 1).unwrap();
        assert_eq!(first.weekday(), 1);
        assert_eq!(Date::from_unix_days(first.to_unix_days() - 1), None);
        let _ = last.iso_week();
    }
}
