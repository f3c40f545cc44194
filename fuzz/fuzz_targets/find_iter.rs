//! The scanner on arbitrary text: no panic; every match's span lies inside the text on char
//! boundaries, spans come in order without overlapping, and the normalised span re-detects
//! as the reported format (for the default and the eager scanner).
#![no_main]

use libfuzzer_sys::fuzz_target;
use tracking_number::scan::{Scanner, MAX_NORMALIZED};
use tracking_number::{detect, Evidence};

fuzz_target!(|text: &str| {
    let eager = Scanner::builder().eager(true).build().expect("eager scanner builds");
    let default_count = tracking_number::find_iter(text).count();
    assert_eq!(tracking_number::is_match(text), default_count > 0);
    for scanner in [Scanner::builder().build().expect("default builds"), eager] {
        let mut last_end = 0;
        for m in scanner.find_iter(text) {
            let (start, end) = (m.start(), m.end());
            assert!(start < end && end <= text.len());
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            assert!(start >= last_end, "overlap at {start}");
            assert_eq!(&text[m.range()], m.as_str());
            last_end = end;
            let mut buf = [0u8; MAX_NORMALIZED];
            let normalised = m.normalized(&mut buf);
            let format = m.format().expect("built-in scanners report carrier formats");
            let n = m.number().expect("reported numbers are valid");
            assert!(format.is_valid(n.as_str()));
            assert!(detect(normalised)
                .any(|c| c.format() == format && !matches!(c.evidence(), Evidence::Mismatch { .. })));
        }
    }
});
