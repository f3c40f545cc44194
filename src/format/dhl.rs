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
//! starting `JVGL`); DHL, "Tracking ID labels" (dhl.com: Express numbers of 10 digits or
//! starting `JJD00`/`JJD01` as in `JJD0099999999`; DHL Parcel `JVGL9999999999`; Global
//! Forwarding: 7 digits, a digit + 2 letters + 4–6 digits, 3–4 letters + digits, or a
//! 3-digit carrier code + 8-digit master air waybill; Freight: 2–3 letters, 2–3 letters and
//! 7 digits (`ABC-DE-1234567`), 4 + 5 digits (`1234-12345`), or 9, 10 or 14 digits; DHL
//! Parcel `3S` barcodes such as `3SBCC000123456`; eCommerce ids starting `GM`, `LX`, `RX`).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{
    alnum_var, digits, digits_var, field, lit, one_of, pairs, upper, FieldKind as F, Layout, END,
};

/// A DHL format of medium confidence.
const fn dhl(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Dhl, Confidence::Medium, example)
}

/// Waybill: 9 data digits + mod 7 (10 digits, the documented form); 10 + mod 7 (low).
pub(crate) const EXPRESS: FormatDef = dhl(Format::DhlExpress, "3318810025")
    .source("DHL Express tracking help (10-digit waybill); IATA air waybill check (modulo 7)")
    .entries(&[
        entry(Layout::new(&[digits(10)]).check(Algorithm::Mod7, (0, -1), -1).group(&[2, 4, 4])),
        // not in DHL's own list of forms, and the Japan Post registered-item shape: low
        entry(Layout::new(&[digits(11)]).check(Algorithm::Mod7, (0, -1), -1).group(&[4, 4, 3]))
            .confidence(Confidence::Low),
    ]);

/// Piece id (licence plate): `JJD`/`JD` + 18 digits.
pub(crate) const PIECE_ID: FormatDef = dhl(Format::DhlPieceId, "JJD014600003123456789")
    .source("DHL Express tracking help (piece ids per ISO/IEC 15459; JD/JJD licence plates)")
    .entries(&[
        entry(Layout::new(&[lit(b"JJD"), digits(18)]).group(&[3, 6, 6, 6])),
        entry(Layout::new(&[lit(b"JD"), digits(18)]).group(&[2, 6, 6, 6])),
    ]);

/// Express shipment ids `JJD00`/`JJD01` + 8 digits.
pub(crate) const EXPRESS_JJD: FormatDef = dhl(Format::DhlExpressJjd, "JJD0012345678")
    .source("DHL, Tracking ID labels (Express ids starting JJD00 or JJD01, e.g. JJD0099999999)")
    .entries(&[entry(Layout::new(&[lit(b"JJD0"), one_of(b"01"), digits(8)]).group(&[5, 4, 4]))]);

/// A Deutsche Post DHL format.
const fn deutsche_post(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::DeutschePost, confidence, example)
}

/// Identcode: 2-digit parcel centre + 3-digit customer + 6-digit mailing number + 4-9 check
/// (a bare 12-digit run that one ordinary number in ten passes, FedEx Express's length: low).
pub(crate) const IDENTCODE: FormatDef =
    deutsche_post(Format::DhlPaketIdentcode, Confidence::Low, "201298452277")
        .source("Deutsche Post Identcode barcode description (weights 4 and 9, mod 10)")
        .entries(&[entry(
            Layout::new(&[digits(12)])
                .check(Algorithm::DeutschePost, (0, -1), -1)
                .fields(&[field(F::Depot, 0, 2), field(F::Shipper, 2, 5), field(F::Serial, 5, 11)])
                .group(&[2, 3, 3, 3, 1]),
        )]);

/// 20-digit parcel number: the SSCC of Deutsche Post (`003404…`) with its GS1 check.
pub(crate) const PAKET: FormatDef =
    deutsche_post(Format::DhlPaket, Confidence::High, "00340433836442636597")
        .source(
            "DHL Paket tracking help (20-digit parcel number); GS1 General Specifications (SSCC)",
        )
        .entries(&[entry(
            Layout::new(&[lit(b"003404"), digits(14)])
                .check(Algorithm::Gs1, (2, -1), -1)
                .group(&[2, 1, 7, 9, 1]),
        )]);

/// `JJD` + 13–18 digits seen on German labels (no public check digit).
pub(crate) const PAKET_JJD: FormatDef =
    deutsche_post(Format::DhlPaketJjd, Confidence::Low, "JJD1410302937991")
        .source("DHL Paket tracking help (JJD piece codes)")
        .entries(&[entry(Layout::new(&[lit(b"JJD"), digits_var(13, 18)]).group(&[3]))]);

/// A DHL eCommerce format.
const fn dhl_ecommerce(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::DhlEcommerce, confidence, example)
}

/// eCommerce: `GM` + 16–18 digits (medium), `GM` + 10–20 letters and digits (low).
pub(crate) const ECOMMERCE: FormatDef = dhl_ecommerce(
    Format::DhlEcommerce,
    Confidence::Medium,
    "GM2951173225174494",
)
.source(
    "DHL eCommerce tracking help (GM numbers); DHL, Tracking ID labels (eCommerce: GM99999999999)",
)
.entries(&[
    entry(Layout::new(&[lit(b"GM"), digits_var(10, 22)]).group(&[2])),
    entry(Layout::new(&[lit(b"GM"), alnum_var(10, 20)]).group(&[2])).confidence(Confidence::Low),
]);

/// Customer references of DHL eCommerce Asia, prefixed by the origin country.
pub(crate) const ECOMMERCE_REFERENCE: FormatDef =
    dhl_ecommerce(Format::DhlEcommerceReference, Confidence::Low, "CN123456789012")
        .source("DHL eCommerce tracking help (customer references with a country prefix)")
        .entries(&[entry(Layout::new(&[pairs(b"CNSGTHINHKMY"), digits_var(8, 37)]).group(&[2]))]);

/// A DHL Parcel format of medium confidence.
const fn dhl_parcel(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::DhlParcel, Confidence::Medium, example)
}

/// DHL Parcel Benelux: `JVGL` + 10–20 digits.
pub(crate) const PARCEL_BENELUX: FormatDef =
    dhl_parcel(Format::DhlParcelBenelux, "JVGL0123456789012345")
        .source(concat!(
            "DHL Parcel NL track & trace (barcodes starting JVGL); DHL, Tracking ID ",
            "labels (JVGL9999999999)"
        ))
        .entries(&[entry(
            Layout::new(&[lit(b"JVGL"), digits_var(10, 20)]).group(&[4, 4, 4, 4, 4]),
        )]);

/// A DHL Global Forwarding format of low confidence.
const fn dhl_global_forwarding(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::DhlGlobalForwarding, Confidence::Low, example)
}

/// Global Forwarding: housebill and shipment references, master air waybills. Every form is
/// short or bare: low.
pub(crate) const GLOBAL_FORWARDING: FormatDef =
    dhl_global_forwarding(Format::DhlGlobalForwarding, "1AB12345")
        .source(concat!(
            "DHL, Tracking ID labels (Global Forwarding: 7 digits; digit + 2 letters ",
            "+ 4-6 digits; 3-4 letters + digits; carrier code + 8-digit master air ",
            "waybill); IATA air waybill check (serial modulo 7)"
        ))
        .entries(&[
            entry(Layout::new(&[digits(1), upper(2), digits_var(4, 6)]).group(&[3])),
            entry(Layout::new(&[upper(3), digits_var(5, 7)]).group(&[3])),
            entry(Layout::new(&[upper(4), digits_var(5, 7)]).group(&[4])),
        ]);

/// Global Forwarding shipment id: 7 digits.
pub(crate) const GLOBAL_FORWARDING_SHIPMENT: FormatDef =
    dhl_global_forwarding(Format::DhlGlobalForwardingShipment, "1234567")
        .source("DHL, Tracking ID labels (Global Forwarding: 7 digits)")
        .entries(&[entry(Layout::new(&[digits(7)]))]);

/// Master air waybill: 3-digit airline prefix + 7-digit serial + the serial modulo 7.
pub(crate) const GLOBAL_FORWARDING_AWB: FormatDef =
    dhl_global_forwarding(Format::DhlGlobalForwardingAwb, "12312345675")
        .source(concat!(
            "DHL, Tracking ID labels (carrier code + 8-digit master air waybill, ",
            "123-12345678); IATA air waybill check (serial modulo 7)"
        ))
        .entries(&[entry(
            Layout::new(&[digits(3), digits(7), digits(1)])
                .check(Algorithm::Mod7, (3, 10), 10)
                .fields(&[field(F::Shipper, 0, 3), field(F::Serial, 3, 10)])
                .group(&[3, 8]),
        )]);

/// A DHL Freight format of low confidence.
const fn dhl_freight(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::DhlFreight, Confidence::Low, example)
}

/// Freight order codes: 4–6 letters + 7 digits once the dashes are gone. Letters-then-digits
/// codes are what order numbers look like too: low.
pub(crate) const FREIGHT: FormatDef = dhl_freight(Format::DhlFreight, "ABCDE1234567")
    .source("DHL, Tracking ID labels (Freight: ABC-DE-1234567, 1234-12345, 9, 10 or 14 digits)")
    .entries(&[
        entry(Layout::new(&[upper(5), digits(7)]).group(&[3, 2, 7])),
        entry(Layout::new(&[upper(4), digits(7)]).group(&[2, 2, 7])),
        entry(Layout::new(&[upper(6), digits(7)]).group(&[3, 3, 7])),
    ]);

/// Freight numbers: `1234-12345` (9 digits), 10 or 14 digits.
pub(crate) const FREIGHT_NUMBER: FormatDef = dhl_freight(Format::DhlFreightNumber, "123412345")
    .source("DHL, Tracking ID labels (Freight: 1234-12345; 9, 10 or 14 digits)")
    .entries(&[
        entry(Layout::new(&[digits(4), digits(5)]).group(&[4, 5])),
        entry(Layout::new(&[digits(10)])),
        entry(Layout::new(&[digits(14)])),
    ]);

const _: () = assert!(END > 0);

/// DHL Parcel `3S` barcodes: `3S` + a 3-letter customer code + 9 digits.
pub(crate) const PARCEL_3S: FormatDef = dhl_parcel(Format::DhlParcel3s, "3SBCC000123456")
    .source("DHL, Tracking ID labels (DHL Parcel: 3SBCC000123456)")
    .entries(&[entry(
        Layout::new(&[lit(b"3S"), upper(3), digits(9)])
            .fields(&[field(F::Shipper, 2, 5), field(F::Serial, 5, END)])
            .group(&[2, 3, 9]),
    )]);

/// DHL eCommerce ids starting `LX` or `RX` that are not S10 numbers (no country code at
/// the end): the prefix and 8–20 digits. The prefixes are S10 service letters too: low.
pub(crate) const ECOMMERCE_LX_RX: FormatDef = dhl_ecommerce(
    Format::DhlEcommerceLxRx,
    Confidence::Low,
    "LX1234567890123",
)
.source("DHL, Tracking ID labels (eCommerce ids usually start GM, LX or RX; 10 to 39 characters)")
.entries(&[entry(Layout::new(&[pairs(b"LXRX"), digits_var(8, 20)]).group(&[2]))]);
