//! Blue Dart (India).
//!
//! Source: Blue Dart tracking page (waybill numbers of 11 digits). No public check digit:
//! low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 11 digits.
pub(crate) const BLUE_DART: FormatDef =
    FormatDef::new(Format::BlueDart, Carrier::BlueDart, Confidence::Low, "71035824690")
        .source("Blue Dart tracking page (11-digit waybills)")
        .entries(&[entry(Layout::new(&[digits(11)]))]);
