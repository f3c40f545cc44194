//! Spee-Dee Delivery (United States).
//!
//! Source: Spee-Dee's tracking page (tracking numbers `SP` + 18 digits). No public check
//! digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, lit, Layout};

/// `SP` + 18 digits.
pub(crate) const SPEEDEE: FormatDef = FormatDef {
    format: Format::Speedee,
    carrier: Carrier::Speedee,
    confidence: Confidence::Low,
    url: Some("https://speedeedelivery.com/track-a-parcel/?v={}"),
    example: "SP004321987654321012",
    services: Services::None,
    source: "Spee-Dee Delivery tracking page (SP + 18 digits)",
    entries: &[entry(
        Layout::new(&[lit(b"SP"), digits(18)]).group(&[2, 18]),
    )],
};
