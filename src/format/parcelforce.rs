//! Parcelforce Worldwide (United Kingdom).
//!
//! Source: Parcelforce, "Tracking number formats" help: UK tracking is 2 letters and 7
//! numbers (`AA1234567`) or 4 letters and 10 numbers; exports are S10 `…GB` or 12 numbers.
//! No public check digit on the domestic forms; the export S10 numbers carry the S10 check
//! digit (UPU standard S10). Those are also Royal Mail's (the designated operator of `GB`), the
//! default answer; Parcelforce's reading is listed, low.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, upper, Layout};

/// A Parcelforce Worldwide format of low confidence.
const fn parcelforce(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Parcelforce, Confidence::Low, example)
}

/// 2 letters + 7 digits.
pub(crate) const UK: FormatDef = parcelforce(Format::ParcelforceUk, "PB1234567")
    .source("Parcelforce help, Tracking number formats (UK tracking)")
    .entries(&[entry(Layout::new(&[upper(2), digits(7)]).group(&[2, 7]))]);
/// 4 letters + 10 digits.
pub(crate) const UK_LONG: FormatDef = parcelforce(Format::ParcelforceUkLong, "PBTM1234567890")
    .source("Parcelforce help, Tracking number formats (UK tracking: 4 letters and 10 numbers)")
    .entries(&[entry(Layout::new(&[upper(4), digits(10)]).group(&[4, 10]))]);
/// Exports: 12 digits.
pub(crate) const EXPORT: FormatDef = parcelforce(Format::ParcelforceExport, "613078254190")
    .source("Parcelforce help, Tracking number formats (international exports: 12 numbers)")
    .entries(&[entry(Layout::new(&[digits(12)]).group(&[4, 4, 4]))]);

/// Exports: S10-shaped with `GB`.
pub(crate) const INTERNATIONAL: FormatDef =
    parcelforce(Format::ParcelforceInternational, "EJ123456785GB")
        .source(
            "Parcelforce help, Tracking number formats (exports: S10 numbers ending GB); UPU S10",
        )
        .entries(&[entry(
            Layout::new(&[upper(2), digits(8), digits(1), lit(b"GB")])
                .check(Algorithm::S10, (2, 10), 10)
                .group(&[2, 3, 3, 3, 2]),
        )]);
