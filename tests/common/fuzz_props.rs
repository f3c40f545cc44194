//! The properties every fuzz target asserts, shared by the libFuzzer targets in
//! `fuzz/fuzz_targets/` and by `tests/fuzz_regressions.rs`, which re-runs crash inputs and a
//! deterministic random-input sweep without a fuzzer.
#![allow(dead_code)] // each includer uses a subset

use tracking_number::check::{Algorithm, CheckDigit};
use tracking_number::custom::{CustomFormat, Date, Parts};
use tracking_number::scan::{Scanner, MAX_NORMALIZED};
use tracking_number::{detect, Evidence, TrackingNumber};

/// Every check-digit algorithm on arbitrary bytes: no panic, and `verify`, `validate` and
/// `compute` agree.
pub fn check(data: &[u8]) {
    for alg in Algorithm::ALL {
        let verified = alg.verify(data);
        assert_eq!(verified, alg.validate(data).is_ok(), "{alg:?}");
        if let Ok(c) = alg.compute(data) {
            let mut full = data.to_vec();
            full.extend_from_slice(c.as_bytes());
            assert!(alg.verify(&full), "{alg:?}");
        }
    }
}

/// Parsing: accepted numbers round-trip through `to_string()` (strict) and through their
/// printed `grouped()` form (lenient).
pub fn parse(s: &str) {
    let strict = TrackingNumber::parse(s);
    assert_eq!(strict.is_ok(), TrackingNumber::is_valid(s));
    if let Ok(n) = strict {
        assert_eq!(n.as_str(), s);
        let displayed = n.to_string(); // through `Display`, not `as_str`
        assert_eq!(TrackingNumber::parse(&displayed), Ok(n));
        let printed = n.grouped().to_string();
        let lenient = TrackingNumber::parse_lenient(&printed).expect("grouped form parses");
        assert_eq!(lenient.number(), n, "grouped {printed:?}");
    }
    if let Ok(l) = TrackingNumber::parse_lenient(s) {
        let n = l.number();
        assert_eq!(TrackingNumber::parse(n.as_str()), Ok(n));
    }
}

/// Detection: the default answer agrees with `parse`/`is_valid`; valid candidates re-parse
/// as their format; mismatches name a correction that verifies; a failing check digit never
/// outranks a valid reading.
pub fn detect_props(s: &str) {
    let candidates = detect(s);
    let accepted = candidates.accepted();
    assert_eq!(TrackingNumber::is_valid(s), accepted.is_some());
    assert_eq!(TrackingNumber::parse(s).ok(), accepted.and_then(|c| c.number()));
    let mut seen_mismatch = false;
    for c in candidates {
        let mismatch = matches!(c.evidence(), Evidence::Mismatch { .. });
        assert!(mismatch || !seen_mismatch, "a mismatch outranks a valid reading");
        seen_mismatch |= mismatch;
    }
    for c in candidates {
        assert_eq!(c.as_str(), s);
        match c.evidence() {
            Evidence::Mismatch { expected } => {
                assert!(c.number().is_none());
                assert_eq!(c.expected_check(), Some(expected));
                if let Some(fixed) = c.corrected() {
                    assert!(c.format().is_valid(fixed.as_str()));
                }
            }
            _ => {
                let n = c.number().expect("valid candidates carry a number");
                assert!(c.format().is_valid(n.as_str()));
                let again = TrackingNumber::parse_as(s, c.format()).map(|n| n.format());
                assert_eq!(again, Ok(c.format()));
            }
        }
    }
}

/// The scanner: spans inside the text on char boundaries, in input order without overlapping
/// (in HTML mode too, where a tracking link's target is read after the link's text), and
/// re-detecting as the reported format (default, eager and HTML scanners).
pub fn find_iter(text: &str) {
    let default_count = tracking_number::find_iter(text).count();
    assert_eq!(tracking_number::is_match(text), default_count > 0);
    let eager = Scanner::builder().eager(true).build().expect("eager scanner builds");
    let html = Scanner::builder().html(true).build().expect("html scanner builds");
    let html_eager =
        Scanner::builder().html(true).eager(true).build().expect("html scanner builds");
    let plain = Scanner::builder().build().expect("default builds");
    for scanner in [plain, eager, html, html_eager] {
        let mut last_end = 0;
        let mut spans = Vec::new();
        for m in scanner.find_iter(text) {
            let (start, end) = (m.start(), m.end());
            assert!(start < end && end <= text.len());
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            assert!(start >= last_end, "out of order or overlapping at {start}");
            assert_eq!(&text[m.range()], m.as_str());
            last_end = end;
            spans.push((start, end));
            let mut buf = [0u8; MAX_NORMALIZED];
            let normalised = m.normalized(&mut buf);
            let format = m.format().expect("built-in scanners report carrier formats");
            let n = m.number().expect("reported numbers are valid");
            assert!(format.is_valid(n.as_str()));
            assert!(detect(normalised).any(
                |c| c.format() == format && !matches!(c.evidence(), Evidence::Mismatch { .. })
            ));
        }
        assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "overlapping spans: {spans:?}");
    }
}

/// Custom formats: arbitrary patterns never panic and, when accepted, round-trip through
/// `Display`; numbers generated from arbitrary counters and random words parse back to the
/// same sequence; arbitrary candidates never panic the parsers.
pub fn custom(pattern: &str, key: u64, sequence: u64, seed: u64, candidate: &str) {
    let Ok(format) = pattern.parse::<CustomFormat>() else {
        return;
    };
    let printed = format.to_string();
    let again: CustomFormat = printed.parse().expect("Display output parses");
    assert_eq!(again.to_string(), printed);
    let format = format.with_key(key);

    let _ = format.parse_lenient(candidate);
    assert_eq!(format.parse(candidate).is_ok(), format.is_valid(candidate));

    let mut x = seed | 1;
    let source = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut parts = Parts::new().sequence(sequence);
    if let Some(d) = Date::new(2024, 2, 29) {
        parts = parts.date(d);
    }
    if let Ok(n) = format.generate_with_source(&parts, source) {
        let parsed = format.parse(n.as_str()).expect("generated numbers parse");
        if format.has_sequence() {
            assert_eq!(parsed.sequence(), Some(sequence));
        }
        assert!(format.is_valid(n.as_str()));
    }
}

/// Status: any arrival order of the same events gives the same final state (status, detail,
/// milestones, proof of delivery, ETA), and applying every event twice changes nothing.
/// `script` describes the events: 4 bytes each (time step, status, flags, piece/code).
#[cfg(feature = "alloc")]
pub fn status(script: &[u8], order_seed: u64) {
    use tracking_number::status::{
        EtaObservation, EtaWindow, EventFlags, ProofOfDelivery, Status, Timestamp, Tracker,
        TrackingEvent,
    };

    let mut events = Vec::new();
    let mut t: i64 = 1_700_000_000_000;
    for chunk in script.chunks_exact(4).take(64) {
        let [step, status, flags, extra] = [chunk[0], chunk[1], chunk[2], chunk[3]];
        t += i64::from(step) * 600_000; // steps of 10 minutes; equal times are allowed
        let at = Timestamp::from_unix_ms(t);
        let event = if status % 17 == 16 {
            TrackingEvent::informational(at, "ZZ9") // an unknown carrier code
        } else {
            let s = Status::ALL[usize::from(status) % Status::ALL.len()];
            let mut f = EventFlags::NONE;
            f.correction = flags & 1 != 0;
            f.return_leg = flags & 2 != 0;
            f.redirect = flags & 4 != 0;
            let mut e = TrackingEvent::new(at, s).with_flags(f);
            if flags & 8 != 0 {
                e = e.with_raw_code(if extra & 1 == 0 { "A1" } else { "B2" });
            }
            if flags & 16 != 0 {
                if let Some(w) = EtaWindow::new(at, Timestamp::from_unix_ms(t + 86_400_000)) {
                    e = e.with_eta(EtaObservation::new(at, w));
                }
            }
            if s == Status::Delivered && flags & 32 != 0 {
                let mut pod = ProofOfDelivery::new();
                pod.signed_by = Some(if extra & 2 == 0 { "A" } else { "B" }.into());
                e = e.with_pod(pod).unwrap_or_else(|_| TrackingEvent::new(at, s));
            }
            e
        };
        events.push(event);
    }

    let fold = |order: &[usize], twice: bool| {
        let mut tracker = Tracker::new();
        for &i in order {
            tracker.apply(events[i].clone());
            if twice {
                tracker.apply(events[i].clone());
            }
        }
        (
            tracker.status(),
            tracker.detail().cloned(),
            tracker.milestones(),
            tracker.current_pod(),
            tracker.current_eta(),
        )
    };
    let in_order: Vec<usize> = (0..events.len()).collect();
    let mut shuffled = in_order.clone();
    let mut x = order_seed | 1;
    for i in (1..shuffled.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        shuffled.swap(i, (x % (i as u64 + 1)) as usize);
    }
    let reference = fold(&in_order, false);
    assert_eq!(fold(&shuffled, false), reference, "order {shuffled:?}");
    assert_eq!(fold(&in_order, true), reference, "applied twice");
    let reversed: Vec<usize> = in_order.iter().rev().copied().collect();
    assert_eq!(fold(&reversed, false), reference, "reversed");
}

/// Vendor payloads: any bytes, read as each vendor's document, never panic; a document that
/// reads gives the same shipments twice and its events fold without a panic.
#[cfg(all(feature = "alloc", feature = "serde"))]
pub fn payload(data: &[u8]) {
    use tracking_number::status::payload::{read, Options, Vendor};
    use tracking_number::status::Shipment;
    let Ok(text) = core::str::from_utf8(data) else { return };
    for vendor in [
        Vendor::Easypost,
        Vendor::Aftership,
        Vendor::Shippo,
        Vendor::Track17,
        Vendor::Ups,
        Vendor::Fedex,
        Vendor::Usps,
        Vendor::Dhl,
    ] {
        let once = read(vendor, &mut serde_json::Deserializer::from_str(text), &Options::new());
        let twice = read(vendor, &mut serde_json::Deserializer::from_str(text), &Options::new());
        assert_eq!(once, twice);
        if let Ok(shipments) = once {
            for p in shipments {
                let mut s = Shipment::new(None);
                for e in p.events {
                    s.apply(e);
                }
                let _ = s.shipment_level().status();
            }
        } else if let Err(e) = once {
            assert!(e.path().starts_with('$'), "{e}");
        }
    }
    // the vendor told from the shape reads as that vendor does, and agrees with the detector
    let any = tracking_number::status::payload::read_any(
        &mut serde_json::Deserializer::from_str(text),
        &Options::new(),
    );
    let detected = Vendor::of_document(&mut serde_json::Deserializer::from_str(text));
    match any {
        Ok((vendor, shipments)) => {
            assert_eq!(detected, Some(vendor));
            let named =
                read(vendor, &mut serde_json::Deserializer::from_str(text), &Options::new());
            assert_eq!(named, Ok(shipments));
        }
        Err(e) => assert!(e.path().starts_with('$'), "{e}"),
    }
}
