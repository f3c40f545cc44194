//! Poczta Polska domestic numbers (international items are S10 `…PL`).
//!
//! Source: description of the Poczta Polska parcel number (akg.waw.pl, citing Poczta
//! Polska's barcode requirements): an SSCC, `00` + an extension digit + the Polish GS1
//! prefix 590 + Poczta Polska's company number 0773 + an 8-digit serial + the GS1 check.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, one_of, Layout};

/// `00` + extension + `5900773` + 9-digit serial + GS1 check.
pub(crate) const POCZTA_POLSKA: FormatDef = FormatDef::new(
    Format::PocztaPolska,
    Carrier::PocztaPolska,
    Confidence::High,
    "00159007730000000011",
)
.source("Poczta Polska parcel number description (SSCC 00 + 5900773 + serial + GS1 check)")
.entries(&[entry(
    Layout::new(&[lit(b"00"), one_of(b"123456789"), lit(b"5900773"), digits(10)])
        .check(Algorithm::Gs1, (2, -1), -1)
        .group(&[2, 1, 7, 9, 1]),
)]);
