//! The UTC offset of a local wall-clock time at a place, for places whose clocks follow one
//! rule: a country with one time zone, or a US state, Canadian province or Australian state
//! with one (or, for a few split states, the zone most of its people live in).
//!
//! Carriers and aggregators send local times without an offset; an event that names its
//! country (and region) can then be placed in time exactly, instead of at a caller's default.
//! A place this table does not know, or a country with several zones and no region, gives
//! `None`, and the caller's default applies.
//!
//! Sources: the IANA time zone database (`zone1970.tab` and the zone rules of `europe`,
//! `northamerica`, `australasia`, `asia`, `africa`, `southamerica`, as released in 2024):
//! which places keep one offset and which change it; the summer-time rules themselves from
//! Directive 2000/84/EC (the EU: last Sunday of March to last Sunday of October, at
//! 01:00 UTC; also followed by the United Kingdom, Norway, Switzerland and the EU's
//! neighbours listed below), the US Energy Policy Act of 2005, section 110 (second Sunday of
//! March to first Sunday of November, at 02:00 local; Canada follows the same dates), and the
//! Australian states' daylight saving acts (first Sunday of October to first Sunday of
//! April, at 02:00 standard time).
//!
//! Deliberate limits: a state split between two zones (Florida's panhandle, western
//! Kentucky and Tennessee, El Paso) reads at its majority zone; the hour repeated when
//! clocks go back reads as the summer one; Russia, Mexico, Brazil, Indonesia and other
//! countries with several zones need a region and are not in the table.

use crate::calendar::{days_from_civil, weekday};

/// How a place's clock changes over the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// The same offset all year.
    Fixed,
    /// The EU rule: +60 minutes from the last Sunday of March to the last Sunday of October,
    /// changing at 01:00 UTC.
    Europe,
    /// The US and Canadian rule: +60 minutes from the second Sunday of March to the first
    /// Sunday of November, changing at 02:00 local time.
    NorthAmerica,
    /// The southern Australian rule: +60 minutes from the first Sunday of October to the
    /// first Sunday of April, changing at 02:00 standard time.
    Australia,
}

/// `Rule offset: CODE CODE …;` lines as `(code, offset, Rule)` tuples.
macro_rules! zones {
    ($($rule:ident $offset:literal : $($code:ident)*;)*) => {
        [$($((stringify!($code), $offset, Rule::$rule),)*)*]
    };
}

/// `Rule offset: COUNTRY-REGION …;` lines as `(country, region, offset, Rule)` tuples.
macro_rules! regions {
    ($($rule:ident $offset:literal : $($country:ident - $region:ident)*;)*) => {
        [$($((stringify!($country), stringify!($region), $offset, Rule::$rule),)*)*]
    };
}

/// `ALPHA3 ALPHA2;` rows as `(alpha3, alpha2)` tuples.
macro_rules! alpha3 {
    ($($a3:ident $a2:ident;)*) => {
        [$((stringify!($a3), stringify!($a2))),*]
    };
}

/// Countries with one zone: the rule, the standard offset in minutes, ISO 3166-1 alpha-2
/// codes.
const COUNTRIES: &[(&str, i16, Rule)] = &zones! {
    // Western European time
    Europe 0: GB IE PT FO;
    // Central European time
    Europe 60: AD AL AT BA BE CH CZ DE DK ES FR HR HU IT LI LU MC ME MK MT NL NO PL RS SE SI SK
               SM VA XK;
    // Eastern European time
    Europe 120: BG CY EE FI GR LT LV MD RO UA;
    // no summer time
    Fixed 240: AE OM;
    Fixed -180: AR;
    Fixed 360: BD;
    Fixed 180: BH BY KE KW QA SA TR;
    Fixed 480: CN HK MO MY PH SG TW;
    Fixed -300: CO PE;
    Fixed -360: CR;
    Fixed 0: GH IS;
    Fixed 330: IN LK;
    Fixed 540: JP KR;
    Fixed 60: NG;
    Fixed 345: NP;
    Fixed 300: PK;
    Fixed -240: PR;
    Fixed 420: TH VN;
    Fixed 120: ZA;
};

/// US states (and DC), Canadian provinces and territories, Australian states and
/// territories: the rule, the standard offset in minutes, country and region codes.
const REGIONS: &[(&str, &str, i16, Rule)] = &regions! {
    // United States: Eastern
    NorthAmerica -300: US-CT US-DC US-DE US-FL US-GA US-IN US-KY US-MA US-MD US-ME US-MI US-NC
                       US-NH US-NJ US-NY US-OH US-PA US-RI US-SC US-VA US-VT US-WV;
    // Central
    NorthAmerica -360: US-AL US-AR US-IA US-IL US-KS US-LA US-MN US-MO US-MS US-ND US-NE US-OK
                       US-SD US-TN US-TX US-WI;
    // Mountain
    NorthAmerica -420: US-CO US-ID US-MT US-NM US-UT US-WY;
    Fixed -420: US-AZ;
    // Pacific, Alaska, Hawaii, territories
    NorthAmerica -480: US-CA US-NV US-OR US-WA;
    NorthAmerica -540: US-AK;
    Fixed -600: US-HI;
    Fixed -240: US-PR US-VI;
    Fixed 600: US-GU;
    // Canada
    NorthAmerica -210: CA-NL;
    NorthAmerica -240: CA-NS CA-NB CA-PE;
    NorthAmerica -300: CA-QC CA-ON;
    NorthAmerica -360: CA-MB;
    Fixed -360: CA-SK;
    NorthAmerica -420: CA-AB CA-NT;
    Fixed -420: CA-YT;
    NorthAmerica -480: CA-BC;
    // Australia
    Australia 600: AU-NSW AU-VIC AU-ACT AU-TAS;
    Fixed 600: AU-QLD;
    Australia 570: AU-SA;
    Fixed 570: AU-NT;
    Fixed 480: AU-WA;
};

/// `"Name" CODE;` rows as `(name, code)` tuples.
macro_rules! names {
    ($($name:literal $code:ident;)*) => {
        [$(($name, stringify!($code))),*]
    };
}

/// The names of the regions above, as carriers and aggregators sometimes send them instead
/// of their codes. Source: ISO 3166-2 (US, CA, AU).
const REGION_NAMES: &[(&str, &str)] = &names! {
    "Alabama" AL; "Alaska" AK; "Arizona" AZ; "Arkansas" AR; "California" CA; "Colorado" CO;
    "Connecticut" CT; "Delaware" DE; "District of Columbia" DC; "Florida" FL; "Georgia" GA;
    "Hawaii" HI; "Idaho" ID; "Illinois" IL; "Indiana" IN; "Iowa" IA; "Kansas" KS; "Kentucky" KY;
    "Louisiana" LA; "Maine" ME; "Maryland" MD; "Massachusetts" MA; "Michigan" MI; "Minnesota" MN;
    "Mississippi" MS; "Missouri" MO; "Montana" MT; "Nebraska" NE; "Nevada" NV; "New Hampshire" NH;
    "New Jersey" NJ; "New Mexico" NM; "New York" NY; "North Carolina" NC; "North Dakota" ND;
    "Ohio" OH; "Oklahoma" OK; "Oregon" OR; "Pennsylvania" PA; "Rhode Island" RI;
    "South Carolina" SC; "South Dakota" SD; "Tennessee" TN; "Texas" TX; "Utah" UT; "Vermont" VT;
    "Virginia" VA; "Washington" WA; "West Virginia" WV; "Wisconsin" WI; "Wyoming" WY;
    "Puerto Rico" PR; "Guam" GU; "Newfoundland and Labrador" NL; "Nova Scotia" NS;
    "New Brunswick" NB; "Prince Edward Island" PE; "Quebec" QC; "Québec" QC; "Ontario" ON;
    "Manitoba" MB; "Saskatchewan" SK; "Alberta" AB; "Northwest Territories" NT; "Yukon" YT;
    "British Columbia" BC; "New South Wales" NSW; "Victoria" VIC;
    "Australian Capital Territory" ACT; "Tasmania" TAS; "Queensland" QLD; "South Australia" SA;
    "Northern Territory" NT; "Western Australia" WA;
};

/// ISO 3166-1 alpha-3 codes of the countries above (AfterShip sends these).
const ALPHA3: &[(&str, &str)] = &alpha3! {
    GBR GB; IRL IE; PRT PT; FRO FO; AND AD; ALB AL; AUT AT; BIH BA; BEL BE; CHE CH;
    CZE CZ; DEU DE; DNK DK; ESP ES; FRA FR; HRV HR; HUN HU; ITA IT; LIE LI; LUX LU;
    MCO MC; MNE ME; MKD MK; MLT MT; NLD NL; NOR NO; POL PL; SRB RS; SWE SE; SVN SI;
    SVK SK; SMR SM; VAT VA; XKX XK; BGR BG; CYP CY; EST EE; FIN FI; GRC GR; LTU LT;
    LVA LV; MDA MD; ROU RO; UKR UA; ARE AE; ARG AR; BGD BD; BHR BH; BLR BY; CHN CN;
    COL CO; CRI CR; GHA GH; HKG HK; IND IN; ISL IS; JPN JP; KEN KE; KOR KR; KWT KW;
    LKA LK; MAC MO; MYS MY; NGA NG; NPL NP; OMN OM; PER PE; PHL PH; PAK PK; PRI PR;
    QAT QA; SAU SA; SGP SG; THA TH; TUR TR; TWN TW; VNM VN; ZAF ZA; USA US; CAN CA;
    AUS AU;
};

/// Minutes in a day.
const DAY: i64 = 1440;

/// The UTC offset in minutes of the local wall-clock time `local` (minutes since
/// 1970-01-01T00:00 on that clock) at `country` (ISO 3166-1 alpha-2 or alpha-3 code, or
/// its ISO name) and `region` (the state or province code, when the country has several
/// zones);
/// `None` when the place is not known to keep one rule.
pub(crate) fn offset_at(country: &str, region: Option<&str>, local: i64) -> Option<i16> {
    let country = country.trim();
    let country = match country.len() {
        3 => ALPHA3.iter().find(|(a3, _)| a3.eq_ignore_ascii_case(country)).map(|&(_, a2)| a2)?,
        2 => country,
        // a name (`Germany`), as the ISO 3166 list spells it
        _ => crate::country::COUNTRIES
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(country))
            .and_then(|c| core::str::from_utf8(&c.alpha2).ok())?,
    };
    let (standard, rule) = COUNTRIES
        .iter()
        .find(|(c, _, _)| c.eq_ignore_ascii_case(country))
        .map(|&(_, o, r)| (o, r))
        .or_else(|| {
            let region = region?.trim();
            // `US-CA`, `AU-NSW` as well as `CA`, `NSW`, and the names (`California`)
            let region = REGION_NAMES
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(region))
                .map_or_else(|| region.rsplit('-').next().unwrap_or(region), |&(_, code)| code);
            REGIONS
                .iter()
                .find(|(c, r, _, _)| {
                    c.eq_ignore_ascii_case(country) && r.eq_ignore_ascii_case(region)
                })
                .map(|&(_, _, o, r)| (o, r))
        })?;
    // far outside the years any carrier sends: no calendar arithmetic
    let sane = local.unsigned_abs() < 10_000 * 366 * DAY as u64;
    let summer = match rule {
        _ if !sane => false,
        Rule::Fixed => false,
        Rule::Europe => {
            // the change is at 01:00 UTC: compare in UTC at the standard offset (the hour
            // repeated in October reads as summer time)
            let utc = local - i64::from(standard);
            let year = year_of(local);
            let start = last_sunday(year, 3) * DAY + 60;
            // 01:00 UTC is 02:00 at the standard offset, 03:00 summer time
            let end = last_sunday(year, 10) * DAY + 120;
            utc >= start && utc < end
        }
        Rule::NorthAmerica => {
            let year = year_of(local);
            let start = nth_sunday(year, 3, 2) * DAY + 120;
            // 02:00 summer time is 01:00 standard time: the repeated hour reads as summer
            let end = nth_sunday(year, 11, 1) * DAY + 120;
            local >= start && local < end
        }
        Rule::Australia => {
            let year = year_of(local);
            let end = nth_sunday(year, 4, 1) * DAY + 180;
            let start = nth_sunday(year, 10, 1) * DAY + 120;
            local < end || local >= start
        }
    };
    Some(standard + if summer { 60 } else { 0 })
}

/// The year of a local time in minutes since 1970.
fn year_of(local: i64) -> i64 {
    crate::calendar::civil_from_days(local.div_euclid(DAY)).0
}

/// The day count of the `n`th Sunday of `month`.
fn nth_sunday(year: i64, month: u32, n: u32) -> i64 {
    let first = days_from_civil(year, month, 1);
    let to_sunday = (7 - weekday(first)) % 7;
    first + i64::from(to_sunday) + 7 * i64::from(n - 1)
}

/// The day count of the last Sunday of `month` (March or October: 31 days).
fn last_sunday(year: i64, month: u32) -> i64 {
    let last = days_from_civil(year, month, crate::calendar::days_in_month(year, month));
    last - i64::from(weekday(last) % 7)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Minutes since 1970 of a local date and time.
    fn at(y: i64, mo: u32, d: u32, h: i64, mi: i64) -> i64 {
        days_from_civil(y, mo, d) * DAY + h * 60 + mi
    }

    #[test]
    fn sundays() {
        // 2026: March 29 and October 25 are the last Sundays; March 8 the second, November 1
        // the first
        assert_eq!(last_sunday(2026, 3), days_from_civil(2026, 3, 29));
        assert_eq!(last_sunday(2026, 10), days_from_civil(2026, 10, 25));
        assert_eq!(nth_sunday(2026, 3, 2), days_from_civil(2026, 3, 8));
        assert_eq!(nth_sunday(2026, 11, 1), days_from_civil(2026, 11, 1));
        assert_eq!(nth_sunday(2026, 4, 1), days_from_civil(2026, 4, 5));
        assert_eq!(nth_sunday(2026, 10, 1), days_from_civil(2026, 10, 4));
    }

    #[test]
    fn europe() {
        assert_eq!(offset_at("DE", None, at(2026, 1, 15, 12, 0)), Some(60));
        assert_eq!(offset_at("de", None, at(2026, 7, 15, 12, 0)), Some(120));
        // the change: 02:00 CET becomes 03:00 CEST on 29 March 2026
        assert_eq!(offset_at("FR", None, at(2026, 3, 29, 1, 59)), Some(60));
        assert_eq!(offset_at("FR", None, at(2026, 3, 29, 3, 0)), Some(120));
        assert_eq!(offset_at("GB", None, at(2026, 10, 25, 0, 30)), Some(60));
        assert_eq!(offset_at("GB", None, at(2026, 10, 25, 2, 0)), Some(0));
        assert_eq!(offset_at("FI", None, at(2026, 8, 1, 9, 0)), Some(180));
    }

    #[test]
    fn north_america() {
        assert_eq!(offset_at("US", Some("CO"), at(2026, 11, 20, 14, 2)), Some(-420));
        assert_eq!(offset_at("US", Some("CO"), at(2026, 7, 20, 14, 2)), Some(-360));
        assert_eq!(offset_at("USA", Some("NY"), at(2026, 3, 8, 1, 59)), Some(-300));
        assert_eq!(offset_at("US", Some("NY"), at(2026, 3, 8, 3, 0)), Some(-240));
        assert_eq!(offset_at("US", Some("AZ"), at(2026, 7, 1, 12, 0)), Some(-420));
        assert_eq!(offset_at("US", Some("US-HI"), at(2026, 7, 1, 12, 0)), Some(-600));
        assert_eq!(offset_at("CA", Some("ON"), at(2026, 12, 1, 12, 0)), Some(-300));
        assert_eq!(offset_at("CA", Some("NL"), at(2026, 12, 1, 12, 0)), Some(-210));
        // a country of several zones without a region: unknown
        assert_eq!(offset_at("US", None, at(2026, 7, 1, 12, 0)), None);
        assert_eq!(offset_at("US", Some("ZZ"), at(2026, 7, 1, 12, 0)), None);
        assert_eq!(offset_at("US", Some("California"), at(2026, 7, 1, 12, 0)), Some(-420));
        assert_eq!(offset_at("CA", Some("québec"), at(2026, 1, 1, 12, 0)), Some(-300));
        assert_eq!(offset_at("AU", Some("Western Australia"), at(2026, 1, 1, 12, 0)), Some(480));
    }

    #[test]
    fn australia_and_fixed() {
        assert_eq!(offset_at("AU", Some("NSW"), at(2026, 1, 10, 12, 0)), Some(660));
        assert_eq!(offset_at("AU", Some("NSW"), at(2026, 6, 10, 12, 0)), Some(600));
        assert_eq!(offset_at("AU", Some("QLD"), at(2026, 1, 10, 12, 0)), Some(600));
        assert_eq!(offset_at("CN", None, at(2026, 1, 10, 12, 0)), Some(480));
        assert_eq!(offset_at("IN", Some("MH"), at(2026, 1, 10, 12, 0)), Some(330));
        assert_eq!(offset_at("XX", None, at(2026, 1, 10, 12, 0)), None);
        assert_eq!(offset_at("", None, 0), None);
        assert_eq!(offset_at("DEU", None, at(2026, 1, 10, 12, 0)), Some(60));
        assert_eq!(offset_at("Germany", None, at(2026, 1, 10, 12, 0)), Some(60));
        assert_eq!(offset_at("XYZ", None, 0), None);
    }

    #[test]
    fn tables_are_consistent() {
        for (i, (c, ..)) in COUNTRIES.iter().enumerate() {
            assert_eq!(c.len(), 2, "{c}");
            assert!(!COUNTRIES[i + 1..].iter().any(|(o, ..)| o == c), "{c}");
            assert!(!REGIONS.iter().any(|(o, ..)| o == c), "{c} has regions");
        }
        for (c, _, _) in COUNTRIES {
            assert_eq!(ALPHA3.iter().filter(|(_, a2)| a2 == c).count(), 1, "{c}");
        }
        for (name, code) in REGION_NAMES {
            assert!(REGIONS.iter().any(|(_, r, ..)| r == code), "{name}");
        }
        for (i, (c, r, ..)) in REGIONS.iter().enumerate() {
            assert!(!REGIONS[i + 1..].iter().any(|(o, p, ..)| o == c && p == r), "{c}-{r}");
        }
    }

    #[test]
    fn extreme_times_do_not_panic() {
        for t in [i64::MIN / 4, -1, 0, i64::MAX / 4] {
            let _ = offset_at("DE", None, t);
            let _ = offset_at("US", Some("NY"), t);
            let _ = offset_at("AU", Some("VIC"), t);
        }
    }
}
