//! Landmark Global (spec §23).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, field, lit, FieldKind as F, FormatDef, Row, Services};

/// `LTN` + 8 digits + `N1`, no check.
pub(crate) const LTN: FormatDef = FormatDef {
    format: Format::Landmark,
    id: "landmark",
    name: "Landmark Global",
    carrier: Carrier::Landmark,
    confidence: Confidence::Medium,
    url: Some("https://track.landmarkglobal.com/?search={}"),
    example: "LTN74207623N1",
    services: Services::None,
    rows: &[Row::new(&[lit(b"LTN"), digits(8), lit(b"N1")])
        .fields(&[field(F::Serial, 3, 11)])
        .group(&[3, 8, 2])],
};
