//! Russian Post domestic items (international items are S10 `…RU`).
//!
//! Sources: Wikipedia (ru), "Почтовый идентификатор" and Russian Post's description of the
//! domestic identifier (14 digits: the 6-digit postcode of the accepting office, a 2-digit
//! month number, a 5-digit serial within the month, a check digit). The check rule (odd
//! positions tripled, modulo 10) is described by third parties only, so it is soft: a pass
//! is evidence, a failure is not a mismatch. A bare 14-digit run: low.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, FieldKind as F, Layout};

/// Postcode (6) + month (2) + serial (5) + check.
pub(crate) const DOMESTIC: FormatDef = FormatDef::new(
    Format::RussianPostDomestic,
    Carrier::RussianPost,
    Confidence::Low,
    "12509924012342",
)
.source(concat!(
    "Wikipedia (ru), \"Почтовый идентификатор\" (14-digit domestic ",
    "identifier: postcode, month, serial, check)"
))
.entries(&[entry(
    Layout::new(&[digits(14)])
        .soft_check(Algorithm::Gs1, (0, 13), 13)
        .fields(&[field(F::Zip, 0, 6), field(F::Serial, 8, 13)])
        .group(&[6, 2, 5, 1]),
)]);
