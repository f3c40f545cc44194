//! XPO (LTL freight).
//!
//! Source: XPO LTL, "PRO number check-digit" (PRO numbers are 9 digits; the ninth is the
//! first eight modulo 7).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 9 digits, the last the first eight modulo 7 (a weak check on a bare run: low).
pub(crate) const PRO: FormatDef =
    FormatDef::new(Format::XpoPro, Carrier::Xpo, Confidence::Low, "123456782")
        .source("XPO LTL help center, PRO number check-digit (9 digits, mod 7)")
        .entries(&[entry(
            Layout::new(&[digits(9)]).check(Algorithm::Mod7, (0, -1), -1).group(&[3, 6]),
        )]);
