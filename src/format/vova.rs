//! Vova Logistics (the Vova marketplace's own shipping).
//!
//! Source: instantparcels.com, "How to track express order" guide (Vova numbers: `VO`, ten
//! digits, `VA`). No public check digit; the fixed letters set them apart.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout};

/// `VO` + 10 digits + `VA`.
pub(crate) const VOVA: FormatDef =
    FormatDef::new(Format::Vova, Carrier::Vova, Confidence::Medium, "VO0123456789VA")
        .source("instantparcels.com tracking guide (Vova: VO + 10 digits + VA)")
        .entries(&[entry(Layout::new(&[lit(b"VO"), digits(10), lit(b"VA")]).group(&[2, 5, 5, 2]))]);
