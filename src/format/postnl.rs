//! PostNL domestic `3S` barcodes (international items are S10 `…NL`).
//!
//! Source: PostNL developer portal, Barcode webservice ("3S" + 4-letter customer code +
//! serial; 13 or 15 characters). No check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, upper, FieldKind as F, Layout, END};

/// `3S` + 4-letter customer code + 7 or 9 digits.
pub(crate) const THREE_S: FormatDef =
    FormatDef::new(Format::Postnl3s, Carrier::Postnl, Confidence::Medium, "3SCBLU5654286")
        .source("PostNL developer portal, Barcode webservice (3S, 13 or 15 characters)")
        .entries(&[
            entry(
                Layout::new(&[lit(b"3S"), upper(4), digits(7)])
                    .fields(&[field(F::Shipper, 2, 6), field(F::Serial, 6, END)])
                    .group(&[2, 4, 7]),
            ),
            entry(
                Layout::new(&[lit(b"3S"), upper(4), digits(9)])
                    .fields(&[field(F::Shipper, 2, 6), field(F::Serial, 6, END)])
                    .group(&[2, 4, 9]),
            ),
        ]);
