//! SDA Express Courier (Poste Italiane group).
//!
//! Sources: SDA, "Waybill" help (every shipment is tracked by its waybill, the "lettera di
//! vettura"); public tracking guides (the waybill code has 13 characters, e.g. 13 digits).
//! No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 13 digits.
pub(crate) const SDA: FormatDef =
    FormatDef::new(Format::Sda, Carrier::Sda, Confidence::Low, "6123456789012")
        .source(concat!(
            "SDA Waybill help (tracking by waybill code); tracking guides ",
            "(13-character lettera di vettura)"
        ))
        .entries(&[entry(Layout::new(&[digits(13)]).group(&[13]))]);
