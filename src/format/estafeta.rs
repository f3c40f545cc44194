//! Estafeta (Mexico).
//!
//! Source: Estafeta "Rastreo" help (a 22-character guide number or a 10-digit tracking
//! code). No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{alnum, digits, Layout};

/// Guide number: 22 characters.
pub(crate) const GUIDE: FormatDef = FormatDef::new(
    Format::EstafetaGuide,
    Carrier::Estafeta,
    Confidence::Low,
    "8055241528464720099314",
)
.source("Estafeta Rastreo help (22-character guide number)")
.entries(&[entry(Layout::new(&[digits(1), alnum(21)]))]);
/// Tracking code: 10 digits.
pub(crate) const CODE: FormatDef =
    FormatDef::new(Format::EstafetaCode, Carrier::Estafeta, Confidence::Low, "8052716439")
        .source("Estafeta Rastreo help (10-digit tracking code)")
        .entries(&[entry(Layout::new(&[digits(10)]))]);
