//! DPD (spec §15).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{alnum, digits, field, Algo, FieldKind as F, FormatDef, Row, Services};

/// 14-digit parcel number (4 depot + 10 serial) alone, with its MOD 37,36 check character
/// (15), or the 28-character barcode (postcode, parcel number, service, ISO numeric country,
/// check over the 27). The display number is the 14-digit parcel number.
pub(crate) const DPD: FormatDef = FormatDef {
    format: Format::Dpd,
    id: "dpd",
    name: "DPD parcel number",
    carrier: Carrier::Dpd,
    confidence: Confidence::High,
    url: Some("https://tracking.dpd.de/status/en_US/parcel/{}"),
    example: "09980000020033F",
    services: Services::Codes(&[
        ("101", "normal parcel"),
        ("102", "hazardous goods"),
        ("105", "ex works"),
        ("109", "cash on delivery"),
        ("113", "swap"),
        ("136", "small parcel"),
        ("154", "PARCELLetter"),
        ("155", "Guarantee"),
        ("179", "DPD 10:00"),
        ("191", "DPD 10:00 cash on delivery"),
        ("225", "DPD 12:00"),
        ("237", "DPD 12:00 cash on delivery"),
        ("350", "DPD 8:30"),
    ]),
    rows: &[
        Row::new(&[digits(14), alnum(1)])
            .check(Algo::Mod37_36, (0, 14), 14)
            .fields(&[field(F::Depot, 0, 4), field(F::Serial, 4, 14)])
            .display(0, 14)
            .group(&[4, 4, 4, 2, 1]),
        Row::new(&[alnum(7), digits(14), digits(3), digits(3), alnum(1)])
            .check(Algo::Mod37_36, (0, 27), 27)
            .fields(&[
                field(F::Zip, 0, 7),
                field(F::Depot, 7, 11),
                field(F::Serial, 11, 21),
                field(F::Service, 21, 24),
                field(F::CountryNumeric, 24, 27),
            ])
            .display(7, 21)
            .group(&[7, 14, 3, 3, 1]),
        Row::new(&[digits(14)])
            .confidence(Confidence::Medium)
            .fields(&[field(F::Depot, 0, 4), field(F::Serial, 4, 14)])
            .group(&[4, 4, 4, 2]),
    ],
};
