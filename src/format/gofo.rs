//! GOFO Express (United States last mile).
//!
//! Source: GOFO's tracking page (tracking numbers `GF` + a two-letter country code + digits,
//! e.g. `GFUS…`). No public check digit; the prefix sets them apart.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, lit, upper, Layout};

/// `GF` + a country code + 10–16 digits.
pub(crate) const GOFO: FormatDef =
    FormatDef::new(Format::Gofo, Carrier::Gofo, Confidence::Medium, "GFUS01234567890123")
        .source("GOFO tracking page (GF + country code + digits)")
        .entries(&[entry(
            Layout::new(&[lit(b"GF"), upper(2), digits_var(10, 16)]).group(&[4, 4, 4, 4, 4]),
        )]);
