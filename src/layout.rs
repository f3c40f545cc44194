//! The layout model: what one printed shape of a tracking number looks like, and the matcher
//! that tests a normalised string against it.
//!
//! A [`Layout`] is a sequence of character-class segments ([`Seg`]: digits, letters, a
//! literal, one byte of a set, …; at most one of variable length), an optional check
//! character ([`CheckSpec`]: which algorithm, over which span, at which position, with an
//! implied prefix), named field spans, the span to display and link, a grouping for
//! printing, and an optional extra rule ([`Extra`]). Layouts know nothing about carriers or
//! formats: the registry (`format.rs` and `formats/`) pairs them with those.
//!
//! Matching is two steps. [`Classes::of`] classifies an input once (which positions hold
//! digits, which letters, the first 16 bytes); then [`Layout::matches`] answers with a few
//! mask tests (most layouts are fixed-length, their masks precomputed at compile time), and
//! [`Layout::evidence`] computes the check character only for a layout whose structure
//! matched.

use crate::bits::ascii_mask;
use crate::check::{fast, Algorithm};
use crate::country;
use crate::evidence::Evidence;
use crate::swar::{class_bits, gather};

/// The longest normalised number any layout accepts.
pub(crate) const MAX_LEN: usize = 40;

/// A position in a number: `>= 0` from the left, `< 0` from the right, [`END`] = the length.
pub(crate) type Pos = i8;
/// The end of the string, for spans over a variable-length tail.
pub(crate) const END: Pos = i8::MAX;

/// Resolves a position against a length.
#[inline]
pub(crate) const fn resolve(p: Pos, n: usize) -> usize {
    if p == END {
        n
    } else if p < 0 {
        n.saturating_sub((-(p as i16)) as usize)
    } else if (p as usize) > n {
        n
    } else {
        p as usize
    }
}

// ---------------------------------------------------------------------------------------------
// Segments
// ---------------------------------------------------------------------------------------------

/// The character class of one segment.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Class {
    /// `0-9`.
    Digit,
    /// `A-Z`.
    Upper,
    /// `0-9A-Z`.
    Alnum,
    /// Exactly these bytes.
    Lit(&'static [u8]),
    /// One byte out of this set (segment length 1).
    OneOf(&'static [u8]),
    /// One of several two-byte literals, flattened (`b"PQPK"` = `PQ` or `PK`; length 2).
    Pairs(&'static [u8]),
}

/// A run of characters of one class; `min < max` makes it the (single) variable segment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Seg {
    class: Class,
    min: u8,
    max: u8,
}

const fn seg(class: Class, min: u8, max: u8) -> Seg {
    Seg { class, min, max }
}

/// A literal.
pub(crate) const fn lit(s: &'static [u8]) -> Seg {
    seg(Class::Lit(s), s.len() as u8, s.len() as u8)
}
/// `n` digits.
pub(crate) const fn digits(n: u8) -> Seg {
    seg(Class::Digit, n, n)
}
/// Between `min` and `max` digits (the variable segment).
pub(crate) const fn digits_var(min: u8, max: u8) -> Seg {
    seg(Class::Digit, min, max)
}
/// `n` letters.
pub(crate) const fn upper(n: u8) -> Seg {
    seg(Class::Upper, n, n)
}
/// `n` letters or digits.
pub(crate) const fn alnum(n: u8) -> Seg {
    seg(Class::Alnum, n, n)
}
/// Between `min` and `max` letters or digits (the variable segment).
pub(crate) const fn alnum_var(min: u8, max: u8) -> Seg {
    seg(Class::Alnum, min, max)
}
/// One byte out of `set`.
pub(crate) const fn one_of(set: &'static [u8]) -> Seg {
    seg(Class::OneOf(set), 1, 1)
}
/// One of several two-byte literals, flattened (`b"PQPK"`).
pub(crate) const fn pairs(set: &'static [u8]) -> Seg {
    seg(Class::Pairs(set), 2, 2)
}

// ---------------------------------------------------------------------------------------------
// Check characters, fields, extra rules
// ---------------------------------------------------------------------------------------------

/// How strictly a failing check digit is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strictness {
    /// A wrong digit is a mismatch.
    Hard,
    /// The rule is unconfirmed: a pass is evidence, a failure is treated as "no check digit".
    Soft,
}

/// Where the check character sits and what it covers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CheckSpec {
    pub(crate) algo: Algorithm,
    /// Digits computed as if printed before the data (an application identifier that the
    /// printed number leaves out, such as USPS `91`).
    pub(crate) implied: &'static [u8],
    data: (Pos, Pos),
    at: Pos,
    strictness: Strictness,
}

impl CheckSpec {
    /// `(data start, data end, check position)` for an input of length `n`.
    #[inline]
    pub(crate) const fn positions(&self, n: usize) -> (usize, usize, usize) {
        (resolve(self.data.0, n), resolve(self.data.1, n), resolve(self.at, n))
    }
}

/// A named field of a layout (the public `Field` enum names them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Service,
    Shipper,
    Serial,
    Package,
    Country,
    CountryNumeric,
    Zip,
    Depot,
}

/// A field and its span.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldSpan {
    kind: FieldKind,
    start: Pos,
    end: Pos,
}

/// A field span.
pub(crate) const fn field(kind: FieldKind, start: Pos, end: Pos) -> FieldSpan {
    FieldSpan { kind, start, end }
}

/// Structural rules beyond the segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Extra {
    None,
    /// Must not start with these bytes (USPS legacy 20 vs SSCC `00`).
    NotPrefix(&'static [u8]),
    /// UPU S10: the service indicator's first letter is not a reserved one (J K S T W) and
    /// the last two letters are a country code an operator can use.
    S10,
    /// At least one digit and one letter.
    Mixed,
    /// The last two letters are a country code an S10 operator can use (the first letter is
    /// constrained by the segments).
    Country,
}

// ---------------------------------------------------------------------------------------------
// Classes: an input classified once
// ---------------------------------------------------------------------------------------------

/// Which positions of an input hold digits and which upper-case letters, and its first 16
/// bytes: everything the mask tests of [`Layout::matches`] read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Classes {
    pub(crate) digits: u64,
    pub(crate) upper: u64,
    /// The first 16 bytes, little-endian, zero-padded.
    head: u128,
}

impl Classes {
    /// Classifies `s`; `None` if it is empty, longer than [`MAX_LEN`] or has a byte outside
    /// `0-9A-Z`. Eight bytes per step.
    #[inline]
    pub(crate) fn of(s: &[u8]) -> Option<Classes> {
        let n = s.len();
        if n == 0 || n > MAX_LEN {
            return None;
        }
        // whole words straight from the input, the last partial one zero-padded (read as
        // the input's last eight bytes shifted, when there are eight)
        let load = |at: usize| {
            s.get(at..).and_then(|t| t.first_chunk::<8>()).map_or(0, |c| u64::from_le_bytes(*c))
        };
        let mut words = [0u64; MAX_LEN.div_ceil(8)];
        let (full, rem) = (n / 8, n % 8);
        for (k, w) in words.iter_mut().enumerate().take(full) {
            *w = load(8 * k);
        }
        if rem != 0 {
            let last = if n >= 8 {
                load(n - 8) >> (8 * (8 - rem))
            } else {
                s.iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b))
            };
            if let Some(w) = words.get_mut(full) {
                *w = last;
            }
        }
        let (mut digits, mut alnum) = (0u64, 0u64);
        for (k, &w) in words.iter().enumerate().take(n.div_ceil(8)) {
            // the zero padding is neither a digit nor a letter
            let (d, u) = class_bits(w);
            digits |= gather(d) << (8 * k);
            alnum |= gather(d | u) << (8 * k);
        }
        if alnum != (1u64 << n) - 1 {
            return None;
        }
        Some(Classes {
            digits,
            upper: alnum & !digits,
            head: u128::from(words[0]) | (u128::from(words[1]) << 64),
        })
    }

    /// Whether every byte is a digit.
    #[inline]
    pub(crate) fn all_digits(&self) -> bool {
        self.upper == 0
    }
}

/// The index of a byte in `0-9A-Z` (digits 0–9, letters 10–35), or `None`.
#[inline]
pub(crate) const fn class_index(b: u8) -> Option<usize> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as usize),
        b'A'..=b'Z' => Some((b - b'A') as usize + 10),
        _ => None,
    }
}

/// A byte as a bit of a set over `0-9A-Z`.
const fn bit_of(b: u8) -> u64 {
    match class_index(b) {
        Some(i) => 1u64 << i,
        None => 0,
    }
}

/// Every byte of `0-9A-Z`.
pub(crate) const ANY: u64 = 0xF_FFFF_FFFF;
pub(crate) const DIGIT_SET: u64 = 0x3FF;
pub(crate) const UPPER_SET: u64 = ANY & !DIGIT_SET;

/// The bytes a class accepts at offset `k` into a segment of it.
const fn class_set(class: Class, k: usize) -> u64 {
    match class {
        Class::Digit => DIGIT_SET,
        Class::Upper => UPPER_SET,
        Class::Alnum => ANY,
        Class::Lit(l) => bit_of(l[k]),
        Class::OneOf(set) | Class::Pairs(set) => {
            let step = if matches!(class, Class::Pairs(_)) { 2 } else { 1 };
            let mut m = 0;
            let mut i = k;
            while i < set.len() {
                m |= bit_of(set[i]);
                i += step;
            }
            m
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

/// Precomputed masks of a layout whose only variable segment (if any) is the last one:
/// positions that must be digits or letters, literal bytes within the first 16 positions,
/// and up to two one-of sets at fixed positions.
#[derive(Clone, Copy, Debug)]
struct FastMasks {
    digits: u64,
    upper: u64,
    lit_val: u128,
    lit_mask: u128,
    /// One-of sets: `(position, bit set over byte values < 128)`; `n_sets` are used.
    sets: [(u8, u128); 2],
    n_sets: u8,
    /// Whether a segment (pairs, or a third one-of set) still needs the segment walk.
    special: bool,
    /// A variable last segment from `tail_start` to the end: 0 = none or alphanumeric,
    /// 1 = digits, 2 = letters.
    tail: u8,
    tail_start: u8,
}

const fn fast_masks(segs: &[Seg]) -> Option<FastMasks> {
    let mut m = FastMasks {
        digits: 0,
        upper: 0,
        lit_val: 0,
        lit_mask: 0,
        sets: [(0, 0); 2],
        n_sets: 0,
        special: false,
        tail: 0,
        tail_start: 0,
    };
    let mut pos = 0usize;
    let mut i = 0;
    while i < segs.len() {
        let s = segs[i];
        if s.min != s.max {
            // a variable segment is only supported last, and only a plain class
            if i + 1 != segs.len() {
                return None;
            }
            m.tail_start = pos as u8;
            m.tail = match s.class {
                Class::Digit => 1,
                Class::Upper => 2,
                Class::Alnum => 0,
                _ => return None,
            };
            return Some(m);
        }
        let len = s.min as usize;
        let range = ((1u64 << len) - 1) << pos;
        match s.class {
            Class::Digit => m.digits |= range,
            Class::Upper => m.upper |= range,
            Class::Alnum => {}
            Class::Lit(l) => {
                let mut j = 0;
                while j < len {
                    if pos + j < 16 {
                        m.lit_val |= (l[j] as u128) << (8 * (pos + j));
                        m.lit_mask |= 0xFFu128 << (8 * (pos + j));
                    } else {
                        m.special = true;
                    }
                    j += 1;
                }
            }
            Class::OneOf(set) => {
                if (m.n_sets as usize) < m.sets.len() {
                    m.sets[m.n_sets as usize] = (pos as u8, ascii_mask(set));
                    m.n_sets += 1;
                } else {
                    m.special = true;
                }
            }
            Class::Pairs(_) => m.special = true,
        }
        pos += len;
        i += 1;
    }
    Some(m)
}

/// One printed shape of a number: segments, check character, fields, display span,
/// grouping and extra rule. Built with `const` builder methods in the registry's data files.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Layout {
    segs: &'static [Seg],
    pub(crate) min_len: u8,
    pub(crate) max_len: u8,
    fixed_len: u8,
    /// Literal characters count 2, letters and one-of bytes 1 (0 for a set that takes every
    /// digit), free digits 0: how much the structure alone sets a string apart.
    pub(crate) specificity: u8,
    pub(crate) check: Option<CheckSpec>,
    fields: &'static [FieldSpan],
    display: Option<(Pos, Pos)>,
    pub(crate) group: &'static [u8],
    pub(crate) extra: Extra,
    fast: Option<FastMasks>,
}

/// Whether `set` holds all ten digits.
const fn takes_every_digit(set: &[u8]) -> bool {
    let mut d = b'0';
    while d <= b'9' {
        let mut i = 0;
        let mut found = false;
        while i < set.len() {
            found |= set[i] == d;
            i += 1;
        }
        if !found {
            return false;
        }
        d += 1;
    }
    true
}

impl Layout {
    /// A layout made of `segs` (at most one variable-length segment).
    pub(crate) const fn new(segs: &'static [Seg]) -> Layout {
        let (mut min, mut max, mut fixed, mut spec, mut vars) = (0u32, 0u32, 0u32, 0u32, 0);
        let mut i = 0;
        while i < segs.len() {
            let s = segs[i];
            min += s.min as u32;
            max += s.max as u32;
            if s.min == s.max {
                fixed += s.min as u32;
            } else {
                vars += 1;
            }
            spec += match s.class {
                Class::Digit | Class::Alnum => 0,
                // a set that takes every digit sets a digit run apart no more than a free digit
                // (YRC's check character `0`–`9` or `X`)
                Class::OneOf(set) if takes_every_digit(set) => 0,
                // a pair drawn from a set counts like two restricted characters
                Class::Upper | Class::OneOf(_) | Class::Pairs(_) => s.min as u32,
                Class::Lit(_) => 2 * s.min as u32,
            };
            i += 1;
        }
        assert!(vars <= 1, "at most one variable segment per layout");
        assert!(max as usize <= MAX_LEN, "layout longer than MAX_LEN");
        assert!(min > 0, "empty layout");
        Layout {
            segs,
            min_len: min as u8,
            max_len: max as u8,
            fixed_len: fixed as u8,
            specificity: if spec > 255 { 255 } else { spec as u8 },
            check: None,
            fields: &[],
            display: None,
            group: &[],
            extra: Extra::None,
            fast: fast_masks(segs),
        }
    }

    /// A check character at `at` over `data`.
    pub(crate) const fn check(self, algo: Algorithm, data: (Pos, Pos), at: Pos) -> Layout {
        self.check_with(algo, b"", data, at, Strictness::Hard)
    }

    /// A check character computed as if `implied` were printed in front of `data`.
    pub(crate) const fn check_implied(
        self,
        algo: Algorithm,
        implied: &'static [u8],
        data: (Pos, Pos),
        at: Pos,
    ) -> Layout {
        self.check_with(algo, implied, data, at, Strictness::Hard)
    }

    /// An unconfirmed check character: a pass is evidence, a failure means nothing.
    pub(crate) const fn soft_check(self, algo: Algorithm, data: (Pos, Pos), at: Pos) -> Layout {
        self.check_with(algo, b"", data, at, Strictness::Soft)
    }

    const fn check_with(
        mut self,
        algo: Algorithm,
        implied: &'static [u8],
        data: (Pos, Pos),
        at: Pos,
        strictness: Strictness,
    ) -> Layout {
        self.check = Some(CheckSpec { algo, implied, data, at, strictness });
        self
    }

    /// Field spans.
    pub(crate) const fn fields(mut self, fields: &'static [FieldSpan]) -> Layout {
        self.fields = fields;
        self
    }

    /// The span of the number to display and link (default: all of it).
    pub(crate) const fn display(mut self, start: Pos, end: Pos) -> Layout {
        self.display = Some((start, end));
        self
    }

    /// Group sizes for printing; characters beyond them go in groups of four.
    pub(crate) const fn group(mut self, group: &'static [u8]) -> Layout {
        self.group = group;
        self
    }

    /// An extra structural rule. A validated country code counts as much as a literal of
    /// one character in the specificity (it rules out most letter pairs).
    pub(crate) const fn extra(mut self, extra: Extra) -> Layout {
        if matches!(extra, Extra::S10 | Extra::Country) {
            self.specificity = self.specificity.saturating_add(2);
        }
        self.extra = extra;
        self
    }

    /// Whether the layout has a hard check character (a failing one is a mismatch).
    pub(crate) const fn has_hard_check(&self) -> bool {
        matches!(self.check, Some(CheckSpec { strictness: Strictness::Hard, .. }))
    }

    /// Whether `s` (classified as `cls`) has this layout (classes, length, extra rules); the
    /// check character is not looked at. Each segment is one mask test or a short compare.
    #[inline(always)]
    pub(crate) fn matches(&self, s: &[u8], cls: &Classes) -> bool {
        let n = s.len();
        if n < self.min_len as usize || n > self.max_len as usize {
            return false;
        }
        if let Some(f) = self.fast {
            if cls.digits & f.digits != f.digits
                || cls.upper & f.upper != f.upper
                || cls.head & f.lit_mask != f.lit_val
            {
                return false;
            }
            if f.tail != 0 {
                let tail = ((1u64 << n) - 1) & !((1u64 << f.tail_start) - 1);
                let have = if f.tail == 1 { cls.digits } else { cls.upper };
                if have & tail != tail {
                    return false;
                }
            }
            let mut k = 0;
            while k < f.n_sets as usize && k < f.sets.len() {
                let (at, set) = f.sets[k];
                match s.get(at as usize) {
                    Some(&b) if b < 128 && set >> b & 1 == 1 => {}
                    _ => return false,
                }
                k += 1;
            }
            if !f.special {
                return self.extra_ok(s, cls);
            }
        }
        self.matches_segments(s, cls)
    }

    /// [`matches`](Self::matches) by walking the segments (also the reference the masks are
    /// tested against).
    pub(crate) fn matches_segments(&self, s: &[u8], cls: &Classes) -> bool {
        let n = s.len();
        if n < self.min_len as usize || n > self.max_len as usize {
            return false;
        }
        let var_len = n - self.fixed_len as usize;
        let mut pos = 0usize;
        for seg in self.segs {
            let len = if seg.min == seg.max { seg.min as usize } else { var_len };
            let Some(part) = s.get(pos..pos + len) else {
                return false;
            };
            let range = ((1u64 << len) - 1) << pos;
            let ok = match seg.class {
                Class::Digit => cls.digits & range == range,
                Class::Upper => cls.upper & range == range,
                Class::Alnum => (cls.digits | cls.upper) & range == range,
                Class::Lit(l) => l == part,
                Class::OneOf(set) => part.len() == 1 && set.contains(&part[0]),
                Class::Pairs(set) => set.chunks_exact(2).any(|p| p == part),
            };
            if !ok {
                return false;
            }
            pos += len;
        }
        self.extra_ok(s, cls)
    }

    #[inline(always)]
    fn extra_ok(&self, s: &[u8], cls: &Classes) -> bool {
        let country = || country::is_s10_code(s.get(s.len().saturating_sub(2)..).unwrap_or(b""));
        match self.extra {
            Extra::None => true,
            Extra::NotPrefix(p) => !s.starts_with(p),
            Extra::S10 => !matches!(s.first(), Some(b'J' | b'K' | b'S' | b'T' | b'W')) && country(),
            Extra::Mixed => cls.digits != 0 && cls.upper != 0,
            Extra::Country => country(),
        }
    }

    /// The evidence of `s` under this layout, whose structure already matched.
    #[inline]
    pub(crate) fn evidence(&self, s: &[u8]) -> Evidence {
        let Some(c) = self.check else {
            return Evidence::NoCheckDigit;
        };
        let (a, b, at) = c.positions(s.len());
        let (Some(data), Some(&found)) = (s.get(a..b), s.get(at)) else {
            return Evidence::Mismatch { expected: '?' };
        };
        let expected = if c.implied.is_empty() {
            fast::compute(c.algo, data)
        } else {
            fast::compute_prefixed(c.algo, c.implied, data)
        };
        match expected {
            Some(e) if e.first() == found => Evidence::Verified,
            _ if c.strictness == Strictness::Soft => Evidence::NoCheckDigit,
            Some(e) => Evidence::Mismatch { expected: e.first() as char },
            None => Evidence::Mismatch { expected: '?' },
        }
    }

    /// The position of the check character in a number of length `n`.
    pub(crate) fn check_at(&self, n: usize) -> Option<usize> {
        self.check.map(|c| c.positions(n).2)
    }

    /// The span of a field in a number of length `n`.
    pub(crate) fn field(&self, kind: FieldKind, n: usize) -> Option<(usize, usize)> {
        self.fields.iter().find(|f| f.kind == kind).map(|f| {
            let a = resolve(f.start, n);
            let b = resolve(f.end, n);
            (a, if b < a { a } else { b })
        })
    }

    /// The span to display and link in a number of length `n`.
    pub(crate) fn display_span(&self, n: usize) -> (usize, usize) {
        match self.display {
            Some((a, b)) => (resolve(a, n), resolve(b, n).max(resolve(a, n))),
            None => (0, n),
        }
    }

    /// The bytes this layout can have at position `pos` (a set over `0-9A-Z`), for inputs
    /// longer than `pos`; every byte once a variable segment could shift it.
    pub(crate) const fn set_at(&self, pos: usize) -> u64 {
        let mut start = 0usize;
        let mut i = 0;
        while i < self.segs.len() {
            let s = self.segs[i];
            if pos < start + s.min as usize {
                return class_set(s.class, pos - start);
            }
            if s.min != s.max {
                return ANY;
            }
            start += s.min as usize;
            i += 1;
        }
        ANY
    }

    /// The bytes this layout can end with (a set over `0-9A-Z`).
    pub(crate) const fn last_set(&self) -> u64 {
        let s = self.segs[self.segs.len() - 1];
        let k = match s.class {
            Class::Lit(l) => l.len() - 1,
            Class::Pairs(_) => 1,
            _ => 0,
        };
        class_set(s.class, k)
    }

    /// Whether an all-digit string can have this layout.
    pub(crate) const fn digits_possible(&self) -> bool {
        self.positions_admit(DIGIT_SET, true)
            && !matches!(self.extra, Extra::S10 | Extra::Mixed | Extra::Country)
    }

    /// Whether a string with a letter can have this layout.
    pub(crate) const fn letters_possible(&self) -> bool {
        self.positions_admit(UPPER_SET, false)
    }

    /// Whether every required position (`every`) or some position admits a byte of `set`.
    /// The optional positions of a segment have the class of its first.
    const fn positions_admit(&self, set: u64, every: bool) -> bool {
        let mut i = 0;
        while i < self.segs.len() {
            let s = self.segs[i];
            let n = if every { s.min } else { s.max } as usize;
            let mut k = 0;
            while k < n {
                let at = if k < s.min as usize { k } else { 0 };
                if (class_set(s.class, at) & set != 0) != every {
                    return !every;
                }
                k += 1;
            }
            i += 1;
        }
        every
    }

    /// A valid number of this layout built from `fill` (one byte per free position, taken
    /// cyclically), with its check character computed: the registry's examples and the test
    /// generators use it. `n` is the length to build (clamped to the layout's range).
    pub(crate) fn build(
        &self,
        n: usize,
        mut fill: impl FnMut(Class, usize) -> u8,
    ) -> Option<([u8; MAX_LEN], usize)> {
        let n = n.clamp(self.min_len as usize, self.max_len as usize);
        let var_len = n - self.fixed_len as usize;
        let mut out = [0u8; MAX_LEN];
        let mut pos = 0;
        for s in self.segs {
            let len = if s.min == s.max { s.min as usize } else { var_len };
            for k in 0..len {
                *out.get_mut(pos + k)? = match s.class {
                    Class::Lit(l) => *l.get(k)?,
                    Class::Pairs(set) => *set.get(k)?,
                    c => fill(c, pos + k),
                };
            }
            pos += len;
        }
        if let Some(c) = self.check {
            let (a, b, at) = c.positions(n);
            let data = out.get(a..b)?;
            let e = if c.implied.is_empty() {
                fast::compute(c.algo, data)
            } else {
                fast::compute_prefixed(c.algo, c.implied, data)
            }?;
            *out.get_mut(at)? = e.first();
        }
        Some((out, n))
    }
}

/// The bytes a one-of segment may take (for generators).
pub(crate) const fn class_choices(class: Class) -> &'static [u8] {
    match class {
        Class::Digit => b"0123456789",
        Class::Upper => b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        Class::Alnum => b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        Class::OneOf(set) => set,
        Class::Lit(l) | Class::Pairs(l) => l,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn classes_match_a_byte_loop(s in proptest::collection::vec(any::<u8>(), 0..45)) {
            let c = Classes::of(&s);
            let valid = !s.is_empty()
                && s.len() <= MAX_LEN
                && s.iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
            prop_assert_eq!(c.is_some(), valid);
            if let Some(c) = c {
                for (i, b) in s.iter().enumerate() {
                    prop_assert_eq!(c.digits >> i & 1 == 1, b.is_ascii_digit());
                    prop_assert_eq!(c.upper >> i & 1 == 1, b.is_ascii_uppercase());
                }
                let mut head = [0u8; 16];
                let k = s.len().min(16);
                head[..k].copy_from_slice(&s[..k]);
                prop_assert_eq!(c.head, u128::from_le_bytes(head));
            }
        }
    }

    #[test]
    fn masks_and_segment_walk_agree_on_a_sample_layout() {
        const L: Layout =
            Layout::new(&[lit(b"1Z"), alnum(6), one_of(b"0123"), pairs(b"ABCD"), digits_var(2, 5)]);
        for s in [
            "1ZABCDEF0AB12",
            "1ZABCDEF4AB12",
            "1ZABCDEF0CD12345",
            "1ZABCDEF0AC12",
            "2ZABCDEF0AB12",
            "1ZABCDEF0AB1X",
        ] {
            let cls = Classes::of(s.as_bytes()).unwrap();
            assert_eq!(
                L.matches(s.as_bytes(), &cls),
                L.matches_segments(s.as_bytes(), &cls),
                "{s}"
            );
        }
        assert_eq!(L.specificity, 4 + 1 + 2);
        assert_eq!((L.min_len, L.max_len), (13, 16));
    }

    #[test]
    fn resolve_positions() {
        assert_eq!(resolve(END, 9), 9);
        assert_eq!(resolve(-1, 9), 8);
        assert_eq!(resolve(-12, 9), 0);
        assert_eq!(resolve(12, 9), 9);
    }
}
