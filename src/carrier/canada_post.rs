//! Canada Post domestic numbers (spec §11; international items are S10 `…CA`).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, field, Algo, FieldKind as F, FormatDef, Row, Services};

const URL: &str = "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={}";

/// 7-digit origin/customer id + 8-digit serial + GS1 check.
pub(crate) const CP16: FormatDef = FormatDef {
    format: Format::CanadaPost16,
    id: "canada_post_16",
    name: "Canada Post domestic",
    carrier: Carrier::CanadaPost,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "7035114477138472",
    services: Services::None,
    rows: &[Row::new(&[digits(16)])
        .check(Algo::Gs1, (0, -1), -1)
        .fields(&[field(F::Shipper, 0, 7), field(F::Serial, 7, 15)])],
};

/// 12 digits, no known check (low confidence).
pub(crate) const CP12: FormatDef = FormatDef {
    format: Format::CanadaPost12,
    id: "canada_post_12",
    name: "Canada Post domestic 12-digit",
    carrier: Carrier::CanadaPost,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "123456789012",
    services: Services::None,
    rows: &[Row::new(&[digits(12)])],
};
