//! Yodel (United Kingdom).
//!
//! Source: Yodel's "Track a parcel" page (16-digit parcel numbers shown with the `JD`/`JJD`
//! barcode prefix). No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// A Yodel format.
const fn yodel(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Yodel, confidence, example)
}

/// `JJD`/`JD` + 16 digits: a literal prefix and a fixed length, distinctive enough to be the
/// default answer (medium). `JJD` is the licence-plate data identifier that DHL's piece codes
/// carry too, mostly with other lengths (`JJD` + 18 digits, a DHL piece id); the DHL Paket
/// reading of a `JJD` + 16-digit code stays listed after this one, low.
pub(crate) const YODEL: FormatDef = yodel(Format::Yodel, Confidence::Medium, "JJD0123456789012345")
    .source("Yodel Track a parcel page (JD/JJD + 16 digits)")
    .entries(&[
        entry(Layout::new(&[lit(b"JJD"), digits(16)]).group(&[3, 16])),
        entry(Layout::new(&[lit(b"JD"), digits(16)]).group(&[2, 16])),
    ]);

/// `8YDR` + 9 digits (Yodel's own references for items entering its network directly).
pub(crate) const YDR: FormatDef = yodel(Format::YodelYdr, Confidence::Medium, "8YDR123456789")
    .source("Yodel help centre, What is my tracking number (8YDR references)")
    .entries(&[entry(Layout::new(&[lit(b"8YDR"), digits(9)]).group(&[4, 9]))]);

/// Older references printed `0980982.1`: 7 digits, a dot, 1 digit (8 digits once the dot is
/// gone; a bare run: low).
pub(crate) const DOTTED: FormatDef = yodel(Format::YodelDotted, Confidence::Low, "09809821")
    .source("Yodel help centre, What is my tracking number (references such as 0980982.1)")
    .entries(&[entry(Layout::new(&[digits(7), digits(1)]).group(&[7, 1]))]);
