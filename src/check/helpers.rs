//! Const helpers and macros shared by the reference implementations.

use super::Error;

/// Value of a decimal digit, or the error for it.
pub(super) const fn digit_at(payload: &[u8], index: usize) -> Result<u32, Error> {
    let b = payload[index];
    if b.is_ascii_digit() {
        Ok((b - b'0') as u32)
    } else {
        Err(Error::invalid_char(b, index))
    }
}

/// Value of `0-9A-Z` as 0..=35, or the error for it.
pub(super) const fn base36_at(payload: &[u8], index: usize) -> Result<u32, Error> {
    let b = payload[index];
    match b {
        b'0'..=b'9' => Ok((b - b'0') as u32),
        b'A'..=b'Z' => Ok((b - b'A') as u32 + 10),
        _ => Err(Error::invalid_char(b, index)),
    }
}

/// Splits `full` into payload and one trailing check byte, if there is a payload.
pub(super) const fn split_last(full: &[u8]) -> Option<(&[u8], u8)> {
    match full.split_last() {
        Some((last, payload)) if !payload.is_empty() => Some((payload, *last)),
        _ => None,
    }
}

/// `(10 - s mod 10) mod 10` as an ASCII digit.
pub(super) const fn complement10(sum: u64) -> u8 {
    b'0' + ((10 - sum % 10) % 10) as u8
}

macro_rules! try_const {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(e),
        }
    };
}

/// A unit algorithm type: the struct (with the docs given), its inherent `const fn digit`
/// (documented from the summary and errors given, by default
/// those its alphabets imply;
/// an empty payload is an error, then the body
/// given computes the check), `is_valid`, and `CheckDigit` over the two alphabets.
macro_rules! unit_algorithm {
    (
        $(#[$doc:meta])*
        pub struct $ty:ident: Alphabet::$alpha:ident => Alphabet::$check_alpha:ident;
        $(digit $summary:literal,)?
        $(errors $errors:literal,)?
        |$payload:ident| $body:block
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $ty;

        impl $ty {
            #[doc = concat!(
                given_or!($($summary)?; check_summary!($check_alpha)),
                "\n\n# Errors\n\n",
                given_or!($($errors)?; payload_errors!($alpha)),
            )]
            pub const fn digit($payload: &[u8]) -> Result<u8, Error> {
                if $payload.is_empty() {
                    return Err(Error::empty());
                }
                $body
            }

            single_is_valid!();
        }

        unit_check_digit!($ty, Alphabet::$alpha, Alphabet::$check_alpha);
    };
}

/// The literal given, or else the default: the optional documentation lines of
/// `unit_algorithm!`.
macro_rules! given_or {
    ($given:literal; $default:expr) => {
        $given
    };
    (; $default:expr) => {
        $default
    };
}

/// The default summary of a unit algorithm's `digit`, from its check alphabet.
macro_rules! check_summary {
    (DIGITS) => {
        "The check digit of `payload`, as an ASCII byte."
    };
    ($check_alpha:ident) => {
        "The check character of `payload`, as an ASCII byte."
    };
}

/// The default errors of a unit algorithm's `digit`, from its payload alphabet.
macro_rules! payload_errors {
    (DIGITS) => {
        "Empty payload; any non-digit."
    };
    (ALPHANUMERIC) => {
        "Empty payload; a byte outside `0-9A-Z`."
    };
}

/// Implements `CheckDigit` for a unit algorithm type with inherent const `digit`.
macro_rules! unit_check_digit {
    ($ty:ty, $alpha:expr, $check_alpha:expr) => {
        impl CheckDigit for $ty {
            fn alphabet(&self) -> Alphabet {
                $alpha
            }
            fn check_alphabet(&self) -> Alphabet {
                $check_alpha
            }
            fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
                match <$ty>::digit(payload) {
                    Ok(b) => Ok(CheckChars::one(b)),
                    Err(e) => Err(e),
                }
            }
            fn verify(&self, full: &[u8]) -> bool {
                <$ty>::is_valid(full)
            }
        }
    };
}

/// Implements `CheckDigit` for a weighted code (a value with a `digit` method and a check
/// digit), its payload alphabet given as a function of the value.
macro_rules! weighted_check_digit {
    ($ty:ty, |$w:pat_param| $alpha:expr) => {
        impl CheckDigit for $ty {
            fn alphabet(&self) -> Alphabet {
                let $w = self;
                $alpha
            }
            fn check_alphabet(&self) -> Alphabet {
                Alphabet::DIGITS
            }
            fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
                self.digit(payload).map(CheckChars::one)
            }
        }
    };
}

/// The shared `is_valid` of single-character algorithms.
macro_rules! single_is_valid {
    () => {
        /// Whether `full` (payload + check character) verifies. `const`; never fails.
        #[must_use]
        pub const fn is_valid(full: &[u8]) -> bool {
            match split_last(full) {
                Some((payload, check)) => match Self::digit(payload) {
                    Ok(c) => c == check,
                    Err(_) => false,
                },
                None => false,
            }
        }
    };
}
