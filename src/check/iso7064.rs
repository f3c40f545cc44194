//! ISO/IEC 7064: MOD 11-2, MOD 11,10, MOD 37-2, MOD 37,36 and MOD 97-10.

use super::helpers::{base36_at, digit_at, split_last};
use super::{Alphabet, CheckChars, CheckDigit, Error};

unit_algorithm! {
    /// ISO/IEC 7064 MOD 11-2 (pure system, digits, check `0`–`9` or `X`). Detects every single
    /// substitution and every adjacent transposition.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Mod11_2};
    ///
    /// assert_eq!(Mod11_2::digit(b"0794")?, b'0');
    /// assert_eq!(Mod11_2::digit(b"079")?, b'X');
    /// assert!(Mod11_2.verify(b"079X"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Mod11_2: Alphabet::DIGITS => Alphabet::DIGITS_X;
    digit "The check character of `payload`, as an ASCII byte (`0`–`9` or `X`).",
    errors "Empty payload; any non-digit (an `X` is only allowed as the check character).",
    |payload| {
        let p = try_const!(pure(payload, 11, false));
        Ok(match (12 - p) % 11 {
            10 => b'X',
            c => b'0' + c as u8,
        })
    }
}

unit_algorithm! {
    /// ISO/IEC 7064 MOD 11,10 (hybrid system, digits).
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Mod11_10};
    ///
    /// assert_eq!(Mod11_10::digit(b"79462")?, b'3');
    /// assert!(Mod11_10.verify(b"002006673085"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Mod11_10: Alphabet::DIGITS => Alphabet::DIGITS;
    |payload| {
        let p = try_const!(hybrid(payload, 10, false));
        Ok(b'0' + ((11 - p) % 10) as u8)
    }
}

/// One step of a pure ISO 7064 system: `((p + v) * 2) mod m`, for `p, v < m`, without a
/// division.
const fn pure_step(p: u32, v: u32, m: u32) -> u32 {
    let mut t = p + v;
    if t >= m {
        t -= m;
    }
    t *= 2;
    if t >= m {
        t -= m;
    }
    t
}

/// The value of `payload[i]`: a letter or digit when `alnum`, else a digit.
const fn value_at(payload: &[u8], i: usize, alnum: bool) -> Result<u32, Error> {
    if alnum {
        base36_at(payload, i)
    } else {
        digit_at(payload, i)
    }
}

/// The pure ISO 7064 loop (modulus `m`, radix 2): returns the final `p`.
const fn pure(payload: &[u8], m: u32, alnum: bool) -> Result<u32, Error> {
    let mut p = 0u32;
    let mut i = 0;
    while i < payload.len() {
        let v = try_const!(value_at(payload, i, alnum));
        p = pure_step(p, v, m);
        i += 1;
    }
    Ok(p)
}

/// The hybrid ISO 7064 loop (M, M+1): returns the final `p`.
const fn hybrid(payload: &[u8], m: u32, alnum: bool) -> Result<u32, Error> {
    let mut p = m;
    let mut i = 0;
    while i < payload.len() {
        let v = try_const!(value_at(payload, i, alnum));
        // p <= m and v < m, so one conditional subtraction reduces each step.
        let mut s = p + v;
        if s >= m {
            s -= m;
        }
        if s == 0 {
            s = m;
        }
        p = 2 * s;
        if p > m {
            p -= m + 1;
        }
        i += 1;
    }
    Ok(p)
}

unit_algorithm! {
    /// ISO/IEC 7064 MOD 37-2 (pure system, `0-9A-Z`, check `0-9A-Z` or `*`).
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Mod37_2};
    ///
    /// assert_eq!(Mod37_2::digit(b"G123489654321")?, b'Y');
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Mod37_2: Alphabet::ALPHANUMERIC => Alphabet::ALPHANUMERIC_STAR;
    errors "Empty payload; a byte outside `0-9A-Z` (a `*` is only allowed as the check).",
    |payload| {
        let p = try_const!(pure(payload, 37, true));
        Ok(ALNUM_STAR[((38 - p) % 37) as usize])
    }
}

/// The MOD 37 alphabet: digits, letters and `*`.
pub(crate) const ALNUM_STAR: &[u8; 37] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

unit_algorithm! {
    /// ISO/IEC 7064 MOD 37,36 (hybrid system, `0-9A-Z`): the DPD check character. Detects every
    /// single substitution.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Mod37_36};
    ///
    /// assert_eq!(Mod37_36::digit(b"01015026003653")?, b'C');
    /// assert!(Mod37_36.verify(b"09980000020033F"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Mod37_36: Alphabet::ALPHANUMERIC => Alphabet::ALPHANUMERIC;
    |payload| {
        let p = try_const!(hybrid(payload, 36, true));
        Ok(ALNUM_STAR[((37 - p) % 36) as usize])
    }
}

/// ISO/IEC 7064 MOD 97-10: two check digits `98 − (N·100 mod 97)`, letters counting as the
/// two-digit numbers 10–35 (as in IBANs). On digit payloads it detects every single
/// substitution and every adjacent transposition; a letter, counting as two digits, weakens
/// that (`M214` and `2M14` both verify).
///
/// ```
/// use tracking_number::check::{CheckDigit, Mod97_10};
///
/// assert_eq!(Mod97_10.compute(b"99991234567890121414")?, "90");
/// assert!(Mod97_10.verify(b"9999123456789012141490"));
/// # Ok::<(), tracking_number::check::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Mod97_10;

impl Mod97_10 {
    /// The two check digits of `payload`, as ASCII bytes.
    ///
    /// # Errors
    ///
    /// Empty payload; a byte outside `0-9A-Z`.
    pub const fn digits(payload: &[u8]) -> Result<[u8; 2], Error> {
        if payload.is_empty() {
            return Err(Error::empty());
        }
        // Accumulate in a u64, reducing only when it grows large.
        let mut r = 0u64;
        let mut i = 0;
        while i < payload.len() {
            let v = try_const!(base36_at(payload, i)) as u64;
            r = if v < 10 { r * 10 + v } else { r * 100 + v };
            if r >= 1 << 56 {
                r %= 97;
            }
            i += 1;
        }
        let r = r % 97;
        let c = 98 - (r * 100) % 97;
        Ok([b'0' + (c / 10) as u8, b'0' + (c % 10) as u8])
    }

    /// Whether `full` (payload + two check digits) verifies. `const`; never fails.
    #[must_use]
    pub const fn is_valid(full: &[u8]) -> bool {
        if full.len() < 3 {
            return false;
        }
        let (payload, check) = full.split_at(full.len() - 2);
        match Self::digits(payload) {
            Ok([a, b]) => a == check[0] && b == check[1],
            Err(_) => false,
        }
    }
}

impl CheckDigit for Mod97_10 {
    fn alphabet(&self) -> Alphabet {
        Alphabet::ALPHANUMERIC
    }
    fn check_alphabet(&self) -> Alphabet {
        Alphabet::DIGITS
    }
    fn check_len(&self) -> usize {
        2
    }
    fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
        Self::digits(payload).map(|[a, b]| CheckChars::two(a, b))
    }
    fn verify(&self, full: &[u8]) -> bool {
        Self::is_valid(full)
    }
}
