//! Nova Poshta (Ukraine).
//!
//! Sources: Nova Poshta API portal, "Tracking shipment" (a shipment is tracked by its
//! transport document number); public tracking guides (domestic waybill numbers of 14
//! digits, older ones of 11). No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 14 digits, or 11 on older waybills.
pub(crate) const NOVA_POSHTA: FormatDef =
    FormatDef::new(Format::NovaPoshta, Carrier::NovaPoshta, Confidence::Low, "20450123456789")
        .source(concat!(
            "Nova Poshta API portal, Tracking shipment (transport document number); ",
            "tracking guides (14 or 11 digits)"
        ))
        .entries(&[
            entry(Layout::new(&[digits(14)]).group(&[4, 4, 4, 2])),
            entry(Layout::new(&[digits(11)]).group(&[4, 4, 3])),
        ]);
