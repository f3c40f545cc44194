//! `TrackingNumber` parsing on arbitrary strings: no panic, and every accepted number
//! round-trips: `to_string()` parses back strictly to the same value, and its printed
//! (`grouped()`) form parses leniently to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tracking_number::TrackingNumber;

fuzz_target!(|s: &str| {
    let strict = TrackingNumber::parse(s);
    assert_eq!(strict.is_ok(), TrackingNumber::is_valid(s));
    if let Ok(n) = strict {
        assert_eq!(n.as_str(), s);
        assert_eq!(TrackingNumber::parse(&n.to_string()), Ok(n));
        let printed = n.grouped().to_string();
        let lenient = TrackingNumber::parse_lenient(&printed).expect("grouped form parses");
        assert_eq!(lenient.number(), n, "grouped {printed:?}");
    }
    if let Ok(l) = TrackingNumber::parse_lenient(s) {
        let n = l.number();
        assert_eq!(TrackingNumber::parse(n.as_str()), Ok(n));
    }
});
