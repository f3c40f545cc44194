//! Generating numbers: from a counter, from given parts, from a random source.

use super::date::put;
use super::error::{GenerateError, GenerateErrorKind};
use super::format::*;
use super::{CustomNumber, Date, Parts};
use crate::check::CheckDigit;

impl CustomFormat {
    // -----------------------------------------------------------------------------------------
    // Generation
    // -----------------------------------------------------------------------------------------

    /// The number for counter `n` (permuted if the seq segment says so) and `date` (needed
    /// only if the format has a date segment). No random source: formats with rand
    /// segments need [`from_parts`](Self::from_parts) or a `generate` function.
    ///
    /// # Errors
    ///
    /// [`GenerateErrorKind::SequenceOutOfRange`] when `n` needs more digits than the
    /// segment has (`10_000` for `{seq:4}`); [`GenerateErrorKind::MissingDate`] for `None`
    /// with a date segment; [`GenerateErrorKind::YearOutOfRange`] for 1999 with a two-digit
    /// year; [`GenerateErrorKind::MissingRandom`] if the format has rand segments.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, Date};
    ///
    /// let f: CustomFormat = "INV{date:YYYYMMDD}/{seq:4}".parse()?;
    /// let n = f.from_sequence(17, Some(Date::new(2024, 3, 5).unwrap()))?;
    /// assert_eq!(n.as_str(), "INV20240305/0017");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_sequence(&self, n: u64, date: Option<Date>) -> Result<CustomNumber, GenerateError> {
        self.write(date, Some(n), &mut NoRandom)
    }

    /// The number for the given parts: date, counter and already-drawn random characters
    /// (all rand segments' characters concatenated). Extra parts are ignored.
    ///
    /// # Errors
    ///
    /// As [`from_sequence`](Self::from_sequence), plus [`GenerateErrorKind::MissingSequence`],
    /// [`GenerateErrorKind::RandomLength`] when the characters are too few or too many and
    /// [`GenerateErrorKind::RandomChar`] for a character outside its segment's alphabet
    /// (`"I"` for `crockford`).
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, Parts};
    ///
    /// let f: CustomFormat = "SHOP{rand:4:crockford}{check:mod37_36}".parse()?;
    /// let n = f.from_parts(&Parts::new().random("7K2M"))?;
    /// assert_eq!(n.as_str().len(), 9);
    /// assert!(f.from_parts(&Parts::new().random("7K2I")).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_parts(&self, parts: &Parts<'_>) -> Result<CustomNumber, GenerateError> {
        match parts.random {
            Some(chars) if self.random_len() > 0 => {
                let expected = self.random_len();
                if chars.len() != expected {
                    return Err(
                        GenerateErrorKind::RandomLength { len: chars.len(), expected }.into()
                    );
                }
                self.write(parts.date, parts.sequence, &mut GivenRandom { chars, at: 0 })
            }
            _ => self.write(parts.date, parts.sequence, &mut NoRandom),
        }
    }

    /// Like [`from_parts`](Self::from_parts), with the random characters drawn from
    /// `next_u64` (any source of uniformly random 64-bit words; `parts.random` is ignored).
    /// Works without the `rand` feature.
    ///
    /// Characters are drawn by multiply-shift extraction from each word (several characters
    /// per word while the product of the alphabet sizes stays ≤ 2³²), so each character's
    /// bias is below 2⁻³² and the result is portable: the same words give the same number
    /// on every platform.
    ///
    /// # Errors
    ///
    /// As [`from_parts`](Self::from_parts), without the random-character errors.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, Parts};
    ///
    /// let f: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// let mut x = 0u64;
    /// let mut counter = || { x = x.wrapping_add(0x9E37_79B9_7F4A_7C15); x }; // a demo source
    /// let n = f.generate_with_source(&Parts::new(), &mut counter)?;
    /// assert!(f.is_valid(n.as_str()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn generate_with_source<F: FnMut() -> u64>(
        &self,
        parts: &Parts<'_>,
        next_u64: F,
    ) -> Result<CustomNumber, GenerateError> {
        self.write(
            parts.date,
            parts.sequence,
            &mut SourceRandom { next: next_u64, word: 0, used: 1 << 33 },
        )
    }

    /// A random number of the format from `rng` (formats without date and seq segments;
    /// otherwise use [`generate_with`](Self::generate_with)). Generic over any `rand` 0.10
    /// [`Rng`](rand::Rng); draws as [`generate_with_source`](Self::generate_with_source).
    ///
    /// # Errors
    ///
    /// [`GenerateErrorKind::MissingDate`] / [`GenerateErrorKind::MissingSequence`] when the
    /// format has a date or seq segment.
    ///
    /// ```
    /// use rand::SeedableRng;
    /// use rand_chacha::ChaCha8Rng;
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// let mut rng = ChaCha8Rng::seed_from_u64(1);
    /// let n = f.generate(&mut rng)?;
    /// assert!(f.is_valid(n.as_str()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "rand")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rand")))]
    pub fn generate<R: rand::Rng + ?Sized>(
        &self,
        rng: &mut R,
    ) -> Result<CustomNumber, GenerateError> {
        self.generate_with_source(&Parts::new(), || rng.next_u64())
    }

    /// A number with random characters from `rng` and the date and counter of `parts`.
    ///
    /// # Errors
    ///
    /// As [`from_sequence`](Self::from_sequence), without `MissingRandom`.
    ///
    /// ```
    /// use rand::SeedableRng;
    /// use rand_chacha::ChaCha8Rng;
    /// use tracking_number::custom::{CustomFormat, Date, Parts};
    ///
    /// let f: CustomFormat = "{date:YYMMDD}-{rand:6:alnum}".parse()?;
    /// let mut rng = ChaCha8Rng::seed_from_u64(1);
    /// let parts = Parts::new().date(Date::new(2024, 3, 5).unwrap());
    /// assert!(f.generate_with(&mut rng, &parts)?.as_str().starts_with("240305-"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "rand")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rand")))]
    pub fn generate_with<R: rand::Rng + ?Sized>(
        &self,
        rng: &mut R,
        parts: &Parts<'_>,
    ) -> Result<CustomNumber, GenerateError> {
        self.generate_with_source(parts, || rng.next_u64())
    }

    /// The non-literal segments, in order.
    #[inline]
    pub(super) fn steps(&self) -> &[Step] {
        &self.steps[..usize::from(self.nsteps).min(MAX_SEGMENTS)]
    }

    /// The writer behind every generation function: a copy of the literal template, each
    /// non-literal segment written straight into place, then the check over the
    /// characters before it, read back from the number.
    #[inline]
    pub(super) fn write<R: RandomFill>(
        &self,
        date: Option<Date>,
        sequence: Option<u64>,
        random: &mut R,
    ) -> Result<CustomNumber, GenerateError> {
        let mut out = self.template;
        for step in self.steps() {
            match *step {
                Step::Date { f, at } => {
                    let d = date.ok_or(GenerateErrorKind::MissingDate)?;
                    let at = usize::from(at);
                    f.write_date(d, out.get_mut(at..at + f.len()).unwrap_or_default())
                        .map_err(|year| GenerateErrorKind::YearOutOfRange { year })?;
                }
                Step::Seq { width, permuted, at } => {
                    let n = sequence.ok_or(GenerateErrorKind::MissingSequence)?;
                    if permuted && self.key.is_none() {
                        return Err(GenerateErrorKind::MissingKey.into());
                    }
                    let w = usize::from(width);
                    let max = POW10[w.min(19)] - 1;
                    if n > max {
                        return Err(GenerateErrorKind::SequenceOutOfRange { value: n, max }.into());
                    }
                    let v = match (permuted, &self.perm) {
                        (true, Some(p)) => p.apply(n).unwrap_or(n),
                        _ => n,
                    };
                    put(&mut out, usize::from(at), w, v);
                }
                Step::Rand { len, alpha, at } => {
                    let at = usize::from(at);
                    let slot = out.get_mut(at..at + usize::from(len)).unwrap_or_default();
                    random.fill(self.alpha_bytes(alpha), slot)?;
                }
                Step::Check { at, width } => {
                    let at = usize::from(at);
                    let (bytes, n) = self.check_in_place(&out).map_err(GenerateErrorKind::Check)?;
                    if let Some([a, b]) = out.get_mut(at..at + 2) {
                        *a = bytes[0];
                        if n == 2 && width == 2 {
                            *b = bytes[1];
                        }
                    }
                }
            }
        }
        let mut bytes = [0u8; MAX_LEN];
        bytes.copy_from_slice(&out[..MAX_LEN]);
        Ok(CustomNumber::from_buf(bytes, usize::from(self.len)))
    }

    /// The check characters (bytes and count) of the check segment of `number`, whose
    /// payload characters are in place: read where they stand when a specialised path
    /// allows, else gathered first.
    #[inline(always)]
    pub(super) fn check_in_place(
        &self,
        number: &[u8],
    ) -> Result<([u8; 2], usize), crate::check::Error> {
        // One run is a slice of the number (no copy); else gather.
        let mut gathered = [0u8; MAX_LEN + SLACK];
        self.compute_check(self.payload(number, &mut gathered))
    }

    /// The check characters of `payload` (bytes and count): the specialised path of a
    /// built-in algorithm, else the algorithm's `compute`.
    #[inline]
    pub(super) fn compute_check(
        &self,
        payload: &[u8],
    ) -> Result<([u8; 2], usize), crate::check::Error> {
        let cc = match self.check {
            None => return Ok(([0; 2], 0)),
            // the built-in algorithms' fast path; its `None` (a byte outside the alphabet,
            // which validated formats never produce) gets the detailed error
            Some(Checker::Builtin(a)) => match crate::check::fast::compute(a, payload) {
                Some(c) => c,
                None => a.compute(payload)?,
            },
            Some(c) => c.alg().compute(payload)?,
        };
        let b = cc.as_bytes();
        Ok(([b[0], b.get(1).copied().unwrap_or(0)], b.len()))
    }

    /// The check segment's payload (every non-literal character before it) in `number`:
    /// a slice of it when it is one run, else gathered into `buf`.
    #[inline]
    pub(super) fn payload<'a>(
        &self,
        number: &'a [u8],
        buf: &'a mut [u8; MAX_LEN + SLACK],
    ) -> &'a [u8] {
        let runs = &self.runs[..usize::from(self.nruns).min(MAX_SEGMENTS)];
        if let [(start, len)] = *runs {
            let start = usize::from(start);
            return number.get(start..start + usize::from(len)).unwrap_or_default();
        }
        let mut n = 0usize;
        for &(start, len) in runs {
            let (start, len) = (usize::from(start), usize::from(len));
            match (buf.get_mut(n..n + 16), number.get(start..start + 16)) {
                // Most runs fit one 16-byte chunk (generated numbers have slack for it).
                (Some(dst), Some(src)) if len <= 16 => dst.copy_from_slice(src),
                _ => {
                    for k in 0..len {
                        if let (Some(d), Some(&b)) = (buf.get_mut(n + k), number.get(start + k)) {
                            *d = b;
                        }
                    }
                }
            }
            n += len;
        }
        buf.get(..n).unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------------------------
// Random character sources
// ---------------------------------------------------------------------------------------------

pub(super) trait RandomFill {
    fn fill(&mut self, alphabet: &[u8], out: &mut [u8]) -> Result<(), GenerateError>;
}

struct NoRandom;

impl RandomFill for NoRandom {
    fn fill(&mut self, _: &[u8], _: &mut [u8]) -> Result<(), GenerateError> {
        Err(GenerateErrorKind::MissingRandom.into())
    }
}

struct GivenRandom<'a> {
    chars: &'a [u8],
    at: usize,
}

impl RandomFill for GivenRandom<'_> {
    fn fill(&mut self, alphabet: &[u8], out: &mut [u8]) -> Result<(), GenerateError> {
        for slot in out.iter_mut() {
            let b = *self.chars.get(self.at).ok_or(GenerateErrorKind::RandomLength {
                len: self.chars.len(),
                expected: self.at + 1,
            })?;
            if !alphabet.contains(&b) {
                return Err(GenerateErrorKind::RandomChar { index: self.at, found: b }.into());
            }
            *slot = b;
            self.at += 1;
        }
        Ok(())
    }
}

struct SourceRandom<F> {
    next: F,
    word: u64,
    /// Product of the alphabet sizes already extracted from `word`; a new word is drawn
    /// before it would exceed 2^32 (starts above it, so the first character draws).
    used: u64,
}

impl<F: FnMut() -> u64> RandomFill for SourceRandom<F> {
    #[inline]
    fn fill(&mut self, alphabet: &[u8], out: &mut [u8]) -> Result<(), GenerateError> {
        let m = alphabet.len() as u64;
        let (mut word, mut used) = (self.word, self.used);
        for slot in out.iter_mut() {
            used *= m;
            if used > 1 << 32 {
                word = (self.next)();
                used = m;
            }
            // The high word of `word · m` is below m: the character; the low word keeps
            // the unused randomness for the next one.
            let wide = u128::from(word) * u128::from(m);
            word = wide as u64;
            *slot = alphabet.get((wide >> 64) as usize).copied().unwrap_or(b'0');
        }
        (self.word, self.used) = (word, used);
        Ok(())
    }
}
