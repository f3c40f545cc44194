//! FedEx: Express 12, Ground 15, the 20/22/32/34-digit barcodes, SSCC labels and door tags.
//!
//! Sources: FedEx Ground label layout specification (Ground 15: 7-digit shipper + 7-digit
//! package + GS1 mod 10; the `96` barcode: application identifier, SCNC, service, Ground
//! number); FedEx's description of the Express check digit (weights 1, 3, 7 from the right,
//! mod 11, 10 read as 0); FedEx tracking help ("tracking numbers are 12 or 14 digits; the
//! barcode is 34 digits"); USPS Publication 199 (a SmartPost / Ground Economy number is the
//! USPS IMpb without its `92` application identifier, the GS1 check still computed over
//! it); GS1 General Specifications for the SSCC.
//!
//! FedEx 34 settled: the last 14 digits hold the (zero-padded) Express number, and its check
//! digit is the FedEx mod 11 over the 13 digits before it. With positions 21–22 `00` (every
//! published 12-digit sample) this is exactly the check of the 12-digit number; it also
//! accepts 14-digit numbers, whose display number is then all 14 digits.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, field, lit, one_of, FieldKind as F, Layout, END};

/// A FedEx format.
const fn fedex(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Fedex, confidence, example)
}

/// 11 digits + FedEx mod 11 check.
pub(crate) const EXPRESS: FormatDef = fedex(Format::FedexExpress, Confidence::High, "986578788855")
    .source("FedEx Express check-digit description (weights 1-3-7, mod 11); FedEx tracking help")
    .entries(&[entry(
        Layout::new(&[digits(12)]).check(Algorithm::FedEx, (0, -1), -1).group(&[4, 4, 4]),
    )]);

/// 7-digit shipper + 7-digit package + GS1 check.
pub(crate) const GROUND: FormatDef =
    fedex(Format::FedexGround, Confidence::High, "041441760228964")
        .source("FedEx Ground label layout specification (check digit algorithms)")
        .entries(&[entry(
            Layout::new(&[digits(15)])
                .check(Algorithm::Gs1, (0, -1), -1)
                .fields(&[field(F::Shipper, 0, 7), field(F::Package, 7, 14)])
                .group(&[4, 4, 4, 3]),
        )]);

/// `96` + 2-digit SCNC + 3-digit service + Ground 15; the display number is the last 15.
pub(crate) const GROUND_96: FormatDef =
    fedex(Format::FedexGround96, Confidence::High, "9611020987654312345672")
        .source("FedEx Ground label layout specification (96 barcode)")
        .entries(&[entry(
            Layout::new(&[lit(b"96"), digits(20)])
                .check(Algorithm::Gs1, (7, 21), 21)
                .fields(&[
                    field(F::Service, 4, 7),
                    field(F::Shipper, 7, 14),
                    field(F::Package, 14, 21),
                ])
                .display(7, END)
                .group(&[2, 2, 3, 7, 7, 1]),
        )]);

/// 34 digits: `1…` Express (destination ZIP at positions 16–20) or `96` + SCNC `22`/`32`
/// Ground GSN; the last 14 digits are the zero-padded tracking number.
pub(crate) const FEDEX_34: FormatDef =
    fedex(Format::Fedex34, Confidence::High, "1001921334250001000300779017972697")
        .source(
            "FedEx tracking help (12 or 14 digits; 34-digit barcode); FedEx Express check digit",
        )
        .entries(&[
            entry(
                Layout::new(&[lit(b"1"), digits(19), lit(b"00"), digits(12)])
                    .check(Algorithm::FedEx, (20, 33), 33)
                    .fields(&[field(F::Zip, 15, 20)])
                    .display(22, END)
                    .group(&[1, 14, 5, 2, 12]),
            ),
            entry(
                Layout::new(&[lit(b"1"), digits(33)])
                    .check(Algorithm::FedEx, (20, 33), 33)
                    .fields(&[field(F::Zip, 15, 20)])
                    .display(20, END)
                    .group(&[1, 14, 5, 14]),
            ),
            entry(
                Layout::new(&[
                    lit(b"96"),
                    one_of(b"23"),
                    lit(b"2"),
                    digits(16),
                    lit(b"00"),
                    digits(12),
                ])
                .check(Algorithm::FedEx, (20, 33), 33)
                .display(22, END)
                .group(&[2, 2, 18, 12]),
            ),
            entry(
                Layout::new(&[lit(b"96"), one_of(b"23"), lit(b"2"), digits(30)])
                    .check(Algorithm::FedEx, (20, 33), 33)
                    .display(20, END)
                    .group(&[2, 2, 16, 14]),
            ),
        ]);

/// ASTRA: 32 digits starting `3`, the Express number at positions 17–28.
pub(crate) const ASTRA: FormatDef =
    fedex(Format::FedexAstra, Confidence::Medium, "32971514560102447849175802862014")
        .source("FedEx ASTRA label barcode (Express number at positions 17-28)")
        .entries(&[entry(
            Layout::new(&[lit(b"3"), digits(31)])
                .check(Algorithm::FedEx, (16, 27), 27)
                .display(16, 28)
                .group(&[16, 12, 4]),
        )]);

/// SmartPost / Ground Economy: the 20 digits after the USPS `92` application identifier.
pub(crate) const SMARTPOST: FormatDef =
    fedex(Format::FedexSmartPost, Confidence::Medium, "61299998820821171811")
        .source("USPS Publication 199 (IMpb structure); FedEx Ground Economy labels (USPS IMpb)")
        .entries(&[entry(
            Layout::new(&[digits(20)])
                .check_implied(Algorithm::Gs1, b"92", (0, -1), -1)
                .fields(&[field(F::Service, 0, 3)])
                .group(&[4, 4, 4, 4, 4]),
        )]);

/// FedEx Ground SSCC-18 label: `00` + 16 digits with the GS1 check.
pub(crate) const SSCC: FormatDef =
    fedex(Format::FedexSscc, Confidence::Medium, "000123450000000027")
        .source(
            "GS1 General Specifications (SSCC); FedEx Ground label layout specification (SSCC-18)",
        )
        .entries(&[entry(
            Layout::new(&[lit(b"00"), digits(16)])
                .check(Algorithm::Gs1, (0, -1), -1)
                .group(&[2, 4, 4, 4, 4]),
        )]);

/// Door tag: `DT` + 12 digits, tracked on fedex.com (no public check digit).
pub(crate) const DOOR_TAG: FormatDef =
    fedex(Format::FedexDoorTag, Confidence::Medium, "DT123456789012")
        .source("FedEx door tag tracking (fedex.com: track by door tag number DT + 12 digits)")
        .entries(&[entry(Layout::new(&[lit(b"DT"), digits(12)]).group(&[2, 4, 4, 4]))]);
