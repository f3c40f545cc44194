//! Carriers, formats and the format registry.
//!
//! [`Carrier`] names who delivers a parcel; [`Format`] names a numbering scheme (a carrier
//! may have several, and one format may belong to several carriers: a UPU S10 number belongs
//! to the postal operator of its country code). Both are `Copy`, `#[non_exhaustive]` enums
//! with stable snake_case ids ([`Carrier::as_str`], [`Format::as_str`]) and human names
//! (`Display`).
//!
//! The formats themselves are data: one file per carrier under `src/carrier/` describes the
//! layouts (lengths, literal prefixes, character classes, field offsets, check-digit
//! algorithm, grouping and tracking URL); one engine interprets them. Adding a format = one
//! data file, one [`Format`] variant and one line in the registry below.

use core::fmt;
use core::str::FromStr;

use crate::spec::{FormatDef, RowRef, MAX_LEN};

mod amazon;
mod australia_post;
mod canada_post;
mod dhl;
mod dpd;
mod evri;
mod fedex;
mod france;
mod gls;
mod gs1;
mod japan_post;
mod landmark;
mod ontrac;
mod others;
mod postnl;
mod purolator;
pub(crate) mod s10;
mod southern_europe;
mod uk;
mod ups;
mod usps;

// ---------------------------------------------------------------------------------------------
// Confidence
// ---------------------------------------------------------------------------------------------

/// How well established a format (or one of its layouts) is, per the crate's specification.
///
/// `High`: specified by a carrier or standards document and verified on samples; `Medium`:
/// community-derived and consistent with samples; `Low`: folklore or a single source — such
/// numbers are recognised but ranked last and never rejected on a check digit.
///
/// ```
/// use tracking_number::{Confidence, Format};
///
/// assert_eq!(Format::Ups1Z.confidence(), Confidence::High);
/// assert!(Confidence::High > Confidence::Low);
/// assert_eq!(Confidence::Medium.as_str(), "medium");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Confidence {
    /// Folklore or a single source: recognise, never reject.
    Low,
    /// Community-derived, consistent with samples.
    Medium,
    /// Standardised or carrier-documented, verified on samples.
    High,
}

impl Confidence {
    /// The stable id: `"low"`, `"medium"` or `"high"`.
    ///
    /// ```
    /// use tracking_number::Confidence;
    ///
    /// assert_eq!(Confidence::Low.as_str(), "low");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

// ---------------------------------------------------------------------------------------------
// Carrier
// ---------------------------------------------------------------------------------------------

macro_rules! carriers {
    ($( $(#[$m:meta])* $var:ident = $id:literal, $name:literal; )*) => {
        /// A carrier or postal operator.
        ///
        /// Ids are stable snake_case strings ([`as_str`](Self::as_str), `FromStr`, serde);
        /// [`name`](Self::name) and `Display` give the human name. New carriers may be added
        /// in minor releases.
        ///
        /// ```
        /// use tracking_number::Carrier;
        ///
        /// assert_eq!(Carrier::Ups.as_str(), "ups");
        /// assert_eq!(Carrier::CanadaPost.to_string(), "Canada Post");
        /// assert_eq!("royal_mail".parse::<Carrier>()?, Carrier::RoyalMail);
        /// assert!(Carrier::ALL.contains(&Carrier::Upu));
        /// # Ok::<(), tracking_number::UnknownId>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Carrier {
            $( $(#[$m])* $var, )*
        }

        impl Carrier {
            /// Every carrier, in declaration order.
            pub const ALL: &'static [Carrier] = &[$(Carrier::$var),*];

            /// The stable id, e.g. `"canada_post"`.
            ///
            /// ```
            /// use tracking_number::Carrier;
            ///
            /// assert_eq!(Carrier::DeutschePost.as_str(), "deutsche_post");
            /// ```
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $(Carrier::$var => $id,)* }
            }

            /// The human name, e.g. `"Canada Post"`.
            ///
            /// ```
            /// use tracking_number::Carrier;
            ///
            /// assert_eq!(Carrier::Usps.name(), "USPS");
            /// ```
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { $(Carrier::$var => $name,)* }
            }
        }
    };
}

carriers! {
    /// United Parcel Service.
    Ups = "ups", "UPS";
    /// FedEx.
    Fedex = "fedex", "FedEx";
    /// United States Postal Service.
    Usps = "usps", "USPS";
    /// DHL (Express, eCommerce).
    Dhl = "dhl", "DHL";
    /// Amazon Logistics.
    Amazon = "amazon", "Amazon Logistics";
    /// OnTrac.
    Ontrac = "ontrac", "OnTrac";
    /// LaserShip (now part of OnTrac).
    Lasership = "lasership", "LaserShip";
    /// Canada Post.
    CanadaPost = "canada_post", "Canada Post";
    /// Purolator.
    Purolator = "purolator", "Purolator";
    /// DPD.
    Dpd = "dpd", "DPD";
    /// Royal Mail (UK).
    RoyalMail = "royal_mail", "Royal Mail";
    /// Parcelforce Worldwide (UK).
    Parcelforce = "parcelforce", "Parcelforce";
    /// Evri (formerly Hermes UK).
    Evri = "evri", "Evri";
    /// Hermes Germany.
    Hermes = "hermes", "Hermes";
    /// GLS.
    Gls = "gls", "GLS";
    /// PostNL.
    Postnl = "postnl", "PostNL";
    /// Australia Post.
    AustraliaPost = "australia_post", "Australia Post";
    /// China Post / China EMS.
    ChinaPost = "china_post", "China Post";
    /// Japan Post.
    JapanPost = "japan_post", "Japan Post";
    /// La Poste (France).
    LaPoste = "la_poste", "La Poste";
    /// Colissimo (La Poste's parcel brand).
    Colissimo = "colissimo", "Colissimo";
    /// Chronopost.
    Chronopost = "chronopost", "Chronopost";
    /// Poste Italiane.
    PosteItaliane = "poste_italiane", "Poste Italiane";
    /// Correos (Spain).
    Correos = "correos", "Correos";
    /// India Post.
    IndiaPost = "india_post", "India Post";
    /// Israel Post.
    IsraelPost = "israel_post", "Israel Post";
    /// Deutsche Post / DHL Paket (Germany).
    DeutschePost = "deutsche_post", "Deutsche Post DHL";
    /// Landmark Global.
    Landmark = "landmark", "Landmark Global";
    /// Old Dominion Freight Line (no number format in the specification yet).
    OldDominion = "old_dominion", "Old Dominion";
    /// Canpar Express.
    Canpar = "canpar", "Canpar";
    /// Spee-Dee Delivery.
    Speedee = "speedee", "Spee-Dee Delivery";
    /// Yodel (UK).
    Yodel = "yodel", "Yodel";
    /// YunExpress.
    Yunexpress = "yunexpress", "YunExpress";
    /// GOFO (no number format in the specification yet).
    Gofo = "gofo", "GOFO";
    /// A UPU postal operator not in the crate's operator table (S10 numbers).
    Upu = "upu", "UPU postal operator";
    /// A GS1 logistics label (SSCC, GSIN) whose carrier the number does not tell.
    Gs1 = "gs1", "GS1 logistics label";
}

impl fmt::Display for Carrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Carrier {
    type Err = UnknownId;

    /// Parses a carrier id (`"ups"`, `"canada_post"`, …).
    ///
    /// # Errors
    ///
    /// Any string that is not an id of [`Carrier::ALL`], e.g. `"UPS"` or `"royal mail"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Carrier::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or(UnknownId { kind: "carrier" })
    }
}

/// The error of [`Carrier::from_str`] and [`Format::from_str`]: the id is not known.
///
/// ```
/// use tracking_number::{Carrier, Format};
///
/// assert_eq!("nope".parse::<Carrier>().unwrap_err().to_string(), "unknown carrier id");
/// assert_eq!("nope".parse::<Format>().unwrap_err().to_string(), "unknown format id");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownId {
    kind: &'static str,
}

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} id", self.kind)
    }
}

impl core::error::Error for UnknownId {}

// ---------------------------------------------------------------------------------------------
// Format
// ---------------------------------------------------------------------------------------------

macro_rules! formats {
    ($( $(#[$m:meta])* $var:ident => $def:path; )*) => {
        /// A tracking-number format (numbering scheme).
        ///
        /// Ids are stable snake_case strings ([`as_str`](Self::as_str), `FromStr`, serde); see
        /// [`Format::ALL`] for the list. Metadata: [`carrier`](Self::carrier) (the default
        /// carrier), [`has_check_digit`](Self::has_check_digit),
        /// [`confidence`](Self::confidence), [`min_len`](Self::min_len) /
        /// [`max_len`](Self::max_len) and a valid [`example`](Self::example).
        ///
        /// ```
        /// use tracking_number::{Carrier, Format};
        ///
        /// let f: Format = "ups_1z".parse()?;
        /// assert_eq!(f, Format::Ups1Z);
        /// assert_eq!(f.carrier(), Carrier::Ups);
        /// assert_eq!(f.to_string(), "UPS 1Z");
        /// assert_eq!((f.min_len(), f.max_len()), (18, 18));
        /// assert!(f.has_check_digit());
        /// # Ok::<(), tracking_number::UnknownId>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Format {
            $( $(#[$m])* $var, )*
        }

        impl Format {
            /// Every format, in registry order (which is also the last tie-breaker of the
            /// ranking).
            pub const ALL: &'static [Format] = &[$(Format::$var),*];
        }

        /// The registry: one entry per format, in `Format` order.
        pub(crate) const FORMATS: &[&FormatDef] = &[$(&$def),*];
    };
}

formats! {
    /// UPU S10 international postal item (`RB123456785GB`).
    S10 => s10::S10;
    /// GS1 SSCC-18 logistic unit, with or without AI `00`.
    Sscc => gs1::SSCC;
    /// GS1 GSIN (global shipment identification number, 17 digits).
    Gsin => gs1::GSIN;
    /// USPS Intelligent Mail package barcode PIC (22 or 26 digits, `91`–`95`).
    UspsImpb => usps::IMPB;
    /// USPS IMpb with the `420` + ZIP routing prefix (30 or 34 digits).
    UspsImpbRouted => usps::IMPB_ROUTED;
    /// USPS legacy 20-digit Delivery/Signature Confirmation.
    UspsLegacy => usps::LEGACY;
    /// UPS `1Z` (18 characters).
    Ups1Z => ups::UPS_1Z;
    /// UPS waybill / freight (11 characters, low confidence).
    UpsWaybill => ups::WAYBILL;
    /// UPS Mail Innovations (`MI` + mailer id + reference).
    UpsMailInnovations => ups::MAIL_INNOVATIONS;
    /// FedEx Express (12 digits).
    FedexExpress => fedex::EXPRESS;
    /// FedEx Ground (15 digits).
    FedexGround => fedex::GROUND;
    /// FedEx Ground `96` barcode (22 digits).
    FedexGround96 => fedex::GROUND_96;
    /// FedEx 34-digit barcode (Express or Ground GSN).
    Fedex34 => fedex::FEDEX_34;
    /// FedEx ASTRA barcode (32 digits).
    FedexAstra => fedex::ASTRA;
    /// FedEx door tag (`DT` + 12 digits).
    FedexDoorTag => fedex::DOOR_TAG;
    /// DHL Express waybill (10 or 11 digits, mod 7).
    DhlExpress => dhl::EXPRESS;
    /// DHL piece id / license plate (`JD`/`JJD` + 18 digits).
    DhlPieceId => dhl::PIECE_ID;
    /// DHL Paket Identcode (12 digits, 4-9 weighting).
    DhlPaketIdentcode => dhl::IDENTCODE;
    /// DHL Paket `JJD` piece code (13–18 digits).
    DhlPaketJjd => dhl::PAKET_JJD;
    /// DHL eCommerce / Global Mail reference.
    DhlEcommerce => dhl::ECOMMERCE;
    /// Amazon Logistics `TBA`/`TBC`/`TBM`.
    AmazonTba => amazon::TBA;
    /// Amazon international (`A`/`F`/`C` + 10 digits, low confidence).
    AmazonIntl => amazon::INTL;
    /// OnTrac `C`/`D` + 14 digits.
    Ontrac => ontrac::ONTRAC;
    /// LaserShip (`1LS…`, `L?` + 8 digits).
    Lasership => ontrac::LASERSHIP;
    /// Canada Post domestic (16 digits).
    CanadaPost16 => canada_post::CP16;
    /// Canada Post domestic (12 digits, no check digit, low confidence).
    CanadaPost12 => canada_post::CP12;
    /// Purolator PIN (12 digits, Luhn).
    Purolator => purolator::PIN;
    /// Purolator alphanumeric PIN (3 letters + 9 digits).
    PurolatorAlpha => purolator::ALPHA;
    /// Parcelforce domestic/export.
    Parcelforce => uk::PARCELFORCE;
    /// Evri parcel number (16 digits) or calling-card number (8 digits).
    Evri => evri::EVRI;
    /// Hermes Germany parcel number.
    HermesDe => evri::HERMES_DE;
    /// DPD parcel number (14, 15 with check character, or the 28-character barcode).
    Dpd => dpd::DPD;
    /// GLS parcel number (11–14 digits, check rule unconfirmed).
    Gls => gls::PARCEL;
    /// GLS Track-ID (8 letters and digits).
    GlsTrackId => gls::TRACK_ID;
    /// PostNL `3S` barcode.
    Postnl3s => postnl::THREE_S;
    /// Australia Post eParcel article id.
    AustraliaPostEparcel => australia_post::EPARCEL;
    /// Japan Post registered / recorded item (11 digits, mod 7).
    JapanPostRegistered => japan_post::REGISTERED;
    /// Japan Post Yu-Pack / Letter Pack (12 digits).
    JapanPostYuPack => japan_post::YU_PACK;
    /// Colissimo / La Poste domestic (13 characters).
    Colissimo => france::COLISSIMO;
    /// Chronopost (S10-shaped, `…FR`).
    Chronopost => france::CHRONOPOST;
    /// Correos domestic (`PQ`/`PK`…).
    CorreosDomestic => southern_europe::CORREOS;
    /// Poste Italiane domestic (12–13 digits).
    PosteItalianeDomestic => southern_europe::POSTE_ITALIANE;
    /// Landmark Global `LTN…N1`.
    Landmark => landmark::LTN;
    /// Yodel `JD`/`JJD` + 16 digits.
    Yodel => uk::YODEL;
    /// Canpar (letter + 21 digits).
    Canpar => others::CANPAR;
    /// Spee-Dee Delivery (`SP` + 18 digits; assumption, low confidence).
    Speedee => others::SPEEDEE;
    /// YunExpress (`YT` + 16 digits; assumption, low confidence).
    Yunexpress => others::YUNEXPRESS;
}

impl Format {
    #[inline]
    pub(crate) const fn def(self) -> &'static FormatDef {
        FORMATS[self as usize]
    }

    /// The stable id, e.g. `"s10"`, `"ups_1z"`, `"fedex_express"`.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::FedexExpress.as_str(), "fedex_express");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.def().id
    }

    /// The human name, e.g. `"FedEx Express"`.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::S10.name(), "UPU S10");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.def().name
    }

    /// The default carrier (S10 numbers report the operator of their country code instead;
    /// see [`TrackingNumber::carrier`](crate::TrackingNumber::carrier)).
    ///
    /// ```
    /// use tracking_number::{Carrier, Format};
    ///
    /// assert_eq!(Format::S10.carrier(), Carrier::Upu);
    /// assert_eq!(Format::Purolator.carrier(), Carrier::Purolator);
    /// ```
    #[must_use]
    pub const fn carrier(self) -> Carrier {
        self.def().carrier
    }

    /// Whether numbers of this format (at least one of its layouts) carry a check digit.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert!(Format::FedexExpress.has_check_digit());
    /// assert!(!Format::AmazonTba.has_check_digit());
    /// ```
    #[must_use]
    pub const fn has_check_digit(self) -> bool {
        let rows = self.def().rows;
        let mut i = 0;
        while i < rows.len() {
            if rows[i].check.is_some() {
                return true;
            }
            i += 1;
        }
        false
    }

    /// How well established the format is (its main layout; some alternative layouts are
    /// ranked lower).
    ///
    /// ```
    /// use tracking_number::{Confidence, Format};
    ///
    /// assert_eq!(Format::Gls.confidence(), Confidence::Low);
    /// ```
    #[must_use]
    pub const fn confidence(self) -> Confidence {
        self.def().confidence
    }

    /// The shortest normalised length of the format.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::UspsImpb.min_len(), 22);
    /// ```
    #[must_use]
    pub const fn min_len(self) -> usize {
        let rows = self.def().rows;
        let mut m = usize::MAX;
        let mut i = 0;
        while i < rows.len() {
            if (rows[i].min_len as usize) < m {
                m = rows[i].min_len as usize;
            }
            i += 1;
        }
        m
    }

    /// The longest normalised length of the format.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!(Format::UspsImpb.max_len(), 26);
    /// ```
    #[must_use]
    pub const fn max_len(self) -> usize {
        let rows = self.def().rows;
        let mut m = 0;
        let mut i = 0;
        while i < rows.len() {
            if (rows[i].max_len as usize) > m {
                m = rows[i].max_len as usize;
            }
            i += 1;
        }
        m
    }

    /// A documented valid sample of the format (from the crate's specification; constructed
    /// samples are not real shipments).
    ///
    /// ```
    /// use tracking_number::{Format, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse(Format::Ups1Z.example())?;
    /// assert_eq!(n.format(), Format::Ups1Z);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub const fn example(self) -> &'static str {
        self.def().example
    }

    /// Whether `s` (normalised: upper case, no separators) is a valid number of this format.
    /// Allocation-free.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert!(Format::FedexExpress.is_valid("986578788855"));
    /// assert!(!Format::FedexExpress.is_valid("986578788856"));
    /// ```
    #[must_use]
    pub fn is_valid(self, s: &str) -> bool {
        crate::detect::validate_format(self, s.as_bytes()).is_some()
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = UnknownId;

    /// Parses a format id (`"s10"`, `"ups_1z"`, …).
    ///
    /// # Errors
    ///
    /// Any string that is not an id of [`Format::ALL`], e.g. `"S10"` or `"ups"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == s)
            .ok_or(UnknownId { kind: "format" })
    }
}

#[cfg(feature = "serde")]
macro_rules! serde_as_id {
    ($ty:ty, $what:literal) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse()
                            .map_err(|_| E::invalid_value(serde::de::Unexpected::Str(v), &self))
                    }
                }
                d.deserialize_str(V)
            }
        }
    };
}

#[cfg(feature = "serde")]
serde_as_id!(Carrier, "a carrier id such as \"ups\"");
#[cfg(feature = "serde")]
serde_as_id!(Format, "a format id such as \"ups_1z\"");

// ---------------------------------------------------------------------------------------------
// The flattened registry used by the detector
// ---------------------------------------------------------------------------------------------

const fn count_rows() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < FORMATS.len() {
        assert!(
            FORMATS[i].format as usize == i,
            "registry out of Format order"
        );
        n += FORMATS[i].rows.len();
        i += 1;
    }
    n
}

/// Number of layouts across all formats (at most 128: the detector uses `u128` masks).
pub(crate) const N_ROWS: usize = count_rows();
const _: () = assert!(N_ROWS <= 128, "too many layouts for the u128 masks");

const fn flatten() -> [RowRef; N_ROWS] {
    let mut out = [RowRef {
        def: FORMATS[0],
        row: &FORMATS[0].rows[0],
    }; N_ROWS];
    let mut k = 0;
    let mut i = 0;
    while i < FORMATS.len() {
        let def = FORMATS[i];
        let mut j = 0;
        while j < def.rows.len() {
            out[k] = RowRef {
                def,
                row: &def.rows[j],
            };
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// Every layout, formats in registry order.
pub(crate) static ROWS: [RowRef; N_ROWS] = flatten();

const fn len_masks() -> [u128; MAX_LEN + 1] {
    let rows = flatten();
    let mut m = [0u128; MAX_LEN + 1];
    let mut i = 0;
    while i < N_ROWS {
        let mut l = rows[i].row.min_len as usize;
        while l <= rows[i].row.max_len as usize {
            m[l] |= 1u128 << i;
            l += 1;
        }
        i += 1;
    }
    m
}

/// For each character class (`0-9A-Z` as 0..36): the rows whose first (`last == false`) or
/// last (`last == true`) character can be of that class.
const fn end_char_masks(last: bool) -> [u128; 36] {
    let rows = flatten();
    let mut m = [0u128; 36];
    let mut i = 0;
    while i < N_ROWS {
        let set = if last {
            rows[i].row.last_set()
        } else {
            rows[i].row.first_set()
        };
        let mut c = 0;
        while c < 36 {
            if set & (1u64 << c) != 0 {
                m[c] |= 1u128 << i;
            }
            c += 1;
        }
        i += 1;
    }
    m
}

/// `[rows an all-digit input can match, rows an input with a letter can match]`.
const fn kind_masks() -> [u128; 2] {
    let rows = flatten();
    let mut m = [0u128; 2];
    let mut i = 0;
    while i < N_ROWS {
        if rows[i].row.digits_possible() {
            m[0] |= 1u128 << i;
        }
        if rows[i].row.letters_possible() {
            m[1] |= 1u128 << i;
        }
        i += 1;
    }
    m
}

const fn base_keys() -> [u32; N_ROWS] {
    let rows = flatten();
    let mut k = [0u32; N_ROWS];
    let mut i = 0;
    while i < N_ROWS {
        let conf = match rows[i].row.confidence {
            Some(c) => c,
            None => rows[i].def.confidence,
        };
        let conf = match conf {
            Confidence::Low => 0u32,
            Confidence::Medium => 1,
            Confidence::High => 2,
        };
        let prio = 255 - rows[i].def.format as u32;
        k[i] = ((rows[i].row.specificity as u32) << 16) | (conf << 8) | prio;
        i += 1;
    }
    k
}

/// The highest rank key each layout can reach (its best evidence tier with its base key),
/// used to skip check digits that cannot change the best reading.
const fn max_keys() -> [u32; N_ROWS] {
    let rows = flatten();
    let base = base_keys();
    let mut k = [0u32; N_ROWS];
    let mut i = 0;
    while i < N_ROWS {
        let conf = match rows[i].row.confidence {
            Some(c) => c,
            None => rows[i].def.confidence,
        };
        // Verified (2) if there is a check digit, else no check digit (1); Medium/High + 3
        let tier = if rows[i].row.check.is_some() { 2 } else { 1 };
        let tier = match conf {
            Confidence::Low => tier,
            _ => 3 + tier,
        };
        k[i] = (tier << 24) | base[i];
        i += 1;
    }
    k
}

/// The highest rank key of each layout (see `detect::key`).
pub(crate) static MAX_KEY: [u32; N_ROWS] = max_keys();
/// Layouts by second character (`0-9A-Z`); every layout for inputs shorter than 2.
pub(crate) static SECOND_MASK: [u128; 36] = second_masks();

const fn second_masks() -> [u128; 36] {
    let rows = flatten();
    let mut m = [0u128; 36];
    let mut i = 0;
    while i < N_ROWS {
        let set = rows[i].row.set_at(1);
        let mut c = 0;
        while c < 36 {
            if set & (1u64 << c) != 0 {
                m[c] |= 1u128 << i;
            }
            c += 1;
        }
        i += 1;
    }
    m
}

/// Layouts by last character (`0-9A-Z`).
pub(crate) static LAST_MASK: [u128; 36] = end_char_masks(true);
/// Layouts by input kind: index 0 = all digits, 1 = contains a letter.
pub(crate) static KIND_MASK: [u128; 2] = kind_masks();
/// The ranking key of each layout without its evidence tier (specificity, confidence,
/// registry priority).
pub(crate) static BASE_KEY: [u32; N_ROWS] = base_keys();

/// Layouts by normalised length.
pub(crate) static LEN_MASK: [u128; MAX_LEN + 1] = len_masks();
/// Layouts by first character (`0-9A-Z`).
pub(crate) static FIRST_MASK: [u128; 36] = end_char_masks(false);
