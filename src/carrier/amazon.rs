//! Amazon Logistics (spec §9).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, lit, one_of, FormatDef, Row, Services};

const URL: &str = "https://track.amazon.com/tracking/{}";

/// `TBA`/`TBC`/`TBM` + 12 digits, no check.
pub(crate) const TBA: FormatDef = FormatDef {
    format: Format::AmazonTba,
    id: "amazon_tba",
    name: "Amazon Logistics",
    carrier: Carrier::Amazon,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "TBA000000000000",
    services: Services::None,
    rows: &[Row::new(&[lit(b"TB"), one_of(b"ACM"), digits(12)]).group(&[3, 4, 4, 4])],
};

/// `A`/`F`/`C` + 10 digits (reported, low confidence).
pub(crate) const INTL: FormatDef = FormatDef {
    format: Format::AmazonIntl,
    id: "amazon_intl",
    name: "Amazon international",
    carrier: Carrier::Amazon,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "A1234567890",
    services: Services::None,
    rows: &[Row::new(&[one_of(b"AFC"), digits(10)]).group(&[1, 10])],
};
