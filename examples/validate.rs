//! A one-minute tour: parse a tracking number, print what the crate knows about it.
//!
//! ```text
//! cargo run --example validate -- "1Z 999 AA1 01 2345 6784"
//! cargo run --example validate -- 1Z999AA10123456785     # a typo: "did you mean …?"
//! ```

use tracking_number::{detect, normalize, Evidence, TrackingNumber};

fn main() {
    let input = std::env::args().nth(1).unwrap_or_else(|| "1Z 999 AA1 01 2345 6784".into());

    match TrackingNumber::parse_lenient(&input) {
        Ok(parsed) => {
            let n = parsed.number();
            println!("number:   {n}{}", if parsed.was_normalized() { " (normalised)" } else { "" });
            println!("carrier:  {} ({})", n.carrier(), n.carrier().as_str());
            println!("format:   {} ({})", n.format(), n.format().as_str());
            println!("printed:  {}", n.grouped());
            if let Some(s) = n.service() {
                println!("service:  {} {}", s.code(), s.name().unwrap_or("(unknown code)"));
            }
            for (label, value) in [
                ("shipper:", n.shipper_id()),
                ("serial:", n.serial()),
                ("package:", n.package_id()),
                ("country:", n.country()),
                ("zip:", n.destination_zip()),
            ] {
                if let Some(v) = value {
                    println!("{label:9} {v}");
                }
            }
            match n.check_digit() {
                Some(c) if n.evidence() == tracking_number::Evidence::Verified => {
                    println!("check:    {c} (verified)")
                }
                _ => println!("check:    none (this format has no check digit)"),
            }
            match n.tracking_url() {
                Some(url) => println!("url:      {url}"),
                None => println!("url:      (no public tracking page)"),
            }
        }
        Err(e) => {
            println!("not valid: {e}");
            // show every reading, with "did you mean" suggestions for check-digit typos
            let mut buf = [0u8; TrackingNumber::MAX_LEN];
            if let Some(norm) = normalize(&input, &mut buf) {
                for c in detect(norm) {
                    match c.evidence() {
                        Evidence::Mismatch { expected } => println!(
                            "  {}: check digit should be '{expected}' — did you mean {}?",
                            c.format(),
                            c.corrected().map(|n| n.to_string()).unwrap_or_default()
                        ),
                        other => println!("  {}: {other}", c.format()),
                    }
                }
            }
        }
    }
}
