//! UPS: `1Z`, waybill/freight and Mail Innovations (spec §4).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{
    alnum, alnum_var, digits, field, lit, one_of, Algo, FieldKind as F, FormatDef, Row, Services,
    END,
};

const URL: &str = "https://www.ups.com/track?tracknum={}";

/// `1Z` + 6 shipper + 2 service + 7 package + UPS-10 check over positions 3–17.
pub(crate) const UPS_1Z: FormatDef = FormatDef {
    format: Format::Ups1Z,
    id: "ups_1z",
    name: "UPS 1Z",
    carrier: Carrier::Ups,
    confidence: Confidence::High,
    url: Some(URL),
    example: "1Z999AA10123456784",
    services: Services::Codes(&[
        ("01", "Next Day Air"),
        ("02", "2nd Day Air"),
        ("03", "Ground"),
        ("12", "3 Day Select"),
        ("13", "Next Day Air Saver"),
        ("15", "Next Day Air Early A.M."),
        ("22", "Ground Returns Plus (3 pickup attempts)"),
        ("32", "Next Day Air Early COD"),
        ("33", "Next Day Air Early Saturday COD"),
        ("41", "Next Day Air Early Saturday"),
        ("42", "Ground Signature Required"),
        ("44", "Next Day Air Saturday"),
        ("66", "Worldwide Express"),
        ("72", "Ground COD"),
        ("78", "Ground Returns Plus (1 pickup attempt)"),
        ("90", "Ground Returns"),
        ("A0", "Adult signature required"),
        ("A1", "Adult signature required"),
        ("A2", "Adult signature required"),
        ("A8", "Adult signature required"),
        ("A9", "Adult signature required"),
        ("AA", "Adult signature required"),
        ("YW", "SurePost (delivered by USPS)"),
    ]),
    rows: &[
        Row::new(&[lit(b"1Z"), alnum(6), alnum(2), alnum(7), digits(1)])
            .check(Algo::Ups, (2, 17), 17)
            .fields(&[
                field(F::Shipper, 2, 8),
                field(F::Service, 8, 10),
                field(F::Package, 10, 17),
            ])
            .group(&[2, 3, 3, 2, 4, 4]),
    ],
};

/// Waybill/freight: `T` + 10 digits (no check), or `J`/`K`/`V` + 9 digits + UPS-10 check
/// over the 9 digits. Low confidence.
pub(crate) const WAYBILL: FormatDef = FormatDef {
    format: Format::UpsWaybill,
    id: "ups_waybill",
    name: "UPS waybill",
    carrier: Carrier::Ups,
    confidence: Confidence::Low,
    url: Some(URL),
    example: "K1506235620",
    services: Services::None,
    rows: &[
        Row::new(&[one_of(b"JKV"), digits(9), digits(1)])
            .check(Algo::Ups, (1, 10), 10)
            .fields(&[field(F::Serial, 1, 10)]),
        Row::new(&[lit(b"T"), digits(10)]).fields(&[field(F::Serial, 1, END)]),
    ],
};

/// Mail Innovations: `MI` + 6-digit mailer id + 1–22 shipper-assigned characters, no check.
pub(crate) const MAIL_INNOVATIONS: FormatDef = FormatDef {
    format: Format::UpsMailInnovations,
    id: "ups_mail_innovations",
    name: "UPS Mail Innovations",
    carrier: Carrier::Ups,
    confidence: Confidence::Medium,
    url: Some(URL),
    example: "MI123456ABCD1234567890",
    services: Services::None,
    rows: &[Row::new(&[lit(b"MI"), digits(6), alnum_var(1, 22)])
        .fields(&[field(F::Shipper, 2, 8), field(F::Package, 8, END)])
        .group(&[2, 6, 22])],
};
