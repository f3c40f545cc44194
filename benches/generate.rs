//! Custom formats: numbers generated (from a sequence, from random) and validated per second,
//! each next to its floor (the RNG draw or permutation plus the general check-digit
//! computation for the same length; for random numbers also the draw alone), so the
//! overhead of the format machinery is visible.
//!
//! Run: `cargo bench --bench generate`. Quick run:
//! `cargo bench --bench generate -- --warm-up-time 1 --measurement-time 3`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::hint::black_box;
use tracking_number::check::{Algorithm, CheckDigit, Damm, Mod37_36};
use tracking_number::custom::{CustomFormat, Date, Parts, Permutation};

/// 18 characters: month, permuted six-digit counter, Damm.
const ORDER: &str = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}";
/// 16 characters, no separators: month, permuted seven-digit counter, Damm.
const ORDER16: &str = "ACME{date:YYMM}{seq:7:perm}{check:damm}";
/// 16 characters: prefix, 11 Crockford characters, MOD 37,36.
const SHOP: &str = "SHOP{rand:11:crockford}{check:mod37_36}";

fn generate(c: &mut Criterion) {
    let order: CustomFormat = ORDER.parse::<CustomFormat>().unwrap().with_key(0x5EED);
    let order16: CustomFormat = ORDER16.parse::<CustomFormat>().unwrap().with_key(0x5EED);
    let plain: CustomFormat = "ACME-{date:YYMM}-{seq:6}-{check:damm}".parse().unwrap();
    let shop: CustomFormat = SHOP.parse().unwrap();
    let date = Date::new(2024, 3, 5).unwrap();
    let perm = Permutation::decimal(6, 0x5EED).unwrap();
    let perm7 = Permutation::decimal(7, 0x5EED).unwrap();
    let crockford = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    let mut g = c.benchmark_group("custom/generate");
    g.throughput(Throughput::Elements(1));
    let mut k = 0u64;
    g.bench_function("from_sequence/perm/18", |b| {
        b.iter(|| {
            k = (k + 1) % 1_000_000;
            order.from_sequence(black_box(k), Some(date))
        })
    });
    g.bench_function("from_sequence/perm/16", |b| {
        b.iter(|| {
            k = (k + 1) % 10_000_000;
            order16.from_sequence(black_box(k), Some(date))
        })
    });
    g.bench_function("from_sequence/plain/18", |b| {
        b.iter(|| {
            k = (k + 1) % 1_000_000;
            plain.from_sequence(black_box(k), Some(date))
        })
    });
    g.bench_function("floor/permute+damm/10", |b| {
        b.iter(|| {
            k = (k + 1) % 1_000_000;
            let v = perm.apply(black_box(k)).unwrap_or(0);
            let mut digits = *b"2403000000";
            let mut x = v;
            for d in digits[4..].iter_mut().rev() {
                *d = b'0' + (x % 10) as u8;
                x /= 10;
            }
            Damm::digit(&digits)
        })
    });
    g.bench_function("floor/permute+damm/11", |b| {
        b.iter(|| {
            k = (k + 1) % 10_000_000;
            let v = perm7.apply(black_box(k)).unwrap_or(0);
            let mut digits = *b"24030000000";
            let mut x = v;
            for d in digits[4..].iter_mut().rev() {
                *d = b'0' + (x % 10) as u8;
                x /= 10;
            }
            Damm::digit(&digits)
        })
    });
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    g.bench_function("random/chacha8/16", |b| {
        b.iter(|| shop.generate_with_source(&Parts::new(), || rng.next_u64()))
    });
    g.bench_function("floor/chacha8+mod37_36/11", |b| {
        b.iter(|| {
            let mut chars = [0u8; 11];
            let mut word = rng.next_u64();
            for (i, slot) in chars.iter_mut().enumerate() {
                if i == 6 {
                    word = rng.next_u64();
                }
                let wide = u128::from(word) * 32;
                *slot = crockford[(wide >> 64) as usize];
                word = wide as u64;
            }
            Mod37_36.compute(black_box(&chars))
        })
    });
    // The draw alone: the generator's specialised check is faster than the general
    // `Mod37_36.compute` above, so this is the lower floor.
    g.bench_function("floor/chacha8/11", |b| {
        b.iter(|| {
            let mut chars = [0u8; 11];
            let mut word = rng.next_u64();
            for (i, slot) in chars.iter_mut().enumerate() {
                if i == 6 {
                    word = rng.next_u64();
                }
                let wide = u128::from(word) * 32;
                *slot = crockford[(wide >> 64) as usize];
                word = wide as u64;
            }
            black_box(chars)
        })
    });
    g.finish();

    let mut g = c.benchmark_group("custom/validate");
    g.throughput(Throughput::Elements(1));
    let orders: Vec<String> =
        (0..1024).map(|k| order.from_sequence(k, Some(date)).unwrap().to_string()).collect();
    let shops: Vec<String> = (0..1024)
        .map(|_| shop.generate_with_source(&Parts::new(), || rng.next_u64()).unwrap().to_string())
        .collect();
    let typed: Vec<String> = orders.iter().map(|s| s.to_lowercase().replace('-', " ")).collect();
    let orders16: Vec<String> =
        (0..1024).map(|k| order16.from_sequence(k, Some(date)).unwrap().to_string()).collect();
    let mut i = 0usize;
    g.bench_function("parse_lenient/perm/18", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            order.parse_lenient(black_box(&typed[i]))
        })
    });
    // each bench cycles through its 1024 inputs
    for (id, format, inputs) in [
        ("parse/perm/18", &order, &orders),
        ("parse/perm/16", &order16, &orders16),
        ("parse/random/16", &shop, &shops),
    ] {
        g.bench_function(id, |b| {
            b.iter(|| {
                i = (i + 1) & 1023;
                format.parse(black_box(&inputs[i]))
            })
        });
    }
    for (id, format, inputs) in
        [("is_valid/perm/16", &order16, &orders16), ("is_valid/random/16", &shop, &shops)]
    {
        g.bench_function(id, |b| {
            b.iter(|| {
                i = (i + 1) & 1023;
                format.is_valid(black_box(&inputs[i]))
            })
        });
    }
    g.bench_function("floor/mod37_36_verify/16", |b| {
        b.iter(|| {
            i = (i + 1) & 1023;
            Algorithm::Mod37_36.verify(&black_box(&shops[i]).as_bytes()[4..])
        })
    });
    g.finish();

    let mut g = c.benchmark_group("custom/permutation");
    g.throughput(Throughput::Elements(1));
    let p9 = Permutation::decimal(9, 7).unwrap();
    g.bench_function("apply/1e6", |b| b.iter(|| perm.apply(black_box(123_456))));
    g.bench_function("apply/1e9", |b| b.iter(|| p9.apply(black_box(123_456_789))));
    g.bench_function("invert/1e9", |b| b.iter(|| p9.invert(black_box(123_456_789))));
    g.finish();
}

criterion_group!(benches, generate);
criterion_main!(benches);
