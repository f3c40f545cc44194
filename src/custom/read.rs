//! Reading numbers back: `parse`, `parse_lenient` and `is_valid`.

use super::charset::in_mask;
use super::error::{NumberError, NumberErrorKind, SegmentKind};
use super::format::*;
use super::{CustomNumber, ParsedNumber};
use crate::check::CheckChars;

impl CustomFormat {
    // -----------------------------------------------------------------------------------------
    // Parsing numbers
    // -----------------------------------------------------------------------------------------

    /// Validates `s` exactly as printed (canonical form: same case, every separator) and
    /// takes it apart; the sequence comes back un-permuted.
    ///
    /// # Errors
    ///
    /// A [`NumberError`] naming the segment, the byte index and expected vs found values:
    /// [`NumberErrorKind::Empty`], [`NumberErrorKind::InvalidLength`] (any other length),
    /// [`NumberErrorKind::Literal`] (`"ACMX-…"`), [`NumberErrorKind::InvalidChar`] (a letter
    /// in a seq segment, `I` in a crockford segment, lower case),
    /// [`NumberErrorKind::InvalidDate`] (month 13), [`NumberErrorKind::CheckMismatch`].
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, NumberErrorKind};
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6}".parse()?;
    /// let p = f.parse("ACME-2403-000042")?;
    /// assert_eq!(p.sequence(), Some(42));
    /// let err = f.parse("ACME-2413-000042").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid YYMM date at index 5");
    /// assert!(f.parse("acme-2403-000042").is_err()); // see parse_lenient
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(&self, s: &str) -> Result<ParsedNumber, NumberError> {
        let mut parsed = ParsedNumber::EMPTY;
        if self.read_exact(s.as_bytes(), Some(&mut parsed)) {
            return Ok(parsed);
        }
        // Invalid (or unusual): the detailed reader names the problem.
        self.read(s.as_bytes(), false)
    }

    /// Like [`parse`](Self::parse), but forgiving what people do when they retype a
    /// number: surrounding and inner spaces, tabs, `-`, `.`, `_`, `/` and no-break spaces are
    /// skipped, literal characters other than letters and digits may be missing, and lower
    /// case is accepted.
    /// The result holds the canonical number and reports
    /// [`was_normalized`](ParsedNumber::was_normalized).
    ///
    /// # Errors
    ///
    /// As [`parse`](Self::parse); lengths count characters other than separators, indices
    /// point into `s` as given, and [`NumberErrorKind::Trailing`] reports extra characters.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6}".parse()?;
    /// let p = f.parse_lenient(" acme 2403 000 042 ")?;
    /// assert_eq!(p.number().as_str(), "ACME-2403-000042");
    /// assert!(p.was_normalized());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_lenient(&self, s: &str) -> Result<ParsedNumber, NumberError> {
        self.read(s.as_bytes(), true)
    }

    /// Whether `s` is a valid number in canonical form. Cheap; no rich error.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:3}{check:luhn}".parse()?;
    /// assert!(f.is_valid("7898"));
    /// assert!(!f.is_valid("7895"));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn is_valid(&self, s: &str) -> bool {
        self.read_exact(s.as_bytes(), None)
    }

    /// Whether `input` is a valid number in canonical form, filling `parsed` (from
    /// [`ParsedNumber::EMPTY`]) when given: the fast path of [`parse`](Self::parse) and
    /// [`is_valid`](Self::is_valid). It accepts exactly what `read(input, false)` accepts,
    /// with the same result (`read_exact_equals_read` checks this); errors are left to
    /// `read`.
    #[inline(always)]
    pub(super) fn read_exact(&self, input: &[u8], mut parsed: Option<&mut ParsedNumber>) -> bool {
        let len = usize::from(self.len);
        if input.len() != len || len == 0 {
            return false;
        }
        let mut literals = self.literal_mask;
        while literals != 0 {
            let i = literals.trailing_zeros() as usize;
            if input.get(i) != self.template.get(i) {
                return false;
            }
            literals &= literals - 1;
        }
        for step in self.steps() {
            match *step {
                Step::Date { f, at } => {
                    let at = usize::from(at);
                    let Some(stamp) = input.get(at..at + f.len()).and_then(|c| f.read(c)) else {
                        return false;
                    };
                    if let Some(p) = parsed.as_deref_mut() {
                        p.date = Some(stamp);
                    }
                }
                Step::Seq { width, permuted, at } => {
                    let at = usize::from(at);
                    if permuted && self.key.is_none() {
                        return false;
                    }
                    let Some(digits) = input.get(at..at + usize::from(width)) else {
                        return false;
                    };
                    let mut v = 0u64;
                    for &b in digits {
                        let d = b.wrapping_sub(b'0');
                        if d > 9 {
                            return false;
                        }
                        v = v * 10 + u64::from(d);
                    }
                    if let Some(p) = parsed.as_deref_mut() {
                        p.printed_sequence = Some(v);
                        p.sequence = Some(match (permuted, &self.perm) {
                            (true, Some(perm)) => perm.invert(v).unwrap_or(v),
                            _ => v,
                        });
                    }
                }
                Step::Rand { len, alpha, at } => {
                    let at = usize::from(at);
                    let Some(chars) = input.get(at..at + usize::from(len)) else {
                        return false;
                    };
                    let mask = self.alpha_mask(alpha);
                    if !chars.iter().all(|&b| in_mask(mask, b)) {
                        return false;
                    }
                    if let Some(p) = parsed.as_deref_mut() {
                        let r = usize::from(p.random_len);
                        if let Some(dst) = p.random.get_mut(r..r + chars.len()) {
                            dst.copy_from_slice(chars);
                        }
                        p.random_len += len;
                    }
                }
                Step::Check { at, width } => {
                    let at = usize::from(at);
                    let Ok((bytes, n)) = self.check_in_place(input) else {
                        return false;
                    };
                    if n != usize::from(width) {
                        return false;
                    }
                    let found = input.get(at..at + n).unwrap_or_default();
                    if found != bytes.get(..n).unwrap_or_default() {
                        return false;
                    }
                    if let Some(p) = parsed.as_deref_mut() {
                        let check = match *found {
                            [a] => CheckChars::from_ascii(a),
                            [a, b] => CheckChars::from_ascii_pair(a, b),
                            _ => None,
                        };
                        if check.is_none() {
                            return false; // unusual: leave it to the detailed reader
                        }
                        p.check = check;
                    }
                }
            }
        }
        if let Some(p) = parsed {
            let mut bytes = [0u8; MAX_LEN];
            if let Some(dst) = bytes.get_mut(..len) {
                dst.copy_from_slice(input);
            }
            p.number = CustomNumber::from_buf(bytes, len);
        }
        true
    }

    /// Number of non-separator bytes of `input` (lenient lengths).
    pub(super) fn significant_len(input: &[u8]) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < input.len() {
            match sep_width(input, i) {
                0 => {
                    n += 1;
                    i += 1;
                }
                w => i += w,
            }
        }
        n
    }

    pub(super) fn read(&self, input: &[u8], lenient: bool) -> Result<ParsedNumber, NumberError> {
        let err = |k| Err(NumberError::new(k));
        let expected_len = usize::from(self.len);
        if !lenient {
            if input.is_empty() {
                return err(NumberErrorKind::Empty);
            }
            if input.len() != expected_len {
                return err(NumberErrorKind::InvalidLength {
                    len: input.len(),
                    expected: expected_len,
                });
            }
        }
        let mut canon = [0u8; MAX_LEN];
        // Input index of each canonical character (an input past 4 GiB is refused, its
        // length counted as the docs say: without separators in lenient mode)
        if u32::try_from(input.len()).is_err() {
            let len = if lenient { Self::significant_len(input) } else { input.len() };
            return err(NumberErrorKind::InvalidLength { len, expected: expected_len });
        }
        let mut at = [0u32; MAX_LEN];
        let mut pos = 0usize;
        let mut i = 0usize;
        let mut payload = [0u8; MAX_LEN];
        let mut plen = 0usize;
        let mut parsed = ParsedNumber::EMPTY;
        // The next significant byte at or after `i` (lenient: separators skipped).
        let next = |i: &mut usize| -> Option<(usize, u8)> {
            if lenient {
                while *i < input.len() {
                    let w = sep_width(input, *i);
                    if w == 0 {
                        break;
                    }
                    *i += w;
                }
            }
            let b = *input.get(*i)?;
            let at = *i;
            *i += 1;
            Some((at, if lenient { b.to_ascii_uppercase() } else { b }))
        };
        let too_short = |input: &[u8]| {
            if lenient {
                let len = Self::significant_len(input);
                if len == 0 {
                    return NumberError::new(NumberErrorKind::Empty);
                }
                NumberError::new(NumberErrorKind::InvalidLength {
                    len,
                    expected: usize::from(self.loose_len),
                })
            } else {
                NumberError::new(NumberErrorKind::InvalidLength {
                    len: input.len(),
                    expected: expected_len,
                })
            }
        };

        for (segment, seg) in self.segments().iter().enumerate() {
            let start = pos;
            match *seg {
                Seg::Unused => continue,
                Seg::Literal { start: s, len } => {
                    for &c in self.pool_str(s, len) {
                        if lenient && !c.is_ascii_alphanumeric() {
                            // Literal punctuation is optional: consume it if present.
                            if input.get(i) == Some(&c) {
                                i += 1;
                            }
                            canon[pos] = c;
                            at[pos] = i as u32;
                            pos += 1;
                            continue;
                        }
                        let (j, b) = next(&mut i).ok_or_else(|| too_short(input))?;
                        let same = if lenient { b == c.to_ascii_uppercase() } else { b == c };
                        if !same {
                            return err(NumberErrorKind::Literal {
                                segment,
                                index: j,
                                expected: c,
                                found: input[j],
                            });
                        }
                        canon[pos] = c;
                        at[pos] = j as u32;
                        pos += 1;
                    }
                    continue;
                }
                _ => {}
            }
            let width = match *seg {
                Seg::Date(f) => f.len(),
                Seg::Seq { width, .. } => usize::from(width),
                Seg::Rand { len, .. } => usize::from(len),
                Seg::Check(c) => c.alg().check_len(),
                _ => 0,
            };
            let is_rand = matches!(seg, Seg::Rand { .. });
            for _ in 0..width {
                let (j, b) = next(&mut i).ok_or_else(|| too_short(input))?;
                canon[pos] = b;
                at[pos] = j as u32;
                pos += 1;
                // every non-literal character is payload for a later check
                payload[plen] = b;
                plen += 1;
                if is_rand {
                    let r = usize::from(parsed.random_len);
                    parsed.random[r] = b;
                    parsed.random_len += 1;
                }
            }
            let chunk = &canon[start..pos];
            let kind = match *seg {
                Seg::Date(_) => SegmentKind::Date,
                Seg::Seq { .. } => SegmentKind::Sequence,
                Seg::Rand { .. } => SegmentKind::Random,
                _ => SegmentKind::Check,
            };
            let invalid = |k: usize| {
                NumberError::new(NumberErrorKind::InvalidChar {
                    segment,
                    kind,
                    index: at[start + k] as usize,
                    found: input[at[start + k] as usize],
                })
            };
            match *seg {
                Seg::Date(f) => {
                    if let Some(k) = chunk.iter().position(|b| !b.is_ascii_digit()) {
                        return Err(invalid(k));
                    }
                    let stamp =
                        f.read(chunk).ok_or(NumberError::new(NumberErrorKind::InvalidDate {
                            segment,
                            index: at[start] as usize,
                            format: f,
                        }))?;
                    parsed.date = Some(stamp);
                }
                Seg::Seq { permuted, .. } => {
                    if permuted && self.key.is_none() {
                        return Err(NumberError::new(NumberErrorKind::MissingKey { segment }));
                    }
                    let mut v = 0u64;
                    for (k, &b) in chunk.iter().enumerate() {
                        if !b.is_ascii_digit() {
                            return Err(invalid(k));
                        }
                        v = v * 10 + u64::from(b - b'0');
                    }
                    parsed.printed_sequence = Some(v);
                    parsed.sequence = Some(match (permuted, &self.perm) {
                        (true, Some(p)) => p.invert(v).unwrap_or(v),
                        _ => v,
                    });
                }
                Seg::Rand { alpha, .. } => {
                    let mask = self.alpha_mask(alpha);
                    for (k, &b) in chunk.iter().enumerate() {
                        if !in_mask(mask, b) {
                            return Err(invalid(k));
                        }
                    }
                }
                Seg::Check(c) => {
                    let alg = c.alg();
                    // the payload already holds this segment's characters: leave them out
                    let covered = plen - chunk.len();
                    let expected = alg.compute(&payload[..covered]).map_err(|_| invalid(0))?;
                    let want = expected.as_bytes();
                    let same =
                        want.len() == chunk.len() && want.iter().zip(chunk).all(|(a, b)| a == b);
                    if !same {
                        let found = match chunk {
                            [a] => CheckChars::from_ascii(*a),
                            [a, b] => CheckChars::from_ascii_pair(*a, *b),
                            _ => None,
                        };
                        return match found {
                            Some(found) => err(NumberErrorKind::CheckMismatch {
                                segment,
                                index: at[start] as usize,
                                expected,
                                found,
                            }),
                            None => {
                                let k =
                                    chunk.iter().position(|b| !b.is_ascii_graphic()).unwrap_or(0);
                                Err(invalid(k))
                            }
                        };
                    }
                    parsed.check = Some(expected);
                }
                _ => {}
            }
        }
        if lenient {
            while i < input.len() {
                let w = sep_width(input, i);
                if w == 0 {
                    return err(NumberErrorKind::Trailing { index: i, found: input[i] });
                }
                i += w;
            }
            parsed.normalised = input != &canon[..pos];
        }
        parsed.number = CustomNumber::from_buf(canon, pos);
        Ok(parsed)
    }
}

/// Width in bytes of a separator at `input[i]` (0 if none): ASCII separators and the UTF-8
/// no-break space.
pub(super) fn sep_width(input: &[u8], i: usize) -> usize {
    match input.get(i) {
        Some(&b) if is_separator(b) => 1,
        Some(0xC2) if input.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    }
}
