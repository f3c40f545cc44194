//! Scanner throughput (bytes per second) on a generated 5 MB e-mail-like corpus and on
//! adversarial inputs, next to the floor: a plain pass that classifies every byte with a
//! 256-entry table and counts alphanumeric runs (any scanner has to look at each byte).
//!
//! Run: `cargo bench --bench scan`. Quick run:
//! `cargo bench --bench scan -- --warm-up-time 1 --measurement-time 3`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

#[path = "common/floor.rs"]
mod floor;
use floor::floor;
use tracking_number::scan::Scanner;

const SIZE: usize = 5 << 20;

/// xorshift64: a tiny fixed-seed PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Prose sentences of e-mail bodies (some with small numbers).
const PROSE: &[&str] = &[
    "Thank you for shopping with us, we really appreciate your business. ",
    "We hope you enjoy your purchase and that it arrives in perfect condition. ",
    "If you have any questions about your order, simply reply to this e-mail and our team will get back to you within 24 hours. ",
    "Our customer service team is available Monday to Friday from 9 am to 6 pm. ",
    "Please allow 3-5 business days for delivery to most addresses. ",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. ",
    "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. ",
    "Vielen Dank für Ihren Einkauf! Ihre Sendung wird in 2-3 Werktagen zugestellt. ",
    "Returns are free within 30 days: just use the enclosed label and drop the parcel at any post office. ",
    "Don't miss our winter sale: up to 50% off on selected items until Sunday. ",
    "You are receiving this e-mail because you created an account at Example Shop. ",
];

/// Header, order and footer lines (dates, prices, phone numbers, order numbers, URLs).
const NUMERIC: &[&str] = &[
    "Date: Mon, 15 Jan 2024 10:30:12 +0100\nMessage-ID: <20240115103012.4f8a1c@mail.example.com>\n",
    "Order 113-4567890-1234567 placed on 2024-01-15. ",
    "Total: $1,299.00 (incl. VAT 19%). ",
    "Questions? Call (555) 123-4567 or +44 20 7946 0958. ",
    "Ship to: 1600 Main Street, Springfield, CA 94105-1234, United States.\n",
    "Unsubscribe: https://shop.example.com/u/8f3a9c21?list=news&id=42\n",
];

/// Tracking blocks.
const TRACKING: &[&str] = &[
    "Your parcel is on its way with UPS: 1Z 999 AA1 01 2345 6784.\n",
    "Tracking number: 9400 1112 0620 6406 2607 87\n",
    "Royal Mail RB123456785GB. ",
    "DHL waybill 3318810025 ",
    "Track it at https://www.fedex.com/fedextrack/?trknbr=986578788855 anytime.\n",
];

/// E-mail-like text: about 70 % prose, 20 % header/order/footer lines with dates, prices,
/// phone and order numbers, and 10 % tracking blocks (about 4 % digit bytes overall).
fn corpus() -> String {
    let mut r = Rng(0x5eed_1234_abcd_0001);
    let mut s = String::with_capacity(SIZE + 200);
    while s.len() < SIZE {
        let part = match r.below(10) {
            0..=6 => PROSE[r.below(PROSE.len())],
            7 | 8 => NUMERIC[r.below(NUMERIC.len())],
            _ => TRACKING[r.below(TRACKING.len())],
        };
        s.push_str(part);
        if r.below(8) == 0 {
            s.push_str("\n\n");
        }
    }
    s
}

/// The same parts with numbers in every line: dates, prices, phones, order and tracking
/// numbers only (about 16 % digit bytes), a worst case for e-mail-like text.
fn dense() -> String {
    let mut r = Rng(0x5eed_1234_abcd_0002);
    let mut s = String::with_capacity(SIZE + 200);
    while s.len() < SIZE {
        let part = if r.below(4) == 0 {
            TRACKING[r.below(TRACKING.len())]
        } else {
            NUMERIC[r.below(NUMERIC.len())]
        };
        s.push_str(part);
    }
    s
}

fn adversarial() -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(SIZE / unit.len());
    vec![
        ("digit_dense_email", dense()),
        ("digits", fill("7")),
        ("1Z1Z", fill("1Z")),
        ("digit_space", fill("1 ")),
        ("groups_of_four", fill("1234 ")),
        ("long_alnum_runs", fill(&format!("{} ", "A1".repeat(30)))),
        ("weak_numbers", fill("tracking 3318810025 ")),
    ]
}

fn bench(c: &mut Criterion) {
    let mail = corpus();
    let default = Scanner::new();
    let eager = Scanner::builder().eager(true).build().unwrap();

    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Bytes(mail.len() as u64));
    group.sample_size(20);
    group.bench_function("email/floor_byte_classes", |b| {
        b.iter(|| floor(black_box(mail.as_bytes())))
    });
    group.bench_function("email/find_iter", |b| {
        b.iter(|| default.find_iter(black_box(&mail)).count())
    });
    group.bench_function("email/find_iter_eager", |b| {
        b.iter(|| eager.find_iter(black_box(&mail)).count())
    });
    for (name, text) in adversarial() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("adversarial/floor_byte_classes", name),
            &text,
            |b, t| b.iter(|| floor(black_box(t.as_bytes()))),
        );
        group.bench_with_input(BenchmarkId::new("adversarial/find_iter", name), &text, |b, t| {
            b.iter(|| default.find_iter(black_box(t)).count())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
