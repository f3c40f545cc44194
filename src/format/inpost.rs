//! InPost (parcel lockers and courier).
//!
//! Source: 4tracking's InPost page ("the InPost tracking number has 24 characters, all
//! digits"). No public check digit: a bare run, low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 24 digits.
pub(crate) const INPOST: FormatDef =
    FormatDef::new(Format::Inpost, Carrier::Inpost, Confidence::Low, "520000014433330021832563")
        .source("4tracking.net, InPost tracking numbers (24 digits)")
        .entries(&[entry(Layout::new(&[digits(24)]).group(&[4, 4, 4, 4, 4, 4]))]);
