//! The ranking rule, written once: every reading of a string gets a key, higher is better.
//!
//! Readings are compared field by field:
//!
//! 1. **validity**: a reading whose check digit is verified, or whose layout has none, before
//!    every reading whose check digit is wrong. A mismatch never outranks a valid reading of
//!    another format;
//! 2. **specificity** of the layout: literal characters count 2 each (`1Z`, `TBA`, `420`),
//!    letters and restricted characters 1 each, free digits 0, so a distinctive structure
//!    beats a bare digit run;
//! 3. **check digit verified** before no check digit in the layout;
//! 4. **confidence** of the layout: High > Medium > Low;
//! 5. **registry order** of the format ([`Format::ALL`](crate::Format::ALL)), freight
//!    formats after all the others: a fixed priority that makes the order total.
//!
//! Keys 1–4 are the "tie" part: two readings of different carriers that tie on them are
//! ambiguous ([`Candidates::is_ambiguous`](crate::Candidates::is_ambiguous)).

use crate::evidence::Evidence;
use crate::format::Confidence;

/// Bits below the tie part: the registry priority.
const PRIORITY_BITS: u32 = 12;

/// The rank key of a reading (see the module docs). `format_index` is the format's registry
/// priority (`Format::priority`).
#[inline]
pub(crate) const fn key(
    evidence: Evidence,
    specificity: u8,
    confidence: Confidence,
    format_index: usize,
) -> u32 {
    let (valid, verified) = match evidence {
        Evidence::Verified => (1, 1),
        Evidence::NoCheckDigit => (1, 0),
        Evidence::Mismatch { .. } => (0, 0),
    };
    let confidence = match confidence {
        Confidence::Low => 0,
        Confidence::Medium => 1,
        Confidence::High => 2,
    };
    let priority = (1 << PRIORITY_BITS) - 1 - (format_index as u32 & ((1 << PRIORITY_BITS) - 1));
    (valid << 31) | ((specificity as u32) << 23) | (verified << 22) | (confidence << 20) | priority
}

/// The highest key a layout can reach: valid, and verified if it has a check character.
#[inline]
pub(crate) const fn ceiling(
    has_check: bool,
    specificity: u8,
    confidence: Confidence,
    format_index: usize,
) -> u32 {
    let best = if has_check { Evidence::Verified } else { Evidence::NoCheckDigit };
    key(best, specificity, confidence, format_index)
}

/// The part of a key that decides ambiguity (everything but the registry priority).
#[inline]
pub(crate) const fn tie(key: u32) -> u32 {
    key >> PRIORITY_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_in_order() {
        use Confidence::{High, Low, Medium};
        use Evidence::{NoCheckDigit, Verified};
        let mismatch = Evidence::Mismatch { expected: '4' };
        // (better, worse) by each key in turn, the later keys set against it
        let pairs = [
            // 1: any valid reading beats any mismatch, whatever else
            ((NoCheckDigit, 0, Low, 200), (mismatch, 40, High, 0)),
            // 2: specificity before the check digit
            ((NoCheckDigit, 4, Low, 9), (Verified, 0, High, 0)),
            // 3: verified before no check digit
            ((Verified, 0, Low, 9), (NoCheckDigit, 0, High, 0)),
            // 4: confidence
            ((Verified, 0, High, 9), (Verified, 0, Medium, 0)),
            // 5: registry order
            ((Verified, 0, High, 1), (Verified, 0, High, 2)),
        ];
        for ((e, s, c, i), (e2, s2, c2, i2)) in pairs {
            assert!(key(e, s, c, i) > key(e2, s2, c2, i2), "{e:?} {s} {c:?} {i}");
        }
        assert_eq!(tie(key(Verified, 0, High, 1)), tie(key(Verified, 0, High, 2)));
        assert!(ceiling(true, 3, Medium, 5) >= key(Verified, 3, Medium, 5));
    }

    /// The naive ranker: the rule of the module docs as a tuple compared field by field.
    fn naive(e: Evidence, specificity: u8, confidence: Confidence, index: usize) -> impl Ord {
        let valid = !matches!(e, Evidence::Mismatch { .. });
        let verified = matches!(e, Evidence::Verified);
        let confidence = match confidence {
            Confidence::Low => 0,
            Confidence::Medium => 1,
            Confidence::High => 2,
        };
        (valid, specificity, verified, confidence, core::cmp::Reverse(index))
    }

    fn evidence(i: u8) -> Evidence {
        match i % 3 {
            0 => Evidence::Verified,
            1 => Evidence::NoCheckDigit,
            _ => Evidence::Mismatch { expected: '0' },
        }
    }

    fn confidence(i: u8) -> Confidence {
        match i % 3 {
            0 => Confidence::Low,
            1 => Confidence::Medium,
            _ => Confidence::High,
        }
    }

    proptest::proptest! {
        #[test]
        fn the_key_orders_as_the_naive_ranker(
            a in (0u8..3, 0u8..=255, 0u8..3, 0usize..4000),
            b in (0u8..3, 0u8..=255, 0u8..3, 0usize..4000),
        ) {
            let ka = key(evidence(a.0), a.1, confidence(a.2), a.3);
            let kb = key(evidence(b.0), b.1, confidence(b.2), b.3);
            let na = naive(evidence(a.0), a.1, confidence(a.2), a.3);
            let nb = naive(evidence(b.0), b.1, confidence(b.2), b.3);
            proptest::prop_assert_eq!(ka.cmp(&kb), na.cmp(&nb));
        }
    }
}
