//! [`ParseError`]: why a string is not (accepted as) a tracking number.

use core::fmt;

use crate::distractor::{Distractor, LooksLike};
use crate::format::Format;

/// What went wrong parsing a tracking number; see [`ParseError::kind`]. New kinds may be
/// added in minor releases.
///
/// ```
/// use tracking_number::{Format, ParseErrorKind, TrackingNumber};
///
/// let err = TrackingNumber::parse("1Z999AA10123456785").unwrap_err();
/// assert_eq!(
///     err.kind(),
///     ParseErrorKind::CheckDigit { format: Format::Ups1Z, expected: '4', found: '5' }
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// Nothing to parse.
    Empty,
    /// Longer than any format (checked before anything else).
    TooLong {
        /// The input length in bytes.
        len: usize,
        /// The longest accepted.
        max: usize,
    },
    /// A character outside `0-9A-Z` (strict) or outside the lenient alphabet.
    InvalidChar {
        /// The character.
        ch: char,
        /// Its byte index in the input.
        index: usize,
    },
    /// The characters are fine but no format has this structure.
    UnknownFormat,
    /// The structure of `format` fits but the check character is wrong.
    CheckDigit {
        /// The best-ranked format that fits structurally.
        format: Format,
        /// The check character the number calls for.
        expected: char,
        /// The check character it carries.
        found: char,
    },
    /// Only low-confidence formats fit: bare digit runs without a check digit, or shapes that
    /// ordinary references share. Not a tracking number on its own; a carrier hint
    /// ([`TrackingNumber::parse_for`](crate::TrackingNumber::parse_for)) accepts it.
    NotDistinctive {
        /// The best-ranked format that fits.
        format: Format,
    },
    /// The string is more plausibly something else (see [`Distractor`]).
    LooksLike {
        /// What it looks like.
        what: Distractor,
    },
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseErrorKind::Empty => f.write_str("empty tracking number"),
            ParseErrorKind::TooLong { len, max } => {
                write!(f, "too long: {len} bytes, at most {max} allowed")
            }
            ParseErrorKind::InvalidChar { ch, index } => {
                write!(f, "invalid character {ch:?} at index {index}")
            }
            ParseErrorKind::UnknownFormat => f.write_str("not a known tracking number format"),
            ParseErrorKind::CheckDigit { expected, found, .. } => {
                write!(f, "check digit mismatch: expected '{expected}', found '{found}'")
            }
            ParseErrorKind::NotDistinctive { format } => write!(
                f,
                "not distinctive enough to be a tracking number without a carrier hint (fits {})",
                format.as_str()
            ),
            ParseErrorKind::LooksLike { what } => fmt::Display::fmt(&LooksLike(what), f),
        }
    }
}

/// The error of [`TrackingNumber::parse`](crate::TrackingNumber::parse) and friends: `Copy`,
/// cheap, with a [`kind`](Self::kind) carrying positions and expected/found values.
///
/// ```
/// use tracking_number::TrackingNumber;
///
/// let err = TrackingNumber::parse("1Z 999").unwrap_err();
/// assert_eq!(err.to_string(), "invalid character ' ' at index 2");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ParseError {
    kind: ParseErrorKind,
}

impl ParseError {
    pub(crate) const fn new(kind: ParseErrorKind) -> Self {
        ParseError { kind }
    }

    /// The kind of error.
    ///
    /// ```
    /// use tracking_number::{ParseErrorKind, TrackingNumber};
    ///
    /// assert_eq!(TrackingNumber::parse("").unwrap_err().kind(), ParseErrorKind::Empty);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The expected check character, for a check-digit mismatch ("did you mean …?").
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let err = TrackingNumber::parse("986578788856").unwrap_err();
    /// assert_eq!(err.expected_check(), Some('5'));
    /// ```
    #[must_use]
    pub const fn expected_check(&self) -> Option<char> {
        match self.kind {
            ParseErrorKind::CheckDigit { expected, .. } => Some(expected),
            _ => None,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl core::error::Error for ParseError {}
