//! Japan Post domestic numbers (international items are S10 `…JP`).
//!
//! Sources: Japan Post tracking help (registered and recorded items: 11 digits printed
//! `NNN-NN-NNNNN-N`; Yu-Pack and Letter Pack: 12 digits `NNNN-NNNN-NNNN`); the check digit
//! of the 11-digit number is the first 10 modulo 7 (described on Japanese developer blogs,
//! consistent with published receipts); its first digit names the kind of item (1 general
//! registered, 2 cash registered, 3–4 simplified registered, 5–6 recorded delivery, 7–8
//! cash on delivery), as the same blogs describe. The 12-digit form's check is unconfirmed, and a
//! bare 12-digit run with a mod 7 check collides with ordinary numbers: low. The 11-digit
//! form is low too: a mod 7 check passes one ordinary 11-digit number in seven (mobile
//! numbers, national ids), so only a carrier hint reads it.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{digits, field, FieldKind as F, Layout};

/// A Japan Post format of low confidence.
const fn japan_post(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::JapanPost, Confidence::Low, example)
}

/// Registered / recorded items: 10 digits + mod 7.
pub(crate) const REGISTERED: FormatDef = japan_post(Format::JapanPostRegistered, "13112383852")
    .services(Services::Ranges(&[
        (1, 1, "general registered"),
        (2, 2, "cash registered"),
        (3, 4, "simplified registered"),
        (5, 6, "recorded delivery"),
        (7, 8, "cash on delivery"),
    ]))
    .source(
        "Japan Post tracking help (11 digits, NNN-NN-NNNNN-N); check = first 10 digits modulo 7",
    )
    .entries(&[entry(
        Layout::new(&[digits(11)])
            .check(Algorithm::Mod7, (0, -1), -1)
            .fields(&[field(F::Service, 0, 1)])
            .group(&[3, 2, 5, 1]),
    )]);
/// Yu-Pack / Letter Pack: 12 digits.
pub(crate) const YU_PACK: FormatDef = japan_post(Format::JapanPostYuPack, "304512789011")
    .source("Japan Post tracking help (Yu-Pack: 12 digits, NNNN-NNNN-NNNN)")
    .entries(&[entry(
        Layout::new(&[digits(12)]).soft_check(Algorithm::Mod7, (0, -1), -1).group(&[4, 4, 4]),
    )]);
