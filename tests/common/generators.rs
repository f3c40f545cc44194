//! Generators of valid numbers, one per layout of every format, restated from each
//! format's documented structure (independently of the registry's layout data), with check
//! characters from the reference definitions in `tracking_number::check`. Shared by
//! `tests/carriers_props.rs`, `tests/identification.rs` and `benches/identify.rs`.
#![allow(dead_code)] // each includer uses a subset

use tracking_number::check::{self, DeutschePost, Gs1, Luhn, Mod37_36, Mod7, Ups, S10};
use tracking_number::{Carrier, Format};

/// One piece of a layout.
#[derive(Clone, Copy, Debug)]
pub enum P {
    Lit(&'static str),
    Digits(usize),
    Alnum(usize),
    Upper(usize),
    OneOf(&'static str),
    /// One of the two-letter pairs of the string.
    Pairs(&'static str),
}

/// Check algorithms, as the reference definitions compute them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum K {
    Gs1,
    Ups,
    S10,
    Fedex,
    Mod7,
    Luhn,
    Dp,
    M3736,
}

impl K {
    pub fn compute(self, data: &[u8]) -> u8 {
        match self {
            K::Gs1 => Gs1::digit(data),
            K::Ups => Ups::digit(data),
            K::S10 => S10::digit(data),
            K::Fedex => check::WeightedMod11::FEDEX.digit(data),
            K::Mod7 => Mod7::digit(data),
            K::Luhn => Luhn::digit(data),
            K::Dp => DeutschePost::digit(data),
            K::M3736 => Mod37_36::digit(data),
        }
        .expect("generated data is in the alphabet")
    }

    pub fn catches_every_substitution(self) -> bool {
        matches!(self, K::Gs1 | K::Luhn | K::M3736)
    }
}

/// Structural rules beyond the pieces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum X {
    None,
    /// UPU S10: a service letter that is not reserved, an assigned country code.
    S10,
    /// The last two letters are an assigned country code.
    Country,
    /// At least one letter and one digit.
    Mixed,
    /// Does not start with this.
    NotPrefix(&'static str),
}

/// A generator: format, layout, check (algorithm, data start, data end, position, digits
/// computed as if printed first, whether a failure is only "no evidence"), extra rule,
/// carrier (`None`: the S10 operator of the country code).
pub struct G {
    pub f: Format,
    pub parts: &'static [P],
    pub check: Option<(K, usize, usize, usize)>,
    pub implied: &'static str,
    pub soft: bool,
    pub extra: X,
    pub carrier: Option<Carrier>,
}

pub const fn g(f: Format, parts: &'static [P], carrier: Option<Carrier>) -> G {
    G { f, parts, check: None, implied: "", soft: false, extra: X::None, carrier }
}

impl G {
    const fn check(mut self, k: K, a: usize, b: usize, at: usize) -> G {
        self.check = Some((k, a, b, at));
        self
    }
    const fn soft(mut self) -> G {
        self.soft = true;
        self
    }
    const fn implied(mut self, p: &'static str) -> G {
        self.implied = p;
        self
    }
    const fn extra(mut self, x: X) -> G {
        self.extra = x;
        self
    }
    pub fn len(&self) -> usize {
        self.parts
            .iter()
            .map(|p| match p {
                P::Lit(l) => l.len(),
                P::Digits(n) | P::Alnum(n) | P::Upper(n) => *n,
                P::OneOf(_) => 1,
                P::Pairs(_) => 2,
            })
            .sum()
    }
    /// The check character the reference computes for `s`.
    pub fn expected(&self, s: &[u8]) -> Option<u8> {
        let (k, a, b, _) = self.check?;
        let mut data = self.implied.as_bytes().to_vec();
        data.extend_from_slice(&s[a..b]);
        Some(k.compute(&data))
    }
}

pub use P::{Alnum as A, Digits as D, Lit as L, OneOf as O, Pairs as Pr, Upper as U};

/// Service letters S10 allows first (J, K, S, T and W are reserved for domestic use).
pub const S10_FIRST: &str = "ABCDEFGHILMNOPQRUVXYZ";

/// Assigned ISO 3166-1 codes and their designated postal operators (a sample restated from
/// the operators' own sites, independent of the crate's table).
pub const OPERATORS: &[(&str, Carrier)] = &[
    ("US", Carrier::Usps),
    ("GB", Carrier::RoyalMail),
    ("CA", Carrier::CanadaPost),
    ("AU", Carrier::AustraliaPost),
    ("CN", Carrier::ChinaPost),
    ("JP", Carrier::JapanPost),
    ("NL", Carrier::Postnl),
    ("DE", Carrier::DeutschePost),
    ("FR", Carrier::LaPoste),
    ("IT", Carrier::PosteItaliane),
    ("ES", Carrier::Correos),
    ("IN", Carrier::IndiaPost),
    ("IL", Carrier::IsraelPost),
    ("CH", Carrier::SwissPost),
    ("AT", Carrier::AustrianPost),
    ("BE", Carrier::Bpost),
    ("FI", Carrier::Posti),
    ("PL", Carrier::PocztaPolska),
    ("IE", Carrier::AnPost),
    ("PT", Carrier::Ctt),
    ("NZ", Carrier::NzPost),
    ("BR", Carrier::Correios),
    ("HK", Carrier::HongkongPost),
    ("RU", Carrier::RussianPost),
    ("UA", Carrier::Ukrposhta),
    ("MD", Carrier::PostaMoldovei),
];

#[rustfmt::skip]
pub const GENS: &[G] = &[
    g(Format::AmazonTba, &[L("TB"), O("ACM"), D(12)], Some(Carrier::Amazon)),
    g(Format::AmazonTba, &[L("TB"), O("ACM"), U(3), D(9)], Some(Carrier::Amazon)),
    g(Format::AmazonIntl, &[O("AFC"), D(10)], Some(Carrier::Amazon)),
    g(Format::AmazonShippingEu, &[Pr("ITESFRDEGBNLPLSEBE"), D(10)], Some(Carrier::Amazon)),
    g(Format::Aramex, &[D(11)], Some(Carrier::Aramex)),
    g(Format::AustraliaPostEparcel, &[U(3), D(10)], Some(Carrier::AustraliaPost)),
    g(Format::AustraliaPostEparcel, &[U(3), D(21)], Some(Carrier::AustraliaPost)),
    g(Format::BlueDart, &[D(11)], Some(Carrier::BlueDart)),
    g(Format::BpostParcel, &[L("32"), Pr("9932"), D(20)], Some(Carrier::Bpost)),
    g(Format::BpostParcel18, &[L("3232"), D(14)], Some(Carrier::Bpost)),
    g(Format::BpostJjbea, &[L("JJBEA"), D(22)], Some(Carrier::Bpost)),
    g(Format::BpostRegistered, &[L("010"), D(27)], Some(Carrier::Bpost)),
    g(Format::Brt, &[D(12)], Some(Carrier::Brt)),
    g(Format::Cainiao, &[L("LP"), D(12)], Some(Carrier::Cainiao)),
    g(Format::Cainiao, &[L("LP"), D(15)], Some(Carrier::Cainiao)),
    g(Format::CainiaoCnusup, &[L("CNUSUP"), D(8)], Some(Carrier::Cainiao)),
    g(Format::CainiaoCnusup, &[L("CNUSUP"), D(11)], Some(Carrier::Cainiao)),
    g(Format::CanadaPost16, &[D(16)], Some(Carrier::CanadaPost)).check(K::Gs1, 0, 15, 15),
    g(Format::CanadaPost12, &[D(12)], Some(Carrier::CanadaPost)),
    g(Format::Canpar, &[O("CDKLSUXZ"), D(21)], Some(Carrier::Canpar)),
    g(Format::Chronopost, &[U(2), D(8), D(1), L("FR")], Some(Carrier::Chronopost)).check(K::S10, 2, 10, 10),
    g(Format::Colissimo, &[D(1), U(1), D(11)], Some(Carrier::Colissimo)),
    g(Format::CorreosDomestic, &[U(2), A(4), D(16), U(1)], Some(Carrier::Correos)),
    g(Format::Delhivery, &[D(13)], Some(Carrier::Delhivery)),
    g(Format::Delhivery, &[D(14)], Some(Carrier::Delhivery)),
    g(Format::DhlExpress, &[D(10)], Some(Carrier::Dhl)).check(K::Mod7, 0, 9, 9),
    g(Format::DhlExpress, &[D(11)], Some(Carrier::Dhl)).check(K::Mod7, 0, 10, 10),
    g(Format::DhlPieceId, &[L("JJD"), D(18)], Some(Carrier::Dhl)),
    g(Format::DhlPieceId, &[L("JD"), D(18)], Some(Carrier::Dhl)),
    g(Format::DhlExpressJjd, &[L("JJD0"), O("01"), D(8)], Some(Carrier::Dhl)),
    g(Format::DhlPaketIdentcode, &[D(12)], Some(Carrier::DeutschePost)).check(K::Dp, 0, 11, 11),
    g(Format::DhlPaket, &[L("003404"), D(14)], Some(Carrier::DeutschePost)).check(K::Gs1, 2, 19, 19),
    g(Format::DhlPaketJjd, &[L("JJD"), D(13)], Some(Carrier::DeutschePost)),
    g(Format::DhlPaketJjd, &[L("JJD"), D(18)], Some(Carrier::DeutschePost)),
    g(Format::DhlEcommerce, &[L("GM"), D(10)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlEcommerce, &[L("GM"), D(22)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlEcommerce, &[L("GM"), A(10)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlEcommerce, &[L("GM"), A(20)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlEcommerceReference, &[Pr("CNSGTHINHKMY"), D(8)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlEcommerceReference, &[Pr("CNSGTHINHKMY"), D(37)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlParcelBenelux, &[L("JVGL"), D(10)], Some(Carrier::DhlParcel)),
    g(Format::DhlParcelBenelux, &[L("JVGL"), D(20)], Some(Carrier::DhlParcel)),
    g(Format::DhlParcel3s, &[L("3S"), U(3), D(9)], Some(Carrier::DhlParcel)),
    g(Format::DhlEcommerceLxRx, &[Pr("LXRX"), D(8)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlEcommerceLxRx, &[Pr("LXRX"), D(20)], Some(Carrier::DhlEcommerce)),
    g(Format::DhlGlobalForwarding, &[D(1), U(2), D(4)], Some(Carrier::DhlGlobalForwarding)),
    g(Format::DhlGlobalForwarding, &[D(1), U(2), D(6)], Some(Carrier::DhlGlobalForwarding)),
    g(Format::DhlGlobalForwarding, &[U(3), D(5)], Some(Carrier::DhlGlobalForwarding)),
    g(Format::DhlGlobalForwarding, &[U(3), D(7)], Some(Carrier::DhlGlobalForwarding)),
    g(Format::DhlGlobalForwarding, &[U(4), D(5)], Some(Carrier::DhlGlobalForwarding)),
    g(Format::DhlGlobalForwarding, &[U(4), D(7)], Some(Carrier::DhlGlobalForwarding)),
    g(Format::DhlGlobalForwardingShipment, &[D(7)], Some(Carrier::DhlGlobalForwarding)),
    g(Format::DhlGlobalForwardingAwb, &[D(3), D(7), D(1)], Some(Carrier::DhlGlobalForwarding)).check(K::Mod7, 3, 10, 10),
    g(Format::DhlFreight, &[U(5), D(7)], Some(Carrier::DhlFreight)),
    g(Format::DhlFreight, &[U(4), D(7)], Some(Carrier::DhlFreight)),
    g(Format::DhlFreight, &[U(6), D(7)], Some(Carrier::DhlFreight)),
    g(Format::DhlFreightNumber, &[D(4), D(5)], Some(Carrier::DhlFreight)),
    g(Format::DhlFreightNumber, &[D(10)], Some(Carrier::DhlFreight)),
    g(Format::DhlFreightNumber, &[D(14)], Some(Carrier::DhlFreight)),
    g(Format::Dpd, &[D(14), A(1)], Some(Carrier::Dpd)).check(K::M3736, 0, 14, 14),
    g(Format::Dpd, &[D(14)], Some(Carrier::Dpd)),
    g(Format::DpdBarcode, &[A(7), D(14), D(3), D(3), A(1)], Some(Carrier::Dpd)).check(K::M3736, 0, 27, 27),
    g(Format::EstafetaGuide, &[D(1), A(21)], Some(Carrier::Estafeta)),
    g(Format::EstafetaCode, &[D(10)], Some(Carrier::Estafeta)),
    g(Format::Evri, &[D(16)], Some(Carrier::Evri)),
    g(Format::EvriAlphanumeric, &[L("H"), D(2), U(3), D(10)], Some(Carrier::Evri)),
    g(Format::EvriCallingCard, &[D(8)], Some(Carrier::Evri)),
    g(Format::FedexExpress, &[D(12)], Some(Carrier::Fedex)).check(K::Fedex, 0, 11, 11),
    g(Format::FedexGround, &[D(15)], Some(Carrier::Fedex)).check(K::Gs1, 0, 14, 14),
    g(Format::FedexGround96, &[L("96"), D(20)], Some(Carrier::Fedex)).check(K::Gs1, 7, 21, 21),
    g(Format::Fedex34, &[L("1"), D(19), L("00"), D(12)], Some(Carrier::Fedex)).check(K::Fedex, 20, 33, 33),
    g(Format::Fedex34, &[L("1"), D(33)], Some(Carrier::Fedex)).check(K::Fedex, 20, 33, 33),
    g(Format::Fedex34, &[L("96"), O("23"), L("2"), D(16), L("00"), D(12)], Some(Carrier::Fedex)).check(K::Fedex, 20, 33, 33),
    g(Format::Fedex34, &[L("96"), O("23"), L("2"), D(30)], Some(Carrier::Fedex)).check(K::Fedex, 20, 33, 33),
    g(Format::FedexAstra, &[L("3"), D(31)], Some(Carrier::Fedex)).check(K::Fedex, 16, 27, 27),
    g(Format::FedexSmartPost, &[D(20)], Some(Carrier::Fedex)).check(K::Gs1, 0, 19, 19).implied("92"),
    g(Format::FedexSscc, &[L("00"), D(16)], Some(Carrier::Fedex)).check(K::Gs1, 0, 17, 17),
    g(Format::FedexDoorTag, &[L("DT"), D(12)], Some(Carrier::Fedex)),
    g(Format::FourPx, &[L("4PX"), D(12), L("CN")], Some(Carrier::FourPx)),
    g(Format::FourPx, &[L("4PX"), D(17), L("CN")], Some(Carrier::FourPx)),
    g(Format::Gls, &[D(11)], Some(Carrier::Gls)),
    g(Format::Gls, &[D(14)], Some(Carrier::Gls)),
    g(Format::GlsTrackId, &[A(8)], Some(Carrier::Gls)).extra(X::Mixed),
    g(Format::Gofo, &[L("GF"), U(2), D(10)], Some(Carrier::Gofo)),
    g(Format::Gofo, &[L("GF"), U(2), D(16)], Some(Carrier::Gofo)),
    g(Format::Sscc, &[L("00"), D(18)], Some(Carrier::Gs1)).check(K::Gs1, 2, 19, 19),
    g(Format::Sscc, &[D(18)], Some(Carrier::Gs1)).check(K::Gs1, 0, 17, 17),
    g(Format::Gsin, &[D(17)], Some(Carrier::Gs1)).check(K::Gs1, 0, 16, 16),
    g(Format::HermesDe, &[L("H"), D(19)], Some(Carrier::Hermes)),
    g(Format::HermesDe14, &[D(14)], Some(Carrier::Hermes)).check(K::Gs1, 0, 13, 13),
    g(Format::Inpost, &[D(24)], Some(Carrier::Inpost)),
    g(Format::JapanPostRegistered, &[D(11)], Some(Carrier::JapanPost)).check(K::Mod7, 0, 10, 10),
    g(Format::JapanPostYuPack, &[D(12)], Some(Carrier::JapanPost)).check(K::Mod7, 0, 11, 11).soft(),
    g(Format::JtExpress, &[L("JT"), D(13)], Some(Carrier::JtExpress)),
    g(Format::LaPosteSuivi, &[U(2), D(11)], Some(Carrier::LaPoste)),
    g(Format::Landmark, &[L("LTN"), D(8), L("N1")], Some(Carrier::Landmark)),
    g(Format::Lasership, &[L("L"), O("AEHIMNSX"), D(8)], Some(Carrier::Lasership)),
    g(Format::Lasership, &[L("BN"), D(8)], Some(Carrier::Lasership)),
    g(Format::Lasership1ls, &[L("1LS"), A(12)], Some(Carrier::Lasership)),
    g(Format::Lasership1ls, &[L("1LS"), A(18)], Some(Carrier::Lasership)),
    g(Format::MondialRelay, &[D(8)], Some(Carrier::MondialRelay)),
    g(Format::NovaPoshta, &[D(14)], Some(Carrier::NovaPoshta)),
    g(Format::NovaPoshta, &[D(11)], Some(Carrier::NovaPoshta)),
    g(Format::Cdek, &[D(10)], Some(Carrier::Cdek)),
    g(Format::Cdek, &[D(11)], Some(Carrier::Cdek)),
    g(Format::NzCouriers, &[D(8)], Some(Carrier::NzCouriers)),
    g(Format::OldDominion, &[D(10)], Some(Carrier::OldDominion)),
    g(Format::OldDominion, &[D(11)], Some(Carrier::OldDominion)),
    g(Format::Ontrac, &[O("CD"), D(14)], Some(Carrier::Ontrac)).check(K::Ups, 0, 14, 14),
    g(Format::Packeta, &[L("Z"), D(10)], Some(Carrier::Packeta)),
    g(Format::ParcelforceUk, &[U(2), D(7)], Some(Carrier::Parcelforce)),
    g(Format::ParcelforceUkLong, &[U(4), D(10)], Some(Carrier::Parcelforce)),
    g(Format::ParcelforceExport, &[D(12)], Some(Carrier::Parcelforce)),
    g(Format::ParcelforceInternational, &[U(2), D(8), D(1), L("GB")], Some(Carrier::Parcelforce)).check(K::S10, 2, 10, 10),
    g(Format::PocztaPolska, &[L("00"), O("123456789"), L("5900773"), D(10)], Some(Carrier::PocztaPolska)).check(K::Gs1, 2, 19, 19),
    g(Format::PostaMoldoveiDomestic, &[L("D"), U(1), D(10), Pr("RRCCASAR")], Some(Carrier::PostaMoldovei)),
    g(Format::PosteItalianeDomestic, &[D(12)], Some(Carrier::PosteItaliane)),
    g(Format::PosteItalianeDomestic, &[D(13)], Some(Carrier::PosteItaliane)),
    g(Format::Posti, &[L("JJFI"), D(17)], Some(Carrier::Posti)),
    g(Format::Postnl3s, &[L("3S"), U(4), D(7)], Some(Carrier::Postnl)),
    g(Format::Postnl3s, &[L("3S"), U(4), D(9)], Some(Carrier::Postnl)),
    g(Format::PostnordSweden, &[D(11)], Some(Carrier::Postnord)),
    g(Format::Purolator, &[D(12)], Some(Carrier::Purolator)).check(K::Luhn, 0, 11, 11),
    g(Format::PurolatorAlpha, &[U(3), D(9)], Some(Carrier::Purolator)),
    g(Format::RussianPostDomestic, &[D(14)], Some(Carrier::RussianPost)).check(K::Gs1, 0, 13, 13).soft(),
    g(Format::S10, &[U(2), D(8), D(1), U(2)], None).check(K::S10, 2, 10, 10).extra(X::S10),
    g(Format::RoyalMailDomestic, &[L("T"), U(1), D(8), D(1), L("GB")], Some(Carrier::RoyalMail)).check(K::S10, 2, 10, 10),
    g(Format::S10Domestic, &[O("JKSTW"), U(1), D(8), D(1), U(2)], None).check(K::S10, 2, 10, 10).extra(X::Country),
    g(Format::Sagawa, &[D(12)], Some(Carrier::Sagawa)),
    g(Format::Sda, &[D(13)], Some(Carrier::Sda)),
    g(Format::SfExpress, &[L("SF"), D(13)], Some(Carrier::SfExpress)),
    g(Format::Speedee, &[L("SP"), D(18)], Some(Carrier::Speedee)),
    g(Format::Speedx, &[L("SPX"), D(15)], Some(Carrier::Speedx)),
    g(Format::SpeedxMixed, &[L("SPX"), A(10)], Some(Carrier::Speedx)).extra(X::Mixed),
    g(Format::SpeedxMixed, &[L("SPX"), A(20)], Some(Carrier::Speedx)).extra(X::Mixed),
    g(Format::SwissPost, &[L("99"), D(16)], Some(Carrier::SwissPost)),
    g(Format::TntConsignment, &[D(8), D(1)], Some(Carrier::Tnt)).check(K::S10, 0, 8, 8),
    g(Format::TntInternational, &[U(2), D(8), D(1), L("WW")], Some(Carrier::Tnt)).check(K::S10, 2, 10, 10),
    g(Format::UkrposhtaDomestic, &[D(13)], Some(Carrier::Ukrposhta)),
    g(Format::UniuniBatch, &[L("URB"), D(16)], Some(Carrier::Uniuni)),
    g(Format::Uniuni, &[L("UR"), D(17)], Some(Carrier::Uniuni)),
    g(Format::Ups1Z, &[L("1Z"), A(6), A(2), A(7), D(1)], Some(Carrier::Ups)).check(K::Ups, 2, 17, 17),
    g(Format::UpsWaybill, &[O("TH"), D(10)], Some(Carrier::Ups)),
    g(Format::UpsWorldwideWaybill, &[O("JKV"), D(9), D(1)], Some(Carrier::Ups)).check(K::Ups, 1, 10, 10),
    g(Format::UpsInfoNotice, &[D(12)], Some(Carrier::Ups)),
    g(Format::UpsFreight, &[D(9)], Some(Carrier::Ups)),
    g(Format::UpsMailInnovations, &[L("MI"), D(6), A(1)], Some(Carrier::Ups)),
    g(Format::UpsMailInnovations, &[L("MI"), D(6), A(22)], Some(Carrier::Ups)),
    g(Format::UspsImpb, &[L("92"), D(20)], Some(Carrier::Usps)).check(K::Gs1, 0, 21, 21),
    g(Format::UspsImpb, &[L("93"), D(20)], Some(Carrier::Usps)).check(K::Gs1, 0, 21, 21),
    g(Format::UspsImpb, &[L("9"), O("12345"), D(20)], Some(Carrier::Usps)).check(K::Gs1, 0, 21, 21),
    g(Format::UspsImpb, &[L("92"), D(24)], Some(Carrier::Usps)).check(K::Gs1, 0, 25, 25),
    g(Format::UspsImpb, &[L("93"), D(24)], Some(Carrier::Usps)).check(K::Gs1, 0, 25, 25),
    g(Format::UspsImpb, &[L("9"), O("12345"), D(24)], Some(Carrier::Usps)).check(K::Gs1, 0, 25, 25),
    g(Format::UspsImpb, &[D(20)], Some(Carrier::Usps)).check(K::Gs1, 0, 19, 19).implied("92"),
    g(Format::UspsImpbRouted, &[L("420"), D(5), L("9"), O("12345"), D(20)], Some(Carrier::Usps)).check(K::Gs1, 8, 29, 29),
    g(Format::UspsImpbRouted, &[L("420"), D(9), L("9"), O("12345"), D(20)], Some(Carrier::Usps)).check(K::Gs1, 12, 33, 33),
    g(Format::UspsImpbRouted, &[L("420"), D(5), L("9"), O("12345"), D(24)], Some(Carrier::Usps)).check(K::Gs1, 8, 33, 33),
    g(Format::UspsLegacy, &[D(20)], Some(Carrier::Usps)).check(K::Gs1, 0, 19, 19).extra(X::NotPrefix("00")),
    g(Format::UspsLegacy, &[D(20)], Some(Carrier::Usps)).check(K::Gs1, 0, 19, 19).implied("91").extra(X::NotPrefix("00")),
    g(Format::UspsGxg, &[L("82"), D(8)], Some(Carrier::Usps)),
    g(Format::Vova, &[L("VO"), D(10), L("VA")], Some(Carrier::Vova)),
    g(Format::XpoPro, &[D(9)], Some(Carrier::Xpo)).check(K::Mod7, 0, 8, 8),
    g(Format::Yamato, &[D(12)], Some(Carrier::Yamato)).check(K::Mod7, 0, 11, 11),
    g(Format::Yanwen, &[U(2), D(8), D(1), L("YP")], Some(Carrier::Yanwen)).check(K::S10, 2, 10, 10),
    g(Format::Yodel, &[L("JJD"), D(16)], Some(Carrier::Yodel)),
    g(Format::Yodel, &[L("JD"), D(16)], Some(Carrier::Yodel)),
    g(Format::YodelYdr, &[L("8YDR"), D(9)], Some(Carrier::Yodel)),
    g(Format::YodelDotted, &[D(8)], Some(Carrier::Yodel)),
    g(Format::YrcFreightBill, &[D(9), O("0123456789X")], Some(Carrier::Yrc)),
    g(Format::Yunexpress, &[L("YT"), D(16)], Some(Carrier::Yunexpress)),
];

pub const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Builds a number of generator `g` from random bytes.
pub fn build(g: &G, rnd: &[u8]) -> String {
    let mut out = Vec::new();
    let mut r = rnd.iter().copied().cycle();
    let mut pick = |set: &[u8]| set[usize::from(r.next().unwrap()) % set.len()];
    for p in g.parts {
        match *p {
            P::Lit(l) => out.extend_from_slice(l.as_bytes()),
            P::Digits(n) => (0..n).for_each(|_| out.push(pick(&ALNUM[..10]))),
            P::Alnum(n) => (0..n).for_each(|_| out.push(pick(ALNUM))),
            P::Upper(n) => (0..n).for_each(|_| out.push(pick(&ALNUM[10..]))),
            P::OneOf(set) => out.push(pick(set.as_bytes())),
            P::Pairs(set) => {
                let k = usize::from(pick(&ALNUM[..10])) % (set.len() / 2);
                out.extend_from_slice(&set.as_bytes()[2 * k..2 * k + 2]);
            }
        }
    }
    let n = out.len();
    match g.extra {
        X::None => {}
        X::S10 | X::Country => {
            let (code, _) = OPERATORS[usize::from(pick(&ALNUM[..10])) % OPERATORS.len()];
            out[n - 2..].copy_from_slice(code.as_bytes());
            if g.extra == X::S10 {
                out[0] = pick(S10_FIRST.as_bytes());
            }
        }
        X::Mixed => {
            // the variable alphanumeric tail holds both a letter and a digit
            out[n - 1] = b'7';
            out[n - 2] = b'Q';
        }
        X::NotPrefix(p) => {
            if out.starts_with(p.as_bytes()) {
                out[0] = b'1';
            }
        }
    }
    if let (Some(c), Some((_, _, _, at))) = (g.expected(&out), g.check) {
        out[at] = c;
    }
    String::from_utf8(out).unwrap()
}

/// The carrier a generated number belongs to.
pub fn expected_carrier(g: &G, s: &str) -> Option<Carrier> {
    match g.carrier {
        Some(c) => Some(c),
        None => OPERATORS.iter().find(|o| s.ends_with(o.0)).map(|o| o.1),
    }
}
