//! Smaller carriers of spec §24 (low confidence, recognise only).
//!
//! The specification lists Canpar's layout; the Spee-Dee and YunExpress layouts below are
//! assumptions (a 20-character `SP` number, `YT` + 16 digits) and are ranked last. Old
//! Dominion and GOFO have carrier ids but no layout until the specification gives one.

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, lit, one_of, FormatDef, Row, Services};

/// A letter out of `CDKLSUXZ` + 21 digits.
pub(crate) const CANPAR: FormatDef = FormatDef {
    format: Format::Canpar,
    id: "canpar",
    name: "Canpar",
    carrier: Carrier::Canpar,
    confidence: Confidence::Low,
    url: None,
    example: "D123456789012345678901",
    services: Services::None,
    rows: &[Row::new(&[one_of(b"CDKLSUXZ"), digits(21)]).group(&[1])],
};

/// `SP` + 18 digits (20 characters).
pub(crate) const SPEEDEE: FormatDef = FormatDef {
    format: Format::Speedee,
    id: "speedee",
    name: "Spee-Dee Delivery",
    carrier: Carrier::Speedee,
    confidence: Confidence::Low,
    url: None,
    example: "SP123456789012345678",
    services: Services::None,
    rows: &[Row::new(&[lit(b"SP"), digits(18)]).group(&[2])],
};

/// `YT` + 16 digits.
pub(crate) const YUNEXPRESS: FormatDef = FormatDef {
    format: Format::Yunexpress,
    id: "yunexpress",
    name: "YunExpress",
    carrier: Carrier::Yunexpress,
    confidence: Confidence::Low,
    url: None,
    example: "YT1234567890123456",
    services: Services::None,
    rows: &[Row::new(&[lit(b"YT"), digits(16)]).group(&[2])],
};
