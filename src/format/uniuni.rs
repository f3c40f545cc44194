//! UniUni (Canada and the United States).
//!
//! Source: UniUni Ship API documentation, "Track shipment by tracking id" (tracking ids are
//! 19 characters: `UR` + 17 digits, or `URB` + 16 digits for batches).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// A UniUni format of medium confidence.
const fn uniuni(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Uniuni, Confidence::Medium, example)
}

/// `UR` + 17 digits.
pub(crate) const UNIUNI: FormatDef = uniuni(Format::Uniuni, "UR06250000000000351")
    .source("UniUni Ship API documentation (tracking ids UR + 17 digits, URB + 16 digits)")
    .entries(&[entry(Layout::new(&[lit(b"UR"), digits(17)]).group(&[2, 17]))]);

/// Batch tracking ids: `URB` + 16 digits.
pub(crate) const BATCH: FormatDef = uniuni(Format::UniuniBatch, "URB0625000000000351")
    .source("UniUni Ship API documentation (batch tracking ids URB + 16 digits)")
    .entries(&[entry(Layout::new(&[lit(b"URB"), digits(16)]).group(&[3, 16]))]);
