//! Mondial Relay.
//!
//! Source: merchants' Mondial Relay tracking instructions ("the parcel number consists of 8
//! digits"; tracking at mondialrelay.fr needs it with the recipient's postcode). A bare
//! 8-digit run: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 8 digits.
pub(crate) const MONDIAL_RELAY: FormatDef =
    FormatDef::new(Format::MondialRelay, Carrier::MondialRelay, Confidence::Low, "27508316")
        .source("Mondial Relay tracking instructions (8-digit parcel number)")
        .entries(&[entry(Layout::new(&[digits(8)]))]);
