//! `detect` on arbitrary strings: no panic, candidates are ranked consistently with `parse`,
//! every non-mismatch candidate carries a number that re-parses as its own format, and every
//! mismatch names an expected digit whose correction verifies.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_props.rs"]
mod props;

fuzz_target!(|s: &str| props::detect_props(s));
