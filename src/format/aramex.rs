//! Aramex.
//!
//! Source: Aramex tracking page (shipment numbers of 11 digits). No public check digit:
//! low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 11 digits.
pub(crate) const ARAMEX: FormatDef =
    FormatDef::new(Format::Aramex, Carrier::Aramex, Confidence::Low, "30412876593")
        .source("Aramex tracking page (11-digit shipment numbers)")
        .entries(&[entry(Layout::new(&[digits(11)]))]);
