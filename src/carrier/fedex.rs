//! FedEx: Express 12, Ground 15, the 22/32/34-digit barcodes and door tags (spec §5).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{
    digits, field, lit, one_of, Algo, FieldKind as F, FormatDef, Row, Services, END,
};

const URL: &str = "https://www.fedex.com/fedextrack/?trknbr={}";

/// 11 digits + FEDEX-11 check.
pub(crate) const EXPRESS: FormatDef = FormatDef {
    format: Format::FedexExpress,
    id: "fedex_express",
    name: "FedEx Express",
    carrier: Carrier::Fedex,
    confidence: Confidence::High,
    url: Some(URL),
    example: "986578788855",
    services: Services::None,
    rows: &[Row::new(&[digits(12)]).check(Algo::FedEx, (0, -1), -1)],
};

/// 7-digit shipper + 7-digit package + GS1 check.
pub(crate) const GROUND: FormatDef = FormatDef {
    format: Format::FedexGround,
    id: "fedex_ground",
    name: "FedEx Ground",
    carrier: Carrier::Fedex,
    confidence: Confidence::High,
    url: Some(URL),
    example: "041441760228964",
    services: Services::None,
    rows: &[Row::new(&[digits(15)])
        .check(Algo::Gs1, (0, -1), -1)
        .fields(&[field(F::Shipper, 0, 7), field(F::Package, 7, 14)])],
};

/// `96` + 2-digit SCNC + 3-digit service + Ground 15 (GS1 over its 14 data digits). The
/// display number is the last 15 digits.
pub(crate) const GROUND_96: FormatDef = FormatDef {
    format: Format::FedexGround96,
    id: "fedex_ground_96",
    name: "FedEx Ground 96 barcode",
    carrier: Carrier::Fedex,
    confidence: Confidence::High,
    url: Some(URL),
    example: "9611020987654312345672",
    services: Services::None,
    rows: &[Row::new(&[lit(b"96"), digits(20)])
        .check(Algo::Gs1, (7, 21), 21)
        .fields(&[
            field(F::Service, 4, 7),
            field(F::Shipper, 7, 14),
            field(F::Package, 14, 21),
        ])
        .display(7, END)
        .group(&[2, 2, 3, 7, 7, 1])],
};

/// 34 digits: `1…` Express (destination ZIP at positions 16–20) or `96` + SCNC `22`/`32`
/// Ground GSN; FEDEX-11 over the last 12 digits, which are the display number.
pub(crate) const FEDEX_34: FormatDef = FormatDef {
    format: Format::Fedex34,
    id: "fedex_34",
    name: "FedEx 34-digit barcode",
    carrier: Carrier::Fedex,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "1001921334250001000300779017972697",
    services: Services::None,
    rows: &[
        Row::new(&[lit(b"1"), digits(33)])
            .check(Algo::FedEx, (22, 33), 33)
            .fields(&[field(F::Zip, 15, 20)])
            .display(22, END)
            .group(&[1, 14, 5, 2, 12]),
        Row::new(&[lit(b"96"), one_of(b"23"), lit(b"2"), digits(30)])
            .check(Algo::FedEx, (22, 33), 33)
            .display(22, END)
            .group(&[2, 2, 18, 12]),
    ],
};

/// ASTRA: 32 digits starting `3`, the Express number at positions 17–28.
pub(crate) const ASTRA: FormatDef = FormatDef {
    format: Format::FedexAstra,
    id: "fedex_astra",
    name: "FedEx ASTRA barcode",
    carrier: Carrier::Fedex,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "32971514560102447849175802862014",
    services: Services::None,
    rows: &[Row::new(&[lit(b"3"), digits(31)])
        .check(Algo::FedEx, (16, 27), 27)
        .display(16, 28)
        .group(&[16, 12, 4])],
};

/// Door tag: `DT` + 12 digits, no known check.
pub(crate) const DOOR_TAG: FormatDef = FormatDef {
    format: Format::FedexDoorTag,
    id: "fedex_door_tag",
    name: "FedEx door tag",
    carrier: Carrier::Fedex,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "DT123456789012",
    services: Services::None,
    rows: &[Row::new(&[lit(b"DT"), digits(12)]).group(&[2, 4, 4, 4])],
};
