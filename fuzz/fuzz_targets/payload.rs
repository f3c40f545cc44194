//! Vendor payloads: any bytes, read as each vendor's document, never panic; a document
//! that reads gives the same shipments twice and its events fold without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_props.rs"]
mod props;

fuzz_target!(|data: &[u8]| props::payload(data));
