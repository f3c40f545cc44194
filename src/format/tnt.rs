//! TNT (now part of FedEx).
//!
//! Sources: TNT "Track & trace" help (consignment notes of 9 digits; international express
//! numbers of two letters, nine digits and `WW`, such as `GD123456785WW`); QAD TransMan
//! carrier guide, "TNT tracking number ranges" (the ninth digit is a check digit over the
//! first eight, computed as the UPU S10 check: weights 8 6 4 2 3 5 9 7, modulo 11).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, upper, FieldKind as F, Layout};

/// A TNT format.
const fn tnt(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Tnt, confidence, example)
}

/// Consignment note: 8 digits + S10 check (a bare 9-digit run: low).
pub(crate) const CONSIGNMENT: FormatDef = tnt(Format::TntConsignment, Confidence::Low, "123456785")
    .source(concat!(
        "TNT track & trace help (9-digit consignment numbers); QAD TransMan ",
        "carrier guide (TNT check digit, S10 weights mod 11)"
    ))
    .entries(&[entry(
        Layout::new(&[digits(8), digits(1)]).check(Algorithm::S10, (0, 8), 8).group(&[9]),
    )]);

/// International: 2 letters + 8 digits + S10 check + `WW`.
pub(crate) const INTERNATIONAL: FormatDef =
    tnt(Format::TntInternational, Confidence::Medium, "GD481516230WW")
        .source("TNT track & trace help (GD123456785WW: two letters, nine digits, WW)")
        .entries(&[entry(
            Layout::new(&[upper(2), digits(8), digits(1), lit(b"WW")])
                .check(Algorithm::S10, (2, 10), 10)
                .fields(&[field(F::Service, 0, 2), field(F::Serial, 2, 10)])
                .group(&[2, 3, 3, 3, 2]),
        )]);
