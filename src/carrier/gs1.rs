//! GS1 identifiers used as tracking numbers: SSCC-18 and GSIN (spec §2).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{digit_range, digits, lit, Algo, CarrierRule, FormatDef, Row, Services, UrlRule};

/// SSCC-18, bare (18 digits) or with application identifier `00` (20 digits). A German GS1
/// prefix (`00 3 40`–`44`, DHL Paket labels) is attributed to Deutsche Post DHL.
pub(crate) const SSCC: FormatDef = FormatDef {
    format: Format::Sscc,
    id: "sscc",
    name: "GS1 SSCC-18",
    carrier: Carrier::Gs1,
    confidence: Confidence::High,
    url: None,
    example: "00340433836442636597",
    services: Services::None,
    rows: &[
        Row::new(&[lit(b"0034"), digit_range(b'0', b'4'), digits(15)])
            .check(Algo::Gs1, (0, -1), -1)
            .carrier(CarrierRule::Fixed(Carrier::DeutschePost))
            .url(UrlRule::Template(
                "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={}",
            ))
            .group(&[2, 1, 16, 1]),
        Row::new(&[lit(b"00"), digits(18)])
            .check(Algo::Gs1, (0, -1), -1)
            .group(&[2, 1, 16, 1]),
        Row::new(&[digits(18)])
            .check(Algo::Gs1, (0, -1), -1)
            .group(&[1, 16, 1]),
    ],
};

/// GSIN: 16 data digits + GS1 check (AI 402).
pub(crate) const GSIN: FormatDef = FormatDef {
    format: Format::Gsin,
    id: "gsin",
    name: "GS1 GSIN",
    carrier: Carrier::Gs1,
    confidence: Confidence::High,
    url: None,
    example: "06141411234567890",
    services: Services::None,
    rows: &[Row::new(&[digits(17)])
        .check(Algo::Gs1, (0, -1), -1)
        .group(&[16, 1])],
};
