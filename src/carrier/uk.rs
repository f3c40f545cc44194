//! Parcelforce and Yodel (spec §13, §24; Royal Mail numbers are S10 `…GB`).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, lit, upper, FormatDef, Row, Services};

/// `AA1234567`, `AAAA1234567890` or 12 digits; no public check.
pub(crate) const PARCELFORCE: FormatDef = FormatDef {
    format: Format::Parcelforce,
    id: "parcelforce",
    name: "Parcelforce",
    carrier: Carrier::Parcelforce,
    confidence: Confidence::Low,
    url: Some("https://www.parcelforce.com/track-trace?trackNumber={}"),
    example: "PB1234567",
    services: Services::None,
    rows: &[
        Row::new(&[upper(2), digits(7)]).group(&[2, 7]),
        Row::new(&[upper(4), digits(10)]).group(&[4, 10]),
        Row::new(&[digits(12)]),
    ],
};

/// `JJD`/`JD` + 16 digits (overlaps DHL `JJD`).
pub(crate) const YODEL: FormatDef = FormatDef {
    format: Format::Yodel,
    id: "yodel",
    name: "Yodel",
    carrier: Carrier::Yodel,
    confidence: Confidence::Low,
    url: None,
    example: "JJD0123456789012345",
    services: Services::None,
    rows: &[
        Row::new(&[lit(b"JJD"), digits(16)]).group(&[3]),
        Row::new(&[lit(b"JD"), digits(16)]).group(&[2]),
    ],
};
