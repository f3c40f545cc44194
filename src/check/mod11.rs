//! The mod 11 and mod 7 family: UPU S10, FedEx-style weighted mod 11, and mod 7.

use super::helpers::{digit_at, split_last};
use super::mod10::weighted_sum;
use super::{Alphabet, CheckChars, CheckDigit, Direction, Error, Letters};

/// The S10 weights of the eight serial digits, left to right.
const S10_WEIGHTS: [u32; 8] = [8, 6, 4, 2, 3, 5, 9, 7];

unit_algorithm! {
    /// UPU S10 mod 11 over exactly 8 serial digits (weights 8 6 4 2 3 5 9 7; 10 → 0, 11 → 5).
    ///
    /// The payload is the serial only, without service letters or country code.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, S10};
    ///
    /// assert_eq!(S10::digit(b"47312482")?, b'9'); // EE 473124829 CN
    /// assert!(S10.verify(b"123456785"));          // RB 123456785 GB
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct S10: Alphabet::DIGITS => Alphabet::DIGITS;
    digit "The check digit of an 8-digit serial, as an ASCII byte.",
    errors "Empty payload; a length other than 8 (e.g. `b\"1234567\"`); any non-digit.",
    |payload| {
        if payload.len() != 8 {
            return Err(Error::invalid_length(payload.len(), 8));
        }
        let mut sum = 0u32;
        let mut i = 0;
        while i < 8 {
            sum += try_const!(digit_at(payload, i)) * S10_WEIGHTS[i];
            i += 1;
        }
        Ok(match 11 - sum % 11 {
            10 => b'0',
            11 => b'5',
            c => b'0' + c as u8,
        })
    }
}

/// Weighted mod 11 folded to one digit: `check = (Σ digit·weight mod 11) mod 10`.
///
/// FedEx Express uses weights 1, 3, 7 repeating from the right ([`WeightedMod11::FEDEX`]; for
/// its 11 data digits read left to right that is 3, 1, 7, …). Left-anchored 3-1-7 and 1-7-3
/// cycles are provided too, for data that documents them that way.
///
/// ```
/// use tracking_number::check::{CheckDigit, WeightedMod11};
///
/// assert_eq!(WeightedMod11::FEDEX.compute(b"98657878885")?, '5');
/// // For 11 digits the left-anchored 3-1-7 cycle is the same code:
/// assert_eq!(WeightedMod11::LEFT_317.compute(b"98657878885")?, '5');
/// # Ok::<(), tracking_number::check::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeightedMod11 {
    weights: &'static [u8],
    direction: Direction,
}

impl WeightedMod11 {
    /// FedEx: weights 1, 3, 7 repeating from the right.
    pub const FEDEX: WeightedMod11 = WeightedMod11::new(&[1, 3, 7], Direction::FromRight);
    /// Weights 3, 1, 7 repeating from the left.
    pub const LEFT_317: WeightedMod11 = WeightedMod11::new(&[3, 1, 7], Direction::FromLeft);
    /// Weights 1, 7, 3 repeating from the left.
    pub const LEFT_173: WeightedMod11 = WeightedMod11::new(&[1, 7, 3], Direction::FromLeft);

    /// A weighted mod 11 → mod 10 code; an empty weight list behaves as `[1]`.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Direction, WeightedMod11};
    ///
    /// let w = WeightedMod11::new(&[2, 1], Direction::FromLeft);
    /// assert_eq!(w.compute(b"55")?, '4'); // 15 mod 11 = 4
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    #[must_use]
    pub const fn new(weights: &'static [u8], direction: Direction) -> Self {
        WeightedMod11 { weights, direction }
    }

    /// The check digit of `payload`, as an ASCII byte.
    ///
    /// # Errors
    ///
    /// Empty payload; any non-digit.
    ///
    /// ```
    /// use tracking_number::check::WeightedMod11;
    ///
    /// assert_eq!(WeightedMod11::FEDEX.digit(b"12345678901")?, b'2');
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub const fn digit(&self, payload: &[u8]) -> Result<u8, Error> {
        let sum = try_const!(weighted_sum(payload, self.weights, self.direction, Letters::None));
        Ok(b'0' + (sum % 11 % 10) as u8)
    }
}

weighted_check_digit!(WeightedMod11, |_| Alphabet::DIGITS);

unit_algorithm! {
    /// Mod 7: the payload read as one decimal number, modulo 7 (check `0`–`6`), computed digit by
    /// digit so any length works. DHL Express waybills, Japan Post registered items. Weak: a digit
    /// replaced by one differing by 7 is never detected.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Mod7};
    ///
    /// assert_eq!(Mod7::digit(b"331881002")?, b'5');
    /// assert!(Mod7.verify(b"13112383852"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Mod7: Alphabet::DIGITS => Alphabet::DIGITS_0_TO_6;
    digit "The check digit of `payload`, as an ASCII byte (`0`–`6`).",
    |payload| {
        // Accumulate in a u64 and reduce only when it grows large: one division per ~18
        // digits instead of one per digit.
        let mut r = 0u64;
        let mut i = 0;
        while i < payload.len() {
            r = r * 10 + try_const!(digit_at(payload, i)) as u64;
            if r >= 1 << 59 {
                r %= 7;
            }
            i += 1;
        }
        Ok(b'0' + (r % 7) as u8)
    }
}
