//! Delhivery (India).
//!
//! Source: Delhivery Express API documentation (waybills assigned per order and generated in
//! bulk; 13–14 digit numbers). No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, Layout};

/// 13–14 digits.
pub(crate) const DELHIVERY: FormatDef =
    FormatDef::new(Format::Delhivery, Carrier::Delhivery, Confidence::Low, "2843017659302")
        .source("Delhivery Express API documentation (waybill numbers)")
        .entries(&[entry(Layout::new(&[digits_var(13, 14)]))]);
