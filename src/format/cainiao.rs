//! Cainiao (Alibaba's logistics network).
//!
//! Source: cnusup.com, "Package tracking numbers explained" (Cainiao economy numbers `LP` +
//! 12–15 digits; China-to-US numbers `CNUSUP` + 8–11 digits). No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, lit, Layout};

/// A Cainiao format of medium confidence.
const fn cainiao(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Cainiao, Confidence::Medium, example)
}

/// `LP` + 12–15 digits.
pub(crate) const CAINIAO: FormatDef = cainiao(Format::Cainiao, "LP00724622449605")
    .source("cnusup.com, Package tracking numbers explained (LP)")
    .entries(&[entry(Layout::new(&[lit(b"LP"), digits_var(12, 15)]).group(&[2]))]);

/// China-to-US numbers: `CNUSUP` + 8–11 digits.
pub(crate) const CNUSUP: FormatDef = cainiao(Format::CainiaoCnusup, "CNUSUP00012345678")
    .source("cnusup.com, Package tracking numbers explained (CNUSUP)")
    .entries(&[entry(Layout::new(&[lit(b"CNUSUP"), digits_var(8, 11)]).group(&[17]))]);
