//! Generated vectors per format: random valid numbers built from each format's documented
//! structure (restated here, one generator per layout) with check characters from the
//! reference definitions in `tracking_number::check` (not the detector's fast paths), then
//! * recognised, with the right format and carrier, 100% of the time;
//! * round trips: `parse(n.to_string()) == n`, `parse_lenient(n.grouped().to_string()) == n`;
//! * every single-character substitution in a checked field is rejected (mismatch or no
//!   longer the format) exactly when the reference says the check fails, and always for the
//!   algorithms that detect every substitution (GS1, Luhn, ISO 7064 MOD 37,36);
//! * `detect` lists exactly the formats `parse_as` reads (valid or with a wrong check
//!   character): the naive oracle of the index.

use proptest::prelude::*;
use tracking_number::{detect, Evidence, Format, ParseErrorKind, TrackingNumber};

#[path = "common/generators.rs"]
mod generators;
use generators::{build, expected_carrier, ALNUM, G, GENS, K};

fn lenient_form(s: &str) -> String {
    // lower case, a dash and a dot, surrounding whitespace
    let mut t = String::from("  ");
    for (i, ch) in s.chars().enumerate() {
        if i == 2 {
            t.push('-');
        }
        if i == 5 {
            t.push('.');
        }
        t.push(ch.to_ascii_lowercase());
    }
    t.push('\n');
    t
}

fn check_generated(g: &G, s: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(s.len(), g.len());
    let cands = detect(s);
    let c = cands.into_iter().find(|c| c.format() == g.f);
    prop_assert!(c.is_some(), "{} not recognised as {:?}: {:?}", s, g.f, cands);
    let c = c.unwrap();
    if let Some(carrier) = expected_carrier(g, s) {
        prop_assert_eq!(c.carrier(), carrier, "{}", s);
    }
    let want = if g.check.is_some() { Evidence::Verified } else { Evidence::NoCheckDigit };
    prop_assert_eq!(c.evidence(), want, "{}", s);
    let n = c.number().unwrap();
    prop_assert_eq!(n.as_str(), s);
    prop_assert!(g.f.is_valid(s));
    prop_assert_eq!(TrackingNumber::parse_as(s, g.f).unwrap(), n);
    let text: String = n.to_string();
    prop_assert_eq!(TrackingNumber::parse_as(&text, g.f).unwrap(), n);
    // with its carrier as the hint, a number is always read (as this format or another of
    // the carrier's that ranks first)
    let hinted = TrackingNumber::parse_for(s, &[c.carrier()]).unwrap().number();
    prop_assert_eq!(hinted.carrier(), c.carrier());
    prop_assert!(detect(s).any(|r| r.format() == hinted.format() && r.number().is_some()));
    if let Ok(best) = TrackingNumber::parse(s) {
        let text: String = best.to_string();
        prop_assert_eq!(TrackingNumber::parse(&text).unwrap(), best);
        let grouped = best.grouped().to_string();
        prop_assert_eq!(TrackingNumber::parse_lenient(&grouped).unwrap().number(), best);
        let l = TrackingNumber::parse_lenient(&lenient_form(s)).unwrap();
        prop_assert!(l.was_normalized());
        prop_assert_eq!(l.number(), best);
        prop_assert!(TrackingNumber::is_valid(s));
    }
    Ok(())
}

fn check_substitution(
    g: &G,
    s: &str,
    pos_seed: usize,
    ch_seed: usize,
) -> Result<(), TestCaseError> {
    let Some((k, a, b, at)) = g.check else {
        return Ok(());
    };
    // a position in the checked field (data or check character)
    let pos = a + pos_seed % (b - a + 1);
    let pos = if pos == b { at } else { pos };
    let bytes = s.as_bytes();
    let orig = bytes[pos];
    let set: &[u8] = if orig.is_ascii_digit() && k != K::M3736 { &ALNUM[..10] } else { ALNUM };
    let mut alt = set[ch_seed % set.len()];
    if alt == orig {
        alt = set[(ch_seed + 1) % set.len()];
    }
    let mut t = bytes.to_vec();
    t[pos] = alt;
    let t = String::from_utf8(t).unwrap();
    let expected = g.expected(t.as_bytes()).unwrap();
    let oracle_ok = expected == t.as_bytes()[at];
    if k.catches_every_substitution() {
        prop_assert!(!oracle_ok, "{} -> {}", s, t);
    }
    match detect(&t).into_iter().find(|c| c.format() == g.f) {
        // the substitution broke the structure (a letter in a digit field, a country code)
        None => {}
        Some(c) if g.soft => {
            // an unconfirmed rule: a failure is never a rejection
            prop_assert!(c.number().is_some(), "{}", t);
        }
        Some(c) if g.f == Format::UspsLegacy => {
            // two conventions: valid under either, else a mismatch
            prop_assert_eq!(c.number().is_some(), oracle_ok || c.evidence() == Evidence::Verified);
        }
        Some(c) if g.f == Format::UspsImpbRouted && !oracle_ok => {
            // 34 digits: the other ZIP/PIC split may apply; either it verifies or the
            // suggested correction is a valid routed number
            let ok =
                c.number().is_some() || c.corrected().is_some_and(|n| g.f.is_valid(n.as_str()));
            prop_assert!(ok, "{}", t);
        }
        Some(c) if oracle_ok => prop_assert_eq!(c.evidence(), Evidence::Verified, "{}", t),
        Some(c) => {
            prop_assert_eq!(
                c.evidence(),
                Evidence::Mismatch { expected: expected as char },
                "{}",
                t
            );
            prop_assert!(!g.f.is_valid(&t));
        }
    }
    Ok(())
}

/// The naive oracle of the index: the formats `parse_as` reads, valid or with a wrong check
/// character, in registry order.
fn formats_read(s: &str) -> Vec<Format> {
    Format::ALL
        .iter()
        .copied()
        .filter(|&f| match TrackingNumber::parse_as(s, f) {
            Ok(_) => true,
            Err(e) => matches!(e.kind(), ParseErrorKind::CheckDigit { .. }),
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn generated_numbers_are_recognised(
        gi in 0..GENS.len(),
        rnd in proptest::collection::vec(any::<u8>(), 40),
    ) {
        let g = &GENS[gi];
        let s = build(g, &rnd);
        check_generated(g, &s)?;
    }

    #[test]
    fn substitutions_in_checked_fields(
        gi in 0..GENS.len(),
        rnd in proptest::collection::vec(any::<u8>(), 40),
        pos in any::<usize>(),
        ch in any::<usize>(),
    ) {
        let g = &GENS[gi];
        let s = build(g, &rnd);
        check_substitution(g, &s, pos, ch)?;
    }

    #[test]
    fn any_string_is_safe(s in "\\PC{0,60}") {
        let _ = detect(&s);
        let _ = TrackingNumber::parse(&s);
        let _ = TrackingNumber::parse_lenient(&s);
        prop_assert_eq!(TrackingNumber::is_valid(&s), TrackingNumber::parse(&s).is_ok());
    }

    #[test]
    fn detect_lists_exactly_the_formats_parse_as_reads(
        gi in 0..GENS.len(),
        rnd in proptest::collection::vec(any::<u8>(), 40),
        edit in proptest::option::of((any::<usize>(), 0usize..36)),
    ) {
        // generated numbers and one-character near misses of them
        let mut s = build(&GENS[gi], &rnd).into_bytes();
        if let Some((pos, ch)) = edit {
            let i = pos % s.len();
            s[i] = ALNUM[ch];
        }
        let s = String::from_utf8(s).unwrap();
        let mut listed: Vec<Format> = detect(&s).map(|c| c.format()).collect();
        listed.sort_by_key(|f| Format::ALL.iter().position(|g| g == f));
        prop_assert_eq!(listed, formats_read(&s), "{}", s);
    }

    #[test]
    fn alnum_strings_are_consistent(s in "[0-9A-Z]{8,40}") {
        let c = detect(&s);
        let parsed = TrackingNumber::parse(&s);
        prop_assert_eq!(parsed.is_ok(), c.accepted().is_some());
        if let Ok(n) = parsed {
            prop_assert_eq!(Some(n), c.accepted().and_then(|b| b.number()));
            prop_assert_eq!(TrackingNumber::parse(n.as_str()).unwrap(), n);
        }
        let mut listed: Vec<Format> = c.map(|c| c.format()).collect();
        listed.sort_by_key(|f| Format::ALL.iter().position(|g| g == f));
        prop_assert_eq!(listed, formats_read(&s), "{}", s);
        for cand in c {
            prop_assert!(cand.format().is_valid(&s) == cand.number().is_some());
        }
    }
}

#[test]
fn every_format_has_a_generator() {
    for f in Format::ALL {
        assert!(GENS.iter().any(|g| g.f == *f), "{f:?}");
    }
}

#[test]
fn exhaustive_substitutions_on_the_examples() {
    // every position of the checked field, every other character
    for g in GENS.iter().filter(|g| g.check.is_some()) {
        let s = g.f.example();
        // only the examples of this layout (and check convention)
        let (_, _, _, at) = g.check.unwrap();
        if s.len() != g.len() || g.expected(s.as_bytes()) != Some(s.as_bytes()[at]) {
            continue;
        }
        let (_, a, b, _) = g.check.unwrap();
        for pos in 0..=(b - a) {
            for ch in 0..36 {
                check_substitution(g, s, pos, ch).unwrap();
            }
        }
    }
}
