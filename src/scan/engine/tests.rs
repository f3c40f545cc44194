//! Unit tests of the scanning core, with a toy classifier of their own.

use super::*;
use crate::check::{CheckDigit, Mod7, Ups, S10};

/// A tiny stand-in for the carrier table: S10 with a few countries, UPS 1Z, DHL 10-digit
/// (mod 7), `TBA` + 12 digits, and bare 14 digits.
pub(crate) struct Toy;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum T {
    S10,
    Ups,
    Dhl,
    Tba,
    Bare14,
}

impl Classify for Toy {
    type Item = T;
    fn max_len(&self) -> usize {
        34
    }
    fn min_len(&self) -> usize {
        10
    }
    fn possible(&self, len: usize) -> bool {
        matches!(len, 10 | 13 | 14 | 15 | 18)
    }
    fn same_format(&self, a: &T, b: &T) -> bool {
        a == b
    }
    fn verified(&self, item: &T) -> bool {
        matches!(item, T::S10 | T::Ups | T::Dhl)
    }
    fn classify(&self, n: &[u8]) -> Option<(T, Strength)> {
        let digits = |r: core::ops::Range<usize>| n[r].iter().all(u8::is_ascii_digit);
        let letters = |r: core::ops::Range<usize>| n[r].iter().all(u8::is_ascii_uppercase);
        match n.len() {
            13 if letters(0..2)
                && digits(2..11)
                && matches!(&n[11..], b"US" | b"GB" | b"DE" | b"CN")
                && S10.verify(&n[2..11]) =>
            {
                Some((T::S10, Strength::Strong))
            }
            18 if n.starts_with(b"1Z") && Ups.verify(&n[2..]) => Some((T::Ups, Strength::Strong)),
            10 if digits(0..10) && Mod7.verify(n) => Some((T::Dhl, Strength::CheckDigit)),
            15 if n.starts_with(b"TBA") && digits(3..15) => Some((T::Tba, Strength::Strong)),
            14 if digits(0..14) => Some((T::Bare14, Strength::Shape)),
            _ => None,
        }
    }
}

pub(crate) const DEFAULT: Opts =
    Opts { eager: false, context: true, min_strength: Strength::Guess };

pub(crate) fn scan(text: &str, o: Opts) -> ([(usize, usize, T, Support); 16], usize) {
    let mut out = [(0, 0, T::Dhl, Support::Eager); 16];
    let mut n = 0;
    let mut st = State::new();
    while let Some(f) = next(text.as_bytes(), &Toy, &o, &mut st) {
        if n < out.len() {
            out[n] = (f.start, f.end, f.item, f.support);
        }
        n += 1;
    }
    (out, n)
}

#[track_caller]
fn spans(text: &str) -> [&str; 16] {
    let (found, n) = scan(text, DEFAULT);
    let mut out = [""; 16];
    for (o, f) in out.iter_mut().zip(&found[..n.min(16)]) {
        *o = &text[f.0..f.1];
    }
    out
}

#[track_caller]
fn check(text: &str, want: &[&str]) {
    let got = spans(text);
    let n = got.iter().position(|s| s.is_empty()).unwrap_or(16);
    assert_eq!(&got[..n], want, "in {text:?}");
}

#[test]
fn strong_numbers_in_prose() {
    check("see 1Z999AA10123456784 today", &["1Z999AA10123456784"]);
    check("1Z 999 AA1 01 2345 678 4", &["1Z 999 AA1 01 2345 678 4"]);
    check("1z999aa10123456784", &["1z999aa10123456784"]);
    check("EA 123 456 785 US and RB123456785GB.", &["EA 123 456 785 US", "RB123456785GB"]);
    check("(\"RB123456785GB\")", &["RB123456785GB"]);
    check("TBA000000000000 ut labore", &["TBA000000000000"]);
    check("X1Z999AA10123456784", &[]);
    check("1Z999AA101234567840", &[]);
    check("1Z999AA10123456785", &[]);
}

#[test]
fn words_glued_to_a_number_are_read_apart() {
    // a word in capitals after the digits (none, one or two letters kept)
    check("1Z999AA10123456784DELIVERED", &["1Z999AA10123456784"]);
    check("RB123456785GBROYAL", &["RB123456785GB"]);
    check("1Z 999 AA1 01 2345 678 4WED", &["1Z 999 AA1 01 2345 678 4"]);
    // a word with a lower-case letter before it
    check("Delivered by1Z999AA10123456784", &["1Z999AA10123456784"]);
    check("byRB123456785GBROYAL", &["RB123456785GB"]);
    // a number whose own letters end it reads whole; a cut that reads as nothing reports nothing
    check("RB123456785GB", &["RB123456785GB"]);
    check("12345678901XLBLK", &[]);
    // no word of two capitals or fewer is cut off (an S10 number's country code)
    check("RB123456785GBX", &[]);
    // a capitalised word glued after a number is no word before the next one
    check("1Z999AA10123456784Delivered", &["1Z999AA10123456784"]);
    check("1Z999AA10123456784Delivered1Z", &["1Z999AA10123456784"]);
}

#[test]
fn caps_tails_and_words_before_numbers() {
    let tail = |t: &str| {
        let g = token::group(t.as_bytes(), 0, t.len(), false);
        caps_tail(t.as_bytes(), g)
    };
    assert_eq!(tail("9400SHIPPED"), Some(4));
    assert_eq!(tail("RB123456785GBROYAL"), Some(11));
    assert_eq!(tail("9400US"), None);
    assert_eq!(tail("SHIPPED"), None);
    assert_eq!(tail("9400Shipped"), None);
    assert_eq!(tail("9400"), None);
    let before = |t: &str| {
        let g = token::group(t.as_bytes(), 0, t.len(), false);
        word_before_number(t.as_bytes(), g)
    };
    assert_eq!(before("By9405"), Some(2));
    assert_eq!(before("orderRB123"), Some(5));
    assert_eq!(before("iPhone15"), Some(6));
    assert_eq!(before("iPhone"), None);
    assert_eq!(before("a1b2"), None);
    assert_eq!(before("9405"), None);
    assert_eq!(before("byRB"), None);
    // (past a carrier's name in capitals there)
    assert_eq!(before("CarrierUSPS9400"), Some(11));
    assert_eq!(before("CarrierUSPSX9400"), Some(7));
}

#[test]
fn separators_and_line_breaks() {
    check("1Z-999-AA1-01-2345-678-4", &["1Z-999-AA1-01-2345-678-4"]);
    check("1Z 999 AA1\r\n01 2345 678 4", &["1Z 999 AA1\r\n01 2345 678 4"]);
    check("1Z\u{a0}999AA10123456784", &["1Z\u{a0}999AA10123456784"]);
    check("1Z 999 AA1  01 2345 678 4", &[]);
    check("1Z 999 AA1\n\n01 2345 678 4", &[]);
}

#[test]
fn siblings_printed_alike_are_each_a_number() {
    // two DHL waybills (mod 7) in the same grouping, one space between them
    check("DHL waybills 33 1881 0025 84 8713 5506", &["33 1881 0025", "84 8713 5506"]);
    // the second does not verify: no sibling, and the first is part of something longer
    check("DHL waybills 33 1881 0025 84 8713 5507", &[]);
    // another grouping (2-4-4 against 4-4-2): no sibling
    check("DHL waybills 33 1881 0025 8487 1355 06", &[]);
    // a separator other than one space between them: no sibling either
    check("DHL waybills 33 1881 0025-84 8713 5506", &[]);
}

#[test]
fn weak_numbers_need_context() {
    check("call 3318810025 now", &[]);
    check("3318810025", &[]);
    check("DHL waybill 3318810025", &["3318810025"]);
    check("Tracking: 33 1881 0025.", &["33 1881 0025"]);
    check("Tracking: 331 881 0025.", &[]);
    check("3318810025 (DHL Express)", &["3318810025"]);
    check("Tracking for order 4711: 3318810025", &[]);
    check("https://www.dhl.com/x?tracking-id=3318810025", &["3318810025"]);
    check(
        "Tracking: 3318810025, 8487135506 and 1099255990",
        &["3318810025", "8487135506", "1099255990"],
    );
    check("Tracking: +3318810025", &[]);
    check("Tracking: +49 3318810025", &[]);
    check("Tracking: 12 3318810025", &["3318810025"]);
    check("Tracking: 12 33 1881 0025", &[]);
    check("Tracking: 3318810025.5", &[]);
    check("https://shop.example.com/track?id=3318810025", &[]);
    check("https://www.dhl.com/x?tracking-id=3318810025&utm=1Z999AA10123456784", &["3318810025"]);
    let gap = "waybill for 3318810025                                                                                12345678901235";
    let (found, n) = scan(gap, DEFAULT);
    assert_eq!(n, 2);
    assert_eq!(found[0].3, Support::Word);
    assert_eq!(found[1].3, Support::Nearby);
}

#[test]
fn options() {
    let eager = Opts { eager: true, ..DEFAULT };
    assert_eq!(scan("3318810025", eager).1, 1);
    let no_context = Opts { context: false, ..DEFAULT };
    assert_eq!(scan("DHL 3318810025", no_context).1, 0);
    let strong = Opts { min_strength: Strength::Strong, eager: true, ..DEFAULT };
    assert_eq!(scan("DHL 3318810025 1Z999AA10123456784", strong).1, 1);
}

#[test]
fn overlaps_prefer_strong_then_long() {
    // a weak 10-digit reading inside the UPS groups loses to the whole 1Z number
    check("tracking 1Z 999 AA1 01 2345 678 4", &["1Z 999 AA1 01 2345 678 4"]);
    // a letters-only prefix may open a span, and is not swallowed when it does not fit
    check("LX 1Z999AA10123456784", &["1Z999AA10123456784"]);
    check("EA 123 456 785 US 1Z999AA10123456784", &["EA 123 456 785 US", "1Z999AA10123456784"]);
}

#[test]
fn traps() {
    check("tracking 4111 1111 1111 1111", &[]);
    check("tracking DE89 3704 0044 0532 0130 00", &[]);
    check("tracking +44 20 7946 0958", &[]);
    check("tracking 2024-01-15 10:30", &[]);
    check("tracking (555) 123-4567", &[]);
}

#[test]
fn hopeless_digit_sequences_are_told_without_the_anchor_machinery() {
    let hopeless = |t: &str, d: usize| hopeless_digits(t.as_bytes(), d, &Toy, || true);
    assert_eq!(hopeless("on 2024-01-15.", 3), Some(13));
    assert_eq!(hopeless("331 881 0025", 0), Some(12), "not in blocks of four");
    assert_eq!(hopeless("33 1881 0025", 0), None, "in blocks: may be a number");
    assert_eq!(hopeless("3318810025", 0), None, "one group long enough");
    assert_eq!(hopeless("1234 1234 1234 1234 1234", 0), None, "20 characters or more");
    assert_eq!(hopeless("EA 12345", 3), Some(8), "a prefix may add 4");
    assert_eq!(hopeless("EA 123456", 3), None);
    assert_eq!(hopeless("x12", 1), None);
    // digits joined by a dash or a dot to digits before them: no digits-only span starts
    // there, nor anywhere in the sequence when it is joined so throughout
    assert_eq!(hopeless("113-4567890-1234567 x", 4), Some(19));
    assert_eq!(hopeless("12.345678901234 x", 3), Some(15));
    assert_eq!(hopeless("12-3456 789012345678", 3), Some(7), "only the first group");
    assert_eq!(hopeless("12-3456 AB123", 3), None, "a group with letters may follow");
    // a sequence printed in blocks that only a guess may read: hopeless where no guess can
    // be reported
    let guess =
        |t: &str, show: bool| hopeless_digits(t.as_bytes(), 0, &Counting::new(true), || show);
    assert_eq!(guess("33 1881 0025", false), Some(12));
    assert_eq!(guess("33 1881 0025", true), None);
    assert_eq!(hopeless_digits(b"33 1881 0025", 0, &Toy, || false), None, "may be more");
}

/// [`Toy`], counting what the core hands the classifier (spans and their bytes); with
/// `guesses_only`, every reading is a guess.
struct Counting {
    counts: core::cell::Cell<(u64, u64)>,
    guesses_only: bool,
}

impl Counting {
    fn new(guesses_only: bool) -> Self {
        Counting { counts: core::cell::Cell::new((0, 0)), guesses_only }
    }
}

impl Classify for Counting {
    type Item = T;
    fn max_len(&self) -> usize {
        Toy.max_len()
    }
    fn min_len(&self) -> usize {
        Toy.min_len()
    }
    fn possible(&self, len: usize) -> bool {
        Toy.possible(len)
    }
    fn beyond_guess(&self, _len: usize) -> bool {
        !self.guesses_only
    }
    fn same_format(&self, a: &T, b: &T) -> bool {
        Toy.same_format(a, b)
    }
    fn may_be_strong(&self, n: &[u8]) -> bool {
        // (the toy's digits-only readings are never strong)
        !n.iter().all(u8::is_ascii_digit)
    }
    fn classify(&self, n: &[u8]) -> Option<(T, Strength)> {
        let (spans, bytes) = self.counts.get();
        self.counts.set((spans + 1, bytes + n.len() as u64));
        let guess = |(t, s)| (t, if self.guesses_only { Strength::Guess } else { s });
        Toy.classify(n).map(guess)
    }
}

#[test]
fn long_runs_are_skipped_linearly() {
    let mut s = [b'1'; 4000];
    s[100] = b' ';
    let text = core::str::from_utf8(&s).unwrap_or("");
    let mut st = State::new();
    let c = Counting::new(false);
    let eager = Opts { eager: true, ..DEFAULT };
    while next(text.as_bytes(), &c, &eager, &mut st).is_some() {}
    // a run longer than any format is skipped whole: nothing in it is classified
    let (spans, bytes) = c.counts.get();
    assert!(spans <= 40 && bytes < 3 * 4000, "{spans} spans, {bytes} bytes");
}

#[test]
fn the_numbers_beside_a_span_that_cannot_be_reported_are_not_read() {
    // a line of numbers printed alike (each a DHL number to the toy), nothing around them
    let text = "3318 8100 25 ".repeat(40);
    let run = |o: &Opts, before: &str| {
        let text = std::format!("{before}{text}");
        let c = Counting::new(false);
        let mut st = State::new();
        let mut found = 0;
        while next(text.as_bytes(), &c, o, &mut st).is_some() {
            found += 1;
        }
        (found, c.counts.get().0)
    };
    // no label, no context word: nothing can be reported, and no span is read
    let (found, reads) = run(&DEFAULT, "");
    assert_eq!((found, reads), (0, 0));
    // an eager scanner reports them all; a span read as a sibling is not read again as a
    // span (about three reads a number; nearly six if nothing were remembered)
    let eager = Opts { eager: true, ..DEFAULT };
    let (found, reads) = run(&eager, "");
    assert_eq!(found, 40);
    assert!(reads <= 3 * 40, "{reads} reads");
    // a label before the first: the whole line is read, as a list after it
    let (found, _) = run(&DEFAULT, "Waybill: ");
    assert_eq!(found, 40);
}
