//! ns per `compute` for every check-digit algorithm on 12-, 22- and 34-character payloads
//! (UPU S10 is defined on 8 digits only), plus `verify` on the completed strings. The floor in
//! the same group is a plain byte fold over the payload.
//!
//! Run: `cargo bench --bench check`. Quick run: `cargo bench --bench check -- --warm-up-time 1 --measurement-time 2`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use tracking_number::check::{Algorithm, CheckDigit};

/// A deterministic payload of `len` characters drawn from the algorithm's alphabet.
fn payload(alg: Algorithm, len: usize) -> Vec<u8> {
    let alphabet = alg.alphabet().as_str().as_bytes();
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alphabet[(x % alphabet.len() as u64) as usize]
        })
        .collect()
}

fn compute(c: &mut Criterion) {
    let mut group = c.benchmark_group("check/compute");
    group.throughput(Throughput::Elements(1));
    // The floor: read every byte once and fold it (what any algorithm must at least do).
    for len in [12usize, 22, 34] {
        let p = payload(Algorithm::Gs1, len);
        group.bench_with_input(BenchmarkId::new("floor_byte_sum", len), &p, |b, p| {
            b.iter(|| black_box(p).iter().fold(0u32, |acc, &d| acc.wrapping_add(u32::from(d))))
        });
    }
    for &alg in Algorithm::ALL {
        let lens: &[usize] = if alg == Algorithm::S10 { &[8] } else { &[12, 22, 34] };
        for &len in lens {
            let p = payload(alg, len);
            group.bench_with_input(BenchmarkId::new(alg.as_str(), len), &p, |b, p| {
                b.iter(|| alg.compute(black_box(p)))
            });
        }
    }
    group.finish();
}

fn verify(c: &mut Criterion) {
    let mut group = c.benchmark_group("check/verify");
    group.throughput(Throughput::Elements(1));
    for &alg in Algorithm::ALL {
        let len = if alg == Algorithm::S10 { 8 } else { 22 };
        let mut full = payload(alg, len);
        let check = alg.compute(&full).expect("payload is in the alphabet");
        full.extend_from_slice(check.as_bytes());
        group.bench_with_input(BenchmarkId::new(alg.as_str(), full.len()), &full, |b, f| {
            b.iter(|| alg.verify(black_box(f)))
        });
    }
    group.finish();
}

criterion_group!(benches, compute, verify);
criterion_main!(benches);
