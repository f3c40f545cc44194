//! `detect` on arbitrary strings: no panic, candidates are ranked consistently with `parse`,
//! every non-mismatch candidate carries a number that re-parses as its own format, and every
//! mismatch names an expected digit whose correction verifies.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tracking_number::{detect, Evidence, TrackingNumber};

fuzz_target!(|s: &str| {
    let candidates = detect(s);
    match candidates.best() {
        Some(best) if !matches!(best.evidence(), Evidence::Mismatch { .. }) => {
            assert!(TrackingNumber::is_valid(s))
        }
        _ => assert!(!TrackingNumber::is_valid(s)),
    }
    for c in candidates {
        assert_eq!(c.as_str(), s);
        match c.evidence() {
            Evidence::Mismatch { expected } => {
                assert!(c.number().is_none());
                assert_eq!(c.expected_check(), Some(expected));
                if let Some(fixed) = c.corrected() {
                    assert!(c.format().is_valid(fixed.as_str()));
                }
            }
            _ => {
                let n = c.number().expect("valid candidates carry a number");
                assert!(c.format().is_valid(n.as_str()));
                assert_eq!(TrackingNumber::parse_as(s, c.format()).map(|n| n.format()), Ok(c.format()));
            }
        }
    }
});
