//! The error type of the check-digit module.

use core::fmt;

use super::CheckChars;

/// What went wrong in a check-digit computation or verification.
///
/// Obtain it from [`Error::kind`]. New kinds may be added in minor releases.
///
/// ```
/// use tracking_number::check::{CheckDigit, ErrorKind, Gs1};
///
/// let err = Gs1.compute(b"12x4").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidChar { byte: b'x', index: 2 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ErrorKind {
    /// The payload was empty.
    Empty,
    /// A byte outside the algorithm's alphabet, at a 0-based index into the input.
    InvalidChar {
        /// The offending byte (may be part of a multi-byte UTF-8 character).
        byte: u8,
        /// Its 0-based position in the input.
        index: usize,
    },
    /// The algorithm is defined for one length only (UPU S10: 8 serial digits).
    InvalidLength {
        /// The length that was given.
        len: usize,
        /// The length the algorithm needs.
        expected: usize,
    },
    /// The input is well formed but its check character(s) are wrong.
    Mismatch {
        /// What the check character(s) should be.
        expected: CheckChars,
        /// What the input carries.
        found: CheckChars,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ErrorKind::Empty => f.write_str("empty payload"),
            ErrorKind::InvalidChar { byte, index } if byte.is_ascii_graphic() || byte == b' ' => {
                write!(f, "invalid character '{}' at index {index}", byte as char)
            }
            ErrorKind::InvalidChar { byte, index } => {
                write!(f, "invalid byte 0x{byte:02x} at index {index}")
            }
            ErrorKind::InvalidLength { len, expected } => {
                write!(f, "invalid length {len}: expected {expected}")
            }
            ErrorKind::Mismatch { expected, found } => {
                write!(f, "check digit mismatch: expected '{expected}', found '{found}'")
            }
        }
    }
}

/// The error of this module: an opaque, `Copy` value; inspect it with [`Error::kind`].
///
/// Messages are lower case without a trailing period and name the culprit:
///
/// ```
/// use tracking_number::check::{CheckDigit, Luhn};
///
/// let err = Luhn.validate(b"320595463937").unwrap_err();
/// assert_eq!(err.to_string(), "check digit mismatch: expected '8', found '7'");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind}")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    /// The kind of error, with its positions and values.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, ErrorKind, S10};
    ///
    /// let err = S10.compute(b"1234").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::InvalidLength { len: 4, expected: 8 });
    /// ```
    #[must_use]
    pub const fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// An [`ErrorKind::InvalidChar`] error, for implementors of [`CheckDigit`](super::CheckDigit).
    ///
    /// ```
    /// use tracking_number::check::Error;
    ///
    /// assert_eq!(Error::invalid_char(b'-', 3).to_string(), "invalid character '-' at index 3");
    /// ```
    #[must_use]
    pub const fn invalid_char(byte: u8, index: usize) -> Self {
        Error { kind: ErrorKind::InvalidChar { byte, index } }
    }

    /// An [`ErrorKind::InvalidLength`] error, for implementors of [`CheckDigit`](super::CheckDigit).
    ///
    /// ```
    /// use tracking_number::check::Error;
    ///
    /// assert_eq!(Error::invalid_length(3, 8).to_string(), "invalid length 3: expected 8");
    /// ```
    #[must_use]
    pub const fn invalid_length(len: usize, expected: usize) -> Self {
        Error { kind: ErrorKind::InvalidLength { len, expected } }
    }

    /// An [`ErrorKind::Empty`] error, for implementors of [`CheckDigit`](super::CheckDigit).
    ///
    /// ```
    /// use tracking_number::check::Error;
    ///
    /// assert_eq!(Error::empty().to_string(), "empty payload");
    /// ```
    #[must_use]
    pub const fn empty() -> Self {
        Error { kind: ErrorKind::Empty }
    }

    /// An [`ErrorKind::Mismatch`] error.
    ///
    /// ```
    /// use tracking_number::check::{CheckChars, Error};
    ///
    /// let e = Error::mismatch(CheckChars::digit(4), CheckChars::digit(7));
    /// assert_eq!(e.to_string(), "check digit mismatch: expected '4', found '7'");
    /// ```
    #[must_use]
    pub const fn mismatch(expected: CheckChars, found: CheckChars) -> Self {
        Error { kind: ErrorKind::Mismatch { expected, found } }
    }
}
