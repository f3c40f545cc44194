//! Status fold throughput: events applied per second for shipments of 20 events, in order
//! and shuffled, next to floors (pushing the same events into a `Vec`, a bare `classify`);
//! then long shipments of 200 and 2000 events, so the scaling of out-of-order `apply` and
//! of `extend` is visible. Each routine builds and drops its container, so allocator reuse
//! is part of every figure.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use std::hint::black_box;
use tracking_number::status::{
    DefaultPolicy, Detail, EventFacts, MachineState, Status, Timestamp, Tracker, TrackingEvent,
    TransitionPolicy,
};

const N: usize = 20;

/// A realistic 20-event life: label, pickup, facility scans, out for delivery, delivered.
fn shipment() -> Vec<TrackingEvent> {
    let t0 = 1_763_000_000_000i64;
    let at = |i: usize| Timestamp::from_unix_ms(t0 + i as i64 * 3_600_000);
    let mut v = Vec::with_capacity(N);
    v.push(TrackingEvent::new(at(0), Status::InfoReceived).with_detail(Detail::LabelCreated));
    v.push(TrackingEvent::new(at(1), Status::PickedUp));
    for i in 2..N - 2 {
        let detail = if i % 2 == 0 { Detail::ArrivedAtFacility } else { Detail::DepartedFacility };
        v.push(TrackingEvent::new(at(i), Status::InTransit).with_detail(detail));
    }
    v.push(TrackingEvent::new(at(N - 2), Status::OutForDelivery));
    v.push(TrackingEvent::new(at(N - 1), Status::Delivered));
    v
}

/// A long shipment of `n` events: label, pickup, facility scans every 10 minutes (runs of
/// in-transit events with details), a held exception every 25 events and the recovery from
/// it, an informational note every 7, out for delivery, delivered.
fn long_shipment(n: usize) -> Vec<TrackingEvent> {
    let t0 = 1_763_000_000_000i64;
    let at = |i: usize| Timestamp::from_unix_ms(t0 + i as i64 * 600_000);
    (0..n)
        .map(|i| match i {
            0 => TrackingEvent::new(at(i), Status::InfoReceived).with_detail(Detail::LabelCreated),
            1 => TrackingEvent::new(at(i), Status::PickedUp),
            _ if i == n - 2 => TrackingEvent::new(at(i), Status::OutForDelivery),
            _ if i == n - 1 => TrackingEvent::new(at(i), Status::Delivered),
            _ if i % 25 == 0 => {
                TrackingEvent::new(at(i), Status::Exception).with_detail(Detail::Held)
            }
            _ if i % 7 == 0 => TrackingEvent::informational(at(i), "NOTE"),
            _ => TrackingEvent::new(at(i), Status::InTransit).with_detail(if i % 2 == 0 {
                Detail::ArrivedAtFacility
            } else {
                Detail::DepartedFacility
            }),
        })
        .collect()
}

fn bench_scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("status_fold_scaling");
    for n in [200usize, 2000] {
        let ordered = long_shipment(n);
        let mut shuffled = ordered.clone();
        shuffled.shuffle(&mut ChaCha8Rng::seed_from_u64(7));
        let mut reversed = ordered.clone();
        reversed.reverse();
        g.throughput(Throughput::Elements(n as u64));
        for (name, events) in [
            ("apply_in_order", &ordered),
            ("apply_shuffled", &shuffled),
            ("apply_reversed", &reversed),
        ] {
            g.bench_with_input(BenchmarkId::new(name, n), events, |b, events| {
                b.iter_batched(
                    || events.clone(),
                    |evs| {
                        let mut t = Tracker::new();
                        for e in evs {
                            black_box(t.apply(e));
                        }
                        t.status()
                    },
                    BatchSize::SmallInput,
                )
            });
        }
        for (name, events) in [("extend_shuffled", &shuffled), ("extend_reversed", &reversed)] {
            g.bench_with_input(BenchmarkId::new(name, n), events, |b, events| {
                b.iter_batched(
                    || events.clone(),
                    |evs| {
                        let mut t = Tracker::new();
                        t.extend(evs);
                        t.status()
                    },
                    BatchSize::SmallInput,
                )
            });
        }
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    let ordered = shipment();
    let mut shuffled = ordered.clone();
    shuffled.shuffle(&mut ChaCha8Rng::seed_from_u64(7));
    let mut reversed = ordered.clone();
    reversed.reverse();

    let mut g = c.benchmark_group("status_fold_20");
    g.throughput(Throughput::Elements(N as u64));

    g.bench_function("floor_vec_push", |b| {
        b.iter_batched(
            || ordered.clone(),
            |evs| {
                let mut v = Vec::new();
                for e in evs {
                    v.push(e);
                }
                black_box(&v);
                v.len()
            },
            BatchSize::SmallInput,
        )
    });
    let facts: Vec<EventFacts> = ordered.iter().map(TrackingEvent::facts).collect();
    g.bench_function("floor_classify", |b| {
        let p = DefaultPolicy::new();
        b.iter(|| {
            let mut s = MachineState::INITIAL;
            for f in &facts {
                let k = p.classify(&s, f);
                black_box(k);
                if let Some(to) = f.status {
                    s = MachineState::new(to, to.rank().unwrap_or(s.anchor_rank), Some(f.at));
                }
            }
            s
        })
    });
    for (name, events) in
        [("apply_in_order", &ordered), ("apply_shuffled", &shuffled), ("apply_reversed", &reversed)]
    {
        g.bench_function(name, |b| {
            b.iter_batched(
                || events.clone(),
                |evs| {
                    let mut t = Tracker::new();
                    for e in evs {
                        black_box(t.apply(e));
                    }
                    t.status()
                },
                BatchSize::SmallInput,
            )
        });
    }
    g.bench_function("extend_shuffled", |b| {
        b.iter_batched(
            || shuffled.clone(),
            |evs| {
                let mut t = Tracker::new();
                t.extend(evs);
                t.status()
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench, bench_scaling);
criterion_main!(benches);
