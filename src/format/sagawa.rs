//! Sagawa Express.
//!
//! Source: Sagawa Express tracking page (waybill numbers of 12 digits). No public check
//! digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 12 digits.
pub(crate) const SAGAWA: FormatDef =
    FormatDef::new(Format::Sagawa, Carrier::Sagawa, Confidence::Low, "360284971506")
        .source("Sagawa Express tracking page (12-digit waybills)")
        .entries(&[entry(Layout::new(&[digits(12)]).group(&[4, 4, 4]))]);
