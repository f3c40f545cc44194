//! LaserShip (now part of OnTrac).
//!
//! Source: OnTrac FAQ ("I don't have a tracking number": LaserShip numbers starting `1LS`,
//! `LS`, `LX` and `BN` are tracked at ontrac.com). No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{alnum_var, digits, lit, one_of, Layout};

/// `1LS` + 12–17 letters and digits; `L?`/`BN` + 8 digits.
pub(crate) const LASERSHIP: FormatDef = FormatDef {
    format: Format::Lasership,
    carrier: Carrier::Lasership,
    confidence: Confidence::Medium,
    url: Some("https://www.ontrac.com/tracking/?number={}"),
    example: "1LS717793482164",
    services: Services::None,
    source: "OnTrac FAQ (LaserShip numbers 1LS..., LS..., LX..., BN...)",
    entries: &[
        entry(Layout::new(&[lit(b"1LS"), alnum_var(12, 17)]).group(&[3, 4, 4, 4, 4, 4])),
        entry(Layout::new(&[lit(b"L"), one_of(b"AEHIMNSX"), digits(8)]).group(&[2, 8])),
        entry(Layout::new(&[lit(b"BN"), digits(8)]).group(&[2, 8])),
    ],
};
