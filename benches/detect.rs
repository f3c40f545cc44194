//! Carrier detection throughput (per string).
//!
//! * `carriers/validate_one_format`: `Format::Ups1Z.is_valid` and `TrackingNumber::parse` on
//!   valid 1Z numbers;
//! * `carriers/mixed`: `detect` (all formats, ranked) and `TrackingNumber::is_valid` over a
//!   mixed file of valid numbers, near misses (one character changed) and junk;
//! * `carriers/long_18_34`: `detect` on the 18–34-character valid numbers only;
//! * `floor`: bare GS1 check-digit arithmetic over the same strings, for the ratio.
//!
//! The corpus is generated here with a fixed-seed xorshift (no RNG crate).
//! Run: `cargo bench --bench detect -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tracking_number::check::{Gs1, Mod7, Ups, S10};
use tracking_number::{detect, Format, TrackingNumber};

struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| char::from(b'0' + self.below(10) as u8)).collect()
    }
    fn alnum(&mut self, n: usize) -> String {
        const A: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        (0..n).map(|_| char::from(A[self.below(36)])).collect()
    }
}

fn with_check(payload: String, digit: u8) -> String {
    let mut s = payload;
    s.push(char::from(digit));
    s
}

/// Valid numbers of the common formats.
fn valid(r: &mut Xorshift) -> String {
    match r.below(8) {
        0 => {
            let body = r.alnum(15);
            format!("1Z{}", with_check(body.clone(), Ups::digit(body.as_bytes()).unwrap()))
        }
        1 => {
            let p = format!("94{}", r.digits(19));
            with_check(p.clone(), Gs1::digit(p.as_bytes()).unwrap())
        }
        2 => {
            let p = format!("420{}9{}{}", r.digits(5), 1 + r.below(5), r.digits(19));
            let d = Gs1::digit(&p.as_bytes()[8..]).unwrap();
            with_check(p, d)
        }
        3 => {
            let serial = r.digits(8);
            let c = char::from(S10::digit(serial.as_bytes()).unwrap());
            format!(
                "R{}{serial}{c}{}",
                char::from(b'A' + r.below(26) as u8),
                ["GB", "US", "CN", "DE"][r.below(4)]
            )
        }
        4 => {
            let p = r.digits(17);
            with_check(p.clone(), Gs1::digit(p.as_bytes()).unwrap())
        }
        5 => {
            let p = r.digits(9);
            with_check(p.clone(), Mod7::digit(p.as_bytes()).unwrap())
        }
        6 => format!("TBA{}", r.digits(12)),
        _ => Format::ALL[r.below(Format::ALL.len())].example().to_string(),
    }
}

fn corpus() -> (Vec<String>, Vec<String>) {
    let mut r = Xorshift(0x2545_F491_4F6C_DD1D);
    let mut mixed = Vec::new();
    let mut long = Vec::new();
    for i in 0..3000 {
        let s = match i % 3 {
            0 => valid(&mut r),
            1 => {
                // near miss: one character changed
                let mut b = valid(&mut r).into_bytes();
                let pos = r.below(b.len());
                b[pos] =
                    if b[pos].is_ascii_digit() { b'0' + (b[pos] - b'0' + 1) % 10 } else { b'X' };
                String::from_utf8(b).unwrap()
            }
            _ => {
                let len = 6 + r.below(30);
                if r.below(2) == 0 {
                    r.digits(len)
                } else {
                    r.alnum(len)
                }
            }
        };
        if i % 3 == 0 && (18..=34).contains(&s.len()) {
            long.push(s.clone());
        }
        mixed.push(s);
    }
    (mixed, long)
}

fn benches(c: &mut Criterion) {
    let (mixed, long) = corpus();
    let ups: Vec<String> = {
        let mut r = Xorshift(7);
        (0..1000)
            .map(|_| {
                let body = r.alnum(15);
                format!("1Z{}", with_check(body.clone(), Ups::digit(body.as_bytes()).unwrap()))
            })
            .collect()
    };

    let mut g = c.benchmark_group("carriers/validate_one_format");
    g.throughput(Throughput::Elements(ups.len() as u64));
    g.bench_function("ups_1z_is_valid", |b| {
        b.iter(|| ups.iter().filter(|s| Format::Ups1Z.is_valid(black_box(s))).count())
    });
    g.bench_function("parse_ups_1z", |b| {
        b.iter(|| ups.iter().filter(|s| TrackingNumber::parse(black_box(s)).is_ok()).count())
    });
    g.bench_function("floor_ups_check_digit", |b| {
        b.iter(|| ups.iter().filter(|s| Ups::is_valid(&black_box(s).as_bytes()[2..])).count())
    });
    g.finish();

    let mut g = c.benchmark_group("carriers/mixed");
    g.throughput(Throughput::Elements(mixed.len() as u64));
    g.bench_function("detect", |b| {
        b.iter(|| mixed.iter().map(|s| detect(black_box(s)).len()).sum::<usize>())
    });
    g.bench_function("detect_best", |b| {
        b.iter(|| mixed.iter().filter(|s| detect(black_box(s)).best().is_some()).count())
    });
    g.bench_function("is_valid", |b| {
        b.iter(|| mixed.iter().filter(|s| TrackingNumber::is_valid(black_box(s))).count())
    });
    g.bench_function("floor_gs1_check_digit", |b| {
        b.iter(|| mixed.iter().filter(|s| Gs1::is_valid(black_box(s).as_bytes())).count())
    });
    g.finish();

    let mut g = c.benchmark_group("carriers/long_18_34");
    g.throughput(Throughput::Elements(long.len() as u64));
    g.bench_function("detect", |b| {
        b.iter(|| long.iter().map(|s| detect(black_box(s)).len()).sum::<usize>())
    });
    g.bench_function("floor_gs1_check_digit", |b| {
        b.iter(|| long.iter().filter(|s| Gs1::is_valid(black_box(s).as_bytes())).count())
    });
    g.finish();
}

criterion_group!(carriers, benches);
criterion_main!(carriers);
