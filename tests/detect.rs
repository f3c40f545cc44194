//! Detection: the length classes where formats collide, the ranking rule and the default
//! answer among the readings.

use tracking_number::{detect, Candidates, Carrier, Confidence, Evidence, Format, TrackingNumber};

fn formats(c: Candidates) -> Vec<(Format, Evidence)> {
    c.map(|c| (c.format(), c.evidence())).collect()
}

fn has(c: Candidates, f: Format, ev: Evidence) -> bool {
    formats(c).contains(&(f, ev))
}

fn lacks(c: Candidates, f: Format) -> bool {
    formats(c).iter().all(|x| x.0 != f)
}

fn accepted(s: &str) -> Option<Format> {
    detect(s).accepted().map(|c| c.format())
}

#[test]
fn len_10_dhl_express_mod7() {
    let c = detect("3318810025");
    assert_eq!(accepted("3318810025"), Some(Format::DhlExpress));
    assert!(has(c, Format::DhlExpress, Evidence::Verified));
    // a near miss is a mismatch with the digit mod 7 calls for, ranked after every valid
    // (here check-less, Low) reading, and never the default answer
    let c = detect("3318810026");
    assert!(has(c, Format::DhlExpress, Evidence::Mismatch { expected: '5' }));
    assert_eq!(c.last().unwrap().format(), Format::DhlExpress);
    assert_eq!(c.accepted(), None);
    assert_eq!(
        TrackingNumber::parse("3318810026").unwrap_err().kind(),
        tracking_number::ParseErrorKind::CheckDigit {
            format: Format::DhlExpress,
            expected: '5',
            found: '6'
        }
    );
    // LaserShip's 10-character form is letters-first, never an S10 or DHL Express reading;
    // DHL eCommerce's LX ids (Low) are listed after it
    assert_eq!(
        formats(detect("LX17635036")),
        vec![
            (Format::Lasership, Evidence::NoCheckDigit),
            (Format::DhlEcommerceLxRx, Evidence::NoCheckDigit)
        ]
    );
    assert_eq!(accepted("LX17635036"), Some(Format::Lasership));
}

#[test]
fn len_11_dhl_and_japan_post_cannot_be_told_apart() {
    for s in ["73891051146", "13112383852", "12345678903"] {
        let c = detect(s);
        assert!(c.is_ambiguous(), "{s}");
        let top: Vec<_> = c.take(2).map(|c| (c.format(), c.carrier())).collect();
        assert_eq!(
            top,
            vec![
                (Format::DhlExpress, Carrier::Dhl),
                (Format::JapanPostRegistered, Carrier::JapanPost)
            ]
        );
        // GLS 11 digits is recognised but ranked after them (Low confidence, no check)
        assert!(has(c, Format::Gls, Evidence::NoCheckDigit));
        assert_eq!(c.get(2).unwrap().confidence(), Confidence::Low);
        // both are Low (a mod 7 check on a bare 11-digit run is weak evidence): no default
        // answer; a hint decides
        assert_eq!(accepted(s), None);
        let jp = TrackingNumber::parse_for(s, &[Carrier::JapanPost]).unwrap().number();
        assert_eq!(jp.format(), Format::JapanPostRegistered);
    }
}

#[test]
fn freight_formats_come_after_the_parcel_formats_they_tie_with() {
    // 11 digits without a check: GLS, CDEK, Nova Poshta, PostNord… and Old Dominion's PRO
    // number tie on every key but the registry priority, which puts freight last
    let listed: Vec<Format> = detect("60532187449").map(|c| c.format()).collect();
    let at = |f: Format| listed.iter().position(|&x| x == f).unwrap();
    assert_eq!(listed[0], Format::Gls);
    assert!(at(Format::OldDominion) > at(Format::Aramex), "{listed:?}");
    // a hint for both: the parcel carrier's reading is the answer
    let n = TrackingNumber::parse_for("60532187449", &[Carrier::OldDominion, Carrier::Gls]);
    assert_eq!(n.unwrap().number().format(), Format::Gls);
}

#[test]
fn a_check_character_that_takes_every_digit_is_no_structure() {
    // YRC's freight bill ends in `0`–`9` or `X`: on a digit run that sets nothing apart, so
    // DHL Express's verified check digit ranks first
    let listed: Vec<Format> = detect("3318810025").map(|c| c.format()).collect();
    assert_eq!(listed[0], Format::DhlExpress, "{listed:?}");
    assert!(listed.contains(&Format::YrcFreightBill));
}

#[test]
fn len_12_all_checks_run() {
    // FedEx and Identcode both pass: FedEx ranks first (High confidence), both listed
    let c = detect("201298452277");
    assert!(has(c, Format::FedexExpress, Evidence::Verified));
    assert!(has(c, Format::DhlPaketIdentcode, Evidence::Verified));
    assert_eq!(c.best().unwrap().format(), Format::FedexExpress);
    assert!(!c.is_ambiguous());
    // FedEx and Purolator both pass
    let c = detect("287809468872");
    assert!(has(c, Format::FedexExpress, Evidence::Verified));
    assert!(has(c, Format::Purolator, Evidence::Verified));
    // Purolator only: Low (a Luhn check on 12 bare digits), read with a hint
    assert_eq!(accepted("320595463938"), None);
    assert!(has(
        detect("320595463938"),
        Format::FedexExpress,
        Evidence::Mismatch { expected: '7' }
    ));
    let n = TrackingNumber::parse_for("320595463938", &[Carrier::Purolator]).unwrap().number();
    assert_eq!(n.format(), Format::Purolator);
    // Identcode only: Low as well
    assert_eq!(accepted("563102430313"), None);
    assert!(has(detect("563102430313"), Format::DhlPaketIdentcode, Evidence::Verified));
    // every 12-digit reading of the table is present, and at most one per format
    let all = formats(detect("123456789012"));
    for f in [
        Format::FedexExpress,
        Format::Purolator,
        Format::DhlPaketIdentcode,
        Format::JapanPostYuPack,
        Format::CanadaPost12,
        Format::ParcelforceExport,
        Format::Gls,
        Format::PosteItalianeDomestic,
        Format::UpsInfoNotice,
    ] {
        assert_eq!(all.iter().filter(|x| x.0 == f).count(), 1, "{f:?}");
    }
    // a bare 12-digit run that no check digit verifies is no one's default answer
    assert_eq!(accepted("123456789019"), None);
}

#[test]
fn len_14_dpd_hermes_and_bare_runs() {
    // the Hermes GS1 check passes, but 14 digits with a GS1 check are also a GTIN-14:
    // listed, never the default answer
    let c = detect("09133131530724");
    assert!(has(c, Format::HermesDe14, Evidence::Verified));
    assert!(has(c, Format::Dpd, Evidence::NoCheckDigit));
    assert_eq!(c.accepted(), None);
    let n = TrackingNumber::parse_for("09133131530724", &[Carrier::Hermes]).unwrap();
    assert_eq!(n.number().format(), Format::HermesDe14);
    // GS1 fails: Hermes is a mismatch, the bare DPD number is listed
    let c = detect("60120172242323");
    assert!(has(c, Format::HermesDe14, Evidence::Mismatch { expected: '8' }));
    assert!(has(c, Format::Dpd, Evidence::NoCheckDigit));
    assert_eq!(c.accepted(), None);
}

#[test]
fn len_15_fedex_ground_and_dpd_with_check_char() {
    assert_eq!(accepted("041441760228964"), Some(Format::FedexGround));
    assert_eq!(formats(detect("09980000020033F")), vec![(Format::Dpd, Evidence::Verified)]);
}

#[test]
fn len_16_canada_post_and_evri() {
    let c = detect("7035114477138472");
    assert_eq!(
        formats(c),
        vec![(Format::CanadaPost16, Evidence::Verified), (Format::Evri, Evidence::NoCheckDigit)]
    );
    assert_eq!(c.accepted().unwrap().format(), Format::CanadaPost16);
    // Canada Post's check fails: Evri (a bare 16-digit run) is valid but Low; nothing is
    // accepted, and the error names Canada Post's expected digit
    let c = detect("7035114477138473");
    assert_eq!(c.best().unwrap().format(), Format::Evri);
    assert!(has(c, Format::CanadaPost16, Evidence::Mismatch { expected: '2' }));
    assert_eq!(c.accepted(), None);
    assert_eq!(TrackingNumber::parse("7035114477138473").unwrap_err().expected_check(), Some('2'));
}

#[test]
fn len_18_and_20_sscc() {
    let c = detect("340433836442636597");
    assert_eq!(c.accepted().unwrap().format(), Format::Sscc);
    assert_eq!(c.accepted().unwrap().carrier(), Carrier::Gs1);
    // `00` + Deutsche Post's company prefix: DHL Paket, with the generic SSCC listed
    let c = detect("00340433836442636597");
    assert_eq!(c.accepted().unwrap().format(), Format::DhlPaket);
    assert!(has(c, Format::Sscc, Evidence::Verified));
    assert!(lacks(c, Format::UspsLegacy));
    // otherwise USPS, never SSCC
    let c = detect("03071790000523483741");
    assert_eq!(c.accepted().unwrap().format(), Format::UspsLegacy);
    assert!(lacks(c, Format::Sscc));
    // FedEx Ground SSCC: `00` + 16 digits read as FedEx, the generic SSCC listed
    let c = detect("000123450000000027");
    assert_eq!(c.accepted().unwrap().format(), Format::FedexSscc);
}

#[test]
fn len_20_smartpost_and_usps() {
    // a FedEx Ground Economy (SmartPost) number: 20 digits whose check is computed with
    // the `92` application identifier in front; with `92` printed it is the USPS IMpb
    let c = detect("61299998820821171811");
    assert_eq!(c.accepted().unwrap().format(), Format::FedexSmartPost);
    assert_eq!(c.accepted().unwrap().carrier(), Carrier::Fedex);
    let c = detect("9261299998820821171811");
    assert_eq!(c.accepted().unwrap().format(), Format::UspsImpb);
}

#[test]
fn len_22_prefix_decides_fedex_or_usps() {
    let c = detect("9611020987654312345672");
    assert_eq!(c.accepted().unwrap().format(), Format::FedexGround96);
    assert!(lacks(c, Format::UspsImpb));
    for s in ["9400111206206406260787", "9205590164917312751089", "9505511069605048600624"] {
        let c = detect(s);
        assert_eq!(c.accepted().unwrap().format(), Format::UspsImpb, "{s}");
        assert!(lacks(c, Format::FedexGround96));
    }
    // 90/97/98/99 are neither
    assert!(detect("9000111206206406260787").all(|c| c.format() != Format::UspsImpb));
}

#[test]
fn len_26_30_34() {
    assert_eq!(accepted("92748931507708513018050063"), Some(Format::UspsImpb));
    assert_eq!(accepted("420787459400111206206406260787"), Some(Format::UspsImpbRouted));
    // 34: ZIP+4 + PIC22 and ZIP5 + PIC26 are both tried
    for s in ["4201002334249200190132607600833457", "4201028200009261290113185417468510"] {
        let c = detect(s);
        assert_eq!(c.accepted().unwrap().format(), Format::UspsImpbRouted);
        assert!(lacks(c, Format::Fedex34));
    }
    let zip5_pic26 = format!("42078745{}", "92748931507708513018050063");
    let n = TrackingNumber::parse(&zip5_pic26).unwrap();
    assert_eq!(n.destination_zip(), Some("78745"));
    assert_eq!(n.display_number(), "92748931507708513018050063");
    for s in ["1001921334250001000300779017972697", "9622001900000000000000776632517510"] {
        let c = detect(s);
        assert_eq!(c.accepted().unwrap().format(), Format::Fedex34);
        assert!(lacks(c, Format::UspsImpbRouted));
    }
}

#[test]
fn alphanumeric_overlaps() {
    // S10 with LX/RX: genuine S10, DHL eCommerce never claims it
    assert_eq!(formats(detect("LX876543216DE")), vec![(Format::S10, Evidence::Verified)]);
    // a failing S10 is reported as a mismatch, not accepted
    assert_eq!(
        formats(detect("LX876543217DE")),
        vec![(Format::S10, Evidence::Mismatch { expected: '6' })]
    );
    // reserved service indicators are not international S10, but domestic items
    for s in ["JA123456785GB", "KA123456785GB", "SA123456785GB", "TA123456785GB", "WA123456785GB"] {
        let c = detect(s);
        assert!(lacks(c, Format::S10), "{s}");
        assert!(has(c, Format::S10Domestic, Evidence::Verified), "{s}");
    }
    // Royal Mail's own T? …GB numbers rank before the generic domestic reading
    assert_eq!(accepted("TT123456785GB"), Some(Format::RoyalMailDomestic));
    // JJD + 16 digits: Yodel's length (medium) first, DHL Paket's low reading listed after it
    let c = detect("JJD0123456789012345");
    assert!(!c.is_ambiguous());
    assert_eq!(c.accepted().map(|c| c.format()), Some(Format::Yodel));
    let carriers: Vec<Carrier> = c.map(|c| c.carrier()).collect();
    assert!(carriers.contains(&Carrier::Yodel) && carriers.contains(&Carrier::DeutschePost));
    // JJD + 18 digits: the DHL piece id (Medium) ranks first
    let c = detect("JJD014600003123456789");
    assert_eq!(c.accepted().unwrap().format(), Format::DhlPieceId);
    assert!(!c.is_ambiguous());
    // Chronopost S10-shaped numbers: S10 (La Poste) first, Chronopost listed
    let c = detect("XA123456785FR");
    assert_eq!(c.best().unwrap().carrier(), Carrier::LaPoste);
    assert!(has(c, Format::Chronopost, Evidence::Verified));
    // OnTrac C + 14 digits vs Amazon international C + 10: lengths differ
    assert_eq!(formats(detect("C11031500001879")), vec![(Format::Ontrac, Evidence::Verified)]);
    assert_eq!(detect("C1234567890").best().unwrap().format(), Format::AmazonIntl);
}

#[test]
fn strict_input_only() {
    assert!(detect("").is_empty());
    assert!(detect("1z999aa10123456784").is_empty());
    assert!(detect("1Z 999 AA1 01 2345 6784").is_empty());
    assert!(detect(&"9".repeat(41)).is_empty());
    assert!(detect("ÄÖÜ").is_empty());
    assert!(detect("12345€7890").is_empty());
}

#[test]
fn ranking_is_total_and_sorted() {
    let samples =
        ["774985632143", "12345678901", "60120172242323", "JJD0123456789012345", "3318810026"];
    for s in samples {
        let c = detect(s);
        let v: Vec<_> = c.collect();
        // at most one candidate per format
        for (i, a) in v.iter().enumerate() {
            assert!(v[i + 1..].iter().all(|b| b.format() != a.format()), "{s}");
        }
        // deterministic
        assert_eq!(v, detect(s).collect::<Vec<_>>());
        // a failing check digit never outranks a valid reading
        let first_invalid = v.iter().position(|c| c.number().is_none()).unwrap_or(v.len());
        assert!(v[first_invalid..].iter().all(|c| c.number().is_none()), "{s}: {v:?}");
        // the default answer is the first valid reading that is not Low
        let want = v.iter().find(|c| c.number().is_some() && c.confidence() != Confidence::Low);
        assert_eq!(detect(s).accepted(), want.copied(), "{s}");
    }
}

#[test]
fn candidates_iterator_api() {
    let mut c = detect("73891051146");
    let n = c.len();
    assert_eq!(c.size_hint(), (n, Some(n)));
    let first = c.next().unwrap();
    assert_eq!(c.len(), n - 1);
    assert_ne!(c.best().unwrap().format(), first.format());
    assert!(!c.is_ambiguous() || c.len() >= 2);
    assert!(c.has_valid());
    let empty = detect("X");
    assert!(empty.best().is_none() && !empty.is_ambiguous() && !empty.has_valid());
}

mod fast_paths {
    //! `is_valid` and `parse` stop early or skip check digits that cannot change the
    //! answer; they must still agree with the full ranked `detect`.
    use proptest::prelude::*;
    use tracking_number::{detect, Format, TrackingNumber};

    #[track_caller]
    fn agree(s: &str) {
        let best = detect(s).accepted();
        assert_eq!(TrackingNumber::is_valid(s), best.is_some(), "is_valid {s}");
        let parsed = TrackingNumber::parse(s).ok();
        assert_eq!(
            parsed.map(|n| (n.format(), n.carrier(), n.confidence())),
            best.map(|b| (b.format(), b.carrier(), b.confidence())),
            "parse {s}"
        );
    }

    #[test]
    fn examples_and_every_one_digit_change() {
        for f in Format::ALL {
            let e = f.example();
            agree(e);
            for i in 0..e.len() {
                for c in ['0', '5', '9', 'A', 'Z'] {
                    let mut b = e.to_string().into_bytes();
                    b[i] = c as u8;
                    agree(core::str::from_utf8(&b).unwrap());
                }
            }
        }
    }

    proptest! {
        #[test]
        fn is_valid_and_parse_agree_with_detect(
            s in "[0-9]{1,39}|[0-9A-Z]{1,39}|(1Z|TBA|JJD|JD|420|9[1-6]|LTN|3S|GM|MI|DT|C|D)[0-9A-Z]{6,30}|[A-Z]{2}[0-9]{9}[A-Z]{2}"
        ) {
            agree(&s);
        }
    }
}
