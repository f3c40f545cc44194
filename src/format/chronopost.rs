//! Chronopost (France).
//!
//! Source: Chronopost tracking help (numbers of 13 characters, S10-shaped `XX123456789FR`, or
//! 15 characters). An S10-shaped number ending `FR` is also read as S10 (La Poste).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, upper, Layout};

/// S10-shaped with `FR`.
pub(crate) const CHRONOPOST: FormatDef =
    FormatDef::new(Format::Chronopost, Carrier::Chronopost, Confidence::Low, "XA123456785FR")
        .source("Chronopost tracking help (13 characters, XX123456789FR)")
        .entries(&[entry(
            Layout::new(&[upper(2), digits(8), digits(1), lit(b"FR")])
                .check(Algorithm::S10, (2, 10), 10)
                .group(&[2, 3, 3, 3, 2]),
        )]);
