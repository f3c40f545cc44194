//! Spee-Dee Delivery (United States).
//!
//! Source: Spee-Dee's tracking page (tracking numbers `SP` + 18 digits). No public check
//! digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// `SP` + 18 digits.
pub(crate) const SPEEDEE: FormatDef =
    FormatDef::new(Format::Speedee, Carrier::Speedee, Confidence::Low, "SP004321987654321012")
        .source("Spee-Dee Delivery tracking page (SP + 18 digits)")
        .entries(&[entry(Layout::new(&[lit(b"SP"), digits(18)]).group(&[2, 18]))]);
