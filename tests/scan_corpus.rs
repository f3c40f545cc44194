//! A labelled corpus of generated e-mails: tracking numbers of many formats in every printed
//! form, with and without context, plus the traps the scanner must not report (phone numbers,
//! dates, times, prices, ZIP+4, card numbers, IBANs, ISBN/EAN, order and invoice numbers, and
//! valid-looking digit runs without any shipping context). Recall and precision are asserted.

use tracking_number::check::{CheckDigit, Gs1, Luhn, Mod37_36, Mod7, Ups, WeightedMod11, S10};
use tracking_number::{detect, find_iter, TrackingNumber};

/// splitmix64: a tiny portable PRNG with a fixed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.below(10) as u8)).collect()
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

fn with_check(data: String, c: impl CheckDigit) -> String {
    let ch = c.compute(data.as_bytes()).unwrap();
    format!("{data}{ch}")
}

/// A valid number and whether it is strong on its own.
fn positive(r: &mut Rng) -> (String, bool) {
    match r.below(13) {
        0 => {
            const AN: &[u8] = b"0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
            let shipper: String = (0..6).map(|_| char::from(*r.pick(AN))).collect();
            let payload = format!("{shipper}{:02}{}", 1 + r.below(99), r.digits(7));
            (format!("1Z{}", with_check(payload, Ups)), true)
        }
        1 => {
            let serial = with_check(r.digits(8), S10);
            let svc = r.pick(&["RR", "EA", "CP", "LX", "RB", "EE", "UA", "CX"]);
            let cc = r.pick(&["US", "GB", "DE", "CN", "FR", "CA", "JP", "AU", "NL", "IT", "ES"]);
            (format!("{svc}{serial}{cc}"), true)
        }
        2 => (with_check(format!("94{}", r.digits(19)), Gs1), true),
        3 => (with_check(format!("92{}", r.digits(23)), Gs1), true),
        4 => (with_check(format!("003{}", r.digits(16)), Gs1), true),
        5 => (format!("TBA{}", r.digits(12)), true),
        6 => {
            let data = format!("{}{}", r.pick(&["C", "D"]), r.digits(13));
            (with_check(data, Ups), true)
        }
        7 => loop {
            let n = with_check(r.digits(14), Mod37_36);
            if n.as_bytes()[14].is_ascii_uppercase() {
                break (n, true);
            }
        },
        8 => (with_check(r.digits(11), WeightedMod11::FEDEX), false),
        9 => (with_check(format!("{}{}", 1 + r.below(9), r.digits(8)), Mod7), false),
        10 => (with_check(format!("7{}", r.digits(14)), Gs1), false),
        11 => (with_check(format!("{}{}", r.below(6), r.digits(10)), Luhn), false),
        _ => (with_check(r.digits(14), Gs1), false),
    }
}

/// A printed form of `n`: unspaced, grouped, dashed, with no-break spaces, wrapped at a group
/// boundary, or lower case.
fn printed(r: &mut Rng, n: &str) -> String {
    let Ok(t) = TrackingNumber::parse(n) else {
        return n.to_string();
    };
    let grouped = t.grouped().to_string();
    let digits_only = n.bytes().all(|b| b.is_ascii_digit());
    // digits-only numbers under 20 digits are recognised in groups of four only
    let grouped_ok = !digits_only || n.len() >= 20 || {
        let lens: Vec<usize> = grouped.split(' ').map(str::len).collect();
        let last = lens.len() - 1;
        lens[0] <= 4 && lens[last] <= 4 && lens[1..last].iter().all(|&l| l == 4)
    };
    match r.below(6) {
        1 if grouped_ok => grouped,
        2 if grouped_ok => grouped.replace(' ', "-"),
        3 if grouped_ok => grouped.replace(' ', "\u{a0}"),
        4 if grouped_ok && grouped.contains(' ') => {
            let spaces: Vec<usize> = grouped.match_indices(' ').map(|(i, _)| i).collect();
            let at = *r.pick(&spaces);
            format!("{}\n{}", &grouped[..at], &grouped[at + 1..])
        }
        5 if !digits_only => n.to_lowercase(),
        _ => n.to_string(),
    }
}

const WITH_CONTEXT: &[&str] = &[
    "Your tracking number is {}.",
    "Tracking number: {}\n",
    "Your {carrier} waybill {} was created.",
    "Sendungsnummer: {}\n",
    "You can follow the parcel with {} ({carrier}).",
    "Shipment {} left the depot.",
    "Numéro de suivi : {}\n",
];

/// The name of the carrier of `n`'s first reading.
fn carrier(n: &str) -> String {
    detect(n)
        .find_map(|c| c.number())
        .map_or_else(|| "DHL".to_string(), |t| t.carrier().to_string())
}

/// How a tracking link is written (`{}`: the carrier's tracking URL).
const URLS: &[&str] =
    &["Track it here: {}\n", "{} (click)\n", "<a href=\"{}\">track</a>\n", "Link: <{}>\n"];

const NO_CONTEXT: &[&str] =
    &["Here it is: {}.", "{} ", "Reference for your records: {}\n", "Ihre Nummer lautet {}.\n"];

const FILLER: &[&str] = &[
    "Thank you for shopping with us.",
    "We hope you enjoy your purchase!",
    "If you have any questions, just reply to this e-mail.",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "Vielen Dank für Ihre Bestellung bei uns.",
    "Our customer service team is available Monday to Friday.",
    "Please allow 3-5 business days for delivery.",
    "You ordered 2 items; 1 item ships separately.",
    "Version 2.4.1 of our app is out now.",
    "Room 204, Building B.",
    "Best regards,\nThe Example Shop Team",
];

/// A trap: something numeric that is not a tracking number.
fn trap(r: &mut Rng) -> String {
    let d = |r: &mut Rng, n| r.digits(n);
    match r.below(22) {
        0 => format!("Questions about your shipment? Call ({}) {}-{}.", d(r, 3), d(r, 3), d(r, 4)),
        1 => format!("Call us: {}-{}-{}", d(r, 3), d(r, 3), d(r, 4)),
        2 => format!("Phone: +44 20 {} {}", d(r, 4), d(r, 4)),
        3 => format!("Tel. +49{}", d(r, 10)),
        4 => format!(
            "Tracking updated on 2024-{:02}-{:02} {:02}:{:02}.",
            1 + r.below(12),
            1 + r.below(28),
            r.below(24),
            r.below(60)
        ),
        5 => format!("Delivery date: {:02}.{:02}.2025", 1 + r.below(28), 1 + r.below(12)),
        6 => format!("Total: ${},{}.{:02}", 1 + r.below(9), d(r, 3), r.below(100)),
        7 => format!("Shipping address: 1600 Main St, Springfield, CA {}-{}", d(r, 5), d(r, 4)),
        8 => {
            let card = with_check(format!("4{}", d(r, 14)), Luhn);
            format!(
                "Paid with card {} {} {} {}",
                &card[..4],
                &card[4..8],
                &card[8..12],
                &card[12..]
            )
        }
        9 => {
            format!("Card number: {}", with_check(format!("5{}{}", 1 + r.below(5), d(r, 13)), Luhn))
        }
        10 => {
            let bban = d(r, 18);
            let iban = iban("DE", &bban);
            if r.chance(50) {
                let g: Vec<String> = iban
                    .as_bytes()
                    .chunks(4)
                    .map(|c| String::from_utf8(c.to_vec()).unwrap())
                    .collect();
                format!("Refund to IBAN {}", g.join(" "))
            } else {
                format!("IBAN: {iban}")
            }
        }
        11 => format!("ISBN {}", with_check(format!("978{}", d(r, 9)), Gs1)),
        12 => format!("EAN {}", with_check(d(r, 12), Gs1)),
        13 => format!("Order #{}-{}-{}", d(r, 3), d(r, 7), d(r, 7)),
        14 => {
            format!("Order number: {}", with_check(format!("{}{}", 1 + r.below(9), d(r, 8)), Mod7))
        }
        15 => format!("Invoice INV-2024-{}", d(r, 7)),
        16 => format!("Customer no. {}", with_check(d(r, 11), WeightedMod11::FEDEX)),
        17 => format!("Bestellnummer: {}", with_check(d(r, 15), Gs1)),
        18 => format!(
            "Your code {} expires soon.",
            with_check(format!("{}{}", 1 + r.below(9), d(r, 8)), Mod7)
        ),
        19 => format!("Ticket {}", with_check(d(r, 11), WeightedMod11::FEDEX)),
        20 => format!(
            "It weighs {}.{} kg and costs EUR {},{:02}.",
            r.below(20),
            r.below(10),
            r.below(500),
            r.below(100)
        ),
        _ => format!(
            "Meeting at {:02}:{:02}, dial-in {} {} {}",
            r.below(24),
            r.below(60),
            d(r, 3),
            d(r, 3),
            d(r, 4)
        ),
    }
}

fn iban(country: &str, bban: &str) -> String {
    let moved = format!("{bban}{country}00");
    let mut rem = 0u64;
    for c in moved.chars() {
        let v = u64::from(c.to_digit(36).unwrap());
        rem = if v < 10 { (rem * 10 + v) % 97 } else { (rem * 100 + v) % 97 };
    }
    format!("{country}{:02}{bban}", 98 - rem)
}

struct Corpus {
    text: String,
    /// `(start, end, normalised)` of every embedded tracking number.
    positives: Vec<(usize, usize, String)>,
}

fn corpus(mails: usize, seed: u64) -> Corpus {
    let mut r = Rng(seed);
    let mut text = String::new();
    let mut positives = Vec::new();
    for m in 0..mails {
        text.push_str(&format!(
            "From: shop{m}@example.com\nSubject: Your order has shipped\n\nHello,\n\n"
        ));
        for _ in 0..(3 + r.below(6)) {
            match r.below(4) {
                0 => {
                    let (n, strong) = positive(&mut r);
                    // a link to the number's own carrier's tracking page
                    let link = TrackingNumber::parse(&n)
                        .ok()
                        .and_then(|t| Some(t.tracking_url()?.to_string()))
                        .filter(|u| u.contains(n.as_str()))
                        .map(|u| r.pick(URLS).replace("{}", &u.replacen(n.as_str(), "{}", 1)));
                    let (template, form) = match link {
                        Some(link) if r.chance(15) => (link, n.clone()),
                        _ if strong && r.chance(40) => {
                            (r.pick(NO_CONTEXT).to_string(), printed(&mut r, &n))
                        }
                        // a mail names the number's own carrier
                        _ => {
                            let template = r.pick(WITH_CONTEXT).replace("{carrier}", &carrier(&n));
                            (template, printed(&mut r, &n))
                        }
                    };
                    let (before, after) = template.split_once("{}").unwrap();
                    text.push_str(before);
                    let start = text.len();
                    text.push_str(&form);
                    positives.push((start, text.len(), n));
                    text.push_str(after);
                }
                1 | 2 => {
                    text.push_str(&trap(&mut r));
                    text.push_str(if r.chance(50) { "\n" } else { " " });
                }
                _ => {}
            }
            let filler: &str = FILLER[r.below(FILLER.len())];
            text.push_str(filler);
            text.push_str(if r.chance(30) { "\n\n" } else { " " });
        }
        text.push_str("\n\n");
    }
    Corpus { text, positives }
}

#[test]
fn recall_and_precision_on_generated_mails() {
    let c = corpus(1500, 0x5eed);
    let found: Vec<(usize, usize, String)> =
        find_iter(&c.text).map(|m| (m.start(), m.end(), m.number().unwrap().to_string())).collect();
    let expected: std::collections::HashSet<&(usize, usize, String)> = c.positives.iter().collect();
    let correct = found.iter().filter(|f| expected.contains(f)).count();
    let recall = correct as f64 / c.positives.len() as f64;
    let precision = correct as f64 / found.len().max(1) as f64;
    let misses: Vec<&str> = c
        .positives
        .iter()
        .filter(|p| !found.contains(p))
        .take(10)
        .map(|p| &c.text[p.0.saturating_sub(40)..(p.1 + 10).min(c.text.len())])
        .collect();
    let wrong: Vec<&str> = found
        .iter()
        .filter(|f| !expected.contains(f))
        .take(10)
        .map(|f| &c.text[f.0.saturating_sub(40)..(f.1 + 10).min(c.text.len())])
        .collect();
    eprintln!(
        "corpus: {} bytes, {} numbers embedded, {} reported, {} correct: recall {:.4}, precision {:.4}",
        c.text.len(),
        c.positives.len(),
        found.len(),
        correct,
        recall,
        precision
    );
    assert!(recall >= 0.995, "recall {recall}; missed e.g. {misses:#?}");
    assert!(precision >= 0.995, "precision {precision}; wrong e.g. {wrong:#?}");
}

#[test]
fn the_traps_alone_give_nothing() {
    let mut r = Rng(7);
    let mut text = String::new();
    for _ in 0..5000 {
        text.push_str(&trap(&mut r));
        text.push('\n');
    }
    let found: Vec<&str> = find_iter(&text).map(|m| m.as_str()).take(10).collect();
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn generated_ibans_are_valid() {
    assert_eq!(iban("DE", "370400440532013000"), "DE89370400440532013000");
}
