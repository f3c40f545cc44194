//! Estafeta (Mexico).
//!
//! Source: Estafeta "Rastreo" help (a 22-character guide number or a 10-digit tracking
//! code). No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{alnum, digits, Layout};

/// An Estafeta format of low confidence.
const fn estafeta(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Estafeta, Confidence::Low, example)
}

/// Guide number: 22 characters.
pub(crate) const GUIDE: FormatDef = estafeta(Format::EstafetaGuide, "8055241528464720099314")
    .source("Estafeta Rastreo help (22-character guide number)")
    .entries(&[entry(Layout::new(&[digits(1), alnum(21)]))]);
/// Tracking code: 10 digits.
pub(crate) const CODE: FormatDef = estafeta(Format::EstafetaCode, "8052716439")
    .source("Estafeta Rastreo help (10-digit tracking code)")
    .entries(&[entry(Layout::new(&[digits(10)]))]);
