//! Detection: every reading of a string, ranked, with evidence.

use core::fmt;

use crate::answer;
use crate::carrier::Carrier;
use crate::evidence::Evidence;
use crate::format::{Confidence, Format};
use crate::index::{self, EntryRef, Hit, ENTRIES};
use crate::layout::MAX_LEN;
use crate::number::TrackingNumber;
use crate::rank;

/// The most readings one input can have (there are never more formats of one length, first
/// and last character; a test checks it).
pub(crate) const CAPACITY: usize = 16;

/// One reading of an input: a format, its carrier and the check-digit evidence.
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
    entry: u16,
    evidence: Evidence,
}

impl Candidate {
    fn entry_ref(&self) -> &'static EntryRef {
        &ENTRIES[usize::from(self.entry)]
    }

    fn input(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
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
        self.entry_ref().format()
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
        self.entry_ref().carrier(self.input())
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
        self.entry_ref().confidence()
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
        self.evidence.is_valid().then(|| TrackingNumber::from_entry(self.input(), self.entry))
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
        self.evidence.expected()
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
        let at = self.entry_ref().layout().check_at(self.input().len())?;
        self.input().get(at).map(|&b| b as char)
    }

    /// The input string this reading reads.
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
    /// suggestion), for a mismatch only.
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
        let at = self.entry_ref().layout().check_at(self.input().len())?;
        let mut bytes = self.bytes;
        *bytes.get_mut(at)? = u8::try_from(expected).ok()?;
        let fixed = bytes.get(..usize::from(self.len))?;
        self.entry_ref()
            .layout()
            .evidence(fixed)
            .is_valid()
            .then(|| TrackingNumber::from_entry(fixed, self.entry))
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

/// A reading serialises as `{"carrier", "format", "number", "check_digit",
/// "expected_check_digit", "confidence"}` and deserialises from at least `format` and
/// `number` (the rest is recomputed, so a stored reading cannot disagree with the number).
#[cfg(feature = "serde")]
impl serde::Serialize for Candidate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Candidate", 6)?;
        st.serialize_field("carrier", &self.carrier())?;
        st.serialize_field("format", &self.format())?;
        st.serialize_field("number", self.as_str())?;
        st.serialize_field("check_digit", self.evidence.as_str())?;
        st.serialize_field("expected_check_digit", &self.expected_check())?;
        st.serialize_field("confidence", &self.confidence())?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Candidate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        #[derive(serde::Deserialize)]
        struct Repr<'a> {
            format: Format,
            #[serde(borrow)]
            number: alloc::borrow::Cow<'a, str>,
        }
        let r = Repr::deserialize(d)?;
        let s = r.number.as_bytes();
        let (entry, evidence) = index::best_of_format(r.format, s).ok_or_else(|| {
            D::Error::custom(format_args!("{:?} is not a {} number", r.number, r.format.as_str()))
        })?;
        Ok(Candidate::new(s, entry, evidence))
    }
}

impl Candidate {
    /// The rank key of this reading (see `rank.rs`).
    pub(crate) fn rank_key(&self) -> u32 {
        let e = self.entry_ref();
        rank::key(self.evidence, e.layout().specificity, e.confidence(), e.format().priority())
    }

    fn new(s: &[u8], entry: u16, evidence: Evidence) -> Candidate {
        let mut bytes = [0u8; MAX_LEN];
        let n = s.len().min(MAX_LEN);
        bytes[..n].copy_from_slice(&s[..n]);
        Candidate { bytes, len: n as u8, entry, evidence }
    }
}

/// Evidence packed in a byte: 0 = verified, 1 = no check digit, otherwise a mismatch whose
/// expected character is this (ASCII) byte.
#[inline]
fn pack(e: Evidence) -> u8 {
    match e {
        Evidence::Verified => 0,
        Evidence::NoCheckDigit => 1,
        Evidence::Mismatch { expected } => match u8::try_from(expected) {
            Ok(b) if b >= 2 => b,
            _ => b'?',
        },
    }
}

#[inline]
fn unpack(b: u8) -> Evidence {
    match b {
        0 => Evidence::Verified,
        1 => Evidence::NoCheckDigit,
        c => Evidence::Mismatch { expected: c as char },
    }
}

/// All readings of an input, best first (see [`detect`](crate::detect()) for the rule).
///
/// Fixed-capacity inline storage, `Copy`, no allocation. Iterating yields [`Candidate`]s;
/// [`best`](Self::best), [`get`](Self::get), [`accepted`](Self::accepted),
/// [`best_for`](Self::best_for) and [`is_ambiguous`](Self::is_ambiguous) look without
/// consuming.
///
/// ```
/// use tracking_number::{detect, Format};
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
    /// Layout of each reading, best first.
    entries: [u16; CAPACITY],
    /// Packed evidence of each reading (see [`pack`]).
    evs: [u8; CAPACITY],
}

impl Candidates {
    fn make(&self, k: usize) -> Option<Candidate> {
        Some(Candidate {
            bytes: self.bytes,
            len: self.len,
            entry: *self.entries.get(k)?,
            evidence: unpack(*self.evs.get(k)?),
        })
    }

    fn input(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    /// Indices of the readings not yet iterated.
    #[inline]
    fn remaining(&self) -> core::ops::Range<usize> {
        usize::from(self.next)..usize::from(self.count)
    }

    fn key(&self, k: usize) -> u32 {
        self.make(k).map_or(0, |c| c.rank_key())
    }

    /// Number of readings not yet iterated.
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

    /// The best-ranked remaining reading (maybe a low-confidence or mismatching one; see
    /// [`accepted`](Self::accepted) for the default answer).
    ///
    /// ```
    /// use tracking_number::{detect, Format};
    ///
    /// assert_eq!(detect("9400111206206406260787").best().unwrap().format(), Format::UspsImpb);
    /// ```
    #[must_use]
    pub fn best(&self) -> Option<Candidate> {
        self.make(self.remaining().start).filter(|_| !self.is_empty())
    }

    /// The `i`-th remaining reading.
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

    /// The default answer (what [`TrackingNumber::parse`] accepts): the best valid reading
    /// that is not low confidence, unless the input is more plausibly something else.
    ///
    /// ```
    /// use tracking_number::{detect, Format};
    ///
    /// assert_eq!(detect("986578788855").accepted().unwrap().format(), Format::FedexExpress);
    /// assert!(detect("12345678").accepted().is_none()); // only low-confidence formats fit
    /// assert!(detect("4111111111111111").accepted().is_none()); // a card number
    /// ```
    #[must_use]
    pub fn accepted(&self) -> Option<Candidate> {
        let hit = answer::default_answer(self.input()).ok()?;
        Some(Candidate::new(self.input(), hit.entry, hit.evidence))
    }

    /// The answer with a carrier hint (what [`TrackingNumber::parse_for`] accepts): the best
    /// valid reading attributed to one of `carriers`, whatever its confidence.
    ///
    /// ```
    /// use tracking_number::{detect, Carrier, Format};
    ///
    /// let c = detect("12345678901");
    /// assert_eq!(c.best_for(&[Carrier::Gls]).unwrap().format(), Format::Gls);
    /// assert!(c.best_for(&[Carrier::Ups]).is_none());
    /// ```
    #[must_use]
    pub fn best_for(&self, carriers: &[Carrier]) -> Option<Candidate> {
        let hit = answer::hinted_answer(self.input(), carriers).ok()?;
        Some(Candidate::new(self.input(), hit.entry, hit.evidence))
    }

    /// Whether the two best remaining readings belong to different carriers and tie on every
    /// key of the ranking rule but the registry order (only a person or another signal can
    /// decide).
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
        let s = self.input();
        rank::tie(self.key(a)) == rank::tie(self.key(b))
            && ENTRIES[usize::from(self.entries[a])].carrier(s)
                != ENTRIES[usize::from(self.entries[b])].carrier(s)
    }

    /// Whether any remaining reading is valid (check digit verified, or none in its layout).
    ///
    /// ```
    /// use tracking_number::detect;
    ///
    /// assert!(detect("1Z999AA10123456784").has_valid());
    /// assert!(!detect("1Z999AA10123456785").has_valid());
    /// ```
    #[must_use]
    pub fn has_valid(&self) -> bool {
        self.evs.get(self.remaining()).is_some_and(|evs| evs.iter().any(|&e| e < 2))
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

/// Readings serialise as `{"input": "...", "readings": [...]}` and deserialise by detecting
/// the input again.
#[cfg(feature = "serde")]
impl serde::Serialize for Candidates {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct All(Candidates);
        impl serde::Serialize for All {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0)
            }
        }
        let mut st = s.serialize_struct("Candidates", 2)?;
        st.serialize_field("input", core::str::from_utf8(self.input()).unwrap_or(""))?;
        st.serialize_field("readings", &All(*self))?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Candidates {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Repr<'a> {
            #[serde(borrow)]
            input: alloc::borrow::Cow<'a, str>,
            #[serde(default, rename = "readings")]
            _readings: serde::de::IgnoredAny,
        }
        let r = Repr::deserialize(d)?;
        Ok(detect(&r.input))
    }
}

/// Every format `s` fits, ranked best first.
///
/// `s` must already be normalised: ASCII upper case, no spaces or separators (see
/// [`normalize`](crate::normalize()) or [`TrackingNumber::parse_lenient`]). Anything else,
/// including an empty or over-long string, simply yields no readings. Allocation-free.
///
/// # Ranking rule
///
/// Readings are ordered by these keys, compared in order, best first:
///
/// 1. **validity**: verified check digit, or none in the layout, before a wrong one: a
///    reading with a failing check digit never outranks a valid reading of another format;
/// 2. **specificity** of the layout: literal characters count 2 each (`1Z`, `TBA`, `420`),
///    letters and restricted characters 1 each, free digits 0, so a literal prefix beats
///    bare digits;
/// 3. **verified** check digit before no check digit;
/// 4. **confidence** of the layout: High > Medium > Low;
/// 5. **registry order** of the format ([`Format::ALL`]), freight formats (LTL PRO numbers,
///    forwarders' waybills) after all the others: a fixed priority that makes the order
///    total.
///
/// Each format appears at most once (its best-ranked layout).
/// [`Candidates::is_ambiguous`] is true when the first two readings belong to different
/// carriers and tie on keys 1–4. The default answer ([`Candidates::accepted`],
/// [`TrackingNumber::parse`]) is the first valid reading that is not low confidence.
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
    let b = s.as_bytes();
    let mut out = Candidates {
        bytes: [0; MAX_LEN],
        len: 0,
        count: 0,
        next: 0,
        entries: [0; CAPACITY],
        evs: [0; CAPACITY],
    };
    // the readings as `key << 32 | layout << 8 | evidence`, one per format (keys differ
    // between formats, so sorting the packed values sorts by key), with the format of the
    // last one
    let mut acc = Readings { packed: [0; CAPACITY], count: 0, last: None };
    index::each(
        b,
        &index::ALL,
        &mut acc,
        |acc, i, ceiling| {
            // a later layout of the format just read cannot beat the one kept
            acc.last.is_some_and(|(format, key)| {
                ceiling <= key && ENTRIES.get(i).is_some_and(|e| e.format() == format)
            })
        },
        |acc, h: Hit| {
            let format = h.entry_ref().format();
            let p =
                (u64::from(h.key) << 32) | (u64::from(h.entry) << 8) | u64::from(pack(h.evidence));
            match acc.last {
                Some((f, key)) if f == format => {
                    if h.key > key {
                        if let Some(old) =
                            acc.count.checked_sub(1).and_then(|k| acc.packed.get_mut(k))
                        {
                            *old = p;
                        }
                        acc.last = Some((format, h.key));
                    }
                }
                _ => {
                    if let Some(slot) = acc.packed.get_mut(acc.count) {
                        *slot = p;
                        acc.count += 1;
                        acc.last = Some((format, h.key));
                    }
                }
            }
            true
        },
    );
    let packed = acc.packed.get_mut(..acc.count).unwrap_or_default();
    if packed.is_empty() {
        return out;
    }
    // insertion sort, best first: there are rarely more than three readings
    for i in 1..packed.len() {
        let mut j = i;
        while j > 0 && packed[j - 1] < packed[j] {
            packed.swap(j - 1, j);
            j -= 1;
        }
    }
    out.bytes[..b.len()].copy_from_slice(b);
    out.len = b.len() as u8;
    out.count = packed.len() as u8;
    for ((entry, ev), &p) in out.entries.iter_mut().zip(&mut out.evs).zip(packed.iter()) {
        *entry = (p >> 8) as u16;
        *ev = p as u8;
    }
    out
}

/// The readings [`detect`] gathers.
struct Readings {
    packed: [u64; CAPACITY],
    count: usize,
    /// The format and key of the last reading.
    last: Option<(Format, u32)>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{class_index, Classes};
    use proptest::prelude::*;
    use std::vec::Vec;

    /// The ranked readings computed the slow way: every layout, the rule's keys compared one
    /// by one as the docs list them.
    fn naive(s: &str) -> Vec<(Format, Evidence)> {
        let b = s.as_bytes();
        let Some(cls) = Classes::of(b) else {
            return Vec::new();
        };
        let conf = |c: Confidence| match c {
            Confidence::Low => 0,
            Confidence::Medium => 1,
            _ => 2,
        };
        /// The naive ranking key: the rule's keys as a tuple.
        type Key = (bool, u8, bool, u8, core::cmp::Reverse<(bool, usize)>);
        let mut best: Vec<(Key, Format, Evidence)> = Vec::new();
        for e in ENTRIES.iter() {
            if !e.layout().matches_segments(b, &cls) {
                continue;
            }
            let ev = e.layout().evidence(b);
            let k = (
                ev.is_valid(),
                e.layout().specificity,
                ev == Evidence::Verified,
                conf(e.confidence()),
                // registry order, freight formats last
                core::cmp::Reverse((
                    crate::format::FREIGHT.contains(&e.format()),
                    e.format() as usize,
                )),
            );
            match best.iter_mut().find(|x| x.1 == e.format()) {
                Some(x) if k > x.0 => *x = (k, e.format(), ev),
                Some(_) => {}
                None => best.push((k, e.format(), ev)),
            }
        }
        best.sort_by_key(|x| core::cmp::Reverse(x.0));
        best.into_iter().map(|(_, f, e)| (f, e)).collect()
    }

    fn fast(s: &str) -> Vec<(Format, Evidence)> {
        detect(s).map(|c| (c.format(), c.evidence())).collect()
    }

    proptest! {
        #[test]
        fn detect_agrees_with_the_naive_ranker(
            s in "[0-9]{1,40}|[0-9A-Z]{1,40}|(1Z|TBA|JJD|420|9[1-6]|LTN|3S|GM|MI|DT|JVGL|UR|LP|YT|H|00|99)[0-9A-Z]{6,30}|[A-Z]{2}[0-9]{9}[A-Z]{2}"
        ) {
            prop_assert_eq!(fast(&s), naive(&s), "{}", s);
        }
    }

    #[test]
    fn examples_agree_with_the_naive_ranker() {
        for f in Format::ALL {
            let e = f.example();
            assert_eq!(fast(e), naive(e), "{e}");
        }
    }

    #[test]
    fn capacity_is_never_exceeded() {
        // the most formats whose layouts one (length, first, last, kind) can select
        let mut worst = 0;
        for len in 1..=MAX_LEN {
            for first in b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
                for last in b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
                    let mut formats = Vec::new();
                    for e in ENTRIES.iter() {
                        let l = e.layout();
                        let fits = (l.min_len as usize..=l.max_len as usize).contains(&len)
                            && l.set_at(0) >> class_index(*first).unwrap_or(0) & 1 == 1
                            && l.last_set() >> class_index(*last).unwrap_or(0) & 1 == 1;
                        if fits && !formats.contains(&e.format()) {
                            formats.push(e.format());
                        }
                    }
                    worst = worst.max(formats.len());
                }
            }
        }
        assert!(worst <= CAPACITY, "{worst} formats can match one input");
    }
}
