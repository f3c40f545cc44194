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

use serde::Serialize;
use tracking_number::{detect, normalize, Candidate, Candidates, TrackingNumber};

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
        // written straight from the candidates: nothing is allocated per line
        let line = Line {
            input: raw,
            matches: Matches(candidates),
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }

    if summary {
        let summary = Summary {
            lines,
            unmatched,
            best_carrier_counts: counts,
        };
        serde_json::to_writer(&mut out, &summary)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    input: &'a str,
    matches: Matches,
}

/// `"matches"`: every reading, best first (`[]` when the line does not normalise).
struct Matches(Option<Candidates>);

impl Serialize for Matches {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.into_iter().flatten().map(MatchJson))
    }
}

/// The `--summary` line.
#[derive(Serialize)]
struct Summary {
    lines: u64,
    unmatched: u64,
    best_carrier_counts: BTreeMap<&'static str, u64>,
}

/// One entry of `"matches"`, serialised field by field from the candidate.
struct MatchJson(Candidate);

impl Serialize for MatchJson {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let c = &self.0;
        let number = c.number();
        // fields are structural: for a check-digit mismatch, read them from the corrected number
        let fields = number.or_else(|| c.corrected());
        let service = fields.as_ref().and_then(TrackingNumber::service);
        let mut m = s.serialize_struct("Match", 11)?;
        m.serialize_field("carrier", c.carrier().as_str())?;
        m.serialize_field("format", c.format().as_str())?;
        m.serialize_field("number", c.as_str())?;
        m.serialize_field("check_digit", c.evidence().as_str())?;
        m.serialize_field("expected_check_digit", &c.expected_check())?;
        m.serialize_field("service", &service.as_ref().and_then(|s| s.name()))?;
        m.serialize_field(
            "country",
            &fields.as_ref().and_then(TrackingNumber::country),
        )?;
        m.serialize_field(
            "url",
            &number
                .as_ref()
                .and_then(TrackingNumber::tracking_url)
                .map(Url),
        )?;
        m.serialize_field("confidence", c.confidence().as_str())?;
        m.serialize_field("service_code", &service.as_ref().map(|s| s.code()))?;
        m.serialize_field(
            "display_number",
            &number.as_ref().map(TrackingNumber::display_number),
        )?;
        m.end()
    }
}

/// A tracking URL, written without building a `String`.
struct Url<'a>(tracking_number::TrackingUrl<'a>);

impl Serialize for Url<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}
