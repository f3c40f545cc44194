//! Detection: the overlap table of `carriers.md` §0, row by row, and the ranking rule.

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

#[test]
fn len_10_dhl_express_mod7() {
    let c = detect("3318810025");
    assert_eq!(c.best().unwrap().format(), Format::DhlExpress);
    assert_eq!(c.best().unwrap().evidence(), Evidence::Verified);
    // a near miss is a mismatch with the digit mod 7 calls for
    let c = detect("3318810026");
    assert_eq!(
        c.best().unwrap().evidence(),
        Evidence::Mismatch { expected: '5' }
    );
    assert!(TrackingNumber::parse("3318810026").is_err());
    // LaserShip's 10-character form is letters-first, never an S10 or DHL reading
    let c = detect("LX17635036");
    assert_eq!(
        formats(c),
        vec![(Format::Lasership, Evidence::NoCheckDigit)]
    );
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
        // GLS 11 digits is recognised but ranked last (Low confidence, no check)
        assert!(has(c, Format::Gls, Evidence::NoCheckDigit));
        assert_eq!(c.get(2).unwrap().confidence(), Confidence::Low);
    }
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
    // Purolator only
    let c = detect("320595463938");
    assert_eq!(c.best().unwrap().format(), Format::Purolator);
    assert!(has(
        c,
        Format::FedexExpress,
        Evidence::Mismatch { expected: '7' }
    ));
    // Identcode only
    let c = detect("563102430313");
    assert_eq!(c.best().unwrap().format(), Format::DhlPaketIdentcode);
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
    ] {
        assert_eq!(all.iter().filter(|x| x.0 == f).count(), 1, "{f:?}");
    }
}

#[test]
fn len_14_dpd_hermes_dhl_ecommerce() {
    let c = detect("09133131530724");
    assert_eq!(c.best().unwrap().format(), Format::HermesDe);
    assert!(has(c, Format::Dpd, Evidence::NoCheckDigit));
    assert!(has(c, Format::DhlEcommerce, Evidence::NoCheckDigit));
    // GS1 fails: the DPD parcel number (Medium, no check) comes first, Hermes is a mismatch
    let c = detect("60120172242323");
    assert_eq!(c.best().unwrap().format(), Format::Dpd);
    assert!(has(
        c,
        Format::HermesDe,
        Evidence::Mismatch { expected: '8' }
    ));
    assert!(has(c, Format::DhlEcommerce, Evidence::NoCheckDigit));
}

#[test]
fn len_15_fedex_ground_and_dpd_with_check_char() {
    let c = detect("041441760228964");
    assert_eq!(c.best().unwrap().format(), Format::FedexGround);
    let c = detect("09980000020033F");
    assert_eq!(formats(c), vec![(Format::Dpd, Evidence::Verified)]);
}

#[test]
fn len_16_canada_post_and_evri() {
    let c = detect("7035114477138472");
    assert_eq!(
        formats(c),
        vec![
            (Format::CanadaPost16, Evidence::Verified),
            (Format::Evri, Evidence::NoCheckDigit)
        ]
    );
    let c = detect("7035114477138473");
    assert_eq!(c.best().unwrap().format(), Format::Evri);
    assert!(has(
        c,
        Format::CanadaPost16,
        Evidence::Mismatch { expected: '2' }
    ));
}

#[test]
fn len_18_and_20_sscc() {
    let c = detect("340433836442636597");
    assert_eq!(c.best().unwrap().format(), Format::Sscc);
    assert_eq!(c.best().unwrap().carrier(), Carrier::Gs1);
    // `00` prefix: SSCC, never USPS legacy
    let c = detect("00340433836442636597");
    assert_eq!(c.best().unwrap().format(), Format::Sscc);
    assert_eq!(c.best().unwrap().carrier(), Carrier::DeutschePost);
    assert!(lacks(c, Format::UspsLegacy));
    // otherwise USPS, never SSCC
    let c = detect("03071790000523483741");
    assert_eq!(c.best().unwrap().format(), Format::UspsLegacy);
    assert!(lacks(c, Format::Sscc));
}

#[test]
fn len_22_prefix_decides_fedex_or_usps() {
    let c = detect("9611020987654312345672");
    assert_eq!(c.best().unwrap().format(), Format::FedexGround96);
    assert!(lacks(c, Format::UspsImpb));
    for s in [
        "9400111206206406260787",
        "9205590164917312751089",
        "9505511069605048600624",
    ] {
        let c = detect(s);
        assert_eq!(c.best().unwrap().format(), Format::UspsImpb, "{s}");
        assert!(lacks(c, Format::FedexGround96));
    }
    // 90/97/98/99 are neither
    assert!(detect("9000111206206406260787").all(|c| c.format() != Format::UspsImpb));
}

#[test]
fn len_26_30_34() {
    assert_eq!(
        detect("92748931507708513018050063")
            .best()
            .unwrap()
            .format(),
        Format::UspsImpb
    );
    let c = detect("420787459400111206206406260787");
    assert_eq!(c.best().unwrap().format(), Format::UspsImpbRouted);
    // 34: ZIP+4 + PIC22 and ZIP5 + PIC26 are both tried
    for s in [
        "4201002334249200190132607600833457",
        "4201028200009261290113185417468510",
    ] {
        let c = detect(s);
        assert_eq!(c.best().unwrap().format(), Format::UspsImpbRouted);
        assert!(lacks(c, Format::Fedex34));
    }
    let zip5_pic26 = format!("42078745{}", "92748931507708513018050063");
    let n = TrackingNumber::parse(&zip5_pic26).unwrap();
    assert_eq!(n.destination_zip(), Some("78745"));
    assert_eq!(n.display_number(), "92748931507708513018050063");
    for s in [
        "1001921334250001000300779017972697",
        "9622001900000000000000776632517510",
    ] {
        let c = detect(s);
        assert_eq!(c.best().unwrap().format(), Format::Fedex34);
        assert!(lacks(c, Format::UspsImpbRouted));
    }
}

#[test]
fn alphanumeric_overlaps() {
    // S10 with LX/RX: genuine S10, DHL eCommerce never claims it
    let c = detect("LX876543216DE");
    assert_eq!(formats(c), vec![(Format::S10, Evidence::Verified)]);
    // a failing S10 is reported as a mismatch, not accepted
    let c = detect("LX876543217DE");
    assert_eq!(
        formats(c),
        vec![(Format::S10, Evidence::Mismatch { expected: '6' })]
    );
    // reserved service indicators are not S10
    for s in [
        "JA123456785GB",
        "KA123456785GB",
        "SA123456785GB",
        "TA123456785GB",
        "WA123456785GB",
    ] {
        assert!(lacks(detect(s), Format::S10), "{s}");
    }
    // JJD + 16 digits: Yodel and DHL Paket, equally weak => ambiguous
    let c = detect("JJD0123456789012345");
    assert!(c.is_ambiguous());
    let carriers: Vec<Carrier> = c.map(|c| c.carrier()).collect();
    assert!(carriers.contains(&Carrier::Yodel) && carriers.contains(&Carrier::DeutschePost));
    // JJD + 18 digits: the DHL piece id (Medium) ranks first
    let c = detect("JJD014600003123456789");
    assert_eq!(c.best().unwrap().format(), Format::DhlPieceId);
    assert!(!c.is_ambiguous());
    // Chronopost S10-shaped numbers: S10 (La Poste) first, Chronopost listed
    let c = detect("XA123456785FR");
    assert_eq!(c.best().unwrap().carrier(), Carrier::LaPoste);
    assert!(has(c, Format::Chronopost, Evidence::Verified));
    // OnTrac C + 14 digits vs Amazon international C + 10: lengths differ
    assert_eq!(
        formats(detect("C11031500001879")),
        vec![(Format::Ontrac, Evidence::Verified)]
    );
    assert_eq!(
        detect("C1234567890").best().unwrap().format(),
        Format::AmazonIntl
    );
}

#[test]
fn strict_input_only() {
    assert!(detect("").is_empty());
    assert!(detect("1z999aa10123456784").is_empty());
    assert!(detect("1Z 999 AA1 01 2345 6784").is_empty());
    assert!(detect(&"9".repeat(40)).is_empty());
    assert!(detect("ÄÖÜ").is_empty());
    assert!(detect("12345€7890").is_empty());
}

#[test]
fn ranking_is_total_and_sorted() {
    let samples = [
        "123456789012",
        "12345678901",
        "60120172242323",
        "JJD0123456789012345",
    ];
    for s in samples {
        let c = detect(s);
        let v: Vec<_> = c.collect();
        // at most one candidate per format
        for (i, a) in v.iter().enumerate() {
            assert!(v[i + 1..].iter().all(|b| b.format() != a.format()), "{s}");
        }
        // deterministic
        assert_eq!(v, detect(s).collect::<Vec<_>>());
        // evidence never improves down the list within a confidence group
        let tier = |c: &tracking_number::Candidate| {
            let low = c.confidence() == Confidence::Low;
            let e = match c.evidence() {
                Evidence::Verified => 2,
                Evidence::NoCheckDigit => 1,
                _ => 0,
            };
            if low {
                e
            } else {
                3 + e
            }
        };
        assert!(
            v.windows(2).all(|w| tier(&w[0]) >= tier(&w[1])),
            "{s}: {v:?}"
        );
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
        let best = detect(s).best().filter(|b| b.number().is_some());
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
