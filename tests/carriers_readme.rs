//! The README's carrier example (the body of its `main`), kept compiling and passing.

use tracking_number::{detect, Carrier, Evidence, Format, TrackingNumber};

#[test]
fn readme_example() -> Result<(), Box<dyn std::error::Error>> {
    let n: TrackingNumber = "1Z999AA10123456784".parse()?;
    assert_eq!((n.carrier(), n.format()), (Carrier::Ups, Format::Ups1Z));
    assert_eq!(n.service().and_then(|s| s.name()), Some("Next Day Air"));
    assert_eq!(n.grouped().to_string(), "1Z 999 AA1 01 2345 6784");
    println!("{}", n.tracking_url().ok_or("no tracking page")?);

    // typed or printed input: normalisation is explicit and reported
    let typed = TrackingNumber::parse_lenient(" rb 123 456 785 gb ")?;
    assert!(typed.was_normalized());
    assert_eq!(typed.number().carrier(), Carrier::RoyalMail);

    // every reading, ranked, with check-digit evidence ("did you mean …?")
    let best = detect("1Z999AA10123456785").best().ok_or("no candidate")?;
    assert_eq!(best.evidence(), Evidence::Mismatch { expected: '4' });
    assert!(detect("73891051146").is_ambiguous()); // DHL Express or Japan Post
    Ok(())
}

#[test]
fn format_count_in_the_readme() {
    assert_eq!(Format::ALL.len(), 47);
    assert_eq!(Carrier::ALL.len(), 36);
}
