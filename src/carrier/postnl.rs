//! PostNL domestic `3S` barcodes (spec §17; international items are S10 `…NL`).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, field, lit, upper, FieldKind as F, FormatDef, Row, Services, END};

/// `3S` + 4-letter customer code + 7 or 9 digits (13 or 15 characters), no check.
pub(crate) const THREE_S: FormatDef = FormatDef {
    format: Format::Postnl3s,
    id: "postnl_3s",
    name: "PostNL 3S",
    carrier: Carrier::Postnl,
    confidence: Confidence::Medium,
    url: Some("https://jouw.postnl.nl/track-and-trace/{}"),
    example: "3SCBLU5654286",
    services: Services::None,
    rows: &[
        Row::new(&[lit(b"3S"), upper(4), digits(7)])
            .fields(&[field(F::Shipper, 2, 6), field(F::Serial, 6, END)])
            .group(&[2, 4, 7]),
        Row::new(&[lit(b"3S"), upper(4), digits(9)])
            .fields(&[field(F::Shipper, 2, 6), field(F::Serial, 6, END)])
            .group(&[2, 4, 9]),
    ],
};
