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
use crate::format::Confidence;
use crate::index::{self, EntryRef, Hit, ENTRIES};
use crate::parse_error::ParseErrorKind;

/// The default answer for the normalised string `s`, or why there is none. The success path
/// matches only layouts that could still win and builds no error detail.
pub(crate) fn default_answer(s: &[u8]) -> Result<Hit, ParseErrorKind> {
    match best_eligible(s) {
        Some(hit) => match distractor::of_normalized(s) {
            Some(what) => Err(ParseErrorKind::LooksLike { what }),
            None => Ok(hit),
        },
        None => Err(refusal(s, None)),
    }
}

/// Whether `s` has a default answer (no error detail is built).
pub(crate) fn is_accepted(s: &[u8]) -> bool {
    best_eligible(s).is_some() && distractor::of_normalized(s).is_none()
}

/// The best valid reading of `s` that is not Low confidence.
#[inline]
fn best_eligible(s: &[u8]) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    index::each(
        s,
        &mut best,
        |best, i, ceiling| {
            best.is_some_and(|b| ceiling <= b.key)
                || ENTRIES
                    .get(i)
                    .is_none_or(|e| e.confidence() == Confidence::Low)
        },
        keep_best_valid,
    );
    best
}

/// The best-ranked valid reading of `s`, whatever its confidence.
#[cfg(feature = "serde")]
pub(crate) fn best_valid(s: &[u8]) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    index::each(s, &mut best, below_best, keep_best_valid);
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
    let mut best: Option<Hit> = None;
    index::each(s, &mut best, below_best, |best, h| {
        if h.evidence.is_valid()
            && best.is_none_or(|b| h.key > b.key)
            && in_hint(h.entry_ref(), s, carriers)
        {
            *best = Some(h);
        }
        true
    });
    best.ok_or_else(|| refusal(s, Some(carriers)))
}

/// Whether a reading belongs to the hint: its carrier is one of the hinted carriers or one
/// of their brands; [`Carrier::Upu`] stands for every postal operator's S10 numbers.
fn in_hint(e: &EntryRef, s: &[u8], hint: &[Carrier]) -> bool {
    let carrier = e.carrier(s);
    hint.iter()
        .any(|&h| carrier.is_part_of(h) || (h == Carrier::Upu && e.by_country()))
}

/// Why `s` has no answer (the slow path): without a hint, a distractor first (what the
/// string more plausibly is); then the best mismatch of an eligible layout ("did you mean
/// …?"), else the best Low reading, else no format at all.
fn refusal(s: &[u8], carriers: Option<&[Carrier]>) -> ParseErrorKind {
    let mut found: (Option<Hit>, Option<Hit>) = (None, None);
    index::each(
        s,
        &mut found,
        |_, _, _| false,
        |(mismatch, low), h| {
            let e = h.entry_ref();
            if carriers.is_some_and(|c| !in_hint(e, s, c)) {
                return true;
            }
            let slot = match h.evidence {
                Evidence::Mismatch { .. }
                    if e.layout().has_hard_check()
                        && (carriers.is_some() || e.confidence() != Confidence::Low) =>
                {
                    mismatch
                }
                Evidence::Mismatch { .. } => return true,
                _ => low,
            };
            if slot.is_none_or(|b| h.key > b.key) {
                *slot = Some(h);
            }
            true
        },
    );
    let (mismatch, low) = found;
    // with no hint, a string that is more plausibly something else is called that first
    if carriers.is_none() {
        if let Some(what) = distractor::of_normalized(s) {
            return ParseErrorKind::LooksLike { what };
        }
    }
    if let Some(h) = mismatch {
        if let Evidence::Mismatch { expected } = h.evidence {
            let layout = h.entry_ref().layout();
            let found = layout
                .check_at(s.len())
                .and_then(|at| s.get(at))
                .map_or('?', |&b| b as char);
            return ParseErrorKind::CheckDigit {
                format: h.entry_ref().format(),
                expected,
                found,
            };
        }
    }
    if let Some(h) = low {
        return ParseErrorKind::NotDistinctive {
            format: h.entry_ref().format(),
        };
    }
    ParseErrorKind::UnknownFormat
}
