//! Your own order numbers in one minute: define a format, make numbers, check what a
//! customer types back, and make sure nobody mistakes them for a carrier's.
//!
//! Run: `cargo run --example branded`

use tracking_number::custom::{CustomFormat, Date};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. The format: a prefix, the month, a six-digit counter shuffled with a secret key
    //    (so order 2 does not reveal that there was an order 1), and a Damm check digit
    //    that catches every single typo.
    let format =
        "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse::<CustomFormat>()?.with_key(0x5EED_F00D); // keep the real key in your configuration

    // 2. Numbers from your order counter and today's date (the library has no clock).
    let today = Date::new(2024, 11, 2).ok_or("no such day")?;
    for counter in 1..=3 {
        println!("order {counter}: {}", format.from_sequence(counter, Some(today))?);
    }

    // 3. A customer types one back, in lower case with spaces: parse leniently.
    let typed = format.from_sequence(2, Some(today))?.as_str().to_lowercase().replace('-', " ");
    let parsed = format.parse_lenient(&typed)?;
    println!("{typed:?} is order {:?} of {}", parsed.sequence(), parsed.date().ok_or("no date")?);

    // 4. A typo is caught, with the place and the expected check character.
    let mut wrong = parsed.number().as_str().to_string();
    wrong.replace_range(10..11, if &wrong[10..11] == "9" { "8" } else { "9" });
    match format.parse(&wrong) {
        Ok(_) => println!("{wrong}: accepted (should not happen)"),
        Err(e) => println!("{wrong}: {e}"),
    }

    // 5. Sizing and safety: how many numbers a month, and which carriers could clash.
    println!("capacity: {} numbers a month", format.capacity());
    let digits_only: CustomFormat = "{seq:12}".parse()?;
    for c in digits_only.conflicts() {
        println!(
            "'{{seq:12}}' looks like {} ({:.0}% of numbers)",
            c.format().name(),
            c.share() * 100.0
        );
    }
    println!("ours clashes with {} carrier formats", format.conflicts().len());
    Ok(())
}
