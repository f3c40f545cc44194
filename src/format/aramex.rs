//! Aramex.
//!
//! Source: Aramex tracking page (shipment numbers of 11 digits). No public check digit:
//! low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, Layout};

/// 11 digits.
pub(crate) const ARAMEX: FormatDef = FormatDef {
    format: Format::Aramex,
    carrier: Carrier::Aramex,
    confidence: Confidence::Low,
    url: Some("https://www.aramex.com/track/results?ShipmentNumber={}"),
    example: "12345678901",
    services: Services::None,
    source: "Aramex tracking page (11-digit shipment numbers)",
    entries: &[entry(Layout::new(&[digits(11)]))],
};
