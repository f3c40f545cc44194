//! `track formats`: the built-in formats, one JSON object per line.
//!
//! ```text
//! cargo run --example track -- formats
//! {"id":"ups_1z","carrier":"ups","name":"UPS 1Z","confidence":"high","check_digit":"ups",
//!  "example":"1Z999AA10123456784","url":"https://www.ups.com/track?tracknum={}",
//!  "min_len":18,"max_len":18,"source":"UPS tracking help (number formats); …"}
//! ```
//!
//! `check_digit` is the algorithm id of the format's check character (`null`: none);
//! `url` the tracking-page template, `{}` standing for the number (`null`: none, or the
//! operator of the S10 country code decides). Every example reads back as its own format
//! (`track detect --carrier <carrier>`).

use std::io::{self, BufWriter, Write};

use serde::Serialize;
use tracking_number::Format;

use crate::CmdResult;

const HELP: &str = "usage: track formats  (one JSON object per built-in format)";

#[derive(Serialize)]
struct FormatJson {
    id: &'static str,
    carrier: &'static str,
    name: &'static str,
    confidence: &'static str,
    check_digit: Option<&'static str>,
    example: &'static str,
    url: Option<&'static str>,
    min_len: usize,
    max_len: usize,
    source: &'static str,
}

/// Runs `track formats`.
pub fn run(args: &[String]) -> CmdResult {
    if let Some(a) = args.first() {
        if a == "-h" || a == "--help" {
            println!("{HELP}");
            return Ok(());
        }
        return Err(format!("unknown argument {a:?}; {HELP}").into());
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for &f in Format::ALL {
        let obj = FormatJson {
            id: f.as_str(),
            carrier: f.carrier().as_str(),
            name: f.name(),
            confidence: f.confidence().as_str(),
            check_digit: f.check_digit().map(|a| a.as_str()),
            example: f.example(),
            url: f.tracking_url(),
            min_len: f.min_len(),
            max_len: f.max_len(),
            source: f.source(),
        };
        serde_json::to_writer(&mut out, &obj)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
