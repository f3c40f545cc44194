//! UPU S10 international postal items: `SS NNNNNNNN C CC` (spec §1).

use crate::carrier::{Carrier, Confidence, Format};
use crate::spec::{
    digits, field, upper, Algo, CarrierRule, Extra, FieldKind as F, FormatDef, Row, Services,
    UrlRule,
};

/// `RB123456785GB`: 2 service letters, 8 serial digits, S10-11 check, ISO country code.
pub(crate) const S10: FormatDef = FormatDef {
    format: Format::S10,
    id: "s10",
    name: "UPU S10",
    carrier: Carrier::Upu,
    confidence: Confidence::High,
    url: None,
    example: "RB123456785GB",
    services: Services::S10,
    rows: &[Row::new(&[upper(2), digits(8), digits(1), upper(2)])
        .check(Algo::S10, (2, 10), 10)
        .fields(&[
            field(F::Service, 0, 2),
            field(F::Serial, 2, 10),
            field(F::Country, 11, 13),
        ])
        .carrier(CarrierRule::ByCountry)
        .url(UrlRule::ByCountry)
        .extra(Extra::S10Service)
        .group(&[2, 3, 3, 3, 2])],
};

/// A postal operator of the S10 table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Operator {
    pub(crate) country: &'static [u8; 2],
    pub(crate) carrier: Carrier,
    pub(crate) url: Option<&'static str>,
}

const fn op(country: &'static [u8; 2], carrier: Carrier, url: Option<&'static str>) -> Operator {
    Operator {
        country,
        carrier,
        url,
    }
}

/// Country code → operator and tracking URL (spec §1 table).
pub(crate) const OPERATORS: &[Operator] = &[
    op(b"US", Carrier::Usps, Some("https://tools.usps.com/go/TrackConfirmAction?tLabels={}")),
    op(b"GB", Carrier::RoyalMail, Some("https://www.royalmail.com/track-your-item#/tracking-results/{}")),
    op(
        b"CA",
        Carrier::CanadaPost,
        Some("https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={}"),
    ),
    op(b"AU", Carrier::AustraliaPost, Some("https://auspost.com.au/mypost/track/#/details/{}")),
    op(b"CN", Carrier::ChinaPost, Some("https://www.ems.com.cn/qps/yjcx?mailNum={}")),
    op(
        b"JP",
        Carrier::JapanPost,
        Some("https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={}&locale=en"),
    ),
    op(b"NL", Carrier::Postnl, Some("https://jouw.postnl.nl/track-and-trace/{}")),
    op(
        b"DE",
        Carrier::DeutschePost,
        Some("https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={}"),
    ),
    op(b"FR", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")),
    op(b"IT", Carrier::PosteItaliane, Some("https://www.poste.it/cerca/index.html#/risultati-spedizioni/{}")),
    op(
        b"ES",
        Carrier::Correos,
        Some("https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={}"),
    ),
    op(b"IN", Carrier::IndiaPost, None),
    op(b"IL", Carrier::IsraelPost, Some("https://mypost.israelpost.co.il/itemtrace?itemcode={}")),
];

/// The operator of a two-letter country code, if in the table.
pub(crate) fn operator(country: &[u8]) -> Option<&'static Operator> {
    OPERATORS.iter().find(|o| o.country.as_slice() == country)
}

/// The meaning of an S10 service indicator (spec §1 table), for a two-letter code.
pub(crate) fn service_name(code: &[u8]) -> Option<&'static str> {
    let (a, b) = match *code {
        [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => (a, b),
        _ => return None,
    };
    Some(match a {
        b'A' if b <= b'U' => "unassigned (formerly letter post: recorded delivery)",
        b'A' => "domestic or bilateral use: RFID-tracked e-commerce item",
        b'B' | b'D' | b'N' | b'P' | b'Z' => "domestic, bilateral or multilateral use",
        b'G' if b == b'A' || b == b'D' => "domestic, bilateral or multilateral use",
        b'C' => "parcel post",
        b'E' => "EMS",
        b'H' => "e-commerce parcel",
        b'L' => "letter post: tracked",
        b'M' => "letter post: M-bag",
        b'Q' if b <= b'M' => "letter post: international business reply service",
        b'R' => "letter post: registered",
        b'U' => "letter post: item subject to customs control",
        b'V' => "letter post: insured",
        b'J' | b'K' | b'S' | b'T' | b'W' => return None,
        _ => "unassigned",
    })
}
