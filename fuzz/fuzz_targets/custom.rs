//! Custom formats: arbitrary pattern strings never panic and, when accepted, round-trip
//! through `Display`; numbers generated from arbitrary counters and random words parse back
//! to the same segments; arbitrary candidate numbers never panic the parsers.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_props.rs"]
mod props;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    pattern: &'a str,
    key: u64,
    sequence: u64,
    seed: u64,
    candidate: &'a str,
}

fuzz_target!(|i: Input<'_>| props::custom(i.pattern, i.key, i.sequence, i.seed, i.candidate));
