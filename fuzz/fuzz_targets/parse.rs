//! `TrackingNumber` parsing on arbitrary strings: no panic, and every accepted number
//! round-trips: `to_string()` parses back strictly to the same value, and its printed
//! (`grouped()`) form parses leniently to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_props.rs"]
mod props;

fuzz_target!(|s: &str| props::parse(s));
