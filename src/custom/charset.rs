//! [`Charset`]: the named alphabets of random segments.

use crate::bits::ascii_mask;
use crate::serde_str::serde_str;
use core::fmt;
use core::str::FromStr;

use super::error::{PatternError, PatternErrorKind};

// ---------------------------------------------------------------------------------------------
// Charset
// ---------------------------------------------------------------------------------------------

/// A named alphabet for random segments. Ids (`as_str()`, `FromStr`, serde) are the pattern
/// names. Where an alphabet has letters, the ones easily mistaken for digits or each other
/// are left out unless the name ends in `_all`.
///
/// | id | characters | size |
/// |---|---|---|
/// | `digits` | `0-9` | 10 |
/// | `upper` | `A-Z` without `I`, `O` | 24 |
/// | `upper_all` | `A-Z` | 26 |
/// | `alnum` | `0-9`, `A-Z` without `I`, `L`, `O` | 33 |
/// | `alnum_all` | `0-9A-Z` | 36 |
/// | `crockford` | Crockford base32: `0-9`, `A-Z` without `I`, `L`, `O`, `U` | 32 |
/// | `hex` | `0-9A-F` | 16 |
///
/// ```
/// use tracking_number::custom::Charset;
///
/// let c: Charset = "crockford".parse()?;
/// assert_eq!(c.chars().len(), 32);
/// assert!(!c.chars().contains('U'));
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Charset {
    /// `0-9`.
    Digits,
    /// `A-Z` without `I` and `O`.
    Upper,
    /// `A-Z`.
    UpperAll,
    /// `0-9` and `A-Z` without `I`, `L`, `O`.
    Alnum,
    /// `0-9A-Z`.
    AlnumAll,
    /// Crockford base32.
    Crockford,
    /// `0-9A-F`.
    Hex,
}

impl Charset {
    /// Every named alphabet.
    ///
    /// ```
    /// use tracking_number::custom::Charset;
    ///
    /// assert_eq!(Charset::ALL.len(), 7);
    /// ```
    pub const ALL: [Charset; 7] = [
        Charset::Digits,
        Charset::Upper,
        Charset::UpperAll,
        Charset::Alnum,
        Charset::AlnumAll,
        Charset::Crockford,
        Charset::Hex,
    ];

    /// The stable id.
    ///
    /// ```
    /// use tracking_number::custom::Charset;
    ///
    /// assert_eq!(Charset::AlnumAll.as_str(), "alnum_all");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Charset::Digits => "digits",
            Charset::Upper => "upper",
            Charset::UpperAll => "upper_all",
            Charset::Alnum => "alnum",
            Charset::AlnumAll => "alnum_all",
            Charset::Crockford => "crockford",
            Charset::Hex => "hex",
        }
    }

    /// The characters, in the order random draws index them.
    ///
    /// ```
    /// use tracking_number::custom::Charset;
    ///
    /// assert_eq!(Charset::Upper.chars(), "ABCDEFGHJKLMNPQRSTUVWXYZ");
    /// ```
    #[must_use]
    pub const fn chars(self) -> &'static str {
        match self {
            Charset::Digits => "0123456789",
            Charset::Upper => "ABCDEFGHJKLMNPQRSTUVWXYZ",
            Charset::UpperAll => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            Charset::Alnum => "0123456789ABCDEFGHJKMNPQRSTUVWXYZ",
            Charset::AlnumAll => "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            Charset::Crockford => "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
            Charset::Hex => "0123456789ABCDEF",
        }
    }
}

impl Charset {
    /// Membership bitmask (bit `b` set for every byte `b` of the alphabet).
    pub(super) const fn mask(self) -> u128 {
        const MASKS: [u128; 7] = [
            ascii_mask(Charset::Digits.chars().as_bytes()),
            ascii_mask(Charset::Upper.chars().as_bytes()),
            ascii_mask(Charset::UpperAll.chars().as_bytes()),
            ascii_mask(Charset::Alnum.chars().as_bytes()),
            ascii_mask(Charset::AlnumAll.chars().as_bytes()),
            ascii_mask(Charset::Crockford.chars().as_bytes()),
            ascii_mask(Charset::Hex.chars().as_bytes()),
        ];
        MASKS[self as usize]
    }
}

/// Whether `b` is in the alphabet of `mask`.
#[inline(always)]
pub(super) const fn in_mask(mask: u128, b: u8) -> bool {
    b < 128 && (mask >> b) & 1 == 1
}

impl fmt::Display for Charset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Charset {
    type Err = PatternError;

    /// Parses an id (`"digits"`, `"crockford"`, …).
    ///
    /// # Errors
    ///
    /// [`PatternErrorKind::UnknownAlphabet`] for anything else, e.g. `"base64"` or `"HEX"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Charset::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or(PatternError::unlocated(PatternErrorKind::UnknownAlphabet))
    }
}

serde_str!(Charset, "an alphabet id such as \"crockford\"", as_str, from_str);
