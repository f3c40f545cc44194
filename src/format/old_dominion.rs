//! Old Dominion Freight Line (LTL freight).
//!
//! Source: Old Dominion's shipment tracking page (track by PRO number: 10 or 11 digits).
//! No public check digit: a bare digit run, so only a carrier hint or a label accepts it.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, Layout};

/// PRO number: 10–11 digits.
pub(crate) const PRO: FormatDef =
    FormatDef::new(Format::OldDominion, Carrier::OldDominion, Confidence::Low, "07123456789")
        .source("Old Dominion shipment tracking (PRO numbers)")
        .entries(&[entry(Layout::new(&[digits_var(10, 11)]))]);
