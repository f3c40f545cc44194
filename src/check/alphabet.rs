//! Alphabets of payloads and check characters, and the check characters themselves.

use crate::serde_str::serde_str;
use core::fmt;

/// The set of ASCII characters an algorithm accepts, in value order.
///
/// For the built-in algorithms the position of a character is its numeric value where that
/// applies (`0`–`9` then `A`–`Z`).
///
/// ```
/// use tracking_number::check::Alphabet;
///
/// assert!(Alphabet::ALPHANUMERIC.contains(b'Z'));
/// assert!(!Alphabet::DIGITS.contains(b'Z'));
/// assert_eq!(Alphabet::DIGITS_X.value_of(b'X'), Some(10));
/// assert_eq!(Alphabet::DIGITS.len(), 10);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Alphabet {
    chars: &'static str,
}

impl Alphabet {
    /// `0123456789`.
    pub const DIGITS: Alphabet = Alphabet { chars: "0123456789" };
    /// `0123456` (the check characters of [`Mod7`](super::Mod7)).
    pub const DIGITS_0_TO_6: Alphabet = Alphabet { chars: "0123456" };
    /// `0123456789X` (the check characters of [`Mod11_2`](super::Mod11_2)).
    pub const DIGITS_X: Alphabet = Alphabet { chars: "0123456789X" };
    /// `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ`.
    pub const ALPHANUMERIC: Alphabet = Alphabet { chars: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" };
    /// `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*` (the check characters of [`Mod37_2`](super::Mod37_2)).
    pub const ALPHANUMERIC_STAR: Alphabet =
        Alphabet { chars: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*" };

    /// An alphabet of your own, for a custom [`CheckDigit`](super::CheckDigit) implementation.
    ///
    /// ```
    /// use tracking_number::check::Alphabet;
    ///
    /// const HEX: Alphabet = Alphabet::new("0123456789ABCDEF");
    /// assert_eq!(HEX.value_of(b'F'), Some(15));
    /// ```
    #[must_use]
    pub const fn new(chars: &'static str) -> Self {
        Alphabet { chars }
    }

    /// The characters, in value order.
    ///
    /// ```
    /// use tracking_number::check::Alphabet;
    ///
    /// assert_eq!(Alphabet::DIGITS.as_str(), "0123456789");
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'static str {
        self.chars
    }

    /// Number of characters.
    ///
    /// ```
    /// use tracking_number::check::Alphabet;
    ///
    /// assert_eq!(Alphabet::ALPHANUMERIC.len(), 36);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.chars.len()
    }

    /// Whether the alphabet has no characters.
    ///
    /// ```
    /// use tracking_number::check::Alphabet;
    ///
    /// assert!(Alphabet::new("").is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// Whether `byte` belongs to the alphabet.
    ///
    /// ```
    /// use tracking_number::check::Alphabet;
    ///
    /// assert!(Alphabet::DIGITS_X.contains(b'X'));
    /// ```
    #[must_use]
    pub const fn contains(&self, byte: u8) -> bool {
        self.value_of(byte).is_some()
    }

    /// The position of `byte` in the alphabet (its value for the built-in algorithms).
    ///
    /// ```
    /// use tracking_number::check::Alphabet;
    ///
    /// assert_eq!(Alphabet::ALPHANUMERIC.value_of(b'A'), Some(10));
    /// assert_eq!(Alphabet::ALPHANUMERIC.value_of(b'a'), None);
    /// ```
    #[must_use]
    pub const fn value_of(&self, byte: u8) -> Option<u8> {
        let bytes = self.chars.as_bytes();
        let mut i = 0;
        while i < bytes.len() && i < 256 {
            if bytes[i] == byte {
                return Some(i as u8);
            }
            i += 1;
        }
        None
    }
}

/// The check character(s) an algorithm produced: one ASCII character, or two for
/// [`Mod97_10`](super::Mod97_10). `Copy`, compares with `char` and `&str`.
///
/// ```
/// use tracking_number::check::{CheckDigit, Mod37_36, Mod97_10};
///
/// let c = Mod37_36.compute(b"01015026003653")?;
/// assert_eq!(c, 'C');
/// assert_eq!(c.as_str(), "C");
/// let two = Mod97_10.compute(b"99991234567890121414")?;
/// assert_eq!(two, "90");
/// # Ok::<(), tracking_number::check::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CheckChars {
    bytes: [u8; 2],
    len: u8,
}

impl CheckChars {
    /// A single decimal digit `0`–`9` (values above 9 are reduced modulo 10).
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::digit(7), '7');
    /// ```
    #[must_use]
    pub const fn digit(value: u8) -> Self {
        CheckChars { bytes: [b'0' + value % 10, 0], len: 1 }
    }

    /// One printable ASCII character; `None` for anything else.
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::from_ascii(b'X').unwrap(), 'X');
    /// assert!(CheckChars::from_ascii(b' ').is_none());
    /// ```
    #[must_use]
    pub const fn from_ascii(byte: u8) -> Option<Self> {
        if byte.is_ascii_graphic() {
            Some(CheckChars { bytes: [byte, 0], len: 1 })
        } else {
            None
        }
    }

    /// Two printable ASCII characters; `None` if either is not one.
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::from_ascii_pair(b'9', b'0').unwrap(), "90");
    /// ```
    #[must_use]
    pub const fn from_ascii_pair(first: u8, second: u8) -> Option<Self> {
        if first.is_ascii_graphic() && second.is_ascii_graphic() {
            Some(CheckChars { bytes: [first, second], len: 2 })
        } else {
            None
        }
    }

    /// The check characters as bytes (one or two).
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::digit(3).as_bytes(), b"3");
    /// ```
    #[must_use]
    pub const fn as_bytes(&self) -> &[u8] {
        let (head, _) = self.bytes.split_at(if self.len == 2 { 2 } else { 1 });
        head
    }

    /// The check characters as a string slice.
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::digit(3).as_str(), "3");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        // Constructors only admit printable ASCII, so this never fails.
        core::str::from_utf8(self.as_bytes()).unwrap_or("?")
    }

    /// The first (for all but [`Mod97_10`](super::Mod97_10), the only) check character.
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::digit(3).first(), b'3');
    /// ```
    #[must_use]
    pub const fn first(&self) -> u8 {
        self.bytes[0]
    }

    /// Number of check characters (1 or 2).
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::digit(3).len(), 1);
    /// ```
    #[must_use]
    #[allow(clippy::len_without_is_empty)] // never empty
    pub const fn len(&self) -> usize {
        self.len as usize
    }

    /// `self` as a `char` when it is a single character.
    ///
    /// ```
    /// use tracking_number::check::CheckChars;
    ///
    /// assert_eq!(CheckChars::digit(3).to_char(), Some('3'));
    /// ```
    #[must_use]
    pub const fn to_char(&self) -> Option<char> {
        if self.len == 1 {
            Some(self.bytes[0] as char)
        } else {
            None
        }
    }

    /// One check character (any byte; the algorithms produce ASCII).
    pub(crate) const fn one(byte: u8) -> Self {
        CheckChars { bytes: [byte, 0], len: 1 }
    }

    /// Two check characters.
    pub(crate) const fn two(first: u8, second: u8) -> Self {
        CheckChars { bytes: [first, second], len: 2 }
    }

    /// Builds from the trailing bytes of an input (any bytes; used for "found" values).
    pub(crate) const fn found(bytes: &[u8]) -> Self {
        match bytes {
            [a] => CheckChars { bytes: [*a, 0], len: 1 },
            [a, b] => CheckChars { bytes: [*a, *b], len: 2 },
            _ => CheckChars { bytes: [b'?', 0], len: 1 },
        }
    }
}

impl fmt::Display for CheckChars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for &b in self.as_bytes() {
            if b.is_ascii_graphic() {
                fmt::Write::write_char(f, b as char)?;
            } else {
                write!(f, "\\x{b:02x}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for CheckChars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CheckChars(\"{self}\")")
    }
}

impl PartialEq<char> for CheckChars {
    fn eq(&self, other: &char) -> bool {
        self.to_char() == Some(*other)
    }
}

impl PartialEq<&str> for CheckChars {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<str> for CheckChars {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

serde_str!(
    CheckChars,
    "one or two printable ASCII check characters",
    as_str,
    with(|v| match v.as_bytes() {
        [a] => CheckChars::from_ascii(*a).ok_or(crate::serde_str::Invalid),
        [a, b] => CheckChars::from_ascii_pair(*a, *b).ok_or(crate::serde_str::Invalid),
        _ => Err(crate::serde_str::Invalid),
    })
);
