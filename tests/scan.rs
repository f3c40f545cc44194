//! Integration tests of the text scanner: every known format embedded in text, own generators
//! built on the `check` module, the documented rules, options, and linear work on adversarial
//! inputs.

use proptest::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tracking_number::check::{CheckDigit, Gs1, Mod37_36, Mod7, Ups, WeightedMod11, S10};
use tracking_number::scan::{BuildErrorKind, MatchKind, Scanner, Strength, Support, MAX_EXTRAS};
use tracking_number::{
    detect, find, find_iter, is_match, Carrier, Confidence, Evidence, ExtraFormat, Format, Match,
    TrackingNumber,
};

/// All matches of the default scanner as `(span, normalised number)`.
fn all(text: &str) -> Vec<(&str, String)> {
    find_iter(text)
        .map(|m| (m.as_str(), m.number().map(|n| n.to_string()).unwrap_or_default()))
        .collect()
}

#[track_caller]
fn spans(text: &str) -> Vec<&str> {
    find_iter(text).map(|m| m.as_str()).collect()
}

/// Upper case without separators.
/// The letters and digits of a span as printed (a separator written as markup, `&nbsp;`,
/// `&#8203;`, `<wbr>`, is no letters).
fn norm(s: &str) -> String {
    ["&nbsp;", "&#8203;", "&#x200B;", "&shy;", "<wbr>"]
        .iter()
        .fold(s.to_string(), |s, m| s.replace(m, " "))
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The sentence shapes every number is embedded in: `{}` is the number; all carry a shipping
/// word so that weak formats are reportable too.
const SENTENCES: &[&str] = &[
    "Tracking number: {} is on its way.",
    "{} is your tracking number",
    "Your DHL tracking number is {}",
    "tracking:  {}  thanks",
    "Tracking (\"{}\").",
    "tracking '{}', next",
    "Sendungsnummer:\n{}\nViele Grüße",
    "Parcel «{}» — shipped",
    "{}",
];

/// Embeds `printed` in every sentence and checks it is found exactly once, with its span.
/// The bare sentence (`"{}"`, no context at all) is only tried for strong readings.
#[track_caller]
fn found_everywhere(scanner: &Scanner<'_>, printed: &str, normalised: &str) {
    let strong = scanner.find(normalised).is_some_and(|m| m.strength() == Strength::Strong);
    for s in SENTENCES {
        if *s == "{}" && !strong {
            continue;
        }
        if s.contains("https") && printed.contains([' ', '\n', '\u{a0}']) {
            continue;
        }
        let (before, after) = s.split_once("{}").unwrap();
        let text = format!("{before}{printed}{after}");
        let found: Vec<Match<'_>> = scanner.find_iter(&text).collect();
        assert_eq!(found.len(), 1, "{printed:?} in {text:?}: {found:?}");
        let m = found[0];
        assert_eq!(m.range(), before.len()..before.len() + printed.len(), "{text:?}: {m:?}");
        assert_eq!(m.as_str(), printed);
        let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
        assert_eq!(m.normalized(&mut buf), normalised);
        if let Some(n) = m.number() {
            assert_eq!(n.as_str(), normalised, "{text:?}");
        }
    }
    // in the carrier's own tracking URL: found there, as that carrier's, whatever its strength
    let url =
        TrackingNumber::parse(normalised).ok().and_then(|n| n.tracking_url()?.to_string().into());
    if let Some(url) = url.filter(|u| u.contains(normalised) && printed == normalised) {
        let text = format!("Track it: {url} (link)");
        let found: Vec<Match<'_>> = scanner.find_iter(&text).collect();
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(found[0].as_str(), normalised, "{text:?}");
        assert_eq!(found[0].support(), Support::Url, "{text:?}");
        // anywhere else in a URL: never
        let text = format!("https://shop.example.com/orders?id={normalised}");
        assert_eq!(scanner.find_iter(&text).count(), 0, "{text:?}");
    }
}

#[test]
fn public_types_are_send_sync_copy() {
    fn copy<T: Send + Sync + Copy>() {}
    fn shared<T: Send + Sync + Clone>() {}
    shared::<Scanner<'static>>();
    copy::<Match<'static>>();
    copy::<MatchKind<'static>>();
    copy::<Strength>();
    copy::<Support>();
    shared::<tracking_number::scan::ScannerBuilder<'static>>();
    copy::<tracking_number::scan::BuildError>();
    copy::<BuildErrorKind>();
    fn send<T: Send + Sync>() {}
    send::<tracking_number::scan::FindIter<'static>>();
}

/// The example of `f`, read as `f` (bare-digit examples may rank another format first).
fn example(f: Format) -> TrackingNumber {
    detect(f.example())
        .filter(|c| c.format() == f)
        .find_map(|c| c.number())
        .unwrap_or_else(|| panic!("{f:?}"))
}

/// Low-confidence readings without a verified check digit are only reported when eager.
fn scanner_for(n: &TrackingNumber) -> Scanner<'static> {
    let guess = detect(n.as_str())
        .filter(|c| c.number().is_some())
        .all(|c| c.confidence() == Confidence::Low && c.evidence() != Evidence::Verified);
    Scanner::builder().eager(guess).build().unwrap()
}

#[test]
fn every_format_example_is_found_in_every_printed_form() {
    for &f in Format::ALL {
        let n = example(f);
        let s = scanner_for(&n);
        let grouped = n.grouped().to_string();
        let mut forms = vec![n.as_str().to_string(), n.as_str().to_lowercase()];
        if s.find(n.as_str()).is_none_or(|m| m.support() != Support::Eager) {
            // a guess printed in groups may contain a stronger reading (`DT 1234 5678 9012`
            // holds a FedEx Express number), which wins
            forms.extend([
                grouped.clone(),
                grouped.replace(' ', "-"),
                grouped.replace(' ', "\u{a0}"),
            ]);
        }
        for printed in &forms {
            if !grouping_is_printable(printed) {
                continue;
            }
            found_everywhere(&s, printed, n.as_str());
        }
    }
}

/// A digits-only number printed in groups is only recognised in the documented group shapes
/// (groups of four, first and last may be shorter; Japan Post 3-2-5-1).
fn grouping_is_printable(printed: &str) -> bool {
    let groups: Vec<&str> = printed.split([' ', '-', '\u{a0}', '\n']).collect();
    if groups.len() == 1
        || printed.chars().any(|c| c.is_ascii_alphabetic())
        || norm(printed).len() >= 20
    {
        return true;
    }
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let last = lens.len() - 1;
    (lens[0] <= 4 && lens[last] <= 4 && lens[1..last].iter().all(|&l| l == 4))
        || lens == [3, 2, 5, 1]
}

#[test]
fn every_example_printed_in_groups_is_found_with_the_documented_shape() {
    // the carrier table's grouping of each example is either accepted or, for digits-only
    // numbers, deliberately rejected; list the rejected ones so a change is noticed
    let mut rejected: Vec<&str> = Vec::new();
    for &f in Format::ALL {
        let n = example(f);
        let g = n.grouped().to_string();
        if !grouping_is_printable(&g) {
            rejected.push(f.as_str());
            // a label makes a consistent grouping acceptable; a context word does not
            assert!(spans(&format!("the parcel {g} is on its way")).iter().all(|s| *s != g), "{g}");
        }
    }
    // groupings that follow the number's fields rather than groups of four: the scanner
    // does not join them (all but the Identcode are weak, hint-only formats)
    let by_fields = [
        "gsin",
        "dhl_paket_identcode",
        "dhl_global_forwarding_awb", // airline prefix - serial and check: 123-12345675
        "dhl_freight_number",        // 1234-12345
        "xpo_pro",                   // XXX-XXXXXC
        "yrc_freight_bill",          // 999-999999-X
        "brt",                       // depot, series, serial
        "russian_post_domestic",     // postcode, month, serial, check
        "swiss_post",                // 99.xx.xxxxxx.xxxxxxxx
        "yodel_dotted",              // 0980982.1
    ];
    assert!(rejected.iter().all(|f| by_fields.contains(f)), "{rejected:?}");
}

// ---- own generators, built with the check module ----

fn digits(rng: &mut ChaCha8Rng, n: usize) -> String {
    (0..n).map(|_| char::from(b'0' + rng.random_range(0..10u8))).collect()
}

fn gen_ups(rng: &mut ChaCha8Rng) -> String {
    const AN: &[u8] = b"0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    let shipper: String = (0..6).map(|_| char::from(AN[rng.random_range(0..AN.len())])).collect();
    let payload = format!("{shipper}{:02}{}", rng.random_range(1..100u32), digits(rng, 7));
    let c = Ups.compute(payload.as_bytes()).unwrap();
    format!("1Z{payload}{c}")
}

fn gen_s10(rng: &mut ChaCha8Rng) -> String {
    const SERVICES: &[&str] = &["RR", "EA", "CP", "LX", "RB", "EE", "UA", "VV"];
    const COUNTRIES: &[&str] =
        &["US", "GB", "DE", "CN", "FR", "CA", "JP", "AU", "NL", "IT", "ES", "IN"];
    let serial = digits(rng, 8);
    let c = S10.compute(serial.as_bytes()).unwrap();
    format!(
        "{}{serial}{c}{}",
        SERVICES[rng.random_range(0..SERVICES.len())],
        COUNTRIES[rng.random_range(0..COUNTRIES.len())]
    )
}

fn gen_gs1(rng: &mut ChaCha8Rng, prefix: &str, len: usize) -> String {
    let data = format!("{prefix}{}", digits(rng, len - 1 - prefix.len()));
    let c = Gs1.compute(data.as_bytes()).unwrap();
    format!("{data}{c}")
}

fn gen_fedex(rng: &mut ChaCha8Rng) -> String {
    let data = digits(rng, 11);
    let c = WeightedMod11::FEDEX.compute(data.as_bytes()).unwrap();
    format!("{data}{c}")
}

fn gen_dhl(rng: &mut ChaCha8Rng) -> String {
    let data = format!("{}{}", rng.random_range(1..10u8), digits(rng, 8));
    let c = Mod7.compute(data.as_bytes()).unwrap();
    format!("{data}{c}")
}

fn gen_dpd(rng: &mut ChaCha8Rng) -> String {
    let data = digits(rng, 14);
    let c = Mod37_36.compute(data.as_bytes()).unwrap();
    format!("{data}{c}")
}

fn gen_ontrac(rng: &mut ChaCha8Rng) -> String {
    let data = format!("{}{}", if rng.random_bool(0.5) { 'C' } else { 'D' }, digits(rng, 13));
    let c = Ups.compute(data.as_bytes()).unwrap();
    format!("{data}{c}")
}

/// `(normalised, expected format or None if several are plausible)` from every generator.
fn generated(rng: &mut ChaCha8Rng) -> Vec<String> {
    let mut v = Vec::new();
    for _ in 0..40 {
        v.push(gen_ups(rng));
        v.push(gen_s10(rng));
        v.push(gen_gs1(rng, "9400", 22));
        v.push(gen_gs1(rng, "9261", 26));
        v.push(gen_gs1(rng, "00", 20));
        v.push(gen_gs1(rng, "7", 16));
        v.push(gen_fedex(rng));
        v.push(gen_dhl(rng));
        v.push(gen_dpd(rng));
        v.push(gen_ontrac(rng));
        v.push(format!("TBA{}", digits(rng, 12)));
    }
    v
}

#[test]
fn generated_numbers_are_found_in_every_printed_form() {
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let mut checked = 0;
    for raw in generated(&mut rng) {
        // numbers the carrier table reads differently (e.g. a generated DPD number whose
        // 15 characters are also another format) are still found, as that reading
        let Ok(n) = TrackingNumber::parse(&raw) else {
            panic!("generator produced an unparsable number {raw}");
        };
        if tracking_number_is_card_or_ean(n.as_str()) {
            continue;
        }
        let grouped = n.grouped().to_string();
        let s = scanner_for(&n);
        for printed in
            [raw.clone(), grouped.clone(), grouped.replace(' ', "-"), grouped.replace(' ', "\n")]
        {
            if grouping_is_printable(&printed) {
                found_everywhere(&s, &printed, n.as_str());
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

/// The documented traps also catch some valid carrier numbers (a Canada Post number that is
/// also a Luhn-valid card number); the generators skip those.
fn tracking_number_is_card_or_ean(n: &str) -> bool {
    let b = n.as_bytes();
    let all_digits = b.iter().all(u8::is_ascii_digit);
    let p = |k: usize| n[..k].parse::<u32>().unwrap_or(0);
    let len = b.len();
    let card = all_digits
        && (13..=19).contains(&len)
        && luhn::valid(n)
        && ((n.starts_with('4') && [13, 16, 19].contains(&len))
            || (((51..=55).contains(&p(2)) || (2221..=2720).contains(&p(4))) && len == 16)
            || ([34, 37].contains(&p(2)) && len == 15)
            || ((p(4) == 6011 || (644..=649).contains(&p(3)) || p(2) == 65) && len >= 16)
            || ((3528..=3589).contains(&p(4)) && len >= 16)
            || ([30, 36, 38].contains(&p(2)) && [14, 16].contains(&len))
            || (p(2) == 62 && len >= 16));
    card || (all_digits && matches!(len, 8 | 13) && Gs1.verify(b))
}

// ---- the documented rules ----

#[test]
fn never_a_strict_part_of_a_longer_run() {
    assert!(spans("X1Z999AA10123456784").is_empty());
    assert!(spans("1Z999AA101234567840").is_empty());
    assert!(spans("tracking 98657878885512345678").is_empty(), "12 digits inside 20");
    assert!(spans("tracking 12345678986578788855").is_empty());
    assert_eq!(spans("tracking 986578788855"), ["986578788855"]);
}

#[test]
fn words_are_not_swallowed() {
    let eager = Scanner::builder().eager(true).build().unwrap();
    let found: Vec<&str> =
        eager.find_iter("Tracking LX17635036 ut labore").map(|m| m.as_str()).collect();
    assert_eq!(found, ["LX17635036"]);
    assert!(spans("Tracking LX17635036 ut labore").iter().all(|s| *s == "LX17635036"));
    assert_eq!(spans("see 1Z999AA10123456784 today"), ["1Z999AA10123456784"]);
    assert_eq!(spans("UPS 1Z999AA10123456784 SHIPPED"), ["1Z999AA10123456784"]);
    assert_eq!(spans("EA 123 456 785 US and more"), ["EA 123 456 785 US"]);
    // lower-case letters-only groups are words, never prefixes or suffixes
    assert!(spans("ea 123 456 785 us").is_empty());
    assert_eq!(spans("ea123456785us"), ["ea123456785us"]);
}

#[test]
fn separators() {
    for printed in [
        "1Z 999 AA1 01 2345 678 4",
        "1Z 999 AA1 01 2345 6784",
        "1Z-999-AA1-01-2345-678-4",
        "1Z.999.AA1.01.2345.678.4",
        "1Z\u{a0}999\u{a0}AA1\u{a0}01\u{a0}2345\u{a0}6784",
        "1Z 999 AA1\n01 2345 6784",
        "1Z 999 AA1\r\n01 2345 6784",
        "1z 999 aa1 01 2345 6784",
        // the spaces of typography: narrow no-break (French digit grouping), thin,
        // ideographic; and the non-breaking hyphen
        "1Z\u{202f}999\u{202f}AA1\u{202f}01\u{202f}2345\u{202f}6784",
        "1Z\u{2009}999\u{2009}AA1\u{2009}01\u{2009}2345\u{2009}6784",
        "1Z\u{3000}999\u{3000}AA1\u{3000}01\u{3000}2345\u{3000}6784",
        "1Z\u{2011}999\u{2011}AA1\u{2011}01\u{2011}2345\u{2011}6784",
    ] {
        let text = format!("Hello,\n{printed}\nBye");
        assert_eq!(spans(&text), [printed], "{text:?}");
    }
    // the same written as references in raw HTML read as text, and in the HTML mode
    let html = Scanner::builder().html(true).build().expect("valid");
    for reference in ["&#8239;", "&#x202F;", "&thinsp;", "&#8201;", "&#8209;"] {
        let printed = ["9400", "1112", "0620", "6406", "2607", "87"].join(reference);
        let text = format!("<p>Tracking number: {printed}</p>");
        assert_eq!(spans(&text), [printed.as_str()], "{text:?}");
        let m = html.find(&text).expect("found in the HTML mode");
        assert_eq!(m.as_str(), printed, "{text:?}");
    }
    // HTML converted to Markdown: two bold (or italic) elements around the parts of one
    // number are read as the reader of the rendered text sees them
    for text in [
        "Tracking is **1Z999AA1****0123456784**",
        "Tracking is _1Z999AA1__0123456784_",
        "Tracking: 1Z999AA1**0123456784",
    ] {
        let m = find(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some("1Z999AA10123456784"));
    }
    // (one marker, or three, joins nothing)
    assert!(spans("1Z999AA1*0123456784").is_empty());
    assert!(spans("1Z999AA1***0123456784").is_empty());
    // an en dash is a range, not a separator: "Mon 12–14" joins nothing
    assert!(spans("1Z 999 AA1\u{2013}01 2345 6784").is_empty());
    // two separators in a row break the number
    for broken in [
        "1Z 999 AA1  01 2345 6784",
        "1Z 999 AA1\n\n01 2345 6784",
        "1Z 999 AA1 \n01 2345 6784",
        "1Z 999, AA1 01 2345 6784",
    ] {
        assert!(spans(broken).is_empty(), "{broken:?}");
    }
    assert_eq!(spans("9400 1000 0000 0000 0000 00"), Vec::<&str>::new(), "bad check digit");
    assert_eq!(spans("9400 1112 0620 6406 2607 87"), ["9400 1112 0620 6406 2607 87"]);
    assert_eq!(spans("9400 1112 0620\n6406 2607 87"), ["9400 1112 0620\n6406 2607 87"]);
}

#[test]
fn lists_of_numbers() {
    let text = "Tracking numbers: 3318810025, 8487135506 and 1099255990";
    assert_eq!(spans(text), ["3318810025", "8487135506", "1099255990"]);
    let text = "9400111206206406260787 9405803699300124287899";
    assert_eq!(spans(text), ["9400111206206406260787", "9405803699300124287899"]);
    let text = "RB123456785GB\nEA123456785US\n1Z999AA10123456784";
    assert_eq!(spans(text).len(), 3);
}

#[test]
fn numbers_printed_alike_one_after_another_are_siblings() {
    // two USPS numbers in their printed grouping, one space between them
    let text = "Tracking numbers: 9400 1118 9922 3100 0123 48 9400 1118 9922 3100 0123 55";
    assert_eq!(
        all(text),
        [
            ("9400 1118 9922 3100 0123 48", "9400111899223100012348".to_string()),
            ("9400 1118 9922 3100 0123 55", "9400111899223100012355".to_string()),
        ]
    );
    // two FedEx numbers, not one 24-digit InPost number (no check digit) over both
    let text = "Tracking: 7749 8563 2143 7749 8563 2154";
    let found: Vec<_> = find_iter(text).map(|m| (m.as_str(), m.format())).collect();
    assert_eq!(
        found,
        [
            ("7749 8563 2143", Some(Format::FedexExpress)),
            ("7749 8563 2154", Some(Format::FedexExpress))
        ]
    );
    // a third of the same grouping that does not verify is no sibling: the number before it
    // stays part of something longer, and the first one keeps its sibling
    let text = "Tracking: 7749 8563 2143 7749 8563 2154 7749 8563 2155";
    assert_eq!(spans(text), ["7749 8563 2143"]);
    // a slice of a card number is no sibling of the number after it
    assert!(spans("Tracking: 4111 1111 1111 1111 7749 8563 2143").is_empty());
    // a group of another length between them: no siblings
    assert!(spans("Tracking: 7749 8563 2143 12 7749 8563 2154").is_empty());
}

#[test]
fn weak_numbers_need_support() {
    let weak =
        ["3318810025", "986578788855", "320595463938", "7035114477138472", "041441760228964"];
    for n in weak {
        assert!(!is_match(n), "{n}");
        assert!(!is_match(&format!("Order number: {n}")), "{n}");
        assert!(!is_match(&format!("Call {n} today")), "{n}");
        assert!(!is_match(&format!("Invoice {n}")), "{n}");
        assert_eq!(
            find(&format!("Tracking: {n}")).map(|m| m.support()),
            Some(Support::Label),
            "{n}"
        );
        assert_eq!(
            find(&format!("Tracking for {n}")).map(|m| m.support()),
            Some(Support::Word),
            "{n}"
        );
        assert_eq!(find(&format!("{n} (parcel)")).map(|m| m.support()), Some(Support::Word), "{n}");
        // a carrier named next to it supports only that carrier's reading
        let read = find(&format!("Tracking: {n}")).and_then(|m| m.number()).unwrap();
        let named = find(&format!("{n} (FedEx)")).map(|m| m.support());
        let expected = (read.carrier() == Carrier::Fedex).then_some(Support::Word);
        assert_eq!(named, expected, "{n}");
        let named = find(&format!("Your FedEx package {n} is on its way")).map(|m| m.support());
        assert_eq!(named, expected, "{n}");
        assert_eq!(
            find(&format!("Sendungsnummer {n}")).map(|m| m.support()),
            Some(Support::Label),
            "{n}"
        );
        // in its carrier's tracking URL, and nowhere else in a URL
        let read = find(&format!("Tracking: {n}")).and_then(|m| m.number()).unwrap();
        let url = read.tracking_url().unwrap().to_string();
        assert_eq!(find(&url).map(|m| m.support()), Some(Support::Url), "{url}");
        let url = format!("<a href=\"https://parcels.example.com/track/{n}\">");
        assert_eq!(find(&url), None, "{n}");
    }
}

#[test]
fn a_carrier_s_own_label_counts_when_the_carrier_is_named() {
    // Purolator calls its tracking number a PIN
    let m = find("Shipped via Purolator\nPIN: 330743772908\nThank you").expect("found");
    assert_eq!(m.support(), Support::Label);
    assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Purolator));
    // without Purolator named, a PIN is just a PIN
    assert_eq!(find("Your PIN: 330743772908"), None);
    assert_eq!(find("Shipped via UPS\nPIN: 330743772908"), None);
    // and a PIN code too short to be a Purolator number stays unreported
    assert_eq!(find("Purolator account PIN: 123456"), None);
}

#[test]
fn digits_ocr_read_as_letters_are_repaired_when_the_check_digit_verifies() {
    let read = |text: &str| {
        find_iter(text)
            .map(|m| {
                let n = m.number().expect("a carrier's number");
                (m.as_str().to_string(), n.to_string(), n.carrier(), m.strength())
            })
            .collect::<Vec<_>>()
    };
    // O for 0, I or l for 1; the span is the text as printed, the number as read
    for (text, span) in [
        ("USPS TRACKING # EP\n94OO 1118 9922 3344 5566 77\n", "94OO 1118 9922 3344 5566 77"),
        ("9400 1118 9922 3344 5566 77", "9400 1118 9922 3344 5566 77"),
        ("ship 9400 III8 9922 3344 5566 77 now", ""),
        ("ship 9400 1l18 9922 3344 5566 77 now", "9400 1l18 9922 3344 5566 77"),
        ("ship 94001I1899223344556677 now", "94001I1899223344556677"),
    ] {
        let got = read(text);
        if span.is_empty() {
            // three letters are more than OCR is trusted with
            assert!(
                got.iter().all(|(_, n, ..)| n != "9400111899223344556677"),
                "{text:?}: {got:?}"
            );
        } else {
            let want = (
                span.to_string(),
                "9400111899223344556677".to_string(),
                Carrier::Usps,
                Strength::Strong,
            );
            assert_eq!(got, [want], "{text:?}");
        }
    }
    // among digits, S for 5, B for 8 and Z for 2 as well, but not opening the span (a letter
    // prefix, as Packeta's `Z1234567890`)
    for (text, span) in [
        ("USPS # 9400 1118 99Z2 3344 5566 77", "9400 1118 99Z2 3344 5566 77"),
        ("USPS # 9400 1118 9922 3344 SS66 77", "9400 1118 9922 3344 SS66 77"),
        ("USPS # 9400 1118 9922 3344 5566 77", "9400 1118 9922 3344 5566 77"),
    ] {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), (span, "9400111899223344556677"));
    }
    assert_eq!(read("ship 9400 1118 99Z2 334B SS66 77 now"), [], "four letters");
    let packeta = find("Packeta: Z1234567890").and_then(|m| m.number()).map(|n| n.carrier());
    assert_eq!(packeta, Some(Carrier::Packeta));
    // a check digit that fails after the repair: nothing, not even a guess
    assert_eq!(read("ship 94OO 1118 9922 3344 5566 78 now"), []);
    // nor a repair of a number without a check digit, however distinctive its shape (a
    // Cainiao `LP` number, strong as printed)
    assert_eq!(read("Tracking LPOO123456789012 now"), []);
    assert_eq!(read("LPI9400 1112 0620 6406 2607 87"), []);
    assert_eq!(read("UR0625O000000000351 "), []);
    assert_eq!(read("Tracking LP00123456789012 now").len(), 1);
    // a verified number that needs context stays one that needs context
    assert_eq!(read("ref 33188I0025"), []);
    let labelled = read("Tracking number: 33188I0025");
    assert_eq!(labelled.len(), 1);
    assert_eq!((labelled[0].1.as_str(), labelled[0].3), ("3318810025", Strength::CheckDigit));
    // words and codes are not repaired
    assert_eq!(read("ISO 9001, lOl, IO 1234, 1O1O1O1O1O1O"), []);
    // among other letters (UPS's `1Z` read as `IZ` or `lZ`, a 0 read as O in its body, an
    // S10 serial), a repaired reading counts only when it is strong: a distinctive structure
    // with its check digit
    for (text, span, number) in [
        ("1Z999AA1O123456784", "1Z999AA1O123456784", "1Z999AA10123456784"),
        ("IZ999AA10123456784 arrives", "IZ999AA10123456784", "1Z999AA10123456784"),
        ("lZ999AA10123456784", "lZ999AA10123456784", "1Z999AA10123456784"),
        ("Tracking: IZ 999 AA1 01 2345 6784", "IZ 999 AA1 01 2345 6784", "1Z999AA10123456784"),
        ("UPS 1Z 999 AA1 0I 2345 6784", "1Z 999 AA1 0I 2345 6784", "1Z999AA10123456784"),
        ("EA I23 456 785 US", "EA I23 456 785 US", "EA123456785US"),
    ] {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str(), got[0].3),
            (span, number, Strength::Strong)
        );
    }
    // the check digit fails after the repair, or three letters would need reading
    assert_eq!(read("1Z999AA1O123456785"), []);
    assert_eq!(read("IZ999AA1O1234567l4"), []);
    // `I` before a number is a word, not a digit
    let got = read("KA123456785DE I 00192133425000 10003 00 779017972697");
    assert!(got.iter().all(|(span, ..)| !span.starts_with('I')), "{got:?}");
}

#[test]
fn characters_that_are_not_shown_join_groups() {
    // a zero-width space against automatic links, soft hyphens as hyphenation points
    for (text, number) in [
        ("Tracking: 1Z999AA1\u{200b}0123456784", "1Z999AA10123456784"),
        ("USPS 9400\u{ad}1112\u{ad}0620\u{ad}6406\u{ad}2607\u{ad}87", "9400111206206406260787"),
        ("Royal Mail RB\u{2060}123456785\u{feff}GB", "RB123456785GB"),
        ("DHL 3318\u{200c}8100\u{200d}25", "3318810025"),
    ] {
        let m = find(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some(number), "{text:?}");
        assert_eq!(&text[m.range()], m.as_str());
        // the same pasted into the lenient parser
        let pasted = TrackingNumber::parse_lenient(m.as_str()).expect("lenient");
        assert_eq!(pasted.number().as_str(), number);
    }
    // part of a longer digit run as the reader sees it: not a number of its own (the whole
    // run, which a reader sees as one number, may be one)
    let parts = all("Tracking: 3318810025\u{200b}12");
    assert!(parts.iter().all(|(_, n)| n == "331881002512"), "{parts:?}");
    // groups a reader sees as one block are held to the grouping rules as one: a 12-digit
    // number cut anywhere by a zero-width space or a quoted-printable soft line break
    for text in [
        "Tracking number: 7749856=\r\n32143",
        "Tracking number: 7749856=\n32143",
        "Your FedEx package 77498\u{200b}5632143",
    ] {
        let m = find(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some("774985632143"));
    }
    let m = find("Your tracking number is 1Z999AA1012=\n3456784").map(|m| m.as_str());
    assert_eq!(m, Some("1Z999AA1012=\n3456784"));
    // the same in raw HTML of a mail read undecoded: the soft line break is no separator
    // there either (cut short, the first part alone read as an 8-character GLS Track-ID)
    let html = Scanner::builder().html(true).build().unwrap();
    for text in [
        "<td>Tracking number:</td><td>1Z999AA1=\r\n0123456784</td>",
        "<p>Tracking number: 7749856=\n32143</p>",
    ] {
        let found: Vec<String> =
            html.find_iter(text).filter_map(|m| m.number()).map(|n| n.to_string()).collect();
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert!(["1Z999AA10123456784", "774985632143"].contains(&found[0].as_str()), "{found:?}");
    }
    // a left-to-right mark is no separator: the groups are not joined
    let parts = all("Tracking: 1Z999AA1\u{200e}0123456784");
    assert!(parts.iter().all(|(_, n)| n != "1Z999AA10123456784"), "{parts:?}");
}

#[test]
fn html_mode_reads_a_column_header_as_the_label_of_the_cells_below_it() {
    let html = Scanner::builder().html(true).build().unwrap();
    let found = |t: &str| {
        html.find_iter(t)
            .map(|m| (m.as_str().to_string(), m.number().unwrap().carrier(), m.support()))
            .collect::<Vec<_>>()
    };
    // a shop's table of shipments: the header row names the column, no carrier cell
    let table = "<table cellpadding=\"4\"><thead><tr><th align=\"left\">Package</th>\
        <th align=\"left\">Tracking number</th><th align=\"left\">Shipped on</th></tr></thead>\
        <tbody><tr><td>1 of 2</td><td>60532187449</td><td>December 3</td></tr>\
        <tr><td>2 of 2</td><td>3318810025</td><td>December 4</td></tr></tbody></table>";
    assert_eq!(
        found(table),
        [
            ("60532187449".to_string(), Carrier::Gls, Support::Label),
            ("3318810025".to_string(), Carrier::Dhl, Support::Label)
        ]
    );
    // spans still point into the input
    let m = html.find(table).unwrap();
    assert_eq!(&table[m.range()], "60532187449");
    // a table of label and value side by side is read as before (the label in the cell
    // before), and its other rows get no label: no header row there
    let pairs = "<table><tr><td>Tracking number:</td><td>60532187449</td></tr>\
                 <tr><td>Customer number:</td><td>61018324783</td></tr></table>";
    assert_eq!(found(pairs), [("60532187449".to_string(), Carrier::Gls, Support::Label)]);
    // a header row without a tracking label labels nothing
    let other = "<table><tr><th>Item</th><th>Article no.</th></tr>\
                 <tr><td>Boots</td><td>60532187449</td></tr></table>";
    assert_eq!(found(other), []);
    // the default mode (raw HTML read as text) does not follow tables
    assert_eq!(find_iter(table).count(), 0);
}

#[test]
fn a_column_header_labels_the_cells_below_it_in_a_table_laid_out_in_text() {
    // a text part's table, columns padded with spaces, a rule under the header
    let text = "Each parcel has its own tracking number:\n\n\
                Parcel   Tracking number     Contents          Weight\n\
                ------   ----------------    --------------    ------\n\
                1 of 2   3405818830471206    Linen duvet       2.1 kg\n\
                2 of 2   3405818830471215    Pillowcases x4    0.9 kg\n";
    let found: Vec<_> = find_iter(text).map(|m| (m.as_str(), m.support())).collect();
    assert_eq!(found, [("3405818830471206", Support::Label), ("3405818830471215", Support::Label)]);
    // the same table as converters print it in Markdown's way: cells apart by `|`
    let bars = "Parcel | Tracking number | Contents | Weight\n\
                ---|---|---|---\n\
                1 of 2 | 3405818830471206 | Linen duvet | 2.1 kg\n\
                2 of 2 | 3405818830471215 | Pillowcases x4 | 0.9 kg\n";
    let found: Vec<_> = find_iter(bars).map(|m| m.as_str()).collect();
    assert_eq!(found, ["3405818830471206", "3405818830471215"]);
    // the same numbers in a column headed otherwise, or under a label beside its value: none
    let other = text.replace("Tracking number", "Article number ");
    assert_eq!(find_iter(&other).count(), 0, "{other}");
    let pairs = "Tracking number   3318810025\nCustomer no.      3405818830471206\n";
    assert_eq!(find_iter(pairs).map(|m| m.as_str()).collect::<Vec<_>>(), ["3318810025"]);
}

#[test]
fn full_width_digits_and_letters_are_read_as_ascii() {
    let mail = "ご注文の商品を発送しました。\nお問い合わせ番号：１２３４－５６７８－９０１３\n\
                UPS：１Ｚ９９９ＡＡ１０１２３４５６７８４ です。ＲＢ１２３４５６７８５ＧＢ";
    let plain = Scanner::new();
    let html = Scanner::builder().html(true).build().unwrap();
    let wrapped = format!("<p>{}</p>", mail.replace('\n', "<br>"));
    for (scanner, text) in [(&plain, mail), (&html, wrapped.as_str())] {
        let found: Vec<(&str, String)> = scanner
            .find_iter(text)
            .map(|m| {
                let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
                (m.as_str(), m.normalized(&mut buf).to_string())
            })
            .collect();
        assert_eq!(
            found,
            [
                ("１２３４－５６７８－９０１３", "123456789013".to_string()),
                ("１Ｚ９９９ＡＡ１０１２３４５６７８４", "1Z999AA10123456784".to_string()),
                ("ＲＢ１２３４５６７８５ＧＢ", "RB123456785GB".to_string()),
            ],
            "{text:?}"
        );
    }
    // the same numbers in ASCII give the same readings
    let ascii = "お問い合わせ番号：1234-5678-9013\nUPS：1Z999AA10123456784 です。RB123456785GB";
    let numbers = |t: &str| find_iter(t).map(|m| m.number().unwrap()).collect::<Vec<_>>();
    assert_eq!(numbers(mail), numbers(ascii));
    // a full-width dash or dot joins groups as its ASCII form does (property tests found an
    // ASCII text and its form with a full-width dash read differently)
    for sep in ["-", "."] {
        let usps = "9400 1112 0620 6406 2607 87";
        let ascii = format!("{usps}{sep}{usps}");
        let wide = ascii.replace(sep, &full_width(sep));
        assert_ne!(wide, ascii);
        assert_eq!(numbers(&wide), numbers(&ascii), "{wide:?}");
    }
    // full-width punctuation that is not a separator still ends a number
    assert_eq!(
        spans("番号：１Ｚ９９９ＡＡ１０１２３４５６７８４！"),
        ["１Ｚ９９９ＡＡ１０１２３４５６７８４"]
    );
    // the full-width forms of the glue after a label are glue too
    for glue in ["-", "－", ".", "．", "|", "｜", "*", "＊"] {
        let text = format!("tracking{glue}RB 123 456 785 GB1Z999AA10123456784");
        assert_eq!(spans(&text), ["RB 123 456"], "{text:?}");
    }
}

/// `s` with every ASCII letter, digit, `-` and `.` written full-width.
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' | 'A'..='Z' | 'a'..='z' | '-' | '.' => {
                char::from_u32(c as u32 - 0x21 + 0xFF01).unwrap_or(c)
            }
            c => c,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Full-width text reads as the same text in ASCII: the same numbers, in the same order,
    /// with spans on character boundaries.
    #[test]
    fn full_width_text_reads_as_its_ascii_form(
        parts in proptest::collection::vec((text_strategy(), any::<bool>()), 1..4),
    ) {
        let mixed: String = parts.iter().map(|(p, w)| if *w { full_width(p) } else { p.clone() }).collect();
        let ascii: String = parts.iter().map(|(p, _)| p.as_str()).collect::<String>();
        let numbers = |t: &str| find_iter(t).map(|m| m.number().unwrap()).collect::<Vec<_>>();
        prop_assert_eq!(numbers(&mixed), numbers(&ascii));
        for m in find_iter(&mixed) {
            prop_assert!(mixed.is_char_boundary(m.start()) && mixed.is_char_boundary(m.end()));
            prop_assert_eq!(&mixed[m.range()], m.as_str());
        }
    }
}

#[test]
fn traps_are_not_reported_even_near_shipping_words() {
    let traps = [
        "(555) 123-4567",
        "555-123-4567",
        "555 123 4567",
        "+1 555 123 4567",
        "+15551234567",
        "+44 20 7946 0958",
        "+442079460958",
        "020 7946 0958",
        "2024-01-15",
        "2024-01-15 10:30",
        "15.01.2024 10:30:15",
        "01/15/2024",
        "$1,299.00",
        "EUR 1.299,00",
        "3318810025.00",
        "94105-1234",
        "4111 1111 1111 1111",
        "4111111111111111",
        "5555 5555 5555 4444",
        "3782 822463 10005",
        "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
        "GB82 WEST 1234 5698 7654 32",
        "ISBN 978-3-16-148410-0",
        "9783161484100",
        "4006381333931",
        "192.168.100.200",
        "Order #113-4567890-1234567",
        "order 3318810025",
        "Invoice INV-2024-0012345",
        "Kundennummer 8487135506",
    ];
    for t in traps {
        for text in [t.to_string(), format!("Tracking questions? {t}"), format!("shipment: {t}")] {
            let found = all(&text);
            assert!(found.is_empty(), "{text:?} -> {found:?}");
        }
    }
}

#[test]
fn overlaps_keep_the_strongest_then_longest() {
    // a 10-digit mod-7 reading inside IMpb groups loses to the whole IMpb number
    assert_eq!(spans("tracking 9400 1112 0620 6406 2607 87"), ["9400 1112 0620 6406 2607 87"]);
    // the 34-digit routed USPS number is preferred over the 22-digit PIC inside it
    let routed = "tracking 4207 8745 9400 1112 0620 6406 2607 87";
    assert_eq!(spans(routed), ["4207 8745 9400 1112 0620 6406 2607 87"]);
}

#[test]
fn match_accessors() {
    let text = "Tracking: RB 123 456 785 GB!";
    let m = find(text).unwrap();
    assert_eq!((m.start(), m.end(), m.range()), (10, 27, 10..27));
    assert_eq!(m.as_str(), "RB 123 456 785 GB");
    assert_eq!(m.carrier(), Some(Carrier::RoyalMail));
    assert_eq!(m.format(), Some(Format::S10));
    assert_eq!(m.evidence().as_str(), "verified");
    assert_eq!(m.strength(), Strength::Strong);
    assert_eq!(m.support(), Support::Structure);
    assert_eq!(m.kind(), MatchKind::Carrier(TrackingNumber::parse("RB123456785GB").unwrap()));
    let dbg = format!("{m:?}");
    assert!(dbg.starts_with("Match { start: 10, end: 27, text: \"RB 123 456 785 GB\""), "{dbg}");
}

#[test]
fn unknown_s10_operator_is_weak() {
    let serial = "12345678";
    let c = S10.compute(serial.as_bytes()).unwrap();
    // an assigned code with no postal operator of its own (Antarctica): an S10 reading of the
    // generic UPU carrier, weak: reported only with context
    let n = format!("RR{serial}{c}AQ");
    let best = detect(&n).best().unwrap();
    assert_eq!((best.format(), best.carrier()), (Format::S10, Carrier::Upu));
    assert!(best.number().is_some());
    assert!(!is_match(&n));
    assert_eq!(find(&format!("tracking {n}")).map(|m| m.strength()), Some(Strength::CheckDigit));
    // a code ISO 3166-1 does not assign: no S10 reading at all
    let n = format!("RR{serial}{c}QQ");
    assert!(detect(&n).all(|c| c.format() != Format::S10));
    assert!(!is_match(&format!("tracking {n}")));
}

// ---- options ----

struct Acme;

impl ExtraFormat for Acme {
    fn id(&self) -> &str {
        "acme"
    }
    fn len_range(&self) -> (usize, usize) {
        (10, 10)
    }
    fn has_check(&self) -> bool {
        false
    }
    fn is_match(&self, n: &[u8]) -> bool {
        n.len() == 10 && n.starts_with(b"ACME") && n[4..].iter().all(u8::is_ascii_digit)
    }
}

/// Eight digits whose digit sum is a multiple of 10.
struct Sum10;

impl ExtraFormat for Sum10 {
    fn id(&self) -> &str {
        "sum10"
    }
    fn len_range(&self) -> (usize, usize) {
        (8, 8)
    }
    fn has_check(&self) -> bool {
        true
    }
    fn is_match(&self, n: &[u8]) -> bool {
        n.iter().all(u8::is_ascii_digit)
            && n.iter().map(|&d| u32::from(d - b'0')).sum::<u32>() % 10 == 0
    }
}

#[test]
fn extra_formats() {
    let s = Scanner::builder().extra(&Acme).extra(&Sum10).build().unwrap();
    let text = "Ref ACME-123456, code 1234 5500, UPS 1Z999AA10123456784";
    let found: Vec<_> = s.find_iter(text).map(|m| (m.as_str(), m.kind())).collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0], ("ACME-123456", MatchKind::Extra { id: "acme" }));
    assert_eq!(found[1], ("1234 5500", MatchKind::Extra { id: "sum10" }));
    assert!(matches!(found[2].1, MatchKind::Carrier(_)));
    let m = s.find(text).unwrap();
    assert_eq!(m.number(), None);
    assert_eq!(m.carrier(), None);
    assert_eq!(m.evidence().as_str(), "none");
    let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
    assert_eq!(m.normalized(&mut buf), "ACME123456");
    // the default scanner knows nothing of them
    assert_eq!(spans(text), ["1Z999AA10123456784"]);
    // without unchecked formats, the check-less extra format is off
    let s = Scanner::builder().extra(&Acme).unchecked(false).build().unwrap();
    assert!(!s.is_match("ACME123456"));
}

#[test]
fn builder_errors_verbatim() {
    let mut b = Scanner::builder();
    for _ in 0..MAX_EXTRAS {
        b = b.extra(&Acme);
    }
    assert!(b.clone().build().is_ok());
    let err = b.extra(&Acme).build().unwrap_err();
    assert_eq!(err.kind(), BuildErrorKind::TooManyExtras { max: MAX_EXTRAS });
    assert_eq!(err.to_string(), "too many extra formats: at most 8 are supported");

    struct Bad(usize, usize);
    impl ExtraFormat for Bad {
        fn id(&self) -> &str {
            "bad"
        }
        fn len_range(&self) -> (usize, usize) {
            (self.0, self.1)
        }
        fn has_check(&self) -> bool {
            false
        }
        fn is_match(&self, _: &[u8]) -> bool {
            true
        }
    }
    let zero = Bad(0, 5);
    let err = Scanner::builder().extra(&Acme).extra(&zero).build().unwrap_err();
    assert_eq!(err.kind(), BuildErrorKind::ExtraLength { index: 1, min: 0, max: 5 });
    assert_eq!(err.to_string(), "extra format 1 has lengths 0..=5; supported are 1..=48");
    let long = Bad(5, 49);
    assert_eq!(
        Scanner::builder().extra(&long).build().unwrap_err().to_string(),
        "extra format 0 has lengths 5..=49; supported are 1..=48"
    );
}

#[test]
fn carrier_and_format_filters() {
    let text = "UPS 1Z999AA10123456784, Royal Mail RB123456785GB, USPS 9400 1112 0620 6406 2607 87";
    let ups = Scanner::builder().carriers(&[Carrier::Ups]).build().unwrap();
    assert_eq!(ups.find_iter(text).map(|m| m.as_str()).collect::<Vec<_>>(), ["1Z999AA10123456784"]);
    let s10 = Scanner::builder().formats(&[Format::S10, Format::UspsImpb]).build().unwrap();
    assert_eq!(s10.find_iter(text).count(), 2);
    let none = Scanner::builder().carriers(&[]).build().unwrap();
    assert_eq!(none.find_iter(text).count(), 0);
}

#[test]
fn strength_context_and_eager_options() {
    let weak = "986578788855";
    assert!(!is_match(weak));
    let eager = Scanner::builder().eager(true).build().unwrap();
    assert_eq!(eager.find(weak).map(|m| m.support()), Some(Support::Eager));
    // eager still applies the printed-shape and trap rules
    assert!(!eager.is_match("+44 20 7946 0958"));
    assert!(!eager.is_match("4111 1111 1111 1111"));
    let no_ctx = Scanner::builder().context(false).build().unwrap();
    assert!(!no_ctx.is_match("FedEx tracking 986578788855"));
    assert!(no_ctx.is_match("1Z999AA10123456784"));
    let strong = Scanner::builder().min_strength(Strength::Strong).eager(true).build().unwrap();
    assert!(!strong.is_match(weak));
    let checked = Scanner::builder().unchecked(false).build().unwrap();
    assert!(!checked.is_match("TBA000000000000"));
    assert!(is_match("TBA000000000000"));
}

// ---- linear work on adversarial inputs ----

/// What the scanner hands its formats to classify, seen from outside: an extra format that
/// accepts every length counts the spans (and their bytes) it is asked about.
struct Counting(std::sync::atomic::AtomicU64);

impl tracking_number::ExtraFormat for Counting {
    fn id(&self) -> &str {
        "counting"
    }
    fn len_range(&self) -> (usize, usize) {
        (1, tracking_number::scan::MAX_NORMALIZED)
    }
    fn has_check(&self) -> bool {
        false
    }
    fn is_match(&self, normalized: &[u8]) -> bool {
        self.0.fetch_add(normalized.len() as u64 + 1, std::sync::atomic::Ordering::Relaxed);
        false
    }
}

/// Work done on `text`, in bytes handed to the classifier, by a default and an eager scanner
/// that consider every length (the worst case for the span enumeration).
fn steps(text: &str) -> u64 {
    let mut most = 0;
    for eager in [false, true] {
        let counter = Counting(std::sync::atomic::AtomicU64::new(0));
        let scanner = Scanner::builder().eager(eager).extra(&counter).build().unwrap();
        for _ in scanner.find_iter(text) {}
        most = most.max(counter.0.load(std::sync::atomic::Ordering::Relaxed));
    }
    most.max(1)
}

#[track_caller]
fn assert_linear(name: &str, make: impl Fn(usize) -> String) {
    let small = make(100_000);
    let large = make(400_000);
    let (a, b) = (steps(&small), steps(&large));
    let per_byte = b as f64 / large.len() as f64;
    assert!(per_byte < 200.0, "{name}: {per_byte} steps per byte");
    let ratio = b as f64 / a.max(1) as f64;
    assert!(ratio < 4.0 * 1.5, "{name}: 4x input took {ratio}x steps");
}

#[test]
fn adversarial_inputs_take_linear_work() {
    assert_linear("digits", |n| "7".repeat(n));
    assert_linear("1Z1Z", |n| "1Z".repeat(n / 2));
    assert_linear("digit space", |n| "1 ".repeat(n / 2));
    assert_linear("digit dash", |n| "12-".repeat(n / 3));
    assert_linear("groups of four", |n| "1234 ".repeat(n / 5));
    assert_linear("groups of two", |n| "12 ".repeat(n / 3));
    assert_linear("groups of three", |n| "123 ".repeat(n / 4));
    assert_linear("long runs", |n| format!("{} ", "A1".repeat(30)).repeat(n / 61));
    assert_linear("max runs", |n| format!("{} ", "9".repeat(39)).repeat(n / 40));
    assert_linear("weak numbers", |n| "tracking 3318810025 ".repeat(n / 20));
    assert_linear("S10 prefixes", |n| "RB 123 456 785 GB ".repeat(n / 18));
    assert_linear("letters", |n| "a".repeat(n));
}

#[test]
fn ten_megabytes_of_digits() {
    let text = "1".repeat(10_000_000);
    assert_eq!(find_iter(&text).count(), 0);
    assert!(steps(&text) < 4 * 10_000_000);
}

// ---- properties ----

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("1Z999AA10123456784".to_string()),
        Just("RB 123 456 785 GB".to_string()),
        Just("9400 1112 0620 6406 2607 87".to_string()),
        Just("3318810025".to_string()),
        Just("tracking".to_string()),
        Just("order".to_string()),
        Just(" ".to_string()),
        Just("  ".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("é€".to_string()),
        Just("+".to_string()),
        "[0-9]{1,12}",
        "[A-Za-z]{1,6}",
        "[ -~]{1,8}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Whether a capitalised word glued to a number starts at `at` (restated from the module
/// docs): an upper-case letter after a digit or an upper-case letter, then a lower-case one.
fn glued_word_at(b: &[u8], at: usize) -> bool {
    at > 0
        && (b[at - 1].is_ascii_digit() || b[at - 1].is_ascii_uppercase())
        && b[at].is_ascii_uppercase()
        && b.get(at + 1).is_some_and(u8::is_ascii_lowercase)
}

/// Whether a word in capitals glued to the number `b[start..end]` starts at `end` (restated
/// from the module docs): three capitals or more, and at most two letters between the
/// number's last digit and `end`.
fn glued_caps_at(b: &[u8], start: usize, end: usize) -> bool {
    let caps = b[end..].iter().take_while(|c| c.is_ascii_uppercase()).count();
    let kept = b[start..end].iter().rev().take_while(|c| c.is_ascii_uppercase()).count();
    caps >= 3 && kept <= 2 && end > kept && b[end - kept - 1].is_ascii_digit()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn matches_are_ordered_disjoint_and_well_formed(text in text_strategy()) {
        for scanner in [Scanner::new(), Scanner::builder().eager(true).build().unwrap()] {
            let mut last = 0;
            for m in scanner.find_iter(&text) {
                prop_assert!(m.start() >= last && m.start() < m.end());
                prop_assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
                prop_assert_eq!(&text[m.range()], m.as_str());
                let b = text.as_bytes();
                // at the boundaries of alphanumeric runs, but for a label, a carrier's name or
                // a word glued before (letters), a percent-encoded character of a URL (`%23`)
                // before, and a capitalised word or a word in capitals glued after
                let encoded = m.start() >= 3
                    && b[m.start() - 3] == b'%'
                    && b[m.start() - 2..m.start()].iter().all(u8::is_ascii_hexdigit);
                prop_assert!(m.start() == 0 || !b[m.start() - 1].is_ascii_digit() || encoded);
                prop_assert!(
                    m.end() == b.len()
                        || !b[m.end()].is_ascii_alphanumeric()
                        || glued_word_at(b, m.end())
                        || glued_caps_at(b, m.start(), m.end())
                );
                let n = m.number().unwrap();
                // as printed, or (OCR repair) with one or two of O, o, I, l read as digits
                // (or, in a span of digits, S, B, Z) and then a verified check digit
                let printed = norm(m.as_str());
                if n.as_str() != printed {
                    let repair = |letters: &[u8]| -> (String, usize) {
                        let text = m.as_str();
                        let count = text.bytes().filter(|b| letters.contains(b)).count();
                        let repaired = text.chars().filter(char::is_ascii_alphanumeric)
                            .map(|c| match c {
                                'O' | 'o' => '0',
                                'I' | 'l' => '1',
                                'S' if letters.contains(&b'S') => '5',
                                'B' if letters.contains(&b'B') => '8',
                                'Z' if letters.contains(&b'Z') => '2',
                                c => c.to_ascii_uppercase(),
                            })
                            .collect();
                        (repaired, count)
                    };
                    let (mixed, misread) = repair(b"OoIl");
                    let (digits, among_digits) = repair(b"OoIlSBZ");
                    prop_assert!(
                        n.as_str() == mixed && (1..=2).contains(&misread)
                            || n.as_str() == digits
                                && digits.bytes().all(|b| b.is_ascii_digit())
                                && (1..=2).contains(&among_digits),
                        "{:?} read as {}", m.as_str(), n
                    );
                    prop_assert_eq!(m.evidence(), Evidence::Verified);
                }
                prop_assert_eq!(TrackingNumber::parse_as(n.as_str(), n.format()).unwrap(), n);
                last = m.end();
            }
        }
    }

    #[test]
    fn html_matches_are_in_input_order(parts in prop::collection::vec(prop::sample::select(vec![
        "<p>", "</p>", "<td>", "</td>", "<br>", " ", "Tracking number: ", "RB123456785GB ",
        "<a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">Track</a>",
        "<a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">RB123456785GB</a>",
        "<a href=\"https://www.fedex.com/fedextrack/?trknbr=774985632143\">774985632143 and \
         1Z999AA10123456784</a>",
        "<a href=\"https://example.com/?id=1Z999AA10123456784\">RB123456785GB</a>",
        "<a href=\"https://www.dhl.com/en/express/tracking.html?AWB=3318810025\">",
        "</a>", "order 4711 ",
    ]), 0..60)) {
        let html = parts.concat();
        let scanner = Scanner::builder().html(true).build().unwrap();
        let mut last = 0;
        for m in scanner.find_iter(&html) {
            prop_assert!(m.start() >= last, "{html:?}: {:?} starts before {last}", m.as_str());
            last = m.end();
        }
    }

    /// A paragraph of plain text in HTML mode reads as the plain text does: the same numbers
    /// with the same support (single separators only: HTML collapses runs of white space, and
    /// drops the characters not shown that join groups in plain text).
    #[test]
    fn a_paragraph_in_html_mode_reads_as_its_text(parts in prop::collection::vec((
        prop_oneof![
            3 => prop::sample::select(
                Format::ALL.iter().map(|f| f.example().to_string()).collect::<Vec<_>>()
            ),
            3 => prop::sample::select(Format::ALL.iter().filter_map(|f| {
                detect(f.example()).find_map(|c| c.number()).map(|n| n.grouped().to_string())
            }).collect::<Vec<_>>()),
            2 => "[0-9]{1,14}",
            1 => "[A-Z]{1,4}",
            1 => "[a-z]{1,7}",
            1 => prop::sample::select(vec![
                "Tracking number:", "Sendungsnummer:", "N° de suivi :", "追跡番号：", "运单号:",
                "Your FedEx package", "via DHL", "(USPS)", "Order #", "Call",
                "https://www.ups.com/track?tracknum=", "https://example.com/?id=",
            ]).prop_map(String::from),
        ],
        prop::sample::select(vec![" ", "-", ".", ", ", "\u{a0}", ""]),
    ), 1..12)) {
        let text: String = parts.iter().map(|(p, s)| format!("{p}{s}")).collect();
        let html = format!("<p>{}</p>", text.replace('&', "&amp;").replace('\u{a0}', "&nbsp;"));
        let read = |s: &Scanner, t: &str| {
            s.find_iter(t).map(|m| (m.number().unwrap(), m.support())).collect::<Vec<_>>()
        };
        let html_mode = Scanner::builder().html(true).build().unwrap();
        prop_assert_eq!(read(&Scanner::new(), &text), read(&html_mode, &html), "{:?}", text);
    }

    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let _ = find_iter(&text).count();
        let _ = Scanner::builder().eager(true).build().unwrap().find_iter(&text).count();
    }

    #[test]
    fn find_and_is_match_agree_with_find_iter(text in text_strategy()) {
        let first = find_iter(&text).next();
        prop_assert_eq!(find(&text), first);
        prop_assert_eq!(is_match(&text), first.is_some());
    }
}

#[cfg(feature = "serde")]
#[test]
fn match_serializes_with_the_cli_field_names() {
    let text = "Tracking: 1Z 999 AA1 01 2345 6784";
    let m = find(text).unwrap();
    let v = serde_json::to_value(m).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "start": 10, "end": 33, "text": "1Z 999 AA1 01 2345 6784", "carrier": "ups",
            "format": "ups_1z", "number": "1Z999AA10123456784", "check_digit": "verified",
            "strength": "strong", "support": "structure"
        })
    );
    assert_eq!(serde_json::to_string(&Strength::CheckDigit).unwrap(), "\"check_digit\"");
    assert_eq!(serde_json::from_str::<Support>("\"nearby\"").unwrap(), Support::Nearby);
}

#[cfg(feature = "alloc")]
#[test]
fn owned_extras_make_a_scanner_for_application_state() {
    use std::sync::OnceLock;
    static SCANNER: OnceLock<Scanner<'static>> = OnceLock::new();
    let orders = "ACME-{seq:6}{check:damm}"
        .parse::<tracking_number::CustomFormat>()
        .unwrap()
        .with_id("acme")
        .unwrap();
    let scanner = SCANNER.get_or_init(|| Scanner::builder().extra_owned(orders).build().unwrap());
    let order = orders.from_sequence(42, None).unwrap().to_string();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let text = format!("{order} and 1Z999AA10123456784");
            std::thread::spawn(move || SCANNER.get().unwrap().find_iter(&text).count())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 2);
    }
    let text = format!("x {order}");
    assert!(matches!(scanner.find(&text).unwrap().kind(), MatchKind::Extra { id: "acme" }));
}

// ---------------------------------------------------------------------------------------
// Bytes that are not UTF-8
// ---------------------------------------------------------------------------------------

/// `bytes` with each byte of an invalid UTF-8 sequence replaced by U+0001 (same length): a
/// character that is no letter, digit, separator or punctuation.
fn mend(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(std::iter::repeat_n('\u{1}', chunk.invalid().len()));
    }
    out
}

proptest! {
    /// A scan of bytes that are not UTF-8 reports exactly what a scan of the same text with
    /// every invalid byte replaced by a control character reports: a bad byte is one more
    /// character that is neither a letter, a digit, a separator nor punctuation, and never
    /// stops the scan.
    #[test]
    fn invalid_bytes_are_just_other_characters(
        pieces in proptest::collection::vec(
            prop_oneof![
                Just(b"1Z999AA10123456784".to_vec()),
                Just(b"RB 123 456 785 GB".to_vec()),
                Just(b"Tracking number: 986578788855".to_vec()),
                Just(b"9400 1112 0620 6406 2607 87".to_vec()),
                proptest::collection::vec(any::<u8>(), 0..12),
                proptest::collection::vec(0x80u8..=0xFF, 1..4),
                Just(b" ".to_vec()),
                Just(b"\n".to_vec()),
            ],
            0..24,
        )
    ) {
        let text: Vec<u8> = pieces.concat();
        let scanner = Scanner::new();
        let got: Vec<(usize, usize, Vec<u8>)> =
            scanner.find_iter_bytes(&text).map(|m| (m.start(), m.end(), m.as_bytes().to_vec())).collect();
        let mended = mend(&text);
        let want: Vec<(usize, usize, Vec<u8>)> = scanner
            .find_iter(&mended)
            .map(|m| (m.start(), m.end(), m.as_str().as_bytes().to_vec()))
            .collect();
        prop_assert_eq!(got, want);
    }
}

#[test]
fn every_number_around_broken_bytes_is_found() {
    // a mail archive: Latin-1 words, a stray 0xFF, numbers on both sides
    let mut text = Vec::new();
    text.extend_from_slice(b"Gr\xfc\xdfe! Ihre Sendung 1Z999AA10123456784 ist unterwegs.\n");
    text.extend_from_slice(&[0xFF; 3]);
    text.extend_from_slice(b"\nRoyal Mail: RB 123 456 785 GB \xe9t\xe9\n");
    let found: Vec<Vec<u8>> =
        Scanner::new().find_iter_bytes(&text).map(|m| m.as_bytes().to_vec()).collect();
    assert_eq!(found, [b"1Z999AA10123456784".to_vec(), b"RB 123 456 785 GB".to_vec()]);
}

#[test]
fn every_tracking_url_the_registry_builds_is_read_as_one() {
    let mut numbers: Vec<TrackingNumber> = Format::ALL.iter().map(|&f| example(f)).collect();
    // S10 numbers link to their operator's page
    for suffix in [
        "GB", "US", "DE", "FR", "NL", "CH", "AT", "PL", "CN", "JP", "AU", "CA", "SE", "NO", "FI",
        "IT", "ES", "PT", "BE", "IE", "KR", "RU", "UA", "HR", "HU", "SK", "CZ", "EE", "TR", "IL",
        "TH", "NZ", "BR", "IN",
    ] {
        if let Ok(n) = TrackingNumber::parse(&format!("RR123456785{suffix}")) {
            numbers.push(n);
        }
    }
    let mut checked = 0;
    for n in numbers {
        let Some(url) = n.tracking_url().map(|u| u.to_string()) else { continue };
        let found: Vec<Match<'_>> = find_iter(&url).collect();
        let hit = found.iter().find(|m| m.support() == Support::Url);
        assert!(hit.is_some(), "{url}: {found:?}");
        let m = hit.unwrap();
        assert!(
            m.carrier().is_some_and(|c| c.is_part_of(n.carrier())
                || n.carrier().is_part_of(c)
                || n.format() == Format::S10),
            "{url}: {m:?} for {n:?}"
        );
        checked += 1;
    }
    assert!(checked > 80, "{checked}");
}

#[test]
fn a_tracking_url_in_a_quoted_printable_body_read_undecoded_is_read_as_one() {
    // a raw message whose HTML part is quoted-printable: every `=` is written `=3D`, in the
    // links' parameters too; the number after `tracknum=3D` is the link's
    let qp = "<a href=3D\"https://www.ups.com/track?loc=3Den_US&amp;tracknum=3D1Z999AA10123456784&amp;requester=3DST/\" style=3D\"color:#351c15\">Track your package</a>";
    let found: Vec<_> = find_iter(qp).map(|m| (m.as_str(), m.support())).collect();
    assert_eq!(found, [("1Z999AA10123456784", Support::Url)]);
    let narvar = "https://kestrel.narvar.com/kestrel/tracking/fedex?tracking_numbers=3D772183505665&amp;order_number=3DKF-40417726";
    let m = find(narvar).expect("found");
    assert_eq!(
        (m.as_str(), m.support(), m.carrier()),
        ("772183505665", Support::Url, Some(Carrier::Fedex))
    );
    // other links' ids, encoded so, are still never reported
    assert_eq!(
        find_iter("https://shop.example.com/o?id=3D986578788855&amp;u=3D3318810025").count(),
        0
    );
    // the HTML mode reads the link's target (`href=3D"…"`) and shows it after the link's text
    let html = Scanner::builder().html(true).build().unwrap();
    let page =
        format!("<p>Your parcel is on its way.</p><a href=3D\"{narvar}\">Track my package</a>");
    let found: Vec<_> = html.find_iter(&page).map(|m| (m.as_str(), m.support())).collect();
    assert_eq!(found, [("772183505665", Support::Url)]);
}

#[test]
fn a_tracking_url_wrapped_by_a_click_tracking_link_is_read_as_one() {
    // mails wrap every link in their sender's click-tracking link, with the destination
    // percent-encoded: the number follows `%3D` (`=`), `%2F` (`/`) or `%2C` (`,`), whose hex
    // digits are no part of it
    let encode = |url: &str| {
        url.bytes()
            .map(|b| match b {
                b':' | b'/' | b'?' | b'=' | b'&' | b'#' | b',' => format!("%{b:02X}"),
                _ => char::from(b).to_string(),
            })
            .collect::<String>()
    };
    let mut checked = 0;
    for &f in Format::ALL {
        let n = example(f);
        let Some(url) = n.tracking_url().map(|u| u.to_string()) else { continue };
        let wrapped = format!("https://click.example.com/ls/click?upn={}&v=2", encode(&url));
        let found: Vec<Match<'_>> = find_iter(&wrapped).collect();
        let hit = found.iter().find(|m| m.support() == Support::Url);
        assert!(hit.is_some(), "{wrapped}: {found:?}");
        let m = hit.unwrap();
        assert!(
            m.carrier().is_some_and(|c| c.is_part_of(n.carrier()) || n.carrier().is_part_of(c)),
            "{wrapped}: {m:?} for {n:?}"
        );
        checked += 1;
    }
    assert!(checked > 60, "{checked}");
    // the numbers of a list in a tracking parameter, comma-separated or encoded
    for url in [
        "https://www.fedex.com/apps/fedextrack/?tracknumbers=986578788855,794644790131",
        "https://www.ups.com/track?loc=en_US&tracknum=1Z4E3V690312345675%2C1Z999AA10123456784",
    ] {
        let found: Vec<_> = find_iter(url).collect();
        assert_eq!(found.len(), 2, "{url}: {found:?}");
        assert!(found.iter().all(|m| m.support() == Support::Url), "{url}");
    }
}

#[test]
fn a_carrier_named_after_a_guess_it_cannot_read_rules_it_out() {
    // a 22-digit guess (Estafeta) after a label, the sentence naming USPS, whose check fails
    let text = "Tracking: 9405 5036 9930 0123 4567 89 (USPS)";
    assert_eq!(find(text), None);
    let eager = Scanner::builder().eager(true).build().unwrap();
    assert!(eager.find(text).is_some());
    // a name in the next sentence says nothing about it
    let m = find("Tracking: 9405 5036 9930 0123 4567 89. USPS delivers on Saturdays.");
    assert_eq!(m.map(|m| m.strength()), Some(Strength::Guess));
    // nor does a name after it when its own carrier's name comes first
    let m = find("GLS | 60532187449\nHermes | 09133187025342").expect("found");
    assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Gls));
}

#[test]
fn a_carrier_named_right_after_a_number_says_whose_it_is() {
    // 794644790131 verifies as FedEx Express's and reads as a UPS InfoNotice guess: a name
    // earlier in the text used to win over the name printed right after the number
    for text in [
        "UPS:1Z999AA10123456784\nits 7946 4479 0131 fedex",
        "Shipped with UPS. The other box: 794644790131 (FedEx)",
        "UPS label printed. its 794644790131 - FedEx",
    ] {
        let m = find_iter(text).last().expect("found");
        assert_eq!(m.as_str().replace(' ', ""), "794644790131", "{text}");
        assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Fedex), "{text}");
    }
    // so does a carrier's tracking URL printed right after the number, with the number in it:
    // a link's text and its target, as a mail's text part prints them
    let fedex = "https://www.fedex.com/fedextrack/?trknbr=794644790131";
    for text in [
        format!("Track with UPS: 1Z999AA10123456784\nTrack: 794644790131 <{fedex}>"),
        format!("Track with UPS: 1Z999AA10123456784\nTrack: [794644790131]({fedex})"),
        format!("We ship with UPS.\nTracking number: 7946 4479 0131 ({fedex})"),
    ] {
        let all: Vec<_> = find_iter(&text).filter(|m| !m.as_str().starts_with("1Z")).collect();
        // the link's text and the number in its target
        assert_eq!(all.len(), 2, "{text}");
        assert!(!all[0].as_str().contains('='), "{text}");
        for m in all {
            assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Fedex), "{text}");
        }
    }
    // the name before still decides when nothing is printed right after, or when it is
    // printed right before too
    for text in ["UPS label printed. its 794644790131", "UPS: 794644790131 (FedEx)"] {
        let m = find(text).expect("found");
        assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Ups), "{text}");
    }
}

#[test]
fn a_carrier_named_right_after_a_weak_number_lets_it_through() {
    // GLS's 11-digit numbers have no check digit: a guess, reported where the text says
    // whose number it is; a carrier's name right after it does, as a name before it does
    let html = Scanner::builder().html(true).build().unwrap();
    for (scanner, text) in [
        (Scanner::new(), "Your parcel 61018324775 (GLS) is on its way"),
        (Scanner::new(), "Paket 1 von 2: 61018324775 | GLS"),
        (Scanner::new(), "6101 8324 775 - GLS"),
        // a table whose number column comes before its carrier column, in either mode
        (html.clone(), "<tr><td>Paket 1</td><td>61018324775</td><td>GLS</td></tr>"),
        (Scanner::new(), "<tr><td>Paket 1</td><td>61018324775</td><td>GLS</td></tr>"),
    ] {
        let m = scanner.find(text).expect("found");
        assert_eq!(m.as_str().replace(' ', ""), "61018324775", "{text}");
        assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Gls), "{text}");
        assert_eq!(m.strength(), Strength::Guess, "{text}");
    }
    // not after a word that names another kind of number, nor with the name on the next line
    for text in ["Order 61018324775 (GLS)", "Your parcel 61018324775\nGLS"] {
        assert_eq!(find(text), None, "{text}");
    }
}

#[test]
fn the_one_carrier_a_mail_s_headline_names_is_its_numbers_carrier() {
    // a 16-digit number that Evri prints without a check digit and that happens to verify
    // as a Canada Post number: the carrier named at the top of the mail, far above, decides
    let number = "3401729856104378";
    let body = "Some text about delivery windows and safe places. ".repeat(30);
    let mail = |top: &str| std::format!("{top}\n\n{body}\n\nParcel number: {number}\n");
    let carrier = |text: &str| {
        let m = find(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(m.as_str(), number);
        m.number().map(|n| n.carrier())
    };
    assert_eq!(carrier(&mail("Your Evri parcel is on its way")), Some(Carrier::Evri));
    assert_eq!(carrier(&mail("Evri\nYour parcel is on its way\nEvri")), Some(Carrier::Evri));
    // no carrier named, two carriers named, or the mail's top too far above: the reading
    // whose check digit verifies
    assert_eq!(carrier(&mail("Your parcel is on its way")), Some(Carrier::CanadaPost));
    assert_eq!(
        carrier(&mail("Evri or Yodel: your parcel is on its way")),
        Some(Carrier::CanadaPost)
    );
    let far = std::format!("Your Evri parcel\n{}", "x ".repeat(40_000));
    assert_eq!(carrier(&mail(&far)), Some(Carrier::CanadaPost));
    // a name far after the number is no headline
    let after = std::format!("{}{body}\nEvri\n", mail("Your parcel is on its way"));
    assert_eq!(carrier(&after), Some(Carrier::CanadaPost));
}

#[test]
fn a_parcel_s_number_with_its_carrier_named_later_in_the_sentence() {
    // a shipping word right before the number, the carrier named after it in the same
    // sentence: the sentence says whose parcel it is
    for (text, carrier) in [
        ("Your parcel 61018324775, shipped by GLS", Carrier::Gls),
        ("Your parcel 61018324775 will be delivered today by GLS.", Carrier::Gls),
        ("Ihr Paket 61018324775 wird heute von GLS zugestellt.", Carrier::Gls),
        ("Votre colis 61018324775 sera livré par GLS.", Carrier::Gls),
        ("Your package 402176589310 is on its way with Canada Post.", Carrier::CanadaPost),
    ] {
        let m = find(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(m.number().map(|n| n.carrier()), Some(carrier), "{text}");
        assert_eq!(m.support(), Support::Word, "{text}");
    }
    // not after a word that names another number or none; not past the sentence's end; not
    // with a name that reads no such number
    for text in [
        "Order 61018324775 will be shipped by GLS.",
        "Invoice 61018324775 for your parcel sent with GLS.",
        "Your parcel 61018324775 is on its way. GLS will deliver it tomorrow.",
        "Your parcel 61018324775 is on its way with DPD.",
        "Call GLS on 61018324775 for help.",
    ] {
        assert_eq!(find(text), None, "{text}");
    }
}

#[test]
fn a_label_before_a_list_of_numbers_labels_each_of_them() {
    // GLS's 11-digit numbers are guesses: each needs a label, and a list after one has it
    for text in [
        "Tracking numbers: 61018324775, 61018324783",
        "Tracking numbers: 61018324775 / 61018324783",
        "Tracking numbers: 61018324775 and 61018324783",
        "Tracking numbers:\n61018324775\n61018324783",
        "Sendungsnummern: 61018324775; 61018324783",
    ] {
        let found: Vec<_> = find_iter(text).map(|m| m.as_str().to_string()).collect();
        assert_eq!(found, ["61018324775", "61018324783"], "{text}");
    }
    // not across other words, nor after a number that had no label
    assert_eq!(spans("Tracking number: 61018324775, then 61018324783"), ["61018324775"]);
    assert_eq!(spans("Tracking number: 61018324775, see page 61018324783"), ["61018324775"]);
    assert!(spans("Your parcel 61018324775, 61018324783").is_empty());
    // lines printed alike are a list, not one number over two lines (which a 22-digit
    // guess would read); a number wrapped onto the next line still reads whole
    assert_eq!(
        spans("Tracking number:\n9400 1118 9922 3397\n4411 80"),
        ["9400 1118 9922 3397\n4411 80"]
    );
}

#[test]
fn a_carrier_column_labels_the_number_in_the_next_cell() {
    let html = "<tr><th>Carrier</th><th>Tracking number</th></tr>\n\
                <tr><td>GLS</td><td>60532187449</td></tr>";
    for scanner in [Scanner::new(), Scanner::builder().html(true).build().unwrap()] {
        let m = scanner.find(html).expect("found");
        assert_eq!(m.as_str(), "60532187449");
        assert_eq!(m.support(), Support::Label);
        assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Gls));
    }
    let m = find("Carrier\tTracking number\nGLS\t60532187449").expect("found");
    assert_eq!((m.as_str(), m.support()), ("60532187449", Support::Label));
    // a plain-text table with columns aligned by spaces
    let m = find("Carrier   Tracking number   Status\nGLS       60532187449       Delivered")
        .expect("found");
    assert_eq!((m.as_str(), m.support()), ("60532187449", Support::Label));
    // a name and a number with only spaces between: no label, but the name says whose
    // number it is (see `a_carriers_name_right_before_a_number_says_whose_it_is`)
    let m = find("GLS 60532187449").expect("found");
    assert_eq!((m.as_str(), m.support()), ("60532187449", Support::Word));
    assert_eq!(find("Australia Post ABN 28 864 970 579"), None);
}

/// The carrier of the first match in `text`, which must have one.
fn carrier_found(text: &str) -> Carrier {
    let m = find(text).unwrap_or_else(|| panic!("nothing found in {text:?}"));
    m.number().map(|n| n.carrier()).unwrap_or_else(|| panic!("no carrier's number: {text:?}"))
}

#[test]
fn numbers_listed_one_a_line_are_each_found() {
    // grouped numbers one a line: the line before or after is another number, not a part of
    // this one
    let numbers = ["9400111206206406260701", "9400111206206406260718", "9400111206206406260725"];
    let grouped: Vec<String> = numbers
        .iter()
        .map(|n| {
            format!(
                "{} {} {} {} {} {}",
                &n[..4],
                &n[4..8],
                &n[8..12],
                &n[12..16],
                &n[16..20],
                &n[20..]
            )
        })
        .collect();
    for sep in ["\n", "\r\n"] {
        let text = format!("Your tracking numbers:{sep}{}{sep}", grouped.join(sep));
        let found: Vec<String> =
            find_iter(&text).filter_map(|m| m.number()).map(|n| n.to_string()).collect();
        assert_eq!(found, numbers, "{text:?}");
    }
    // a number wrapped across lines is still read whole
    let wrapped = "Tracking number:\n9400 1112 0620\n6406 2607 01\n";
    let m = find(wrapped).expect("found");
    assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some(numbers[0]));
    // (a converter's Markdown link wrapped at 78 columns: the first line's 12 digits verify as
    // a Deutsche Post identcode, but the 4 digits on the next line hold no number of their
    // own, so they are the rest of this one)
    let wrapped = "Evri tracking number: [1208 7513 6288\n9967](https://www.evri.com/track/parcel/1208751362889967/details)\n";
    let found: Vec<String> =
        find_iter(wrapped).filter_map(|m| m.number()).map(|n| n.to_string()).collect();
    assert_eq!(found, ["1208751362889967", "1208751362889967"]);
    // (a number printed as one block, a short number on the next line: another cell, a
    // quantity, as a converter puts a row's cells one a line)
    let m = find("Tracking number\n61018324775\n2\n").expect("found");
    assert_eq!(m.as_str(), "61018324775");
    let m = find("Tracking number\n9400 1112 0620 6406 2607 87\n2\n").expect("found");
    assert_eq!(m.as_str(), "9400 1112 0620 6406 2607 87");
    // digits on the next line do not make a date or a price a number
    assert_eq!(find("Date 2024 01 15\n2024 01 16\n"), None);
}

#[test]
fn html_layouts_of_a_label_or_a_carrier_beside_a_number() {
    // the ways templates set a label or a carrier's name beside a weak number (no structure
    // of its own), minified and laid out a tag a line, read raw and in the HTML mode
    let numbers = [
        ("60532187449", Carrier::Gls, "GLS"),
        ("3318810025", Carrier::Dhl, "DHL Express"),
        ("320595463938", Carrier::Purolator, "Purolator"),
        ("3401729856104372", Carrier::Evri, "Evri"),
        ("986578788855", Carrier::Fedex, "FedEx"),
    ];
    let layouts = [
        "<table><tr><td>Tracking number</td><td>{n}</td></tr></table>",
        "<table><tr><td>Tracking number</td></tr><tr><td>{n}</td></tr></table>",
        "<table><tr><th>Carrier</th><th>Tracking number</th></tr><tr><td>{c}</td><td>{n}</td></tr></table>",
        "<table><tr><th>Tracking number</th><th>Carrier</th></tr><tr><td>{n}</td><td>{c}</td></tr></table>",
        "<dl><dt>Tracking number</dt><dd>{n}</dd></dl>",
        "<div class=\"row\"><div class=\"label\">Tracking number</div><div>{n}</div></div>",
        "<p><strong>Tracking number:</strong> {n}</p>",
        "<p>Tracking number:<br>{n}</p>",
        "<p>Tracking number: <a href=\"https://click.example.com/ls/click?upn=a1\">{n}</a></p>",
        "<p>Your {c} tracking number is</p><p style=\"font-size:20px\"><b>{n}</b></p>",
        "<ul><li>Carrier: {c}</li><li>Tracking number: {n}</li></ul>",
        "<h2>Tracking number</h2><p>{n}</p>",
    ];
    let html_mode = Scanner::builder().html(true).build().expect("valid");
    for layout in layouts {
        for (number, carrier, name) in numbers {
            let minified = format!(
                "<html><body>{}</body></html>",
                layout.replace("{n}", number).replace("{c}", name)
            );
            let pretty = minified.replace("><", ">\n  <");
            for html in [&minified, &pretty] {
                for scanner in [&Scanner::new(), &html_mode] {
                    let found = scanner.find_iter(html).any(|m| {
                        m.number()
                            .is_some_and(|n| n.to_string() == number && n.carrier() == carrier)
                    });
                    assert!(found, "{number} ({carrier:?}) in {html}");
                }
            }
        }
    }
}

#[test]
fn a_shops_shipment_table_names_each_rows_carrier() {
    // a shop platform's shipment table: the carrier's cell (its full name, as such platforms
    // print it) before the number's, one row a parcel; read raw and in the HTML mode
    let html = "<table><thead><tr><th>Shipped By</th><th>Tracking Number</th></tr></thead>\
        <tbody><tr><td>GLS</td><td>60532187449</td></tr>\
        <tr><td>Federal Express</td><td>986578788855</td></tr>\
        <tr><td>United Parcel Service</td><td>1Z999AA10123456784</td></tr>\
        <tr><td>United States Postal Service</td><td>9400111206206406260787</td></tr>\
        </tbody></table>";
    let want = [
        ("60532187449", Carrier::Gls),
        ("986578788855", Carrier::Fedex),
        ("1Z999AA10123456784", Carrier::Ups),
        ("9400111206206406260787", Carrier::Usps),
    ];
    let html_mode = Scanner::builder().html(true).build().expect("valid");
    for scanner in [Scanner::new(), html_mode] {
        let found: Vec<(&str, Carrier)> = scanner
            .find_iter(html)
            .map(|m| (m.as_str(), m.number().expect("a carrier's").carrier()))
            .collect();
        assert_eq!(found, want);
    }
    // the carrier's cell after the number's: the name ending the row above is not the
    // number's label (it reads no such number), the one after it is
    let html = "<table><tr><th>Tracking number</th><th>Carrier</th></tr>\
        <tr><td>1Z999AA10123456784</td><td>UPS</td></tr>\
        <tr><td>60532187449</td><td>GLS</td></tr></table>";
    let want = [("1Z999AA10123456784", Carrier::Ups), ("60532187449", Carrier::Gls)];
    let html_mode = Scanner::builder().html(true).build().expect("valid");
    // (minified, and laid out a tag a line, as templates print it)
    let pretty = html.replace("><", ">\n    <");
    for scanner in [Scanner::new(), html_mode] {
        for html in [html, pretty.as_str()] {
            let found: Vec<(&str, Carrier)> = scanner
                .find_iter(html)
                .map(|m| (m.as_str(), m.number().expect("a carrier's").carrier()))
                .collect();
            assert_eq!(found, want, "{html}");
        }
    }
}

#[test]
fn the_words_around_a_weak_number_say_whose_it_is() {
    // a carrier's name with a shipping word ("GLS parcel"); a label in Japanese with no
    // carrier named: a 12-digit number is then Sagawa's (Yamato's check fails), not UPS's
    // InfoNotice number that ranks first elsewhere
    for (text, carrier) in [
        ("Your GLS parcel 60532187449 is on its way", Carrier::Gls),
        ("Track your GLS parcel: 60532187449", Carrier::Gls),
        ("Ihr GLS-Paket 60532187449 kommt heute", Carrier::Gls),
        ("追跡番号：３６０２－８４９７－１５０６", Carrier::Sagawa),
        ("お問い合わせ番号: 3602-8497-1506", Carrier::Sagawa),
        ("伝票番号：360284971506", Carrier::Sagawa),
        // Yamato's and Japan Post's 12-digit numbers share a shape and a check: the larger
        // carrier first
        ("追跡番号は409210949836です", Carrier::Yamato),
        ("お問い合わせ番号：1234-5678-9013", Carrier::Yamato),
        // so do labels in Russian and Ukrainian: a 14-digit number after Nova Poshta's "ТТН" is
        // its own, not DPD's; after Russian Post's "почтовый идентификатор", Russian Post's
        // (Hermes' 14-digit numbers share the check)
        ("Номер ТТН: 20450123456789", Carrier::NovaPoshta),
        ("Почтовый идентификатор: 12509924012342", Carrier::RussianPost),
        ("Номер відправлення: 0503712345678", Carrier::Ukrposhta),
        ("Номер отправления: 14987654321", Carrier::Cdek),
        // in Japanese the label decides even against a FedEx check digit that happens to
        // verify; elsewhere the verified reading stands
        ("お問い合わせ番号：3020-3768-5920", Carrier::Sagawa),
        ("Sendungsnummer: 986578788855", Carrier::Fedex),
        ("Tracking number: 360284971506", Carrier::Ups),
    ] {
        assert_eq!(carrier_found(text), carrier, "{text:?}");
    }
    let m = find("Your GLS parcel 60532187449 is on its way").expect("found");
    assert_eq!((m.as_str(), m.support()), ("60532187449", Support::Word));
    // a carrier named decides, as anywhere
    assert_ne!(carrier_found("日本郵便 お問い合わせ番号: 3602-8497-1506"), Carrier::Sagawa);
    // but a carrier named nearby that reads no such number (another number's, a footer's)
    // leaves the label's language to say whose it is
    for (text, carrier) in [
        ("送り状番号 3602-8497-1506\nFedEx: 9865 7878 8855\n", Carrier::Sagawa),
        ("追跡番号: 1311-2383-852\nUSPS 9400 1112 0620 6406 2607 87\n", Carrier::JapanPost),
    ] {
        assert_eq!(carrier_found(text), carrier, "{text:?}");
    }
    // any other word between, or no shipping word: nothing
    for text in [
        "Call GLS parcel service on 0800 6677 6460",
        "GLS Germany parcel 60532187449",
        "Your GLS parcel, order 60532187449",
    ] {
        assert_eq!(find(text), None, "{text:?}");
    }
}

#[test]
fn the_reading_reported_is_the_default_answer_when_there_is_one() {
    // a Low-confidence reading that ranks first by its structure (DHL eCommerce's `CN…`
    // reference) is listed by `detect`, but the reading reported is the default answer's
    // (the DPD barcode with its verified check character), as the identification policy says
    let m = find("Tracking: CN12345678901201029281415556").unwrap();
    assert_eq!(m.format(), Some(Format::DpdBarcode));
    assert_eq!(m.evidence(), Evidence::Verified);
    let mut compared = 0;
    for f in Format::ALL {
        let e = f.example();
        let Ok(answer) = TrackingNumber::parse(e) else { continue };
        if let Some(m) = find(&format!("Tracking number: {e}")).filter(|m| m.as_str() == e) {
            assert_eq!(m.format(), Some(answer.format()), "{e}");
            compared += 1;
        }
    }
    assert!(compared > 60, "{compared}");
}

#[test]
fn an_sscc_printed_under_its_barcode_is_read_with_its_application_identifier() {
    // the human-readable line of a GS1-128 label: `(00)`, extension digit, company prefix,
    // serial reference, check digit
    for text in [
        "(00) 3 4043383 644263659 7",
        "SSCC: (00) 340433836442636597",
        "Sendungsnummer (00)340433836442636597 ist unterwegs",
    ] {
        let m = find(text).unwrap_or_else(|| panic!("{text:?}"));
        assert!(m.as_str().starts_with("(00)"), "{text:?}");
        assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some("00340433836442636597"));
    }
    // another identifier, or a number in parentheses, is not joined
    assert!(find("(01) 340433836442636597").is_none());
    assert!(find("(00)").is_none());
}

#[test]
fn raw_html_read_as_text_joins_groups_at_a_no_break_space_reference() {
    // a label cell and a number printed in groups with `&nbsp;`, as a caller that does not ask
    // for the HTML mode hands it over
    let html = "<td>Tracking #</td><td>9361&nbsp;2850&nbsp;7028&nbsp;0445&nbsp;8319&nbsp;45</td>";
    let m = find(html).expect("found");
    assert_eq!(m.as_str(), "9361&nbsp;2850&nbsp;7028&nbsp;0445&nbsp;8319&nbsp;45");
    assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some("9361285070280445831945"));
    let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
    assert_eq!(m.normalized(&mut buf), "9361285070280445831945");
    // a letter prefix before it, too
    let m = find("EA&nbsp;123&nbsp;456&nbsp;785&nbsp;US").expect("found");
    assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some("EA123456785US"));
    // other references are no separators
    assert!(find("9361&amp;2850&amp;7028&amp;0445&amp;8319&amp;45").is_none());
}

#[test]
fn raw_html_read_as_text_joins_groups_at_separators_written_as_markup() {
    // (raw HTML as a caller that does not ask for the HTML mode hands it over, the number):
    // a zero-width space as a decimal or hexadecimal reference (against automatic links), a
    // no-break space as a decimal one, a soft hyphen, the `<wbr>` element in its spellings
    for (html, number) in [
        (
            "Tracking number: 9400&#8203;1118&#8203;9922&#8203;3397&#8203;4411&#8203;80",
            "9400111899223397441180",
        ),
        (
            "Tracking number: 9400&#x200B;1118&#x200b;9922&#X200B;3397&#x200B;4411&#x200B;80",
            "9400111899223397441180",
        ),
        (
            "Tracking number: 9400&#160;1118&#160;9922&#160;3397&#160;4411&#160;80",
            "9400111899223397441180",
        ),
        (
            "Tracking number: 9400&shy;1118&shy;9922&shy;3397&shy;4411&shy;80",
            "9400111899223397441180",
        ),
        ("<td>Tracking number:</td><td>1Z999AA1<wbr>0123456784</td>", "1Z999AA10123456784"),
        ("<td>Tracking number:</td><td>1Z999AA1<wbr/>0123456784</td>", "1Z999AA10123456784"),
        ("<td>Tracking number:</td><td>1Z999AA1<WBR />0123456784</td>", "1Z999AA10123456784"),
        ("Your item EA&#8203;123&#8203;456&#8203;785&#8203;US", "EA123456785US"),
        ("Tracking number:&#8203;1Z999AA10123456784", "1Z999AA10123456784"),
    ] {
        let all: Vec<_> = find_iter(html).collect();
        assert_eq!(all.len(), 1, "{html}: {all:?}");
        assert_eq!(all[0].number().map(|n| n.to_string()).as_deref(), Some(number), "{html}");
        // the span is the whole number as printed, markup inside it included
        let printed = &html[all[0].start()..all[0].end()];
        let last = &number[number.len() - 2..];
        assert!(printed.starts_with(&number[..2]) && printed.ends_with(last), "{html}");
    }
    // an unfinished reference or tag is no separator
    for (html, number) in [
        (
            "Tracking number: 9400&#8203 1118&#8203 9922&#8203 3397&#8203 4411&#8203 80",
            "9400111899223397441180",
        ),
        ("Tracking number: 1Z999AA1<wbr 0123456784", "1Z999AA10123456784"),
        ("Tracking number: 1Z999AA1&#x200B0123456784", "1Z999AA10123456784"),
    ] {
        assert!(find_iter(html).all(|m| m.number().unwrap().as_str() != number), "{html}");
    }
}

#[test]
fn raw_html_read_as_text_joins_groups_at_inline_tags_between_them() {
    // (raw HTML as a caller that does not ask for the HTML mode hands it over): formatting
    // tags wrapped around parts of a number, which a mail client shows as one run of
    // characters, read as a separator not shown; before, the label made the first part a
    // (wrong) GLS Track-ID
    for (html, number) in [
        (
            "<p>Tracking #: <span style=\"font-weight:bold\">1Z999AA1</span><span>0123456784</span></p>",
            "1Z999AA10123456784",
        ),
        ("<td>Tracking number:</td><td><b>9400</b>111899223397441180</td>", "9400111899223397441180"),
        ("Sendungsnummer: 00340434<font color=\"#333\">161094042557</font>", "00340434161094042557"),
        ("Your item <strong>EA</strong>123456785<strong>US</strong>", "EA123456785US"),
        ("Tracking number: 9400 1118 <B>9922</B> 3397 4411 80", "9400111899223397441180"),
    ] {
        let all: Vec<_> = find_iter(html).collect();
        assert_eq!(all.len(), 1, "{html}: {all:?}");
        assert_eq!(all[0].number().map(|n| n.to_string()).as_deref(), Some(number), "{html}");
    }
    // cells, links, paragraphs and blank lines keep numbers apart; so do five tags in a row
    for html in [
        "<td>Tracking number:</td><td>1Z999AA1</td><td>0123456784</td>",
        "Tracking number: 1Z999AA1<br><br>0123456784",
        "Tracking number: 1Z999AA1</p><p>0123456784",
        "Tracking number: 1Z999AA1<a href=\"#\">0123456784</a>",
        "Tracking number: 1Z999AA1<b><b><b><b><b>0123456784",
    ] {
        assert!(
            find_iter(html).all(|m| m.number().unwrap().as_str() != "1Z999AA10123456784"),
            "{html}"
        );
    }
}

#[test]
fn raw_html_read_as_text_joins_groups_at_a_line_break_as_text_does() {
    // a `<br>` between two groups (with inline tags or white space of the source beside it)
    // is a line break: a number wrapped onto the next line is found, as in text, and its
    // first part is no (wrong) GLS Track-ID after the label
    for (html, number) in [
        ("<p>Tracking number: 1Z 999 AA1<br>01 2345 6784</p>", "1Z999AA10123456784"),
        ("<div>Tracking number:<br>1Z 999 AA1<br />\r\n01 2345 6784</div>", "1Z999AA10123456784"),
        ("Sendungsnummer: <b>0034 0434</b><br><b>1610 9404 2557</b>", "00340434161094042557"),
        ("Tracking number: 9400 1118 9922<BR>\n3397 4411 80", "9400111899223397441180"),
    ] {
        let all: Vec<_> = find_iter(html).collect();
        assert_eq!(all.len(), 1, "{html}: {all:?}");
        assert_eq!(all[0].number().map(|n| n.to_string()).as_deref(), Some(number), "{html}");
    }
    // one number a line, as in text: a list after the label, each number labelled
    let html = "<p>Tracking numbers:<br>61018324775<br>61018324783<br></p>";
    let found: Vec<_> = find_iter(html).map(|m| (m.as_str(), m.support())).collect();
    assert_eq!(found, [("61018324775", Support::Label), ("61018324783", Support::Label)]);
    // the same lines as text read alike
    let text = "Tracking numbers:\n61018324775\n61018324783\n";
    assert_eq!(
        find_iter(text).map(|m| m.as_str()).collect::<Vec<_>>(),
        ["61018324775", "61018324783"]
    );
    // a line break of the source beside inline tags is a space, as a mail client shows it
    let m = find("Tracking number: 9400 1118 9922</b>\n<b>3397 4411 80").expect("found");
    assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some("9400111899223397441180"));
}

#[test]
fn a_brand_named_before_a_strong_reading_of_its_parent_reads_it_as_the_brand_s() {
    // S10 numbers are the designated operator's (GB: Royal Mail; FR: La Poste) by default;
    // a brand of that operator named before the number, with a reading of its own, takes it
    let text = "Your Parcelforce Worldwide item is on its way.\nTracking number: EJ952259299GB";
    assert_eq!(carrier_found(text), Carrier::Parcelforce);
    assert_eq!(
        find(text).and_then(|m| m.number().map(|n| n.format())),
        Some(Format::ParcelforceInternational)
    );
    assert_eq!(find(text).map(|m| m.strength()), Some(Strength::Strong));
    assert_eq!(
        carrier_found("Votre colis Chronopost XS466848040FR arrive demain"),
        Carrier::Chronopost
    );
    // the operator itself, another carrier, or a brand named only after the number: the default
    assert_eq!(carrier_found("Royal Mail: EJ952259299GB"), Carrier::RoyalMail);
    assert_eq!(carrier_found("Your DPD parcel, ref EJ952259299GB"), Carrier::RoyalMail);
    assert_eq!(
        carrier_found("Item EJ952259299GB will be handed to Parcelforce"),
        Carrier::RoyalMail
    );
    // a brand without a reading of that number
    assert_eq!(carrier_found("Your Colissimo parcel XS466848040FR"), Carrier::LaPoste);
    // a tracking link of the brand reads it as the brand's
    let m =
        find("https://www.parcelforce.com/track-trace?trackNumber=EJ952259299GB").expect("found");
    assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Parcelforce));
}

#[test]
fn cells_run_together_by_a_tag_stripper_are_read_apart() {
    // a capitalised word glued after the number ends it
    let m = find("Tracking Number: 1LS784860606149Scheduled: 12/10/2026").expect("found");
    assert_eq!(m.as_str(), "1LS784860606149");
    let m = find("Tracking ID:3991 1143 8318Delivered:Tue 12/08/2026").expect("found");
    assert_eq!((m.as_str(), m.support()), ("3991 1143 8318", Support::Label));
    let m = find("1 of 2UPS1Z4F7W680339099609In transit").expect("found");
    assert_eq!(m.as_str(), "1Z4F7W680339099609");
    // a label glued before it opens it, and supports it
    for (text, number, support) in [
        ("TRACKING NUMBER394299814550", "394299814550", Support::Label),
        ("Tracking numberH05ANE2298686886", "H05ANE2298686886", Support::Label),
        ("Tracking IDTBA956536562926", "TBA956536562926", Support::Structure),
        ("Sendungsnummer00340400257824080067", "00340400257824080067", Support::Structure),
        ("Numéro de suivi20707928", "20707928", Support::Label),
    ] {
        let m = find(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!((m.as_str(), m.support()), (number, support), "{text:?}");
    }
    let m = find("VersanddienstleisterDHLSendungsnummer00340400257824080067").expect("found");
    assert_eq!(m.as_str(), "00340400257824080067");
    // a carrier's name glued before the number labels it as that carrier's (a table's row
    // number, carrier and number cells run together)
    let m = find("1 von 2GLS61018324775").expect("found");
    assert_eq!((m.as_str(), m.support()), ("61018324775", Support::Label));
    assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Gls));
    assert_eq!(find("xGLS61018324775"), None);
    // a carrier's name glued before a strong reading (after a row number, too)
    assert_eq!(find("USPS9300733948418789504868").map(|m| m.start()), Some(4));
    assert_eq!(find("1 of 3UPS1ZMH4U3G0310201921").map(|m| m.start()), Some(9));
    // words glued together are read apart: "Order" names another number
    assert_eq!(find("Your order has shippedOrder 8614326746230680: the seller has shipped"), None);
    assert_eq!(find("Insulated Water Bottle 32 ozOliveUPC 336021987241× 1$34.50"), None);
    // no label, no name: still one run
    assert_eq!(find("Reference ABC3318810025"), None);
    assert_eq!(find("x3UPS1ZMH4U3G0310201921"), None);
    // a run longer than any number is never cut (base64, hashes), even by an eager scanner
    let image = "src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"";
    let eager = Scanner::builder().eager(true).build().unwrap();
    assert_eq!(eager.find(image).map(|m| m.as_str().to_string()), None);
    // a word glued after a number starts none of its own
    assert_eq!(find("1Z999AA10123456784Aaa9400 1112 0620 6406 2607 87").map(|m| m.end()), Some(18));
}

#[test]
fn words_in_capitals_after_and_words_before_a_number_are_read_apart() {
    // a word in capitals glued after the number (the next cell: a status, a sender)
    for (text, number) in [
        ("9400111201080805483016SHIPPED 12/08", "9400111201080805483016"),
        ("Tracking Number9405 5453 3314 7893 2880 49BLUE APRON LLC", "9405 5453 3314 7893 2880 49"),
        ("1Z999AA10123456784DELIVERED", "1Z999AA10123456784"),
        // (two letters of it kept: an S10 number's country code)
        ("RB123456785GBROYAL MAIL", "RB123456785GB"),
        ("Sent via USPS9400111201080805483016USPS", "9400111201080805483016"),
        // a word with a lower-case letter glued before it (a header cell)
        ("Expected Delivery By9405 5453 3314 7893 2880 49", "9405 5453 3314 7893 2880 49"),
        ("Your order1Z999AA10123456784BLUE APRON", "1Z999AA10123456784"),
    ] {
        let m = find(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!(m.as_str(), number, "{text:?}");
    }
    // a carrier's cell between the word or label and the number
    for (text, number) in [
        ("CarrierUSPS9400111201080805483016", "9400111201080805483016"),
        ("Tracking numberUSPS9400111201080805483016", "9400111201080805483016"),
        ("SendungsnummerDHL00340434161094042557", "00340434161094042557"),
    ] {
        let m = find(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!(m.as_str(), number, "{text:?}");
    }
    // (a name glued after a lower-case letter is no label of a weak number)
    assert_eq!(find("xGLS61018324775"), None);
    assert_eq!(find("CarrierGLS61018324775"), None);
    // a labelled weak number after the carrier's cell, glued to the label's
    let m = find("Tracking numberGLS61018324775").expect("found");
    assert_eq!((m.as_str(), m.support()), ("61018324775", Support::Label));
    assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Gls));
    // a labelled weak number glued on both sides: the label still supports it
    let m = find("Waybill-Nummer5018720571ZUGESTELLT").expect("found");
    assert_eq!((m.as_str(), m.support()), ("5018720571", Support::Label));
    // a number whose own letters end it reads whole: they are never cut off
    let m = find("EA123456785US").expect("found");
    assert_eq!(m.as_str(), "EA123456785US");
    // the cut reads as any span does: nothing where the digits alone read as nothing
    assert_eq!(find("SKU12345678XLBLK"), None);
    assert_eq!(find("Model 4006381333931EAN"), None);
    assert_eq!(find("Win10 COVID19 iPhone15PRO h264"), None);
}

#[test]
fn a_carriers_name_between_the_label_and_the_number_is_no_part_of_it() {
    // the name says whose number it is; it is no letter prefix of another carrier's
    for (text, number, carrier) in [
        ("Paketnummer: GLS 60532187449", "60532187449", Carrier::Gls),
        ("Paketnummer GLS 61018324775", "61018324775", Carrier::Gls),
        ("Tracking number DPD 05212345678904", "05212345678904", Carrier::Dpd),
    ] {
        let m = find(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!((m.as_str(), m.support()), (number, Support::Label), "{text:?}");
        assert_eq!(m.number().map(|n| n.carrier()), Some(carrier), "{text:?}");
    }
    // (a name with spaces alone before a weak number, after a word that names another kind
    // of number: nothing)
    assert_eq!(find("Order GLS 60532187449"), None);
}

#[test]
fn a_carriers_name_right_before_a_number_says_whose_it_is() {
    // chat and short notes: the name, a space, the number (one block), read as that
    // carrier's; the company's longer name too
    for (text, number, carrier) in [
        ("sent it GLS 61018324775 yesterday", "61018324775", Carrier::Gls),
        ("Track your package: GLS 60532187449", "60532187449", Carrier::Gls),
        ("Sagawa Express 360284971506", "360284971506", Carrier::Sagawa),
        ("Tracking information\nSagawa Express\n360284971506", "360284971506", Carrier::Sagawa),
        ("Canpar Express D420352470000000000001", "D420352470000000000001", Carrier::Canpar),
        ("New Zealand Couriers tracking number: 48151623", "48151623", Carrier::NzCouriers),
        // in the carrier's own grouping, its check digit verified
        ("ヤマト運輸 1234-5678-9013", "1234-5678-9013", Carrier::Yamato),
        // or with letters (no phone number has any), its letter prefix a group of its own
        ("Packeta Z 123 4567 890", "Z 123 4567 890", Carrier::Packeta),
    ] {
        let m = find(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!(m.as_str(), number, "{text:?}");
        assert_eq!(m.number().map(|n| n.carrier()), Some(carrier), "{text:?}");
    }
    // not a number printed in blocks (a phone number), not another carrier's number, not
    // after a word naming another kind of number
    for text in [
        "GLS 0800 6677 6460",
        "Sagawa 3602-8497-1506",
        "Call UPS 1 800 742 5877",
        "FedEx 800 463 3339",
        "DPD 0121 275 0500",
        "Hermes 0330 808 5456",
        "Yodel 0844 453 7443",
        "GLS 2024",
        "DHL 12345",
        // letters, but not in the carrier's grouping
        "Packeta Z 1234 5678 90",
        "Order GLS 60532187449",
        "Rechnung GLS 60532187449",
        "Amazon 60532187449",
        // a date written as 8 digits needs a label, as a card number or a product code does
        "Evri 20240115",
        "20240115 (Evri)",
    ] {
        assert_eq!(find(text), None, "{text:?}");
    }
    assert_eq!(find("Evri 40731592").map(|m| m.support()), Some(Support::Word));
    assert_eq!(find("Tracking number: 20240115").map(|m| m.support()), Some(Support::Label));
    // a middle dot or a dash between, as characters or, in raw HTML read as text, as
    // references; the same in the HTML mode
    let html = Scanner::builder().html(true).build().unwrap();
    for text in [
        "GLS · 60532187449",
        "GLS – 60532187449",
        "<div>GLS &middot; <b>60532187449</b></div>",
        "<p>GLS&nbsp;&ndash;&nbsp;60532187449</p>",
    ] {
        for scanner in [&Scanner::new(), &html] {
            let m = scanner.find(text).unwrap_or_else(|| panic!("nothing in {text:?}"));
            assert_eq!(m.number().map(|n| n.carrier()), Some(Carrier::Gls), "{text:?}");
        }
    }
    // (a reference of a glue character is glue after a label too)
    assert_eq!(
        find("Tracking number &rarr; 60532187449").map(|m| m.support()),
        Some(Support::Label)
    );
    // an S10 number of a brand, its name printed right after it
    for (text, carrier) in [
        ("Tracking number: EJ123456785GB (Parcelforce Worldwide)", Carrier::Parcelforce),
        ("Tracking number: XA123456785FR (Chronopost)", Carrier::Chronopost),
        ("Royal Mail: XA123456785GB (Parcelforce)", Carrier::RoyalMail),
    ] {
        assert_eq!(carrier_found(text), carrier, "{text:?}");
    }
}

#[test]
fn columns_padded_with_spaces_and_registration_numbers_in_footers() {
    // text laid out in columns (a converter that pads each line to the table's width)
    let text = format!(
        "Ihr Paket wird morgen zugestellt.{pad}\nPaketnummer:{pad}\n63440687829{pad}\n",
        pad = " ".repeat(190)
    );
    let m = find(&text).expect("found");
    assert_eq!((m.as_str(), m.support()), ("63440687829", Support::Label));
    // a company's tax number after a shipping word is no shipment's
    assert_eq!(find("Traccia la spedizione P.IVA 04507990150."), None);
    assert_eq!(find("Versand durch Beispiel GmbH, HRB 123456, USt 3318810025"), None);
    assert_eq!(
        find("Linha digitável: 34191.79001 01043.510047 91020.150008 1 92340000133980 Entrega: Av. Paulista"),
        None
    );
}

#[test]
fn numbers_printed_alike_on_one_line_are_found_whatever_supports_them() {
    // two FedEx numbers printed alike (a list: each the other's sibling), after or before
    // each kind of support a weak reading may have; the scanner reads the numbers beside a
    // span only when something may support it, so each kind must be known there
    let list = "7946 4479 0131 9865 7878 8855";
    for text in [
        std::format!("Tracking numbers: {list}"),
        std::format!("FedEx: {list}"),
        std::format!("FedEx {list}"),
        std::format!("Your FedEx packages {list}"),
        std::format!("{list} (FedEx)"),
        std::format!("tracking {list}"),
        std::format!("{list} tracking"),
    ] {
        let found: Vec<String> =
            find_iter(&text).map(|m| m.number().unwrap().as_str().to_string()).collect();
        assert_eq!(found, ["794644790131", "986578788855"], "{text}");
    }
    // nothing around them: neither
    assert_eq!(find_iter(list).count(), 0);
}

#[test]
fn of_two_equal_readings_of_one_anchor_the_leftmost_is_reported() {
    // two DPD barcodes of 28 characters, both verified: one with a letter prefix as OCR read
    // it (`MAUO` for `MAU0`, repaired after the other readings of the anchor), one without
    // it and running two groups further; the documented rule (strongest, then longest, then
    // leftmost) reports the first
    let text = "MAUO 0081827 09980000020033 350 276 C";
    let m = find(text).expect("found");
    assert_eq!((m.start(), m.end()), (0, 31));
    assert_eq!(m.number().map(|n| n.to_string()).as_deref(), Some("MAU0008182709980000020033350"));
}
