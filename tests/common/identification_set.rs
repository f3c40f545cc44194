//! The identification set: well-formed numbers of every format the default answer can give,
//! in four written forms, and strings that are not tracking numbers: the ordinary numbers a
//! user types or pastes (payment cards, product codes, dates, phone numbers, IBANs, order and
//! invoice ids, postcodes, digit and letter runs, S10 lookalikes with unassigned country
//! codes) and one-character near misses of checked numbers. Built here from the public
//! definitions of each kind (card issuer ranges, GS1 and IBAN check rules, ISO 3166-1), with
//! a fixed-seed generator: the same set on every run. Shared by `tests/identification.rs`
//! (thresholds) and `benches/identify.rs` (figures and throughput).
#![allow(dead_code)] // each includer uses a subset

use super::generators::{build, expected_carrier, GENS};
use tracking_number::check::{Gs1, Luhn, S10};
use tracking_number::{Carrier, Format, TrackingNumber};

/// How a well-formed number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Form {
    /// As issued.
    Plain,
    /// Lower case.
    Lower,
    /// In the carrier's groups, separated by spaces.
    Spaced,
    /// In the carrier's groups, separated by dashes.
    Dashed,
}

pub const FORMS: [Form; 4] = [Form::Plain, Form::Lower, Form::Spaced, Form::Dashed];

/// What a string that is not a tracking number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Junk {
    PaymentCard,
    ProductCode,
    Date,
    Phone,
    Iban,
    AmazonOrder,
    OrderId,
    Invoice,
    Postcode,
    DigitRun,
    AlnumRun,
    UnassignedS10,
    NearMiss,
    Other,
}

pub const JUNK: [Junk; 14] = [
    Junk::PaymentCard,
    Junk::ProductCode,
    Junk::Date,
    Junk::Phone,
    Junk::Iban,
    Junk::AmazonOrder,
    Junk::OrderId,
    Junk::Invoice,
    Junk::Postcode,
    Junk::DigitRun,
    Junk::AlnumRun,
    Junk::UnassignedS10,
    Junk::NearMiss,
    Junk::Other,
];

/// One string of the set and what it is.
#[derive(Clone, Debug)]
pub enum Item {
    Valid {
        text: String,
        format: Format,
        /// `None`: any operator (S10 codes outside the sample of known operators).
        carrier: Option<Carrier>,
        form: Form,
    },
    Junk {
        text: String,
        kind: Junk,
    },
}

impl Item {
    pub fn text(&self) -> &str {
        match self {
            Item::Valid { text, .. } | Item::Junk { text, .. } => text,
        }
    }
}

/// A fixed-seed xorshift generator (no RNG crate, same stream everywhere).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.below(10) as u8)).collect()
    }
    fn upper(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'A' + self.below(26) as u8)).collect()
    }
    fn alnum(&mut self, n: usize) -> String {
        const A: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        (0..n).map(|_| char::from(A[self.below(36)])).collect()
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

fn push_check(mut s: String, c: u8) -> String {
    s.push(char::from(c));
    s
}

fn groups(s: &str, sizes: &[usize], sep: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &n in sizes {
        if at >= s.len() {
            break;
        }
        if at > 0 {
            out.push_str(sep);
        }
        let end = (at + n).min(s.len());
        out.push_str(&s[at..end]);
        at = end;
    }
    if at < s.len() {
        out.push_str(sep);
        out.push_str(&s[at..]);
    }
    out
}

/// Payment cards: issuer ranges of Visa, Mastercard, American Express and Discover as the
/// networks publish them, a Luhn check digit, printed plain or in the card's groups.
fn payment_card(r: &mut Rng) -> String {
    let (prefix, len): (String, usize) = match r.below(5) {
        0 => ("4".into(), 16),
        1 => (format!("5{}", r.range(1, 5)), 16),
        2 => (format!("{}", r.range(2221, 2720)), 16),
        3 => (r.pick(&["34", "37"]).into(), 15),
        _ => (r.pick(&["6011", "65"]).into(), 16),
    };
    let body = format!("{prefix}{}", r.digits(len - 1 - prefix.len()));
    let n = push_check(body.clone(), Luhn::digit(body.as_bytes()).unwrap());
    match (r.below(2), len) {
        (0, _) => n,
        (_, 15) => groups(&n, &[4, 6, 5], " "),
        _ => groups(&n, &[4, 4, 4, 4], r.pick(&[" ", "-"])),
    }
}

/// GS1 product codes: EAN-13 (GS1 member prefixes), ISBN-13, EAN-8, UPC-style GTIN-14.
fn product_code(r: &mut Rng) -> String {
    let body = match r.below(4) {
        0 => format!(
            "{}{}",
            r.pick(&["400", "401", "430", "500", "502", "690", "760", "840", "890"]),
            r.digits(9)
        ),
        1 => format!("{}{}", r.pick(&["978", "979"]), r.digits(9)),
        2 => r.digits(7),
        _ => format!("{}{}", r.range(1, 8), r.digits(12)),
    };
    push_check(body.clone(), Gs1::digit(body.as_bytes()).unwrap())
}

fn date(r: &mut Rng) -> String {
    let (y, m, d) = (r.range(1990, 2035), r.range(1, 12), r.range(1, 28));
    match r.below(5) {
        0 => format!("{y}{m:02}{d:02}"),
        1 => format!("{d:02}.{m:02}.{y}"),
        2 => format!("{y}-{m:02}-{d:02}"),
        3 => format!("{d:02}-{m:02}-{y}"),
        _ => format!("{d:02}{m:02}{y}"),
    }
}

/// Phone numbers in their printed forms (North American, British, French, German).
fn phone(r: &mut Rng) -> String {
    let area = r.range(201, 989);
    let ex = r.range(200, 999);
    let line = r.digits(4);
    match r.below(7) {
        0 => format!("{area}-{ex}-{line}"),
        1 => format!("{area}.{ex}.{line}"),
        2 => format!("1-{area}-{ex}-{line}"),
        3 => format!("({area}) {ex}-{line}"),
        4 => format!("07{} {}", r.digits(3), r.digits(6)),
        5 => format!(
            "0{} {} {} {} {}",
            r.range(1, 9),
            r.digits(2),
            r.digits(2),
            r.digits(2),
            r.digits(2)
        ),
        _ => format!("+49 30 {}", r.digits(8)),
    }
}

/// IBANs with a valid ISO 13616 check (mod 97), plain or in groups of four.
fn iban(r: &mut Rng) -> String {
    let (country, bban) = match r.below(3) {
        0 => ("DE", r.digits(18)),
        1 => ("GB", format!("{}{}", r.upper(4), r.digits(14))),
        _ => ("FR", r.digits(23)),
    };
    let rearranged = format!("{bban}{country}00");
    let mut rem: u32 = 0;
    for ch in rearranged.chars() {
        let v = ch.to_digit(36).unwrap();
        for d in v.to_string().chars() {
            rem = (rem * 10 + d.to_digit(10).unwrap()) % 97;
        }
    }
    let n = format!("{country}{:02}{bban}", 98 - rem);
    if r.below(2) == 0 {
        n
    } else {
        groups(&n, &[4, 4, 4, 4, 4, 4, 4, 4], " ")
    }
}

fn amazon_order(r: &mut Rng) -> String {
    let o = format!("{}-{}-{}", r.range(100, 999), r.digits(7), r.digits(7));
    if r.below(2) == 0 {
        o
    } else {
        o.replace('-', "")
    }
}

/// Shop order ids: `PO` and `SO` numbers, eight mixed letters and digits, `ORDER…`.
fn order_id(r: &mut Rng) -> String {
    match r.below(5) {
        0 => format!("PO{}", r.digits(6)),
        1 => format!("SO-{}", r.digits(6)),
        2 => loop {
            let s = r.alnum(8);
            if s.bytes().any(|b| b.is_ascii_digit()) && s.bytes().any(|b| b.is_ascii_alphabetic()) {
                break s;
            }
        },
        3 => {
            let n = r.range(5, 9) as usize;
            format!("ORDER{}", r.digits(n))
        }
        _ => {
            let n = r.range(5, 8) as usize;
            format!("{}{}", r.upper(3), r.digits(n))
        }
    }
}

fn invoice(r: &mut Rng) -> String {
    match r.below(3) {
        0 => format!("INV{}", r.digits(12)),
        1 => format!("INV-{}-{}", r.range(2015, 2030), r.digits(6)),
        _ => format!("RE{}", r.digits(10)),
    }
}

fn postcode(r: &mut Rng) -> String {
    match r.below(4) {
        0 => r.digits(5),
        1 => format!("{}-{}", r.digits(5), r.digits(4)),
        2 => format!("{}{} {}{}", r.upper(2), r.range(1, 9), r.range(1, 9), r.upper(2)),
        _ => format!(
            "{}{}{} {}{}{}",
            r.upper(1),
            r.range(0, 9),
            r.upper(1),
            r.range(0, 9),
            r.upper(1),
            r.range(0, 9)
        ),
    }
}

/// S10 lookalikes: two letters, a serial with a valid S10 check, and a code ISO 3166-1 does
/// not assign (user-assigned or unused pairs).
fn unassigned_s10(r: &mut Rng) -> String {
    let serial = r.digits(8);
    let check = char::from(S10::digit(serial.as_bytes()).unwrap());
    let first = r.pick(&["R", "E", "C", "L", "U", "V"]);
    let country = r.pick(&["QQ", "XX", "ZZ", "AA", "QM", "XA", "OO", "UK", "EU", "YY"]);
    format!("{first}{}{serial}{check}{country}", r.upper(1))
}

fn other(r: &mut Rng) -> String {
    match r.below(6) {
        0 => format!("{}-{}-{}", r.digits(3), r.digits(2), r.digits(4)), // US SSN shape
        1 => format!("{}{}", r.pick(&["DE", "GB", "FR", "IT"]), r.digits(9)), // VAT shape
        2 => r.pick(&["tracking", "hello", "ABC", "N/A", "TBD", "pending"]).to_string(),
        3 => format!("{}:{}", r.range(0, 23), r.range(10, 59)),
        4 => format!("{}.{:02}", r.range(1, 9999), r.range(0, 99)),
        _ => format!("{}", r.next() % 10_000_000_000_000_000),
    }
}

/// One-character near misses of numbers whose check digit is hard: a digit changed.
fn near_miss(r: &mut Rng) -> String {
    loop {
        let g = &GENS[r.below(GENS.len())];
        if g.check.is_none() || g.soft {
            continue;
        }
        let s = build(g, &r.bytes(40));
        let (_, a, b, _) = g.check.unwrap();
        let mut bytes = s.into_bytes();
        let pos = a + r.below(b - a + 1);
        let pos = if pos == b { g.check.unwrap().3 } else { pos };
        if !bytes[pos].is_ascii_digit() {
            continue;
        }
        let old = bytes[pos];
        while bytes[pos] == old {
            bytes[pos] = b'0' + r.below(10) as u8;
        }
        return String::from_utf8(bytes).unwrap();
    }
}

fn junk(r: &mut Rng, kind: Junk) -> String {
    match kind {
        Junk::PaymentCard => payment_card(r),
        Junk::ProductCode => product_code(r),
        Junk::Date => date(r),
        Junk::Phone => phone(r),
        Junk::Iban => iban(r),
        Junk::AmazonOrder => amazon_order(r),
        Junk::OrderId => order_id(r),
        Junk::Invoice => invoice(r),
        Junk::Postcode => postcode(r),
        Junk::DigitRun => {
            let n = r.range(6, 22) as usize;
            r.digits(n)
        }
        Junk::AlnumRun => {
            let n = r.range(8, 20) as usize;
            r.alnum(n)
        }
        Junk::UnassignedS10 => unassigned_s10(r),
        Junk::NearMiss => near_miss(r),
        Junk::Other => other(r),
    }
}

/// The set: `per_layout` numbers of every layout the default answer can give, in each
/// written form, and `per_kind` strings of each junk kind.
pub fn set(seed: u64, per_layout: usize, per_kind: usize) -> Vec<Item> {
    let mut r = Rng::new(seed);
    let mut out = Vec::new();
    for g in GENS {
        let mut made = 0;
        let mut tries = 0;
        while made < per_layout && tries < per_layout * 4 {
            tries += 1;
            let s = build(g, &r.bytes(40));
            // the layout's own confidence decides whether the number belongs here
            let Ok(n) = TrackingNumber::parse_as(&s, g.f) else {
                continue;
            };
            if n.confidence() == tracking_number::Confidence::Low {
                break;
            }
            made += 1;
            let carrier = expected_carrier(g, &s);
            let grouped = n.grouped().to_string();
            for form in FORMS {
                let text = match form {
                    Form::Plain => s.clone(),
                    Form::Lower => s.to_lowercase(),
                    Form::Spaced => grouped.clone(),
                    Form::Dashed => grouped.replace(' ', "-"),
                };
                out.push(Item::Valid { text, format: g.f, carrier, form });
            }
        }
    }
    for kind in JUNK {
        for _ in 0..per_kind {
            out.push(Item::Junk { text: junk(&mut r, kind), kind });
        }
    }
    out
}

/// The figures of one answering function over a set.
#[derive(Debug, Default)]
pub struct Figures {
    /// Per written form: (accepted, total).
    pub recall: [(usize, usize); 4],
    /// Accepted well-formed numbers whose carrier is the right one.
    pub right_carrier: (usize, usize),
    /// Per junk kind: (accepted, total).
    pub false_accepts: [(usize, usize); 14],
    /// Up to 20 accepted junk strings, for the report.
    pub examples: Vec<(String, Junk, Format)>,
    /// Up to 20 well-formed numbers refused or read as another carrier, for the report.
    pub missed: Vec<(String, Format, Option<Format>)>,
}

impl Figures {
    pub fn of(set: &[Item], answer: impl Fn(&str) -> Option<TrackingNumber>) -> Figures {
        let mut f = Figures::default();
        for item in set {
            let got = answer(item.text());
            match item {
                Item::Valid { carrier, form, format, .. } => {
                    let slot = &mut f.recall[*form as usize];
                    slot.1 += 1;
                    let right = got.is_some_and(|n| carrier.is_none_or(|c| c == n.carrier()));
                    if got.is_some() {
                        slot.0 += 1;
                        f.right_carrier.1 += 1;
                        f.right_carrier.0 += usize::from(right);
                    }
                    if !right && f.missed.len() < 20 {
                        f.missed.push((item.text().to_string(), *format, got.map(|n| n.format())));
                    }
                }
                Item::Junk { text, kind } => {
                    let slot = &mut f.false_accepts[*kind as usize];
                    slot.1 += 1;
                    if let Some(n) = got {
                        slot.0 += 1;
                        if f.examples.len() < 20 {
                            f.examples.push((text.clone(), *kind, n.format()));
                        }
                    }
                }
            }
        }
        f
    }

    pub fn recall(&self, form: Form) -> f64 {
        let (a, t) = self.recall[form as usize];
        a as f64 / t.max(1) as f64
    }

    pub fn right_carrier(&self) -> f64 {
        self.right_carrier.0 as f64 / self.right_carrier.1.max(1) as f64
    }

    pub fn false_accept_rate(&self) -> f64 {
        let (a, t) = self.false_accepts.iter().fold((0, 0), |(a, t), x| (a + x.0, t + x.1));
        a as f64 / t.max(1) as f64
    }

    pub fn report(&self) -> String {
        let mut s = String::new();
        for form in FORMS {
            let (a, t) = self.recall[form as usize];
            s += &format!("recall {form:?}: {a}/{t} = {:.2}%\n", 100.0 * self.recall(form));
        }
        let (a, t) = self.right_carrier;
        s += &format!("right carrier: {a}/{t} = {:.2}%\n", 100.0 * self.right_carrier());
        for kind in JUNK {
            let (a, t) = self.false_accepts[kind as usize];
            s += &format!("false accepts {kind:?}: {a}/{t}\n");
        }
        s += &format!("false accepts: {:.2}%\n", 100.0 * self.false_accept_rate());
        for (text, kind, format) in &self.examples {
            s += &format!("  {kind:?} {text:?} accepted as {}\n", format.as_str());
        }
        for (text, format, got) in &self.missed {
            s += &format!("  {} {text:?} read as {got:?}\n", format.as_str());
        }
        s
    }
}
