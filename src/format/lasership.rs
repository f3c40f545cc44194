//! LaserShip (now part of OnTrac).
//!
//! Sources: OnTrac FAQ ("I don't have a tracking number": LaserShip numbers starting `1LS`,
//! `LS`, `LX` and `BN` are tracked at ontrac.com); trackingex.com, "LaserShip tracking"
//! (10-character `LX…` numbers; `1LS7…` barcodes of 15, 20 and 21 characters). No public
//! check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{alnum_var, digits, lit, one_of, Layout};

/// A LaserShip format of medium confidence.
const fn lasership(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Lasership, Confidence::Medium, example)
}

/// `L?`/`BN` + 8 digits.
pub(crate) const LASERSHIP: FormatDef = lasership(Format::Lasership, "LX16641251")
    .source(concat!(
        "OnTrac FAQ (LaserShip numbers LS..., LX..., BN...); trackingex.com ",
        "LaserShip tracking (LX + 8 digits)"
    ))
    .entries(&[
        entry(Layout::new(&[lit(b"L"), one_of(b"AEHIMNSX"), digits(8)]).group(&[2, 8])),
        entry(Layout::new(&[lit(b"BN"), digits(8)]).group(&[2, 8])),
    ]);

/// Barcodes `1LS` + 12–18 letters and digits.
pub(crate) const LASERSHIP_1LS: FormatDef = lasership(Format::Lasership1ls, "1LS717793482164")
    .source(concat!(
        "OnTrac FAQ (LaserShip numbers 1LS...); trackingex.com LaserShip ",
        "tracking (1LS7 barcodes of 15-21 characters)"
    ))
    .entries(&[entry(Layout::new(&[lit(b"1LS"), alnum_var(12, 18)]).group(&[3, 4, 4, 4, 4, 4]))]);
