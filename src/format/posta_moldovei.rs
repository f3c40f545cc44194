//! Poșta Moldovei domestic items (international items are S10 `…MD`).
//!
//! Source: Poșta Moldovei, "Tracking" page (local items have 14 characters, such as
//! `DS0123456789RR`: `D`, a letter, ten digits, and `RR`, `CC`, `AS` or `AR`). No public
//! check digit; the fixed letters set it apart.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, pairs, upper, FieldKind as F, Layout};

/// `D` + a letter + 10 digits + `RR`/`CC`/`AS`/`AR`.
pub(crate) const DOMESTIC: FormatDef = FormatDef::new(
    Format::PostaMoldoveiDomestic,
    Carrier::PostaMoldovei,
    Confidence::Medium,
    "DS4815162342RR",
)
.source("Poșta Moldovei tracking page (local items: D + letter + 10 digits + RR/CC/AS/AR)")
.entries(&[entry(
    Layout::new(&[lit(b"D"), upper(1), digits(10), pairs(b"RRCCASAR")])
        .fields(&[field(F::Service, 0, 2), field(F::Serial, 2, 12)])
        .group(&[2, 5, 5, 2]),
)]);
