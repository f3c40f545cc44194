//! Ukrposhta domestic items (international items are S10 `…UA`).
//!
//! Source: Ukrposhta, "Пошук поштових відправлень" (tracking) page: a domestic item's
//! identifier is 13 digits (its example `0123456789123`). No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, Layout};

/// 13 digits.
pub(crate) const DOMESTIC: FormatDef = FormatDef {
    format: Format::UkrposhtaDomestic,
    carrier: Carrier::Ukrposhta,
    confidence: Confidence::Low,
    url: Some("https://track.ukrposhta.ua/tracking_UA.html?barcode={}"),
    example: "0503712345678",
    services: Services::None,
    source: "Ukrposhta tracking page (domestic identifiers of 13 digits)",
    entries: &[entry(Layout::new(&[digits(13)]).group(&[13]))],
};
