//! New Zealand Couriers.
//!
//! Source: New Zealand Couriers, "Track and Trace for charge labels" (the label number
//! pre-printed on the charge label is numeric, at most 8 digits). A bare 8-digit run: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 8 digits.
pub(crate) const LABEL: FormatDef = FormatDef::new(
    Format::NzCouriers,
    Carrier::NzCouriers,
    Confidence::Low,
    "48151623",
)
.source("New Zealand Couriers, Track and Trace for charge labels (numeric label number, 8 digits)")
.entries(&[entry(Layout::new(&[digits(8)]).group(&[4, 4]))]);
