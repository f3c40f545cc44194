//! Canpar Express (Canada).
//!
//! Source: Canpar, "Track a shipment" help (22-character barcodes: a letter and 21 digits).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, one_of, Layout};

/// A letter + 21 digits, no public check digit.
pub(crate) const CANPAR: FormatDef =
    FormatDef::new(Format::Canpar, Carrier::Canpar, Confidence::Low, "D420352470000000000001")
        .source("Canpar tracking help (22-character shipment barcodes)")
        .entries(&[entry(Layout::new(&[one_of(b"CDKLSUXZ"), digits(21)]).group(&[1, 21]))]);
