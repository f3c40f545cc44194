//! Purolator (spec §12).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, upper, Algo, FormatDef, Row, Services};

const URL: &str = "https://www.purolator.com/en/shipping/tracker?pin={}";

/// 12 digits, Luhn.
pub(crate) const PIN: FormatDef = FormatDef {
    format: Format::Purolator,
    id: "purolator",
    name: "Purolator",
    carrier: Carrier::Purolator,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "320595463938",
    services: Services::None,
    rows: &[Row::new(&[digits(12)]).check(Algo::Luhn, (0, -1), -1)],
};

/// 3 letters + 9 digits, no known check.
pub(crate) const ALPHA: FormatDef = FormatDef {
    format: Format::PurolatorAlpha,
    id: "purolator_alpha",
    name: "Purolator alphanumeric",
    carrier: Carrier::Purolator,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "KYV009956937",
    services: Services::None,
    rows: &[Row::new(&[upper(3), digits(9)]).group(&[3, 3, 3, 3])],
};
