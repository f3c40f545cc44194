//! The WebAssembly part of the npm package `tracking-number`: a thin layer over the Rust
//! crate. Each function answers in JSON text that `index.js` turns into plain objects (one
//! crossing of the boundary per call); offsets are UTF-16 indices, as JavaScript strings
//! count them.

use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

use tracking_number::custom::Date;
use tracking_number::scan::Scanner;
use tracking_number::status::{ExpiryPolicy, Shipment};
use tracking_number::{Carrier, Evidence, ParseError, TrackingNumber};

/// Carriers from a comma-separated list of ids (empty: none given).
fn carriers_of(list: &str) -> Result<Option<Vec<Carrier>>, String> {
    if list.is_empty() {
        return Ok(None);
    }
    list.split(',')
        .map(|id| id.trim().parse::<Carrier>().map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

fn error_json(message: &str, kind: &str, expected: Option<char>) -> String {
    json!({"error": {"message": message, "kind": kind, "expectedCheckDigit": expected.map(String::from)}})
        .to_string()
}

fn parse_error_json(e: &ParseError) -> String {
    error_json(&e.to_string(), tracking_number_json::parse_error_kind(e), e.expected_check())
}

fn number_json(n: &TrackingNumber) -> Value {
    json!({
        "carrier": n.carrier().as_str(),
        "format": n.format().as_str(),
        "number": n.as_str(),
        "service": n.service().map(|s| s.name().unwrap_or(s.code()).to_owned()),
        "country": n.country(),
        "trackingUrl": n.tracking_url().map(|u| u.to_string()),
        "grouped": n.grouped().to_string(),
    })
}

/// Separates the fields of [`parse_fields`]' answer (a control character no field holds).
const SEP: char = '\u{1f}';

/// The parsed number as fields joined by U+001F: `"1"`, carrier, format, number, service,
/// country, tracking URL, grouped (an absent field empty); or `"0"`, error kind, expected
/// check character, message. Cheaper to read in JavaScript than JSON.
#[wasm_bindgen(js_name = parseFields)]
pub fn parse_fields(s: &str, carriers: &str) -> String {
    use core::fmt::Write;
    let carriers = match carriers_of(carriers) {
        Ok(c) => c,
        Err(e) => return format!("0unknown_carrier{SEP}{SEP}{e}"),
    };
    let parsed = match &carriers {
        Some(c) => TrackingNumber::parse_for(s, c),
        None => TrackingNumber::parse_lenient(s),
    };
    let mut out = String::with_capacity(160);
    match parsed {
        Ok(l) => {
            let n = l.number();
            let _ = write!(
                out,
                "1{}{SEP}{}{SEP}{}{SEP}",
                n.carrier().as_str(),
                n.format().as_str(),
                n.as_str()
            );
            if let Some(sv) = n.service() {
                out.push_str(sv.name().unwrap_or(sv.code()));
            }
            out.push(SEP);
            out.push_str(n.country().unwrap_or(""));
            out.push(SEP);
            if let Some(u) = n.tracking_url() {
                let _ = write!(out, "{u}");
            }
            let _ = write!(out, "{SEP}{}", n.grouped());
        }
        Err(e) => {
            let _ = write!(out, "0{}{SEP}", tracking_number_json::parse_error_kind(&e));
            if let Some(c) = e.expected_check() {
                out.push(c);
            }
            let _ = write!(out, "{SEP}{e}");
        }
    }
    out
}

/// `{"ok": {...}}` with the parsed number, or `{"error": {...}}`.
#[wasm_bindgen(js_name = parseJson)]
pub fn parse_json(s: &str, carriers: &str) -> String {
    let carriers = match carriers_of(carriers) {
        Ok(c) => c,
        Err(e) => return error_json(&e, "unknown_carrier", None),
    };
    let parsed = match &carriers {
        Some(c) => TrackingNumber::parse_for(s, c),
        None => TrackingNumber::parse_lenient(s),
    };
    match parsed {
        Ok(l) => json!({"ok": number_json(&l.number())}).to_string(),
        Err(e) => parse_error_json(&e),
    }
}

/// Whether `parse` would succeed (an unknown carrier id: false).
#[wasm_bindgen(js_name = isValid)]
pub fn is_valid(s: &str, carriers: &str) -> bool {
    match carriers_of(carriers) {
        Ok(Some(c)) => TrackingNumber::parse_for(s, &c).is_ok(),
        Ok(None) => TrackingNumber::parse_lenient(s).is_ok(),
        Err(_) => false,
    }
}

/// Every reading of `s`, best first, as a JSON array.
#[wasm_bindgen(js_name = detectJson)]
pub fn detect_json(s: &str) -> String {
    let readings: Vec<Value> = tracking_number::detect(s)
        .map(|c| {
            let evidence = c.evidence();
            json!({
                "carrier": c.carrier().as_str(),
                "format": c.format().as_str(),
                "number": c.as_str(),
                "checkDigit": evidence.as_str(),
                "expectedCheckDigit": match evidence {
                    Evidence::Mismatch { .. } => c.expected_check().map(String::from),
                    _ => None,
                },
                "confidence": c.confidence().as_str(),
            })
        })
        .collect();
    Value::Array(readings).to_string()
}

/// Byte offsets to UTF-16 indices, walking forward once for a text's matches.
struct Utf16Index<'a> {
    text: &'a str,
    byte: usize,
    units: usize,
}

impl Utf16Index<'_> {
    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.units = 0;
        }
        self.units += self.text.get(self.byte..byte).map_or(0, |s| s.encode_utf16().count());
        self.byte = byte;
        self.units
    }
}

/// The tracking numbers in `text` as a JSON array (`{"ok": [...]}`), or `{"error": ...}`
/// for an unknown carrier id. `hint` is the carrier the text comes from (empty: none);
/// `distinct` keeps each number once, at its first occurrence.
#[wasm_bindgen(js_name = findAllJson)]
pub fn find_all_json(
    text: &str,
    html: bool,
    eager: bool,
    carriers: &str,
    hint: &str,
    distinct: bool,
) -> String {
    let mut b = Scanner::builder().html(html).eager(eager);
    match carriers_of(carriers) {
        Ok(Some(c)) => b = b.carriers(&c),
        Ok(None) => {}
        Err(e) => return error_json(&e, "unknown_carrier", None),
    }
    if !hint.is_empty() {
        match hint.trim().parse::<Carrier>() {
            Ok(c) => b = b.hint(c),
            Err(e) => return error_json(&e.to_string(), "unknown_carrier", None),
        }
    }
    let scanner = match b.build() {
        Ok(s) => s,
        Err(e) => return error_json(&e.to_string(), "scanner", None),
    };
    let mut index = Utf16Index { text, byte: 0, units: 0 };
    let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
    let mut to_json = |m: tracking_number::scan::Match<'_>| {
        json!({
            "start": index.at(m.start()),
            "end": index.at(m.end()),
            "text": m.as_str(),
            "carrier": m.carrier().map(Carrier::as_str),
            "format": m.format().map(|f| f.as_str()),
            "number": m.normalized(&mut buf),
            "strength": m.strength().as_str(),
            "support": m.support().as_str(),
        })
    };
    let found: Vec<Value> = if distinct {
        scanner.find_iter(text).distinct().map(&mut to_json).collect()
    } else {
        scanner.find_iter(text).map(&mut to_json).collect()
    };
    json!({"ok": found}).to_string()
}

/// A declarative order/reference number format.
#[wasm_bindgen(js_name = NativeCustomFormat)]
pub struct NativeCustomFormat(tracking_number::CustomFormat);

fn date_of(date: &str) -> Result<Option<Date>, String> {
    if date.is_empty() {
        return Ok(None);
    }
    date.get(..10).unwrap_or(date).parse::<Date>().map(Some).map_err(|e| e.to_string())
}

#[wasm_bindgen(js_class = NativeCustomFormat)]
impl NativeCustomFormat {
    /// The format of `pattern`, with `key` when `has_key`.
    #[wasm_bindgen(constructor)]
    pub fn new(pattern: &str, key: u64, has_key: bool) -> Result<NativeCustomFormat, JsError> {
        let f: tracking_number::CustomFormat = pattern
            .parse()
            .map_err(|e: tracking_number::custom::PatternError| JsError::new(&e.to_string()))?;
        Ok(NativeCustomFormat(if has_key { f.with_key(key) } else { f }))
    }

    /// The number for sequence number `n` (and `date`, `YYYY-MM-DD` or empty).
    #[wasm_bindgen(js_name = fromSequence)]
    // the crate's name for it (`CustomFormat::from_sequence`), kept across languages
    #[allow(clippy::wrong_self_convention)]
    pub fn from_sequence(&self, n: u64, date: &str) -> Result<String, JsError> {
        let date = date_of(date).map_err(|e| JsError::new(&e))?;
        self.0
            .from_sequence(n, date)
            .map(|c| c.as_str().to_owned())
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// `{"ok": {"number", "sequence", "date", "random"}}` or `{"error": {...}}`.
    #[wasm_bindgen(js_name = parseJson)]
    pub fn parse_json(&self, s: &str) -> String {
        match self.0.parse(s) {
            Ok(p) => json!({"ok": {
                "number": p.number().as_str(),
                "sequence": p.sequence(),
                "date": p.full_date().map(|d| d.to_string()),
                "random": p.random(),
            }})
            .to_string(),
            Err(e) => error_json(&e.to_string(), "custom", None),
        }
    }

    /// Whether `s` is a number of this format.
    #[wasm_bindgen(js_name = isValid)]
    pub fn is_valid(&self, s: &str) -> bool {
        self.0.is_valid(s)
    }

    /// The pattern, as written canonically.
    #[wasm_bindgen(js_name = toString)]
    pub fn to_string_js(&self) -> String {
        self.0.to_string()
    }
}

/// Folds event lines (JSON objects in the `track status` shape) into the state `track
/// status` prints: `{"ok": {...}}` or `{"error": {...}}` naming the event and field.
#[wasm_bindgen(js_name = foldJson)]
pub fn fold_json(events: Vec<String>, now: &str) -> String {
    let now = match tracking_number_json::optional_now(Some(now)) {
        Ok(t) => t,
        Err(e) => return error_json(&e.to_string(), "event", None),
    };
    let mut shipment = Shipment::new(None);
    for (i, line) in events.iter().enumerate() {
        match tracking_number_json::parse_event(line) {
            Ok(ev) => {
                shipment.apply(ev);
            }
            Err(e) => return error_json(&format!("event {i}: {e}"), "event", None),
        }
    }
    let expiry = ExpiryPolicy::default();
    let report = tracking_number_json::Report::new(&shipment, now, &expiry);
    match serde_json::to_value(&report) {
        Ok(v) => json!({"ok": v}).to_string(),
        Err(e) => error_json(&e.to_string(), "event", None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_units() {
        let text = "📦 é 1Z999AA10123456784";
        let out: Value = serde_json::from_str(&find_all_json(text, false, false, "", "", false))
            .unwrap_or_default();
        let m = &out["ok"][0];
        assert_eq!(m["start"], 5);
        assert_eq!(m["end"], 23);
        assert_eq!(m["strength"], "strong");
        assert_eq!(m["support"], "structure");
    }

    #[test]
    fn an_unknown_hint_is_an_error() {
        let out: Value = serde_json::from_str(&find_all_json("x", false, false, "", "nope", false))
            .unwrap_or_default();
        assert_eq!(out["error"]["kind"], "unknown_carrier");
    }

    #[test]
    fn errors_carry_the_expected_check_digit() {
        let out: Value =
            serde_json::from_str(&parse_json("1Z999AA10123456785", "")).unwrap_or_default();
        assert_eq!(out["error"]["kind"], "check_digit");
        assert_eq!(out["error"]["expectedCheckDigit"], "4");
        let out: Value =
            serde_json::from_str(&parse_json("1Z999AA10123456784", "nope")).unwrap_or_default();
        assert_eq!(out["error"]["kind"], "unknown_carrier");
    }
}

/// The states of the shipments in one vendor document: `{"ok": [...]}` or `{"error": {...}}`
/// naming the JSON path at fault.
#[wasm_bindgen(js_name = fromPayloadJson)]
pub fn from_payload_json(vendor: &str, document: &str, now: &str) -> String {
    let now = match tracking_number_json::optional_now(Some(now)) {
        Ok(t) => t,
        Err(e) => return error_json(&e.to_string(), "payload", None),
    };
    match tracking_number_json::payload_states(vendor, document, now) {
        Ok(states) => json!({"ok": states}).to_string(),
        Err(e) => error_json(&e.to_string(), "payload", None),
    }
}
