//! YRC Freight / Yellow (LTL freight; operations ended in 2023, numbers still appear in
//! records).
//!
//! Source: YRC Freight, "Freight bill numbering" (a 3-digit prefix constant for a block,
//! a 6-digit base, and a check character: 11 minus the base modulo 11, `X` for 10, `0`
//! for 11). The crate does not verify that check (it is over the base's value, not a
//! weighted sum of the registry's algorithms): low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, one_of, FieldKind as F, Layout};

/// Prefix (3) + base (6) + check digit or `X`.
pub(crate) const FREIGHT_BILL: FormatDef =
    FormatDef::new(Format::YrcFreightBill, Carrier::Yrc, Confidence::Low, "1003403979")
        .source("YRC Freight, Freight bill numbering (999-999999-X; check 11 - base mod 11)")
        .entries(&[entry(
            Layout::new(&[digits(9), one_of(b"0123456789X")])
                .fields(&[field(F::Shipper, 0, 3), field(F::Serial, 3, 9)])
                .group(&[3, 6, 1]),
        )]);
