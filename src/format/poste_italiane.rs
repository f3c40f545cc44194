//! Poste Italiane domestic numbers (international items are S10 `…IT`).
//!
//! Source: Poste Italiane "Cerca spedizioni" help (domestic codes of 12–13 digits). A bare
//! digit run: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, Layout};

/// 12–13 digits.
pub(crate) const DOMESTIC: FormatDef = FormatDef::new(
    Format::PosteItalianeDomestic,
    Carrier::PosteItaliane,
    Confidence::Low,
    "5107263948150",
)
.source("Poste Italiane Cerca spedizioni help (12-13 digits)")
.entries(&[entry(Layout::new(&[digits_var(12, 13)]))]);
