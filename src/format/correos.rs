//! Correos (Spain) domestic numbers (international items are S10 `…ES`).
//!
//! Sources: Correos "Localizador" help (domestic parcel codes of 23 characters starting
//! `PQ` or `PK`); Correos API documentation, annex "Código de envío" (the 23-character
//! national code: 2-character product, 4-character client code, 2-digit channel, 7-digit
//! sequence, 2-digit package number, 5-digit destination postcode, a control letter whose
//! rule is not public).

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{alnum, digits, field, upper, FieldKind as F, Layout};

/// Product (2 letters) + client (4) + channel (2 digits) + sequence (7) + package (2) +
/// postcode (5) + control letter.
pub(crate) const DOMESTIC: FormatDef = FormatDef::new(
    Format::CorreosDomestic,
    Carrier::Correos,
    Confidence::Medium,
    "PQ4F6P0702945480108001Z",
)
.source("Correos Localizador help (PQ/PK domestic codes)")
.entries(&[entry(
    Layout::new(&[upper(2), alnum(4), digits(16), upper(1)])
        .fields(&[
            field(F::Service, 0, 2),
            field(F::Shipper, 2, 6),
            field(F::Serial, 8, 15),
            field(F::Package, 15, 17),
            field(F::Zip, 17, 22),
        ])
        .group(&[2, 4, 2, 7, 2, 5, 1]),
)]);
