//! The default answer on the identification set (`common/identification_set.rs`): false
//! accepts, recall in every written form and the right carrier, against the targets; and
//! each class of junk the default answer used to accept, as a regression test.

#[path = "common/generators.rs"]
mod generators;
#[path = "common/identification_set.rs"]
mod identification_set;

use identification_set::{set, Figures, Form, FORMS};
use tracking_number::{detect, Carrier, Distractor, Format, ParseErrorKind, TrackingNumber};

fn default_answer(s: &str) -> Option<TrackingNumber> {
    TrackingNumber::parse_lenient(s).ok().map(|l| l.number())
}

#[test]
fn the_default_answer_meets_the_targets() {
    let items = set(0x5EED_1D5E_7000_0001, 25, 500);
    let f = Figures::of(&items, default_answer);
    let report = f.report();
    eprintln!("{report}");
    assert!(f.false_accept_rate() <= 0.025, "{report}");
    for form in FORMS {
        assert!(f.recall(form) >= 0.995, "{form:?}\n{report}");
    }
    assert!(f.right_carrier() >= 0.995, "{report}");
    // the set is not trivial: every written form of hundreds of numbers, every junk kind
    assert!(f.recall.iter().all(|&(_, t)| t > 1000), "{report}");
    assert!(f.false_accepts.iter().all(|&(_, t)| t == 500), "{report}");
}

#[test]
fn the_figures_are_the_same_through_every_entry_point() {
    // `parse` on the canonical form and `is_valid` agree with the lenient answer
    for item in set(7, 3, 40) {
        let text = item.text();
        let lenient = default_answer(text);
        let mut buf = [0u8; TrackingNumber::MAX_LEN];
        if let Some(canonical) = tracking_number::normalize(text, &mut buf) {
            let strict = TrackingNumber::parse(canonical).ok();
            assert_eq!(TrackingNumber::is_valid(canonical), strict.is_some(), "{text}");
            assert_eq!(detect(canonical).accepted().and_then(|c| c.number()), strict, "{text}");
            if strict.is_none() {
                // printed distractors (dates, phone numbers) are only told from their form
                assert!(lenient.is_none() || text.contains([' ', '-', '.']), "{text}");
            }
        }
    }
}

#[track_caller]
fn refused(s: &str) -> ParseErrorKind {
    match TrackingNumber::parse_lenient(s) {
        Ok(l) => panic!("{s:?} accepted as {:?}", l.number()),
        Err(e) => e.kind(),
    }
}

#[test]
fn payment_cards_are_not_evri_or_canada_post() {
    // test card numbers the networks publish for integration testing
    for s in [
        "4111111111111111",
        "4111 1111 1111 1111",
        "5555555555554444",
        "378282246310005",
        "6011111111111117",
    ] {
        assert_eq!(refused(s), ParseErrorKind::LooksLike { what: Distractor::PaymentCard }, "{s}");
    }
}

#[test]
fn product_codes_are_not_gls_or_dpd() {
    // an ISBN-13, an EAN-13, an EAN-8, a GTIN-14 (valid GS1 check digits)
    for s in ["9780306406157", "4006381333931", "96385074", "10614141000415"] {
        assert!(TrackingNumber::parse_lenient(s).is_err(), "{s}");
    }
    assert_eq!(
        refused("9780306406157"),
        ParseErrorKind::LooksLike { what: Distractor::ProductCode }
    );
}

#[test]
fn dates_and_eight_digit_runs_are_not_evri() {
    for s in ["20190507", "21.06.2021", "2021-06-21", "07.05.2019", "12345678", "48151623"] {
        assert!(TrackingNumber::parse_lenient(s).is_err(), "{s}");
    }
    assert_eq!(refused("21.06.2021"), ParseErrorKind::LooksLike { what: Distractor::Date });
    assert_eq!(refused("20190507"), ParseErrorKind::LooksLike { what: Distractor::Date });
    // with the carrier named, an 8-digit Evri calling-card number is read
    let n = TrackingNumber::parse_for("48151623", &[Carrier::Evri]).unwrap().number();
    assert_eq!(n.format(), Format::EvriCallingCard);
}

#[test]
fn order_ids_are_not_gls_track_ids_or_australia_post() {
    for s in ["PO358413", "N9AHT2DI", "INV942609110161", "ORDER123456", "SO-123456"] {
        assert!(TrackingNumber::parse_lenient(s).is_err(), "{s}");
    }
    // GLS Track-IDs are read with a hint
    let n = TrackingNumber::parse_for("N9AHT2DI", &[Carrier::Gls]).unwrap().number();
    assert_eq!(n.format(), Format::GlsTrackId);
}

#[test]
fn fourteen_digit_references_are_not_dpd_or_hermes() {
    for s in ["01015026003653", "60120172242323", "12345678901234", "20450123456789"] {
        assert!(TrackingNumber::parse_lenient(s).is_err(), "{s}");
    }
}

#[test]
fn amazon_order_ids_are_not_gsins() {
    for s in ["317-4843426-5344727", "112-1234567-1234567", "31748434265344727"] {
        assert!(TrackingNumber::parse_lenient(s).is_err(), "{s}");
    }
    assert_eq!(
        refused("317-4843426-5344727"),
        ParseErrorKind::LooksLike { what: Distractor::OrderNumber }
    );
}

#[test]
fn s10_lookalikes_with_unassigned_country_codes_are_refused() {
    for s in ["EA064196384QQ", "RB123456785XX", "RR123456785ZZ", "CP000000014UK"] {
        assert!(TrackingNumber::parse_lenient(s).is_err(), "{s}");
        assert!(detect(s).all(|c| c.format() != Format::S10), "{s}");
    }
    // the same serials with an assigned code are S10
    assert!(TrackingNumber::parse("EA064196384DE").is_ok());
    assert!(TrackingNumber::parse("RB123456785GB").is_ok());
}

#[test]
fn phone_numbers_and_ibans_are_refused() {
    for s in [
        "212-555-1234",
        "1-212-555-1234",
        "020 7946 0958",
        "07700 900123",
        "DE89 3704 0044 0532 0130 00",
        "GB82WEST12345698765432",
    ] {
        assert!(TrackingNumber::parse_lenient(s).is_err(), "{s}");
    }
    assert_eq!(
        refused("DE89370400440532013000"),
        ParseErrorKind::LooksLike { what: Distractor::Iban }
    );
}

#[test]
fn a_failing_check_digit_never_outranks_a_valid_reading() {
    // 12 digits: the DHL Express 11-digit and Japan Post readings, GLS, … are valid; a
    // FedEx reading whose check fails comes after all of them
    for s in ["123456789013", "3318810026", "7035114477138473"] {
        let v: Vec<_> = detect(s).collect();
        let first_bad = v.iter().position(|c| c.number().is_none()).unwrap();
        assert!(v[first_bad..].iter().all(|c| c.number().is_none()), "{s}: {v:?}");
    }
}

#[test]
fn numbers_peers_missed_are_read() {
    // FedEx Ground Economy printed without its `92`; UPS `H` waybills; Royal Mail `TT…GB`;
    // DHL `JJD` + 10 digits and `JVGL`; FedEx Ground SSCC; GOFO; Evri `H01…`; LaserShip
    // `1LS7` and `LX`
    let cases = [
        ("61299998820821171811", Format::FedexSmartPost, Carrier::Fedex),
        ("9261299998820821171811", Format::UspsImpb, Carrier::Usps),
        ("H1234567890", Format::UpsWaybill, Carrier::Ups),
        ("TT123456785GB", Format::RoyalMailDomestic, Carrier::RoyalMail),
        ("JJD0099999999", Format::DhlExpressJjd, Carrier::Dhl),
        ("JVGL9999999999", Format::DhlParcelBenelux, Carrier::DhlParcel),
        ("000123450000000027", Format::FedexSscc, Carrier::Fedex),
        ("GFUS01234567890123", Format::Gofo, Carrier::Gofo),
        ("H01ABC1234567890", Format::EvriAlphanumeric, Carrier::Evri),
        ("1LS72301001401854622", Format::Lasership1ls, Carrier::Lasership),
        ("LX16641251", Format::Lasership, Carrier::Lasership),
    ];
    for (s, f, c) in cases {
        let n = TrackingNumber::parse_lenient(s).unwrap_or_else(|e| panic!("{s}: {e}")).number();
        assert_eq!((n.format(), n.carrier()), (f, c), "{s}");
    }
    // Old Dominion PRO numbers have no public check digit: read with the carrier named
    let n = TrackingNumber::parse_for("12345678901", &[Carrier::OldDominion]).unwrap().number();
    assert_eq!(n.format(), Format::OldDominion);
}

#[test]
fn written_forms_are_equivalent() {
    let n = TrackingNumber::parse("1Z999AA10123456784").unwrap();
    for form in ["1z999aa10123456784", "1Z 999 AA1 01 2345 6784", "1Z-999-AA1-01-2345-6784"] {
        assert_eq!(default_answer(form), Some(n), "{form}");
    }
    let _ = Form::Plain;
}
