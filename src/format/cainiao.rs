//! Cainiao (Alibaba's logistics network).
//!
//! Source: cnusup.com, "Package tracking numbers explained" (Cainiao economy numbers `LP` +
//! 12–15 digits; China-to-US numbers `CNUSUP` + 8–11 digits). No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits_var, lit, Layout};

/// `LP` + 12–15 digits.
pub(crate) const CAINIAO: FormatDef = FormatDef {
    format: Format::Cainiao,
    carrier: Carrier::Cainiao,
    confidence: Confidence::Medium,
    url: Some("https://global.cainiao.com/newDetail.htm?mailNoList={}"),
    example: "LP00724622449605",
    services: Services::None,
    source: "cnusup.com, Package tracking numbers explained (LP)",
    entries: &[entry(
        Layout::new(&[lit(b"LP"), digits_var(12, 15)]).group(&[2]),
    )],
};

/// China-to-US numbers: `CNUSUP` + 8–11 digits.
pub(crate) const CNUSUP: FormatDef = FormatDef {
    format: Format::CainiaoCnusup,
    carrier: Carrier::Cainiao,
    confidence: Confidence::Medium,
    url: Some("https://global.cainiao.com/newDetail.htm?mailNoList={}"),
    example: "CNUSUP00012345678",
    services: Services::None,
    source: "cnusup.com, Package tracking numbers explained (CNUSUP)",
    entries: &[entry(
        Layout::new(&[lit(b"CNUSUP"), digits_var(8, 11)]).group(&[17]),
    )],
};
