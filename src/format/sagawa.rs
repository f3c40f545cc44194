//! Sagawa Express.
//!
//! Source: Sagawa Express tracking page (waybill numbers of 12 digits). No public check
//! digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, Layout};

/// 12 digits.
pub(crate) const SAGAWA: FormatDef = FormatDef {
    format: Format::Sagawa,
    carrier: Carrier::Sagawa,
    confidence: Confidence::Low,
    url: Some("https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={}"),
    example: "123456789012",
    services: Services::None,
    source: "Sagawa Express tracking page (12-digit waybills)",
    entries: &[entry(Layout::new(&[digits(12)]).group(&[4, 4, 4]))],
};
