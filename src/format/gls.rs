//! GLS.
//!
//! Sources: GLS parcel label description (parcel numbers of 11–14 digits: 2-digit depot,
//! 2-digit product, serial; the check rule is not public); GLS "Track & Trace" help (the
//! 8-character Track-ID). Neither is distinctive: both are low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{alnum, digits_var, field, Extra, FieldKind as F, Layout};

/// A GLS format of low confidence.
const fn gls(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Gls, Confidence::Low, example)
}

/// 11–14 digits.
pub(crate) const PARCEL: FormatDef = gls(Format::Gls, "60532187449")
    .services(Services::Ranges(&[
        (10, 68, "standard parcel"),
        (71, 72, "CashService"),
        (74, 74, "DeliveryAtWork"),
        (85, 85, "Express"),
    ]))
    .source("GLS parcel label description (11-14 digits)")
    .entries(&[entry(
        Layout::new(&[digits_var(11, 14)])
            .fields(&[field(F::Depot, 0, 2), field(F::Service, 2, 4)]),
    )]);
/// Track-ID: 8 letters and digits, at least one of each.
pub(crate) const TRACK_ID: FormatDef = gls(Format::GlsTrackId, "XHAX4HDA")
    .source("GLS Track & Trace help (8-character Track-ID)")
    .entries(&[entry(Layout::new(&[alnum(8)]).extra(Extra::Mixed).group(&[8]))]);
