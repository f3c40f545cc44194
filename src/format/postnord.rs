//! PostNord Sverige (formerly Posten AB) domestic parcel numbers.
//!
//! Source: QAD TransMan administration guide, "Carrier tracking number ranges: Swedish
//! Post" (standard tracking numbers are 10 digits; an 11th digit is a check digit whose
//! rule the guide does not give). A bare digit run: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 10 digits + check digit.
pub(crate) const SWEDEN: FormatDef = FormatDef::new(
    Format::PostnordSweden,
    Carrier::Postnord,
    Confidence::Low,
    "48151623420",
)
.source(
    "QAD TransMan guide, Carrier tracking number ranges: Swedish Post (10 digits + check digit)",
)
.entries(&[entry(Layout::new(&[digits(11)]).group(&[4, 4, 3]))]);
