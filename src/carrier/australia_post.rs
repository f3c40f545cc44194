//! Australia Post domestic eParcel (spec §18; international items are S10 `…AU`).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits_var, upper, FormatDef, Row, Services};

/// 3-letter prefix + 10–21 digits (13–24 characters); check rule not public.
pub(crate) const EPARCEL: FormatDef = FormatDef {
    format: Format::AustraliaPostEparcel,
    id: "australia_post_eparcel",
    name: "Australia Post eParcel",
    carrier: Carrier::AustraliaPost,
    confidence: Confidence::Low,
    url: Some("https://auspost.com.au/mypost/track/#/details/{}"),
    example: "ABC123456789123456",
    services: Services::None,
    rows: &[Row::new(&[upper(3), digits_var(10, 21)]).group(&[3])],
};
