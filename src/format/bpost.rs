//! bpost (Belgium).
//!
//! Source: bpost FAQ "What does a barcode look like and where can I find it?": 24 digits
//! starting with 3299 or 3232; 18 digits starting with 3232; 27 characters starting with
//! JJBEA; 30 digits starting with 010 for national registered mail; S10 `…BE` numbers.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, pairs, Layout};

/// A bpost format of medium confidence.
const fn bpost(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Bpost, Confidence::Medium, example)
}

/// 24 digits starting `3299` or `3232`.
pub(crate) const PARCEL: FormatDef = bpost(Format::BpostParcel, "323212345678901234567890")
    .source("bpost FAQ, What does a barcode look like (24 digits starting 3299 or 3232)")
    .entries(&[entry(
        Layout::new(&[lit(b"32"), pairs(b"9932"), digits(20)]).group(&[4, 4, 4, 4, 4, 4]),
    )]);
/// 18 digits starting `3232`.
pub(crate) const PARCEL_18: FormatDef = bpost(Format::BpostParcel18, "323256984521032569")
    .source("bpost FAQ, What does a barcode look like (18 digits starting 3232)")
    .entries(&[entry(Layout::new(&[lit(b"3232"), digits(14)]).group(&[4, 4, 4, 4, 2]))]);
/// `JJBEA` + 22 digits.
pub(crate) const JJBEA: FormatDef = bpost(Format::BpostJjbea, "JJBEA2356412012365478896541")
    .source("bpost FAQ, What does a barcode look like (27 characters starting JJBEA)")
    .entries(&[entry(Layout::new(&[lit(b"JJBEA"), digits(22)]).group(&[27]))]);
/// National registered mail: 30 digits starting `010`.
pub(crate) const REGISTERED: FormatDef = bpost(
    Format::BpostRegistered,
    "010541288500452621221234567890",
)
.source(
    "bpost FAQ, What does a barcode look like (30 digits starting 010, national registered mail)",
)
.entries(&[entry(Layout::new(&[lit(b"010"), digits(27)]).group(&[3, 27]))]);
