//! YunExpress.
//!
//! Source: YunExpress waybills (`YT` + 16 digits, as its tracking site yuntrack.com shows
//! them). No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// `YT` + 16 digits.
pub(crate) const YUNEXPRESS: FormatDef = FormatDef::new(
    Format::Yunexpress,
    Carrier::Yunexpress,
    Confidence::Medium,
    "YT2300121234567890",
)
.source("YunExpress waybills as shown by yuntrack.com (YT + 16 digits)")
.entries(&[entry(Layout::new(&[lit(b"YT"), digits(16)]).group(&[2, 4, 4, 4, 4]))]);
