//! Posti (Finland) domestic numbers (international items are S10 `…FI`).
//!
//! Source: Posti parcel labels (shipment ids `JJFI` + 17 digits, the ISO/IEC 15459 licence
//! plate with Posti's issuer code).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, lit, Layout};

/// `JJFI` + 17 digits.
pub(crate) const POSTI: FormatDef = FormatDef {
    format: Format::Posti,
    carrier: Carrier::Posti,
    confidence: Confidence::Medium,
    url: Some("https://www.posti.fi/en/tracking#/lahetys/{}"),
    example: "JJFI12345678901234567",
    services: Services::None,
    source: "Posti parcel labels (JJFI licence plates, ISO/IEC 15459)",
    entries: &[entry(
        Layout::new(&[lit(b"JJFI"), digits(17)]).group(&[4, 17]),
    )],
};
