//! DHL: Express waybills and piece ids, DHL Paket (Germany), DHL eCommerce and DHL Parcel
//! Benelux.
//!
//! Sources: DHL Express tracking help ("a 10-digit waybill number"; piece ids following
//! ISO/IEC 15459, `JD` + 18 digits, shown as `JJD…` with the barcode's data identifier);
//! the IATA air waybill check digit (serial modulo 7), which DHL Express waybills use; DHL
//! Paket "Sendungsverfolgung" help (Identcode of 12 digits with the 4-9 weighted check;
//! 20-digit parcel numbers, an SSCC under Deutsche Post's GS1 company prefix, `00340434…`;
//! `JJD` piece codes); DHL eCommerce tracking help (`GM` + 16–18 digits; customer
//! references prefixed by the origin country); DHL Parcel NL track & trace (barcodes
//! starting `JVGL`).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{alnum_var, digits, digits_var, field, lit, pairs, FieldKind as F, Layout, END};

const EXPRESS_URL: &str =
    "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={}";
const PAKET_URL: &str =
    "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={}";
const ECOMMERCE_URL: &str =
    "https://www.dhl.com/us-en/home/tracking/tracking-ecommerce.html?submit=1&tracking-id={}";

/// Waybill: 9 or 10 data digits + mod 7.
pub(crate) const EXPRESS: FormatDef = FormatDef {
    format: Format::DhlExpress,
    carrier: Carrier::Dhl,
    confidence: Confidence::Medium,
    url: Some(EXPRESS_URL),
    example: "3318810025",
    services: Services::None,
    source: "DHL Express tracking help (10-digit waybill); IATA air waybill check (modulo 7)",
    entries: &[
        entry(Layout::new(&[digits(10)]).check(Algorithm::Mod7, (0, -1), -1).group(&[2, 4, 4])),
        entry(Layout::new(&[digits(11)]).check(Algorithm::Mod7, (0, -1), -1).group(&[3, 4, 4])),
    ],
};

/// Piece id (licence plate): `JJD`/`JD` + 18 digits, or `JJD` + 10 digits.
pub(crate) const PIECE_ID: FormatDef = FormatDef {
    format: Format::DhlPieceId,
    carrier: Carrier::Dhl,
    confidence: Confidence::Medium,
    url: Some(EXPRESS_URL),
    example: "JJD014600003123456789",
    services: Services::None,
    source: "DHL Express tracking help (piece ids per ISO/IEC 15459; JD/JJD licence plates)",
    entries: &[
        entry(Layout::new(&[lit(b"JJD"), digits(18)]).group(&[3, 6, 6, 6])),
        entry(Layout::new(&[lit(b"JD"), digits(18)]).group(&[2, 6, 6, 6])),
        entry(Layout::new(&[lit(b"JJD"), digits(10)]).group(&[3, 10])),
    ],
};

/// Identcode: 2-digit parcel centre + 3-digit customer + 6-digit mailing number + 4-9 check.
pub(crate) const IDENTCODE: FormatDef = FormatDef {
    format: Format::DhlPaketIdentcode,
    carrier: Carrier::DeutschePost,
    confidence: Confidence::Medium,
    url: Some(PAKET_URL),
    example: "201298452277",
    services: Services::None,
    source: "Deutsche Post Identcode barcode description (weights 4 and 9, mod 10)",
    entries: &[entry(
        Layout::new(&[digits(12)])
            .check(Algorithm::DeutschePost, (0, -1), -1)
            .fields(&[field(F::Depot, 0, 2), field(F::Shipper, 2, 5), field(F::Serial, 5, 11)])
            .group(&[2, 3, 3, 3, 1]),
    )],
};

/// 20-digit parcel number: the SSCC of Deutsche Post (`003404…`) with its GS1 check.
pub(crate) const PAKET: FormatDef = FormatDef {
    format: Format::DhlPaket,
    carrier: Carrier::DeutschePost,
    confidence: Confidence::High,
    url: Some(PAKET_URL),
    example: "00340433836442636597",
    services: Services::None,
    source: "DHL Paket tracking help (20-digit parcel number); GS1 General Specifications (SSCC)",
    entries: &[entry(
        Layout::new(&[lit(b"003404"), digits(14)])
            .check(Algorithm::Gs1, (2, -1), -1)
            .group(&[2, 1, 7, 9, 1]),
    )],
};

/// `JJD` + 13–18 digits seen on German labels (no public check digit).
pub(crate) const PAKET_JJD: FormatDef = FormatDef {
    format: Format::DhlPaketJjd,
    carrier: Carrier::DeutschePost,
    confidence: Confidence::Low,
    url: Some(PAKET_URL),
    example: "JJD1410302937991",
    services: Services::None,
    source: "DHL Paket tracking help (JJD piece codes)",
    entries: &[entry(Layout::new(&[lit(b"JJD"), digits_var(13, 18)]).group(&[3]))],
};

/// eCommerce: `GM` + 16–18 digits (medium), `GM` + 10–20 letters and digits (low).
pub(crate) const ECOMMERCE: FormatDef = FormatDef {
    format: Format::DhlEcommerce,
    carrier: Carrier::Dhl,
    confidence: Confidence::Medium,
    url: Some(ECOMMERCE_URL),
    example: "GM2951173225174494",
    services: Services::None,
    source: "DHL eCommerce tracking help (GM numbers)",
    entries: &[
        entry(Layout::new(&[lit(b"GM"), digits_var(16, 18)]).group(&[2])),
        entry(Layout::new(&[lit(b"GM"), alnum_var(10, 20)]).group(&[2])).confidence(Confidence::Low),
    ],
};

/// Customer references of DHL eCommerce Asia, prefixed by the origin country.
pub(crate) const ECOMMERCE_REFERENCE: FormatDef = FormatDef {
    format: Format::DhlEcommerceReference,
    carrier: Carrier::Dhl,
    confidence: Confidence::Low,
    url: Some(ECOMMERCE_URL),
    example: "CN123456789012",
    services: Services::None,
    source: "DHL eCommerce tracking help (customer references with a country prefix)",
    entries: &[entry(Layout::new(&[pairs(b"CNSGTHINHKMY"), digits_var(8, 37)]).group(&[2]))],
};

/// DHL Parcel Benelux: `JVGL` + 12–20 digits.
pub(crate) const PARCEL_BENELUX: FormatDef = FormatDef {
    format: Format::DhlParcelBenelux,
    carrier: Carrier::Dhl,
    confidence: Confidence::Medium,
    url: Some("https://my.dhlecommerce.nl/home/tracktrace/{}"),
    example: "JVGL0123456789012345",
    services: Services::None,
    source: "DHL Parcel NL track & trace (barcodes starting JVGL)",
    entries: &[entry(Layout::new(&[lit(b"JVGL"), digits_var(12, 20)]).group(&[4, 4, 4, 4, 4]))],
};

const _: () = assert!(END > 0);
