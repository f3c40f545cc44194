//! The default answer on the identification set (`tests/common/identification_set.rs`):
//! prints the figures (false accepts, recall per written form, right carrier) once, then
//! measures the default answer's throughput against `detect` (every reading, ranked) on the
//! same strings, in the same run.
//!
//! * `identify/default_answer`: `TrackingNumber::parse_lenient` on the printed strings;
//! * `identify/is_valid`: `TrackingNumber::is_valid` on their canonical forms;
//! * `identify/detect` (the reference of the ratio): `detect` on the canonical forms;
//! * `identify/floor`: normalising alone (`normalize`), what any answer must at least do.
//!
//! Run: `cargo bench --bench identify -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tracking_number::{detect, normalize, TrackingNumber};

#[path = "../tests/common/generators.rs"]
mod generators;
#[path = "../tests/common/identification_set.rs"]
mod identification_set;

use identification_set::{set, Figures};

fn identify(c: &mut Criterion) {
    let items = set(0x5EED_1D5E_7000_0001, 25, 500);
    let figures =
        Figures::of(&items, |s| TrackingNumber::parse_lenient(s).ok().map(|l| l.number()));
    println!("identification set: {} strings\n{}", items.len(), figures.report());
    let printed: Vec<String> = items.iter().map(|i| i.text().to_string()).collect();
    let canonical: Vec<String> = printed
        .iter()
        .map(|s| {
            let mut buf = [0u8; TrackingNumber::MAX_LEN];
            normalize(s, &mut buf).unwrap_or("").to_string()
        })
        .collect();

    let mut group = c.benchmark_group("identify");
    group.throughput(Throughput::Elements(printed.len() as u64));
    group.bench_function("floor", |b| {
        b.iter(|| {
            let mut buf = [0u8; TrackingNumber::MAX_LEN];
            printed.iter().filter(|s| normalize(black_box(s), &mut buf).is_some()).count()
        })
    });
    group.bench_function("default_answer", |b| {
        b.iter(|| {
            printed.iter().filter(|s| TrackingNumber::parse_lenient(black_box(s)).is_ok()).count()
        })
    });
    group.bench_function("is_valid", |b| {
        b.iter(|| canonical.iter().filter(|s| TrackingNumber::is_valid(black_box(s))).count())
    });
    group.bench_function("detect", |b| {
        b.iter(|| canonical.iter().map(|s| detect(black_box(s)).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, identify);
criterion_main!(benches);
