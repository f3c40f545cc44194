//! Canada Post domestic numbers (international items are S10 `…CA`).
//!
//! Sources: Canada Post, "Find a tracking number" help (16-digit domestic parcel PINs; 12
//! digits on some products); Canada Post's label specification for the parcel barcode
//! (7-digit origin/customer id, 8-digit serial, GS1 mod 10 check).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, FieldKind as F, Layout};

/// A Canada Post format.
const fn canada_post(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::CanadaPost, confidence, example)
}

/// 7-digit origin/customer id + 8-digit serial + GS1 check.
pub(crate) const CP16: FormatDef =
    canada_post(Format::CanadaPost16, Confidence::Medium, "7035114477138472")
        .source(concat!(
            "Canada Post tracking help (16-digit PIN); Canada Post parcel barcode ",
            "specification (GS1 mod 10)"
        ))
        .entries(&[entry(
            Layout::new(&[digits(16)])
                .check(Algorithm::Gs1, (0, -1), -1)
                .fields(&[field(F::Shipper, 0, 7), field(F::Serial, 7, 15)])
                .group(&[4, 4, 4, 4]),
        )]);
/// 12 digits, no known check digit.
pub(crate) const CP12: FormatDef =
    canada_post(Format::CanadaPost12, Confidence::Low, "402176589310")
        .source(
            "Canada Post tracking help (12-digit numbers on some products; no public check digit)",
        )
        .entries(&[entry(Layout::new(&[digits(12)]).group(&[4, 4, 4]))]);
