//! Evri (formerly Hermes UK) and Hermes Germany (spec §14).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, lit, Algo, FormatDef, Row, Services};

/// 16-digit parcel number (Medium) or 8-digit calling-card number (Low); no public check.
pub(crate) const EVRI: FormatDef = FormatDef {
    format: Format::Evri,
    id: "evri",
    name: "Evri",
    carrier: Carrier::Evri,
    confidence: Confidence::Medium,
    url: Some("https://www.evri.com/track/parcel/{}/details"),
    example: "1234567890123456",
    services: Services::None,
    rows: &[
        Row::new(&[digits(16)]),
        Row::new(&[digits(8)]).confidence(Confidence::Low),
    ],
};

/// 14 digits with GS1 check over 13 (Medium), or `H` + 19 digits (Low, no check).
pub(crate) const HERMES_DE: FormatDef = FormatDef {
    format: Format::HermesDe,
    id: "hermes_de",
    name: "Hermes Germany",
    carrier: Carrier::Hermes,
    confidence: Confidence::Medium,
    url: Some("https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#{}"),
    example: "09133131530724",
    services: Services::None,
    rows: &[
        Row::new(&[digits(14)]).check(Algo::Gs1, (0, -1), -1),
        Row::new(&[lit(b"H"), digits(19)])
            .confidence(Confidence::Low)
            .group(&[1]),
    ],
};
