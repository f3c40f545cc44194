//! Formats: the numbering schemes the crate knows, and the registry that describes them.
//!
//! [`Format`] names a numbering scheme (a carrier may have several; a UPU S10 number belongs
//! to the postal operator of its country code). Each format is data: a [`FormatDef`] in one
//! file per carrier under `src/formats/`, listing its layouts ([`Entry`]: a
//! [`Layout`] with its [`Confidence`], carrier and tracking-URL rules), a valid example, its
//! service-code names and **the public sources of its facts**. One engine (`index.rs`)
//! interprets them. Adding a format = one data entry and one line in the registry below.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::id::id_enum;
use crate::layout::{Layout, MAX_LEN};

mod amazon;
mod aramex;
mod australia_post;
mod blue_dart;
mod bpost;
mod brt;
mod cainiao;
mod canada_post;
mod canpar;
mod cdek;
mod chronopost;
mod colissimo;
mod correos;
mod delhivery;
mod dhl;
mod dpd;
mod estafeta;
mod evri;
mod fedex;
mod four_px;
mod gls;
mod gofo;
mod gs1;
mod hermes;
mod inpost;
mod japan_post;
mod jt_express;
mod la_poste;
mod landmark;
mod lasership;
mod mondial_relay;
mod nova_poshta;
mod nz_couriers;
mod old_dominion;
mod ontrac;
mod packeta;
mod parcelforce;
mod poczta_polska;
mod posta_moldovei;
mod poste_italiane;
mod posti;
mod postnl;
mod postnord;
mod purolator;
mod russian_post;
pub(crate) mod s10;
mod sagawa;
mod sda;
mod sf_express;
mod speedee;
mod speedx;
mod swiss_post;
mod tnt;
mod ukrposhta;
mod uniuni;
mod ups;
mod usps;
mod vova;
mod xpo;
mod yamato;
mod yanwen;
mod yodel;
mod yrc;
mod yunexpress;

pub(crate) use s10::{operator, service_name, Operator};

// ---------------------------------------------------------------------------------------------
// Confidence
// ---------------------------------------------------------------------------------------------

id_enum! {
    /// How far the structure of a reading sets it apart from ordinary numbers, per layout.
    ///
    /// - `High`: a standard or the carrier's own documentation defines it, and it carries a
    ///   check character or a distinctive structure;
    /// - `Medium`: public descriptions agree, and it carries a check character or a
    ///   distinctive structure (literal prefix, letters in fixed places);
    /// - `Low`: a bare digit run without a public check character, or a pattern that
    ///   ordinary ids also fit. Low readings are listed by [`detect`](crate::detect()) but are
    ///   never the default answer of [`TrackingNumber::parse`](crate::TrackingNumber::parse);
    ///   a carrier hint ([`TrackingNumber::parse_for`](crate::TrackingNumber::parse_for))
    ///   accepts them.
    ///
    /// ```
    /// use tracking_number::{Confidence, Format};
    ///
    /// assert_eq!(Format::Ups1Z.confidence(), Confidence::High);
    /// assert!(Confidence::High > Confidence::Low);
    /// assert_eq!(Confidence::Medium.as_str(), "medium");
    /// ```
    #[non_exhaustive]
    pub enum Confidence: "confidence", "tracking_number::Confidence", example Medium {
        /// Listed, never the default answer.
        Low = ("low", "low"),
        /// Public descriptions agree; checked or distinctive.
        Medium = ("medium", "medium"),
        /// Standardised or documented by the carrier; checked or distinctive.
        High = ("high", "high"),
    }
}

// ---------------------------------------------------------------------------------------------
// The schema of the registry
// ---------------------------------------------------------------------------------------------

/// Which carrier a number of a layout belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CarrierRule {
    /// The format's carrier.
    Inherit,
    /// The postal operator of the S10 country code (the last two letters).
    ByCountry,
}

/// Which tracking page a number of a layout links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UrlRule {
    /// The format's URL.
    Inherit,
    /// This template (`{}` = the display number).
    Template(&'static str),
    /// The operator of the S10 country code.
    ByCountry,
}

/// How service codes are named.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Services {
    None,
    /// Exact codes.
    Codes(&'static [(&'static str, &'static str)]),
    /// Numeric ranges (inclusive) of a numeric code.
    Ranges(&'static [(u16, u16, &'static str)]),
    /// The UPU S10 service-indicator table.
    S10,
}

impl Services {
    /// The human name of `code`, if known.
    pub(crate) fn name(&self, code: &str) -> Option<&'static str> {
        match *self {
            Services::None => None,
            Services::Codes(table) => table.iter().find(|(c, _)| *c == code).map(|(_, n)| *n),
            Services::Ranges(table) => {
                let v = code.parse::<u16>().ok()?;
                table.iter().find(|(lo, hi, _)| *lo <= v && v <= *hi).map(|t| t.2)
            }
            Services::S10 => service_name(code.as_bytes()),
        }
    }
}

/// A layout of a format with its confidence, carrier and URL rules.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub(crate) layout: Layout,
    pub(crate) confidence: Option<Confidence>,
    pub(crate) carrier: CarrierRule,
    pub(crate) url: UrlRule,
}

impl Entry {
    pub(crate) const fn new(layout: Layout) -> Entry {
        Entry { layout, confidence: None, carrier: CarrierRule::Inherit, url: UrlRule::Inherit }
    }

    /// A confidence other than the format's.
    pub(crate) const fn confidence(mut self, c: Confidence) -> Entry {
        self.confidence = Some(c);
        self
    }

    /// A carrier rule other than the format's carrier.
    pub(crate) const fn carrier(mut self, rule: CarrierRule) -> Entry {
        self.carrier = rule;
        self
    }

    /// A URL rule other than the format's.
    pub(crate) const fn url(mut self, rule: UrlRule) -> Entry {
        self.url = rule;
        self
    }
}

/// Everything about one format.
#[derive(Debug)]
pub(crate) struct FormatDef {
    pub(crate) format: Format,
    pub(crate) carrier: Carrier,
    pub(crate) confidence: Confidence,
    pub(crate) url: Option<&'static str>,
    pub(crate) example: &'static str,
    pub(crate) services: Services,
    /// The public documents and pages its facts come from.
    pub(crate) source: &'static str,
    pub(crate) entries: &'static [Entry],
}

impl FormatDef {
    /// A format of `carrier` with `confidence` and a valid `example`, tracked on the
    /// carrier's page; no service codes, no source and no layouts until they are given.
    pub(crate) const fn new(
        format: Format,
        carrier: Carrier,
        confidence: Confidence,
        example: &'static str,
    ) -> FormatDef {
        FormatDef {
            format,
            carrier,
            confidence,
            url: carrier.tracking_url(),
            example,
            services: Services::None,
            source: "",
            entries: &[],
        }
    }

    /// No tracking page: the carrier's does not take this format's numbers.
    pub(crate) const fn untracked(mut self) -> FormatDef {
        self.url = None;
        self
    }

    /// The names of the service codes in its numbers.
    pub(crate) const fn services(mut self, services: Services) -> FormatDef {
        self.services = services;
        self
    }

    /// The public documents and pages its facts come from.
    pub(crate) const fn source(mut self, source: &'static str) -> FormatDef {
        self.source = source;
        self
    }

    /// Its layouts, best first.
    pub(crate) const fn entries(mut self, entries: &'static [Entry]) -> FormatDef {
        self.entries = entries;
        self
    }
}

/// A shorthand for a layout with the format's defaults.
pub(crate) const fn entry(layout: Layout) -> Entry {
    Entry::new(layout)
}

// ---------------------------------------------------------------------------------------------
// The registry
// ---------------------------------------------------------------------------------------------

macro_rules! registry {
    ($( $(#[$m:meta])* $var:ident = ($id:literal, $name:literal) => $def:path; )*) => {
        id_enum! {
            /// A tracking-number format (numbering scheme).
            ///
            /// Ids are stable snake_case strings ([`as_str`](Self::as_str), serde);
            /// `Display` gives the human name; `FromStr` reads either. [`Format::ALL`] lists
            /// them in registry order (the last tie-breaker of the ranking, freight formats
            /// after all the others). Metadata:
            /// [`carrier`](Self::carrier), [`check_digit`](Self::check_digit),
            /// [`confidence`](Self::confidence), [`min_len`](Self::min_len) /
            /// [`max_len`](Self::max_len), a valid [`example`](Self::example), the public
            /// [`source`](Self::source) of its facts and its
            /// [`tracking_url`](Self::tracking_url) template.
            ///
            /// ```
            /// use tracking_number::{Carrier, Format};
            ///
            /// let f: Format = "ups_1z".parse()?;
            /// assert_eq!(f, Format::Ups1Z);
            /// assert_eq!(f.carrier(), Carrier::Ups);
            /// assert_eq!(f.to_string(), "UPS 1Z");
            /// assert_eq!("UPS 1Z".parse::<Format>()?, f);
            /// assert_eq!((f.min_len(), f.max_len()), (18, 18));
            /// assert!(f.check_digit().is_some());
            /// # Ok::<(), tracking_number::UnknownId>(())
            /// ```
            #[non_exhaustive]
            pub enum Format: "format", "tracking_number::Format", example Ups1Z {
                $( $(#[$m])* $var = ($id, $name), )*
            }
        }

        /// The registry: one definition per format, in `Format` order.
        pub(crate) const FORMATS: &[&FormatDef] = &[$(&$def),*];
    };
}

registry! {
    /// UPU S10 international postal item (`RB123456785GB`).
    S10 = ("s10", "UPU S10") => s10::S10;
    /// Domestic items in the S10 shape (reserved service indicators J, K, S, T, W).
    S10Domestic = ("s10_domestic", "S10-shaped domestic item") => s10::DOMESTIC;
    /// Royal Mail domestic tracked items (`TT…GB`: S10 shape, domestic service letters).
    RoyalMailDomestic = ("royal_mail_domestic", "Royal Mail domestic tracked") => s10::ROYAL_MAIL_DOMESTIC;
    /// GS1 SSCC-18 logistic unit, with or without AI `00`.
    Sscc = ("sscc", "GS1 SSCC") => gs1::SSCC;
    /// GS1 GSIN (global shipment identification number, 17 digits).
    Gsin = ("gsin", "GS1 GSIN") => gs1::GSIN;
    /// USPS Intelligent Mail package barcode PIC (22 or 26 digits, `91`–`95`).
    UspsImpb = ("usps_impb", "USPS IMpb") => usps::IMPB;
    /// USPS IMpb with the `420` + ZIP routing prefix (30 or 34 digits).
    UspsImpbRouted = ("usps_impb_routed", "USPS IMpb with ZIP routing") => usps::IMPB_ROUTED;
    /// USPS legacy 20-digit Delivery/Signature Confirmation.
    UspsLegacy = ("usps_legacy", "USPS legacy 20-digit") => usps::LEGACY;
    /// USPS Global Express Guaranteed (`82` + 8 digits).
    UspsGxg = ("usps_gxg", "USPS Global Express Guaranteed") => usps::GXG;
    /// UPS `1Z` (18 characters).
    Ups1Z = ("ups_1z", "UPS 1Z") => ups::UPS_1Z;
    /// UPS waybills (`T`/`H` + 10 digits).
    UpsWaybill = ("ups_waybill", "UPS waybill") => ups::WAYBILL;
    /// UPS Worldwide waybills (`J`/`K`/`V` + 10 digits with a check).
    UpsWorldwideWaybill = ("ups_worldwide_waybill", "UPS Worldwide waybill") => ups::WORLDWIDE_WAYBILL;
    /// UPS InfoNotice reference (12 digits).
    UpsInfoNotice = ("ups_infonotice", "UPS InfoNotice") => ups::INFONOTICE;
    /// UPS freight PRO number (9 digits).
    UpsFreight = ("ups_freight", "UPS freight PRO number") => ups::FREIGHT;
    /// UPS Mail Innovations (`MI` + mailer id + reference).
    UpsMailInnovations = ("ups_mail_innovations", "UPS Mail Innovations") => ups::MAIL_INNOVATIONS;
    /// FedEx Express (12 digits).
    FedexExpress = ("fedex_express", "FedEx Express") => fedex::EXPRESS;
    /// FedEx Ground (15 digits).
    FedexGround = ("fedex_ground", "FedEx Ground") => fedex::GROUND;
    /// FedEx Ground `96` barcode (22 digits).
    FedexGround96 = ("fedex_ground_96", "FedEx Ground 96 barcode") => fedex::GROUND_96;
    /// FedEx 34-digit barcode (Express or Ground GSN).
    Fedex34 = ("fedex_34", "FedEx 34-digit barcode") => fedex::FEDEX_34;
    /// FedEx ASTRA barcode (32 digits).
    FedexAstra = ("fedex_astra", "FedEx ASTRA barcode") => fedex::ASTRA;
    /// FedEx Ground Economy / SmartPost (20 digits: the USPS IMpb without its `92`).
    FedexSmartPost = ("fedex_smartpost", "FedEx Ground Economy (SmartPost)") => fedex::SMARTPOST;
    /// FedEx Ground SSCC-18 label (`00` + 16 digits).
    FedexSscc = ("fedex_sscc", "FedEx Ground SSCC") => fedex::SSCC;
    /// FedEx door tag (`DT` + 12 digits).
    FedexDoorTag = ("fedex_door_tag", "FedEx door tag") => fedex::DOOR_TAG;
    /// DHL Express waybill (10 or 11 digits, mod 7).
    DhlExpress = ("dhl_express", "DHL Express waybill") => dhl::EXPRESS;
    /// DHL piece id / licence plate (`JD`/`JJD` + 18 digits).
    DhlPieceId = ("dhl_piece_id", "DHL piece id") => dhl::PIECE_ID;
    /// DHL Express shipment id (`JJD00`/`JJD01` + 8 digits).
    DhlExpressJjd = ("dhl_express_jjd", "DHL Express JJD shipment id") => dhl::EXPRESS_JJD;
    /// DHL Paket Identcode (12 digits, 4-9 weighting).
    DhlPaketIdentcode = ("dhl_paket_identcode", "DHL Paket Identcode") => dhl::IDENTCODE;
    /// DHL Paket 20-digit parcel number (Deutsche Post SSCC).
    DhlPaket = ("dhl_paket", "DHL Paket parcel number") => dhl::PAKET;
    /// DHL Paket `JJD` piece code (13–18 digits).
    DhlPaketJjd = ("dhl_paket_jjd", "DHL Paket JJD piece code") => dhl::PAKET_JJD;
    /// DHL eCommerce `GM` numbers.
    DhlEcommerce = ("dhl_ecommerce", "DHL eCommerce") => dhl::ECOMMERCE;
    /// DHL eCommerce customer references with a country prefix.
    DhlEcommerceReference = ("dhl_ecommerce_reference", "DHL eCommerce reference") => dhl::ECOMMERCE_REFERENCE;
    /// DHL Parcel Benelux (`JVGL` + digits).
    DhlParcelBenelux = ("dhl_parcel_benelux", "DHL Parcel Benelux") => dhl::PARCEL_BENELUX;
    /// DHL Parcel `3S` barcode (`3S` + 3 letters + 9 digits).
    DhlParcel3s = ("dhl_parcel_3s", "DHL Parcel 3S") => dhl::PARCEL_3S;
    /// DHL eCommerce `LX`/`RX` ids.
    DhlEcommerceLxRx = ("dhl_ecommerce_lx_rx", "DHL eCommerce LX/RX") => dhl::ECOMMERCE_LX_RX;
    /// DHL Global Forwarding references and master air waybills.
    DhlGlobalForwarding = ("dhl_global_forwarding", "DHL Global Forwarding") => dhl::GLOBAL_FORWARDING;
    /// DHL Global Forwarding shipment id (7 digits).
    DhlGlobalForwardingShipment = ("dhl_global_forwarding_shipment", "DHL Global Forwarding shipment id") => dhl::GLOBAL_FORWARDING_SHIPMENT;
    /// DHL Global Forwarding master air waybill.
    DhlGlobalForwardingAwb = ("dhl_global_forwarding_awb", "DHL Global Forwarding air waybill") => dhl::GLOBAL_FORWARDING_AWB;
    /// DHL Freight order codes.
    DhlFreight = ("dhl_freight", "DHL Freight") => dhl::FREIGHT;
    /// DHL Freight numbers.
    DhlFreightNumber = ("dhl_freight_number", "DHL Freight number") => dhl::FREIGHT_NUMBER;
    /// Amazon Logistics `TBA`/`TBC`/`TBM`.
    AmazonTba = ("amazon_tba", "Amazon Logistics") => amazon::TBA;
    /// Amazon international (`A`/`F`/`C` + 10 digits).
    AmazonIntl = ("amazon_intl", "Amazon international") => amazon::INTL;
    /// Amazon Shipping Europe (country code + 10 digits).
    AmazonShippingEu = ("amazon_shipping_eu", "Amazon Shipping Europe") => amazon::SHIPPING_EU;
    /// OnTrac `C`/`D` + 14 digits.
    Ontrac = ("ontrac", "OnTrac") => ontrac::ONTRAC;
    /// LaserShip (`L?` / `BN` + 8 digits).
    Lasership = ("lasership", "LaserShip") => lasership::LASERSHIP;
    /// LaserShip barcode (`1LS` + 12–18 characters).
    Lasership1ls = ("lasership_1ls", "LaserShip 1LS barcode") => lasership::LASERSHIP_1LS;
    /// Canada Post domestic (16 digits).
    CanadaPost16 = ("canada_post_16", "Canada Post domestic") => canada_post::CP16;
    /// Canada Post domestic (12 digits).
    CanadaPost12 = ("canada_post_12", "Canada Post domestic 12-digit") => canada_post::CP12;
    /// Purolator PIN (12 digits, Luhn).
    Purolator = ("purolator", "Purolator PIN") => purolator::PIN;
    /// Purolator alphanumeric PIN (3 letters + 9 digits).
    PurolatorAlpha = ("purolator_alpha", "Purolator alphanumeric PIN") => purolator::ALPHA;
    /// Canpar (a letter + 21 digits).
    Canpar = ("canpar", "Canpar") => canpar::CANPAR;
    /// UniUni (`UR` + 17 digits).
    Uniuni = ("uniuni", "UniUni") => uniuni::UNIUNI;
    /// UniUni batch (`URB` + 16 digits).
    UniuniBatch = ("uniuni_batch", "UniUni batch") => uniuni::BATCH;
    /// GOFO Express (`GF` + country + digits).
    Gofo = ("gofo", "GOFO") => gofo::GOFO;
    /// Old Dominion PRO number.
    OldDominion = ("old_dominion", "Old Dominion PRO number") => old_dominion::PRO;
    /// XPO LTL PRO number (9 digits, mod 7).
    XpoPro = ("xpo_pro", "XPO PRO number") => xpo::PRO;
    /// SpeedX (`SPX` + 15 digits).
    Speedx = ("speedx", "SpeedX") => speedx::SPEEDX;
    /// SpeedX with an alphanumeric segment.
    SpeedxMixed = ("speedx_mixed", "SpeedX alphanumeric") => speedx::MIXED;
    /// YRC Freight bill (3 + 6 digits + check).
    YrcFreightBill = ("yrc_freight_bill", "YRC Freight bill") => yrc::FREIGHT_BILL;
    /// Spee-Dee Delivery (`SP` + 18 digits).
    Speedee = ("speedee", "Spee-Dee Delivery") => speedee::SPEEDEE;
    /// Landmark Global `LTN…N1`.
    Landmark = ("landmark", "Landmark Global") => landmark::LTN;
    /// Parcelforce UK tracking (2 letters + 7 digits).
    ParcelforceUk = ("parcelforce_uk", "Parcelforce UK") => parcelforce::UK;
    /// Parcelforce UK tracking (4 letters + 10 digits).
    ParcelforceUkLong = ("parcelforce_uk_long", "Parcelforce UK 14-character") => parcelforce::UK_LONG;
    /// Parcelforce export (12 digits).
    ParcelforceExport = ("parcelforce_export", "Parcelforce export") => parcelforce::EXPORT;
    /// Parcelforce export (S10-shaped, `…GB`).
    ParcelforceInternational = ("parcelforce_international", "Parcelforce international") => parcelforce::INTERNATIONAL;
    /// Evri parcel number.
    Evri = ("evri", "Evri") => evri::EVRI;
    /// Evri alphanumeric barcode (`H` + 2 digits + 3 letters + 10 digits).
    EvriAlphanumeric = ("evri_alphanumeric", "Evri alphanumeric") => evri::ALPHANUMERIC;
    /// Evri calling-card number (8 digits).
    EvriCallingCard = ("evri_calling_card", "Evri calling card") => evri::CALLING_CARD;
    /// TNT consignment note (9 digits, S10 check).
    TntConsignment = ("tnt_consignment", "TNT consignment") => tnt::CONSIGNMENT;
    /// TNT international (2 letters + 9 digits + `WW`).
    TntInternational = ("tnt_international", "TNT international") => tnt::INTERNATIONAL;
    /// Yodel (`JJD`/`JD` + 16 digits).
    Yodel = ("yodel", "Yodel") => yodel::YODEL;
    /// Yodel `8YDR` reference.
    YodelYdr = ("yodel_ydr", "Yodel 8YDR reference") => yodel::YDR;
    /// Yodel dotted reference (`0980982.1`).
    YodelDotted = ("yodel_dotted", "Yodel dotted reference") => yodel::DOTTED;
    /// DPD parcel number (14 digits, 15 with the check character).
    Dpd = ("dpd", "DPD parcel number") => dpd::DPD;
    /// DPD 28-character barcode.
    DpdBarcode = ("dpd_barcode", "DPD barcode") => dpd::BARCODE;
    /// Hermes Germany parcel number (`H` + 19 digits).
    HermesDe = ("hermes_de", "Hermes Germany") => hermes::HERMES;
    /// Hermes Germany 14-digit parcel number.
    HermesDe14 = ("hermes_de_14", "Hermes Germany 14-digit") => hermes::HERMES_14;
    /// GLS parcel number (11–14 digits).
    Gls = ("gls", "GLS parcel number") => gls::PARCEL;
    /// GLS Track-ID (8 letters and digits).
    GlsTrackId = ("gls_track_id", "GLS Track-ID") => gls::TRACK_ID;
    /// PostNL `3S` barcode.
    Postnl3s = ("postnl_3s", "PostNL 3S") => postnl::THREE_S;
    /// bpost parcel (24 digits).
    BpostParcel = ("bpost_parcel", "bpost parcel") => bpost::PARCEL;
    /// bpost parcel (18 digits).
    BpostParcel18 = ("bpost_parcel_18", "bpost parcel 18-digit") => bpost::PARCEL_18;
    /// bpost `JJBEA` licence plate.
    BpostJjbea = ("bpost_jjbea", "bpost JJBEA") => bpost::JJBEA;
    /// bpost national registered mail (30 digits).
    BpostRegistered = ("bpost_registered", "bpost registered mail") => bpost::REGISTERED;
    /// La Poste tracked letters (2 letters + 11 digits).
    LaPosteSuivi = ("la_poste_suivi", "La Poste suivi") => la_poste::SUIVI;
    /// Colissimo / La Poste domestic (13 characters).
    Colissimo = ("colissimo", "Colissimo") => colissimo::COLISSIMO;
    /// Chronopost (S10-shaped, `…FR`).
    Chronopost = ("chronopost", "Chronopost") => chronopost::CHRONOPOST;
    /// Mondial Relay (8 digits).
    MondialRelay = ("mondial_relay", "Mondial Relay") => mondial_relay::MONDIAL_RELAY;
    /// Correos domestic (`PQ`/`PK`…).
    CorreosDomestic = ("correos_domestic", "Correos domestic") => correos::DOMESTIC;
    /// Poste Italiane domestic (12–13 digits).
    PosteItalianeDomestic = ("poste_italiane_domestic", "Poste Italiane domestic") => poste_italiane::DOMESTIC;
    /// SDA Express Courier waybill (13 digits).
    Sda = ("sda", "SDA Express Courier") => sda::SDA;
    /// BRT (12 digits).
    Brt = ("brt", "BRT") => brt::BRT;
    /// InPost (24 digits).
    Inpost = ("inpost", "InPost") => inpost::INPOST;
    /// Poczta Polska parcel number (SSCC `00…5900773…`).
    PocztaPolska = ("poczta_polska", "Poczta Polska") => poczta_polska::POCZTA_POLSKA;
    /// CDEK order number (10 or 11 digits).
    Cdek = ("cdek", "CDEK") => cdek::CDEK;
    /// Nova Poshta waybill (14 or 11 digits).
    NovaPoshta = ("nova_poshta", "Nova Poshta") => nova_poshta::NOVA_POSHTA;
    /// Ukrposhta domestic item (13 digits).
    UkrposhtaDomestic = ("ukrposhta_domestic", "Ukrposhta domestic") => ukrposhta::DOMESTIC;
    /// Russian Post domestic item (14 digits).
    RussianPostDomestic = ("russian_post_domestic", "Russian Post domestic") => russian_post::DOMESTIC;
    /// Poșta Moldovei domestic item (`D?` + 10 digits + `RR`/`CC`/`AS`/`AR`).
    PostaMoldoveiDomestic = ("posta_moldovei_domestic", "Poșta Moldovei domestic") => posta_moldovei::DOMESTIC;
    /// PostNord Sweden parcel number (11 digits).
    PostnordSweden = ("postnord_sweden", "PostNord Sweden") => postnord::SWEDEN;
    /// Packeta (`Z` + 10 digits).
    Packeta = ("packeta", "Packeta") => packeta::PACKETA;
    /// Posti (`JJFI` + 17 digits).
    Posti = ("posti", "Posti") => posti::POSTI;
    /// Swiss Post parcel (`99` + 16 digits).
    SwissPost = ("swiss_post", "Swiss Post parcel") => swiss_post::SWISS_POST;
    /// Australia Post eParcel article id.
    AustraliaPostEparcel = ("australia_post_eparcel", "Australia Post eParcel") => australia_post::EPARCEL;
    /// Cainiao (`LP` + 12–15 digits).
    Cainiao = ("cainiao", "Cainiao") => cainiao::CAINIAO;
    /// Cainiao China-to-US (`CNUSUP` + digits).
    CainiaoCnusup = ("cainiao_cnusup", "Cainiao CNUSUP") => cainiao::CNUSUP;
    /// Yanwen (S10-shaped, `…YP`).
    Yanwen = ("yanwen", "Yanwen") => yanwen::YANWEN;
    /// Vova Logistics (`VO` + 10 digits + `VA`).
    Vova = ("vova", "Vova Logistics") => vova::VOVA;
    /// YunExpress (`YT` + 16 digits).
    Yunexpress = ("yunexpress", "YunExpress") => yunexpress::YUNEXPRESS;
    /// 4PX (`4PX` + digits + `CN`).
    FourPx = ("four_px", "4PX") => four_px::FOUR_PX;
    /// SF Express (`SF` + 13 digits).
    SfExpress = ("sf_express", "SF Express") => sf_express::SF_EXPRESS;
    /// J&T Express (`JT` + 13 digits).
    JtExpress = ("jt_express", "J&T Express") => jt_express::JT_EXPRESS;
    /// New Zealand Couriers charge label (8 digits).
    NzCouriers = ("nz_couriers", "New Zealand Couriers") => nz_couriers::LABEL;
    /// Japan Post registered / recorded item (11 digits, mod 7).
    JapanPostRegistered = ("japan_post_registered", "Japan Post registered") => japan_post::REGISTERED;
    /// Japan Post Yu-Pack / Letter Pack (12 digits).
    JapanPostYuPack = ("japan_post_yupack", "Japan Post Yu-Pack") => japan_post::YU_PACK;
    /// Yamato Transport (12 digits, mod 7).
    Yamato = ("yamato", "Yamato Transport") => yamato::YAMATO;
    /// Sagawa Express (12 digits).
    Sagawa = ("sagawa", "Sagawa Express") => sagawa::SAGAWA;
    /// Blue Dart (11 digits).
    BlueDart = ("blue_dart", "Blue Dart") => blue_dart::BLUE_DART;
    /// Delhivery (13–14 digits).
    Delhivery = ("delhivery", "Delhivery") => delhivery::DELHIVERY;
    /// Aramex (11 digits).
    Aramex = ("aramex", "Aramex") => aramex::ARAMEX;
    /// Estafeta guide number (22 characters).
    EstafetaGuide = ("estafeta_guide", "Estafeta guide number") => estafeta::GUIDE;
    /// Estafeta tracking code (10 digits).
    EstafetaCode = ("estafeta_code", "Estafeta tracking code") => estafeta::CODE;
}

/// The normalised lengths any layout can have (bit `n` set for length `n`), and the
/// longest: the default scanner's filter.
pub(crate) const fn all_lengths() -> (u64, usize) {
    let (mut lengths, mut max) = (0u64, 0usize);
    let mut i = 0;
    while i < FORMATS.len() {
        let entries = FORMATS[i].entries;
        let mut j = 0;
        while j < entries.len() {
            let l = &entries[j].layout;
            let mut n = if l.min_len < 1 { 1 } else { l.min_len as usize };
            while n <= l.max_len as usize && n <= MAX_LEN {
                lengths |= 1 << n;
                if n > max {
                    max = n;
                }
                n += 1;
            }
            j += 1;
        }
        i += 1;
    }
    (lengths, max)
}

/// Freight formats: LTL PRO numbers, freight bills and forwarders' waybills, the numbers of
/// business shipments that few people receive as parcels. Among readings that tie on
/// everything else they come after the parcel and postal formats (see [`Format::priority`]):
/// an 11-digit number after "Tracking number:" is rather a GLS parcel than an Old Dominion
/// freight bill.
pub(crate) const FREIGHT: &[Format] = &[
    Format::UpsFreight,
    Format::DhlGlobalForwarding,
    Format::DhlGlobalForwardingShipment,
    Format::DhlGlobalForwardingAwb,
    Format::DhlFreight,
    Format::DhlFreightNumber,
    Format::OldDominion,
    Format::XpoPro,
    Format::YrcFreightBill,
];

/// [`Format::priority`] of each format.
static PRIORITY: [u16; FORMATS.len()] = {
    let mut p = [0u16; FORMATS.len()];
    let mut i = 0;
    while i < FORMATS.len() {
        p[i] = i as u16;
        i += 1;
    }
    let mut j = 0;
    while j < FREIGHT.len() {
        p[FREIGHT[j] as usize] += FORMATS.len() as u16;
        j += 1;
    }
    p
};

impl Format {
    #[inline]
    pub(crate) fn def(self) -> &'static FormatDef {
        FORMATS[self as usize]
    }

    /// The registry priority, the last tie-breaker of the ranking (lower first): the
    /// format's position in [`Format::ALL`], the [`FREIGHT`] formats after all the others.
    /// Below `2 * Format::ALL.len()`.
    #[inline]
    pub(crate) const fn priority(self) -> usize {
        PRIORITY[self as usize] as usize
    }

    /// The carrier of the format (S10 numbers report the operator of their country code
    /// instead; see [`TrackingNumber::carrier`](crate::TrackingNumber::carrier)).
    ///
    /// ```
    /// use tracking_number::{Carrier, Format};
    ///
    /// assert_eq!(Format::S10.carrier(), Carrier::Upu);
    /// assert_eq!(Format::FedexExpress.carrier(), Carrier::Fedex);
    /// ```
    #[must_use]
    pub fn carrier(self) -> Carrier {
        self.def().carrier
    }

    /// The check-digit algorithm of the format's main layout, if it has one.
    ///
    /// ```
    /// use tracking_number::check::Algorithm;
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::FedexExpress.check_digit(), Some(Algorithm::FedEx));
    /// assert_eq!(Format::AmazonTba.check_digit(), None);
    /// ```
    #[must_use]
    pub fn check_digit(self) -> Option<Algorithm> {
        self.def().entries.iter().find_map(|e| e.layout.check.map(|c| c.algo))
    }

    /// How well the format (its main layout) sets its numbers apart; some alternative
    /// layouts are lower.
    ///
    /// ```
    /// use tracking_number::{Confidence, Format};
    ///
    /// assert_eq!(Format::AmazonIntl.confidence(), Confidence::Low);
    /// ```
    #[must_use]
    pub fn confidence(self) -> Confidence {
        self.def().confidence
    }

    /// The shortest normalised length of the format.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::UspsImpb.min_len(), 20); // the PIC without its `92`
    /// ```
    #[must_use]
    pub fn min_len(self) -> usize {
        self.def().entries.iter().map(|e| usize::from(e.layout.min_len)).min().unwrap_or(0)
    }

    /// The longest normalised length of the format.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::UspsImpb.max_len(), 26);
    /// ```
    #[must_use]
    pub fn max_len(self) -> usize {
        self.def().entries.iter().map(|e| usize::from(e.layout.max_len)).max().unwrap_or(0)
    }

    /// A valid number of the format (constructed from its documented structure; not a real
    /// shipment unless its source says so).
    ///
    /// ```
    /// use tracking_number::{Format, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse_as(Format::Ups1Z.example(), Format::Ups1Z)?;
    /// assert_eq!(n.format(), Format::Ups1Z);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn example(self) -> &'static str {
        self.def().example
    }

    /// The public documents and pages the format's facts come from.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert!(Format::S10.source().contains("S10"));
    /// ```
    #[must_use]
    pub fn source(self) -> &'static str {
        self.def().source
    }

    /// The format's tracking-page template (`{}` stands for the number), if it has one. S10
    /// numbers link to their operator's page: see
    /// [`TrackingNumber::tracking_url`](crate::TrackingNumber::tracking_url).
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::Ups1Z.tracking_url(), Some("https://www.ups.com/track?tracknum={}"));
    /// ```
    #[must_use]
    pub fn tracking_url(self) -> Option<&'static str> {
        self.def().url
    }
}

const _: () = assert!(MAX_LEN <= 64, "positions are u64 bit masks");

#[cfg(test)]
mod tests {
    use super::*;

    /// The policy of the default answer, enforced on the data: a layout that can be the
    /// default answer (Medium or High) carries evidence that sets its numbers apart from
    /// ordinary ones: a hard check character on at least 10 characters, or a structure with
    /// letters or literals in fixed places (specificity 2 or more, or a restricted letter in
    /// a fixed place of a number of 11 characters or more, like UPS's `T`/`H` waybills).
    #[test]
    fn medium_and_high_layouts_are_distinctive() {
        for def in FORMATS {
            for e in def.entries {
                let confidence = e.confidence.unwrap_or(def.confidence);
                if confidence == Confidence::Low {
                    continue;
                }
                let l = &e.layout;
                let checked = l.has_hard_check() && l.min_len >= 10;
                let lettered = l.specificity >= 2 || (l.specificity >= 1 && l.min_len >= 11);
                assert!(
                    checked || lettered,
                    "{}: a {:?} layout with neither a check character nor a distinctive structure",
                    def.format.as_str(),
                    confidence
                );
            }
        }
    }

    #[test]
    fn registry_is_in_format_order_and_complete() {
        assert_eq!(FORMATS.len(), Format::ALL.len());
        for (i, def) in FORMATS.iter().enumerate() {
            assert_eq!(def.format as usize, i);
            assert!(!def.entries.is_empty(), "{}", def.format.as_str());
            assert!(!def.source.is_empty(), "{}: no source", def.format.as_str());
        }
    }
}
