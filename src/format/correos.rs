//! Correos (Spain) domestic numbers (international items are S10 `…ES`).
//!
//! Source: Correos "Localizador" help (domestic parcel codes of 23 characters starting `PQ`
//! or `PK`). No public check rule.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{alnum_var, pairs, Layout};

/// `PQ`/`PK` + 19–21 letters and digits.
pub(crate) const DOMESTIC: FormatDef = FormatDef {
    format: Format::CorreosDomestic,
    carrier: Carrier::Correos,
    confidence: Confidence::Medium,
    url: Some("https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={}"),
    example: "PQ4F6P0702945480108001Z",
    services: Services::None,
    source: "Correos Localizador help (PQ/PK domestic codes)",
    entries: &[
        entry(Layout::new(&[pairs(b"PQPK"), alnum_var(19, 21)]).group(&[2])),
    ],
};
