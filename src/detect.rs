//! Detection: every format a string fits, ranked, with evidence.

use core::fmt;

use crate::carrier::{
    Carrier, Confidence, Format, BASE_KEY, FIRST_MASK, KIND_MASK, LAST_MASK, LEN_MASK, MAX_KEY,
    ROWS, SECOND_MASK,
};
use crate::number::TrackingNumber;
use crate::spec::{class_index, resolve, Classes, RowRef, Strictness, MAX_LEN, PADDED};
use crate::ExtraFormat;

/// How well a candidate's check digit supports it.
///
/// ```
/// use tracking_number::{detect, Evidence};
///
/// let best = detect("1Z999AA10123456784").best().unwrap();
/// assert_eq!(best.evidence(), Evidence::Verified);
/// assert_eq!(best.evidence().as_str(), "verified");
///
/// let typo = detect("1Z999AA10123456785").best().unwrap();
/// assert_eq!(typo.evidence(), Evidence::Mismatch { expected: '4' });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Evidence {
    /// The check digit is correct.
    Verified,
    /// The format has no (known) check digit; only the structure matched.
    #[cfg_attr(feature = "serde", serde(rename = "none"))]
    NoCheckDigit,
    /// The structure matches but the check digit is wrong.
    Mismatch {
        /// The check character the rest of the number calls for.
        expected: char,
    },
}

impl Evidence {
    /// The id used in JSON output: `"verified"`, `"none"` or `"mismatch"`.
    ///
    /// ```
    /// use tracking_number::Evidence;
    ///
    /// assert_eq!(Evidence::NoCheckDigit.as_str(), "none");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Evidence::Verified => "verified",
            Evidence::NoCheckDigit => "none",
            Evidence::Mismatch { .. } => "mismatch",
        }
    }

    /// The evidence tier used by the ranking: Low-confidence layouts come after every
    /// Medium/High reading; within each group verified > no check digit > mismatch.
    const fn rank(self, confidence: Confidence) -> u32 {
        let base = match self {
            Evidence::Verified => 2,
            Evidence::NoCheckDigit => 1,
            Evidence::Mismatch { .. } => 0,
        };
        match confidence {
            Confidence::Low => base,
            _ => 3 + base,
        }
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The most candidates one input can produce (there are never more formats of one length
/// and first character; checked by a test).
pub(crate) const CAPACITY: usize = 10;

/// Evidence packed in a byte: 0 = verified, 1 = no check digit, otherwise a mismatch whose
/// expected character is this (ASCII) byte.
#[inline]
fn pack(e: Evidence) -> u8 {
    match e {
        Evidence::Verified => 0,
        Evidence::NoCheckDigit => 1,
        Evidence::Mismatch { expected } => {
            // expected characters are ASCII letters, digits or '?'
            let b = u8::try_from(expected).unwrap_or(b'?');
            if b < 2 {
                b'?'
            } else {
                b
            }
        }
    }
}

#[inline]
fn unpack(b: u8) -> Evidence {
    match b {
        0 => Evidence::Verified,
        1 => Evidence::NoCheckDigit,
        c => Evidence::Mismatch {
            expected: c as char,
        },
    }
}

/// One way to read the input: a format, its carrier and the check-digit evidence.
///
/// ```
/// use tracking_number::{detect, Carrier, Evidence, Format};
///
/// let c = detect("986578788855").best().unwrap();
/// assert_eq!(c.format(), Format::FedexExpress);
/// assert_eq!(c.carrier(), Carrier::Fedex);
/// assert_eq!(c.evidence(), Evidence::Verified);
/// assert_eq!(c.number().unwrap().as_str(), "986578788855");
/// assert_eq!(c.expected_check(), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Candidate {
    bytes: [u8; MAX_LEN],
    len: u8,
    row: u8,
    evidence: Evidence,
}

impl Candidate {
    fn row_ref(&self) -> &'static RowRef {
        &ROWS[self.row as usize]
    }

    fn input(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// The format.
    ///
    /// ```
    /// use tracking_number::{detect, Format};
    ///
    /// assert_eq!(detect("RB123456785GB").best().unwrap().format(), Format::S10);
    /// ```
    #[must_use]
    pub fn format(&self) -> Format {
        self.row_ref().def.format
    }

    /// The carrier (for S10: the operator of the country code).
    ///
    /// ```
    /// use tracking_number::{detect, Carrier};
    ///
    /// assert_eq!(detect("RB123456785GB").best().unwrap().carrier(), Carrier::RoyalMail);
    /// ```
    #[must_use]
    pub fn carrier(&self) -> Carrier {
        self.row_ref().carrier(self.input())
    }

    /// The check-digit evidence.
    ///
    /// ```
    /// use tracking_number::{detect, Evidence};
    ///
    /// assert_eq!(detect("TBA000000000000").best().unwrap().evidence(), Evidence::NoCheckDigit);
    /// ```
    #[must_use]
    pub fn evidence(&self) -> Evidence {
        self.evidence
    }

    /// The confidence of the matched layout.
    ///
    /// ```
    /// use tracking_number::{detect, Confidence};
    ///
    /// assert_eq!(detect("1Z999AA10123456784").best().unwrap().confidence(), Confidence::High);
    /// ```
    #[must_use]
    pub fn confidence(&self) -> Confidence {
        self.row_ref().confidence()
    }

    /// The parsed number; `None` when the check digit is wrong.
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert!(detect("1Z999AA10123456784").best().unwrap().number().is_some());
    /// assert!(detect("1Z999AA10123456785").best().unwrap().number().is_none());
    /// ```
    #[must_use]
    pub fn number(&self) -> Option<TrackingNumber> {
        match self.evidence {
            Evidence::Mismatch { .. } => None,
            _ => Some(TrackingNumber::from_parts(self.bytes, self.len, self.row)),
        }
    }

    /// The check character the number should carry, for a mismatch ("did you mean …?").
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert_eq!(detect("1Z999AA10123456785").best().unwrap().expected_check(), Some('4'));
    /// ```
    #[must_use]
    pub fn expected_check(&self) -> Option<char> {
        match self.evidence {
            Evidence::Mismatch { expected } => Some(expected),
            _ => None,
        }
    }

    /// The check character found in the input, where the format has one.
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert_eq!(detect("1Z999AA10123456785").best().unwrap().found_check(), Some('5'));
    /// ```
    #[must_use]
    pub fn found_check(&self) -> Option<char> {
        let n = self.len as usize;
        self.row_ref()
            .row
            .check
            .and_then(|c| self.input().get(resolve(c.at, n)).map(|&b| b as char))
    }

    /// The input string this candidate reads.
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert_eq!(detect("1Z999AA10123456785").best().unwrap().as_str(), "1Z999AA10123456785");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(self.input()).unwrap_or("")
    }

    /// The input with the expected check character put in place (the "did you mean"
    /// suggestion) — for a mismatch only.
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// let c = detect("1Z999AA10123456785").best().unwrap();
    /// assert_eq!(c.corrected().unwrap().as_str(), "1Z999AA10123456784");
    /// ```
    #[must_use]
    pub fn corrected(&self) -> Option<TrackingNumber> {
        let expected = self.expected_check()?;
        let at = resolve(self.row_ref().row.check?.at, self.len as usize);
        let mut bytes = self.bytes;
        *bytes.get_mut(at)? = expected as u8;
        Some(TrackingNumber::from_parts(bytes, self.len, self.row))
    }
}

impl fmt::Debug for Candidate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Candidate")
            .field("input", &self.as_str())
            .field("format", &self.format())
            .field("carrier", &self.carrier())
            .field("evidence", &self.evidence)
            .finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Candidate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Candidate", 5)?;
        st.serialize_field("carrier", &self.carrier())?;
        st.serialize_field("format", &self.format())?;
        st.serialize_field("number", self.as_str())?;
        st.serialize_field("check_digit", self.evidence.as_str())?;
        st.serialize_field("expected_check_digit", &self.expected_check())?;
        st.end()
    }
}

/// All formats an input fits, ranked best first (see [`detect`](crate::detect()) for the rule).
///
/// Fixed-capacity inline storage, `Copy`, no allocation. Iterating yields [`Candidate`]s;
/// [`best`](Self::best), [`len`](Self::len), [`get`](Self::get) and
/// [`is_ambiguous`](Self::is_ambiguous) look without consuming.
///
/// ```
/// use tracking_number::{detect, Carrier, Format};
///
/// // An 11-digit mod-7 number is a DHL Express waybill or a Japan Post registered item.
/// let c = detect("73891051146");
/// assert!(c.is_ambiguous());
/// let formats: Vec<Format> = c.map(|c| c.format()).collect();
/// assert!(formats.contains(&Format::DhlExpress));
/// assert!(formats.contains(&Format::JapanPostRegistered));
/// ```
#[derive(Clone, Copy)]
pub struct Candidates {
    bytes: [u8; MAX_LEN],
    len: u8,
    count: u8,
    next: u8,
    /// Layout index of each candidate, best first.
    rows: [u8; CAPACITY],
    /// Packed evidence of each candidate (see [`pack`]).
    evs: [u8; CAPACITY],
}

impl Candidates {
    const fn empty() -> Self {
        Candidates {
            bytes: [0; MAX_LEN],
            len: 0,
            count: 0,
            next: 0,
            rows: [0; CAPACITY],
            evs: [0; CAPACITY],
        }
    }

    fn make(&self, k: usize) -> Option<Candidate> {
        Some(Candidate {
            bytes: self.bytes,
            len: self.len,
            row: *self.rows.get(k)?,
            evidence: unpack(*self.evs.get(k)?),
        })
    }

    /// Indices of the candidates not yet iterated (`next <= count <= CAPACITY` always holds;
    /// every access goes through `get` anyway).
    #[inline]
    fn remaining(&self) -> core::ops::Range<usize> {
        usize::from(self.next)..usize::from(self.count)
    }

    /// The rank key (without registry priority) of the `k`-th candidate.
    fn tie_key(&self, k: usize) -> u32 {
        let row = usize::from(self.rows[k]);
        key(row, unpack(self.evs[k])) >> 8
    }

    /// Number of candidates not yet iterated.
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert_eq!(detect("1Z999AA10123456784").len(), 1);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.remaining().len()
    }

    /// Whether nothing (more) fits.
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert!(detect("HELLO").is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.remaining().is_empty()
    }

    /// The best-ranked remaining candidate.
    ///
    /// ```
    /// use tracking_number::{detect, Format};
    ///
    /// assert_eq!(detect("9400111206206406260787").best().unwrap().format(), Format::UspsImpb);
    /// ```
    #[must_use]
    pub fn best(&self) -> Option<Candidate> {
        self.make(self.remaining().start)
            .filter(|_| !self.is_empty())
    }

    /// The `i`-th remaining candidate.
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// let c = detect("73891051146");
    /// assert!(c.get(1).is_some());
    /// assert!(c.get(99).is_none());
    /// ```
    #[must_use]
    pub fn get(&self, i: usize) -> Option<Candidate> {
        if i < self.len() {
            self.make(self.remaining().start + i)
        } else {
            None
        }
    }

    /// Whether the two best remaining candidates belong to different carriers and tie on
    /// evidence, specificity and confidence (only a human or another signal can decide).
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert!(!detect("1Z999AA10123456784").is_ambiguous());
    /// ```
    #[must_use]
    pub fn is_ambiguous(&self) -> bool {
        let r = self.remaining();
        if r.len() < 2 {
            return false;
        }
        let (a, b) = (r.start, r.start + 1);
        let s = &self.bytes[..usize::from(self.len)];
        self.tie_key(a) == self.tie_key(b)
            && ROWS[usize::from(self.rows[a])].carrier(s)
                != ROWS[usize::from(self.rows[b])].carrier(s)
    }

    /// Whether any remaining candidate has a correct check digit or none (i.e. the input is
    /// a valid number of some format).
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert!(detect("1Z999AA10123456784").has_valid());
    /// assert!(!detect("1Z999AA10123456785").has_valid());
    /// ```
    #[must_use]
    pub fn has_valid(&self) -> bool {
        self.evs
            .get(self.remaining())
            .is_some_and(|evs| evs.iter().any(|&e| e < 2))
    }

    /// Adds a reading (packed key: rank key, layout, evidence) unless a better layout of
    /// the same format is already there. Layouts of one format are adjacent in the registry
    /// and arrive in registry order, so only the last entry can share the format.
    #[inline]
    fn push(
        entries: &mut [u64; CAPACITY],
        count: &mut usize,
        last_format: &mut u8,
        format: u8,
        e: u64,
    ) {
        let n = *count;
        if n > 0 && *last_format == format {
            if let Some(old) = entries.get_mut(n - 1) {
                if e >> 16 > *old >> 16 {
                    *old = e;
                }
            }
            return;
        }
        *last_format = format;
        if let Some(slot) = entries.get_mut(n) {
            *slot = e;
            *count = n + 1;
        } else if let Some(worst) = entries.iter_mut().min() {
            // never happens with the built-in table (checked by a test)
            if e >> 16 > *worst >> 16 {
                *worst = e;
            }
        }
    }
}

impl Iterator for Candidates {
    type Item = Candidate;

    fn next(&mut self) -> Option<Candidate> {
        if self.remaining().is_empty() {
            return None;
        }
        let c = self.make(self.remaining().start);
        self.next += 1;
        c
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl ExactSizeIterator for Candidates {}

impl fmt::Debug for Candidates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(*self).finish()
    }
}

/// The rank key of layout `i` (higher is better): evidence tier, then specificity,
/// confidence and registry order (precomputed in `BASE_KEY`).
/// `BASE_KEY` holds the confidence in bits 8–15 (0 = Low), so no table pointer is followed.
#[inline]
fn key(i: usize, evidence: Evidence) -> u32 {
    let base = BASE_KEY[i];
    let tier = match evidence {
        Evidence::Verified => 2,
        Evidence::NoCheckDigit => 1,
        Evidence::Mismatch { .. } => 0,
    } + if (base >> 8) & 0xFF == 0 { 0 } else { 3 };
    (tier << 24) | base
}

/// The evidence of `s` under a layout whose structure already matched.
#[inline]
pub(crate) fn evidence(r: &RowRef, s: &[u8]) -> Evidence {
    let Some(c) = r.row.check else {
        return Evidence::NoCheckDigit;
    };
    let (a, b, at) = c.positions(s.len());
    let (Some(data), Some(&found)) = (s.get(a..b), s.get(at)) else {
        return Evidence::Mismatch { expected: '?' };
    };
    match c.algo.compute(data) {
        Some(expected) if expected == found => Evidence::Verified,
        _ if c.strictness == Strictness::Soft => Evidence::NoCheckDigit,
        Some(expected) => Evidence::Mismatch {
            expected: expected as char,
        },
        None => Evidence::Mismatch { expected: '?' },
    }
}

/// The candidate layouts for an input (by length, first byte, last byte and whether it is
/// all digits), with its character classes and the input zero-padded; `None` if nothing
/// can match.
#[inline(always)]
fn mask(s: &[u8]) -> Option<(u128, Classes, [u8; PADDED])> {
    let n = s.len();
    let (&first, &last) = (s.first()?, s.last()?);
    let (first, last) = (class_index(first)?, class_index(last)?);
    let mut m = LEN_MASK.get(n)? & FIRST_MASK[first as usize] & LAST_MASK[last as usize];
    if let Some(&second) = s.get(1) {
        m &= SECOND_MASK[class_index(second)? as usize];
    }
    if m == 0 {
        return None;
    }
    let mut buf = [0u8; PADDED];
    buf.get_mut(..n)?.copy_from_slice(s);
    let cls = Classes::of_padded(&buf, n)?;
    Some((m & KIND_MASK[usize::from(!cls.all_digits())], cls, buf))
}

/// Every format `s` fits, ranked best first.
///
/// `s` must already be normalised: ASCII upper case, no spaces or separators (see
/// [`normalize`](crate::normalize) or [`TrackingNumber::parse_lenient`]). Anything else,
/// including an empty or over-long string, simply yields no candidates. Allocation-free.
///
/// # Ranking rule
///
/// Candidates are ordered by this key, compared field by field, best first:
///
/// 1. **evidence tier**: first every reading of a Medium/High-confidence layout, then the
///    Low-confidence ones; within each group check digit verified > no check digit >
///    mismatch. A folklore (Low) reading is weaker evidence than a wrong check digit on an
///    established format, so `"986578788856"` is reported as a mistyped FedEx Express number
///    (expected `5`) rather than accepted as a GLS, Parcelforce or Yu-Pack number;
/// 2. **specificity** of the layout: literal characters count 2 each (`1Z`, `TBA`, `420`),
///    letters and restricted digits (`C`/`D`, `91`–`95`) 1 each, free digits 0 — so a literal
///    prefix beats bare digits;
/// 3. **confidence** of the layout: High > Medium > Low;
/// 4. **registry order** of the format ([`Format::ALL`]), a fixed priority that makes the
///    order total and deterministic.
///
/// Each format appears at most once (its best-ranked layout). [`Candidates::is_ambiguous`]
/// is true when the first two candidates belong to different carriers and tie on keys 1–3.
/// [`TrackingNumber::parse`] accepts the input iff the first candidate is not a mismatch.
///
/// The engine dispatches on length first (a bit mask of the layouts of each length), then on
/// the first character, checks character classes, and computes a check digit only for
/// layouts whose structure matched. Nothing allocates.
///
/// ```
/// use tracking_number::{detect, Carrier, Evidence, Format};
///
/// let mut c = detect("RB123456785GB");
/// let best = c.next().unwrap();
/// assert_eq!((best.format(), best.carrier()), (Format::S10, Carrier::RoyalMail));
/// assert_eq!(best.evidence(), Evidence::Verified);
/// assert!(detect("not a number").is_empty());
/// ```
#[must_use]
pub fn detect(s: &str) -> Candidates {
    detect_bytes(s.as_bytes())
}

/// [`detect`] on bytes (any bytes; non-alphanumeric input simply matches nothing).
pub(crate) fn detect_bytes(s: &[u8]) -> Candidates {
    let Some((mut m, cls, buf)) = mask(s) else {
        return Candidates::empty();
    };
    let n = s.len();
    // packed entries: rank key << 16 | layout << 8 | evidence (keys are distinct across
    // formats, so sorting the packed values sorts by key)
    let mut entries = [0u64; CAPACITY];
    let mut count = 0usize;
    let mut last_format = u8::MAX;
    while m != 0 {
        let i = m.trailing_zeros() as usize;
        m &= m - 1;
        let r = &ROWS[i];
        let format = r.def.format as u8;
        // a later layout of the format already read cannot do better: skip its check digit
        if count > 0
            && last_format == format
            && entries
                .get(count - 1)
                .is_some_and(|&e| e >> 16 >= u64::from(MAX_KEY[i]))
        {
            continue;
        }
        if !r.row.matches(s, &cls) {
            continue;
        }
        let ev = evidence(r, s);
        let e = (u64::from(key(i, ev)) << 16) | ((i as u64) << 8) | u64::from(pack(ev));
        Candidates::push(&mut entries, &mut count, &mut last_format, format, e);
    }
    let entries = &mut entries[..count];
    // insertion sort, descending (at most CAPACITY entries)
    for i in 1..entries.len() {
        let mut j = i;
        while j > 0 && entries[j - 1] < entries[j] {
            entries.swap(j - 1, j);
            j -= 1;
        }
    }
    let (mut rows, mut evs) = ([0u8; CAPACITY], [0u8; CAPACITY]);
    for ((&e, row), ev) in entries.iter().zip(&mut rows).zip(&mut evs) {
        *row = (e >> 8) as u8;
        *ev = e as u8;
    }
    Candidates {
        bytes: buf
            .first_chunk::<MAX_LEN>()
            .copied()
            .unwrap_or([0; MAX_LEN]),
        len: n as u8,
        count: count as u8,
        next: 0,
        rows,
        evs,
    }
}

/// The reading of `s` the scanner wants: among the readings [`detect`] returns (the same
/// ones: the best-ranked layout of each format), the one that maximises `(score, rank)`, where
/// `score` is `None` for readings to leave out. Nothing is sorted or copied per reading.
///
/// `ceiling` is the highest score any reading of `s` can get: once a reading has it, a layout
/// whose rank cannot exceed that reading's is not even matched.
pub(crate) fn best_by<T: Ord + Copy>(
    s: &[u8],
    ceiling: T,
    mut score: impl FnMut(&'static RowRef, Evidence) -> Option<T>,
) -> Option<(TrackingNumber, Evidence, T)> {
    let (mut m, cls, buf) = mask(s)?;
    // what `detect` would hold as its last entry: (format, key, row, evidence)
    let mut last: Option<(u8, u32, usize, Evidence)> = None;
    let mut best: Option<(T, u32, usize, Evidence)> = None;
    let mut take = |best: &mut Option<(T, u32, usize, Evidence)>,
                    entry: Option<(u8, u32, usize, Evidence)>| {
        let Some((_, k, i, ev)) = entry else { return };
        let Some(t) = ROWS.get(i).and_then(|r| score(r, ev)) else {
            return;
        };
        if best.is_none_or(|(bt, bk, _, _)| (t, k) > (bt, bk)) {
            *best = Some((t, k, i, ev));
        }
    };
    while m != 0 {
        let i = m.trailing_zeros() as usize;
        m &= m - 1;
        // no better score exists, and this layout cannot rank higher: it cannot win (nor
        // displace a layout of its format that could: that one would rank higher still)
        if best.is_some_and(|(bt, bk, _, _)| bt >= ceiling && MAX_KEY[i] <= bk) {
            continue;
        }
        let r = &ROWS[i];
        let format = r.def.format as u8;
        let same = last.is_some_and(|(f, _, _, _)| f == format);
        // as in `detect`: a later layout of the format just read cannot do better
        if same && last.is_some_and(|(_, k, _, _)| k >= MAX_KEY[i]) {
            continue;
        }
        if !r.row.matches(s, &cls) {
            continue;
        }
        let ev = evidence(r, s);
        let k = key(i, ev);
        if !same {
            take(&mut best, last);
            last = Some((format, k, i, ev));
        } else if last.is_some_and(|(_, lk, _, _)| k > lk) {
            last = Some((format, k, i, ev));
        }
    }
    take(&mut best, last);
    let bytes = buf
        .first_chunk::<MAX_LEN>()
        .copied()
        .unwrap_or([0; MAX_LEN]);
    best.map(|(t, _, i, ev)| {
        (
            TrackingNumber::from_parts(bytes, s.len() as u8, i as u8),
            ev,
            t,
        )
    })
}

/// How many matching extra formats [`detect_with`] keeps (further matches are dropped, in
/// registration order).
pub const MAX_EXTRA_MATCHES: usize = 8;

/// One reading of an input by [`detect_with`]: a built-in format or a registered
/// [`ExtraFormat`].
///
/// ```
/// use tracking_number::{detect_with, ExtraFormat, Reading};
///
/// struct Order;
/// impl ExtraFormat for Order {
///     fn id(&self) -> &str { "order" }
///     fn len_range(&self) -> (usize, usize) { (9, 9) }
///     fn has_check(&self) -> bool { false }
///     fn is_match(&self, s: &[u8]) -> bool {
///         s.starts_with(b"ORD") && s[3..].iter().all(u8::is_ascii_digit)
///     }
/// }
///
/// let r = detect_with("ORD123456", &[&Order]).next().unwrap();
/// assert!(matches!(r, Reading::Extra { .. }));
/// assert_eq!(r.id(), "order");
/// ```
#[derive(Clone, Copy)]
pub enum Reading<'f> {
    /// A built-in format.
    Builtin(Candidate),
    /// A registered extra format (its `is_match` accepted the input).
    Extra {
        /// The format.
        format: &'f dyn ExtraFormat,
        /// [`Evidence::Verified`] if the format has a check character, else
        /// [`Evidence::NoCheckDigit`].
        evidence: Evidence,
    },
}

impl Reading<'_> {
    /// The format id: [`Format::as_str`] or [`ExtraFormat::id`].
    ///
    /// ```
    /// use tracking_number::detect_with;
    ///
    /// assert_eq!(detect_with("1Z999AA10123456784", &[]).next().unwrap().id(), "ups_1z");
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        match self {
            Reading::Builtin(c) => c.format().as_str(),
            Reading::Extra { format, .. } => format.id(),
        }
    }

    /// The check-digit evidence.
    ///
    /// ```
    /// use tracking_number::{detect_with, Evidence};
    ///
    /// let r = detect_with("1Z999AA10123456784", &[]).next().unwrap();
    /// assert_eq!(r.evidence(), Evidence::Verified);
    /// ```
    #[must_use]
    pub fn evidence(&self) -> Evidence {
        match self {
            Reading::Builtin(c) => c.evidence(),
            Reading::Extra { evidence, .. } => *evidence,
        }
    }

    fn tier(&self) -> u32 {
        match self {
            Reading::Builtin(c) => c.evidence().rank(c.confidence()),
            Reading::Extra { evidence, .. } => evidence.rank(Confidence::Medium),
        }
    }
}

impl fmt::Debug for Reading<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reading::Builtin(c) => f.debug_tuple("Builtin").field(c).finish(),
            Reading::Extra { format, evidence } => f
                .debug_struct("Extra")
                .field("id", &format.id())
                .field("evidence", evidence)
                .finish(),
        }
    }
}

/// The readings of [`detect_with`], ranked best first: an iterator of [`Reading`].
///
/// ```
/// use tracking_number::detect_with;
///
/// let mut r = detect_with("73891051146", &[]);
/// assert_eq!(r.len(), 3);
/// assert_eq!(r.next().unwrap().id(), "dhl_express");
/// ```
#[derive(Clone, Copy)]
pub struct Readings<'f> {
    builtin: Candidates,
    extras: [Option<&'f dyn ExtraFormat>; MAX_EXTRA_MATCHES],
    n_extra: u8,
    next_extra: u8,
}

impl Readings<'_> {
    /// Number of readings not yet iterated.
    ///
    /// ```
    /// use tracking_number::detect_with;
    ///
    /// assert_eq!(detect_with("nothing", &[]).len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.builtin.len() + usize::from(self.n_extra - self.next_extra)
    }

    /// Whether nothing (more) fits.
    ///
    /// ```
    /// use tracking_number::detect_with;
    ///
    /// assert!(detect_with("nothing", &[]).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The built-in candidates alone (as [`detect`] returns them).
    ///
    /// ```
    /// use tracking_number::detect_with;
    ///
    /// assert_eq!(detect_with("73891051146", &[]).builtin().len(), 3);
    /// ```
    #[must_use]
    pub fn builtin(&self) -> Candidates {
        self.builtin
    }
}

impl<'f> Iterator for Readings<'f> {
    type Item = Reading<'f>;

    fn next(&mut self) -> Option<Reading<'f>> {
        let extra = self
            .extras
            .get(usize::from(self.next_extra))
            .copied()
            .flatten()
            .filter(|_| self.next_extra < self.n_extra)
            .map(|format| Reading::Extra {
                format,
                evidence: if format.has_check() {
                    Evidence::Verified
                } else {
                    Evidence::NoCheckDigit
                },
            });
        let builtin = self.builtin.best().map(Reading::Builtin);
        match (builtin, extra) {
            (Some(b), Some(e)) if e.tier() > b.tier() => {
                self.next_extra += 1;
                Some(e)
            }
            (Some(b), _) => {
                self.builtin.next();
                Some(b)
            }
            (None, Some(e)) => {
                self.next_extra += 1;
                Some(e)
            }
            (None, None) => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }
}

impl ExactSizeIterator for Readings<'_> {}

impl fmt::Debug for Readings<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(*self).finish()
    }
}

/// [`detect`] that also consults extra formats (a shop's own order references, custom
/// formats): every reading of `s`, ranked.
///
/// Extra formats rank as Medium-confidence layouts (see the rule on [`detect`]): a match of
/// one with a check character counts as verified, one without as "no check digit"; at equal
/// tier built-in formats come first, extras keep their registration order. Extras whose
/// [`len_range`](ExtraFormat::len_range) excludes the input are not asked. At most
/// [`MAX_EXTRA_MATCHES`] extra matches are kept. `s` must be normalised as for [`detect`].
/// Allocation-free (as long as the extras' `is_match` is).
///
/// ```
/// use tracking_number::{detect_with, ExtraFormat};
///
/// /// "ACME" + 8 digits.
/// struct Acme;
/// impl ExtraFormat for Acme {
///     fn id(&self) -> &str { "acme" }
///     fn len_range(&self) -> (usize, usize) { (12, 12) }
///     fn has_check(&self) -> bool { false }
///     fn is_match(&self, s: &[u8]) -> bool {
///         s.starts_with(b"ACME") && s[4..].iter().all(u8::is_ascii_digit)
///     }
/// }
///
/// let ids: Vec<String> = detect_with("ACME12345678", &[&Acme]).map(|r| r.id().to_string()).collect();
/// // also an Australia Post eParcel-shaped string (3 letters + digits, Low confidence)
/// assert_eq!(ids[0], "acme");
/// ```
#[must_use]
pub fn detect_with<'f>(s: &str, extras: &[&'f dyn ExtraFormat]) -> Readings<'f> {
    let builtin = detect(s);
    let mut out = Readings {
        builtin,
        extras: [None; MAX_EXTRA_MATCHES],
        n_extra: 0,
        next_extra: 0,
    };
    let b = s.as_bytes();
    if b.is_empty() {
        return out;
    }
    for &e in extras {
        if usize::from(out.n_extra) == MAX_EXTRA_MATCHES {
            break;
        }
        let (lo, hi) = e.len_range();
        if (lo..=hi).contains(&b.len()) && e.is_match(b) {
            out.extras[usize::from(out.n_extra)] = Some(e);
            out.n_extra += 1;
        }
    }
    // stable insertion sort: extras with a check character before those without
    let n = usize::from(out.n_extra);
    let unchecked = |e: Option<&dyn ExtraFormat>| e.is_some_and(|e| !e.has_check());
    for i in 1..n {
        let mut j = i;
        while j > 0 && unchecked(out.extras[j - 1]) && !unchecked(out.extras[j]) {
            out.extras.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// The best-ranked layout of `s` if it is a valid reading (not a mismatch), without
/// collecting the rest. This is what `parse` accepts.
///
/// Check digits of layouts that cannot outrank the best reading so far (their highest
/// possible key, [`MAX_KEY`], is lower) are not computed.
pub(crate) fn best_valid(s: &[u8]) -> Option<u8> {
    best_reading(s, false)
}

/// Whether the best-ranked reading of `s` is valid: what `is_valid` answers. Stops at the
/// first valid reading of a Medium/High layout: every reading ranked above it has an
/// evidence tier at least as high, i.e. is valid too.
pub(crate) fn is_valid(s: &[u8]) -> bool {
    best_reading(s, true).is_some()
}

#[inline(always)]
fn best_reading(s: &[u8], any_sure: bool) -> Option<u8> {
    let (mut m, cls, _) = mask(s)?;
    // (key, layout, mismatch)
    let mut best: Option<(u32, u8, bool)> = None;
    while m != 0 {
        let i = m.trailing_zeros() as usize;
        m &= m - 1;
        if best.is_some_and(|(bk, _, _)| MAX_KEY[i] < bk) {
            continue;
        }
        let r = &ROWS[i];
        if !r.row.matches(s, &cls) {
            continue;
        }
        let ev = evidence(r, s);
        let k = key(i, ev);
        let mismatch = matches!(ev, Evidence::Mismatch { .. });
        if any_sure && !mismatch && k >> 24 >= 4 {
            return Some(i as u8);
        }
        if best.is_none_or(|(bk, _, _)| k > bk) {
            best = Some((k, i as u8, mismatch));
        }
    }
    match best {
        Some((_, i, false)) => Some(i),
        _ => None,
    }
}

/// The best layout of `format` for `s`: `Some((row, evidence))` when the structure matches.
pub(crate) fn match_format(format: Format, s: &[u8]) -> Option<(u8, Evidence)> {
    let (mut m, cls, _) = mask(s)?;
    let mut best: Option<(u32, u8, Evidence)> = None;
    while m != 0 {
        let i = m.trailing_zeros() as usize;
        m &= m - 1;
        let r = &ROWS[i];
        if r.def.format != format || !r.row.matches(s, &cls) {
            continue;
        }
        let ev = evidence(r, s);
        let k = key(i, ev);
        if best.is_none_or(|(bk, _, _)| k > bk) {
            best = Some((k, i as u8, ev));
        }
    }
    best.map(|(_, i, e)| (i, e))
}

/// The layout of `format` under which `s` is valid.
pub(crate) fn validate_format(format: Format, s: &[u8]) -> Option<u8> {
    match match_format(format, s) {
        Some((row, Evidence::Verified | Evidence::NoCheckDigit)) => Some(row),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::vec::Vec;

    /// The detector without any dispatch masks: every layout is tried.
    fn naive(s: &str) -> Vec<(Format, Evidence)> {
        let b = s.as_bytes();
        // every matching layout with its full key; then the best layout of each format
        let mut all: Vec<(u32, Format, Evidence)> = Vec::new();
        if b.is_empty() || b.len() > MAX_LEN {
            return Vec::new();
        }
        for (i, r) in ROWS.iter().enumerate() {
            if Classes::of(b).is_some_and(|cls| r.row.matches_segments(b, &cls)) {
                let ev = evidence(r, b);
                // the documented rule, computed from the tables (not from `key`)
                let conf = match r.confidence() {
                    Confidence::Low => 0,
                    Confidence::Medium => 1,
                    _ => 2,
                };
                let k = (ev.rank(r.confidence()) << 24)
                    | (u32::from(r.row.specificity) << 16)
                    | (conf << 8)
                    | (255 - r.def.format as u32);
                assert_key_matches_rule(k, key(i, ev));
                match all.iter_mut().find(|e| e.1 == r.def.format) {
                    Some(e) if k > e.0 => *e = (k, r.def.format, ev),
                    Some(_) => {}
                    None => all.push((k, r.def.format, ev)),
                }
            }
        }
        all.sort_by_key(|x| core::cmp::Reverse(x.0));
        all.into_iter().map(|(_, f, e)| (f, e)).collect()
    }

    fn assert_key_matches_rule(a: u32, b: u32) {
        assert_eq!(a, b, "rank key differs from the documented rule");
    }

    fn same(a: Candidates, b: Vec<(Format, Evidence)>) -> bool {
        a.map(|c| (c.format(), c.evidence())).eq(b)
    }

    proptest! {
        #[test]
        fn masks_only_skip_layouts_that_cannot_match(
            s in "[0-9]{1,39}|[0-9A-Z]{1,39}|(1Z|TBA|JJD|420|9[1-6]|LTN|3S|GM|MI|DT)[0-9A-Z]{6,30}"
        ) {
            prop_assert!(same(detect(&s), naive(&s)), "{}", s);
            let top = detect(&s).best().filter(|b| b.number().is_some());
            prop_assert_eq!(best_valid(s.as_bytes()), top.map(|b| b.row));
            prop_assert_eq!(is_valid(s.as_bytes()), top.is_some());
        }
    }

    proptest! {
        #[test]
        fn a_ceiling_never_changes_the_best_reading(
            s in "[0-9]{8,34}|[0-9A-Z]{8,34}|(1Z|JJD|420|9[1-6]|3S)[0-9A-Z]{6,30}",
            salt in 0u8..32,
        ) {
            // any score in 0..=3 that depends on the layout (and leaves mismatches out, or not)
            let score = |r: &RowRef, ev: Evidence| {
                (!matches!(ev, Evidence::Mismatch { .. }) || salt & 1 == 0)
                    .then_some((r.def.format as u8 ^ salt) % 4)
            };
            let pruned = best_by(s.as_bytes(), 3, score).map(|(n, ev, t)| (n.format(), ev, t));
            let full = best_by(s.as_bytes(), u8::MAX, score).map(|(n, ev, t)| (n.format(), ev, t));
            prop_assert_eq!(pruned, full, "{}", s);
        }
    }

    #[test]
    fn examples_match_the_naive_detector() {
        for f in Format::ALL {
            let e = f.example();
            assert!(same(detect(e), naive(e)), "{e}");
        }
    }

    #[test]
    fn capacity_is_never_exceeded() {
        // the most formats one (length, first, last, kind) bucket can hold
        let mut worst = 0;
        for len_mask in &LEN_MASK[1..] {
            for first_mask in &FIRST_MASK {
                for last_mask in &LAST_MASK {
                    for kind_mask in &KIND_MASK {
                        let m = len_mask & first_mask & last_mask & kind_mask;
                        let mut formats = [false; 256];
                        let mut count = 0;
                        for (i, r) in ROWS.iter().enumerate() {
                            let f = r.def.format as usize;
                            if m & (1u128 << i) != 0 && !formats[f] {
                                formats[f] = true;
                                count += 1;
                            }
                        }
                        worst = worst.max(count);
                    }
                }
            }
        }
        assert!(worst <= CAPACITY, "{worst} formats can match one input");
    }
}
