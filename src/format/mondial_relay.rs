//! Mondial Relay.
//!
//! Source: merchants' Mondial Relay tracking instructions ("the parcel number consists of 8
//! digits"; tracking at mondialrelay.fr needs it with the recipient's postcode). A bare
//! 8-digit run: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, Layout};

/// 8 digits.
pub(crate) const MONDIAL_RELAY: FormatDef = FormatDef {
    format: Format::MondialRelay,
    carrier: Carrier::MondialRelay,
    confidence: Confidence::Low,
    url: Some("https://www.mondialrelay.fr/suivi-de-colis/?numeroExpedition={}"),
    example: "12345678",
    services: Services::None,
    source: "Mondial Relay tracking instructions (8-digit parcel number)",
    entries: &[entry(Layout::new(&[digits(8)]))],
};
