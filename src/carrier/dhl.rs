//! DHL Express, DHL Paket (Deutsche Post) and DHL eCommerce (spec §6–§8).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{
    alnum_var, digits, digits_var, field, lit, pairs, Algo, FieldKind as F, FormatDef, Row,
    Services,
};

/// Waybill: 9 or 10 data digits + mod 7.
pub(crate) const EXPRESS: FormatDef = FormatDef {
    format: Format::DhlExpress,
    id: "dhl_express",
    name: "DHL Express waybill",
    carrier: Carrier::Dhl,
    confidence: Confidence::Medium,
    url: Some(
        "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={}",
    ),
    example: "3318810025",
    services: Services::None,
    rows: &[
        Row::new(&[digits(10)])
            .check(Algo::Mod7, (0, -1), -1)
            .group(&[2, 4, 4]),
        Row::new(&[digits(11)])
            .check(Algo::Mod7, (0, -1), -1)
            .group(&[3, 4, 4]),
    ],
};

/// Piece id (license plate): `JJD`/`JD` + 18 digits, no public check.
pub(crate) const PIECE_ID: FormatDef = FormatDef {
    format: Format::DhlPieceId,
    id: "dhl_piece_id",
    name: "DHL piece id",
    carrier: Carrier::Dhl,
    confidence: Confidence::Medium,
    url: Some(
        "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={}",
    ),
    example: "JJD014600003123456789",
    services: Services::None,
    rows: &[
        Row::new(&[lit(b"JJD"), digits(18)]).group(&[3, 6, 6, 6]),
        Row::new(&[lit(b"JD"), digits(18)]).group(&[2, 6, 6, 6]),
    ],
};

const PAKET_URL: &str =
    "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={}";

/// Identcode: 2-digit parcel centre + 3-digit customer + 6-digit mailing number + 4-9 check.
pub(crate) const IDENTCODE: FormatDef = FormatDef {
    format: Format::DhlPaketIdentcode,
    id: "dhl_paket_identcode",
    name: "DHL Paket Identcode",
    carrier: Carrier::DeutschePost,
    confidence: Confidence::Medium,
    url: Some(PAKET_URL),
    example: "201298452277",
    services: Services::None,
    rows: &[Row::new(&[digits(12)])
        .check(Algo::DeutschePost, (0, -1), -1)
        .fields(&[
            field(F::Depot, 0, 2),
            field(F::Shipper, 2, 5),
            field(F::Serial, 5, 11),
        ])
        .group(&[2, 3, 3, 3, 1])],
};

/// `JJD` + 13–18 digits seen on German labels, no check.
pub(crate) const PAKET_JJD: FormatDef = FormatDef {
    format: Format::DhlPaketJjd,
    id: "dhl_paket_jjd",
    name: "DHL Paket JJD piece code",
    carrier: Carrier::DeutschePost,
    confidence: Confidence::Low,
    url: Some(PAKET_URL),
    example: "JJD1410302937991",
    services: Services::None,
    rows: &[Row::new(&[lit(b"JJD"), digits_var(13, 18)]).group(&[3])],
};

/// eCommerce / Global Mail: `GM` + 16–18 digits (Medium), `GM` + 10–20 letters/digits,
/// country-prefixed references (`CN`, `SG`, `TH`, `IN`, `HK`, `MY` + 8–37 digits) and bare
/// 14 digits (all Low). No check digit.
pub(crate) const ECOMMERCE: FormatDef = FormatDef {
    format: Format::DhlEcommerce,
    id: "dhl_ecommerce",
    name: "DHL eCommerce",
    carrier: Carrier::Dhl,
    confidence: Confidence::Low,
    url: Some(
        "https://www.dhl.com/us-en/home/tracking/tracking-ecommerce.html?submit=1&tracking-id={}",
    ),
    example: "GM2951173225174494",
    services: Services::None,
    rows: &[
        Row::new(&[lit(b"GM"), digits_var(16, 18)])
            .confidence(Confidence::Medium)
            .group(&[2]),
        Row::new(&[lit(b"GM"), alnum_var(10, 20)]).group(&[2]),
        Row::new(&[pairs(b"CNSGTHINHKMY"), digits_var(8, 37)]).group(&[2]),
        Row::new(&[digits(14)]),
    ],
};
