//! Hermes Germany.
//!
//! Source: Hermes Germany "Sendungsverfolgung" help (Sendungsnummern of 14 digits, and of 20
//! characters starting with `H` on newer labels). The 14-digit check digit is unconfirmed
//! (a pass is evidence, a failure is not a mismatch).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, lit, Layout};

/// `H` + 19 digits; 14 digits (low).
pub(crate) const HERMES: FormatDef = FormatDef {
    format: Format::HermesDe,
    carrier: Carrier::Hermes,
    confidence: Confidence::Medium,
    url: Some("https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{}"),
    example: "H1001234567890123456",
    services: Services::None,
    source: "Hermes Germany Sendungsverfolgung help (14 digits; H + 19 digits)",
    entries: &[
        entry(Layout::new(&[lit(b"H"), digits(19)]).group(&[1, 4, 5, 5, 5])),
        entry(Layout::new(&[digits(14)]).soft_check(Algorithm::Gs1, (0, -1), -1).group(&[4, 4, 4, 2])).confidence(Confidence::Low),
    ],
};
