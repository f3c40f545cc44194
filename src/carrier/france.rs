//! Colissimo / La Poste and Chronopost domestic numbers (spec §21).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, field, upper, Algo, Extra, FieldKind as F, FormatDef, Row, Services};

/// A digit, a letter and 11 digits (`6A12345678901`); no public check.
pub(crate) const COLISSIMO: FormatDef = FormatDef {
    format: Format::Colissimo,
    id: "colissimo",
    name: "Colissimo",
    carrier: Carrier::Colissimo,
    confidence: Confidence::Low,
    url: Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}"),
    example: "6A12345678901",
    services: Services::None,
    rows: &[Row::new(&[digits(1), upper(1), digits(11)]).group(&[2, 11])],
};

/// S10-shaped `XX123456789FR` with the S10 check (also reported as `s10` for La Poste).
pub(crate) const CHRONOPOST: FormatDef = FormatDef {
    format: Format::Chronopost,
    id: "chronopost",
    name: "Chronopost",
    carrier: Carrier::Chronopost,
    confidence: Confidence::Low,
    url: Some("https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={}"),
    example: "XA123456785FR",
    services: Services::S10,
    rows: &[Row::new(&[upper(2), digits(8), digits(1), upper(2)])
        .check(Algo::S10, (2, 10), 10)
        .fields(&[
            field(F::Service, 0, 2),
            field(F::Serial, 2, 10),
            field(F::Country, 11, 13),
        ])
        .extra(Extra::S10Suffix(b"FR"))
        .group(&[2, 3, 3, 3, 2])],
};
