//! Status tracking: any arrival order of the same events gives the same final state, and
//! applying every event twice equals applying it once.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_props.rs"]
mod props;

fuzz_target!(|input: (u64, &[u8])| props::status(input.1, input.0));
