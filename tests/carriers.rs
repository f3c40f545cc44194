//! Golden vectors per format: every vector is detected with its format, carrier and evidence,
//! and is the default answer or (for formats that never are) the answer with a carrier hint;
//! altering a check digit is a mismatch naming the expected digit; fields, links, grouped
//! forms, error messages verbatim, traits and serde.
//!
//! Each vector says where it comes from: a number printed in a public document (the page
//! named beside it), or one constructed from the documented structure, its check digit
//! computed by hand from the published rule (independently of the crate).

use tracking_number::{
    detect, normalize, Candidate, Candidates, Carrier, Confidence, Evidence, Field, Format,
    Grouped, Lenient, ParseError, ParseErrorKind, Service, TrackingNumber, TrackingUrl,
};

use Answer::{Default, Hint};
use Evidence::{NoCheckDigit as NONE, Verified as OK};

/// What a vector is expected to get.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Answer {
    /// `TrackingNumber::parse` reads it as this format (the default answer).
    Default,
    /// Not the default answer (a Low format, or outranked), but `parse_for` with the carrier
    /// reads it as this format.
    Hint,
}

/// Input, format, carrier, evidence, answer.
#[rustfmt::skip]
const GOLDEN: &[(&str, Format, Carrier, Evidence, Answer)] = &[
    // UPU S10. AfterShip import help (RB860068347DE); the S10 standard's check-digit example
    // (serial 47312482, check 9); constructed (the others).
    ("RB860068347DE", Format::S10, Carrier::DeutschePost, OK, Default),
    ("EE473124829CN", Format::S10, Carrier::ChinaPost, OK, Default),
    ("RR123456785ES", Format::S10, Carrier::Correos, OK, Default),
    ("RR123456785IL", Format::S10, Carrier::IsraelPost, OK, Default),
    ("CP000000014CA", Format::S10, Carrier::CanadaPost, OK, Default),
    ("XA123456785FR", Format::S10, Carrier::LaPoste, OK, Default),
    ("KA123456785DE", Format::S10Domestic, Carrier::DeutschePost, OK, Default),
    ("TT123456785GB", Format::RoyalMailDomestic, Carrier::RoyalMail, OK, Default),
    // GS1 (constructed; 340433836442636597 is the SSCC of the DHL Paket sample below).
    ("340433836442636597", Format::Sscc, Carrier::Gs1, OK, Default),
    ("00340433836442636597", Format::Sscc, Carrier::Gs1, OK, Hint),
    ("06141411234567890", Format::Gsin, Carrier::Gs1, OK, Hint),
    // USPS. Publication 199 structure (constructed); the 30-digit number is from a public
    // issue thread on DHL eCommerce numbers delivered by USPS (jkeen/tracking_number_data #101).
    ("9400111206206406260787", Format::UspsImpb, Carrier::Usps, OK, Default),
    ("92748931507708513018050063", Format::UspsImpb, Carrier::Usps, OK, Default),
    ("420902459261290336128704042634", Format::UspsImpbRouted, Carrier::Usps, OK, Default),
    ("420787459400111206206406260787", Format::UspsImpbRouted, Carrier::Usps, OK, Default),
    ("03071790000523483741", Format::UspsLegacy, Carrier::Usps, OK, Default),
    ("71969010756003077385", Format::UspsLegacy, Carrier::Usps, OK, Default),
    // USPS FAQ "What is a tracking number" (Global Express Guaranteed: 82 000 000 00).
    ("8200000000", Format::UspsGxg, Carrier::Usps, NONE, Hint),
    // UPS: the developer documentation's sample 1Z999AA10123456784; K1506235620 from a
    // public issue thread (a UPS Worldwide waybill, jkeen/tracking_number_data #26);
    // constructed (the others).
    ("1Z999AA10123456784", Format::Ups1Z, Carrier::Ups, OK, Default),
    ("1ZXX3150YW44070023", Format::Ups1Z, Carrier::Ups, OK, Default),
    ("T1234567890", Format::UpsWaybill, Carrier::Ups, NONE, Default),
    ("K1506235620", Format::UpsWorldwideWaybill, Carrier::Ups, OK, Default),
    ("123456789012", Format::UpsInfoNotice, Carrier::Ups, NONE, Hint),
    ("123456789", Format::UpsFreight, Carrier::Ups, NONE, Hint),
    ("MI123456ABCD1234567890", Format::UpsMailInnovations, Carrier::Ups, NONE, Default),
    // FedEx (constructed from the label specifications' structures).
    ("774985632143", Format::FedexExpress, Carrier::Fedex, OK, Default),
    ("123456789012343", Format::FedexGround, Carrier::Fedex, OK, Default),
    ("9611020123456700000015", Format::FedexGround96, Carrier::Fedex, OK, Default),
    ("1001921334250001000300779017972697", Format::Fedex34, Carrier::Fedex, OK, Default),
    ("32971514560102447849175802862014", Format::FedexAstra, Carrier::Fedex, OK, Default),
    ("61299998820821171811", Format::FedexSmartPost, Carrier::Fedex, OK, Default),
    ("000123450000000027", Format::FedexSscc, Carrier::Fedex, OK, Default),
    ("DT123456789012", Format::FedexDoorTag, Carrier::Fedex, NONE, Default),
    // DHL: "Tracking ID labels" (JJD0099999999, JVGL9999999999, GM99999999999, 1AB12345,
    // ABC123456, ABC-DE-1234567, 1234-12345); paketda.de Identcode sample 563102430313;
    // DHL Paket help (JJD1410302937991); constructed (the others).
    ("1234567891", Format::DhlExpress, Carrier::Dhl, OK, Default),
    ("3318810025", Format::DhlExpress, Carrier::Dhl, OK, Default),
    ("JJD014600003123456789", Format::DhlPieceId, Carrier::Dhl, NONE, Default),
    ("JJD0099999999", Format::DhlExpressJjd, Carrier::Dhl, NONE, Default),
    ("563102430313", Format::DhlPaketIdentcode, Carrier::DeutschePost, OK, Hint),
    ("00340433836442636597", Format::DhlPaket, Carrier::DeutschePost, OK, Default),
    ("JJD1410302937991", Format::DhlPaketJjd, Carrier::DeutschePost, NONE, Hint),
    ("GM99999999999", Format::DhlEcommerce, Carrier::DhlEcommerce, NONE, Default),
    ("GM2951173225174494", Format::DhlEcommerce, Carrier::DhlEcommerce, NONE, Default),
    ("CN1234567890", Format::DhlEcommerceReference, Carrier::DhlEcommerce, NONE, Hint),
    ("JVGL9999999999", Format::DhlParcelBenelux, Carrier::DhlParcel, NONE, Default),
    ("3SBCC000123456", Format::DhlParcel3s, Carrier::DhlParcel, NONE, Default),
    ("LX1234567890123", Format::DhlEcommerceLxRx, Carrier::DhlEcommerce, NONE, Hint),
    ("1AB12345", Format::DhlGlobalForwarding, Carrier::DhlGlobalForwarding, NONE, Hint),
    ("ABC123456", Format::DhlGlobalForwarding, Carrier::DhlGlobalForwarding, NONE, Hint),
    ("1234567", Format::DhlGlobalForwardingShipment, Carrier::DhlGlobalForwarding, NONE, Hint),
    ("12312345675", Format::DhlGlobalForwardingAwb, Carrier::DhlGlobalForwarding, OK, Hint),
    ("ABC-DE-1234567", Format::DhlFreight, Carrier::DhlFreight, NONE, Hint),
    ("1234-12345", Format::DhlFreightNumber, Carrier::DhlFreight, NONE, Hint),
    // DHL Parcel 3S: "Tracking ID labels" (3SBCC000123456); CDEK: deshmany.ru (14987654321);
    // Yodel's dotted reference: Yodel help centre (0980982.1); constructed (the others).
    // Amazon: parcelsapp.com "Amazon Logistics" (TBA619632698000, TBC038034537009,
    // TBAONT500361196); constructed (the others).
    ("TBA619632698000", Format::AmazonTba, Carrier::Amazon, NONE, Default),
    ("TBC038034537009", Format::AmazonTba, Carrier::Amazon, NONE, Default),
    ("TBAONT500361196", Format::AmazonTba, Carrier::Amazon, NONE, Default),
    ("A1234567890", Format::AmazonIntl, Carrier::Amazon, NONE, Hint),
    ("IT1234567890", Format::AmazonShippingEu, Carrier::Amazon, NONE, Hint),
    // OnTrac (constructed, UPS mod 10 over the letter and 13 digits) and LaserShip
    // (trackingex.com and a public issue thread, jkeen/tracking_number_data #4).
    ("C11031500001879", Format::Ontrac, Carrier::Ontrac, OK, Default),
    ("LX16641251", Format::Lasership, Carrier::Lasership, NONE, Default),
    ("1LS713461643483", Format::Lasership1ls, Carrier::Lasership, NONE, Default),
    ("1LS72301001401854622", Format::Lasership1ls, Carrier::Lasership, NONE, Default),
    ("1LS716317038000783263", Format::Lasership1ls, Carrier::Lasership, NONE, Default),
    // Canada (constructed).
    ("7012345678901230", Format::CanadaPost16, Carrier::CanadaPost, OK, Default),
    ("123456789012", Format::CanadaPost12, Carrier::CanadaPost, NONE, Hint),
    ("123456789015", Format::Purolator, Carrier::Purolator, OK, Hint),
    ("KYV009956937", Format::PurolatorAlpha, Carrier::Purolator, NONE, Hint),
    ("D123456789012345678901", Format::Canpar, Carrier::Canpar, NONE, Hint),
    // United States regional and freight: constructed; YRC Freight's "Freight bill numbering"
    // (100-340397-9, 828-561881-X).
    ("UR12345678901234567", Format::Uniuni, Carrier::Uniuni, NONE, Default),
    ("URB1234567890123456", Format::UniuniBatch, Carrier::Uniuni, NONE, Default),
    ("GFUS01234567890123", Format::Gofo, Carrier::Gofo, NONE, Default),
    ("12345678901", Format::OldDominion, Carrier::OldDominion, NONE, Hint),
    ("123456782", Format::XpoPro, Carrier::Xpo, OK, Hint),
    ("SPX012345678901234", Format::Speedx, Carrier::Speedx, NONE, Default),
    ("SPXAB12345678", Format::SpeedxMixed, Carrier::Speedx, NONE, Hint),
    ("100-340397-9", Format::YrcFreightBill, Carrier::Yrc, NONE, Hint),
    ("828-561881-X", Format::YrcFreightBill, Carrier::Yrc, NONE, Hint),
    ("SP123456789012345678", Format::Speedee, Carrier::Speedee, NONE, Hint),
    ("LTN74207623N1", Format::Landmark, Carrier::Landmark, NONE, Default),
    // United Kingdom: Parcelforce "Tracking number formats" (AA1234567, AAAA1234567890,
    // 123456789012); Yodel help centre via a public issue thread (JJD0002123456789012,
    // JD0002123456789012, 8YDR098765432); constructed (the others).
    ("AA1234567", Format::ParcelforceUk, Carrier::Parcelforce, NONE, Hint),
    ("AAAA1234567890", Format::ParcelforceUkLong, Carrier::Parcelforce, NONE, Hint),
    ("123456789012", Format::ParcelforceExport, Carrier::Parcelforce, NONE, Hint),
    ("EJ123456785GB", Format::ParcelforceInternational, Carrier::Parcelforce, OK, Hint),
    ("1234567890123456", Format::Evri, Carrier::Evri, NONE, Hint),
    ("H01ABC1234567890", Format::EvriAlphanumeric, Carrier::Evri, NONE, Default),
    ("12345678", Format::EvriCallingCard, Carrier::Evri, NONE, Hint),
    ("JJD0002123456789012", Format::Yodel, Carrier::Yodel, NONE, Default),
    ("JD0002123456789012", Format::Yodel, Carrier::Yodel, NONE, Default),
    ("8YDR098765432", Format::YodelYdr, Carrier::Yodel, NONE, Default),
    ("0980982.1", Format::YodelDotted, Carrier::Yodel, NONE, Hint),
    // TNT (constructed: 12345678 gives check 5 under the S10 weights).
    ("123456785", Format::TntConsignment, Carrier::Tnt, OK, Hint),
    ("GD481516230WW", Format::TntInternational, Carrier::Tnt, OK, Default),
    // Germany and Benelux: AfterShip import help (DPD 04569400023091U, PostNL 3STNDH0017348);
    // paketda.de (Hermes 09133131530724); constructed (the others).
    ("04569400023091U", Format::Dpd, Carrier::Dpd, OK, Default),
    ("09980000020033F", Format::Dpd, Carrier::Dpd, OK, Default),
    ("008182709980000020033350276C", Format::DpdBarcode, Carrier::Dpd, OK, Default),
    ("H1234567890123456789", Format::HermesDe, Carrier::Hermes, NONE, Default),
    ("09133131530724", Format::HermesDe14, Carrier::Hermes, OK, Hint),
    ("12345678901", Format::Gls, Carrier::Gls, NONE, Hint),
    ("XHAX4HDA", Format::GlsTrackId, Carrier::Gls, NONE, Hint),
    ("3STNDH0017348", Format::Postnl3s, Carrier::Postnl, NONE, Default),
    ("323212345678901234567890", Format::BpostParcel, Carrier::Bpost, NONE, Default),
    ("323256984521032569", Format::BpostParcel18, Carrier::Bpost, NONE, Default),
    ("JJBEA2356412012365478896541", Format::BpostJjbea, Carrier::Bpost, NONE, Default),
    ("010541288500452621221234567890", Format::BpostRegistered, Carrier::Bpost, NONE, Default),
    // France: Colissimo FAQ (8D00432154798); constructed (the others).
    ("LK12345678901", Format::LaPosteSuivi, Carrier::LaPoste, NONE, Hint),
    ("8D00432154798", Format::Colissimo, Carrier::Colissimo, NONE, Default),
    ("XA123456785FR", Format::Chronopost, Carrier::Chronopost, OK, Hint),
    ("12345678", Format::MondialRelay, Carrier::MondialRelay, NONE, Hint),
    // Southern and eastern Europe: Poșta Moldovei tracking page (DS0123456789RR); Ukrposhta
    // tracking page (0123456789123); the Russian identifier's published check example
    // (constructed around it); constructed (the others).
    ("PQ4F6P0702945480108001Z", Format::CorreosDomestic, Carrier::Correos, NONE, Default),
    ("1234567890123", Format::PosteItalianeDomestic, Carrier::PosteItaliane, NONE, Hint),
    ("1234567890123", Format::Sda, Carrier::Sda, NONE, Hint),
    ("123456789012", Format::Brt, Carrier::Brt, NONE, Hint),
    ("123456789012345678901234", Format::Inpost, Carrier::Inpost, NONE, Hint),
    ("00159007730000000011", Format::PocztaPolska, Carrier::PocztaPolska, OK, Default),
    ("20450123456789", Format::NovaPoshta, Carrier::NovaPoshta, NONE, Hint),
    ("14987654321", Format::Cdek, Carrier::Cdek, NONE, Hint),
    ("0123456789123", Format::UkrposhtaDomestic, Carrier::Ukrposhta, NONE, Hint),
    ("12509924012342", Format::RussianPostDomestic, Carrier::RussianPost, OK, Hint),
    ("DS0123456789RR", Format::PostaMoldoveiDomestic, Carrier::PostaMoldovei, NONE, Default),
    ("Z1234567890", Format::Packeta, Carrier::Packeta, NONE, Default),
    // Nordics and Switzerland (constructed).
    ("JJFI12345678901234567", Format::Posti, Carrier::Posti, NONE, Default),
    ("12345678901", Format::PostnordSweden, Carrier::Postnord, NONE, Hint),
    ("991234567812345678", Format::SwissPost, Carrier::SwissPost, NONE, Default),
    // Asia-Pacific: instantparcels.com "Tracking number formats" (SF9999999999999,
    // VO9999999999VA); constructed (the others; 13112383852 and 12345678903 pass the mod 7
    // rule and tie with DHL Express, which the registry order puts first).
    ("ABC123456789123456", Format::AustraliaPostEparcel, Carrier::AustraliaPost, NONE, Hint),
    ("LP00724622449605", Format::Cainiao, Carrier::Cainiao, NONE, Default),
    ("CNUSUP00012345678", Format::CainiaoCnusup, Carrier::Cainiao, NONE, Default),
    ("UG640962312YP", Format::Yanwen, Carrier::Yanwen, OK, Default),
    ("YT1234567890123456", Format::Yunexpress, Carrier::Yunexpress, NONE, Default),
    ("4PX3001234567890123CN", Format::FourPx, Carrier::FourPx, NONE, Default),
    ("SF9999999999999", Format::SfExpress, Carrier::SfExpress, NONE, Default),
    ("VO9999999999VA", Format::Vova, Carrier::Vova, NONE, Default),
    ("JT1234567890123", Format::JtExpress, Carrier::JtExpress, NONE, Default),
    ("13112383852", Format::JapanPostRegistered, Carrier::JapanPost, OK, Hint),
    ("123456789013", Format::JapanPostYuPack, Carrier::JapanPost, OK, Hint),
    ("123456789013", Format::Yamato, Carrier::Yamato, OK, Hint),
    ("123456789012", Format::Sagawa, Carrier::Sagawa, NONE, Hint),
    ("12345678", Format::NzCouriers, Carrier::NzCouriers, NONE, Hint),
    ("12345678901", Format::BlueDart, Carrier::BlueDart, NONE, Hint),
    ("1234567890123", Format::Delhivery, Carrier::Delhivery, NONE, Hint),
    ("12345678901", Format::Aramex, Carrier::Aramex, NONE, Hint),
    // Mexico (constructed).
    ("1234567890123456789012", Format::EstafetaGuide, Carrier::Estafeta, NONE, Hint),
    ("1234567890", Format::EstafetaCode, Carrier::Estafeta, NONE, Hint),
];

fn find(c: Candidates, f: Format) -> Option<Candidate> {
    c.into_iter().find(|c| c.format() == f)
}

#[track_caller]
fn check_golden(printed: &str, f: Format, carrier: Carrier, ev: Evidence, answer: Answer) {
    let mut buf = [0u8; TrackingNumber::MAX_LEN];
    let s = normalize(printed, &mut buf).unwrap();
    let cands = detect(s);
    let c = find(cands, f).unwrap_or_else(|| panic!("{s}: {f:?} not among {cands:?}"));
    assert_eq!(c.carrier(), carrier, "{s}");
    assert_eq!(c.evidence(), ev, "{s}");
    assert!(f.is_valid(s), "{s}");
    let n = c.number().expect("valid");
    assert_eq!(n.format(), f);
    assert_eq!(n.carrier(), carrier);
    assert_eq!(TrackingNumber::parse_as(s, f).unwrap(), n);
    let hinted =
        TrackingNumber::parse_for(printed, &[carrier]).unwrap_or_else(|e| panic!("{s}: {e}"));
    assert_eq!(hinted.number().format(), f, "{s}: the hint reads another format");
    let default = TrackingNumber::parse_lenient(printed).map(|l| l.number());
    match answer {
        Default => {
            assert_eq!(default, Ok(n), "{s}");
            assert_eq!(cands.accepted().map(|c| c.format()), Some(f), "{s}");
            assert_eq!(TrackingNumber::parse(s), Ok(n), "{s}");
            assert_eq!(n.to_string(), s);
        }
        Hint => {
            assert_ne!(default.map(|n| n.format()), Ok(f), "{s}: {f:?} is the default answer");
            if f.confidence() == Confidence::Low {
                assert!(cands.accepted().is_none_or(|c| c.format() != f), "{s}");
            }
        }
    }
    assert_eq!(TrackingNumber::is_valid(s), TrackingNumber::parse(s).is_ok(), "{s}");
}

#[test]
fn golden_vectors() {
    for &(s, f, carrier, ev, answer) in GOLDEN {
        check_golden(s, f, carrier, ev, answer);
    }
}

#[test]
fn every_format_has_a_golden_vector_and_a_valid_example() {
    for &f in Format::ALL {
        assert!(GOLDEN.iter().any(|g| g.1 == f), "no golden vector for {f:?}");
        let e = f.example();
        assert!(f.is_valid(e), "example of {f:?}");
        assert!(detect(e).any(|c| c.format() == f && c.number().is_some()));
        assert!((f.min_len()..=f.max_len()).contains(&e.len()));
        assert_eq!(f.as_str().parse::<Format>().unwrap(), f);
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
        assert_eq!(f.to_string(), f.name());
    }
    for &c in Carrier::ALL {
        assert_eq!(c.as_str().parse::<Carrier>().unwrap(), c);
        assert_eq!(c.to_string().parse::<Carrier>().unwrap(), c);
        assert_eq!(c.to_string(), c.name());
    }
}

#[test]
fn low_formats_are_never_the_default_answer() {
    for &(s, f, ..) in GOLDEN {
        if f.confidence() == Confidence::Low {
            assert_ne!(TrackingNumber::parse_lenient(s).map(|l| l.number().format()), Ok(f), "{s}");
        }
    }
}

#[test]
fn a_hint_naming_the_parent_carrier_accepts_its_brands() {
    // TNT is FedEx's; DHL Freight is DHL's; LaserShip is OnTrac's.
    let n = TrackingNumber::parse_for("123456785", &[Carrier::Fedex]).unwrap().number();
    assert_eq!((n.format(), n.carrier()), (Format::TntConsignment, Carrier::Tnt));
    let n = TrackingNumber::parse_for("ABC-DE-1234567", &[Carrier::Dhl]).unwrap().number();
    assert_eq!(n.carrier(), Carrier::DhlFreight);
    let n = TrackingNumber::parse_for("LX16641251", &[Carrier::Ontrac]).unwrap().number();
    assert_eq!(n.carrier(), Carrier::Lasership);
    // … but a brand's hint does not accept the parent's numbers
    assert!(TrackingNumber::parse_for("1234567891", &[Carrier::DhlFreight])
        .map(|l| l.number().format())
        .is_ok_and(|f| f != Format::DhlExpress));
    assert!(TrackingNumber::parse_for("123456789012343", &[Carrier::Tnt]).is_err());
}

#[test]
fn a_hint_still_verifies_check_digits() {
    // the TNT consignment check: 12345678 → 5
    let e = TrackingNumber::parse_for("123456784", &[Carrier::Tnt]).unwrap_err();
    assert_eq!(
        e.kind(),
        ParseErrorKind::CheckDigit { format: Format::TntConsignment, expected: '5', found: '4' }
    );
    // FedEx with every FedEx format: the Express check fails, no other FedEx format fits
    let e = TrackingNumber::parse_for("123456789013", &[Carrier::Fedex]).unwrap_err();
    assert_eq!(e.expected_check(), Some('2'));
    // a hint with several carriers takes the best reading among them
    let n = TrackingNumber::parse_for("123456789013", &[Carrier::Fedex, Carrier::Yamato]).unwrap();
    assert_eq!(n.number().format(), Format::Yamato);
}

/// Position of the check character of a verified golden vector.
fn check_pos(s: &str, f: Format) -> usize {
    match f {
        Format::S10
        | Format::S10Domestic
        | Format::RoyalMailDomestic
        | Format::Chronopost
        | Format::ParcelforceInternational
        | Format::Yanwen
        | Format::TntInternational => 10,
        Format::FedexAstra => 27,
        _ => s.len() - 1,
    }
}

#[test]
fn altered_check_digits_are_mismatches_with_the_expected_digit() {
    for &(s, f, _, ev, _) in GOLDEN {
        // soft checks (a failure is not a mismatch) are tested in `src/`
        if ev != OK
            || matches!(f, Format::RussianPostDomestic | Format::JapanPostYuPack)
            || s.contains('-')
        {
            continue;
        }
        let pos = check_pos(s, f);
        let orig = s.as_bytes()[pos] as char;
        assert_eq!(TrackingNumber::parse_as(s, f).unwrap().check_digit(), Some(orig), "{s}");
        let alphabet: &[u8] =
            if f == Format::Dpd { b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" } else { b"0123456789" };
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
                ParseErrorKind::CheckDigit { format, expected, found } => {
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
    assert_eq!(n.service().map(|s| (s.code(), s.name())), Some(("01", Some("Next Day Air"))));
    assert_eq!(n.package_id(), Some("2345678"));
    assert_eq!(n.check_digit(), Some('4'));
    assert_eq!(n.field(Field::CheckDigit), Some("4"));
    assert_eq!(n.serial(), None);

    let n = TrackingNumber::parse("1ZXX3150YW44070023").unwrap();
    assert_eq!(n.service().unwrap().name(), Some("SurePost (delivered by USPS)"));

    let n = TrackingNumber::parse("EE473124829CN").unwrap();
    assert_eq!(n.serial(), Some("47312482"));
    assert_eq!(n.country(), Some("CN"));
    assert_eq!(n.service().unwrap().code(), "EE");
    assert_eq!(n.service().unwrap().name(), Some("EMS"));
    let n = TrackingNumber::parse("CP000000014CA").unwrap();
    assert_eq!(n.service().unwrap().name(), Some("parcel post"));
    let n = TrackingNumber::parse("EB000717618HK").unwrap();
    assert_eq!((n.carrier(), n.country()), (Carrier::HongkongPost, Some("HK")));
    assert_eq!(n.country_name(), Some("Hong Kong"));

    let n = TrackingNumber::parse("9205590164917312751089").unwrap();
    assert_eq!(n.service().unwrap().name(), Some("Priority Mail"));
    assert_eq!(n.shipper_id(), Some("901649173"));
    assert_eq!(n.serial(), Some("1275108"));
    let n = TrackingNumber::parse("9261292700768711948021").unwrap();
    assert_eq!(n.service().unwrap().name(), Some("Parcel Select"));
    let n = TrackingNumber::parse("9400111206206406260787").unwrap();
    assert_eq!(n.service().map(|s| (s.code(), s.name())), Some(("001", None)));
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
    assert_eq!(n.service().map(|s| (s.code(), s.name())), Some(("71", None)));
    let n = TrackingNumber::parse("71123456789123456787").unwrap();
    assert_eq!(n.service().map(|s| (s.code(), s.name())), Some(("71", None)));
    let n = TrackingNumber::parse("03071790000523483741").unwrap();
    assert_eq!(n.implied_prefix(), None);
    assert_eq!(n.service().unwrap().name(), Some("Delivery Confirmation"));
    assert_eq!(n.shipper_id(), Some("071790000"));
    assert_eq!(n.package_id(), Some("52348374"));

    let n = TrackingNumber::parse("041441760228964").unwrap();
    assert_eq!((n.shipper_id(), n.package_id()), (Some("0414417"), Some("6022896")));
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
    assert_eq!((n.field(Field::Depot), n.serial()), (Some("0998"), Some("0000020033")));

    let n = TrackingNumber::parse_as("13112383852", Format::JapanPostRegistered).unwrap();
    assert_eq!(n.service().unwrap().name(), Some("general registered"));
    let n = TrackingNumber::parse("3SCBLU5654286").unwrap();
    assert_eq!((n.shipper_id(), n.serial()), (Some("CBLU"), Some("5654286")));
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
    ];
    for (s, url) in cases {
        let n = TrackingNumber::parse(s).unwrap();
        assert_eq!(n.tracking_url().unwrap().to_string(), url, "{s}");
    }
    let n = TrackingNumber::parse_for("1234567890123456", &[Carrier::Evri]).unwrap().number();
    assert_eq!(
        n.tracking_url().unwrap().to_string(),
        "https://www.evri.com/track/parcel/1234567890123456/details"
    );
    for s in ["RR287043775IN", "340433836442636597"] {
        assert!(TrackingNumber::parse(s).unwrap().tracking_url().is_none(), "{s}");
    }
}

#[test]
fn grouped_forms() {
    let cases = [
        ("1Z999AA10123456784", "1Z 999 AA1 01 2345 6784"),
        ("RB123456785GB", "RB 123 456 785 GB"),
        ("9400111206206406260787", "9400 1112 0620 6406 2607 87"),
        ("92748931507708513018050063", "9274 8931 5077 0851 3018 0500 63"),
        ("986578788855", "9865 7878 8855"),
        ("041441760228964", "0414 4176 0228 964"),
        ("7035114477138472", "7035 1144 7713 8472"),
        ("09980000020033F", "0998 0000 0200 33 F"),
        ("3318810025", "33 1881 0025"),
        ("00340433836442636597", "00 3 4043383 644263659 7"),
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
    assert_eq!(msg(&"1".repeat(41)), "too long: 41 bytes, at most 40 allowed");
    assert_eq!(msg("1z999AA10123456784"), "invalid character 'z' at index 1");
    assert_eq!(msg("1Z 999"), "invalid character ' ' at index 2");
    assert_eq!(msg("1Zé99"), "invalid character 'é' at index 2");
    assert_eq!(msg("ABC"), "not a known tracking number format");
    assert_eq!(msg("1Z999AA10123456787"), "check digit mismatch: expected '4', found '7'");
    assert_eq!(msg("RB123456784GB"), "check digit mismatch: expected '5', found '4'");

    let kind = |s: &str| TrackingNumber::parse(s).unwrap_err().kind();
    assert_eq!(kind(""), ParseErrorKind::Empty);
    assert_eq!(kind(&"1".repeat(1000)), ParseErrorKind::TooLong { len: 1000, max: 40 });
    assert_eq!(kind("AB-1"), ParseErrorKind::InvalidChar { ch: '-', index: 2 });
    assert_eq!(kind("ZZZZZZZZZZ"), ParseErrorKind::UnknownFormat);
    assert_eq!(
        kind("1Z999AA10123456787"),
        ParseErrorKind::CheckDigit { format: Format::Ups1Z, expected: '4', found: '7' }
    );
    assert_eq!(TrackingNumber::parse("986578788856").unwrap_err().expected_check(), Some('5'));
    // a check-less Low reading does not hide a typo in an established format
    assert_eq!(
        kind("986578788856"),
        ParseErrorKind::CheckDigit { format: Format::FedexExpress, expected: '5', found: '6' }
    );

    let lmsg = |s: &str| TrackingNumber::parse_lenient(s).unwrap_err().to_string();
    assert_eq!(lmsg(" \t "), "empty tracking number");
    assert_eq!(lmsg(" 1Z/999"), "invalid character '/' at index 3");
    assert_eq!(lmsg(&"1".repeat(161)), "too long: 161 bytes, at most 160 allowed");
    assert_eq!(lmsg(&"1".repeat(45)), "too long: 45 bytes, at most 40 allowed");
    assert_eq!(lmsg("1z999aa10123456787"), "check digit mismatch: expected '4', found '7'");

    assert_eq!(
        "Acme Parcels".parse::<Carrier>().unwrap_err().to_string(),
        r#"unknown carrier "Acme Parcels""#
    );
    assert_eq!("ups".parse::<Format>().unwrap_err().to_string(), r#"unknown format "ups""#);
    // ids and names, any case, `-` `_` and space alike
    assert_eq!("UPS".parse::<Carrier>(), Ok(Carrier::Ups));
    assert_eq!("royal-mail".parse::<Carrier>(), Ok(Carrier::RoyalMail));
    assert_eq!("UPS 1Z".parse::<Format>(), Ok(Format::Ups1Z));
}

#[test]
fn lenient_parsing() {
    let l = TrackingNumber::parse_lenient("  1z 999-aa1.01 2345\u{a0}6784\n").unwrap();
    assert!(l.was_normalized());
    assert_eq!(l.number().as_str(), "1Z999AA10123456784");
    let l = TrackingNumber::parse_lenient("1Z999AA10123456784").unwrap();
    assert!(!l.was_normalized());
    let mut buf = [0u8; TrackingNumber::MAX_LEN];
    assert_eq!(normalize("rb 123 456 785 gb", &mut buf), Some("RB123456785GB"));
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
fn serde_keeps_the_format() {
    let n = TrackingNumber::parse("RB123456785GB").unwrap();
    assert_eq!(serde_json::to_string(&n).unwrap(), r#""s10:RB123456785GB""#);
    assert_eq!(serde_json::from_str::<TrackingNumber>(r#""s10:RB123456785GB""#).unwrap(), n);
    // the reading the user chose survives the round trip
    for &(s, f, ..) in GOLDEN {
        let Ok(n) = TrackingNumber::parse_for(s, &[f.carrier()]).map(|l| l.number()) else {
            continue;
        };
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(serde_json::from_str::<TrackingNumber>(&json).unwrap(), n, "{json}");
    }
    let jp = TrackingNumber::parse_as("73891051146", Format::JapanPostRegistered).unwrap();
    let back: TrackingNumber = serde_json::from_str(&serde_json::to_string(&jp).unwrap()).unwrap();
    assert_eq!((back.format(), back.carrier()), (Format::JapanPostRegistered, Carrier::JapanPost));
    // a bare string is read as the default answer, else the best valid reading
    assert_eq!(serde_json::from_str::<TrackingNumber>(r#""RB123456785GB""#).unwrap(), n);
    let gls: TrackingNumber = serde_json::from_str(r#""12345678901""#).unwrap();
    assert!(gls.format().confidence() == Confidence::Low);
    // wrong check digits, unknown formats and readings of another format are refused
    assert!(serde_json::from_str::<TrackingNumber>(r#""RB123456784GB""#).is_err());
    assert!(serde_json::from_str::<TrackingNumber>(r#""nope:RB123456785GB""#).is_err());
    assert!(serde_json::from_str::<TrackingNumber>(r#""ups_1z:RB123456785GB""#).is_err());

    assert_eq!(serde_json::to_string(&Carrier::RoyalMail).unwrap(), r#""royal_mail""#);
    assert_eq!(serde_json::from_str::<Format>(r#""ups_1z""#).unwrap(), Format::Ups1Z);
    assert!(serde_json::from_str::<Format>(r#""nope""#).is_err());
    assert_eq!(serde_json::to_string(&Confidence::High).unwrap(), r#""high""#);
    for ev in [Evidence::NoCheckDigit, Evidence::Verified, Evidence::Mismatch { expected: '4' }] {
        let json = serde_json::to_string(&ev).unwrap();
        assert_eq!(serde_json::from_str::<Evidence>(&json).unwrap(), ev, "{json}");
    }
    assert_eq!(serde_json::to_string(&Evidence::NoCheckDigit).unwrap(), r#""none""#);
    assert_eq!(serde_json::to_string(&Evidence::Verified).unwrap(), r#""verified""#);
    assert_eq!(
        serde_json::to_string(&Evidence::Mismatch { expected: '4' }).unwrap(),
        r#"{"mismatch":{"expected":"4"}}"#
    );
    let c = detect("1Z999AA10123456785").next().unwrap();
    let v = serde_json::to_value(c).unwrap();
    assert_eq!(v["check_digit"], "mismatch");
    assert_eq!(v["expected_check_digit"], "4");
}
