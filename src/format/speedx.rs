//! SpeedX (United States; e-commerce last mile for SHEIN, Temu and other marketplaces).
//!
//! Source: Ship24, "SpeedX tracking number" (numbers always start with `SPX`; most are 18
//! characters, `SPX` + 15 digits; some carry a short alphanumeric segment after the prefix).
//! No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{alnum_var, digits, lit, Extra, Layout};

/// A SpeedX format.
const fn speedx(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Speedx, confidence, example)
}

/// `SPX` + 15 digits.
pub(crate) const SPEEDX: FormatDef =
    speedx(Format::Speedx, Confidence::Medium, "SPX012345678901234")
        .source(
            "Ship24, SpeedX tracking number (SPX + 15 digits; some with an alphanumeric segment)",
        )
        .entries(&[entry(Layout::new(&[lit(b"SPX"), digits(15)]).group(&[3, 5, 5, 5]))]);

/// `SPX` + 10–20 letters and digits (a shop's alphanumeric segment after the prefix: low).
pub(crate) const MIXED: FormatDef = speedx(Format::SpeedxMixed, Confidence::Low, "SPXAB12345678")
    .source("Ship24, SpeedX tracking number (some with an alphanumeric segment after SPX)")
    .entries(&[entry(
        Layout::new(&[lit(b"SPX"), alnum_var(10, 20)]).extra(Extra::Mixed).group(&[3]),
    )]);
