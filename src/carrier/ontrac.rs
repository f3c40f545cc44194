//! OnTrac and LaserShip (spec §10).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{alnum_var, digits, lit, one_of, Algo, FormatDef, Row, Services};

const URL: &str = "https://www.ontrac.com/tracking/?number={}";

/// `C`/`D` + 13 digits + UPS-10 check over the 14 leading characters (letter included).
pub(crate) const ONTRAC: FormatDef = FormatDef {
    format: Format::Ontrac,
    id: "ontrac",
    name: "OnTrac",
    carrier: Carrier::Ontrac,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "C11031500001879",
    services: Services::None,
    rows: &[Row::new(&[one_of(b"CD"), digits(14)])
        .check(Algo::Ups, (0, 14), 14)
        .group(&[1, 14])],
};

/// `1LS` + 12–14 letters/digits (piece suffix included), or `L` + `A`/`E`/`H`/`I`/`N`/`X` + 8
/// digits; no public check.
pub(crate) const LASERSHIP: FormatDef = FormatDef {
    format: Format::Lasership,
    id: "lasership",
    name: "LaserShip",
    carrier: Carrier::Lasership,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "1LS717793482164",
    services: Services::None,
    rows: &[
        Row::new(&[lit(b"1LS"), alnum_var(12, 14)]).group(&[3]),
        Row::new(&[lit(b"L"), one_of(b"AEHINX"), digits(8)])
            .confidence(Confidence::Low)
            .group(&[2, 4, 4]),
    ],
};
