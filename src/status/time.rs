//! Our own small timestamp: Unix milliseconds plus an optional UTC offset.

use crate::serde_str::serde_str;
use core::fmt;
use core::str::FromStr;

const MS_PER_MINUTE: i64 = 60_000;
const MS_PER_DAY: i64 = 86_400_000;
/// The largest accepted offset, in minutes (23:59).
const MAX_OFFSET: i16 = 23 * 60 + 59;

/// An instant with millisecond precision and, when the source said so, the UTC offset of the
/// carrier's local clock.
///
/// Ordering and equality compare the instant first, then the offset, so two timestamps of
/// the same instant with different offsets are different values but sort together.
/// `Display`/`FromStr` use RFC 3339: `Z` means offset `+00:00`, an explicit offset is kept,
/// and `-00:00` means "UTC instant, local offset unknown" (the offset is `None`). A string
/// without any offset is rejected: we never invent an offset.
///
/// ```
/// use tracking_number::status::Timestamp;
///
/// let t: Timestamp = "2026-11-20T14:02:30.250+01:00".parse()?;
/// assert_eq!(t.unix_ms(), 1_795_179_750_250); // checked against Python's datetime
/// assert_eq!(t.offset_minutes(), Some(60));
/// assert_eq!(t.to_string(), "2026-11-20T14:02:30.250+01:00");
/// assert_eq!(Timestamp::from_unix_ms(0).to_string(), "1970-01-01T00:00:00-00:00");
/// # Ok::<(), tracking_number::status::ParseTimestampError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp {
    ms: i64,
    offset: Option<i16>,
}

impl Timestamp {
    /// A UTC instant with unknown local offset.
    ///
    /// ```
    /// use tracking_number::status::Timestamp;
    /// assert_eq!(Timestamp::from_unix_ms(1_000).unix_ms(), 1_000);
    /// ```
    pub const fn from_unix_ms(ms: i64) -> Timestamp {
        Timestamp { ms, offset: None }
    }

    /// A UTC instant with a known local offset in minutes, or `None` when the offset is
    /// outside ±23:59.
    ///
    /// ```
    /// use tracking_number::status::Timestamp;
    /// let t = Timestamp::with_offset(0, -300).unwrap();
    /// assert_eq!(t.to_string(), "1969-12-31T19:00:00-05:00");
    /// assert!(Timestamp::with_offset(0, 1440).is_none());
    /// ```
    pub const fn with_offset(ms: i64, offset_minutes: i16) -> Option<Timestamp> {
        if offset_minutes < -MAX_OFFSET || offset_minutes > MAX_OFFSET {
            return None;
        }
        Some(Timestamp { ms, offset: Some(offset_minutes) })
    }

    /// Milliseconds since 1970-01-01T00:00:00Z.
    ///
    /// ```
    /// use tracking_number::status::Timestamp;
    /// let t: Timestamp = "1970-01-01T00:00:01Z".parse()?;
    /// assert_eq!(t.unix_ms(), 1_000);
    /// # Ok::<(), tracking_number::status::ParseTimestampError>(())
    /// ```
    pub const fn unix_ms(self) -> i64 {
        self.ms
    }

    /// The local UTC offset in minutes, when known.
    ///
    /// ```
    /// use tracking_number::status::Timestamp;
    /// let t: Timestamp = "2026-01-01T09:00:00+05:30".parse()?;
    /// assert_eq!(t.offset_minutes(), Some(330));
    /// # Ok::<(), tracking_number::status::ParseTimestampError>(())
    /// ```
    pub const fn offset_minutes(self) -> Option<i16> {
        self.offset
    }

    /// The same instant shifted by `ms` milliseconds (saturating), keeping the offset.
    ///
    /// ```
    /// use tracking_number::status::Timestamp;
    /// assert_eq!(Timestamp::from_unix_ms(5).add_ms(-10).unix_ms(), -5);
    /// ```
    pub const fn add_ms(self, ms: i64) -> Timestamp {
        Timestamp { ms: self.ms.saturating_add(ms), offset: self.offset }
    }

    /// Milliseconds from `earlier` to `self` (negative when `earlier` is later), saturating.
    ///
    /// ```
    /// use tracking_number::status::Timestamp;
    /// let a = Timestamp::from_unix_ms(1_000);
    /// assert_eq!(a.ms_since(Timestamp::from_unix_ms(400)), 600);
    /// ```
    pub const fn ms_since(self, earlier: Timestamp) -> i64 {
        self.ms.saturating_sub(earlier.ms)
    }
}

use crate::calendar::{civil_from_days, days_from_civil, days_in_month};

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let local = self.ms.saturating_add(i64::from(self.offset.unwrap_or(0)) * MS_PER_MINUTE);
        let days = local.div_euclid(MS_PER_DAY);
        let in_day = local.rem_euclid(MS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        let (h, m, s, milli) =
            (in_day / 3_600_000, in_day / 60_000 % 60, in_day / 1_000 % 60, in_day % 1_000);
        write!(f, "{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}")?;
        if milli != 0 {
            write!(f, ".{milli:03}")?;
        }
        match self.offset {
            None => f.write_str("-00:00"),
            Some(0) => f.write_str("Z"),
            Some(o) => {
                let sign = if o < 0 { '-' } else { '+' };
                let a = o.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", a / 60, a % 60)
            }
        }
    }
}

/// What went wrong when parsing a [`Timestamp`] (see [`ParseTimestampError::kind`]).
///
/// ```
/// use tracking_number::status::{Timestamp, TimestampErrorKind};
/// let err = "2026-13-01T00:00:00Z".parse::<Timestamp>().unwrap_err();
/// assert_eq!(err.kind(), TimestampErrorKind::OutOfRange { field: "month", value: 13 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum TimestampErrorKind {
    /// The input was empty.
    Empty,
    /// A character other than the expected one, at byte `index`.
    UnexpectedChar {
        /// Byte offset of the character.
        index: usize,
        /// What the grammar wanted there.
        expected: &'static str,
        /// The character found.
        found: char,
    },
    /// The input ended where more was expected.
    UnexpectedEnd {
        /// Byte offset where input ended.
        index: usize,
        /// What the grammar wanted there.
        expected: &'static str,
    },
    /// A field is out of its range (month 13, day 31 in April, hour 24, offset 24:00).
    OutOfRange {
        /// The field name (`year`, `month`, `day`, `hour`, `minute`, `second`, `offset`).
        field: &'static str,
        /// The value found.
        value: u32,
    },
}

/// What the parser can say it expected, and the fields it range-checks: deserialising an
/// error kind maps the stored words back onto these.
#[cfg(feature = "serde")]
const EXPECTED: &[&str] = &["a digit", "'-'", "'T'", "':'", "'Z' or a utc offset", "end of input"];
#[cfg(feature = "serde")]
const FIELDS: &[&str] = &["year", "month", "day", "hour", "minute", "second", "offset"];

/// A word of [`EXPECTED`] or [`FIELDS`], read back from a stored error kind.
#[cfg(feature = "serde")]
#[derive(Clone, Copy)]
struct Word(&'static str);

serde_str!(
    Word,
    "a word a timestamp error names (an expected token or a field)",
    read_only,
    with(|v| {
        EXPECTED
            .iter()
            .chain(FIELDS)
            .copied()
            .find(|k| *k == v)
            .map(Word)
            .ok_or(crate::serde_str::Invalid)
    })
);

/// The stored form of a [`TimestampErrorKind`] (its words mapped back to static ones).
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum KindRepr {
    Empty,
    UnexpectedChar { index: usize, expected: Word, found: char },
    UnexpectedEnd { index: usize, expected: Word },
    OutOfRange { field: Word, value: u32 },
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for TimestampErrorKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match KindRepr::deserialize(d)? {
            KindRepr::Empty => TimestampErrorKind::Empty,
            KindRepr::UnexpectedChar { index, expected, found } => {
                TimestampErrorKind::UnexpectedChar { index, expected: expected.0, found }
            }
            KindRepr::UnexpectedEnd { index, expected } => {
                TimestampErrorKind::UnexpectedEnd { index, expected: expected.0 }
            }
            KindRepr::OutOfRange { field, value } => {
                TimestampErrorKind::OutOfRange { field: field.0, value }
            }
        })
    }
}

/// The error returned when a string is not an RFC 3339 timestamp with an offset.
///
/// ```
/// use tracking_number::status::Timestamp;
/// let err = "2026-11-20T14:02:30".parse::<Timestamp>().unwrap_err();
/// assert_eq!(err.to_string(), "expected 'Z' or a utc offset at byte 19, found end of input");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", TimestampMessage(self.kind))]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ParseTimestampError {
    kind: TimestampErrorKind,
}

struct TimestampMessage(TimestampErrorKind);

impl fmt::Display for TimestampMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            TimestampErrorKind::Empty => f.write_str("empty timestamp"),
            TimestampErrorKind::UnexpectedChar { index, expected, found } => {
                write!(f, "expected {expected} at byte {index}, found {found:?}")
            }
            TimestampErrorKind::UnexpectedEnd { index, expected } => {
                write!(f, "expected {expected} at byte {index}, found end of input")
            }
            TimestampErrorKind::OutOfRange { field, value } => {
                write!(f, "{field} out of range: {value}")
            }
        }
    }
}

impl ParseTimestampError {
    /// What went wrong.
    ///
    /// ```
    /// use tracking_number::status::{Timestamp, TimestampErrorKind};
    /// assert_eq!("".parse::<Timestamp>().unwrap_err().kind(), TimestampErrorKind::Empty);
    /// ```
    pub const fn kind(&self) -> TimestampErrorKind {
        self.kind
    }
}

struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn fail(&self, expected: &'static str) -> ParseTimestampError {
        let kind = match self.s.get(self.pos..).and_then(|r| r.chars().next()) {
            Some(found) => TimestampErrorKind::UnexpectedChar { index: self.pos, expected, found },
            None => TimestampErrorKind::UnexpectedEnd { index: self.pos, expected },
        };
        ParseTimestampError { kind }
    }

    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    fn digits(&mut self, n: usize) -> Result<u32, ParseTimestampError> {
        let mut v = 0u32;
        for _ in 0..n {
            match self.peek() {
                Some(b @ b'0'..=b'9') => {
                    v = v * 10 + u32::from(b - b'0');
                    self.pos += 1;
                }
                _ => return Err(self.fail("a digit")),
            }
        }
        Ok(v)
    }

    fn byte(&mut self, want: &[u8], expected: &'static str) -> Result<u8, ParseTimestampError> {
        match self.peek() {
            Some(b) if want.contains(&b) => {
                self.pos += 1;
                Ok(b)
            }
            _ => Err(self.fail(expected)),
        }
    }
}

fn range(field: &'static str, value: u32, lo: u32, hi: u32) -> Result<(), ParseTimestampError> {
    if value < lo || value > hi {
        return Err(ParseTimestampError { kind: TimestampErrorKind::OutOfRange { field, value } });
    }
    Ok(())
}

impl FromStr for Timestamp {
    type Err = ParseTimestampError;

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` (RFC 3339; `t`, `z` and a space
    /// separator are accepted; fractions beyond milliseconds are truncated).
    ///
    /// # Errors
    ///
    /// - `""`: [`TimestampErrorKind::Empty`];
    /// - `"2026-11-20 14:02"` (no seconds), `"2026/11/20T…"`: [`TimestampErrorKind::UnexpectedChar`];
    /// - `"2026-11-20T14:02:30"` (no offset): [`TimestampErrorKind::UnexpectedEnd`];
    /// - `"2026-02-30T00:00:00Z"`, `"2026-01-01T24:00:00Z"`, `"…+24:00"`:
    ///   [`TimestampErrorKind::OutOfRange`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.is_empty() {
            return Err(ParseTimestampError { kind: TimestampErrorKind::Empty });
        }
        let mut c = Cursor { s, pos: 0 };
        let year = c.digits(4)?;
        c.byte(b"-", "'-'")?;
        let month = c.digits(2)?;
        range("month", month, 1, 12)?;
        c.byte(b"-", "'-'")?;
        let day = c.digits(2)?;
        range("day", day, 1, days_in_month(i64::from(year), month))?;
        c.byte(b"Tt ", "'T'")?;
        let hour = c.digits(2)?;
        range("hour", hour, 0, 23)?;
        c.byte(b":", "':'")?;
        let minute = c.digits(2)?;
        range("minute", minute, 0, 59)?;
        c.byte(b":", "':'")?;
        let second = c.digits(2)?;
        // a leap second is folded into the last millisecond of its minute
        range("second", second, 0, 60)?;
        let mut milli = 0u32;
        if c.peek() == Some(b'.') {
            c.pos += 1;
            let start = c.pos;
            let mut count = 0usize;
            while let Some(b @ b'0'..=b'9') = c.peek() {
                if count < 3 {
                    milli = milli * 10 + u32::from(b - b'0');
                }
                count += 1;
                c.pos += 1;
            }
            if c.pos == start {
                return Err(c.fail("a digit"));
            }
            for _ in count..3 {
                milli *= 10;
            }
        }
        let offset = match c.byte(b"Zz+-", "'Z' or a utc offset")? {
            b'Z' | b'z' => Some(0i16),
            sign => {
                let oh = c.digits(2)?;
                c.byte(b":", "':'")?;
                let om = c.digits(2)?;
                range("offset", oh * 100 + om, 0, 2359)?;
                range("offset", om, 0, 59)?;
                let minutes = (oh * 60 + om) as i16;
                match (sign, minutes) {
                    (b'-', 0) => None,
                    (b'-', m) => Some(-m),
                    (_, m) => Some(m),
                }
            }
        };
        if c.pos != s.len() {
            return Err(c.fail("end of input"));
        }
        let days = days_from_civil(i64::from(year), month, day);
        let (second, milli) = if second == 60 { (59, 999) } else { (second, milli) };
        let local = days * MS_PER_DAY
            + i64::from(hour) * 3_600_000
            + i64::from(minute) * MS_PER_MINUTE
            + i64::from(second) * 1_000
            + i64::from(milli);
        let ms = local - i64::from(offset.unwrap_or(0)) * MS_PER_MINUTE;
        Ok(Timestamp { ms, offset })
    }
}

impl TryFrom<&str> for Timestamp {
    type Error = ParseTimestampError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

serde_str!(Timestamp, "an RFC 3339 timestamp with an offset", display, from_str);

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;

    fn p(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn golden_values() {
        // 2000-03-01 is day 11017 after the epoch (30 years, 7 leap days, Jan+Feb 2000)
        assert_eq!(p("2000-03-01T00:00:00Z").unix_ms(), 11_017 * MS_PER_DAY);
        assert_eq!(p("1969-12-31T23:59:59.999Z").unix_ms(), -1);
        assert_eq!(p("2024-02-29T12:00:00+02:00").to_string(), "2024-02-29T12:00:00+02:00");
        assert_eq!(p("2026-11-20T14:02:30.2-00:00").to_string(), "2026-11-20T14:02:30.200-00:00");
        assert_eq!(p("2026-11-20t14:02:30.123456z").unix_ms() % 1_000, 123);
        assert_eq!(p("2016-12-31T23:59:60Z").unix_ms(), p("2016-12-31T23:59:59.999Z").unix_ms());
    }

    #[test]
    fn error_messages_verbatim() {
        let e = |s: &str| s.parse::<Timestamp>().unwrap_err().to_string();
        assert_eq!(e(""), "empty timestamp");
        assert_eq!(e("2026/11"), "expected '-' at byte 4, found '/'");
        assert_eq!(e("2026-02-29T00:00:00Z"), "day out of range: 29");
        assert_eq!(e("2026-01-01T24:00:00Z"), "hour out of range: 24");
        assert_eq!(e("2026-01-01T00:00:00+24:00"), "offset out of range: 2400");
        assert_eq!(e("2026-01-01T00:00:00.Z"), "expected a digit at byte 20, found 'Z'");
        assert_eq!(e("2026-01-01T00:00:00Zx"), "expected end of input at byte 20, found 'x'");
        assert_eq!(e("2026-01-01"), "expected 'T' at byte 10, found end of input");
    }

    #[test]
    fn with_offset_bounds() {
        assert!(Timestamp::with_offset(0, 1439).is_some());
        assert!(Timestamp::with_offset(0, -1440).is_none());
    }

    proptest::proptest! {
        #[test]
        fn display_parse_round_trip(ms in -62_049_196_800_000i64..253_315_900_799_999, off in proptest::option::of(-1439i16..=1439)) {
            let t = match off {
                Some(0) | None => Timestamp::from_unix_ms(ms),
                Some(o) => Timestamp::with_offset(ms, o).unwrap(),
            };
            let back: Timestamp = t.to_string().parse().unwrap();
            proptest::prop_assert_eq!(back, t);
        }

        #[test]
        fn display_never_panics(ms in proptest::num::i64::ANY, off in -1439i16..=1439) {
            let _ = Timestamp::from_unix_ms(ms).to_string();
            let _ = Timestamp::with_offset(ms, off).unwrap().to_string();
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,40}") {
            let _ = s.parse::<Timestamp>();
        }
    }
}
