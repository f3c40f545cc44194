//! Amazon Logistics and Amazon Shipping.
//!
//! Sources: Amazon's delivery notifications and "Track package" pages (Amazon Logistics
//! numbers: `TBA` followed by 12 digits in the United States, `TBC` in Canada, `TBM` in
//! Mexico); parcelsapp.com, "Amazon Logistics" (`TBA`, `TBC`, `TBM` numbers, some with three
//! letters after the prefix, e.g. `TBAONT500361196`); Amazon Seller Central's tracking FAQ
//! (carriers and their tracking ids); public reports of Amazon Shipping in Europe (numbers
//! of a country code and ten digits, tracked at `track.amazon.<country>`).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, one_of, pairs, upper, FieldKind as F, Layout};

/// An Amazon Logistics format.
const fn amazon(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Amazon, confidence, example)
}

/// `TBA`/`TBC`/`TBM` + 12 digits, no check digit.
pub(crate) const TBA: FormatDef = amazon(Format::AmazonTba, Confidence::Medium, "TBA000000000000")
    .source("Amazon delivery notifications and Track package pages (TBA/TBC/TBM + 12 digits)")
    .entries(&[
        entry(Layout::new(&[lit(b"TB"), one_of(b"ACM"), digits(12)]).group(&[3, 4, 4, 4])),
        entry(Layout::new(&[lit(b"TB"), one_of(b"ACM"), upper(3), digits(9)]).group(&[3, 3, 9])),
    ]);
/// `A`/`F`/`C` + 10 digits: a shape ordinary ids share, so low.
pub(crate) const INTL: FormatDef = amazon(Format::AmazonIntl, Confidence::Low, "A1234567890")
    .source("Amazon international shipment ids as shown on Track package pages (A/F/C + 10 digits)")
    .entries(&[entry(Layout::new(&[one_of(b"AFC"), digits(10)]).group(&[1, 10]))]);

/// Amazon Shipping (Europe): a country code + 10 digits, a shape ordinary references share:
/// low.
pub(crate) const SHIPPING_EU: FormatDef =
    FormatDef::new(Format::AmazonShippingEu, Carrier::Amazon, Confidence::Low, "IT1234567890")
        .untracked()
        .source("public reports of Amazon Shipping numbers in Europe (country code + 10 digits)")
        .entries(&[entry(
            Layout::new(&[pairs(b"ITESFRDEGBNLPLSEBE"), digits(10)])
                .fields(&[field(F::Country, 0, 2)])
                .group(&[2, 10]),
        )]);
