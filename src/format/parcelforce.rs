//! Parcelforce Worldwide (United Kingdom).
//!
//! Source: Parcelforce, "Tracking number formats" help: UK tracking is 2 letters and 7
//! numbers (`AA1234567`) or 4 letters and 10 numbers; exports are S10 `…GB` or 12 numbers.
//! No public check digit on the domestic forms.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, upper, Layout};

/// 2 letters + 7 digits.
pub(crate) const UK: FormatDef =
    FormatDef::new(Format::ParcelforceUk, Carrier::Parcelforce, Confidence::Low, "PB1234567")
        .source("Parcelforce help, Tracking number formats (UK tracking)")
        .entries(&[entry(Layout::new(&[upper(2), digits(7)]).group(&[2, 7]))]);
/// 4 letters + 10 digits.
pub(crate) const UK_LONG: FormatDef = FormatDef::new(
    Format::ParcelforceUkLong,
    Carrier::Parcelforce,
    Confidence::Low,
    "PBTM1234567890",
)
.source("Parcelforce help, Tracking number formats (UK tracking: 4 letters and 10 numbers)")
.entries(&[entry(Layout::new(&[upper(4), digits(10)]).group(&[4, 10]))]);
/// Exports: 12 digits.
pub(crate) const EXPORT: FormatDef = FormatDef::new(
    Format::ParcelforceExport,
    Carrier::Parcelforce,
    Confidence::Low,
    "613078254190",
)
.source("Parcelforce help, Tracking number formats (international exports: 12 numbers)")
.entries(&[entry(Layout::new(&[digits(12)]).group(&[4, 4, 4]))]);
