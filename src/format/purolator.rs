//! Purolator (Canada).
//!
//! Sources: Purolator, "Tracking help" (a PIN of 12 digits, or 3 letters and 9 digits);
//! Purolator's shipping API documentation (PINs validated with the Luhn algorithm on the
//! numeric form). A Luhn check on a bare 12-digit run passes one ordinary number in ten,
//! and 12 digits are FedEx Express's and the Identcode's length too: low (a carrier hint
//! reads it).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, upper, Layout};

/// A Purolator format of low confidence.
const fn purolator(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Purolator, Confidence::Low, example)
}

/// 12 digits with a Luhn check.
pub(crate) const PIN: FormatDef = purolator(Format::Purolator, "320595463938")
    .source("Purolator tracking help (12-digit PIN); Luhn check on the numeric PIN")
    .entries(&[entry(
        Layout::new(&[digits(12)]).check(Algorithm::Luhn, (0, -1), -1).group(&[4, 4, 4]),
    )]);
/// 3 letters + 9 digits (e.g. `RKP…`): shaped like ordinary references, so low.
pub(crate) const ALPHA: FormatDef = purolator(Format::PurolatorAlpha, "KYV009956937")
    .source("Purolator tracking help (3 letters and 9 digits)")
    .entries(&[entry(Layout::new(&[upper(3), digits(9)]).group(&[3, 9]))]);
