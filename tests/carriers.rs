//! Golden tests from `carriers.md`: every example parses (or is detected) with the right
//! format, carrier and fields; altering a check digit is reported as a mismatch with the
//! right expected digit; error messages verbatim; auto traits.

use tracking_number::{
    detect, normalize, Candidate, Candidates, Carrier, Confidence, Evidence, Field, Format,
    Grouped, Lenient, ParseError, ParseErrorKind, Service, TrackingNumber, TrackingUrl,
};

use Evidence::{NoCheckDigit as NONE, Verified as OK};

/// Every example of the spec: input, format, carrier, evidence, whether it must rank first.
const GOLDEN: &[(&str, Format, Carrier, Evidence, bool)] = &[
    // §1 S10
    ("RB123456785GB", Format::S10, Carrier::RoyalMail, OK, true),
    ("EE473124829CN", Format::S10, Carrier::ChinaPost, OK, true),
    ("RR287043775IN", Format::S10, Carrier::IndiaPost, OK, true),
    ("EB000717618HK", Format::S10, Carrier::Upu, OK, true),
    ("CP000000014CA", Format::S10, Carrier::CanadaPost, OK, true),
    (
        "LX876543216DE",
        Format::S10,
        Carrier::DeutschePost,
        OK,
        true,
    ),
    // §2 GS1
    ("340433836442636597", Format::Sscc, Carrier::Gs1, OK, true),
    (
        "00340433836442636597",
        Format::Sscc,
        Carrier::DeutschePost,
        OK,
        true,
    ),
    ("006141411234567890", Format::Sscc, Carrier::Gs1, OK, true),
    ("00006141411234567890", Format::Sscc, Carrier::Gs1, OK, true),
    ("000123450000000027", Format::Sscc, Carrier::Gs1, OK, true),
    ("06141411234567890", Format::Gsin, Carrier::Gs1, OK, true),
    // §3 USPS
    (
        "9400111206206406260787",
        Format::UspsImpb,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "9405803699300124287899",
        Format::UspsImpb,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "9261292700768711948021",
        Format::UspsImpb,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "9505511069605048600624",
        Format::UspsImpb,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "92748931507708513018050063",
        Format::UspsImpb,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "92001903060085300042901077",
        Format::UspsImpb,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "9205590164917312751089",
        Format::UspsImpb,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "420787459400111206206406260787",
        Format::UspsImpbRouted,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "4201002334249200190132607600833457",
        Format::UspsImpbRouted,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "4201028200009261290113185417468510",
        Format::UspsImpbRouted,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "03071790000523483741",
        Format::UspsLegacy,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "71123456789123456787",
        Format::UspsLegacy,
        Carrier::Usps,
        OK,
        true,
    ),
    (
        "71969010756003077385",
        Format::UspsLegacy,
        Carrier::Usps,
        OK,
        true,
    ),
    // §4 UPS
    ("1Z999AA10123456784", Format::Ups1Z, Carrier::Ups, OK, true),
    ("1Z5R89390357567127", Format::Ups1Z, Carrier::Ups, OK, true),
    ("1Z879E930346834440", Format::Ups1Z, Carrier::Ups, OK, true),
    ("1ZXX3150YW44070023", Format::Ups1Z, Carrier::Ups, OK, true),
    ("K1506235620", Format::UpsWaybill, Carrier::Ups, OK, true),
    (
        "MI123456ABCD1234567890",
        Format::UpsMailInnovations,
        Carrier::Ups,
        NONE,
        true,
    ),
    (
        "MI654321000000000012",
        Format::UpsMailInnovations,
        Carrier::Ups,
        NONE,
        true,
    ),
    // §5 FedEx
    (
        "986578788855",
        Format::FedexExpress,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "477179081230",
        Format::FedexExpress,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "799531274483",
        Format::FedexExpress,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "123456789012",
        Format::FedexExpress,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "041441760228964",
        Format::FedexGround,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "568283610012000",
        Format::FedexGround,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "123456789012343",
        Format::FedexGround,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "9611020987654312345672",
        Format::FedexGround96,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "9611020123456700000015",
        Format::FedexGround96,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "1001921334250001000300779017972697",
        Format::Fedex34,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "9622001900000000000000776632517510",
        Format::Fedex34,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "32971514560102447849175802862014",
        Format::FedexAstra,
        Carrier::Fedex,
        OK,
        true,
    ),
    (
        "DT123456789012",
        Format::FedexDoorTag,
        Carrier::Fedex,
        NONE,
        true,
    ),
    // §6 DHL Express
    ("3318810025", Format::DhlExpress, Carrier::Dhl, OK, true),
    ("8487135506", Format::DhlExpress, Carrier::Dhl, OK, true),
    ("1099255990", Format::DhlExpress, Carrier::Dhl, OK, true),
    ("73891051146", Format::DhlExpress, Carrier::Dhl, OK, false),
    ("1234567891", Format::DhlExpress, Carrier::Dhl, OK, true),
    (
        "JJD014600003123456789",
        Format::DhlPieceId,
        Carrier::Dhl,
        NONE,
        true,
    ),
    (
        "JD014600003123456789",
        Format::DhlPieceId,
        Carrier::Dhl,
        NONE,
        true,
    ),
    // §7 DHL Paket
    (
        "201298452277",
        Format::DhlPaketIdentcode,
        Carrier::DeutschePost,
        OK,
        false,
    ),
    (
        "563102430313",
        Format::DhlPaketIdentcode,
        Carrier::DeutschePost,
        OK,
        true,
    ),
    (
        "JJD1410302937991",
        Format::DhlPaketJjd,
        Carrier::DeutschePost,
        NONE,
        false,
    ),
    // §8 DHL eCommerce
    (
        "GM2951173225174494",
        Format::DhlEcommerce,
        Carrier::Dhl,
        NONE,
        true,
    ),
    (
        "GM295117494011169042",
        Format::DhlEcommerce,
        Carrier::Dhl,
        NONE,
        true,
    ),
    (
        "60120172242323",
        Format::DhlEcommerce,
        Carrier::Dhl,
        NONE,
        false,
    ),
    // §9 Amazon
    (
        "TBA000000000000",
        Format::AmazonTba,
        Carrier::Amazon,
        NONE,
        true,
    ),
    (
        "TBM502887274000",
        Format::AmazonTba,
        Carrier::Amazon,
        NONE,
        true,
    ),
    // §10 OnTrac / LaserShip
    ("C11031500001879", Format::Ontrac, Carrier::Ontrac, OK, true),
    ("C10999911320231", Format::Ontrac, Carrier::Ontrac, OK, true),
    ("D10011354453707", Format::Ontrac, Carrier::Ontrac, OK, true),
    ("D10011342332145", Format::Ontrac, Carrier::Ontrac, OK, true),
    ("C12345678901236", Format::Ontrac, Carrier::Ontrac, OK, true),
    (
        "1LS717793482164",
        Format::Lasership,
        Carrier::Lasership,
        NONE,
        true,
    ),
    (
        "LX17635036",
        Format::Lasership,
        Carrier::Lasership,
        NONE,
        true,
    ),
    (
        "LH13830790",
        Format::Lasership,
        Carrier::Lasership,
        NONE,
        true,
    ),
    // §11 Canada Post
    (
        "0073938000549297",
        Format::CanadaPost16,
        Carrier::CanadaPost,
        OK,
        true,
    ),
    (
        "7035114477138472",
        Format::CanadaPost16,
        Carrier::CanadaPost,
        OK,
        true,
    ),
    (
        "4002847016405018",
        Format::CanadaPost16,
        Carrier::CanadaPost,
        OK,
        true,
    ),
    (
        "7012345678901230",
        Format::CanadaPost16,
        Carrier::CanadaPost,
        OK,
        true,
    ),
    // §12 Purolator
    (
        "320595463938",
        Format::Purolator,
        Carrier::Purolator,
        OK,
        true,
    ),
    (
        "320606146993",
        Format::Purolator,
        Carrier::Purolator,
        OK,
        true,
    ),
    (
        "287809468872",
        Format::Purolator,
        Carrier::Purolator,
        OK,
        false,
    ),
    (
        "331426749957",
        Format::Purolator,
        Carrier::Purolator,
        OK,
        true,
    ),
    (
        "123456789015",
        Format::Purolator,
        Carrier::Purolator,
        OK,
        true,
    ),
    (
        "KYV009956937",
        Format::PurolatorAlpha,
        Carrier::Purolator,
        NONE,
        true,
    ),
    // §13 Parcelforce
    (
        "PB1234567",
        Format::ParcelforceUk,
        Carrier::Parcelforce,
        NONE,
        true,
    ),
    (
        "ABCD1234567890",
        Format::ParcelforceUk,
        Carrier::Parcelforce,
        NONE,
        true,
    ),
    // §14 Evri / Hermes
    (
        "09133131530724",
        Format::HermesDe,
        Carrier::Hermes,
        OK,
        true,
    ),
    (
        "12345678901231",
        Format::HermesDe,
        Carrier::Hermes,
        OK,
        true,
    ),
    ("1234567890123456", Format::Evri, Carrier::Evri, NONE, true),
    // §15 DPD
    ("09980000020033F", Format::Dpd, Carrier::Dpd, OK, true),
    ("09980000020034D", Format::Dpd, Carrier::Dpd, OK, true),
    ("01015026003653C", Format::Dpd, Carrier::Dpd, OK, true),
    (
        "008182709980000020033350276C",
        Format::Dpd,
        Carrier::Dpd,
        OK,
        true,
    ),
    (
        "008182709980000020045327276N",
        Format::Dpd,
        Carrier::Dpd,
        OK,
        true,
    ),
    ("01015026003653", Format::Dpd, Carrier::Dpd, NONE, false),
    // §16 GLS
    ("XHAX4HDA", Format::GlsTrackId, Carrier::Gls, NONE, true),
    // §17 PostNL
    (
        "3SCBLU5654286",
        Format::Postnl3s,
        Carrier::Postnl,
        NONE,
        true,
    ),
    (
        "3SQVMA100225317",
        Format::Postnl3s,
        Carrier::Postnl,
        NONE,
        true,
    ),
    // §18 Australia Post
    (
        "ABC123456789123456",
        Format::AustraliaPostEparcel,
        Carrier::AustraliaPost,
        NONE,
        true,
    ),
    // §20 Japan Post
    (
        "13112383852",
        Format::JapanPostRegistered,
        Carrier::JapanPost,
        OK,
        false,
    ),
    (
        "12345678903",
        Format::JapanPostRegistered,
        Carrier::JapanPost,
        OK,
        false,
    ),
    // §21 France
    (
        "6A12345678901",
        Format::Colissimo,
        Carrier::Colissimo,
        NONE,
        true,
    ),
    (
        "XA123456785FR",
        Format::Chronopost,
        Carrier::Chronopost,
        OK,
        false,
    ),
    ("XA123456785FR", Format::S10, Carrier::LaPoste, OK, true),
    // §22 southern Europe
    (
        "RR123456785IT",
        Format::S10,
        Carrier::PosteItaliane,
        OK,
        true,
    ),
    ("RR123456785ES", Format::S10, Carrier::Correos, OK, true),
    ("RR123456785IL", Format::S10, Carrier::IsraelPost, OK, true),
    // §23 Landmark
    (
        "LTN74207623N1",
        Format::Landmark,
        Carrier::Landmark,
        NONE,
        true,
    ),
    // recognise-only layouts without a vector in the spec (constructed, structural)
    ("T1234567890", Format::UpsWaybill, Carrier::Ups, NONE, true),
    (
        "A1234567890",
        Format::AmazonIntl,
        Carrier::Amazon,
        NONE,
        true,
    ),
    (
        "123456789012",
        Format::CanadaPost12,
        Carrier::CanadaPost,
        NONE,
        false,
    ),
    (
        "123456789012",
        Format::ParcelforceExport,
        Carrier::Parcelforce,
        NONE,
        false,
    ),
    (
        "123456789015",
        Format::JapanPostYuPack,
        Carrier::JapanPost,
        NONE,
        false,
    ),
    (
        "123456789013",
        Format::JapanPostYuPack,
        Carrier::JapanPost,
        OK,
        false,
    ),
    ("12345678901", Format::Gls, Carrier::Gls, NONE, false),
    ("12345678", Format::EvriCallingCard, Carrier::Evri, NONE, true),
    (
        "H1234567890123456789",
        Format::HermesDe,
        Carrier::Hermes,
        NONE,
        true,
    ),
    (
        "PQ4F6P0702945480108001Z",
        Format::CorreosDomestic,
        Carrier::Correos,
        NONE,
        true,
    ),
    (
        "1234567890123",
        Format::PosteItalianeDomestic,
        Carrier::PosteItaliane,
        NONE,
        false,
    ),
    (
        "CN1234567890",
        Format::DhlEcommerce,
        Carrier::Dhl,
        NONE,
        true,
    ),
    (
        "GMABC1234567890",
        Format::DhlEcommerce,
        Carrier::Dhl,
        NONE,
        true,
    ),
    // §24 others
    (
        "JJD0123456789012345",
        Format::Yodel,
        Carrier::Yodel,
        NONE,
        false,
    ),
    (
        "D123456789012345678901",
        Format::Canpar,
        Carrier::Canpar,
        NONE,
        true,
    ),
    (
        "SP123456789012345678",
        Format::Speedee,
        Carrier::Speedee,
        NONE,
        true,
    ),
    (
        "YT1234567890123456",
        Format::Yunexpress,
        Carrier::Yunexpress,
        NONE,
        true,
    ),
];

fn find(c: Candidates, f: Format) -> Option<Candidate> {
    c.into_iter().find(|c| c.format() == f)
}

#[track_caller]
fn check_golden(s: &str, f: Format, carrier: Carrier, ev: Evidence, best: bool) {
    let cands = detect(s);
    let c = find(cands, f).unwrap_or_else(|| panic!("{s}: {f:?} not among {cands:?}"));
    assert_eq!(c.carrier(), carrier, "{s}");
    assert_eq!(c.evidence(), ev, "{s}");
    assert!(f.is_valid(s), "{s}");
    let n = c.number().expect("valid");
    assert_eq!(n.format(), f);
    assert_eq!(n.carrier(), carrier);
    assert_eq!(TrackingNumber::parse_as(s, f).unwrap(), n);
    if best {
        assert_eq!(cands.best().unwrap().format(), f, "{s}: {cands:?}");
        let p = TrackingNumber::parse(s).unwrap();
        assert_eq!(p, n);
        assert_eq!(p.to_string(), s);
    }
    assert_eq!(
        TrackingNumber::is_valid(s),
        TrackingNumber::parse(s).is_ok(),
        "{s}"
    );
    assert_eq!(
        TrackingNumber::is_valid(s),
        cands.best().is_some_and(|b| b.number().is_some())
    );
    if best {
        assert!(TrackingNumber::is_valid(s), "{s}");
    }
}

#[test]
fn golden_examples() {
    for &(s, f, carrier, ev, best) in GOLDEN {
        check_golden(s, f, carrier, ev, best);
    }
}

#[test]
fn every_format_has_a_golden_vector_and_a_valid_example() {
    for &f in Format::ALL {
        assert!(
            GOLDEN.iter().any(|g| g.1 == f),
            "no golden vector for {f:?}"
        );
        let e = f.example();
        assert!(f.is_valid(e), "example of {f:?}");
        assert!(detect(e).any(|c| c.format() == f && c.number().is_some()));
        assert!((f.min_len()..=f.max_len()).contains(&e.len()));
        assert_eq!(f.as_str().parse::<Format>().unwrap(), f);
        assert_eq!(f.to_string(), f.name());
    }
    for &c in Carrier::ALL {
        assert_eq!(c.as_str().parse::<Carrier>().unwrap(), c);
        assert_eq!(c.to_string(), c.name());
    }
}

/// Position of the check character of a verified golden vector.
fn check_pos(s: &str, f: Format) -> usize {
    match f {
        Format::S10 | Format::Chronopost => 10,
        Format::FedexAstra => 27,
        _ => s.len() - 1,
    }
}

#[test]
fn altered_check_digits_are_mismatches_with_the_expected_digit() {
    for &(s, f, _, ev, _) in GOLDEN {
        if ev != OK || f == Format::JapanPostYuPack {
            continue;
        }
        let pos = check_pos(s, f);
        let orig = s.as_bytes()[pos] as char;
        assert_eq!(
            TrackingNumber::parse_as(s, f).unwrap().check_digit(),
            Some(orig),
            "{s}"
        );
        let alphabet: &[u8] = if f == Format::Dpd {
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        } else {
            b"0123456789"
        };
        for &alt in alphabet {
            if alt as char == orig {
                continue;
            }
            let mut b = s.as_bytes().to_vec();
            b[pos] = alt;
            let t = String::from_utf8(b).unwrap();
            let c = find(detect(&t), f).unwrap_or_else(|| panic!("{t}: {f:?} missing"));
            if f == Format::UspsLegacy && c.evidence() == OK {
                // both conventions are accepted: exactly one other digit passes the other one
                let a = TrackingNumber::parse_as(s, f).unwrap().implied_prefix();
                let b = TrackingNumber::parse_as(&t, f).unwrap().implied_prefix();
                assert_ne!(a, b, "{t}");
                continue;
            }
            if f == Format::UspsLegacy {
                // both conventions fail: the expected digit is the one of either convention
                assert!(c.corrected().is_some_and(|n| n.format() == f), "{t}");
                continue;
            }
            assert_eq!(c.evidence(), Evidence::Mismatch { expected: orig }, "{t}");
            assert_eq!(c.expected_check(), Some(orig));
            assert_eq!(c.found_check(), Some(alt as char));
            assert!(c.number().is_none());
            assert_eq!(c.corrected().unwrap().as_str(), s);
            assert!(!f.is_valid(&t));
            match TrackingNumber::parse_as(&t, f).unwrap_err().kind() {
                ParseErrorKind::CheckDigit {
                    format,
                    expected,
                    found,
                } => {
                    assert_eq!((format, expected, found), (f, orig, alt as char));
                }
                k => panic!("{t}: {k:?}"),
            }
        }
    }
}

#[test]
fn fields_of_golden_vectors() {
    let n = TrackingNumber::parse("1Z999AA10123456784").unwrap();
    assert_eq!(n.shipper_id(), Some("999AA1"));
    assert_eq!(
        n.service().map(|s| (s.code(), s.name())),
        Some(("01", Some("Next Day Air")))
    );
    assert_eq!(n.package_id(), Some("2345678"));
    assert_eq!(n.check_digit(), Some('4'));
    assert_eq!(n.field(Field::CheckDigit), Some("4"));
    assert_eq!(n.serial(), None);

    let n = TrackingNumber::parse("1ZXX3150YW44070023").unwrap();
    assert_eq!(
        n.service().unwrap().name(),
        Some("SurePost (delivered by USPS)")
    );

    let n = TrackingNumber::parse("EE473124829CN").unwrap();
    assert_eq!(n.serial(), Some("47312482"));
    assert_eq!(n.country(), Some("CN"));
    assert_eq!(n.service().unwrap().code(), "EE");
    assert_eq!(n.service().unwrap().name(), Some("EMS"));
    let n = TrackingNumber::parse("CP000000014CA").unwrap();
    assert_eq!(n.service().unwrap().name(), Some("parcel post"));
    let n = TrackingNumber::parse("EB000717618HK").unwrap();
    assert_eq!((n.carrier(), n.country()), (Carrier::Upu, Some("HK")));
    assert!(n.tracking_url().is_none());

    let n = TrackingNumber::parse("9205590164917312751089").unwrap();
    assert_eq!(n.service().unwrap().name(), Some("Priority Mail"));
    assert_eq!(n.shipper_id(), Some("901649173"));
    assert_eq!(n.serial(), Some("1275108"));
    let n = TrackingNumber::parse("9261292700768711948021").unwrap();
    assert_eq!(n.service().unwrap().name(), Some("Parcel Select"));
    let n = TrackingNumber::parse("9400111206206406260787").unwrap();
    assert_eq!(
        n.service().map(|s| (s.code(), s.name())),
        Some(("001", None))
    );
    assert_eq!(n.shipper_id(), None);

    let n = TrackingNumber::parse("420787459400111206206406260787").unwrap();
    assert_eq!(n.destination_zip(), Some("78745"));
    assert_eq!(n.display_number(), "9400111206206406260787");
    assert_eq!(n.as_str(), "420787459400111206206406260787");
    assert_eq!(
        n.tracking_url().unwrap().to_string(),
        "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206206406260787"
    );
    let n = TrackingNumber::parse("4201028200009261290113185417468510").unwrap();
    assert_eq!(n.destination_zip(), Some("102820000"));
    assert_eq!(n.display_number(), "9261290113185417468510");

    let n = TrackingNumber::parse("71969010756003077385").unwrap();
    assert_eq!(n.implied_prefix(), Some("91"));
    assert_eq!(
        n.service().map(|s| (s.code(), s.name())),
        Some(("71", None))
    );
    let n = TrackingNumber::parse("71123456789123456787").unwrap();
    assert_eq!(
        n.service().map(|s| (s.code(), s.name())),
        Some(("71", None))
    );
    let n = TrackingNumber::parse("03071790000523483741").unwrap();
    assert_eq!(n.implied_prefix(), None);
    assert_eq!(n.service().unwrap().name(), Some("Delivery Confirmation"));
    assert_eq!(n.shipper_id(), Some("071790000"));
    assert_eq!(n.package_id(), Some("52348374"));

    let n = TrackingNumber::parse("041441760228964").unwrap();
    assert_eq!(
        (n.shipper_id(), n.package_id()),
        (Some("0414417"), Some("6022896"))
    );
    let n = TrackingNumber::parse("9611020987654312345672").unwrap();
    assert_eq!(n.display_number(), "987654312345672");
    assert!(Format::FedexGround.is_valid(n.display_number()));
    assert_eq!(n.service().unwrap().code(), "020");
    let n = TrackingNumber::parse("1001921334250001000300779017972697").unwrap();
    assert_eq!(n.display_number(), "779017972697");
    assert_eq!(n.destination_zip(), Some("10003"));
    assert!(Format::FedexExpress.is_valid(n.display_number()));
    let n = TrackingNumber::parse("32971514560102447849175802862014").unwrap();
    assert_eq!(n.display_number(), "784917580286");
    assert!(Format::FedexExpress.is_valid(n.display_number()));

    let n = TrackingNumber::parse_as("201298452277", Format::DhlPaketIdentcode).unwrap();
    assert_eq!(n.field(Field::Depot), Some("20"));
    assert_eq!(n.shipper_id(), Some("129"));
    assert_eq!(n.serial(), Some("845227"));

    let n = TrackingNumber::parse("008182709980000020033350276C").unwrap();
    assert_eq!(n.destination_zip(), Some("0081827"));
    assert_eq!(n.display_number(), "09980000020033");
    assert_eq!(n.service().unwrap().name(), Some("DPD 8:30"));
    assert_eq!(n.country(), Some("DE"));
    assert_eq!(n.field(Field::Country), Some("276"));
    assert_eq!(n.check_digit(), Some('C'));
    let n = TrackingNumber::parse("09980000020033F").unwrap();
    assert_eq!(
        (n.field(Field::Depot), n.serial()),
        (Some("0998"), Some("0000020033"))
    );

    let n = TrackingNumber::parse_as("13112383852", Format::JapanPostRegistered).unwrap();
    assert_eq!(n.service().unwrap().name(), Some("general registered"));
    let n = TrackingNumber::parse("3SCBLU5654286").unwrap();
    assert_eq!(
        (n.shipper_id(), n.serial()),
        (Some("CBLU"), Some("5654286"))
    );
    let n = TrackingNumber::parse("LTN74207623N1").unwrap();
    assert_eq!(n.serial(), Some("74207623"));
}

#[test]
fn urls() {
    let cases = [
        ("1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784"),
        ("986578788855", "https://www.fedex.com/fedextrack/?trknbr=986578788855"),
        ("9611020987654312345672", "https://www.fedex.com/fedextrack/?trknbr=987654312345672"),
        ("RB123456785US", "https://tools.usps.com/go/TrackConfirmAction?tLabels=RB123456785US"),
        (
            "CP000000014CA",
            "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=CP000000014CA",
        ),
        (
            "00340433836442636597",
            "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340433836442636597",
        ),
        ("09980000020033F", "https://tracking.dpd.de/status/en_US/parcel/09980000020033"),
        ("TBA000000000000", "https://track.amazon.com/tracking/TBA000000000000"),
        ("3SCBLU5654286", "https://jouw.postnl.nl/track-and-trace/3SCBLU5654286"),
        ("LTN74207623N1", "https://track.landmarkglobal.com/?search=LTN74207623N1"),
        ("1234567890123456", "https://www.evri.com/track/parcel/1234567890123456/details"),
    ];
    for (s, url) in cases {
        let n = TrackingNumber::parse(s).unwrap();
        assert_eq!(n.tracking_url().unwrap().to_string(), url, "{s}");
    }
    for s in [
        "RR287043775IN",
        "340433836442636597",
        "D123456789012345678901",
    ] {
        assert!(
            TrackingNumber::parse(s).unwrap().tracking_url().is_none(),
            "{s}"
        );
    }
}

#[test]
fn grouped_forms() {
    let cases = [
        ("1Z999AA10123456784", "1Z 999 AA1 01 2345 6784"),
        ("RB123456785GB", "RB 123 456 785 GB"),
        ("9400111206206406260787", "9400 1112 0620 6406 2607 87"),
        (
            "92748931507708513018050063",
            "9274 8931 5077 0851 3018 0500 63",
        ),
        ("986578788855", "9865 7878 8855"),
        ("041441760228964", "0414 4176 0228 964"),
        ("7035114477138472", "7035 1144 7713 8472"),
        ("09980000020033F", "0998 0000 0200 33 F"),
        ("3318810025", "33 1881 0025"),
        ("00340433836442636597", "00 3 4043383644263659 7"),
    ];
    let mut buf = [0u8; Grouped::BUF_LEN];
    for (s, g) in cases {
        let n = TrackingNumber::parse(s).unwrap();
        assert_eq!(n.grouped().to_string(), g);
        assert_eq!(n.grouped().encode(&mut buf), g);
        assert_eq!(TrackingNumber::parse_lenient(g).unwrap().number(), n);
    }
    let n = TrackingNumber::parse_as("13112383852", Format::JapanPostRegistered).unwrap();
    assert_eq!(n.grouped().to_string(), "131 12 38385 2");
}

#[test]
fn error_messages_verbatim() {
    let msg = |s: &str| TrackingNumber::parse(s).unwrap_err().to_string();
    assert_eq!(msg(""), "empty tracking number");
    assert_eq!(
        msg(&"1".repeat(40)),
        "too long: 40 bytes, at most 39 allowed"
    );
    assert_eq!(
        msg("1z999AA10123456784"),
        "invalid character 'z' at index 1"
    );
    assert_eq!(msg("1Z 999"), "invalid character ' ' at index 2");
    assert_eq!(msg("1Zé99"), "invalid character 'é' at index 2");
    assert_eq!(msg("ABC"), "not a known tracking number format");
    assert_eq!(
        msg("1Z999AA10123456787"),
        "check digit mismatch: expected '4', found '7'"
    );
    assert_eq!(
        msg("RB123456784GB"),
        "check digit mismatch: expected '5', found '4'"
    );

    let kind = |s: &str| TrackingNumber::parse(s).unwrap_err().kind();
    assert_eq!(kind(""), ParseErrorKind::Empty);
    assert_eq!(
        kind(&"1".repeat(1000)),
        ParseErrorKind::TooLong { len: 1000, max: 39 }
    );
    assert_eq!(
        kind("AB-1"),
        ParseErrorKind::InvalidChar { ch: '-', index: 2 }
    );
    assert_eq!(kind("ZZZZZZZZZZ"), ParseErrorKind::UnknownFormat);
    assert_eq!(
        kind("1Z999AA10123456787"),
        ParseErrorKind::CheckDigit {
            format: Format::Ups1Z,
            expected: '4',
            found: '7'
        }
    );
    assert_eq!(
        TrackingNumber::parse("986578788856")
            .unwrap_err()
            .expected_check(),
        Some('5')
    );
    // a check-less Low reading does not hide a typo in an established format
    assert_eq!(
        kind("986578788856"),
        ParseErrorKind::CheckDigit {
            format: Format::FedexExpress,
            expected: '5',
            found: '6'
        }
    );

    let lmsg = |s: &str| TrackingNumber::parse_lenient(s).unwrap_err().to_string();
    assert_eq!(lmsg(" \t "), "empty tracking number");
    assert_eq!(lmsg(" 1Z/999"), "invalid character '/' at index 3");
    assert_eq!(
        lmsg(&"1".repeat(161)),
        "too long: 161 bytes, at most 160 allowed"
    );
    assert_eq!(
        lmsg(&"1".repeat(45)),
        "too long: 45 bytes, at most 39 allowed"
    );
    assert_eq!(
        lmsg("1z999aa10123456787"),
        "check digit mismatch: expected '4', found '7'"
    );

    assert_eq!(
        "UPS".parse::<Carrier>().unwrap_err().to_string(),
        "unknown carrier id"
    );
    assert_eq!(
        "ups".parse::<Format>().unwrap_err().to_string(),
        "unknown format id"
    );
}

#[test]
fn lenient_parsing() {
    let l = TrackingNumber::parse_lenient("  1z 999-aa1.01 2345\u{a0}6784\n").unwrap();
    assert!(l.was_normalized());
    assert_eq!(l.number().as_str(), "1Z999AA10123456784");
    let l = TrackingNumber::parse_lenient("1Z999AA10123456784").unwrap();
    assert!(!l.was_normalized());
    let mut buf = [0u8; TrackingNumber::MAX_LEN];
    assert_eq!(
        normalize("rb 123 456 785 gb", &mut buf),
        Some("RB123456785GB")
    );
    assert_eq!(normalize("ß", &mut buf), None);
    assert_eq!(normalize("", &mut buf), None);
}

#[test]
fn traits_and_strict_parse() {
    let n: TrackingNumber = "RB123456785GB".parse().unwrap();
    let m = TrackingNumber::try_from("RB123456785GB").unwrap();
    assert_eq!(n, m);
    assert_eq!(n.as_ref(), "RB123456785GB");
    assert_eq!(format!("{n:>15}"), "  RB123456785GB");
    assert_eq!(format!("{n:?}"), "TrackingNumber(\"RB123456785GB\", s10)");
    let a = TrackingNumber::parse("1Z999AA10123456784").unwrap();
    assert!(a < n);
    // the same string read as two formats: two values
    let fx = TrackingNumber::parse_as("201298452277", Format::FedexExpress).unwrap();
    let dp = TrackingNumber::parse_as("201298452277", Format::DhlPaketIdentcode).unwrap();
    assert_ne!(fx, dp);
    assert_eq!(Format::Ups1Z.confidence(), Confidence::High);
    assert!(Format::S10.check_digit().is_some() && Format::Landmark.check_digit().is_none());
}

#[test]
fn auto_traits() {
    fn copy_send_sync<T: Copy + Send + Sync + 'static>() {}
    fn send_sync<T: Send + Sync>() {}
    copy_send_sync::<TrackingNumber>();
    copy_send_sync::<Candidate>();
    copy_send_sync::<Candidates>();
    copy_send_sync::<Evidence>();
    copy_send_sync::<Carrier>();
    copy_send_sync::<Format>();
    copy_send_sync::<Confidence>();
    copy_send_sync::<Field>();
    copy_send_sync::<ParseError>();
    copy_send_sync::<ParseErrorKind>();
    copy_send_sync::<Lenient>();
    copy_send_sync::<tracking_number::UnknownId>();
    send_sync::<Service<'static>>();
    send_sync::<Grouped<'static>>();
    send_sync::<TrackingUrl<'static>>();
    fn error<E: std::error::Error + Send + Sync + 'static>() {}
    error::<ParseError>();
    error::<tracking_number::UnknownId>();
}

#[cfg(feature = "serde")]
#[test]
fn serde_as_strings() {
    let n = TrackingNumber::parse("RB123456785GB").unwrap();
    assert_eq!(serde_json::to_string(&n).unwrap(), "\"RB123456785GB\"");
    assert_eq!(
        serde_json::from_str::<TrackingNumber>("\"RB123456785GB\"").unwrap(),
        n
    );
    assert!(serde_json::from_str::<TrackingNumber>("\"RB123456784GB\"").is_err());
    assert_eq!(
        serde_json::to_string(&Carrier::RoyalMail).unwrap(),
        "\"royal_mail\""
    );
    assert_eq!(
        serde_json::from_str::<Format>("\"ups_1z\"").unwrap(),
        Format::Ups1Z
    );
    assert!(serde_json::from_str::<Format>("\"nope\"").is_err());
    assert_eq!(
        serde_json::to_string(&Confidence::High).unwrap(),
        "\"high\""
    );
    assert_eq!(
        serde_json::to_string(&Evidence::NoCheckDigit).unwrap(),
        "\"none\""
    );
    assert_eq!(
        serde_json::to_string(&Evidence::Verified).unwrap(),
        "\"verified\""
    );
    assert_eq!(
        serde_json::to_string(&Evidence::Mismatch { expected: '4' }).unwrap(),
        r#"{"mismatch":{"expected":"4"}}"#
    );
    let c = detect("1Z999AA10123456785").best().unwrap();
    let v = serde_json::to_value(c).unwrap();
    assert_eq!(v["check_digit"], "mismatch");
    assert_eq!(v["expected_check_digit"], "4");
}
