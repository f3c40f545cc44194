//! Yanwen Logistics.
//!
//! Sources: Wikipedia (ru), "Почтовый идентификатор" (S10-shaped identifiers may end in a
//! code the UPU assigns to a postal service instead of a country: `YP` for Yanwen
//! Logistics); UPU S10 for the structure and the check digit.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, upper, FieldKind as F, Layout};

/// 2 letters + 8 digits + S10 check + `YP`.
pub(crate) const YANWEN: FormatDef =
    FormatDef::new(Format::Yanwen, Carrier::Yanwen, Confidence::Medium, "UG640962312YP")
        .source(
            "Wikipedia (ru), \"Почтовый идентификатор\" (YP: Yanwen Logistics); UPU standard S10",
        )
        .entries(&[entry(
            Layout::new(&[upper(2), digits(8), digits(1), lit(b"YP")])
                .check(Algorithm::S10, (2, 10), 10)
                .fields(&[field(F::Service, 0, 2), field(F::Serial, 2, 10)])
                .group(&[2, 3, 3, 3, 2]),
        )]);
