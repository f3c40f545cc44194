//! Parcelforce Worldwide (United Kingdom).
//!
//! Source: Parcelforce, "Tracking number formats" help: UK tracking is 2 letters and 7
//! numbers (`AA1234567`) or 4 letters and 10 numbers; exports are S10 `…GB` or 12 numbers.
//! No public check digit on the domestic forms.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, upper, Layout};

/// 2 letters + 7 digits.
pub(crate) const UK: FormatDef = FormatDef {
    format: Format::ParcelforceUk,
    carrier: Carrier::Parcelforce,
    confidence: Confidence::Low,
    url: Some("https://www.parcelforce.com/track-trace?trackNumber={}"),
    example: "PB1234567",
    services: Services::None,
    source: "Parcelforce help, Tracking number formats (UK tracking)",
    entries: &[entry(Layout::new(&[upper(2), digits(7)]).group(&[2, 7]))],
};
/// 4 letters + 10 digits.
pub(crate) const UK_LONG: FormatDef = FormatDef {
    format: Format::ParcelforceUkLong,
    carrier: Carrier::Parcelforce,
    confidence: Confidence::Low,
    url: Some("https://www.parcelforce.com/track-trace?trackNumber={}"),
    example: "PBTM1234567890",
    services: Services::None,
    source: "Parcelforce help, Tracking number formats (UK tracking: 4 letters and 10 numbers)",
    entries: &[entry(Layout::new(&[upper(4), digits(10)]).group(&[4, 10]))],
};
/// Exports: 12 digits.
pub(crate) const EXPORT: FormatDef = FormatDef {
    format: Format::ParcelforceExport,
    carrier: Carrier::Parcelforce,
    confidence: Confidence::Low,
    url: Some("https://www.parcelforce.com/track-trace?trackNumber={}"),
    example: "123456789012",
    services: Services::None,
    source: "Parcelforce help, Tracking number formats (international exports: 12 numbers)",
    entries: &[entry(Layout::new(&[digits(12)]).group(&[4, 4, 4]))],
};
