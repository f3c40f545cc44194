//! Swiss Post domestic parcels (international items are S10 `…CH`).
//!
//! Source: Swiss Post parcel barcode structure (18 digits: 2 for Swiss Post's reference
//! `99`, 8 for the franking licence, 8 for the item number), as documented for barcode
//! software (Neodynamic, "Swiss PostParcel"). No check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, FieldKind as F, Layout};

/// `99` + 8-digit franking licence + 8-digit item number.
pub(crate) const SWISS_POST: FormatDef =
    FormatDef::new(Format::SwissPost, Carrier::SwissPost, Confidence::Medium, "993413796700168509")
        .source("Swiss PostParcel barcode structure (99 + franking licence + item number)")
        .entries(&[entry(
            Layout::new(&[lit(b"99"), digits(16)])
                .fields(&[field(F::Shipper, 2, 10), field(F::Serial, 10, 18)])
                .group(&[2, 2, 6, 8]),
        )]);
