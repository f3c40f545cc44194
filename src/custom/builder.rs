//! [`Builder`]: a format in code.

use super::error::{PatternError, PatternErrorKind};
use super::format::*;
use super::{Charset, DateFormat};
use crate::check::{Algorithm, CheckDigit};

// ---------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------

/// Assembles a [`CustomFormat`] in code; errors are reported by [`build`](Self::build) with
/// the index of the offending segment call.
///
/// ```
/// use tracking_number::check::Algorithm;
/// use tracking_number::custom::{CustomFormat, DateFormat};
///
/// let f = CustomFormat::builder()
///     .literal("ACME-")
///     .date(DateFormat::YyMm)
///     .literal("-")
///     .permuted_sequence(6)
///     .literal("-")
///     .check(Algorithm::Damm)
///     .key(0x5EED)
///     .volume(200_000) // orders a month: fits in a million
///     .build()?;
/// assert_eq!(f.to_string(), "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}");
/// assert_eq!(f.key(), Some(0x5EED));
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct Builder {
    draft: CustomFormat,
    error: Option<PatternError>,
    calls: usize,
    volume: Option<u64>,
    id_error: bool,
}

impl Builder {
    pub(super) const fn new() -> Builder {
        Builder { draft: CustomFormat::EMPTY, error: None, calls: 0, volume: None, id_error: false }
    }

    pub(super) fn step(
        mut self,
        f: impl FnOnce(&mut CustomFormat) -> Result<(), PatternErrorKind>,
    ) -> Self {
        if self.error.is_none() {
            if let Err(k) = f(&mut self.draft) {
                self.error = Some(PatternError::at_segment(k, self.calls));
            }
        }
        self.calls += 1;
        self
    }

    /// Literal text (printable ASCII).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().literal("A{").sequence(2).build()?;
    /// assert_eq!(f.to_string(), "A{{{seq:2}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn literal(self, text: &str) -> Self {
        self.step(|d| d.push_literal(text.as_bytes()))
    }

    /// A date segment.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, DateFormat};
    ///
    /// let f = CustomFormat::builder().date(DateFormat::YyDdd).sequence(3).build()?;
    /// assert_eq!(f.to_string(), "{date:YYDDD}{seq:3}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn date(self, format: DateFormat) -> Self {
        self.step(|d| d.push(Seg::Date(format), format.len()))
    }

    /// A sequence segment of `width` digits (1 to 19), printed as is.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!(CustomFormat::builder().sequence(20).build().is_err());
    /// ```
    pub fn sequence(self, width: u8) -> Self {
        self.seq(width, false)
    }

    /// A sequence segment of `width` digits (1 to 19), permuted with the format's key.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().permuted_sequence(8).build()?;
    /// assert_eq!(f.to_string(), "{seq:8:perm}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn permuted_sequence(self, width: u8) -> Self {
        self.seq(width, true)
    }

    pub(super) fn seq(self, width: u8, permuted: bool) -> Self {
        self.step(|d| {
            if width == 0 || width > MAX_SEQ_WIDTH {
                return Err(PatternErrorKind::InvalidLength { max: MAX_SEQ_WIDTH });
            }
            d.push(Seg::Seq { width, permuted }, usize::from(width))
        })
    }

    /// `len` random characters (1 to 64) from a named alphabet.
    ///
    /// ```
    /// use tracking_number::custom::{Charset, CustomFormat};
    ///
    /// let f = CustomFormat::builder().random(6, Charset::Hex).build()?;
    /// assert_eq!(f.to_string(), "{rand:6:hex}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn random(self, len: u8, charset: Charset) -> Self {
        self.step(|d| {
            if len == 0 || usize::from(len) > MAX_LEN {
                return Err(PatternErrorKind::InvalidLength { max: MAX_LEN as u8 });
            }
            d.push(Seg::Rand { len, alpha: Alpha::Set(charset) }, usize::from(len))
        })
    }

    /// `len` random characters from your own alphabet: 2 to 36 distinct characters from
    /// `0-9A-Z`.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().random_from(5, "ACDEFHJKMNPRTUVWXY3479").build()?;
    /// assert_eq!(f.to_string(), "{rand:5:[ACDEFHJKMNPRTUVWXY3479]}");
    /// assert!(CustomFormat::builder().random_from(5, "aa").build().is_err());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn random_from(self, len: u8, alphabet: &str) -> Self {
        self.step(|d| {
            if len == 0 || usize::from(len) > MAX_LEN {
                return Err(PatternErrorKind::InvalidLength { max: MAX_LEN as u8 });
            }
            d.push_user_alphabet(len, alphabet.as_bytes())
        })
    }

    /// A check segment computed with a built-in algorithm over every date, seq and rand
    /// character before it.
    ///
    /// ```
    /// use tracking_number::check::Algorithm;
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().sequence(6).check(Algorithm::Mod97_10).build()?;
    /// assert_eq!(f.number_len(), 8);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn check(self, algorithm: Algorithm) -> Self {
        self.step(|d| d.push(Seg::Check(Checker::Builtin(algorithm)), algorithm.check_len()))
    }

    /// A check segment computed with your own [`CheckDigit`] implementation. It prints as
    /// `{check:ID}` in the pattern; `FromStr` only knows built-in ids, so such a format does
    /// not round-trip through a pattern string.
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
    /// assert_eq!(f.from_sequence(123, None)?.as_str(), "1236");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_with(self, id: &'static str, algorithm: &'static (dyn CheckDigit + Sync)) -> Self {
        self.step(|d| {
            d.push(Seg::Check(Checker::Custom { id, alg: algorithm }), algorithm.check_len())
        })
    }

    /// The permutation key for a permuted sequence (required by one: there is no default).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().permuted_sequence(6).key(42).build()?;
    /// assert_eq!(f.key(), Some(42));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn key(mut self, key: u64) -> Self {
        self.draft.key = Some(key);
        self
    }

    /// The id used by the scanner and detection (default `"custom"`); see
    /// [`CustomFormat::with_id`] for the rules.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!(CustomFormat::builder().sequence(6).id("Bad Id").build().is_err());
    /// ```
    pub fn id(mut self, id: &str) -> Self {
        match self.draft.with_id(id) {
            Ok(d) => self.draft = d,
            Err(_) => self.id_error = true,
        }
        self
    }

    /// The volume of numbers you need per date bucket (per day, month or week of the date
    /// segment; in total without one): [`build`](Self::build) fails with
    /// [`PatternErrorKind::CapacityTooSmall`] if the format cannot hold that many distinct
    /// numbers. For random formats also look at
    /// [`CustomFormat::collision_probability`].
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, DateFormat};
    ///
    /// let err = CustomFormat::builder().date(DateFormat::YyMmDd).sequence(3).volume(5_000).build().unwrap_err();
    /// assert_eq!(err.to_string(), "format holds 1000 numbers per date bucket, fewer than the requested 5000");
    /// ```
    pub fn volume(mut self, per_bucket: u64) -> Self {
        self.volume = Some(per_bucket);
        self
    }

    /// The format, or the first error.
    ///
    /// # Errors
    ///
    /// The first failing segment call's [`PatternError`] (with [`PatternError::segment`]):
    /// lengths out of range, a bad user alphabet, duplicates, a check algorithm that does
    /// not accept the characters before it; then [`PatternErrorKind::NoVariablePart`],
    /// [`PatternErrorKind::InvalidId`] and [`PatternErrorKind::CapacityTooSmall`].
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!(CustomFormat::builder().literal("ACME").build().is_err());
    /// ```
    pub fn build(self) -> Result<CustomFormat, PatternError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        if self.id_error {
            return Err(PatternError::unlocated(PatternErrorKind::InvalidId));
        }
        let f = self.draft.finish().map_err(PatternError::unlocated)?;
        if let Some(volume) = self.volume {
            let capacity = f.capacity();
            if capacity < u128::from(volume) {
                return Err(PatternError::unlocated(PatternErrorKind::CapacityTooSmall {
                    capacity,
                    volume,
                }));
            }
        }
        Ok(f)
    }
}
