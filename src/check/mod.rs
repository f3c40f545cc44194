//! Check-digit algorithms, reusable on their own.
//!
//! Every algorithm of the crate's check-digit catalogue is a small `Copy` type implementing
//! [`CheckDigit`]: [`compute`](CheckDigit::compute) returns the check character(s) for a
//! payload, [`verify`](CheckDigit::verify) answers yes or no for a complete string, and
//! [`validate`](CheckDigit::validate) says *why* not. Each algorithm declares the
//! [`Alphabet`] of its payload and of its check character; a byte outside it is an
//! [`Error`] naming the byte and its index, never a panic and never silently skipped.
//! Nothing in this module allocates.
//!
//! Input is ASCII bytes as printed on a label, upper-case. Normalising lower case, spaces and
//! dashes is the caller's job (the carrier parser does it in its lenient mode).
//!
//! | type | algorithm | payload | check | typical use |
//! |---|---|---|---|---|
//! | [`Gs1`] | GS1 mod 10, weights 3-1 from the right | digits | `0-9` | SSCC, USPS IMpb, FedEx Ground |
//! | [`Ups`] | UPS mod 10, letters mapped, weights 1-2 | `0-9A-Z` | `0-9` | UPS 1Z, OnTrac |
//! | [`WeightedMod10`] | any weights, either direction, letter mapping | per mapping | `0-9` | your own formats |
//! | [`DeutschePost`] | weights 4-9 from the left, mod 10 | digits | `0-9` | DHL Paket Identcode |
//! | [`S10`] | UPU S10 mod 11, weights 8 6 4 2 3 5 9 7 | 8 digits | `0-9` | every UPU postal item |
//! | [`WeightedMod11`] | weights 1-3-7 etc., mod 11 then mod 10 | digits | `0-9` | FedEx Express |
//! | [`Mod7`] | the number modulo 7 | digits | `0-6` | DHL Express, Japan Post |
//! | [`Luhn`] | Luhn (double and digit-sum) | digits | `0-9` | Purolator |
//! | [`Mod11_2`] | ISO/IEC 7064 MOD 11-2 | digits | `0-9X` | ISNI, ORCID |
//! | [`Mod11_10`] | ISO/IEC 7064 MOD 11,10 | digits | `0-9` | |
//! | [`Mod37_2`] | ISO/IEC 7064 MOD 37-2 | `0-9A-Z` | `0-9A-Z*` | ISAN |
//! | [`Mod37_36`] | ISO/IEC 7064 MOD 37,36 | `0-9A-Z` | `0-9A-Z` | DPD |
//! | [`Mod97_10`] | ISO/IEC 7064 MOD 97-10 (two check digits) | `0-9A-Z` | `00-98` | IBAN-style |
//! | [`Damm`] | Damm quasigroup | digits | `0-9` | |
//! | [`Verhoeff`] | Verhoeff dihedral group D5 | digits | `0-9` | |
//!
//! [`Algorithm`] names every built-in algorithm with a stable id (`"gs1"`, `"luhn"`, …) so a
//! configuration file can pick one; it implements [`CheckDigit`] by dispatch.
//!
//! # Example
//!
//! ```
//! use tracking_number::check::{CheckDigit, Gs1, Luhn};
//!
//! // compute the check digit of a payload...
//! let c = Gs1.compute(b"34043383644263659")?;
//! assert_eq!(c, '7');
//! // ...and verify a complete number.
//! assert!(Gs1.verify(b"340433836442636597"));
//! assert!(!Luhn.verify(b"320595463937"));
//! # Ok::<(), tracking_number::check::Error>(())
//! ```
//!
//! # Implementing your own
//!
//! ```
//! use tracking_number::check::{Alphabet, CheckChars, CheckDigit, Error};
//!
//! /// Sum of the digits, modulo 10 (a weak toy code).
//! #[derive(Clone, Copy)]
//! struct DigitSum;
//!
//! impl CheckDigit for DigitSum {
//!     fn alphabet(&self) -> Alphabet { Alphabet::DIGITS }
//!     fn check_alphabet(&self) -> Alphabet { Alphabet::DIGITS }
//!     fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
//!         let mut sum = 0u32;
//!         for (index, &b) in payload.iter().enumerate() {
//!             if !b.is_ascii_digit() {
//!                 return Err(Error::invalid_char(b, index));
//!             }
//!             sum += u32::from(b - b'0');
//!         }
//!         Ok(CheckChars::digit((sum % 10) as u8))
//!     }
//! }
//!
//! assert!(DigitSum.verify(b"1236"));
//! assert_eq!(DigitSum.compute(b"12a").unwrap_err().to_string(), "invalid character 'a' at index 2");
//! ```

#[macro_use]
mod helpers;
mod algorithm;
mod alphabet;
mod error;
pub(crate) mod fast;
mod iso7064;
mod mod10;
mod mod11;
mod table;

pub use algorithm::Algorithm;
pub use alphabet::{Alphabet, CheckChars};
pub use error::{Error, ErrorKind};
pub use iso7064::{Mod11_10, Mod11_2, Mod37_2, Mod37_36, Mod97_10};
pub use mod10::{DeutschePost, Direction, Gs1, Letters, Luhn, Ups, WeightedMod10};
pub use mod11::{Mod7, WeightedMod11, S10};
pub use table::{Damm, Verhoeff};

/// A check-character algorithm: compute over a payload, verify a complete string.
///
/// Implemented by every algorithm of this module and open to your own (see the module
/// documentation for an example). The trait is object safe: custom number formats hold a
/// `&dyn CheckDigit`.
///
/// ```
/// use tracking_number::check::{CheckDigit, Damm};
///
/// let c = Damm.compute(b"572")?;
/// assert_eq!(c, '4');
/// assert!(Damm.verify(b"5724"));
/// Damm.validate(b"5724")?;
/// # Ok::<(), tracking_number::check::Error>(())
/// ```
pub trait CheckDigit {
    /// The characters a payload may contain.
    ///
    /// ```
    /// use tracking_number::check::{Alphabet, CheckDigit, Ups};
    ///
    /// assert_eq!(Ups.alphabet(), Alphabet::ALPHANUMERIC);
    /// ```
    fn alphabet(&self) -> Alphabet;

    /// The characters a check character may be.
    ///
    /// ```
    /// use tracking_number::check::{Alphabet, CheckDigit, Mod7};
    ///
    /// assert_eq!(Mod7.check_alphabet(), Alphabet::DIGITS_0_TO_6);
    /// ```
    fn check_alphabet(&self) -> Alphabet;

    /// How many check characters the algorithm appends (1, or 2 for [`Mod97_10`]).
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Luhn, Mod97_10};
    ///
    /// assert_eq!(Luhn.check_len(), 1);
    /// assert_eq!(Mod97_10.check_len(), 2);
    /// ```
    fn check_len(&self) -> usize {
        1
    }

    /// The check character(s) for `payload`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`] for `b""`, [`ErrorKind::InvalidChar`] for a byte outside
    /// [`alphabet`](Self::alphabet) (e.g. `b"12a4"` for a digit algorithm),
    /// [`ErrorKind::InvalidLength`] where the algorithm has a fixed length.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Gs1};
    ///
    /// assert_eq!(Gs1.compute(b"0614141123456789")?, '0');
    /// assert!(Gs1.compute(b"").is_err());
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error>;

    /// Whether `full` (payload followed by its check character(s)) is correct.
    ///
    /// Never fails: malformed input is simply `false`.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Verhoeff};
    ///
    /// assert!(Verhoeff.verify(b"2363"));
    /// assert!(!Verhoeff.verify(b"2364"));
    /// assert!(!Verhoeff.verify(b""));
    /// ```
    fn verify(&self, full: &[u8]) -> bool {
        let n = self.check_len();
        if full.len() <= n {
            return false;
        }
        let (payload, check) = full.split_at(full.len() - n);
        matches!(self.compute(payload), Ok(c) if c.as_bytes() == check)
    }

    /// Like [`verify`](Self::verify), but says what is wrong; returns the check characters.
    ///
    /// # Errors
    ///
    /// Everything [`compute`](Self::compute) reports for the payload part, and
    /// [`ErrorKind::Mismatch`] with the expected and found characters when the check is
    /// wrong (e.g. `b"320595463937"` under [`Luhn`] expects `'8'`). An input no longer than
    /// the check itself is [`ErrorKind::InvalidLength`] (for one-character checks: `b"7"`).
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, ErrorKind, Luhn};
    ///
    /// let err = Luhn.validate(b"320595463937").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::Mismatch { .. }));
    /// assert_eq!(Luhn.validate(b"320595463938")?, '8');
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    fn validate(&self, full: &[u8]) -> Result<CheckChars, Error> {
        let n = self.check_len();
        if full.len() <= n {
            return Err(Error::invalid_length(full.len(), n + 1));
        }
        let (payload, check) = full.split_at(full.len() - n);
        let expected = self.compute(payload)?;
        if expected.as_bytes() == check {
            Ok(expected)
        } else {
            let check_alphabet = self.check_alphabet();
            for (i, &b) in check.iter().enumerate() {
                if !check_alphabet.contains(b) {
                    return Err(Error::invalid_char(b, payload.len() + i));
                }
            }
            Err(Error::mismatch(expected, CheckChars::found(check)))
        }
    }
}

impl<T: CheckDigit + ?Sized> CheckDigit for &T {
    fn alphabet(&self) -> Alphabet {
        (**self).alphabet()
    }
    fn check_alphabet(&self) -> Alphabet {
        (**self).check_alphabet()
    }
    fn check_len(&self) -> usize {
        (**self).check_len()
    }
    fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
        (**self).compute(payload)
    }
    fn verify(&self, full: &[u8]) -> bool {
        (**self).verify(full)
    }
    fn validate(&self, full: &[u8]) -> Result<CheckChars, Error> {
        (**self).validate(full)
    }
}

#[cfg(test)]
mod tests {
    use super::iso7064::ALNUM_STAR;
    use super::table::{VERHOEFF_D, VERHOEFF_P};
    use super::*;

    #[test]
    fn golden_vectors_of_the_spec() {
        let cases: &[(&dyn CheckDigit, &[u8], &str)] = &[
            (&Gs1, b"34043383644263659", "7"),
            (&Ups, b"999AA1012345678", "4"),
            (&S10, b"47312482", "9"),
            (&S10, b"12345678", "5"),
            (&WeightedMod11::FEDEX, b"98657878885", "5"),
            (&WeightedMod11::FEDEX, b"12345678901", "2"),
            (&Mod7, b"331881002", "5"),
            (&Mod7, b"1311238385", "2"),
            (&Luhn, b"32059546393", "8"),
            (&Luhn, b"7894", "9"),
            (&DeutschePost, b"20129845227", "7"),
            (&DeutschePost, b"56310243031", "3"),
            (&Mod37_36, b"01015026003653", "C"),
            (&Mod37_36, b"09980000020033", "F"),
            (&Mod37_36, b"09980000020034", "D"),
            (&Mod37_36, b"A12425GABC1234002", "M"),
            (&Mod37_36, b"008182709980000020033350276", "C"),
            (&Mod11_10, b"79462", "3"),
            (&Mod11_10, b"00200667308", "5"),
            (&Mod11_2, b"0794", "0"),
            (&Mod11_2, b"079", "X"),
            (&Mod37_2, b"G123489654321", "Y"),
            (&Mod97_10, b"99991234567890121414", "90"),
            (&Verhoeff, b"236", "3"),
            (&Verhoeff, b"1234", "0"),
            (&Damm, b"572", "4"),
        ];
        for (alg, payload, want) in cases {
            let got = alg.compute(payload).unwrap();
            assert_eq!(got, *want, "payload {:?}", core::str::from_utf8(payload));
        }
    }

    #[test]
    fn verhoeff_permutation_rows_are_powers() {
        assert_eq!(VERHOEFF_P[1], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]);
        assert_eq!(VERHOEFF_P[2], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2]);
        // The base permutation has order 8: applying it once more returns to identity.
        let mut back = [0u8; 10];
        for (j, slot) in back.iter_mut().enumerate() {
            *slot = VERHOEFF_P[1][VERHOEFF_P[7][j] as usize];
        }
        assert_eq!(back, VERHOEFF_P[0]);
    }

    #[test]
    fn verhoeff_group_table_is_the_published_one() {
        // rows of the multiplication table of D5 as Verhoeff's scheme prints it
        assert_eq!(VERHOEFF_D[1], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5]);
        assert_eq!(VERHOEFF_D[4], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8]);
        assert_eq!(VERHOEFF_D[5], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1]);
        assert_eq!(VERHOEFF_D[8], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4]);
        // a group: 0 is the identity and every row is a permutation
        for (j, row) in VERHOEFF_D.iter().enumerate() {
            assert_eq!(row[0] as usize, j);
            let mut seen = [false; 10];
            row.iter().for_each(|&x| seen[x as usize] = true);
            assert!(seen.iter().all(|&s| s));
        }
    }

    /// The division-free / chunked loops agree with the textbook per-character definitions.
    #[test]
    fn fast_loops_match_textbook_definitions() {
        let mut x = 0x2545_F491_4F6C_DD1Du64;
        for len in 1..=80usize {
            for _ in 0..50 {
                let payload: [u8; 80] = core::array::from_fn(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(x % 36) as usize]
                });
                let alnum = &payload[..len];
                let digits: [u8; 80] = core::array::from_fn(|i| b'0' + payload[i] % 10);
                let digits = &digits[..len];
                let value =
                    |b: u8| u32::from(if b.is_ascii_digit() { b - b'0' } else { b - b'A' + 10 });

                let r7 = digits.iter().fold(0, |r, &b| (r * 10 + value(b)) % 7);
                assert_eq!(Mod7::digit(digits), Ok(b'0' + r7 as u8));

                let r97 = alnum.iter().fold(0, |r, &b| {
                    let v = value(b);
                    if v < 10 {
                        (r * 10 + v) % 97
                    } else {
                        (r * 100 + v) % 97
                    }
                });
                let c = 98 - (r97 * 100) % 97;
                assert_eq!(
                    Mod97_10::digits(alnum),
                    Ok([b'0' + (c / 10) as u8, b'0' + (c % 10) as u8])
                );

                let p11 = digits.iter().fold(0, |p, &b| ((p + value(b)) * 2) % 11);
                let want = match (12 - p11) % 11 {
                    10 => b'X',
                    c => b'0' + c as u8,
                };
                assert_eq!(Mod11_2::digit(digits), Ok(want));

                let p37 = alnum.iter().fold(0, |p, &b| ((p + value(b)) * 2) % 37);
                assert_eq!(Mod37_2::digit(alnum), Ok(ALNUM_STAR[((38 - p37) % 37) as usize]));

                let hybrid_ref = |data: &[u8], m: u32| {
                    data.iter().fold(m, |p, &b| {
                        let mut s = (p + value(b)) % m;
                        if s == 0 {
                            s = m;
                        }
                        (2 * s) % (m + 1)
                    })
                };
                let h36 = hybrid_ref(alnum, 36);
                assert_eq!(Mod37_36::digit(alnum), Ok(ALNUM_STAR[((37 - h36) % 36) as usize]));
                let h10 = hybrid_ref(digits, 10);
                assert_eq!(Mod11_10::digit(digits), Ok(b'0' + ((11 - h10) % 10) as u8));
            }
        }
    }

    #[test]
    fn const_evaluation_works() {
        const C: Result<u8, Error> = Gs1::digit(b"0614141123456789");
        const { assert!(S10::is_valid(b"473124829")) };
        assert_eq!(C, Ok(b'0'));
    }
}
