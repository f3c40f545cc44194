//! `track status`: fold JSON-lines tracking events from stdin, print the final state as
//! one JSON object.
//!
//! ```text
//! cargo run --example track -- status [--now <rfc3339>] [--expire-days N] [--expected-pieces N] < examples/events.jsonl
//! ```
//!
//! One event per line (blank lines and lines starting with `#` are skipped), in the shape
//! `bindings/json` documents (shared with the Python and JavaScript packages):
//!
//! ```text
//! {"at": "2026-11-18T09:12:00-05:00",          required: RFC 3339, or a local date-time or
//!  "utc_offset": "-05:00",                     date read at "utc_offset" when given, else
//!                                              at --default-offset (UTC unless set)
//!  "status": "in_transit",                     our status id, or
//!  "vocabulary": "fedex", "code": "AR",        a code mapped by a built-in table
//!  "sub_code": "...",                          (aftership, easypost, shippo, 17track,
//!                                               ups, fedex, usps, dhl); without either,
//!                                               the event is informational
//!  "detail": "arrived_at_facility", "id": "evt_1", "seq": 3, "piece": "2",
//!  "description": "...", "attempt": 1,
//!  "correction": true, "return_leg": true, "redirect": true, "physical": false,
//!  "location": {"facility", "city", "region", "postal_code", "country", "lat", "lon"},
//!  "eta": {"earliest", "latest", "as_of", "source": "carrier|aggregator|predicted|shipper"},
//!  "pod": {"signed_by", "received_by", "signature", "photos": [...], "place", "lat", "lon"}}
//! ```
//!
//! Local times are placed on the timeline at the offset they are read at, like any other
//! instant; events at the same instant keep the order the folding rules give them.
//!
//! `--max-events` (default 1,000,000) and `--max-pieces` (default 10,000) bound what is
//! held; events past them are counted in `refused_events`, never stored.
//!
//! Strict: an unknown field (`"stauts"`) or an event with neither `status` nor `code` is an
//! error naming the line and the field (exit 2), never a silent "unknown".
//!
//! `--from <auto|easypost|aftership|shippo|17track|ups|fedex|usps|dhl>` reads vendor
//! documents instead (the whole input as one document, else one document per line; `auto`
//! tells each document's vendor from its shape) and prints one state per shipment, with
//! `"tracking_number"`, `"carrier"`, `"vendor"` and `"vendor_error"` (the vendor's
//! `{"code", "message"}` for a number it cannot track, else `null`) added; a document that
//! is not of the vendor's shape is an error naming the JSON path (exit 2).

use std::io::{BufWriter, Write};

use tracking_number::status::{ExpiryPolicy, Limits, Shipment, Timestamp};

use crate::CmdResult;

/// The JSON shapes of events and states, shared with the Python and JavaScript packages.
#[path = "../../bindings/json/src/lib.rs"]
#[allow(dead_code)]
mod tracking_number_json;

const HELP: &str = "usage: track status [--now <rfc3339>] [--expire-days N] [--expected-pieces N] \
                    [--max-events N] [--max-pieces N] [--default-offset ±HH:MM] [--from VENDOR] \
                    < events.jsonl";

/// Runs `track status`.
pub fn run(args: &[String]) -> CmdResult {
    let mut now: Option<Timestamp> = None;
    let mut expiry = ExpiryPolicy::default();
    let mut expected: Option<u16> = None;
    let mut limits = Limits::DEFAULT;
    let mut from: Option<String> = None;
    let mut default_offset = String::from("Z");
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--now" => {
                let v = crate::input::value(&mut it, "--now", HELP)?;
                now = Some(v.parse().map_err(|e| format!("--now: invalid time {v:?}: {e}"))?);
            }
            "--expire-days" => {
                let v = crate::input::value(&mut it, "--expire-days", HELP)?;
                let days: u32 = v.parse().map_err(|_| {
                    format!("--expire-days: expected a whole number of days, found {v:?}")
                })?;
                expiry = ExpiryPolicy::days(days);
            }
            "--expected-pieces" => {
                let v = crate::input::value(&mut it, "--expected-pieces", HELP)?;
                expected = Some(v.parse().map_err(|_| {
                    format!("--expected-pieces: expected a number from 0 to 65535, found {v:?}")
                })?);
            }
            "--max-events" => {
                let v = crate::input::value(&mut it, "--max-events", HELP)?;
                limits.max_events = v
                    .parse()
                    .map_err(|_| format!("--max-events: expected a whole number, found {v:?}"))?;
            }
            "--max-pieces" => {
                let v = crate::input::value(&mut it, "--max-pieces", HELP)?;
                limits.max_pieces = v
                    .parse()
                    .map_err(|_| format!("--max-pieces: expected a whole number, found {v:?}"))?;
            }
            "--default-offset" => {
                let v = crate::input::value(&mut it, "--default-offset", HELP)?;
                if format!("2000-01-01T00:00:00{v}").parse::<Timestamp>().is_err() {
                    return Err(
                        format!("--default-offset: expected Z or ±HH:MM, found {v:?}").into()
                    );
                }
                default_offset = v.to_string();
            }
            "--from" => {
                let v = crate::input::value(&mut it, "--from", HELP)?;
                #[cfg(feature = "serde")]
                if v != "auto" && v.parse::<tracking_number::status::payload::Vendor>().is_err() {
                    return Err(format!(
                        "--from: unknown vendor {v:?}; expected one of: auto, easypost, \
                         aftership, shippo, 17track, ups, fedex, usps, dhl"
                    )
                    .into());
                }
                from = Some(v.to_string());
            }
            "-h" | "--help" => {
                println!("{HELP}");
                return Ok(());
            }
            other => return Err(format!("unknown option {other:?}; {HELP}").into()),
        }
    }

    if let Some(vendor) = from {
        #[cfg(feature = "serde")]
        return vendor_documents(&vendor, now);
        #[cfg(not(feature = "serde"))]
        return Err(format!(
            "--from {vendor}: vendor documents need the crate's `serde` feature \
             (cargo run --features serde --example track -- status --from {vendor})"
        )
        .into());
    }
    let mut shipment = Shipment::new(expected).with_limits(limits);
    let mut lines = crate::input::Lines::new(std::io::stdin().lock());
    while let Some(line) = lines.next_line()? {
        let text = line.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let event = tracking_number_json::parse_event_at(text, &default_offset)
            .map_err(|e| format!("line {}: {e}", lines.number()))?;
        shipment.apply(event);
    }

    let report = tracking_number_json::Report::new(&shipment, now, &expiry);
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    serde_json::to_writer(&mut w, &report)?;
    writeln!(w)?;
    w.flush()?;
    Ok(())
}

/// `--from`: one state per shipment of the vendor documents on stdin.
#[cfg(feature = "serde")]
fn vendor_documents(vendor: &str, now: Option<Timestamp>) -> CmdResult {
    use std::io::Read;
    let mut input = String::new();
    std::io::stdin().lock().read_to_string(&mut input).map_err(|e| format!("stdin: {e}"))?;
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut write = |states: Vec<serde_json::Value>| -> CmdResult {
        for s in states {
            serde_json::to_writer(&mut w, &s)?;
            writeln!(w)?;
        }
        Ok(())
    };
    match tracking_number_json::payload_states(vendor, &input, now) {
        Ok(states) => write(states)?,
        // not one document: one per line
        Err(whole) => {
            let lines: Vec<(usize, &str)> =
                input.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).collect();
            if lines.len() < 2 {
                return Err(whole.to_string().into());
            }
            for (i, line) in lines {
                let states = tracking_number_json::payload_states(vendor, line, now)
                    .map_err(|e| format!("line {}: {e}", i + 1))?;
                write(states)?;
            }
        }
    }
    w.flush()?;
    Ok(())
}
