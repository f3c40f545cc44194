//! The weighted mod 10 family: GS1, UPS, Deutsche Post 4/9, Luhn and any weights of your own.

use super::helpers::{complement10, digit_at, split_last};
use super::{Alphabet, CheckChars, CheckDigit, Error};

unit_algorithm! {
    /// GS1 mod 10: weights 3 and 1 alternating from the right (EAN/UPC, SSCC, GSIN, USPS IMpb,
    /// FedEx Ground). Detects every single-digit substitution; misses transpositions of digits
    /// that differ by 5. Prepending zeros never changes the result.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Gs1};
    ///
    /// assert_eq!(Gs1::digit(b"34043383644263659")?, b'7');
    /// assert!(Gs1::is_valid(b"00340433836442636597"));
    /// assert!(Gs1.verify(b"340433836442636597"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Gs1: Alphabet::DIGITS => Alphabet::DIGITS;
    |payload| {
        let mut sum = 0u64;
        let mut i = 0;
        let n = payload.len();
        while i < n {
            let d = try_const!(digit_at(payload, i)) as u64;
            // Position from the right of the data digit, 0-based: odd weight 3 at 0, 2, 4, ...
            let from_right = n - 1 - i;
            sum += if from_right % 2 == 0 { 3 * d } else { d };
            i += 1;
        }
        Ok(complement10(sum))
    }
}

unit_algorithm! {
    /// UPS mod 10: letters mapped to `(ASCII − 63) mod 10`, weights 1 and 2 alternating from the
    /// left, products added as they are. Used over the 15 characters after `1Z`, and over the
    /// 14 leading characters of OnTrac `C`/`D` numbers.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Ups};
    ///
    /// assert_eq!(Ups::digit(b"999AA1012345678")?, b'4');
    /// assert!(Ups.verify(b"999AA10123456784"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Ups: Alphabet::ALPHANUMERIC => Alphabet::DIGITS;
    digit "The check digit of `payload` (`0-9A-Z`), as an ASCII byte.",
    |payload| {
        weighted_mod10(payload, &[1, 2], Direction::FromLeft, Letters::Ups)
    }
}

/// Which end of the payload the weight cycle starts at.
///
/// ```
/// use tracking_number::check::Direction;
///
/// assert_ne!(Direction::FromLeft, Direction::FromRight);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Direction {
    /// The first weight applies to the leftmost payload character.
    FromLeft,
    /// The first weight applies to the rightmost payload character (the one next to the
    /// check digit); the result does not depend on leading zeros.
    FromRight,
}

/// How letters get numeric values in a [`WeightedMod10`].
///
/// ```
/// use tracking_number::check::Letters;
///
/// assert_eq!(Letters::Ups.value(b'A'), Some(2));
/// assert_eq!(Letters::Base36.value(b'A'), Some(10));
/// assert_eq!(Letters::None.value(b'A'), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Letters {
    /// Digits only; a letter is an error.
    None,
    /// UPS mapping: `(ASCII − 63) mod 10`, so `A`=2 … `H`=9, `I`=0 …
    Ups,
    /// `A`=10 … `Z`=35.
    Base36,
}

impl Letters {
    /// The value of `byte` under this mapping (digits are themselves).
    ///
    /// ```
    /// use tracking_number::check::Letters;
    ///
    /// assert_eq!(Letters::None.value(b'7'), Some(7));
    /// ```
    #[must_use]
    pub const fn value(self, byte: u8) -> Option<u32> {
        match byte {
            b'0'..=b'9' => Some((byte - b'0') as u32),
            b'A'..=b'Z' => match self {
                Letters::None => None,
                Letters::Ups => Some(((byte - 63) % 10) as u32),
                Letters::Base36 => Some((byte - b'A') as u32 + 10),
            },
            _ => None,
        }
    }

    const fn alphabet(self) -> Alphabet {
        match self {
            Letters::None => Alphabet::DIGITS,
            Letters::Ups | Letters::Base36 => Alphabet::ALPHANUMERIC,
        }
    }
}

const fn weighted_mod10(
    payload: &[u8],
    weights: &[u8],
    direction: Direction,
    letters: Letters,
) -> Result<u8, Error> {
    match weighted_sum(payload, weights, direction, letters) {
        Ok(sum) => Ok(complement10(sum)),
        Err(e) => Err(e),
    }
}

/// `Σ value·weight` over `payload` (the weight cycle anchored at `direction`'s end, an empty
/// cycle behaving as `[1]`), shared by the weighted mod 10 and mod 11 codes.
pub(super) const fn weighted_sum(
    payload: &[u8],
    weights: &[u8],
    direction: Direction,
    letters: Letters,
) -> Result<u64, Error> {
    if payload.is_empty() {
        return Err(Error::empty());
    }
    let n = payload.len();
    let mut sum = 0u64;
    let mut i = 0;
    while i < n {
        let b = payload[i];
        let v = match letters.value(b) {
            Some(v) => v as u64,
            None => return Err(Error::invalid_char(b, i)),
        };
        let pos = match direction {
            Direction::FromLeft => i,
            Direction::FromRight => n - 1 - i,
        };
        let w = if weights.is_empty() { 1 } else { weights[pos % weights.len()] as u64 };
        sum += v * w;
        i += 1;
    }
    Ok(sum)
}

/// A weighted mod 10 code of your choice: `check = (10 − Σ value·weight mod 10) mod 10`,
/// with a weight cycle anchored at either end and a letter mapping.
///
/// [`Gs1`], [`Ups`] and [`DeutschePost`] are instances; this type lets you build others. An
/// empty weight list behaves as `[1]`.
///
/// ```
/// use tracking_number::check::{CheckDigit, Direction, Letters, WeightedMod10};
///
/// // GS1 spelled out:
/// const GS1: WeightedMod10 = WeightedMod10::new(&[3, 1], Direction::FromRight, Letters::None);
/// assert_eq!(GS1.compute(b"34043383644263659")?, '7');
/// assert_eq!(WeightedMod10::DEUTSCHE_POST.compute(b"20129845227")?, '7');
/// # Ok::<(), tracking_number::check::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeightedMod10 {
    weights: &'static [u8],
    direction: Direction,
    letters: Letters,
}

impl WeightedMod10 {
    /// GS1 mod 10 (weights 3, 1 from the right; digits).
    pub const GS1: WeightedMod10 = WeightedMod10::new(&[3, 1], Direction::FromRight, Letters::None);
    /// UPS mod 10 (weights 1, 2 from the left; UPS letter mapping).
    pub const UPS: WeightedMod10 = WeightedMod10::new(&[1, 2], Direction::FromLeft, Letters::Ups);
    /// Deutsche Post Identcode/Leitcode (weights 4, 9 from the left; digits).
    pub const DEUTSCHE_POST: WeightedMod10 =
        WeightedMod10::new(&[4, 9], Direction::FromLeft, Letters::None);

    /// A weighted mod 10 code.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Direction, Letters, WeightedMod10};
    ///
    /// let w = WeightedMod10::new(&[7, 3, 1], Direction::FromLeft, Letters::Base36);
    /// assert_eq!(w.compute(b"A1")?, '7'); // 10·7 + 1·3 = 73 -> 7
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    #[must_use]
    pub const fn new(weights: &'static [u8], direction: Direction, letters: Letters) -> Self {
        WeightedMod10 { weights, direction, letters }
    }

    /// The check digit of `payload`, as an ASCII byte.
    ///
    /// # Errors
    ///
    /// Empty payload; a byte the letter mapping does not accept (e.g. `b"A1"` with
    /// [`Letters::None`]).
    ///
    /// ```
    /// use tracking_number::check::WeightedMod10;
    ///
    /// assert_eq!(WeightedMod10::GS1.digit(b"0614141123456789")?, b'0');
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub const fn digit(&self, payload: &[u8]) -> Result<u8, Error> {
        weighted_mod10(payload, self.weights, self.direction, self.letters)
    }
}

weighted_check_digit!(WeightedMod10, |w| w.letters.alphabet());

unit_algorithm! {
    /// Deutsche Post / DHL Paket Identcode: weights 4 and 9 alternating from the left, mod 10.
    /// Weak: misses many transpositions.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, DeutschePost};
    ///
    /// assert_eq!(DeutschePost::digit(b"20129845227")?, b'7');
    /// assert!(DeutschePost.verify(b"563102430313"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct DeutschePost: Alphabet::DIGITS => Alphabet::DIGITS;
    |payload| {
        weighted_mod10(payload, &[4, 9], Direction::FromLeft, Letters::None)
    }
}

unit_algorithm! {
    /// Luhn: double every second digit from the right (starting next to the check digit),
    /// digit-sum the products, complement to 10. Detects every single substitution and every
    /// adjacent transposition except `09`↔`90`.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Luhn};
    ///
    /// assert_eq!(Luhn::digit(b"32059546393")?, b'8');
    /// assert!(Luhn.verify(b"79927398713"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Luhn: Alphabet::DIGITS => Alphabet::DIGITS;
    |payload| {
        let n = payload.len();
        let mut sum = 0u64;
        let mut i = 0;
        while i < n {
            let d = try_const!(digit_at(payload, i)) as u64;
            sum += if (n - 1 - i) % 2 == 0 {
                let twice = 2 * d;
                if twice > 9 {
                    twice - 9
                } else {
                    twice
                }
            } else {
                d
            };
            i += 1;
        }
        Ok(complement10(sum))
    }
}
