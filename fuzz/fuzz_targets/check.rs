//! Every check-digit algorithm on arbitrary bytes: no panic, and `verify`, `validate` and
//! `compute` agree with each other.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_props.rs"]
mod props;

fuzz_target!(|data: &[u8]| props::check(data));
