//! Each carrier's public tracking page, as a template in which `{}` stands for the number.
//!
//! Source: each carrier's or postal operator's own track-and-trace page, where the page takes
//! the number in its address (query or fragment), as the page's address reads after a search
//! on it. Carriers whose page takes the number only in a form or behind a captcha have none.
//! PostNord serves Denmark and Sweden from one page in several languages; the English one is
//! given.

use crate::carrier::Carrier;

/// The tracking-page template of `carrier`, if its page takes the number in its address.
pub(crate) const fn template(carrier: Carrier) -> Option<&'static str> {
    Some(match carrier {
        Carrier::Ups => "https://www.ups.com/track?tracknum={}",
        Carrier::Fedex => "https://www.fedex.com/fedextrack/?trknbr={}",
        Carrier::Usps => "https://tools.usps.com/go/TrackConfirmAction?tLabels={}",
        Carrier::Dhl => "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={}",
        Carrier::DhlEcommerce => "https://www.dhl.com/us-en/home/tracking/tracking-ecommerce.html?submit=1&tracking-id={}",
        Carrier::DhlParcel => "https://my.dhlecommerce.nl/home/tracktrace/{}",
        Carrier::DhlGlobalForwarding => "https://www.dhl.com/global-en/home/tracking/tracking-global-forwarding.html?submit=1&tracking-id={}",
        Carrier::DhlFreight => "https://www.dhl.com/global-en/home/tracking/tracking-freight.html?submit=1&tracking-id={}",
        Carrier::DeutschePost => "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={}",
        Carrier::Amazon => "https://track.amazon.com/tracking/{}",
        Carrier::Ontrac => "https://www.ontrac.com/tracking/?number={}",
        Carrier::Lasership => "https://www.ontrac.com/tracking/?number={}",
        Carrier::Gofo => "https://www.gofoexpress.com/track?number={}",
        Carrier::Uniuni => "https://www.uniuni.com/tracking/#tracking-detail?no={}",
        Carrier::OldDominion => "https://www.odfl.com/us/en/tools/trace-track-ltl-freight/trace.html?proNumbers={}",
        Carrier::Xpo => "https://ltl.xpo.com/tracking/?pro={}",
        Carrier::Speedx => "https://www.speedx.io/query-order?trackingNumber={}",
        Carrier::Yrc => "https://my.yrc.com/tools/track/shipments?referenceNumber={}",
        Carrier::Speedee => "https://speedeedelivery.com/track-a-parcel/?v={}",
        Carrier::Landmark => "https://track.landmarkglobal.com/?search={}",
        Carrier::CanadaPost => "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={}",
        Carrier::Purolator => "https://www.purolator.com/en/shipping/tracker?pin={}",
        Carrier::Canpar => "https://www.canpar.com/en/tracking/delivery.htm?barcode={}",
        Carrier::RoyalMail => "https://www.royalmail.com/track-your-item#/tracking-results/{}",
        Carrier::Parcelforce => "https://www.parcelforce.com/track-trace?trackNumber={}",
        Carrier::Evri => "https://www.evri.com/track/parcel/{}/details",
        Carrier::Tnt => "https://www.tnt.com/express/en_gc/site/shipping-tools/tracking.html?searchType=con&cons={}",
        Carrier::Yodel => "https://www.yodel.co.uk/tracking/{}",
        Carrier::Dpd => "https://tracking.dpd.de/status/en_US/parcel/{}",
        Carrier::Hermes => "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{}",
        Carrier::Gls => "https://gls-group.com/track/{}",
        Carrier::Postnl => "https://jouw.postnl.nl/track-and-trace/{}",
        Carrier::LaPoste => "https://www.laposte.fr/outils/suivre-vos-envois?code={}",
        Carrier::Colissimo => "https://www.laposte.fr/outils/suivre-vos-envois?code={}",
        Carrier::Chronopost => "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={}",
        Carrier::MondialRelay => "https://www.mondialrelay.fr/suivi-de-colis/?numeroExpedition={}",
        Carrier::Correos => "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={}",
        Carrier::PosteItaliane => "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{}",
        Carrier::Sda => "https://www.sda.it/wps/portal/Servizi_online/dettaglio-spedizione?locale=it&tracing.letteraVettura={}",
        Carrier::Brt => "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz={}",
        Carrier::Inpost => "https://inpost.pl/sledzenie-przesylek?number={}",
        Carrier::Cdek => "https://www.cdek.ru/ru/tracking?order_id={}",
        Carrier::NovaPoshta => "https://novaposhta.ua/tracking/?cargo_number={}",
        Carrier::Packeta => "https://tracking.packeta.com/en/?id={}",
        Carrier::Postnord => "https://tracking.postnord.com/en/?id={}",
        Carrier::AustraliaPost => "https://auspost.com.au/mypost/track/details/{}",
        Carrier::ChinaPost => "https://www.ems.com.cn/qps/yjcx?mailNum={}",
        Carrier::Cainiao => "https://global.cainiao.com/newDetail.htm?mailNoList={}",
        Carrier::Yunexpress => "https://www.yuntrack.com/parcelTracking?id={}",
        Carrier::FourPx => "https://track.4px.com/#/result/0/{}",
        Carrier::Yanwen => "https://track.yw56.com.cn/en/querydel?nums={}",
        Carrier::SfExpress => "https://www.sf-express.com/us/en/dynamic_function/waybill/#search/bill-number/{}",
        Carrier::JtExpress => "https://www.jtexpress.com/trajectoryQuery?waybillNo={}",
        Carrier::NzCouriers => "https://www.nzcouriers.co.nz/track/{}",
        Carrier::JapanPost => "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={}&locale=en",
        Carrier::Yamato => "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01={}",
        Carrier::Sagawa => "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={}",
        Carrier::BlueDart => "https://www.bluedart.com/web/guest/trackdartresult?trackFor=0&trackNo={}",
        Carrier::Delhivery => "https://www.delhivery.com/track/package/{}",
        Carrier::Aramex => "https://www.aramex.com/track/results?ShipmentNumber={}",
        Carrier::IsraelPost => "https://mypost.israelpost.co.il/itemtrace?itemcode={}",
        Carrier::Estafeta => "https://www.estafeta.com/Herramientas/Rastreo?wayBills={}",
        Carrier::AustrianPost => "https://www.post.at/s/sendungsdetails?snr={}",
        Carrier::Bpost => "https://track.bpost.cloud/btr/web/#/search?itemCode={}&lang=en",
        Carrier::SwissPost => "https://service.post.ch/ekp-web/ui/entry/shipping/1?formattedParcelCodes={}",
        Carrier::CzechPost => "https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers={}",
        Carrier::Omniva => "https://www.omniva.ee/private/track-and-trace?barcode={}",
        Carrier::Posti => "https://www.posti.fi/en/tracking#/lahetys/{}",
        Carrier::HrvatskaPosta => "https://posiljka.posta.hr/en/tracking/trackingdata?barcode={}",
        Carrier::MagyarPosta => "https://posta.hu/nyomkovetes/nyitooldal?searchvalue={}",
        Carrier::AnPost => "https://www.anpost.com/Post-Parcels/Track/History?item={}",
        Carrier::KoreaPost => "https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE={}",
        Carrier::PostenNorge => "https://sporing.posten.no/sporing/{}",
        Carrier::NzPost => "https://www.nzpost.co.nz/tools/tracking/item/{}",
        Carrier::PocztaPolska => "https://emonitoring.poczta-polska.pl/?numer={}",
        Carrier::Ctt => "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects={}",
        Carrier::RussianPost => "https://www.pochta.ru/tracking#{}",
        Carrier::SlovenskaPosta => "https://tandt.posta.sk/en/items/{}",
        Carrier::ThailandPost => "https://track.thailandpost.co.th/?trackNumber={}",
        Carrier::Ptt => "https://gonderitakip.ptt.gov.tr/Track/Verify?q={}",
        Carrier::Ukrposhta => "https://track.ukrposhta.ua/tracking_UA.html?barcode={}",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_https_with_one_placeholder() {
        for c in Carrier::ALL {
            if let Some(t) = template(*c) {
                assert!(t.starts_with("https://"), "{c:?}");
                assert_eq!(t.matches("{}").count(), 1, "{c:?}");
            }
        }
    }
}
