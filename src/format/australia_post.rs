//! Australia Post domestic eParcel article ids (international items are S10 `…AU`).
//!
//! Source: Australia Post eParcel label guide (article ids: a 3-character prefix followed
//! by digits, 13–24 characters; its check rule is not public). Shaped like ordinary
//! references (`INV…`), so low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, upper, Layout};

/// 3 letters + 10–21 digits.
pub(crate) const EPARCEL: FormatDef = FormatDef::new(
    Format::AustraliaPostEparcel,
    Carrier::AustraliaPost,
    Confidence::Low,
    "ABC123456789123456",
)
.source("Australia Post eParcel label guide (article ids)")
.entries(&[entry(Layout::new(&[upper(3), digits_var(10, 21)]).group(&[3]))]);
