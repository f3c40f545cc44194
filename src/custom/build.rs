//! Building a format segment by segment (shared by the builder and the pattern parser).

use super::error::{PatternError, PatternErrorKind, SegmentKind};
use super::format::*;
use super::{Charset, DateFormat, Permutation};
use crate::check::{Algorithm, CheckDigit};

// ---------------------------------------------------------------------------------------------
// Construction (shared by the builder and the pattern parser)
// ---------------------------------------------------------------------------------------------

impl CustomFormat {
    pub(super) fn push(&mut self, seg: Seg, len: usize) -> Result<(), PatternErrorKind> {
        if usize::from(self.nsegs) >= MAX_SEGMENTS {
            return Err(PatternErrorKind::TooManySegments);
        }
        if usize::from(self.len) + len > MAX_LEN {
            return Err(PatternErrorKind::TooLong);
        }
        let once = match seg {
            Seg::Date(_) => Some(SegmentKind::Date),
            Seg::Seq { .. } => Some(SegmentKind::Sequence),
            Seg::Check(_) => Some(SegmentKind::Check),
            _ => None,
        };
        if let Some(kind) = once {
            let dup = self.segments().iter().any(|s| {
                matches!(
                    (s, kind),
                    (Seg::Date(_), SegmentKind::Date)
                        | (Seg::Seq { .. }, SegmentKind::Sequence)
                        | (Seg::Check(_), SegmentKind::Check)
                )
            });
            if dup {
                return Err(PatternErrorKind::Duplicate { segment: kind });
            }
        }
        if let Seg::Check(c) = seg {
            self.check_compatible(c.alg())?;
        }
        self.segs[usize::from(self.nsegs)] = seg;
        self.nsegs += 1;
        self.len += len as u8;
        self.loose_len += len as u8;
        Ok(())
    }

    /// Every character the non-literal segments so far can produce must be accepted by
    /// `alg`, and there must be at least one.
    pub(super) fn check_compatible(&self, alg: &dyn CheckDigit) -> Result<(), PatternErrorKind> {
        let accepted = alg.alphabet();
        // A sample payload (each segment's first character) to catch fixed-length algorithms.
        let mut sample = [0u8; MAX_LEN];
        let mut len = 0usize;
        for s in self.segments() {
            let (chars, width): (&[u8], usize) = match *s {
                Seg::Date(f) => (b"0123456789", f.len()),
                Seg::Seq { width, .. } => (b"0123456789", usize::from(width)),
                Seg::Rand { alpha, len } => (self.alpha_bytes(alpha), usize::from(len)),
                _ => continue,
            };
            if let Some(&byte) = chars.iter().find(|&&b| !accepted.contains(b)) {
                return Err(PatternErrorKind::CheckAlphabet { byte });
            }
            let first = chars.first().copied().unwrap_or(b'0');
            if let Some(dst) = sample.get_mut(len..len + width) {
                dst.fill(first);
            }
            len += width;
        }
        if len == 0 {
            return Err(PatternErrorKind::CheckWithoutPayload);
        }
        match alg.compute(sample.get(..len).unwrap_or(&[])) {
            Err(e) => match e.kind() {
                crate::check::ErrorKind::InvalidLength { len, expected } => {
                    Err(PatternErrorKind::CheckLength { len, expected })
                }
                _ => Ok(()),
            },
            Ok(_) => Ok(()),
        }
    }

    pub(super) fn push_literal(&mut self, text: &[u8]) -> Result<(), PatternErrorKind> {
        for &b in text {
            self.push_literal_byte(b)?;
        }
        Ok(())
    }

    pub(super) fn push_literal_byte(&mut self, b: u8) -> Result<(), PatternErrorKind> {
        if !(b' '..=b'~').contains(&b) {
            return Err(PatternErrorKind::InvalidLiteral { byte: b });
        }
        if usize::from(self.pool_len) >= POOL {
            return Err(PatternErrorKind::StorageFull);
        }
        if usize::from(self.len) >= MAX_LEN {
            return Err(PatternErrorKind::TooLong);
        }
        let n = usize::from(self.nsegs);
        let extend = match n.checked_sub(1).map(|k| self.segs[k]) {
            Some(Seg::Literal { start, len }) => {
                usize::from(start) + usize::from(len) == usize::from(self.pool_len)
            }
            _ => false,
        };
        if !extend {
            if n >= MAX_SEGMENTS {
                return Err(PatternErrorKind::TooManySegments);
            }
            self.segs[n] = Seg::Literal { start: self.pool_len, len: 0 };
            self.nsegs += 1;
        }
        let k = usize::from(self.nsegs) - 1;
        if let Seg::Literal { len, .. } = &mut self.segs[k] {
            *len += 1;
        }
        self.pool[usize::from(self.pool_len)] = b;
        self.pool_len += 1;
        self.len += 1;
        if b.is_ascii_alphanumeric() {
            self.loose_len += 1;
        }
        Ok(())
    }

    pub(super) fn push_user_alphabet(
        &mut self,
        len: u8,
        chars: &[u8],
    ) -> Result<(), PatternErrorKind> {
        let valid = (2..=36).contains(&chars.len())
            && chars.iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            && chars.iter().enumerate().all(|(k, b)| !chars[..k].contains(b));
        if !valid {
            return Err(PatternErrorKind::InvalidAlphabet);
        }
        let start = usize::from(self.pool_len);
        if start + chars.len() > POOL {
            return Err(PatternErrorKind::StorageFull);
        }
        // Reserve the segment first so a failing push leaves the pool untouched.
        let seg =
            Seg::Rand { len, alpha: Alpha::Pool { start: start as u8, len: chars.len() as u8 } };
        self.pool[start..start + chars.len()].copy_from_slice(chars);
        self.pool_len += chars.len() as u8;
        if let Err(e) = self.push(seg, usize::from(len)) {
            self.pool_len -= chars.len() as u8;
            self.pool[start..start + chars.len()].fill(0);
            return Err(e);
        }
        Ok(())
    }

    pub(super) fn finish(mut self) -> Result<CustomFormat, PatternErrorKind> {
        let mut variable = false;
        let segs = self.segs;
        for s in &segs[..usize::from(self.nsegs).min(MAX_SEGMENTS)] {
            match *s {
                Seg::Date(_) | Seg::Rand { .. } => variable = true,
                Seg::Seq { width, permuted } => {
                    variable = true;
                    if permuted {
                        self.perm = Permutation::decimal(u32::from(width), self.key.unwrap_or(0));
                    }
                }
                _ => {}
            }
        }
        if !variable {
            return Err(PatternErrorKind::NoVariablePart);
        }
        // The derived hot-path data.
        self.template = [0; MAX_LEN + SLACK];
        self.steps = CustomFormat::EMPTY.steps;
        self.nsteps = 0;
        self.literal_mask = 0;
        self.runs = CustomFormat::EMPTY.runs;
        self.nruns = 0;
        self.check = None;
        let mut pos = 0usize;
        for s in &segs[..usize::from(self.nsegs).min(MAX_SEGMENTS)] {
            let width = self.seg_width(s);
            let at = pos as u8;
            let step = match *s {
                Seg::Unused => None,
                Seg::Literal { start, len } => {
                    let (from, n) = (usize::from(start), usize::from(len));
                    if let (Some(dst), Some(src)) =
                        (self.template.get_mut(pos..pos + n), self.pool.get(from..from + n))
                    {
                        dst.copy_from_slice(src);
                    }
                    for i in pos..(pos + n).min(MAX_LEN) {
                        self.literal_mask |= 1 << i;
                    }
                    None
                }
                Seg::Date(f) => Some(Step::Date { f, at }),
                Seg::Seq { width, permuted } => Some(Step::Seq { width, permuted, at }),
                Seg::Rand { len, alpha } => Some(Step::Rand { len, alpha, at }),
                Seg::Check(c) => {
                    self.check = Some(c);
                    Some(Step::Check { at, width: width as u8 })
                }
            };
            // Payload runs: non-literal characters before the check, adjacent ones merged.
            if self.check.is_none() && !matches!(s, Seg::Literal { .. } | Seg::Unused) {
                let k = usize::from(self.nruns);
                match k.checked_sub(1).map(|j| self.runs[j]) {
                    Some((start, len)) if usize::from(start) + usize::from(len) == pos => {
                        self.runs[k - 1].1 += width as u8;
                    }
                    _ => {
                        self.runs[k] = (at, width as u8);
                        self.nruns += 1;
                    }
                }
            }
            if let Some(step) = step {
                self.steps[usize::from(self.nsteps)] = step;
                self.nsteps += 1;
            }
            pos += width;
        }
        Ok(self)
    }

    /// Width of a segment in a canonical number.
    pub(super) fn seg_width(&self, seg: &Seg) -> usize {
        match *seg {
            Seg::Unused => 0,
            Seg::Literal { len, .. } => usize::from(len),
            Seg::Date(f) => f.len(),
            Seg::Seq { width, .. } => usize::from(width),
            Seg::Rand { len, .. } => usize::from(len),
            Seg::Check(c) => c.alg().check_len(),
        }
    }

    /// Parses the arguments of one `{…}` segment; `base` is the byte offset of its body.
    pub(super) fn push_spec(
        &mut self,
        body: &str,
        base: usize,
        checks: &[UserCheck],
    ) -> Result<(), PatternError> {
        let seg_pos = base - 1;
        let mut parts = [("", 0usize); 4];
        let mut count = 0;
        let mut offset = 0;
        for piece in body.split(':') {
            if count == parts.len() {
                return Err(PatternError::at_byte(
                    PatternErrorKind::UnexpectedArgument,
                    base + offset,
                ));
            }
            parts[count] = (piece, base + offset);
            count += 1;
            offset += piece.len() + 1;
        }
        let args = &parts[1..count];
        let at = |k: PatternErrorKind, p: usize| PatternError::at_byte(k, p);
        let arg = |k: usize| -> Result<(&str, usize), PatternError> {
            args.get(k).copied().ok_or(at(PatternErrorKind::MissingArgument, base + body.len()))
        };
        let max_args = |n: usize| -> Result<(), PatternError> {
            match args.get(n) {
                Some(&(_, p)) => Err(at(PatternErrorKind::UnexpectedArgument, p)),
                None => Ok(()),
            }
        };
        let width = |(s, p): (&str, usize), max: u8| -> Result<u8, PatternError> {
            let bad = at(PatternErrorKind::InvalidLength { max }, p);
            if s.is_empty()
                || s.len() > 2
                || s.starts_with('0')
                || !s.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(bad);
            }
            let v: u8 = s.parse().map_err(|_| bad)?;
            if v == 0 || v > max {
                return Err(bad);
            }
            Ok(v)
        };
        let here = |r: Result<(), PatternErrorKind>| r.map_err(|k| at(k, seg_pos));
        match parts[0].0 {
            "date" => {
                let (fmt, p) = arg(0)?;
                max_args(1)?;
                let f: DateFormat =
                    fmt.parse().map_err(|_| at(PatternErrorKind::UnknownDateFormat, p))?;
                here(self.push(Seg::Date(f), f.len()))
            }
            "seq" => {
                let w = width(arg(0)?, MAX_SEQ_WIDTH)?;
                max_args(2)?;
                let permuted = match args.get(1) {
                    None => false,
                    Some(&("perm", _)) => true,
                    Some(&(_, p)) => return Err(at(PatternErrorKind::UnknownOption, p)),
                };
                here(self.push(Seg::Seq { width: w, permuted }, usize::from(w)))
            }
            "rand" => {
                let n = width(arg(0)?, MAX_LEN as u8)?;
                max_args(2)?;
                match args.get(1) {
                    None => here(self.push(
                        Seg::Rand { len: n, alpha: Alpha::Set(Charset::Digits) },
                        usize::from(n),
                    )),
                    Some(&(name, p)) => {
                        if let Some(inner) =
                            name.strip_prefix('[').and_then(|s| s.strip_suffix(']'))
                        {
                            self.push_user_alphabet(n, inner.as_bytes()).map_err(|k| match k {
                                PatternErrorKind::InvalidAlphabet
                                | PatternErrorKind::StorageFull => at(k, p),
                                other => at(other, seg_pos),
                            })
                        } else {
                            let c: Charset = name
                                .parse()
                                .map_err(|_| at(PatternErrorKind::UnknownAlphabet, p))?;
                            here(
                                self.push(
                                    Seg::Rand { len: n, alpha: Alpha::Set(c) },
                                    usize::from(n),
                                ),
                            )
                        }
                    }
                }
            }
            "check" => {
                let (id, p) = arg(0)?;
                max_args(1)?;
                if let Some(&(id, alg)) = checks.iter().find(|(name, _)| *name == id) {
                    return here(
                        self.push(Seg::Check(Checker::Custom { id, alg }), alg.check_len()),
                    );
                }
                let alg: Algorithm =
                    id.parse().map_err(|_| at(PatternErrorKind::UnknownAlgorithm, p))?;
                here(self.push(Seg::Check(Checker::Builtin(alg)), alg.check_len()))
            }
            _ => Err(at(PatternErrorKind::UnknownSegment, base)),
        }
    }
}
