//! Custom formats next to carriers: overlap analysis, detection
//! with custom formats, registration with the text scanner.

use tracking_number::custom::{detect_with, CustomFormat, Date, Detected, CONFLICT_SAMPLES};
use tracking_number::scan::MatchKind;
use tracking_number::{Carrier, Confidence, Evidence, Format, Scanner};

fn fmt(p: &str) -> CustomFormat {
    p.parse().unwrap_or_else(|e| panic!("{p:?}: {e}"))
}

#[test]
fn bare_twelve_digits_conflict_with_fedex_express() {
    let f = fmt("{seq:12}");
    let conflicts: Vec<_> = f.conflicts().collect();
    let fedex =
        conflicts.iter().find(|c| c.format() == Format::FedexExpress).expect("fedex express");
    assert_eq!(fedex.carrier(), Carrier::Fedex);
    assert_eq!(fedex.sampled(), CONFLICT_SAMPLES);
    // one check digit: about one number in ten passes
    assert!((0.04..=0.2).contains(&fedex.share()), "{}", fedex.share());
    // ranked by share, deterministic
    assert!(conflicts.windows(2).all(|w| w[0].matched() >= w[1].matched()));
    assert_eq!(f.conflicts().collect::<Vec<_>>(), conflicts);
    assert_eq!(f.conflicts().len(), conflicts.len());
}

#[test]
fn distinctive_formats_do_not_conflict() {
    for p in [
        "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}",
        "SHOP{rand:10:crockford}{check:mod37_36}",
        "{seq:7}",
        "ORD#{seq:12}",
    ] {
        let c: Vec<_> = fmt(p).conflicts().collect();
        assert!(c.is_empty(), "{p}: {c:?}");
    }
}

#[test]
fn formats_shaped_like_carriers_are_reported() {
    // 20 digits: the length of USPS IMpb and of SSCC (with AI 00)
    let c: Vec<Format> = fmt("{seq:19}{check:gs1}").conflicts().map(|c| c.format()).collect();
    assert!(!c.is_empty());
    // two letters, nine digits, two letters: the UPU S10 shape
    let s10 = fmt("RR{seq:8}{check:s10}GB");
    assert!(
        s10.conflicts().any(|c| c.format() == Format::S10),
        "{:?}",
        s10.conflicts().collect::<Vec<_>>()
    );
}

#[test]
fn detect_with_ranks_custom_and_carrier_readings() {
    let orders = fmt("ACME-{date:YYMM}-{seq:6:perm}-{check:damm}")
        .with_key(11)
        .with_id("acme_order")
        .unwrap();
    let n = orders.from_sequence(7, Some(Date::new(2024, 3, 5).unwrap())).unwrap();
    // only ours
    let d: Vec<_> = detect_with(n.as_str(), &[&orders]).collect();
    assert_eq!(d.len(), 1);
    match d[0] {
        Detected::Custom { format, parsed } => {
            assert_eq!(format.id(), "acme_order");
            assert_eq!(parsed.sequence(), Some(7));
        }
        other => panic!("{other:?}"),
    }
    // typed by a customer
    let typed = n.as_str().to_lowercase().replace('-', " ");
    assert_eq!(
        detect_with(&typed, &[&orders]).best().map(|d| d.id().to_string()).as_deref(),
        Some("acme_order")
    );
    // only a carrier
    let ups: Vec<_> = detect_with("1Z999AA10123456784", &[&orders]).collect();
    assert!(
        matches!(ups[0], Detected::Carrier(c) if c.format() == Format::Ups1Z && c.evidence() == Evidence::Verified)
    );
    // both: a bare 12-digit format without check next to a verified FedEx number
    let bare = CustomFormat::builder().sequence(12).id("bare").build().unwrap();
    let ids: Vec<String> =
        detect_with("986578788855", &[&bare]).map(|d| d.id().to_string()).collect();
    assert_eq!(ids[0], "fedex_express");
    assert!(ids.contains(&"bare".to_string()));
    // with a check character of its own, our format ties with a verified carrier: it ranks
    // as a verified Medium-confidence layout, and built-in formats come first at equal rank
    let luhn12 = fmt("{seq:11}{check:luhn}").with_id("luhn12").unwrap();
    let both = (0..100_000u64)
        .filter_map(|k| luhn12.from_sequence(k * 7_919, None).ok())
        .find(|n| tracking_number::Format::FedexExpress.is_valid(n.as_str()))
        .expect("a number valid for both");
    let readings: Vec<Detected> = detect_with(both.as_str(), &[&luhn12]).collect();
    assert_eq!(readings[0].id(), "fedex_express", "{readings:?}");
    let ours = readings.iter().position(|d| d.id() == "luhn12").expect("luhn12 reported");
    let strong = |d: &Detected| {
        matches!(d, Detected::Carrier(c) if c.evidence() == Evidence::Verified
            && c.confidence() >= Confidence::Medium)
    };
    assert!(readings[..ours].iter().all(strong), "{readings:?}");
    assert!(!readings[ours + 1..].iter().any(strong), "{readings:?}");
    // but it beats mistyped carrier numbers (a FedEx Express check digit that fails) and
    // Low-confidence layouts
    let damm12 = fmt("{seq:11}{check:damm}").with_id("damm12").unwrap();
    let mismatch = (0..100_000u64)
        .filter_map(|k| damm12.from_sequence(k * 7_919, None).ok())
        .find(|n| {
            let mut carriers = tracking_number::detect(n.as_str());
            carriers.any(|c| {
                c.format() == Format::FedexExpress
                    && matches!(c.evidence(), Evidence::Mismatch { .. })
            }) && tracking_number::detect(n.as_str())
                .all(|c| c.evidence() != Evidence::Verified || c.confidence() == Confidence::Low)
        })
        .expect("a damm12 number that FedEx Express rejects and no strong carrier accepts");
    let ids: Vec<String> =
        detect_with(mismatch.as_str(), &[&damm12]).map(|d| d.id().to_string()).collect();
    assert_eq!(ids[0], "damm12", "{ids:?}");
    assert!(ids.contains(&"fedex_express".to_string()), "{ids:?}");
    // nothing
    assert!(detect_with("hello world", &[&orders]).is_empty());
}

/// The ids `custom::detect_with` reports, in order.
fn custom_ids(input: &str, formats: &[&CustomFormat]) -> Vec<String> {
    let d = detect_with(input, formats);
    let ids: Vec<String> = d.map(|d| d.id().to_string()).collect();
    assert_eq!(d.len(), ids.len(), "{input:?}: len is exact");
    ids
}

/// The carrier ids `detect` reports for the normalised input, in order.
fn carrier_ids(input: &str) -> Vec<String> {
    let mut buf = [0u8; tracking_number::TrackingNumber::MAX_LEN];
    match tracking_number::normalize(input, &mut buf) {
        Some(norm) => {
            tracking_number::detect(norm).map(|c| c.format().as_str().to_string()).collect()
        }
        None => Vec::new(),
    }
}

#[test]
fn custom_detection_merges_carrier_readings_in_their_order() {
    let bare = fmt("{seq:12}").with_id("bare12").unwrap();
    let luhn12 = fmt("{seq:11}{check:luhn}").with_id("luhn12").unwrap();
    let orders = fmt("ACME-{date:YYMM}-{seq:6:perm}-{check:damm}")
        .with_key(11)
        .with_id("acme_order")
        .unwrap();
    let order = orders.from_sequence(7, Some(Date::new(2024, 3, 5).unwrap())).unwrap();
    let typed_order = order.as_str().to_lowercase().replace('-', " ");
    let formats = [&bare, &luhn12, &orders];
    let inputs = [
        "986578788855",       // FedEx Express, verified; also bare12
        "986578788856",       // FedEx Express with a wrong check digit; bare12
        "9865 7878 8855",     // typed with spaces
        "1Z999AA10123456784", // UPS only
        order.as_str(),
        &typed_order,
        "hello world",
    ];
    let mut seen_mixed = false;
    for input in inputs {
        let ours = custom_ids(input, &formats);
        // the carrier readings keep detect's order; the custom ones are those that parse
        let carriers: Vec<String> = ours
            .iter()
            .filter(|id| !formats.iter().any(|f| f.id() == id.as_str()))
            .cloned()
            .collect();
        assert_eq!(carriers, carrier_ids(input), "{input:?}");
        let custom: Vec<&str> =
            formats.iter().filter(|f| f.parse_lenient(input).is_ok()).map(|f| f.id()).collect();
        assert_eq!(ours.len(), carriers.len() + custom.len(), "{input:?}");
        seen_mixed |= ours.iter().any(|id| id == "bare12") && ours.len() > 1;
    }
    assert!(seen_mixed, "some input mixes custom and carrier readings");
    assert_eq!(custom_ids("986578788855", &formats)[0], "fedex_express");
    // a custom reading (valid) outranks the carrier reading whose check digit fails
    let ids = custom_ids("986578788856", &formats);
    let at = |id: &str| ids.iter().position(|x| x == id).unwrap();
    assert!(at("bare12") < at("fedex_express"), "{ids:?}");
    assert_eq!(custom_ids(order.as_str(), &formats), ["acme_order"]);
    assert_eq!(custom_ids("1Z999AA10123456784", &formats), ["ups_1z"]);
    assert!(custom_ids("hello world", &formats).is_empty());
    // the order of the formats given decides between custom formats of equal rank
    let reversed = [&orders, &luhn12, &bare];
    for input in ["986578788855", "986578788856"] {
        let ours = custom_ids(input, &formats);
        let theirs = custom_ids(input, &reversed);
        let pos = |ids: &[String], id: &str| ids.iter().position(|x| x == id);
        // luhn12 (checked) before bare12 either way; equal-rank custom formats keep the order
        // given, so the carrier readings' places do not move
        assert_eq!(ours.len(), theirs.len(), "{input:?}");
        if let (Some(l), Some(b)) = (pos(&ours, "luhn12"), pos(&ours, "bare12")) {
            assert!(l < b, "{input:?} {ours:?}");
        }
        assert_eq!(pos(&ours, "fedex_express"), pos(&theirs, "fedex_express"), "{input:?}");
    }
}

#[test]
fn input_that_does_not_normalise_reaches_only_custom_formats() {
    // `/` and `_` are skipped by lenient custom parsing but refused by carrier normalisation
    let plain = fmt("REF/{seq:6}").with_id("plain").unwrap();
    let checked = fmt("REF/{seq:5}{check:luhn}").with_id("checked").unwrap();
    let n = checked.from_sequence(4_242, None).unwrap();
    assert!(plain.parse_lenient(n.as_str()).is_ok(), "{n} fits both");
    let typed = n.as_str().to_lowercase().replace('/', "_");
    let mut buf = [0u8; tracking_number::TrackingNumber::MAX_LEN];
    assert!(tracking_number::normalize(&typed, &mut buf).is_none());
    // a check character first, then the order given
    assert_eq!(custom_ids(&typed, &[&plain, &checked]), ["checked", "plain"]);
    match detect_with(&typed, &[&plain, &checked]).next() {
        Some(Detected::Custom { format, parsed }) => {
            assert_eq!(format.id(), "checked");
            assert_eq!(parsed.number().as_str(), n.as_str());
            assert!(parsed.was_normalized());
        }
        other => panic!("{other:?}"),
    }
    // longer than any carrier number can be, and still one of ours
    let long = fmt("CUSTOMER-ORDER-REFERENCE-{seq:19}").with_id("long").unwrap();
    let n = long.from_sequence(5, None).unwrap();
    assert!(tracking_number::normalize(n.as_str(), &mut buf).is_none());
    assert_eq!(custom_ids(n.as_str(), &[&plain, &long]), ["long"]);
}

#[test]
fn scanner_finds_order_numbers_next_to_carrier_numbers() {
    let orders = fmt("ACME-{date:YYMM}-{seq:6:perm}-{check:damm}")
        .with_key(11)
        .with_id("acme_order")
        .unwrap();
    let n = orders.from_sequence(1234, Some(Date::new(2024, 11, 2).unwrap())).unwrap();
    let mut tampered = n.as_str().as_bytes().to_vec();
    let last = tampered.len() - 1;
    tampered[last] = if tampered[last] == b'0' { b'1' } else { b'0' };
    let tampered = String::from_utf8(tampered).unwrap();
    let email = format!(
        "Hi, my order {n} has not arrived. UPS says 1Z999AA10123456784. \
         (Not order {tampered}, that was my typo.)"
    );
    let scanner = Scanner::builder().extra(&orders).build().unwrap();
    let found: Vec<(String, String)> = scanner
        .find_iter(&email)
        .map(|m| {
            let what = match m.kind() {
                MatchKind::Extra { id } => id.to_string(),
                MatchKind::Carrier(t) => t.format().as_str().to_string(),
                _ => "other".to_string(),
            };
            (what, m.as_str().to_string())
        })
        .collect();
    assert!(found.contains(&("acme_order".to_string(), n.to_string())), "{found:?}");
    assert!(found.iter().any(|(what, _)| what == "ups_1z"), "{found:?}");
    assert!(!found.iter().any(|(_, s)| *s == tampered), "{found:?}");
}

/// The README section's example, verbatim (kept compiling here).
#[test]
fn readme_example() -> Result<(), Box<dyn std::error::Error>> {
    use tracking_number::custom::{CustomFormat, Date};
    use tracking_number::Scanner;

    // date + permuted counter + Damm check; the key comes from your configuration
    let orders = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}"
        .parse::<CustomFormat>()?
        .with_key(0x5EED_F00D)
        .with_id("acme_order")?;
    let today = Date::new(2024, 11, 2).ok_or("no such day")?; // no clock in the library
    let n = orders.from_sequence(1234, Some(today))?; // no RNG, no allocation
    assert!(n.as_str().starts_with("ACME-2411-"));

    // what a customer types back: lenient parsing is an explicit option
    let parsed = orders.parse_lenient(&n.as_str().to_lowercase().replace('-', " "))?;
    assert_eq!(parsed.sequence(), Some(1234)); // the counter, un-permuted

    // sizing and safety
    assert_eq!(orders.capacity(), 1_000_000); // numbers per month
    assert!(orders.conflicts().is_empty()); // no carrier format accepts them

    // found in customer e-mails next to carrier numbers
    let scanner = Scanner::builder().extra(&orders).build()?;
    let text = format!("Order {n}, shipped as 1Z999AA10123456784.");
    assert_eq!(scanner.find_iter(&text).count(), 2);
    Ok(())
}

#[cfg(feature = "serde")]
#[test]
fn conflicts_serialise() {
    let c = fmt("{seq:12}").conflicts().next().unwrap();
    let json = serde_json::to_string(&c).unwrap();
    assert!(json.starts_with(r#"{"format":""#), "{json}");
    assert_eq!(serde_json::from_str::<tracking_number::custom::Conflict>(&json).unwrap(), c);
    let bad = json.replace(&format!("\"matched\":{}", c.matched()), "\"matched\":9999");
    assert!(serde_json::from_str::<tracking_number::custom::Conflict>(&bad).is_err());
}
