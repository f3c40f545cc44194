//! Packeta (Zásilkovna).
//!
//! Source: Packeta labels and notifications (parcel numbers `Z` + 10 digits, printed
//! `Z 123 4567 890`). No public check digit; the prefix sets them apart.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// `Z` + 10 digits.
pub(crate) const PACKETA: FormatDef =
    FormatDef::new(Format::Packeta, Carrier::Packeta, Confidence::Medium, "Z1234567890")
        .source("Packeta labels (Z + 10 digits)")
        .entries(&[entry(Layout::new(&[lit(b"Z"), digits(10)]).group(&[1, 3, 4, 3]))]);
