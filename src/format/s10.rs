//! UPU S10 identifiers (`RB123456785GB`) and the postal operator of every country code.
//!
//! Sources:
//! - Universal Postal Union, standard S10 "Identification of postal items: 13-character
//!   identifier" (structure, the mod 11 check digit with weights 8 6 4 2 3 5 9 7, the service
//!   indicator table: J, K, S, T and W are reserved for domestic use and never valid in
//!   international exchange); summarised in the Wikipedia article "S10 (UPU standard)".
//! - ISO 3166-1 for the country codes (see `country.rs`).
//! - The designated operator of each UPU member country and territory: UPU, "Status and
//!   structures of postal entities in UPU member countries", as listed in the Wikipedia
//!   article "List of postal entities". Territories without a UPU membership of their own
//!   are served by their parent country's operator (Puerto Rico, Guam: USPS; the French
//!   overseas departments: La Poste).
//! - Tracking pages: each operator's own (`carrier/tracking_page.rs`).
//! - Royal Mail domestic tracked items: Royal Mail's "Track your item" help (references are
//!   two letters, nine digits and `GB`); S10 reserves `T` for domestic use, which is what
//!   Royal Mail's Tracked 24/48 numbers (`T?…GB`) use.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, CarrierRule, Confidence, Format, FormatDef, Services, UrlRule};
use crate::layout::{digits, field, lit, one_of, upper, Extra, FieldKind as F, Layout};

/// `RB123456785GB`: 2 service letters, 8 serial digits, S10 check, country code.
pub(crate) const S10: FormatDef =
    FormatDef::new(Format::S10, Carrier::Upu, Confidence::High, "RB123456785GB")
        .services(Services::S10)
        .source("UPU standard S10 (via Wikipedia \"S10 (UPU standard)\"); ISO 3166-1")
        .entries(&[entry(
            Layout::new(&[upper(2), digits(8), digits(1), upper(2)])
                .check(Algorithm::S10, (2, 10), 10)
                .fields(&[
                    field(F::Service, 0, 2),
                    field(F::Serial, 2, 10),
                    field(F::Country, 11, 13),
                ])
                .extra(Extra::S10)
                .group(&[2, 3, 3, 3, 2]),
        )
        .carrier(CarrierRule::ByCountry)
        .url(UrlRule::ByCountry)]);

/// Royal Mail's domestic tracked items: `T` + a letter + 8 digits + S10 check + `GB`.
pub(crate) const ROYAL_MAIL_DOMESTIC: FormatDef = FormatDef::new(
    Format::RoyalMailDomestic,
    Carrier::RoyalMail,
    Confidence::Medium,
    "TT123456785GB",
)
.source(concat!(
    "Royal Mail, \"Track your item\" help (two letters, nine digits, GB); ",
    "UPU S10 (T is a domestic-only service indicator)"
))
.entries(&[entry(
    Layout::new(&[lit(b"T"), upper(1), digits(8), digits(1), lit(b"GB")])
        .check(Algorithm::S10, (2, 10), 10)
        .fields(&[field(F::Service, 0, 2), field(F::Serial, 2, 10)])
        .group(&[2, 3, 3, 3, 2]),
)]);

/// Domestic items in the S10 shape: the service indicator's first letter is one the standard
/// reserves for domestic use (J, K, S, T, W), the check digit and country code as in S10.
pub(crate) const DOMESTIC: FormatDef =
    FormatDef::new(Format::S10Domestic, Carrier::Upu, Confidence::Medium, "KA123456785DE")
        .source("UPU standard S10 (J, K, S, T and W are reserved for domestic use); ISO 3166-1")
        .entries(&[entry(
            Layout::new(&[one_of(b"JKSTW"), upper(1), digits(8), digits(1), upper(2)])
                .check(Algorithm::S10, (2, 10), 10)
                .fields(&[
                    field(F::Service, 0, 2),
                    field(F::Serial, 2, 10),
                    field(F::Country, 11, 13),
                ])
                .extra(Extra::Country)
                .group(&[2, 3, 3, 3, 2]),
        )
        .carrier(CarrierRule::ByCountry)
        .url(UrlRule::ByCountry)]);

/// The operator of one country code.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Operator {
    pub(crate) country: [u8; 2],
    pub(crate) carrier: Carrier,
}

const fn op(country: &[u8; 2], carrier: Carrier) -> Operator {
    Operator { country: *country, carrier }
}

/// Country code → designated postal operator, one row per country.
#[rustfmt::skip]
pub(crate) const OPERATORS: &[Operator] = &[
    op(b"AC", Carrier::StHelenaPost), // Ascension Island
    op(b"AD", Carrier::LaPoste), // Andorra
    op(b"AE", Carrier::EmiratesPost), // United Arab Emirates
    op(b"AF", Carrier::AfghanPost), // Afghanistan
    op(b"AG", Carrier::AntiguaPost), // Antigua and Barbuda
    op(b"AI", Carrier::AnguillaPost), // Anguilla
    op(b"AL", Carrier::PostaShqiptare), // Albania
    op(b"AM", Carrier::Haypost), // Armenia
    op(b"AO", Carrier::CorreiosAngola), // Angola
    op(b"AR", Carrier::CorreoArgentino), // Argentina
    op(b"AS", Carrier::Usps), // American Samoa
    op(b"AT", Carrier::AustrianPost), // Austria
    op(b"AU", Carrier::AustraliaPost), // Australia
    op(b"AW", Carrier::PostAruba), // Aruba
    op(b"AX", Carrier::AlandPost), // Åland Islands
    op(b"AZ", Carrier::Azerpost), // Azerbaijan
    op(b"BA", Carrier::BhPosta), // Bosnia and Herzegovina
    op(b"BB", Carrier::BarbadosPost), // Barbados
    op(b"BD", Carrier::BangladeshPost), // Bangladesh
    op(b"BE", Carrier::Bpost), // Belgium
    op(b"BF", Carrier::Sonapost), // Burkina Faso
    op(b"BG", Carrier::BulgarianPosts), // Bulgaria
    op(b"BH", Carrier::BahrainPost), // Bahrain
    op(b"BI", Carrier::BurundiPost), // Burundi
    op(b"BJ", Carrier::BeninPost), // Benin
    op(b"BL", Carrier::LaPoste), // Saint Barthélemy
    op(b"BM", Carrier::BermudaPost), // Bermuda
    op(b"BN", Carrier::BruneiPost), // Brunei Darussalam
    op(b"BO", Carrier::CorreosBolivia), // Bolivia
    op(b"BR", Carrier::Correios), // Brazil
    op(b"BS", Carrier::BahamasPost), // Bahamas
    op(b"BT", Carrier::BhutanPost), // Bhutan
    op(b"BW", Carrier::BotswanaPost), // Botswana
    op(b"BY", Carrier::Belpochta), // Belarus
    op(b"BZ", Carrier::BelizePost), // Belize
    op(b"CA", Carrier::CanadaPost), // Canada
    op(b"CC", Carrier::AustraliaPost), // Cocos (Keeling) Islands
    op(b"CD", Carrier::CongoDrPost), // Congo, Democratic Republic of the
    op(b"CF", Carrier::CentrafricanPost), // Central African Republic
    op(b"CG", Carrier::CongoPost), // Congo
    op(b"CH", Carrier::SwissPost), // Switzerland
    op(b"CI", Carrier::IvoryCoastPost), // Côte d'Ivoire
    op(b"CK", Carrier::CookIslandsPost), // Cook Islands
    op(b"CL", Carrier::CorreosChile), // Chile
    op(b"CM", Carrier::Campost), // Cameroon
    op(b"CN", Carrier::ChinaPost), // China
    op(b"CO", Carrier::ColombiaPost), // Colombia
    op(b"CR", Carrier::CorreosCostaRica), // Costa Rica
    op(b"CU", Carrier::CorreosCuba), // Cuba
    op(b"CV", Carrier::CorreiosCaboVerde), // Cabo Verde
    op(b"CW", Carrier::CpostCuracao), // Curaçao
    op(b"CX", Carrier::AustraliaPost), // Christmas Island
    op(b"CY", Carrier::CyprusPost), // Cyprus
    op(b"CZ", Carrier::CzechPost), // Czechia
    op(b"DE", Carrier::DeutschePost), // Germany
    op(b"DJ", Carrier::DjiboutiPost), // Djibouti
    op(b"DK", Carrier::Postnord), // Denmark
    op(b"DM", Carrier::DominicaPost), // Dominica
    op(b"DO", Carrier::Inposdom), // Dominican Republic
    op(b"DZ", Carrier::AlgeriePoste), // Algeria
    op(b"EC", Carrier::CorreosEcuador), // Ecuador
    op(b"EE", Carrier::Omniva), // Estonia
    op(b"EG", Carrier::EgyptPost), // Egypt
    op(b"ER", Carrier::EritreaPost), // Eritrea
    op(b"ES", Carrier::Correos), // Spain
    op(b"ET", Carrier::EthiopianPost), // Ethiopia
    op(b"FI", Carrier::Posti), // Finland
    op(b"FJ", Carrier::PostFiji), // Fiji
    op(b"FK", Carrier::FalklandsPost), // Falkland Islands (Malvinas)
    op(b"FM", Carrier::MicronesiaPost), // Micronesia
    op(b"FO", Carrier::FaroePost), // Faroe Islands
    op(b"FR", Carrier::LaPoste), // France
    op(b"GA", Carrier::GabonPost), // Gabon
    op(b"GB", Carrier::RoyalMail), // United Kingdom
    op(b"GD", Carrier::GrenadaPost), // Grenada
    op(b"GE", Carrier::GeorgianPost), // Georgia
    op(b"GF", Carrier::LaPoste), // French Guiana
    op(b"GG", Carrier::GuernseyPost), // Guernsey
    op(b"GH", Carrier::GhanaPost), // Ghana
    op(b"GI", Carrier::GibraltarPost), // Gibraltar
    op(b"GL", Carrier::Tusass), // Greenland
    op(b"GM", Carrier::Gampost), // Gambia
    op(b"GN", Carrier::GuineaPost), // Guinea
    op(b"GP", Carrier::LaPoste), // Guadeloupe
    op(b"GQ", Carrier::EquatorialGuineaPost), // Equatorial Guinea
    op(b"GR", Carrier::Elta), // Greece
    op(b"GT", Carrier::CorreoGuatemala), // Guatemala
    op(b"GU", Carrier::Usps), // Guam
    op(b"GW", Carrier::GuineaBissauPost), // Guinea-Bissau
    op(b"GY", Carrier::GuyanaPost), // Guyana
    op(b"HK", Carrier::HongkongPost), // Hong Kong
    op(b"HN", Carrier::Honducor), // Honduras
    op(b"HR", Carrier::HrvatskaPosta), // Croatia
    op(b"HT", Carrier::HaitiPost), // Haiti
    op(b"HU", Carrier::MagyarPosta), // Hungary
    op(b"ID", Carrier::PosIndonesia), // Indonesia
    op(b"IE", Carrier::AnPost), // Ireland
    op(b"IL", Carrier::IsraelPost), // Israel
    op(b"IM", Carrier::IsleOfManPost), // Isle of Man
    op(b"IN", Carrier::IndiaPost), // India
    op(b"IQ", Carrier::IraqiPost), // Iraq
    op(b"IR", Carrier::IranPost), // Iran
    op(b"IS", Carrier::IcelandPost), // Iceland
    op(b"IT", Carrier::PosteItaliane), // Italy
    op(b"JE", Carrier::JerseyPost), // Jersey
    op(b"JM", Carrier::JamaicaPost), // Jamaica
    op(b"JO", Carrier::JordanPost), // Jordan
    op(b"JP", Carrier::JapanPost), // Japan
    op(b"KE", Carrier::PostaKenya), // Kenya
    op(b"KG", Carrier::KyrgyzPost), // Kyrgyzstan
    op(b"KH", Carrier::CambodiaPost), // Cambodia
    op(b"KI", Carrier::KiribatiPost), // Kiribati
    op(b"KM", Carrier::ComoresPost), // Comoros
    op(b"KN", Carrier::StKittsPost), // Saint Kitts and Nevis
    op(b"KP", Carrier::NorthKoreaPost), // Korea, Democratic People's Republic of
    op(b"KR", Carrier::KoreaPost), // Korea, Republic of
    op(b"KW", Carrier::KuwaitPost), // Kuwait
    op(b"KY", Carrier::CaymanPost), // Cayman Islands
    op(b"KZ", Carrier::Kazpost), // Kazakhstan
    op(b"LA", Carrier::LaoPost), // Lao People's Democratic Republic
    op(b"LB", Carrier::Libanpost), // Lebanon
    op(b"LC", Carrier::SaintLuciaPost), // Saint Lucia
    op(b"LI", Carrier::LiechtensteinPost), // Liechtenstein
    op(b"LK", Carrier::SriLankaPost), // Sri Lanka
    op(b"LR", Carrier::LiberiaPost), // Liberia
    op(b"LS", Carrier::LesothoPost), // Lesotho
    op(b"LT", Carrier::LietuvosPastas), // Lithuania
    op(b"LU", Carrier::PostLuxembourg), // Luxembourg
    op(b"LV", Carrier::LatvijasPasts), // Latvia
    op(b"LY", Carrier::LibyaPost), // Libya
    op(b"MA", Carrier::BaridAlMaghrib), // Morocco
    op(b"MC", Carrier::MonacoPost), // Monaco
    op(b"MD", Carrier::PostaMoldovei), // Moldova
    op(b"ME", Carrier::PostaCrneGore), // Montenegro
    op(b"MF", Carrier::LaPoste), // Saint Martin (French part)
    op(b"MG", Carrier::Paositra), // Madagascar
    op(b"MH", Carrier::MarshallIslandsPost), // Marshall Islands
    op(b"MK", Carrier::PostaNorthMacedonia), // North Macedonia
    op(b"ML", Carrier::MaliPost), // Mali
    op(b"MM", Carrier::MyanmaPost), // Myanmar
    op(b"MN", Carrier::MongolPost), // Mongolia
    op(b"MO", Carrier::MacauPost), // Macao
    op(b"MP", Carrier::Usps), // Northern Mariana Islands
    op(b"MQ", Carrier::LaPoste), // Martinique
    op(b"MR", Carrier::Mauripost), // Mauritania
    op(b"MS", Carrier::MontserratPost), // Montserrat
    op(b"MT", Carrier::Maltapost), // Malta
    op(b"MU", Carrier::MauritiusPost), // Mauritius
    op(b"MV", Carrier::MaldivesPost), // Maldives
    op(b"MW", Carrier::MalawiPost), // Malawi
    op(b"MX", Carrier::CorreosMexico), // Mexico
    op(b"MY", Carrier::PosMalaysia), // Malaysia
    op(b"MZ", Carrier::CorreiosMocambique), // Mozambique
    op(b"NA", Carrier::Nampost), // Namibia
    op(b"NC", Carrier::OptNouvelleCaledonie), // New Caledonia
    op(b"NE", Carrier::NigerPost), // Niger
    op(b"NF", Carrier::NorfolkIslandPost), // Norfolk Island
    op(b"NG", Carrier::Nipost), // Nigeria
    op(b"NI", Carrier::CorreosNicaragua), // Nicaragua
    op(b"NL", Carrier::Postnl), // Netherlands
    op(b"NO", Carrier::PostenNorge), // Norway
    op(b"NP", Carrier::NepalPost), // Nepal
    op(b"NR", Carrier::NauruPost), // Nauru
    op(b"NU", Carrier::NiuePost), // Niue
    op(b"NZ", Carrier::NzPost), // New Zealand
    op(b"OM", Carrier::OmanPost), // Oman
    op(b"PA", Carrier::CorreosPanama), // Panama
    op(b"PE", Carrier::Serpost), // Peru
    op(b"PF", Carrier::FareRata), // French Polynesia
    op(b"PG", Carrier::PngPost), // Papua New Guinea
    op(b"PH", Carrier::Phlpost), // Philippines
    op(b"PK", Carrier::PakistanPost), // Pakistan
    op(b"PL", Carrier::PocztaPolska), // Poland
    op(b"PM", Carrier::LaPoste), // Saint Pierre and Miquelon
    op(b"PR", Carrier::Usps), // Puerto Rico
    op(b"PS", Carrier::PalestinePost), // Palestine, State of
    op(b"PT", Carrier::Ctt), // Portugal
    op(b"PW", Carrier::PalauPost), // Palau
    op(b"PY", Carrier::CorreoParaguayo), // Paraguay
    op(b"QA", Carrier::QatarPost), // Qatar
    op(b"RE", Carrier::LaPoste), // Réunion
    op(b"RO", Carrier::PostaRomana), // Romania
    op(b"RS", Carrier::PostaSrbije), // Serbia
    op(b"RU", Carrier::RussianPost), // Russian Federation
    op(b"RW", Carrier::Iposita), // Rwanda
    op(b"SA", Carrier::SaudiPost), // Saudi Arabia
    op(b"SB", Carrier::SolomonIslandsPost), // Solomon Islands
    op(b"SC", Carrier::SeychellesPost), // Seychelles
    op(b"SD", Carrier::Sudapost), // Sudan
    op(b"SE", Carrier::Postnord), // Sweden
    op(b"SG", Carrier::Singpost), // Singapore
    op(b"SH", Carrier::StHelenaPost), // Saint Helena, Ascension and Tristan da Cunha
    op(b"SI", Carrier::PostaSlovenije), // Slovenia
    op(b"SJ", Carrier::PostenNorge), // Svalbard and Jan Mayen
    op(b"SK", Carrier::SlovenskaPosta), // Slovakia
    op(b"SL", Carrier::SierraLeonePost), // Sierra Leone
    op(b"SM", Carrier::PosteSanMarino), // San Marino
    op(b"SN", Carrier::SenegalPost), // Senegal
    op(b"SO", Carrier::SomaliPost), // Somalia
    op(b"SR", Carrier::Surpost), // Suriname
    op(b"SS", Carrier::SouthSudanPost), // South Sudan
    op(b"ST", Carrier::CorreiosSaoTome), // Sao Tome and Principe
    op(b"SV", Carrier::CorreosElSalvador), // El Salvador
    op(b"SX", Carrier::PostStMaarten), // Sint Maarten (Dutch part)
    op(b"SY", Carrier::SyrianPost), // Syrian Arab Republic
    op(b"SZ", Carrier::EswatiniPost), // Eswatini
    op(b"TA", Carrier::StHelenaPost), // Tristan da Cunha
    op(b"TC", Carrier::TurksCaicosPost), // Turks and Caicos Islands
    op(b"TD", Carrier::ChadPost), // Chad
    op(b"TG", Carrier::TogoPost), // Togo
    op(b"TH", Carrier::ThailandPost), // Thailand
    op(b"TJ", Carrier::TajikPost), // Tajikistan
    op(b"TL", Carrier::TimorLestePost), // Timor-Leste
    op(b"TM", Carrier::Turkmenpost), // Turkmenistan
    op(b"TN", Carrier::TunisianPost), // Tunisia
    op(b"TO", Carrier::TongaPost), // Tonga
    op(b"TR", Carrier::Ptt), // Türkiye
    op(b"TT", Carrier::Ttpost), // Trinidad and Tobago
    op(b"TV", Carrier::TuvaluPost), // Tuvalu
    op(b"TW", Carrier::ChunghwaPost), // Taiwan
    op(b"TZ", Carrier::TanzaniaPost), // Tanzania
    op(b"UA", Carrier::Ukrposhta), // Ukraine
    op(b"UG", Carrier::PostaUganda), // Uganda
    op(b"US", Carrier::Usps), // United States of America
    op(b"UY", Carrier::CorreoUruguayo), // Uruguay
    op(b"UZ", Carrier::UzbekistanPost), // Uzbekistan
    op(b"VA", Carrier::PosteVaticane), // Holy See
    op(b"VC", Carrier::SvgPost), // Saint Vincent and the Grenadines
    op(b"VE", Carrier::Ipostel), // Venezuela
    op(b"VG", Carrier::BviPost), // Virgin Islands (British)
    op(b"VI", Carrier::Usps), // Virgin Islands (U.S.)
    op(b"VN", Carrier::Vnpost), // Viet Nam
    op(b"VU", Carrier::VanuatuPost), // Vanuatu
    op(b"WF", Carrier::WallisFutunaPost), // Wallis and Futuna
    op(b"WS", Carrier::SamoaPost), // Samoa
    op(b"YE", Carrier::YemenPost), // Yemen
    op(b"YT", Carrier::LaPoste), // Mayotte
    op(b"ZA", Carrier::SaPostOffice), // South Africa
    op(b"ZM", Carrier::Zampost), // Zambia
    op(b"ZW", Carrier::Zimpost), // Zimbabwe
];

/// For each pair of letters `AA`…`ZZ` (`26 * first + second`): one more than the index of its
/// row in [`OPERATORS`], or 0. Scanners ask for an S10 number's operator several times per
/// number, so this is one load rather than a search.
static BY_COUNTRY: [u8; 26 * 26] = {
    assert!(OPERATORS.len() < 255);
    let mut t = [0u8; 26 * 26];
    let mut i = 0;
    while i < OPERATORS.len() {
        let [a, b] = OPERATORS[i].country;
        t[26 * (a - b'A') as usize + (b - b'A') as usize] = i as u8 + 1;
        i += 1;
    }
    t
};

/// The operator of a two-letter country code, if the table has one.
pub(crate) fn operator(country: &[u8]) -> Option<&'static Operator> {
    let &[a, b] = country else {
        return None;
    };
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() {
        return None;
    }
    let row = BY_COUNTRY.get(26 * usize::from(a - b'A') + usize::from(b - b'A'))?;
    OPERATORS.get(usize::from(row.checked_sub(1)?))
}

/// Whether `carrier` is some country's designated postal operator (its tracking pages then
/// follow inbound items of every other operator too).
pub(crate) fn is_operator(carrier: Carrier) -> bool {
    OPERATORS.iter().any(|o| o.carrier == carrier)
}

/// The meaning of an S10 service indicator (the UPU S10 table), for a two-letter code.
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
        b'J' | b'K' | b'S' | b'T' | b'W' => "reserved for domestic use",
        _ => "unassigned",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country;

    #[test]
    fn one_row_per_country_sorted() {
        assert!(OPERATORS.windows(2).all(|w| w[0].country < w[1].country));
        assert!(OPERATORS.len() >= 190, "{}", OPERATORS.len());
        for o in OPERATORS {
            assert!(country::is_s10_code(&o.country), "{:?}", o.country);
        }
        assert_eq!(operator(b"GB").map(|o| o.carrier), Some(Carrier::RoyalMail));
        assert_eq!(operator(b"AT").map(|o| o.carrier), Some(Carrier::AustrianPost));
        assert!(operator(b"AQ").is_none());
        assert!(operator(b"QQ").is_none());
    }

    #[test]
    fn table_lookup_agrees_with_a_search_of_the_rows() {
        for a in 0..=255u8 {
            for b in [b'A', b'B', b'G', b'R', b'S', b'Z', b'a', b'0', 0, 255] {
                let search = OPERATORS.iter().find(|o| o.country == [a, b]);
                assert_eq!(operator(&[a, b]).map(|o| o.country), search.map(|o| o.country));
                let search = OPERATORS.iter().find(|o| o.country == [b, a]);
                assert_eq!(operator(&[b, a]).map(|o| o.country), search.map(|o| o.country));
            }
        }
        for o in OPERATORS {
            assert_eq!(operator(&o.country).map(|r| r.carrier), Some(o.carrier));
        }
        assert!(operator(b"").is_none() && operator(b"G").is_none() && operator(b"GBR").is_none());
    }
}
