//! DPD (the DPDgroup networks).
//!
//! Sources: DPD parcel label specification as summarised in DPD's integration guides (a
//! 14-digit parcel number: 4-digit depot + 10-digit serial, printed with an ISO/IEC 7064
//! MOD 37,36 check character; the 28-character barcode: 7-character destination postcode,
//! parcel number, 3-digit service code, ISO 3166-1 numeric country, check character);
//! ISO/IEC 7064 for the check system.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
/// DPD service codes.
const SERVICES: Services = Services::Codes(&[
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
]);

use crate::layout::{alnum, digits, field, FieldKind as F, Layout};

/// A DPD format of high confidence.
const fn dpd(format: Format, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Dpd, Confidence::High, example)
}

/// The 14-digit parcel number with its check character (15), or alone (14, low: a bare run).
pub(crate) const DPD: FormatDef = dpd(Format::Dpd, "09980000020033F")
    .services(SERVICES)
    .source("DPD parcel label specification (parcel number + MOD 37,36 check character)")
    .entries(&[
        entry(
            Layout::new(&[digits(14), alnum(1)])
                .check(Algorithm::Mod37_36, (0, 14), 14)
                .fields(&[field(F::Depot, 0, 4), field(F::Serial, 4, 14)])
                .display(0, 14)
                .group(&[4, 4, 4, 2, 1]),
        ),
        entry(
            Layout::new(&[digits(14)])
                .fields(&[field(F::Depot, 0, 4), field(F::Serial, 4, 14)])
                .group(&[4, 4, 4, 2]),
        )
        .confidence(Confidence::Low),
    ]);
/// The 28-character barcode; its display number is the 14-digit parcel number.
pub(crate) const BARCODE: FormatDef = dpd(Format::DpdBarcode, "008182709980000020033350276C")
    .services(SERVICES)
    .source("DPD parcel label specification (28-character barcode)")
    .entries(&[entry(
        Layout::new(&[alnum(7), digits(14), digits(3), digits(3), alnum(1)])
            .check(Algorithm::Mod37_36, (0, 27), 27)
            .fields(&[
                field(F::Zip, 0, 7),
                field(F::Depot, 7, 11),
                field(F::Serial, 11, 21),
                field(F::Service, 21, 24),
                field(F::CountryNumeric, 24, 27),
            ])
            .display(7, 21)
            .group(&[7, 14, 3, 3, 1]),
    )]);
