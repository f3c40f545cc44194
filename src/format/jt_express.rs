//! J&T Express.
//!
//! Source: J&T Express waybills (`JT` + 13 digits, as J&T's tracking pages show them). No
//! public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// `JT` + 13 digits.
pub(crate) const JT_EXPRESS: FormatDef =
    FormatDef::new(Format::JtExpress, Carrier::JtExpress, Confidence::Medium, "JT1234567890123")
        .source("J&T Express waybills as shown by its tracking pages (JT + 13 digits)")
        .entries(&[entry(Layout::new(&[lit(b"JT"), digits(13)]).group(&[2, 4, 4, 5]))]);
