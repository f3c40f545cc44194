//! Recall and precision on the notification-mail fixtures, in every way a caller hands mails to
//! the scanner: the `text/plain` part, the HTML part stripped to text (four strippers), the raw
//! HTML with the HTML mode, and the raw HTML without it.

mod mail_set;

use mail_set::{load, score, strip, Mail, Score, Strip};
use tracking_number::scan::Scanner;

/// Targets: recall at least 90%, precision at least 98%, at most 1% attributed to the wrong
/// carrier.
#[track_caller]
fn check(what: &str, s: Score, r: &mail_set::Report, need_recall: bool) {
    println!(
        "{what:<28} truth {:>3}  found {:>3}  recall {:.3}  reported {:>3}  precision {:.3}  wrong carrier {} ({:.3})",
        s.truth,
        s.found,
        s.recall(),
        s.reported,
        s.precision(),
        s.wrong_carrier,
        s.wrong_carrier_rate()
    );
    let show = |v: &[String]| v.iter().take(12).cloned().collect::<Vec<_>>().join("\n  ");
    if need_recall {
        assert!(
            s.recall() >= 0.90,
            "{what}: recall {:.3}; missed:\n  {}",
            s.recall(),
            show(&r.missed)
        );
    }
    assert!(
        s.precision() >= 0.98,
        "{what}: precision {:.3}; false:\n  {}",
        s.precision(),
        show(&r.false_hits)
    );
    assert!(s.wrong_carrier_rate() <= 0.01, "{what}: wrong carriers:\n  {}", show(&r.wrong));
}

fn mails() -> Vec<Mail> {
    let mails = load();
    let tracking = mails.iter().filter(|m| !m.truth.is_empty()).count();
    assert!(tracking >= 60 && mails.len() - tracking >= 30, "{tracking} of {}", mails.len());
    mails
}

#[test]
fn text_parts() {
    let mails = mails();
    let (s, r) = score(&mails, &Scanner::new(), |m| m.text.clone());
    check("text/plain", s, &r, true);
}

#[test]
fn html_stripped_to_text() {
    let mails = mails();
    for how in [Strip::TagsAsLines, Strip::Layout, Strip::Glued, Strip::Columns] {
        let (s, r) = score(&mails, &Scanner::new(), |m| strip(&m.html, how));
        check(&format!("html stripped ({how:?})"), s, &r, true);
    }
}

#[test]
fn raw_html_in_html_mode() {
    let mails = mails();
    let html = Scanner::builder().html(true).build().unwrap();
    let (s, r) = score(&mails, &html, |m| m.html.clone());
    check("raw html, html mode", s, &r, true);
}

#[test]
fn raw_html_in_default_mode_reports_nothing_false() {
    let mails = mails();
    let (s, r) = score(&mails, &Scanner::new(), |m| m.html.clone());
    check("raw html, default mode", s, &r, false);
}

#[test]
fn mails_without_tracking_numbers_report_nothing() {
    let mails = mails();
    let html = Scanner::builder().html(true).build().unwrap();
    let default = Scanner::new();
    for m in mails.iter().filter(|m| m.truth.is_empty()) {
        let glued = strip(&m.html, Strip::Glued);
        let columns = strip(&m.html, Strip::Columns);
        for (scanner, part) in [
            (&default, &m.text),
            (&default, &m.html),
            (&html, &m.html),
            (&default, &glued),
            (&default, &columns),
        ] {
            let found: Vec<String> =
                scanner.find_iter(part).map(|m| m.as_str().to_string()).collect();
            assert!(found.is_empty(), "{}: {found:?}", m.name);
        }
    }
}

#[test]
#[ignore]
fn print_problems() {
    let mails = mails();
    let html = Scanner::builder().html(true).build().unwrap();
    for (what, sc, f) in [
        ("text", Scanner::new(), 0),
        ("strip-lines", Scanner::new(), 1),
        ("strip-layout", Scanner::new(), 2),
        ("strip-glued", Scanner::new(), 5),
        ("strip-columns", Scanner::new(), 6),
        ("html-mode", html, 3),
        ("raw-default", Scanner::new(), 4),
    ] {
        let (_, r) = score(&mails, &sc, |m| match f {
            0 => m.text.clone(),
            1 => strip(&m.html, Strip::TagsAsLines),
            2 => strip(&m.html, Strip::Layout),
            5 => strip(&m.html, Strip::Glued),
            6 => strip(&m.html, Strip::Columns),
            _ => m.html.clone(),
        });
        println!("== {what}");
        for x in r.missed.iter() {
            println!("  missed {x}");
        }
        for x in r.false_hits.iter() {
            println!("  false  {x}");
        }
        for x in r.wrong.iter() {
            println!("  wrong  {x}");
        }
    }
}

#[test]
#[ignore]
fn print_stripped() {
    let want = std::env::var("MAIL").unwrap_or_default();
    for m in mails().iter().filter(|m| m.name.contains(&want)) {
        println!("{}", strip(&m.html, Strip::TagsAsLines));
    }
}
