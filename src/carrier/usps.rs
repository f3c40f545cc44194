//! USPS: IMpb PICs, the `420`+ZIP routed forms and legacy 20-digit numbers (spec §3).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{
    digit_range, digits, field, lit, Algo, Extra, FieldKind as F, FormatDef, Row, Services, END,
};

const URL: &str = "https://tools.usps.com/go/TrackConfirmAction?tLabels={}";

/// Service type codes known to the specification (the full Pub 199 table is not public).
const STC: Services = Services::Codes(&[("055", "Priority Mail"), ("612", "Parcel Select")]);

/// IMpb PIC: channel `91`–`95`, 3-digit STC, MID + serial, GS1 check; 22 or 26 digits.
/// `92` carries a 9-digit mailer id, `93` a 6-digit one; for `91`/`94`/`95` only the channel,
/// STC and check are reliable.
pub(crate) const IMPB: FormatDef = FormatDef {
    format: Format::UspsImpb,
    id: "usps_impb",
    name: "USPS IMpb",
    carrier: Carrier::Usps,
    confidence: Confidence::High,
    url: Some(URL),
    example: "9400111206206406260787",
    services: STC,
    rows: &[
        Row::new(&[lit(b"92"), digits(20)])
            .check(Algo::Gs1, (0, -1), -1)
            .fields(&[
                field(F::Service, 2, 5),
                field(F::Shipper, 5, 14),
                field(F::Serial, 14, -1),
            ]),
        Row::new(&[lit(b"93"), digits(20)])
            .check(Algo::Gs1, (0, -1), -1)
            .fields(&[
                field(F::Service, 2, 5),
                field(F::Shipper, 5, 11),
                field(F::Serial, 11, -1),
            ]),
        Row::new(&[lit(b"9"), digit_range(b'1', b'5'), digits(20)])
            .check(Algo::Gs1, (0, -1), -1)
            .fields(&[field(F::Service, 2, 5)]),
        Row::new(&[lit(b"92"), digits(24)])
            .check(Algo::Gs1, (0, -1), -1)
            .fields(&[
                field(F::Service, 2, 5),
                field(F::Shipper, 5, 14),
                field(F::Serial, 14, -1),
            ]),
        Row::new(&[lit(b"93"), digits(24)])
            .check(Algo::Gs1, (0, -1), -1)
            .fields(&[
                field(F::Service, 2, 5),
                field(F::Shipper, 5, 11),
                field(F::Serial, 11, -1),
            ]),
        Row::new(&[lit(b"9"), digit_range(b'1', b'5'), digits(24)])
            .check(Algo::Gs1, (0, -1), -1)
            .fields(&[field(F::Service, 2, 5)]),
    ],
};

/// `420` + ZIP5 or ZIP+4 + PIC. The display number (and URL) is the PIC; the GS1 check
/// covers the PIC only. 34 digits are tried as ZIP+4 + PIC22 first, then ZIP5 + PIC26.
pub(crate) const IMPB_ROUTED: FormatDef = FormatDef {
    format: Format::UspsImpbRouted,
    id: "usps_impb_routed",
    name: "USPS IMpb with ZIP routing",
    carrier: Carrier::Usps,
    confidence: Confidence::High,
    url: Some(URL),
    example: "420787459400111206206406260787",
    services: STC,
    rows: &[
        Row::new(&[
            lit(b"420"),
            digits(5),
            lit(b"9"),
            digit_range(b'1', b'5'),
            digits(20),
        ])
        .check(Algo::Gs1, (8, -1), -1)
        .fields(&[field(F::Zip, 3, 8), field(F::Service, 10, 13)])
        .display(8, END)
        .group(&[3, 5]),
        Row::new(&[
            lit(b"420"),
            digits(9),
            lit(b"9"),
            digit_range(b'1', b'5'),
            digits(20),
        ])
        .check(Algo::Gs1, (12, -1), -1)
        .fields(&[field(F::Zip, 3, 12), field(F::Service, 14, 17)])
        .display(12, END)
        .group(&[3, 9]),
        Row::new(&[
            lit(b"420"),
            digits(5),
            lit(b"9"),
            digit_range(b'1', b'5'),
            digits(24),
        ])
        .check(Algo::Gs1, (8, -1), -1)
        .fields(&[field(F::Zip, 3, 8), field(F::Service, 10, 13)])
        .display(8, END)
        .group(&[3, 5]),
    ],
};

/// Legacy 20 digits: 2-digit service, 9-digit customer id, 8-digit package id, GS1 check
/// (over the 19 digits, or with an implied `91` in front: both conventions occur). A leading
/// `00` is an SSCC, not this.
pub(crate) const LEGACY: FormatDef = FormatDef {
    format: Format::UspsLegacy,
    id: "usps_legacy",
    name: "USPS legacy 20-digit",
    carrier: Carrier::Usps,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "03071790000523483741",
    services: Services::Ranges(&[
        (1, 8, "Delivery Confirmation"),
        (14, 14, "Delivery Confirmation"),
        (21, 26, "Signature Confirmation"),
        (34, 34, "Signature Confirmation"),
        (73, 73, "Insured"),
        (82, 83, "Merchandise Return"),
        (85, 85, "Merchandise Return"),
    ]),
    rows: &[
        Row::new(&[digits(20)])
            .check(Algo::Gs1, (0, -1), -1)
            .fields(&[
                field(F::Service, 0, 2),
                field(F::Shipper, 2, 11),
                field(F::Package, 11, 19),
            ])
            .extra(Extra::NotPrefix(b"00")),
        Row::new(&[digits(20)])
            .check(Algo::Gs1Implied91, (0, -1), -1)
            .fields(&[
                field(F::Service, 0, 2),
                field(F::Shipper, 2, 11),
                field(F::Package, 11, 19),
            ])
            .extra(Extra::NotPrefix(b"00")),
    ],
};
