//! `track detect`: one candidate per line on stdin → one JSON object per line on stdout.
//!
//! ```text
//! cargo run --example track -- detect < numbers.txt
//! cargo run --example track -- detect --carrier fedex < numbers.txt   # the carrier is known
//! cargo run --example track -- detect --summary < numbers.txt         # counts per carrier only
//! ```
//!
//! Each line gets the answer to "is this a tracking number, and whose?" and every reading:
//!
//! ```text
//! {"input":"1z 999 aa1 01 2345 6784","accepted":true,"carrier":"ups","format":"ups_1z",
//!  "number":"1Z999AA10123456784","reason":null,"matches":[{"carrier":"ups",
//!  "format":"ups_1z","number":"1Z999AA10123456784","check_digit":"verified",
//!  "expected_check_digit":null,"service":"Next Day Air","country":null,
//!  "url":"https://www.ups.com/track?tracknum=…",…}]}
//! ```
//!
//! - `accepted`, `carrier`, `format`, `number`: the default answer
//!   (`TrackingNumber::parse_lenient`), or with `--carrier <id>` (repeatable, or a comma
//!   list) the answer for those carriers (`TrackingNumber::parse_for`): every format of
//!   theirs, low-confidence ones included, check digits still verified. `null` when not
//!   accepted, and `reason` says why ("looks like a payment card number, …").
//! - `matches`: every reading of the normalised line, best first (`[]` when nothing fits,
//!   including lines that do not normalise).
//!
//! A line that is not UTF-8, or longer than 1 MiB, gets an object with `accepted: false`,
//! its text with invalid bytes replaced and `reason` naming the problem; the run goes on.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

use serde::Serialize;
use tracking_number::{
    detect, normalize, Candidate, Candidates, Carrier, ParseError, TrackingNumber,
};

use crate::input::{self, Lines};
use crate::CmdResult;

const HELP: &str =
    "usage: track detect [--carrier ID[,ID..]]... [--summary]  (numbers on stdin, one per line)";

/// Runs `track detect`.
pub fn run(args: &[String]) -> CmdResult {
    let mut summary = false;
    let mut carriers: Vec<Carrier> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--summary" => summary = true,
            "--carrier" => {
                for id in input::value(&mut it, "--carrier", HELP)?.split(',') {
                    carriers.push(id.trim().parse().map_err(|e| format!("--carrier: {e}"))?);
                }
            }
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}; {HELP}").into()),
        }
    }

    let stdin = io::stdin();
    let mut lines_in = Lines::new(stdin.lock());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut buf = [0u8; TrackingNumber::MAX_LEN];
    let mut counts: BTreeMap<&'static str, u64> = BTreeMap::new();
    let (mut lines, mut unmatched) = (0u64, 0u64);

    while let Some(line) = lines_in.next_any()? {
        lines += 1;
        let raw = match line {
            Ok(raw) => raw,
            Err(bad) => {
                // a line that is not text: reported with its reason, and the run goes on
                unmatched += 1;
                if !summary {
                    let reason = bad.to_string();
                    let lossy = String::from_utf8_lossy(lines_in.raw());
                    let line = BadLineJson { input: &lossy, accepted: false, reason: &reason };
                    serde_json::to_writer(&mut out, &line)?;
                    out.write_all(b"\n")?;
                }
                continue;
            }
        };
        let answer = if carriers.is_empty() {
            TrackingNumber::parse_lenient(raw)
        } else {
            TrackingNumber::parse_for(raw, &carriers)
        }
        .map(|l| l.number());
        if summary {
            match answer {
                Ok(n) => *counts.entry(n.carrier().as_str()).or_default() += 1,
                Err(_) => unmatched += 1,
            }
            continue;
        }
        let candidates = normalize(raw, &mut buf).map(detect);
        // written straight from the answer and the candidates: nothing is allocated per line
        let line = Line {
            input: raw,
            accepted: answer.is_ok(),
            carrier: answer.as_ref().ok().map(|n| n.carrier().as_str()),
            format: answer.as_ref().ok().map(|n| n.format().as_str()),
            number: answer.as_ref().ok().map(TrackingNumber::as_str),
            reason: answer.as_ref().err().map(Reason),
            matches: Matches(candidates),
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }

    if summary {
        let summary = Summary { lines, unmatched, best_carrier_counts: counts };
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
    accepted: bool,
    carrier: Option<&'static str>,
    format: Option<&'static str>,
    number: Option<&'a str>,
    reason: Option<Reason<'a>>,
    matches: Matches,
}

/// A line that is not text: the same fields as [`Line`], nothing accepted.
struct BadLineJson<'a> {
    input: &'a str,
    accepted: bool,
    reason: &'a str,
}

impl Serialize for BadLineJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Line", 7)?;
        st.serialize_field("input", self.input)?;
        st.serialize_field("accepted", &self.accepted)?;
        st.serialize_field("carrier", &None::<&str>)?;
        st.serialize_field("format", &None::<&str>)?;
        st.serialize_field("number", &None::<&str>)?;
        st.serialize_field("reason", self.reason)?;
        st.serialize_field("matches", &[0u8; 0])?;
        st.end()
    }
}

/// Why a line was not accepted, written as the error's message.
struct Reason<'a>(&'a ParseError);

impl Serialize for Reason<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self.0)
    }
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
        m.serialize_field("country", &fields.as_ref().and_then(TrackingNumber::country))?;
        m.serialize_field("url", &number.as_ref().and_then(TrackingNumber::tracking_url).map(Url))?;
        m.serialize_field("confidence", c.confidence().as_str())?;
        m.serialize_field("service_code", &service.as_ref().map(|s| s.code()))?;
        m.serialize_field("display_number", &number.as_ref().map(TrackingNumber::display_number))?;
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
