//! The notification-mail fixtures (`tests/fixtures/mail`): recall, precision and wrong-carrier
//! rate in every way a caller hands mails to the scanner (printed once per run), and the
//! throughput of the default and HTML modes over all the raw HTML parts next to the floor,
//! a pass that classifies every byte with a 256-entry table (same run).
//!
//! Run: `cargo bench --bench mail`; quick: `cargo bench --bench mail -- --warm-up-time 1
//! --measurement-time 3`.

#[path = "common/floor.rs"]
mod floor;
#[path = "../tests/mail_set/mod.rs"]
mod mail_set;

use floor::floor;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mail_set::{load, score, strip, Strip};
use tracking_number::scan::Scanner;

fn bench(c: &mut Criterion) {
    let mails = load();
    let html = Scanner::builder().html(true).build().expect("html scanner");
    let default = Scanner::new();
    println!(
        "mail fixtures: {} mails, {} with tracking numbers",
        mails.len(),
        mails.iter().filter(|m| !m.truth.is_empty()).count()
    );
    let parts: [(&str, &Scanner<'_>, u8); 7] = [
        ("text/plain", &default, 0),
        ("html stripped (tags as lines)", &default, 1),
        ("html stripped (layout)", &default, 2),
        ("html stripped (tags glued)", &default, 4),
        ("html stripped (padded columns)", &default, 5),
        ("raw html, html mode", &html, 3),
        ("raw html, default mode", &default, 3),
    ];
    for (what, scanner, how) in parts {
        let (s, _) = score(&mails, scanner, |m| match how {
            0 => m.text.clone(),
            1 => strip(&m.html, Strip::TagsAsLines),
            2 => strip(&m.html, Strip::Layout),
            4 => strip(&m.html, Strip::Glued),
            5 => strip(&m.html, Strip::Columns),
            _ => m.html.clone(),
        });
        println!(
            "{what:<30} recall {:.3} ({}/{})  precision {:.3} ({} reported)  wrong carrier {:.3}",
            s.recall(),
            s.found,
            s.truth,
            s.precision(),
            s.reported,
            s.wrong_carrier_rate()
        );
    }

    let all_html: String = mails.iter().map(|m| m.html.as_str()).collect::<Vec<_>>().join("\n");
    let mut group = c.benchmark_group("mail");
    group.throughput(Throughput::Bytes(all_html.len() as u64));
    group.sample_size(20);
    group.bench_function("raw_html/floor_byte_classes", |b| {
        b.iter(|| floor(black_box(all_html.as_bytes())))
    });
    group.bench_function("raw_html/find_iter_default", |b| {
        b.iter(|| default.find_iter(black_box(&all_html)).count())
    });
    group.bench_function("raw_html/find_iter_html_mode", |b| {
        b.iter(|| html.find_iter(black_box(&all_html)).count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
