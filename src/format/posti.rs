//! Posti (Finland) domestic numbers (international items are S10 `…FI`).
//!
//! Source: Posti parcel labels (shipment ids `JJFI` + 17 digits, the ISO/IEC 15459 licence
//! plate with Posti's issuer code).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// `JJFI` + 17 digits.
pub(crate) const POSTI: FormatDef =
    FormatDef::new(Format::Posti, Carrier::Posti, Confidence::Medium, "JJFI12345678901234567")
        .source("Posti parcel labels (JJFI licence plates, ISO/IEC 15459)")
        .entries(&[entry(Layout::new(&[lit(b"JJFI"), digits(17)]).group(&[4, 17]))]);
