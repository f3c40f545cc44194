//! Hermes Germany.
//!
//! Source: Hermes Germany "Sendungsverfolgung" help (Sendungsnummern of 14 digits, and of 20
//! characters starting with `H` on newer labels); paketda.de, "Prüfziffern" (the 14-digit
//! numbers end in a GS1 mod 10 check digit, weights 3 and 1).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// A Hermes Germany format.
const fn hermes(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Hermes, confidence, example)
}

/// `H` + 19 digits.
pub(crate) const HERMES: FormatDef =
    hermes(Format::HermesDe, Confidence::Medium, "H1001234567890123456")
        .source("Hermes Germany Sendungsverfolgung help (14 digits; H + 19 digits)")
        .entries(&[entry(Layout::new(&[lit(b"H"), digits(19)]).group(&[1, 4, 5, 5, 5]))]);

/// 14 digits with the GS1 check (a bare run that collides with GTIN-14 and other carriers'
/// numbers: low).
pub(crate) const HERMES_14: FormatDef =
    hermes(Format::HermesDe14, Confidence::Low, "09133131530724")
        .source(concat!(
            "Hermes Germany Sendungsverfolgung help (14-digit Sendungsnummern); ",
            "paketda.de, Pruefziffern (Hermes: GS1 mod 10, weights 3 and 1)"
        ))
        .entries(&[entry(
            Layout::new(&[digits(14)]).check(Algorithm::Gs1, (0, -1), -1).group(&[4, 4, 4, 2]),
        )]);
