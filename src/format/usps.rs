//! USPS: IMpb package identification codes, the `420` + ZIP routed forms, and legacy
//! 20-digit numbers.
//!
//! Sources: USPS Publication 199, "Intelligent Mail Package Barcode (IMpb) Implementation
//! Guide" (channel application identifiers 91–95, 3-digit service type code, 6- or 9-digit
//! mailer id, serial, GS1 mod 10 check over the PIC only; the `420` + ZIP routing prefix);
//! USPS Publications 91 and 109 (legacy 20-digit Delivery/Signature Confirmation numbers:
//! 2-digit service, 9-digit customer id, 8-digit package id, check computed with or without
//! the implied `91`); the two service type codes named here (055 Priority Mail, 612 Parcel Select)
//! as PC-postage vendors' IMpb documentation lists them; USPS FAQ, "What is a tracking
//! number and where can I find it?" (Global Express Guaranteed: `82 000 000 00`).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Entry, Format, FormatDef, Services, UrlRule};
use crate::layout::{
    digits, field, lit, one_of, Extra, FieldKind as F, FieldSpan, Layout, Seg, END,
};

/// Service type codes (the full Publication 199 table changes yearly).
const STC: Services = Services::Codes(&[("055", "Priority Mail"), ("612", "Parcel Select")]);

/// A PIC entry: the channel `92` or `93` and where its mailer id ends, or `any` channel
/// `91`–`95`; then the digits after the channel (20 or 24) and the printed grouping.
macro_rules! pic {
    ($channel:literal, $rest:literal, mailer until $end:literal, $group:expr) => {
        entry(
            Layout::new(&[lit($channel), digits($rest)])
                .check(Algorithm::Gs1, (0, -1), -1)
                .fields(&[
                    field(F::Service, 2, 5),
                    field(F::Shipper, 5, $end),
                    field(F::Serial, $end, -1),
                ])
                .group($group),
        )
    };
    (any, $rest:literal, $group:expr) => {
        entry(
            Layout::new(&[lit(b"9"), one_of(b"12345"), digits($rest)])
                .check(Algorithm::Gs1, (0, -1), -1)
                .fields(&[field(F::Service, 2, 5)])
                .group($group),
        )
    };
}

/// A `420` + ZIP entry: the ZIP's length (5 or 9), the PIC's digits after its channel and
/// the printed grouping. The check, the display number and the service code are the PIC's.
macro_rules! routed {
    (zip $zip:literal, pic $rest:literal, $group:expr) => {
        entry(
            Layout::new(&[lit(b"420"), digits($zip), lit(b"9"), one_of(b"12345"), digits($rest)])
                .check(Algorithm::Gs1, (3 + $zip, -1), -1)
                .fields(&[field(F::Zip, 3, 3 + $zip), field(F::Service, 5 + $zip, 8 + $zip)])
                .display(3 + $zip, END)
                .group($group),
        )
    };
}

/// A USPS format.
const fn usps(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Usps, confidence, example)
}

/// IMpb PIC: `91`–`95`, STC, mailer id + serial, GS1 check; 22 or 26 digits. `92` carries a
/// 9-digit mailer id, `93` a 6-digit one. Also the 20 digits a FedEx Ground Economy label
/// prints, read with the implied `92` (low: FedEx's reading ranks first).
pub(crate) const IMPB: FormatDef =
    usps(Format::UspsImpb, Confidence::High, "9400111206206406260787")
        .services(STC)
        .source("USPS Publication 199 (IMpb Implementation Guide)")
        .entries(&[
            pic!(b"92", 20, mailer until 14, &[4, 4, 4, 4, 4, 2]),
            pic!(b"93", 20, mailer until 11, &[4, 4, 4, 4, 4, 2]),
            pic!(any, 20, &[4, 4, 4, 4, 4, 2]),
            pic!(b"92", 24, mailer until 14, &[4, 4, 4, 4, 4, 4, 2]),
            pic!(b"93", 24, mailer until 11, &[4, 4, 4, 4, 4, 4, 2]),
            pic!(any, 24, &[4, 4, 4, 4, 4, 4, 2]),
            entry(
                Layout::new(&[digits(20)])
                    .check_implied(Algorithm::Gs1, b"92", (0, -1), -1)
                    .fields(&[field(F::Service, 0, 3)])
                    .group(&[4, 4, 4, 4, 4]),
            )
            .confidence(Confidence::Low)
            .url(UrlRule::Template("https://tools.usps.com/go/TrackConfirmAction?tLabels=92{}")),
        ]);

/// `420` + ZIP5 or ZIP+4 + PIC. The display number (and URL) is the PIC; the GS1 check
/// covers the PIC only. 34 digits are tried as ZIP+4 + PIC22 and as ZIP5 + PIC26.
pub(crate) const IMPB_ROUTED: FormatDef =
    usps(Format::UspsImpbRouted, Confidence::High, "420787459400111206206406260787")
        .services(STC)
        .source("USPS Publication 199 (IMpb with the 420 + ZIP routing application identifier)")
        .entries(&[
            routed!(zip 5, pic 20, &[3, 5, 4, 4, 4, 4, 4, 2]),
            routed!(zip 9, pic 20, &[3, 9, 4, 4, 4, 4, 4, 2]),
            routed!(zip 5, pic 24, &[3, 5, 4, 4, 4, 4, 4, 4, 2]),
        ]);

/// Legacy 20 digits: 2-digit service, 9-digit customer id, 8-digit package id, GS1 check
/// over the 19 digits or with an implied `91` in front (both occur). A leading `00` is an
/// SSCC, not this.
pub(crate) const LEGACY: FormatDef =
    usps(Format::UspsLegacy, Confidence::Medium, "03071790000523483741")
        .services(Services::Ranges(&[
            (1, 8, "Delivery Confirmation"),
            (14, 14, "Delivery Confirmation"),
            (21, 26, "Signature Confirmation"),
            (34, 34, "Signature Confirmation"),
            (73, 73, "Insured"),
            (82, 83, "Merchandise Return"),
            (85, 85, "Merchandise Return"),
        ]))
        .source("USPS Publications 91 and 109 (Delivery and Signature Confirmation barcodes)")
        .entries(&[legacy(b""), legacy(b"91")]);

/// A legacy entry, its GS1 check over the 19 digits after `implied`.
const fn legacy(implied: &'static [u8]) -> Entry {
    const DIGITS_20: &[Seg] = &[digits(20)];
    const FIELDS: &[FieldSpan] =
        &[field(F::Service, 0, 2), field(F::Shipper, 2, 11), field(F::Package, 11, 19)];
    entry(
        Layout::new(DIGITS_20)
            .check_implied(Algorithm::Gs1, implied, (0, -1), -1)
            .fields(FIELDS)
            .extra(Extra::NotPrefix(b"00"))
            .group(&[4, 4, 4, 4, 4]),
    )
}

/// Global Express Guaranteed: `82` + 8 digits (no public check digit; a bare 10-digit run:
/// low).
pub(crate) const GXG: FormatDef = usps(Format::UspsGxg, Confidence::Low, "8212345678")
    .source("USPS FAQ, What is a tracking number (Global Express Guaranteed: 82 000 000 00)")
    .entries(&[entry(Layout::new(&[lit(b"82"), digits(8)]).group(&[2, 4, 4]))]);
