//! Verify numbers with a check-digit algorithm of your choice.
//!
//! ```text
//! echo 79927398713 | cargo run --example check_digit -- luhn
//! cargo run --example check_digit -- mod37_36 09980000020033F 0998000002003X
//! ```
//!
//! Prints one line per number: `valid`, or what is wrong (and the expected check character).

use std::io::{BufRead, BufWriter, Write};
use tracking_number::check::{Algorithm, CheckDigit};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let Some(id) = args.next() else {
        let ids: Vec<&str> = Algorithm::ALL.iter().map(|a| a.as_str()).collect();
        eprintln!("usage: check_digit <algorithm> [number ...]   (algorithms: {})", ids.join(", "));
        std::process::exit(2);
    };
    let algorithm: Algorithm = id.parse()?;
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    let mut report = |number: &str| -> std::io::Result<()> {
        match algorithm.validate(number.as_bytes()) {
            Ok(_) => writeln!(out, "{number}: valid ({algorithm})"),
            Err(e) => writeln!(out, "{number}: {e}"),
        }
    };
    let numbers: Vec<String> = args.collect();
    if numbers.is_empty() {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            let number = line.trim();
            if !number.is_empty() {
                report(number)?;
            }
        }
    } else {
        for number in &numbers {
            report(number)?;
        }
    }
    out.flush()?;
    Ok(())
}
