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
use crate::format::{entry, Confidence, Format, FormatDef, Services, UrlRule};
use crate::layout::{digits, field, lit, one_of, Extra, FieldKind as F, Layout, END};

const URL: &str = "https://tools.usps.com/go/TrackConfirmAction?tLabels={}";

/// Service type codes (the full Publication 199 table changes yearly).
const STC: Services = Services::Codes(&[("055", "Priority Mail"), ("612", "Parcel Select")]);

/// IMpb PIC: `91`–`95`, STC, mailer id + serial, GS1 check; 22 or 26 digits. `92` carries a
/// 9-digit mailer id, `93` a 6-digit one. Also the 20 digits a FedEx Ground Economy label
/// prints, read with the implied `92` (low: FedEx's reading ranks first).
pub(crate) const IMPB: FormatDef =
    FormatDef::new(Format::UspsImpb, Carrier::Usps, Confidence::High, "9400111206206406260787")
        .url(URL)
        .services(STC)
        .source("USPS Publication 199 (IMpb Implementation Guide)")
        .entries(&[
            entry(
                Layout::new(&[lit(b"92"), digits(20)])
                    .check(Algorithm::Gs1, (0, -1), -1)
                    .fields(&[
                        field(F::Service, 2, 5),
                        field(F::Shipper, 5, 14),
                        field(F::Serial, 14, -1),
                    ])
                    .group(&[4, 4, 4, 4, 4, 2]),
            ),
            entry(
                Layout::new(&[lit(b"93"), digits(20)])
                    .check(Algorithm::Gs1, (0, -1), -1)
                    .fields(&[
                        field(F::Service, 2, 5),
                        field(F::Shipper, 5, 11),
                        field(F::Serial, 11, -1),
                    ])
                    .group(&[4, 4, 4, 4, 4, 2]),
            ),
            entry(
                Layout::new(&[lit(b"9"), one_of(b"12345"), digits(20)])
                    .check(Algorithm::Gs1, (0, -1), -1)
                    .fields(&[field(F::Service, 2, 5)])
                    .group(&[4, 4, 4, 4, 4, 2]),
            ),
            entry(
                Layout::new(&[lit(b"92"), digits(24)])
                    .check(Algorithm::Gs1, (0, -1), -1)
                    .fields(&[
                        field(F::Service, 2, 5),
                        field(F::Shipper, 5, 14),
                        field(F::Serial, 14, -1),
                    ])
                    .group(&[4, 4, 4, 4, 4, 4, 2]),
            ),
            entry(
                Layout::new(&[lit(b"93"), digits(24)])
                    .check(Algorithm::Gs1, (0, -1), -1)
                    .fields(&[
                        field(F::Service, 2, 5),
                        field(F::Shipper, 5, 11),
                        field(F::Serial, 11, -1),
                    ])
                    .group(&[4, 4, 4, 4, 4, 4, 2]),
            ),
            entry(
                Layout::new(&[lit(b"9"), one_of(b"12345"), digits(24)])
                    .check(Algorithm::Gs1, (0, -1), -1)
                    .fields(&[field(F::Service, 2, 5)])
                    .group(&[4, 4, 4, 4, 4, 4, 2]),
            ),
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
pub(crate) const IMPB_ROUTED: FormatDef = FormatDef::new(
    Format::UspsImpbRouted,
    Carrier::Usps,
    Confidence::High,
    "420787459400111206206406260787",
)
.url(URL)
.services(STC)
.source("USPS Publication 199 (IMpb with the 420 + ZIP routing application identifier)")
.entries(&[
    entry(
        Layout::new(&[lit(b"420"), digits(5), lit(b"9"), one_of(b"12345"), digits(20)])
            .check(Algorithm::Gs1, (8, -1), -1)
            .fields(&[field(F::Zip, 3, 8), field(F::Service, 10, 13)])
            .display(8, END)
            .group(&[3, 5, 4, 4, 4, 4, 4, 2]),
    ),
    entry(
        Layout::new(&[lit(b"420"), digits(9), lit(b"9"), one_of(b"12345"), digits(20)])
            .check(Algorithm::Gs1, (12, -1), -1)
            .fields(&[field(F::Zip, 3, 12), field(F::Service, 14, 17)])
            .display(12, END)
            .group(&[3, 9, 4, 4, 4, 4, 4, 2]),
    ),
    entry(
        Layout::new(&[lit(b"420"), digits(5), lit(b"9"), one_of(b"12345"), digits(24)])
            .check(Algorithm::Gs1, (8, -1), -1)
            .fields(&[field(F::Zip, 3, 8), field(F::Service, 10, 13)])
            .display(8, END)
            .group(&[3, 5, 4, 4, 4, 4, 4, 4, 2]),
    ),
]);

/// Legacy 20 digits: 2-digit service, 9-digit customer id, 8-digit package id, GS1 check
/// over the 19 digits or with an implied `91` in front (both occur). A leading `00` is an
/// SSCC, not this.
pub(crate) const LEGACY: FormatDef =
    FormatDef::new(Format::UspsLegacy, Carrier::Usps, Confidence::Medium, "03071790000523483741")
        .url(URL)
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
        .entries(&[
            entry(
                Layout::new(&[digits(20)])
                    .check(Algorithm::Gs1, (0, -1), -1)
                    .fields(&[
                        field(F::Service, 0, 2),
                        field(F::Shipper, 2, 11),
                        field(F::Package, 11, 19),
                    ])
                    .extra(Extra::NotPrefix(b"00"))
                    .group(&[4, 4, 4, 4, 4]),
            ),
            entry(
                Layout::new(&[digits(20)])
                    .check_implied(Algorithm::Gs1, b"91", (0, -1), -1)
                    .fields(&[
                        field(F::Service, 0, 2),
                        field(F::Shipper, 2, 11),
                        field(F::Package, 11, 19),
                    ])
                    .extra(Extra::NotPrefix(b"00"))
                    .group(&[4, 4, 4, 4, 4]),
            ),
        ]);

/// Global Express Guaranteed: `82` + 8 digits (no public check digit; a bare 10-digit run:
/// low).
pub(crate) const GXG: FormatDef =
    FormatDef::new(Format::UspsGxg, Carrier::Usps, Confidence::Low, "8212345678")
        .url(URL)
        .source("USPS FAQ, What is a tracking number (Global Express Guaranteed: 82 000 000 00)")
        .entries(&[entry(Layout::new(&[lit(b"82"), digits(8)]).group(&[2, 4, 4]))]);
