//! Ukrposhta domestic items (international items are S10 `…UA`).
//!
//! Source: Ukrposhta, "Пошук поштових відправлень" (tracking) page: a domestic item's
//! identifier is 13 digits (its example `0123456789123`). No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 13 digits.
pub(crate) const DOMESTIC: FormatDef =
    FormatDef::new(Format::UkrposhtaDomestic, Carrier::Ukrposhta, Confidence::Low, "0503712345678")
        .source("Ukrposhta tracking page (domestic identifiers of 13 digits)")
        .entries(&[entry(Layout::new(&[digits(13)]).group(&[13]))]);
