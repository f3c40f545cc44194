//! The answer to "is this a tracking number, and whose?": the default answer and the answer
//! with a carrier hint, and why a string was refused.
//!
//! **The default answer** is the best-ranked reading (see `rank.rs`) that is valid (check
//! digit verified, or none in the layout) and not [`Low`](crate::Confidence::Low)
//! confidence: a Medium or High layout has a check digit or a distinctive structure by
//! construction (a test over the registry enforces it). A string that is more plausibly
//! something else ([`Distractor`]) has none. **With a carrier hint** the answer is the
//! best-ranked valid reading attributed to one of the given carriers, whatever its
//! confidence, check digits still verified.

use crate::carrier::Carrier;
use crate::distractor;
use crate::evidence::Evidence;
use crate::index::{self, EntryRef, Hit, Prepared, ALL, ELIGIBLE, LOW};
use crate::parse_error::ParseErrorKind;

/// The default answer for the normalised string `s`, or why there is none: one walk over
/// the layouts gathers the answer and, until there is one, what a refusal would name.
pub(crate) fn default_answer(s: &[u8]) -> Result<Hit, ParseErrorKind> {
    walk(s, None)
}

/// Whether `s` has a default answer (no error detail is built).
pub(crate) fn is_accepted(s: &[u8]) -> bool {
    best_eligible(s).is_some() && distractor::of_normalized(s).is_none()
}

/// The best valid reading of `s` that is not Low confidence.
#[inline]
fn best_eligible(s: &[u8]) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    index::each(s, &ELIGIBLE, &mut best, below_best, keep_best_valid);
    best
}

/// The best-ranked valid reading of `s`, whatever its confidence.
#[cfg(feature = "serde")]
pub(crate) fn best_valid(s: &[u8]) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    index::each(s, &ALL, &mut best, below_best, keep_best_valid);
    best
}

/// Prunes layouts that cannot beat the best reading so far.
fn below_best(best: &Option<Hit>, _: usize, ceiling: u32) -> bool {
    best.is_some_and(|b| ceiling <= b.key)
}

/// Keeps the best valid reading.
fn keep_best_valid(best: &mut Option<Hit>, h: Hit) -> bool {
    if h.evidence.is_valid() && best.is_none_or(|b| h.key > b.key) {
        *best = Some(h);
    }
    true
}

/// The answer for `s` when the carrier is one of `carriers`.
pub(crate) fn hinted_answer(s: &[u8], carriers: &[Carrier]) -> Result<Hit, ParseErrorKind> {
    walk(s, Some(carriers))
}

/// Whether a reading belongs to the hint: its carrier is one of the hinted carriers or one
/// of their brands; [`Carrier::Upu`] stands for every postal operator's S10 numbers.
fn in_hint(e: &EntryRef, s: &[u8], hint: &[Carrier]) -> bool {
    let carrier = e.carrier(s);
    hint.iter().any(|&h| carrier.is_part_of(h) || (h == Carrier::Upu && e.by_country()))
}

/// What one walk over the layouts of `s` gathers: the answer so far and, for a refusal, the
/// best mismatch of a layout that could answer and the best reading that cannot.
#[derive(Default)]
struct Found {
    answer: Option<Hit>,
    mismatch: Option<Hit>,
    low: Option<Hit>,
}

fn keep(slot: &mut Option<Hit>, h: Hit) {
    if slot.is_none_or(|b| h.key > b.key) {
        *slot = Some(h);
    }
}

/// The answer for `s` (with a hint: among the hinted carriers' readings, whatever their
/// confidence), or why there is none. Without a hint the layouts that can answer are walked
/// first; the Low ones only for a refusal that has nothing better to name. Once there is an
/// answer, layouts that cannot beat it are skipped.
fn walk(s: &[u8], carriers: Option<&[Carrier]>) -> Result<Hit, ParseErrorKind> {
    let mut found = Found::default();
    let Some(input) = Prepared::new(s, &ALL) else {
        return Err(refusal(s, carriers.is_some(), &found));
    };
    let prune =
        |found: &Found, _: usize, ceiling: u32| found.answer.is_some_and(|b| ceiling <= b.key);
    input.each(if carriers.is_some() { &ALL } else { &ELIGIBLE }, &mut found, prune, |found, h| {
        let e = h.entry_ref();
        if carriers.is_some_and(|c| !in_hint(e, s, c)) {
            return true;
        }
        match h.evidence {
            Evidence::Mismatch { .. } if e.layout().has_hard_check() => {
                keep(&mut found.mismatch, h);
            }
            Evidence::Mismatch { .. } => {}
            _ => keep(&mut found.answer, h),
        }
        true
    });
    if let Some(hit) = found.answer {
        return match carriers.is_none().then(|| distractor::of_normalized(s)).flatten() {
            Some(what) => Err(ParseErrorKind::LooksLike { what }),
            None => Ok(hit),
        };
    }
    if carriers.is_none() {
        if let Some(what) = distractor::of_normalized(s) {
            return Err(ParseErrorKind::LooksLike { what });
        }
        if found.mismatch.is_none() {
            input.each(
                &LOW,
                &mut found.low,
                |_, _, _| false,
                |low, h| {
                    if h.evidence.is_valid() {
                        keep(low, h);
                    }
                    true
                },
            );
        }
    }
    Err(refusal(s, true, &found))
}

/// Why `s` has no answer: a distractor first (what the string more plausibly is), unless
/// `checked` says that was already asked or a hint rules it out; then the best mismatch of a
/// layout that could answer ("did you mean …?"), else the best Low reading, else no format
/// at all.
fn refusal(s: &[u8], checked: bool, found: &Found) -> ParseErrorKind {
    if !checked {
        if let Some(what) = distractor::of_normalized(s) {
            return ParseErrorKind::LooksLike { what };
        }
    }
    if let Some(h) = found.mismatch {
        if let Evidence::Mismatch { expected } = h.evidence {
            let layout = h.entry_ref().layout();
            let found =
                layout.check_at(s.len()).and_then(|at| s.get(at)).map_or('?', |&b| b as char);
            return ParseErrorKind::CheckDigit { format: h.entry_ref().format(), expected, found };
        }
    }
    if let Some(h) = found.low {
        return ParseErrorKind::NotDistinctive { format: h.entry_ref().format() };
    }
    ParseErrorKind::UnknownFormat
}
