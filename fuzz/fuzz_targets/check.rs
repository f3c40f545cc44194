//! Every check-digit algorithm on arbitrary bytes: no panic, and `verify`, `validate` and
//! `compute` agree with each other.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tracking_number::check::{Algorithm, CheckDigit};

fuzz_target!(|data: &[u8]| {
    for alg in Algorithm::ALL {
        let verified = alg.verify(data);
        assert_eq!(verified, alg.validate(data).is_ok(), "{alg:?}");
        if let Ok(c) = alg.compute(data) {
            let mut full = data.to_vec();
            full.extend_from_slice(c.as_bytes());
            assert!(alg.verify(&full), "{alg:?}");
        }
    }
});
