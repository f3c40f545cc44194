//! Amazon Logistics and Amazon Shipping.
//!
//! Sources: Amazon's delivery notifications and "Track package" pages (Amazon Logistics
//! numbers: `TBA` followed by 12 digits in the United States, `TBC` in Canada, `TBM` in
//! Mexico); Amazon Seller Central's tracking FAQ (carriers and their tracking ids).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, lit, one_of, Layout};

/// `TBA`/`TBC`/`TBM` + 12 digits, no check digit.
pub(crate) const TBA: FormatDef = FormatDef {
    format: Format::AmazonTba,
    carrier: Carrier::Amazon,
    confidence: Confidence::Medium,
    url: Some("https://track.amazon.com/tracking/{}"),
    example: "TBA000000000000",
    services: Services::None,
    source: "Amazon delivery notifications and Track package pages (TBA/TBC/TBM + 12 digits)",
    entries: &[
        entry(Layout::new(&[lit(b"TB"), one_of(b"ACM"), digits(12)]).group(&[3, 4, 4, 4])),
    ],
};
/// `A`/`F`/`C` + 10 digits: a shape ordinary ids share, so low.
pub(crate) const INTL: FormatDef = FormatDef {
    format: Format::AmazonIntl,
    carrier: Carrier::Amazon,
    confidence: Confidence::Low,
    url: Some("https://track.amazon.com/tracking/{}"),
    example: "A1234567890",
    services: Services::None,
    source: "Amazon international shipment ids as shown on Track package pages (A/F/C + 10 digits)",
    entries: &[
        entry(Layout::new(&[one_of(b"AFC"), digits(10)]).group(&[1, 10])),
    ],
};
