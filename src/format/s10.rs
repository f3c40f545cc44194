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
//! - Tracking pages: each operator's public track-and-trace page, where one takes the
//!   number in its address (others are `None`: a form or a captcha).
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
.url("https://www.royalmail.com/track-your-item#/tracking-results/{}")
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
    pub(crate) url: Option<&'static str>,
}

const fn op(country: &[u8; 2], carrier: Carrier, url: Option<&'static str>) -> Operator {
    Operator { country: *country, carrier, url }
}

/// Country code → designated postal operator and its tracking page, one row per country.
#[rustfmt::skip]
pub(crate) const OPERATORS: &[Operator] = &[
    op(b"AC", Carrier::StHelenaPost, None), // Ascension Island
    op(b"AD", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Andorra
    op(b"AE", Carrier::EmiratesPost, None), // United Arab Emirates
    op(b"AF", Carrier::AfghanPost, None), // Afghanistan
    op(b"AG", Carrier::AntiguaPost, None), // Antigua and Barbuda
    op(b"AI", Carrier::AnguillaPost, None), // Anguilla
    op(b"AL", Carrier::PostaShqiptare, None), // Albania
    op(b"AM", Carrier::Haypost, None), // Armenia
    op(b"AO", Carrier::CorreiosAngola, None), // Angola
    op(b"AR", Carrier::CorreoArgentino, None), // Argentina
    op(b"AS", Carrier::Usps, Some("https://tools.usps.com/go/TrackConfirmAction?tLabels={}")), // American Samoa
    op(b"AT", Carrier::AustrianPost, Some("https://www.post.at/s/sendungsdetails?snr={}")), // Austria
    op(b"AU", Carrier::AustraliaPost, Some("https://auspost.com.au/mypost/track/details/{}")), // Australia
    op(b"AW", Carrier::PostAruba, None), // Aruba
    op(b"AX", Carrier::AlandPost, None), // Åland Islands
    op(b"AZ", Carrier::Azerpost, None), // Azerbaijan
    op(b"BA", Carrier::BhPosta, None), // Bosnia and Herzegovina
    op(b"BB", Carrier::BarbadosPost, None), // Barbados
    op(b"BD", Carrier::BangladeshPost, None), // Bangladesh
    op(b"BE", Carrier::Bpost, Some("https://track.bpost.cloud/btr/web/#/search?itemCode={}&lang=en")), // Belgium
    op(b"BF", Carrier::Sonapost, None), // Burkina Faso
    op(b"BG", Carrier::BulgarianPosts, None), // Bulgaria
    op(b"BH", Carrier::BahrainPost, None), // Bahrain
    op(b"BI", Carrier::BurundiPost, None), // Burundi
    op(b"BJ", Carrier::BeninPost, None), // Benin
    op(b"BL", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Saint Barthélemy
    op(b"BM", Carrier::BermudaPost, None), // Bermuda
    op(b"BN", Carrier::BruneiPost, None), // Brunei Darussalam
    op(b"BO", Carrier::CorreosBolivia, None), // Bolivia
    op(b"BR", Carrier::Correios, None), // Brazil
    op(b"BS", Carrier::BahamasPost, None), // Bahamas
    op(b"BT", Carrier::BhutanPost, None), // Bhutan
    op(b"BW", Carrier::BotswanaPost, None), // Botswana
    op(b"BY", Carrier::Belpochta, None), // Belarus
    op(b"BZ", Carrier::BelizePost, None), // Belize
    op(b"CA", Carrier::CanadaPost, Some("https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={}")), // Canada
    op(b"CC", Carrier::AustraliaPost, Some("https://auspost.com.au/mypost/track/details/{}")), // Cocos (Keeling) Islands
    op(b"CD", Carrier::CongoDrPost, None), // Congo, Democratic Republic of the
    op(b"CF", Carrier::CentrafricanPost, None), // Central African Republic
    op(b"CG", Carrier::CongoPost, None), // Congo
    op(b"CH", Carrier::SwissPost, Some("https://service.post.ch/ekp-web/ui/entry/shipping/1?formattedParcelCodes={}")), // Switzerland
    op(b"CI", Carrier::IvoryCoastPost, None), // Côte d'Ivoire
    op(b"CK", Carrier::CookIslandsPost, None), // Cook Islands
    op(b"CL", Carrier::CorreosChile, None), // Chile
    op(b"CM", Carrier::Campost, None), // Cameroon
    op(b"CN", Carrier::ChinaPost, Some("https://www.ems.com.cn/qps/yjcx?mailNum={}")), // China
    op(b"CO", Carrier::ColombiaPost, None), // Colombia
    op(b"CR", Carrier::CorreosCostaRica, None), // Costa Rica
    op(b"CU", Carrier::CorreosCuba, None), // Cuba
    op(b"CV", Carrier::CorreiosCaboVerde, None), // Cabo Verde
    op(b"CW", Carrier::CpostCuracao, None), // Curaçao
    op(b"CX", Carrier::AustraliaPost, Some("https://auspost.com.au/mypost/track/details/{}")), // Christmas Island
    op(b"CY", Carrier::CyprusPost, None), // Cyprus
    op(b"CZ", Carrier::CzechPost, Some("https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers={}")), // Czechia
    op(b"DE", Carrier::DeutschePost, Some("https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={}")), // Germany
    op(b"DJ", Carrier::DjiboutiPost, None), // Djibouti
    op(b"DK", Carrier::Postnord, Some("https://tracking.postnord.com/en/?id={}")), // Denmark
    op(b"DM", Carrier::DominicaPost, None), // Dominica
    op(b"DO", Carrier::Inposdom, None), // Dominican Republic
    op(b"DZ", Carrier::AlgeriePoste, None), // Algeria
    op(b"EC", Carrier::CorreosEcuador, None), // Ecuador
    op(b"EE", Carrier::Omniva, Some("https://www.omniva.ee/private/track-and-trace?barcode={}")), // Estonia
    op(b"EG", Carrier::EgyptPost, None), // Egypt
    op(b"ER", Carrier::EritreaPost, None), // Eritrea
    op(b"ES", Carrier::Correos, Some("https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={}")), // Spain
    op(b"ET", Carrier::EthiopianPost, None), // Ethiopia
    op(b"FI", Carrier::Posti, Some("https://www.posti.fi/en/tracking#/lahetys/{}")), // Finland
    op(b"FJ", Carrier::PostFiji, None), // Fiji
    op(b"FK", Carrier::FalklandsPost, None), // Falkland Islands (Malvinas)
    op(b"FM", Carrier::MicronesiaPost, None), // Micronesia
    op(b"FO", Carrier::FaroePost, None), // Faroe Islands
    op(b"FR", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // France
    op(b"GA", Carrier::GabonPost, None), // Gabon
    op(b"GB", Carrier::RoyalMail, Some("https://www.royalmail.com/track-your-item#/tracking-results/{}")), // United Kingdom
    op(b"GD", Carrier::GrenadaPost, None), // Grenada
    op(b"GE", Carrier::GeorgianPost, None), // Georgia
    op(b"GF", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // French Guiana
    op(b"GG", Carrier::GuernseyPost, None), // Guernsey
    op(b"GH", Carrier::GhanaPost, None), // Ghana
    op(b"GI", Carrier::GibraltarPost, None), // Gibraltar
    op(b"GL", Carrier::Tusass, None), // Greenland
    op(b"GM", Carrier::Gampost, None), // Gambia
    op(b"GN", Carrier::GuineaPost, None), // Guinea
    op(b"GP", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Guadeloupe
    op(b"GQ", Carrier::EquatorialGuineaPost, None), // Equatorial Guinea
    op(b"GR", Carrier::Elta, None), // Greece
    op(b"GT", Carrier::CorreoGuatemala, None), // Guatemala
    op(b"GU", Carrier::Usps, Some("https://tools.usps.com/go/TrackConfirmAction?tLabels={}")), // Guam
    op(b"GW", Carrier::GuineaBissauPost, None), // Guinea-Bissau
    op(b"GY", Carrier::GuyanaPost, None), // Guyana
    op(b"HK", Carrier::HongkongPost, None), // Hong Kong
    op(b"HN", Carrier::Honducor, None), // Honduras
    op(b"HR", Carrier::HrvatskaPosta, Some("https://posiljka.posta.hr/en/tracking/trackingdata?barcode={}")), // Croatia
    op(b"HT", Carrier::HaitiPost, None), // Haiti
    op(b"HU", Carrier::MagyarPosta, Some("https://posta.hu/nyomkovetes/nyitooldal?searchvalue={}")), // Hungary
    op(b"ID", Carrier::PosIndonesia, None), // Indonesia
    op(b"IE", Carrier::AnPost, Some("https://www.anpost.com/Post-Parcels/Track/History?item={}")), // Ireland
    op(b"IL", Carrier::IsraelPost, Some("https://mypost.israelpost.co.il/itemtrace?itemcode={}")), // Israel
    op(b"IM", Carrier::IsleOfManPost, None), // Isle of Man
    op(b"IN", Carrier::IndiaPost, None), // India
    op(b"IQ", Carrier::IraqiPost, None), // Iraq
    op(b"IR", Carrier::IranPost, None), // Iran
    op(b"IS", Carrier::IcelandPost, None), // Iceland
    op(b"IT", Carrier::PosteItaliane, Some("https://www.poste.it/cerca/index.html#/risultati-spedizioni/{}")), // Italy
    op(b"JE", Carrier::JerseyPost, None), // Jersey
    op(b"JM", Carrier::JamaicaPost, None), // Jamaica
    op(b"JO", Carrier::JordanPost, None), // Jordan
    op(b"JP", Carrier::JapanPost, Some("https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={}&locale=en")), // Japan
    op(b"KE", Carrier::PostaKenya, None), // Kenya
    op(b"KG", Carrier::KyrgyzPost, None), // Kyrgyzstan
    op(b"KH", Carrier::CambodiaPost, None), // Cambodia
    op(b"KI", Carrier::KiribatiPost, None), // Kiribati
    op(b"KM", Carrier::ComoresPost, None), // Comoros
    op(b"KN", Carrier::StKittsPost, None), // Saint Kitts and Nevis
    op(b"KP", Carrier::NorthKoreaPost, None), // Korea, Democratic People's Republic of
    op(b"KR", Carrier::KoreaPost, Some("https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE={}")), // Korea, Republic of
    op(b"KW", Carrier::KuwaitPost, None), // Kuwait
    op(b"KY", Carrier::CaymanPost, None), // Cayman Islands
    op(b"KZ", Carrier::Kazpost, None), // Kazakhstan
    op(b"LA", Carrier::LaoPost, None), // Lao People's Democratic Republic
    op(b"LB", Carrier::Libanpost, None), // Lebanon
    op(b"LC", Carrier::SaintLuciaPost, None), // Saint Lucia
    op(b"LI", Carrier::LiechtensteinPost, None), // Liechtenstein
    op(b"LK", Carrier::SriLankaPost, None), // Sri Lanka
    op(b"LR", Carrier::LiberiaPost, None), // Liberia
    op(b"LS", Carrier::LesothoPost, None), // Lesotho
    op(b"LT", Carrier::LietuvosPastas, None), // Lithuania
    op(b"LU", Carrier::PostLuxembourg, None), // Luxembourg
    op(b"LV", Carrier::LatvijasPasts, None), // Latvia
    op(b"LY", Carrier::LibyaPost, None), // Libya
    op(b"MA", Carrier::BaridAlMaghrib, None), // Morocco
    op(b"MC", Carrier::MonacoPost, None), // Monaco
    op(b"MD", Carrier::PostaMoldovei, None), // Moldova
    op(b"ME", Carrier::PostaCrneGore, None), // Montenegro
    op(b"MF", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Saint Martin (French part)
    op(b"MG", Carrier::Paositra, None), // Madagascar
    op(b"MH", Carrier::MarshallIslandsPost, None), // Marshall Islands
    op(b"MK", Carrier::PostaNorthMacedonia, None), // North Macedonia
    op(b"ML", Carrier::MaliPost, None), // Mali
    op(b"MM", Carrier::MyanmaPost, None), // Myanmar
    op(b"MN", Carrier::MongolPost, None), // Mongolia
    op(b"MO", Carrier::MacauPost, None), // Macao
    op(b"MP", Carrier::Usps, Some("https://tools.usps.com/go/TrackConfirmAction?tLabels={}")), // Northern Mariana Islands
    op(b"MQ", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Martinique
    op(b"MR", Carrier::Mauripost, None), // Mauritania
    op(b"MS", Carrier::MontserratPost, None), // Montserrat
    op(b"MT", Carrier::Maltapost, None), // Malta
    op(b"MU", Carrier::MauritiusPost, None), // Mauritius
    op(b"MV", Carrier::MaldivesPost, None), // Maldives
    op(b"MW", Carrier::MalawiPost, None), // Malawi
    op(b"MX", Carrier::CorreosMexico, None), // Mexico
    op(b"MY", Carrier::PosMalaysia, None), // Malaysia
    op(b"MZ", Carrier::CorreiosMocambique, None), // Mozambique
    op(b"NA", Carrier::Nampost, None), // Namibia
    op(b"NC", Carrier::OptNouvelleCaledonie, None), // New Caledonia
    op(b"NE", Carrier::NigerPost, None), // Niger
    op(b"NF", Carrier::NorfolkIslandPost, None), // Norfolk Island
    op(b"NG", Carrier::Nipost, None), // Nigeria
    op(b"NI", Carrier::CorreosNicaragua, None), // Nicaragua
    op(b"NL", Carrier::Postnl, Some("https://jouw.postnl.nl/track-and-trace/{}")), // Netherlands
    op(b"NO", Carrier::PostenNorge, Some("https://sporing.posten.no/sporing/{}")), // Norway
    op(b"NP", Carrier::NepalPost, None), // Nepal
    op(b"NR", Carrier::NauruPost, None), // Nauru
    op(b"NU", Carrier::NiuePost, None), // Niue
    op(b"NZ", Carrier::NzPost, Some("https://www.nzpost.co.nz/tools/tracking/item/{}")), // New Zealand
    op(b"OM", Carrier::OmanPost, None), // Oman
    op(b"PA", Carrier::CorreosPanama, None), // Panama
    op(b"PE", Carrier::Serpost, None), // Peru
    op(b"PF", Carrier::FareRata, None), // French Polynesia
    op(b"PG", Carrier::PngPost, None), // Papua New Guinea
    op(b"PH", Carrier::Phlpost, None), // Philippines
    op(b"PK", Carrier::PakistanPost, None), // Pakistan
    op(b"PL", Carrier::PocztaPolska, Some("https://emonitoring.poczta-polska.pl/?numer={}")), // Poland
    op(b"PM", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Saint Pierre and Miquelon
    op(b"PR", Carrier::Usps, Some("https://tools.usps.com/go/TrackConfirmAction?tLabels={}")), // Puerto Rico
    op(b"PS", Carrier::PalestinePost, None), // Palestine, State of
    op(b"PT", Carrier::Ctt, Some("https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects={}")), // Portugal
    op(b"PW", Carrier::PalauPost, None), // Palau
    op(b"PY", Carrier::CorreoParaguayo, None), // Paraguay
    op(b"QA", Carrier::QatarPost, None), // Qatar
    op(b"RE", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Réunion
    op(b"RO", Carrier::PostaRomana, None), // Romania
    op(b"RS", Carrier::PostaSrbije, None), // Serbia
    op(b"RU", Carrier::RussianPost, Some("https://www.pochta.ru/tracking#{}")), // Russian Federation
    op(b"RW", Carrier::Iposita, None), // Rwanda
    op(b"SA", Carrier::SaudiPost, None), // Saudi Arabia
    op(b"SB", Carrier::SolomonIslandsPost, None), // Solomon Islands
    op(b"SC", Carrier::SeychellesPost, None), // Seychelles
    op(b"SD", Carrier::Sudapost, None), // Sudan
    op(b"SE", Carrier::Postnord, Some("https://tracking.postnord.com/en/?id={}")), // Sweden
    op(b"SG", Carrier::Singpost, None), // Singapore
    op(b"SH", Carrier::StHelenaPost, None), // Saint Helena, Ascension and Tristan da Cunha
    op(b"SI", Carrier::PostaSlovenije, None), // Slovenia
    op(b"SJ", Carrier::PostenNorge, Some("https://sporing.posten.no/sporing/{}")), // Svalbard and Jan Mayen
    op(b"SK", Carrier::SlovenskaPosta, Some("https://tandt.posta.sk/en/items/{}")), // Slovakia
    op(b"SL", Carrier::SierraLeonePost, None), // Sierra Leone
    op(b"SM", Carrier::PosteSanMarino, None), // San Marino
    op(b"SN", Carrier::SenegalPost, None), // Senegal
    op(b"SO", Carrier::SomaliPost, None), // Somalia
    op(b"SR", Carrier::Surpost, None), // Suriname
    op(b"SS", Carrier::SouthSudanPost, None), // South Sudan
    op(b"ST", Carrier::CorreiosSaoTome, None), // Sao Tome and Principe
    op(b"SV", Carrier::CorreosElSalvador, None), // El Salvador
    op(b"SX", Carrier::PostStMaarten, None), // Sint Maarten (Dutch part)
    op(b"SY", Carrier::SyrianPost, None), // Syrian Arab Republic
    op(b"SZ", Carrier::EswatiniPost, None), // Eswatini
    op(b"TA", Carrier::StHelenaPost, None), // Tristan da Cunha
    op(b"TC", Carrier::TurksCaicosPost, None), // Turks and Caicos Islands
    op(b"TD", Carrier::ChadPost, None), // Chad
    op(b"TG", Carrier::TogoPost, None), // Togo
    op(b"TH", Carrier::ThailandPost, Some("https://track.thailandpost.co.th/?trackNumber={}")), // Thailand
    op(b"TJ", Carrier::TajikPost, None), // Tajikistan
    op(b"TL", Carrier::TimorLestePost, None), // Timor-Leste
    op(b"TM", Carrier::Turkmenpost, None), // Turkmenistan
    op(b"TN", Carrier::TunisianPost, None), // Tunisia
    op(b"TO", Carrier::TongaPost, None), // Tonga
    op(b"TR", Carrier::Ptt, Some("https://gonderitakip.ptt.gov.tr/Track/Verify?q={}")), // Türkiye
    op(b"TT", Carrier::Ttpost, None), // Trinidad and Tobago
    op(b"TV", Carrier::TuvaluPost, None), // Tuvalu
    op(b"TW", Carrier::ChunghwaPost, None), // Taiwan
    op(b"TZ", Carrier::TanzaniaPost, None), // Tanzania
    op(b"UA", Carrier::Ukrposhta, Some("https://track.ukrposhta.ua/tracking_UA.html?barcode={}")), // Ukraine
    op(b"UG", Carrier::PostaUganda, None), // Uganda
    op(b"US", Carrier::Usps, Some("https://tools.usps.com/go/TrackConfirmAction?tLabels={}")), // United States of America
    op(b"UY", Carrier::CorreoUruguayo, None), // Uruguay
    op(b"UZ", Carrier::UzbekistanPost, None), // Uzbekistan
    op(b"VA", Carrier::PosteVaticane, None), // Holy See
    op(b"VC", Carrier::SvgPost, None), // Saint Vincent and the Grenadines
    op(b"VE", Carrier::Ipostel, None), // Venezuela
    op(b"VG", Carrier::BviPost, None), // Virgin Islands (British)
    op(b"VI", Carrier::Usps, Some("https://tools.usps.com/go/TrackConfirmAction?tLabels={}")), // Virgin Islands (U.S.)
    op(b"VN", Carrier::Vnpost, None), // Viet Nam
    op(b"VU", Carrier::VanuatuPost, None), // Vanuatu
    op(b"WF", Carrier::WallisFutunaPost, None), // Wallis and Futuna
    op(b"WS", Carrier::SamoaPost, None), // Samoa
    op(b"YE", Carrier::YemenPost, None), // Yemen
    op(b"YT", Carrier::LaPoste, Some("https://www.laposte.fr/outils/suivre-vos-envois?code={}")), // Mayotte
    op(b"ZA", Carrier::SaPostOffice, None), // South Africa
    op(b"ZM", Carrier::Zampost, None), // Zambia
    op(b"ZW", Carrier::Zimpost, None), // Zimbabwe
];

/// The operator of a two-letter country code, if the table has one.
pub(crate) fn operator(country: &[u8]) -> Option<&'static Operator> {
    OPERATORS
        .binary_search_by(|o| o.country.as_slice().cmp(country))
        .ok()
        .and_then(|i| OPERATORS.get(i))
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
            assert!(o.url.is_none_or(|u| u.starts_with("https://") && u.contains("{}")));
        }
        assert_eq!(operator(b"GB").map(|o| o.carrier), Some(Carrier::RoyalMail));
        assert_eq!(operator(b"AT").map(|o| o.carrier), Some(Carrier::AustrianPost));
        assert!(operator(b"AQ").is_none());
        assert!(operator(b"QQ").is_none());
    }
}
