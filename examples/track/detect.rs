//! `track detect`: one candidate per line on stdin → one JSON object per line on stdout.
//!
//! ```text
//! cargo run --example track -- detect < numbers.txt
//! cargo run --example track -- detect --summary < numbers.txt   # counts per carrier only
//! ```
//!
//! Each line is normalised leniently (surrounding whitespace, lower case, spaces, dashes,
//! dots), then every matching format is printed, best first:
//!
//! ```text
//! {"input":"1z 999 aa1 01 2345 6784","matches":[{"carrier":"ups","format":"ups_1z",
//!  "number":"1Z999AA10123456784","check_digit":"verified","expected_check_digit":null,
//!  "service":"Next Day Air","country":null,"url":"https://www.ups.com/track?tracknum=…"}]}
//! ```
//!
//! `"matches"` is `[]` when nothing fits (including lines that do not normalise).

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufWriter, Write};

use serde_json::{json, Value};
use tracking_number::{detect, normalize, Candidate, TrackingNumber};

use crate::CmdResult;

const HELP: &str = "usage: track detect [--summary]  (numbers on stdin, one per line)";

/// Runs `track detect`.
pub fn run(args: &[String]) -> CmdResult {
    let mut summary = false;
    for a in args {
        match a.as_str() {
            "--summary" => summary = true,
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}; {HELP}").into()),
        }
    }

    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = String::new();
    let mut buf = [0u8; TrackingNumber::MAX_LEN];
    let mut counts: BTreeMap<&'static str, u64> = BTreeMap::new();
    let (mut lines, mut unmatched) = (0u64, 0u64);

    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        let raw = line.trim_end_matches(['\n', '\r']);
        lines += 1;
        let candidates = normalize(raw, &mut buf).map(detect);
        if summary {
            match candidates.and_then(|c| c.best()) {
                Some(best) => *counts.entry(best.carrier().as_str()).or_default() += 1,
                None => unmatched += 1,
            }
            continue;
        }
        let matches: Vec<Value> = candidates.into_iter().flatten().map(match_json).collect();
        serde_json::to_writer(&mut out, &json!({ "input": raw, "matches": matches }))?;
        out.write_all(b"\n")?;
    }

    if summary {
        let mut obj = serde_json::Map::new();
        obj.insert("lines".into(), lines.into());
        obj.insert("unmatched".into(), unmatched.into());
        let per: serde_json::Map<String, Value> = counts
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into()))
            .collect();
        obj.insert("best_carrier_counts".into(), per.into());
        serde_json::to_writer(&mut out, &Value::Object(obj))?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// One entry of `"matches"`.
fn match_json(c: Candidate) -> Value {
    let number = c.number();
    // fields are structural: for a check-digit mismatch, read them from the corrected number
    let fields = number.or_else(|| c.corrected());
    let service = fields.as_ref().and_then(TrackingNumber::service);
    let country = fields.as_ref().and_then(TrackingNumber::country);
    let url = number
        .as_ref()
        .and_then(|n| n.tracking_url().map(|u| u.to_string()));
    json!({
        "carrier": c.carrier().as_str(),
        "format": c.format().as_str(),
        "number": c.as_str(),
        "check_digit": c.evidence().as_str(),
        "expected_check_digit": c.expected_check().map(String::from),
        "service": service.and_then(|s| s.name()),
        "country": country,
        "url": url,
        "confidence": c.confidence().as_str(),
        "service_code": service.map(|s| s.code()),
        "display_number": number.as_ref().map(TrackingNumber::display_number),
    })
}
