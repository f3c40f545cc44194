//! 4PX Express.
//!
//! Source: 4PX waybills (`4PX` + digits + `CN`, as 4PX's tracking site shows them). No public
//! check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, lit, Layout};

/// `4PX` + 12–17 digits + `CN`.
pub(crate) const FOUR_PX: FormatDef =
    FormatDef::new(Format::FourPx, Carrier::FourPx, Confidence::Medium, "4PX3001234567890123CN")
        .source("4PX waybills as shown by 4PX's tracking site (4PX + digits + CN)")
        .entries(&[entry(Layout::new(&[lit(b"4PX"), digits_var(12, 17), lit(b"CN")]).group(&[3]))]);
