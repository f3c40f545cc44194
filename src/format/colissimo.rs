//! Colissimo / La Poste domestic numbers (international items are S10 `…FR`).
//!
//! Source: La Poste / Colissimo FAQ on tracking ("13 characters, including 1 letter and 12
//! digits, e.g. 8D00432154798"). No public check rule.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, upper, Layout};

/// A digit, a letter and 11 digits.
pub(crate) const COLISSIMO: FormatDef =
    FormatDef::new(Format::Colissimo, Carrier::Colissimo, Confidence::Medium, "8D00432154798")
        .source("Colissimo FAQ, tracking number (1 letter and 12 digits, e.g. 8D00432154798)")
        .entries(&[entry(Layout::new(&[digits(1), upper(1), digits(11)]).group(&[2, 11]))]);
