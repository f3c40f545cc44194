//! Integration tests of the public check-digit module: golden vectors from the spec,
//! error messages verbatim, properties of every algorithm, and a differential test of Luhn
//! against the `luhn` crate.

use proptest::prelude::*;
use tracking_number::check::{
    Algorithm, Alphabet, CheckChars, CheckDigit, Damm, DeutschePost, Direction, Error, ErrorKind,
    Gs1, Letters, Luhn, Mod11_10, Mod11_2, Mod37_2, Mod37_36, Mod7, Mod97_10, Ups, Verhoeff,
    WeightedMod10, WeightedMod11, S10,
};

#[track_caller]
fn assert_check(alg: &dyn CheckDigit, payload: &str, want: &str) {
    let got = alg.compute(payload.as_bytes()).unwrap();
    assert_eq!(got.as_str(), want, "compute({payload:?})");
    let full = format!("{payload}{want}");
    assert!(alg.verify(full.as_bytes()), "verify({full:?})");
    assert_eq!(alg.validate(full.as_bytes()), Ok(got));
}

// ---- golden vectors ----
// Worked examples of the algorithms' public definitions (GS1 General Specifications, UPU
// S10, ISO/IEC 7064, the Luhn, Damm and Verhoeff algorithms as commonly published) and check
// digits of published tracking numbers, each recomputed by hand before it was written here.

#[test]
fn gs1_golden() {
    assert_check(&Gs1, "34043383644263659", "7");
    assert_check(&Gs1, "0034043383644263659", "7"); // leading zeros change nothing
    assert_check(&Gs1, "0614141123456789", "0"); // GSIN
    assert_check(&Gs1, "00012345000000002", "7"); // FedEx SSCC
    assert_check(&Gs1, "940011120620640626078", "7"); // USPS IMpb
    assert_check(&Gs1, "12345678901234", "3"); // FedEx Ground 15
    assert_check(&Gs1, "703511447713847", "2"); // Canada Post 16
    assert_check(&Gs1, "0913313153072", "4"); // Hermes DE 14
}

#[test]
fn ups_golden() {
    assert_check(&Ups, "999AA1012345678", "4");
    assert_check(&Ups, "5R8939035756712", "7");
    assert_check(&Ups, "879E93034683444", "0");
    // OnTrac: the same routine over the 14 leading characters, letter included.
    assert_check(&Ups, "C1103150000187", "9");
    assert_check(&Ups, "D1001135445370", "7");
    // UPS's own documentation number 1Z12345E0205271688 fails: the digit should be 6.
    assert!(!Ups.verify(b"12345E0205271688"));
    assert_eq!(Ups.compute(b"12345E020527168").unwrap(), '6');
}

#[test]
fn s10_golden() {
    assert_check(&S10, "47312482", "9");
    assert_check(&S10, "12345678", "5");
    assert_check(&S10, "28704377", "5"); // RR287043775IN
    assert_check(&S10, "00071761", "8"); // EB000717618HK
    assert_check(&S10, "00000001", "4"); // CP000000014CA
    assert_check(&S10, "87654321", "6"); // LX876543216DE
}

#[test]
fn fedex_golden() {
    assert_check(&WeightedMod11::FEDEX, "98657878885", "5");
    assert_check(&WeightedMod11::FEDEX, "12345678901", "2");
    assert_check(&WeightedMod11::FEDEX, "47717908123", "0");
    assert_check(&WeightedMod11::FEDEX, "79953127448", "3");
    // The left-anchored 3-1-7 cycle equals FEDEX on 11 digits; 1-7-3 on 10 digits.
    assert_check(&WeightedMod11::LEFT_317, "98657878885", "5");
    let ten = b"8657878885";
    assert_eq!(WeightedMod11::LEFT_173.compute(ten), WeightedMod11::FEDEX.compute(ten));
}

#[test]
fn mod7_golden() {
    assert_check(&Mod7, "331881002", "5");
    assert_check(&Mod7, "848713550", "6");
    assert_check(&Mod7, "109925599", "0");
    assert_check(&Mod7, "7389105114", "6");
    assert_check(&Mod7, "1311238385", "2");
    assert_check(&Mod7, "1234567890", "3");
}

#[test]
fn luhn_golden() {
    assert_check(&Luhn, "32059546393", "8");
    assert_check(&Luhn, "32060614699", "3");
    assert_check(&Luhn, "28780946887", "2");
    assert_check(&Luhn, "33142674995", "7");
    assert_check(&Luhn, "12345678901", "5");
    assert_check(&Luhn, "7894", "9");
}

#[test]
fn deutsche_post_golden() {
    assert_check(&DeutschePost, "20129845227", "7");
    assert_check(&DeutschePost, "56310243031", "3");
    assert_check(&WeightedMod10::DEUTSCHE_POST, "20129845227", "7");
}

#[test]
fn iso7064_golden() {
    assert_check(&Mod37_36, "01015026003653", "C");
    assert_check(&Mod37_36, "09980000020033", "F");
    assert_check(&Mod37_36, "09980000020034", "D");
    assert_check(&Mod37_36, "A12425GABC1234002", "M");
    assert_check(&Mod37_36, "008182709980000020033350276", "C");
    assert_check(&Mod37_36, "008182709980000020045327276", "N");
    assert_check(&Mod11_10, "79462", "3");
    assert_check(&Mod11_10, "00200667308", "5");
    assert_check(&Mod11_2, "0794", "0");
    assert_check(&Mod11_2, "079", "X");
    assert_check(&Mod37_2, "G123489654321", "Y");
    assert_check(&Mod97_10, "99991234567890121414", "90");
}

#[test]
fn damm_and_verhoeff_golden() {
    assert_check(&Damm, "572", "4");
    assert_check(&Verhoeff, "236", "3");
    assert_check(&Verhoeff, "1234", "0");
}

#[test]
fn generic_weighted_mod10_reproduces_the_named_codes() {
    let gs1 = WeightedMod10::new(&[3, 1], Direction::FromRight, Letters::None);
    let ups = WeightedMod10::new(&[1, 2], Direction::FromLeft, Letters::Ups);
    assert_eq!(gs1, WeightedMod10::GS1);
    assert_eq!(ups, WeightedMod10::UPS);
    assert_check(&gs1, "34043383644263659", "7");
    assert_check(&ups, "999AA1012345678", "4");
    // An empty weight list behaves as [1]: plain digit sum complement.
    let plain = WeightedMod10::new(&[], Direction::FromLeft, Letters::Base36);
    assert_check(&plain, "A5", "5"); // 10 + 5 = 15 -> 5
}

#[test]
fn algorithm_ids_round_trip_and_dispatch() {
    for &alg in Algorithm::ALL {
        assert_eq!(alg.as_str().parse::<Algorithm>(), Ok(alg));
        assert_eq!(alg.to_string(), alg.name());
    }
    assert_check(&Algorithm::FedEx, "98657878885", "5");
    assert_check(&Algorithm::Mod97_10, "99991234567890121414", "90");
    assert_check(&Algorithm::S10, "47312482", "9");
    assert_eq!(Algorithm::Mod97_10.check_len(), 2);
    assert_eq!(Algorithm::Mod7.check_alphabet(), Alphabet::DIGITS_0_TO_6);
}

// ---- errors, verbatim ----

#[test]
fn error_messages_verbatim() {
    let msg = |e: Error| e.to_string();
    assert_eq!(msg(Gs1.compute(b"").unwrap_err()), "empty payload");
    assert_eq!(msg(Gs1.compute(b"12a4").unwrap_err()), "invalid character 'a' at index 2");
    assert_eq!(msg(Luhn.compute("12é".as_bytes()).unwrap_err()), "invalid byte 0xc3 at index 2");
    assert_eq!(msg(S10.compute(b"1234567").unwrap_err()), "invalid length 7: expected 8");
    assert_eq!(
        msg(Ups.validate(b"999AA10123456787").unwrap_err()),
        "check digit mismatch: expected '4', found '7'"
    );
    assert_eq!(
        msg(Mod97_10.validate(b"9999123456789012141491").unwrap_err()),
        "check digit mismatch: expected '90', found '91'"
    );
    assert_eq!(msg(Gs1.validate(b"7").unwrap_err()), "invalid length 1: expected 2");
    assert_eq!(msg(Mod7.validate(b"3318810029").unwrap_err()), "invalid character '9' at index 9");
    assert_eq!(
        "crc32".parse::<Algorithm>().unwrap_err().to_string(),
        "unknown check-digit algorithm \"crc32\""
    );
}

#[test]
fn error_kinds_carry_positions_and_values() {
    assert_eq!(
        Mod37_36.compute(b"0101-50").unwrap_err().kind(),
        ErrorKind::InvalidChar { byte: b'-', index: 4 }
    );
    assert_eq!(
        Luhn.validate(b"320595463937").unwrap_err().kind(),
        ErrorKind::Mismatch { expected: CheckChars::digit(8), found: CheckChars::digit(7) }
    );
    // Lower case is outside every alphabet: normalising is the caller's job.
    assert_eq!(
        Ups.compute(b"999aa").unwrap_err().kind(),
        ErrorKind::InvalidChar { byte: b'a', index: 3 }
    );
    // An 'X' is a check character of MOD 11-2, never a payload character.
    assert_eq!(
        Mod11_2.compute(b"07X").unwrap_err().kind(),
        ErrorKind::InvalidChar { byte: b'X', index: 2 }
    );
}

#[test]
fn verify_never_fails_on_junk() {
    let junk: &[&[u8]] = &[b"", b"1", b"\xff\xfe", "ü".as_bytes(), b"12 34", b"1-Z", b"\0\0\0"];
    for &alg in Algorithm::ALL {
        for j in junk {
            assert!(!alg.verify(j), "{alg:?} accepted {j:?}");
        }
    }
}

#[test]
fn mod97_10_guarantees_are_for_digit_payloads() {
    // A letter counts as two digits, so changing a letter can be invisible: documented.
    let full = complete(Algorithm::Mod97_10, b"M2");
    let mut swapped = full.clone();
    swapped.swap(0, 1);
    assert_eq!(String::from_utf8_lossy(&full), "M214");
    assert!(Mod97_10.verify(&swapped), "2M14 also verifies");
}

#[test]
fn hybrid_iso7064_codes_miss_some_transpositions() {
    // Why `detects_all_transpositions` is false for the hybrid systems: counterexamples
    // found by exhaustive search over short payloads (the check character takes part).
    assert!(Mod37_36.verify(b"901") && Mod37_36.verify(b"910"));
    assert!(Mod11_10.verify(b"560") && Mod11_10.verify(b"650"));
    assert!(!Algorithm::Mod37_36.detects_all_transpositions());
    assert!(!Algorithm::Mod11_10.detects_all_transpositions());
}

#[test]
fn public_types_are_send_sync_copy() {
    fn assert_traits<T: Send + Sync + Copy + 'static>() {}
    assert_traits::<Error>();
    assert_traits::<ErrorKind>();
    assert_traits::<CheckChars>();
    assert_traits::<Alphabet>();
    assert_traits::<Algorithm>();
    assert_traits::<Direction>();
    assert_traits::<Letters>();
    assert_traits::<WeightedMod10>();
    assert_traits::<WeightedMod11>();
    assert_traits::<(Gs1, Ups, S10, Mod7, Luhn, DeutschePost)>();
    assert_traits::<(Mod11_2, Mod11_10, Mod37_2, Mod37_36, Mod97_10, Damm, Verhoeff)>();
    fn assert_error<T: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<Error>();
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_ids() {
    let json = serde_json::to_string(&Algorithm::Mod37_36).unwrap();
    assert_eq!(json, "\"mod37_36\"");
    assert_eq!(serde_json::from_str::<Algorithm>(&json).unwrap(), Algorithm::Mod37_36);
    assert!(serde_json::from_str::<Algorithm>("\"md5\"").is_err());
    let c = Mod97_10.compute(b"99991234567890121414").unwrap();
    assert_eq!(serde_json::to_string(&c).unwrap(), "\"90\"");
    assert_eq!(serde_json::from_str::<CheckChars>("\"90\"").unwrap(), c);
    assert_eq!(serde_json::to_string(&Direction::FromRight).unwrap(), "\"from_right\"");
}

// ---- properties ----

/// A random payload valid for `alg` (S10 needs exactly 8 digits).
fn payload_for(alg: Algorithm) -> BoxedStrategy<Vec<u8>> {
    // MOD 97-10 expands letters into two digits, so its guarantees hold on digit payloads.
    let alphabet = if alg == Algorithm::Mod97_10 { Alphabet::DIGITS } else { alg.alphabet() };
    let alphabet = alphabet.as_str().as_bytes().to_vec();
    let len = if alg == Algorithm::S10 { 8..=8 } else { 1..=40usize };
    proptest::collection::vec(proptest::sample::select(alphabet), len).boxed()
}

fn algorithm_and_payload(
    filter: fn(Algorithm) -> bool,
) -> impl Strategy<Value = (Algorithm, Vec<u8>)> {
    let algs: Vec<Algorithm> = Algorithm::ALL.iter().copied().filter(|a| filter(*a)).collect();
    proptest::sample::select(algs).prop_flat_map(|alg| payload_for(alg).prop_map(move |p| (alg, p)))
}

fn any_algorithm_and_payload() -> impl Strategy<Value = (Algorithm, Vec<u8>)> {
    algorithm_and_payload(|_| true)
}

fn complete(alg: Algorithm, payload: &[u8]) -> Vec<u8> {
    let mut full = payload.to_vec();
    full.extend_from_slice(alg.compute(payload).unwrap().as_bytes());
    full
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn computed_check_verifies((alg, payload) in any_algorithm_and_payload()) {
        let full = complete(alg, &payload);
        prop_assert!(alg.verify(&full));
        let c = alg.validate(&full).unwrap();
        prop_assert!(c.as_bytes().iter().all(|&b| alg.check_alphabet().contains(b)));
    }

    #[test]
    fn single_substitutions_are_detected_where_guaranteed(
        (alg, payload) in algorithm_and_payload(Algorithm::detects_all_substitutions),
        pos in any::<prop::sample::Index>(),
        replacement in any::<prop::sample::Index>(),
    ) {
        let full = complete(alg, &payload);
        let i = pos.index(full.len());
        let in_check = i >= payload.len();
        let alphabet = if in_check || alg == Algorithm::Mod97_10 {
            if in_check { alg.check_alphabet() } else { Alphabet::DIGITS }
        } else {
            alg.alphabet()
        };
        let new = alphabet.as_str().as_bytes()[replacement.index(alphabet.len())];
        prop_assume!(new != full[i]);
        let mut tampered = full.clone();
        tampered[i] = new;
        prop_assert!(!alg.verify(&tampered), "{alg:?} missed {:?}", String::from_utf8_lossy(&tampered));
    }

    #[test]
    fn adjacent_transpositions_are_detected_where_guaranteed(
        (alg, payload) in algorithm_and_payload(Algorithm::detects_all_transpositions),
        pos in any::<prop::sample::Index>(),
    ) {
        let full = complete(alg, &payload);
        let i = pos.index(full.len() - 1);
        prop_assume!(full[i] != full[i + 1]);
        let mut swapped = full.clone();
        swapped.swap(i, i + 1);
        prop_assert!(!alg.verify(&swapped), "{alg:?} missed {:?}", String::from_utf8_lossy(&swapped));
    }

    #[test]
    fn out_of_alphabet_byte_is_reported_at_its_index(
        (alg, payload) in any_algorithm_and_payload(),
        pos in any::<prop::sample::Index>(),
        bad in any::<u8>(),
    ) {
        prop_assume!(!alg.alphabet().contains(bad));
        let mut payload = payload;
        let i = pos.index(payload.len());
        payload[i] = bad;
        let err = alg.compute(&payload).unwrap_err();
        prop_assert_eq!(err.kind(), ErrorKind::InvalidChar { byte: bad, index: i });
    }

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        for &alg in Algorithm::ALL {
            let _ = alg.compute(&bytes);
            let _ = alg.verify(&bytes);
            let _ = alg.validate(&bytes);
        }
    }

    #[test]
    fn const_digit_agrees_with_trait((alg, payload) in any_algorithm_and_payload()) {
        let via_const = match alg {
            Algorithm::Gs1 => Gs1::digit(&payload),
            Algorithm::Luhn => Luhn::digit(&payload),
            Algorithm::Damm => Damm::digit(&payload),
            Algorithm::Verhoeff => Verhoeff::digit(&payload),
            Algorithm::Mod7 => Mod7::digit(&payload),
            Algorithm::Ups => Ups::digit(&payload),
            _ => return Ok(()),
        };
        prop_assert_eq!(via_const.unwrap(), alg.compute(&payload).unwrap().first());
    }

    /// Differential test: the `luhn` crate as an oracle, on digit-only strings (it skips
    /// other characters and overflows on long input, so it is never a runtime dependency).
    #[test]
    fn luhn_matches_the_luhn_crate(digits in "[0-9]{1,24}") {
        prop_assert_eq!(Luhn.verify(digits.as_bytes()), digits.len() > 1 && luhn::valid(&digits));
        prop_assert_eq!(Luhn::digit(digits.as_bytes()).unwrap(), luhn::checksum(digits.as_bytes()));
    }
}

#[test]
fn substitution_guarantees_hold_exhaustively_on_short_payloads() {
    // Every 3-digit payload, every position, every replacement digit.
    for alg in Algorithm::ALL.iter().copied().filter(|a| a.detects_all_substitutions()) {
        for n in 0..1000u32 {
            let payload = format!("{n:03}");
            let full = complete(alg, payload.as_bytes());
            for i in 0..full.len() {
                let alphabet = if i >= 3 { alg.check_alphabet() } else { Alphabet::DIGITS };
                for &b in alphabet.as_str().as_bytes() {
                    if b == full[i] {
                        continue;
                    }
                    let mut t = full.clone();
                    t[i] = b;
                    assert!(
                        !alg.verify(&t),
                        "{alg:?}: {payload} -> {}",
                        String::from_utf8_lossy(&t)
                    );
                }
            }
        }
    }
}
