//! Japan Post domestic numbers (spec §20; international items are S10 `…JP`).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digits, field, Algo, FieldKind as F, FormatDef, Row, Services};

const URL: &str =
    "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={}&locale=en";

/// Registered / recorded: 10 digits + mod 7, printed `NNN-NN-NNNNN-N`; the first digit is
/// the item type.
pub(crate) const REGISTERED: FormatDef = FormatDef {
    format: Format::JapanPostRegistered,
    id: "japan_post_registered",
    name: "Japan Post registered",
    carrier: Carrier::JapanPost,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "13112383852",
    services: Services::Codes(&[
        ("1", "general registered"),
        ("2", "cash registered"),
        ("3", "simplified registered"),
        ("4", "simplified registered"),
        ("5", "recorded delivery"),
        ("6", "recorded delivery"),
        ("7", "cash on delivery"),
        ("8", "cash on delivery"),
    ]),
    rows: &[Row::new(&[digits(11)])
        .check(Algo::Mod7, (0, -1), -1)
        .fields(&[field(F::Service, 0, 1)])
        .group(&[3, 2, 5, 1])],
};

/// Yu-Pack / Letter Pack: 12 digits; mod 7 over 11 is assumed but unconfirmed (a pass is
/// evidence, a failure is not a rejection).
pub(crate) const YU_PACK: FormatDef = FormatDef {
    format: Format::JapanPostYuPack,
    id: "japan_post_yu_pack",
    name: "Japan Post Yu-Pack",
    carrier: Carrier::JapanPost,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "123456789015",
    services: Services::None,
    rows: &[Row::new(&[digits(12)]).soft_check(Algo::Mod7, (0, -1), -1)],
};
