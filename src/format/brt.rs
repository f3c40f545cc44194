//! BRT (Bartolini, Italy).
//!
//! Source: BRT's tracking help: the shipment number has 12 digits, line (3, the departure
//! depot), series (2) and number (7), zero-padded. A bare run: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, FieldKind as F, Layout};

/// 12 digits.
pub(crate) const BRT: FormatDef =
    FormatDef::new(Format::Brt, Carrier::Brt, Confidence::Low, "012000123456")
        .source("BRT tracking help (12 digits: line, series, number)")
        .entries(&[entry(
            Layout::new(&[digits(12)])
                .fields(&[field(F::Depot, 0, 3), field(F::Serial, 5, 12)])
                .group(&[3, 2, 7]),
        )]);
