//! GLS (spec §16). The check rule is unconfirmed: never rejected on it.

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{alnum, digits_var, field, Extra, FieldKind as F, FormatDef, Row, Services};

const URL: &str = "https://gls-group.com/track/{}";

/// 11–14 digits: 2-digit depot, 2-digit product, serial.
pub(crate) const PARCEL: FormatDef = FormatDef {
    format: Format::Gls,
    id: "gls",
    name: "GLS parcel number",
    carrier: Carrier::Gls,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "12345678901",
    services: Services::Ranges(&[
        (10, 68, "standard parcel"),
        (71, 72, "CashService"),
        (74, 74, "DeliveryAtWork"),
        (85, 85, "Express"),
    ]),
    rows: &[
        Row::new(&[digits_var(11, 14)]).fields(&[field(F::Depot, 0, 2), field(F::Service, 2, 4)])
    ],
};

/// Track-ID: 8 letters and digits (at least one of each).
pub(crate) const TRACK_ID: FormatDef = FormatDef {
    format: Format::GlsTrackId,
    id: "gls_track_id",
    name: "GLS Track-ID",
    carrier: Carrier::Gls,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "XHAX4HDA",
    services: Services::None,
    rows: &[Row::new(&[alnum(8)]).extra(Extra::Mixed).group(&[8])],
};
