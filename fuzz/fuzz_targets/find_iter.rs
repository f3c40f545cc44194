//! The scanner on arbitrary text: no panic; every match's span lies inside the text on char
//! boundaries, spans come in order without overlapping, and the normalised span re-detects
//! as the reported format (default and eager scanners, text and HTML modes).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_props.rs"]
mod props;

fuzz_target!(|text: &str| props::find_iter(text));
