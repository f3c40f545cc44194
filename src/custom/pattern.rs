//! The pattern syntax: parsing and printing patterns, serde.

use crate::serde_str::serde_str;
use core::fmt;
use core::str::FromStr;

use super::error::{PatternError, PatternErrorKind};
use super::format::*;
use super::Charset;

impl FromStr for CustomFormat {
    type Err = PatternError;

    /// Parses a pattern string (see the [module docs](super) for the syntax).
    ///
    /// # Errors
    ///
    /// A [`PatternError`] with the byte position: `""` (empty), `"A{seq:4"` (unclosed
    /// brace), `"A}"` (unmatched brace), `"{serial:4}"` (unknown segment), `"{seq:0}"` /
    /// `"{seq:20}"` (length), `"{date:DDMMYY}"`, `"{rand:4:base64}"`, `"{rand:4:[AA]}"`,
    /// `"{check:crc}"`, `"{seq:4:shuffle}"`, `"{seq:4}{seq:4}"` (duplicate),
    /// `"{check:luhn}"` (nothing to cover), `"{rand:4:upper}{check:luhn}"` (alphabet),
    /// `"ACME"` (no variable part), numbers over 64 characters, over 16 segments, non-ASCII
    /// literal text.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse()?;
    /// assert_eq!(f.number_len(), 18);
    /// let err = "ACME-{date:MMYY}".parse::<CustomFormat>().unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "unknown date format: expected YYYYMMDD, YYMMDD, YYMM, YYDDD or YYWW (position 11)"
    /// );
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CustomFormat::parse_pattern(s, &[])
    }
}

impl CustomFormat {
    /// Parses a pattern string whose `{check:ID}` segments may also name your own
    /// algorithms (the formats built with [`Builder::check_with`](super::Builder::check_with) print such ids); built-in
    /// ids are looked up when `checks` has no entry of that name.
    ///
    /// # Errors
    ///
    /// As [`FromStr`](#impl-FromStr-for-CustomFormat); an id found neither in `checks` nor
    /// among the built-ins is [`PatternErrorKind::UnknownAlgorithm`].
    ///
    /// ```
    /// use tracking_number::check::{Alphabet, CheckChars, CheckDigit, Error};
    /// use tracking_number::custom::CustomFormat;
    ///
    /// /// Sum of the digits modulo 10.
    /// struct DigitSum;
    /// impl CheckDigit for DigitSum {
    ///     fn alphabet(&self) -> Alphabet { Alphabet::DIGITS }
    ///     fn check_alphabet(&self) -> Alphabet { Alphabet::DIGITS }
    ///     fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
    ///         let mut sum = 0u32;
    ///         for (i, &b) in payload.iter().enumerate() {
    ///             if !b.is_ascii_digit() { return Err(Error::invalid_char(b, i)); }
    ///             sum += u32::from(b - b'0');
    ///         }
    ///         Ok(CheckChars::digit((sum % 10) as u8))
    ///     }
    /// }
    /// static DIGIT_SUM: DigitSum = DigitSum;
    ///
    /// let f = CustomFormat::builder().sequence(3).check_with("digit_sum", &DIGIT_SUM).build()?;
    /// let pattern = f.to_string();
    /// assert_eq!(pattern, "{seq:3}{check:digit_sum}");
    /// assert!(pattern.parse::<CustomFormat>().is_err());
    /// let back = CustomFormat::parse_pattern(&pattern, &[("digit_sum", &DIGIT_SUM)])?;
    /// assert_eq!(back, f);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn parse_pattern(s: &str, checks: &[UserCheck]) -> Result<CustomFormat, PatternError> {
        let b = s.as_bytes();
        if b.is_empty() {
            return Err(PatternError::at_byte(PatternErrorKind::Empty, 0));
        }
        let mut f = CustomFormat::EMPTY;
        let mut i = 0;
        while i < b.len() {
            match (b[i], b.get(i + 1)) {
                (b'{', Some(b'{')) | (b'}', Some(b'}')) => {
                    f.push_literal_byte(b[i]).map_err(|k| PatternError::at_byte(k, i))?;
                    i += 2;
                }
                (b'}', _) => {
                    return Err(PatternError::at_byte(PatternErrorKind::UnmatchedBrace, i))
                }
                (b'{', _) => {
                    let close = b[i + 1..]
                        .iter()
                        .position(|&c| c == b'}')
                        .ok_or(PatternError::at_byte(PatternErrorKind::UnclosedBrace, i))?;
                    let body = s
                        .get(i + 1..i + 1 + close)
                        .ok_or(PatternError::at_byte(PatternErrorKind::UnclosedBrace, i))?;
                    f.push_spec(body, i + 1, checks)?;
                    i += close + 2;
                }
                (c, _) => {
                    f.push_literal_byte(c).map_err(|k| PatternError::at_byte(k, i))?;
                    i += 1;
                }
            }
        }
        f.finish().map_err(PatternError::unlocated)
    }
}

impl fmt::Display for CustomFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in self.segments() {
            match *s {
                Seg::Unused => {}
                Seg::Literal { start, len } => {
                    for &b in self.pool_str(start, len) {
                        match b {
                            b'{' => f.write_str("{{")?,
                            b'}' => f.write_str("}}")?,
                            _ => fmt::Write::write_char(f, b as char)?,
                        }
                    }
                }
                Seg::Date(d) => write!(f, "{{date:{d}}}")?,
                Seg::Seq { width, permuted: false } => write!(f, "{{seq:{width}}}")?,
                Seg::Seq { width, permuted: true } => write!(f, "{{seq:{width}:perm}}")?,
                Seg::Rand { len, alpha: Alpha::Set(Charset::Digits) } => {
                    write!(f, "{{rand:{len}}}")?
                }
                Seg::Rand { len, alpha: Alpha::Set(c) } => write!(f, "{{rand:{len}:{c}}}")?,
                Seg::Rand { len, alpha: Alpha::Pool { start, len: n } } => {
                    let chars = core::str::from_utf8(self.pool_str(start, n)).unwrap_or("");
                    write!(f, "{{rand:{len}:[{chars}]}}")?;
                }
                Seg::Check(c) => write!(f, "{{check:{}}}", c.id())?,
            }
        }
        Ok(())
    }
}

// serialised as the pattern string (without key and id)
serde_str!(CustomFormat, "a custom format pattern such as \"ACME-{seq:6}\"", display, from_str);
