//! Landmark Global.
//!
//! Source: Landmark Global's tracking page (`LTN` + 8 digits + `N1` shipment ids).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, FieldKind as F, Layout};

/// `LTN` + 8 digits + `N1`.
pub(crate) const LTN: FormatDef =
    FormatDef::new(Format::Landmark, Carrier::Landmark, Confidence::Medium, "LTN74207623N1")
        .source("Landmark Global tracking page (LTN numbers)")
        .entries(&[entry(
            Layout::new(&[lit(b"LTN"), digits(8), lit(b"N1")])
                .fields(&[field(F::Serial, 3, 11)])
                .group(&[3, 8, 2]),
        )]);
