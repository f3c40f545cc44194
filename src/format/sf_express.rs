//! SF Express.
//!
//! Source: SF Express waybills (`SF` + 13 digits on its international and cross-border
//! labels, as sf-express.com's tracking shows them). No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// `SF` + 13 digits.
pub(crate) const SF_EXPRESS: FormatDef =
    FormatDef::new(Format::SfExpress, Carrier::SfExpress, Confidence::Medium, "SF1234567890123")
        .source("SF Express waybills as shown by sf-express.com (SF + 13 digits)")
        .entries(&[entry(Layout::new(&[lit(b"SF"), digits(13)]).group(&[2, 4, 4, 5]))]);
