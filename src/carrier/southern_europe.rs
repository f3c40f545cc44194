//! Correos and Poste Italiane domestic numbers (spec §22; low confidence, recognise only).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{alnum_var, digits_var, pairs, FormatDef, Row, Services};

/// `PQ`/`PK` + 19–21 letters/digits (about 23 characters).
pub(crate) const CORREOS: FormatDef = FormatDef {
    format: Format::CorreosDomestic,
    id: "correos_domestic",
    name: "Correos domestic",
    carrier: Carrier::Correos,
    confidence: Confidence::Low,
    url: Some(
        "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={}",
    ),
    example: "PQ4F6P0702945480108001Z",
    services: Services::None,
    rows: &[Row::new(&[pairs(b"PQPK"), alnum_var(19, 21)]).group(&[2])],
};

/// 12–13 digits.
pub(crate) const POSTE_ITALIANE: FormatDef = FormatDef {
    format: Format::PosteItalianeDomestic,
    id: "poste_italiane_domestic",
    name: "Poste Italiane domestic",
    carrier: Carrier::PosteItaliane,
    confidence: Confidence::Low,
    url: Some("https://www.poste.it/cerca/index.html#/risultati-spedizioni/{}"),
    example: "1234567890123",
    services: Services::None,
    rows: &[Row::new(&[digits_var(12, 13)])],
};
