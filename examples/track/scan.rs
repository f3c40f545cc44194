//! `track scan`: free text on stdin → one JSON object per tracking number found.
//!
//! ```text
//! cargo run --example track -- scan < email.txt
//! cargo run --example track -- scan --summary < email.txt      # counts only
//! cargo run --example track -- scan --eager < email.txt        # also weak numbers without context
//! ```
//!
//! Output, one object per line (byte offsets into the whole input):
//!
//! ```text
//! {"start":17,"end":41,"text":"1Z 999 AA1 01 2345 6784","carrier":"ups","format":"ups_1z",
//!  "number":"1Z999AA10123456784","check_digit":"verified","strength":"strong","support":"structure"}
//! ```
//!
//! Options (see `tracking_number::scan` for the rules):
//!
//! - `--summary`: print only `{"matches": n, "bytes": n, "carriers": {"ups": n, …}}`
//! - `--eager`: report weak numbers (bare digit runs, low-confidence formats) without context
//! - `--no-context`: context words and URLs do not count (only strong numbers, unless eager)
//! - `--checked-only`: skip formats without a check digit
//! - `--min-strength <guess|shape|check_digit|strong>`: drop weaker readings
//! - `--carrier <id>[,<id>…]`, `--format <id>[,<id>…]`: only these (repeatable)
//! - `--html`: the input is raw HTML (a mail's `text/html` part), read as a mail client shows
//!   it; offsets still point into the HTML
//! - `--hint <carrier>`: the text comes from this carrier (its readings rank first)
//! - `--distinct`: each number once, at its first occurrence

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

use serde::Serialize;
use tracking_number::scan::{MatchKind, Scanner, Strength, MAX_NORMALIZED};
use tracking_number::{Carrier, Format};

use crate::CmdResult;

const HELP: &str = "usage: track scan [--summary] [--eager] [--no-context] [--checked-only] \
[--min-strength guess|shape|check_digit|strong] [--carrier ID[,ID..]] [--format ID[,ID..]] \
[--html] [--hint CARRIER] [--distinct]  (text on stdin)";

fn strength(s: &str) -> Result<Strength, String> {
    match s {
        "guess" => Ok(Strength::Guess),
        "shape" => Ok(Strength::Shape),
        "check_digit" => Ok(Strength::CheckDigit),
        "strong" => Ok(Strength::Strong),
        other => Err(format!("--min-strength: unknown strength {other:?}; {HELP}")),
    }
}

/// Runs `track scan`.
pub fn run(args: &[String]) -> CmdResult {
    let mut summary = false;
    let mut distinct = false;
    let mut builder = Scanner::builder();
    let mut carriers: Vec<Carrier> = Vec::new();
    let mut formats: Vec<Format> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value =
            |name: &str| it.next().ok_or_else(|| format!("{name} needs a value; {HELP}"));
        match a.as_str() {
            "--summary" => summary = true,
            "--distinct" => distinct = true,
            "--html" => builder = builder.html(true),
            "--hint" => {
                let id = value("--hint")?;
                builder = builder.hint(id.parse().map_err(|e| format!("--hint: {e}"))?);
            }
            "--eager" => builder = builder.eager(true),
            "--no-context" => builder = builder.context(false),
            "--checked-only" => builder = builder.unchecked(false),
            "--min-strength" => builder = builder.min_strength(strength(value("--min-strength")?)?),
            "--carrier" => {
                for id in value("--carrier")?.split(',') {
                    carriers.push(id.parse().map_err(|e| format!("--carrier: {e}"))?);
                }
            }
            "--format" => {
                for id in value("--format")?.split(',') {
                    formats.push(id.parse().map_err(|e| format!("--format: {e}"))?);
                }
            }
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}; {HELP}").into()),
        }
    }
    if !carriers.is_empty() {
        builder = builder.carriers(&carriers);
    }
    if !formats.is_empty() {
        builder = builder.formats(&formats);
    }
    let scanner = builder.build()?;

    // the whole input is one text (numbers and their context may span lines), read as bytes:
    // a mail archive with Latin-1 or broken bytes is scanned like any other text
    let text = crate::input::read_bytes(io::stdin().lock())?;

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    let mut total = 0u64;
    let mut buf = [0u8; MAX_NORMALIZED];
    let all = scanner.find_iter_bytes(&text);
    let matches: Box<dyn Iterator<Item = _>> =
        if distinct { Box::new(all.distinct()) } else { Box::new(all) };
    for m in matches {
        total += 1;
        let (carrier, format) = match m.kind() {
            MatchKind::Carrier(n) => (n.carrier().as_str(), n.format().as_str()),
            MatchKind::Extra { id } => ("extra", id),
            _ => ("unknown", "unknown"),
        };
        if summary {
            *counts.entry(carrier).or_default() += 1;
            continue;
        }
        let obj = MatchJson {
            start: m.start(),
            end: m.end(),
            text: &String::from_utf8_lossy(m.as_bytes()),
            carrier,
            format,
            number: m.normalized(&mut buf),
            check_digit: m.evidence().as_str(),
            strength: m.strength().as_str(),
            support: m.support().as_str(),
        };
        serde_json::to_writer(&mut out, &obj)?;
        out.write_all(b"\n")?;
    }
    if summary {
        let obj = Summary { matches: total, bytes: text.len(), carriers: counts };
        serde_json::to_writer(&mut out, &obj)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// One match: borrowed fields, nothing allocated per match.
#[derive(Serialize)]
struct MatchJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    carrier: &'a str,
    format: &'a str,
    number: &'a str,
    check_digit: &'static str,
    strength: &'static str,
    support: &'static str,
}

/// The `--summary` line.
#[derive(Serialize)]
struct Summary<'a> {
    matches: u64,
    bytes: usize,
    carriers: BTreeMap<&'a str, u64>,
}
