//! What an event's description says when its code does not: a small, conservative
//! classifier of carrier event descriptions in English, German, French, Dutch, Italian,
//! Spanish, Polish, Portuguese, Swedish, Danish, Norwegian, Japanese and Chinese.
//!
//! It recognises the phrases carriers print for the moments generic codes hide: out for
//! delivery ("loaded onto the delivery vehicle", "in das Zustellfahrzeug geladen"), a failed
//! attempt because nobody was there ("receiver was not available", "Empfänger nicht
//! angetroffen") or with a notice left, ready for pickup, and return to sender. Everything else, delivery
//! included (too many "could not be delivered"), is left to the codes. Vendor payloads use
//! it only for events whose code maps to no status or to a generic one, and mark what it
//! gives [`MappingQuality::Heuristic`](super::MappingQuality::Heuristic).
//!
//! Phrases are matched case-insensitively as substrings of the description; they were
//! written from the wording carriers use on their public tracking pages.
//!
//! ```
//! use tracking_number::status::phrases::classify;
//! use tracking_number::status::{Detail, Status};
//!
//! assert_eq!(classify("Loaded onto the delivery vehicle").map(|c| c.0), Some(Status::OutForDelivery));
//! assert_eq!(classify("Die Sendung wurde in das Zustellfahrzeug geladen.").map(|c| c.0), Some(Status::OutForDelivery));
//! assert_eq!(
//!     classify("THE RECEIVER WAS NOT AVAILABLE AT THE TIME OF THE FIRST DELIVERY ATTEMPT"),
//!     Some((Status::DeliveryAttempted, Some(Detail::RecipientUnavailable)))
//! );
//! assert_eq!(classify("Arrived at facility"), None);
//! ```

use alloc::string::String;

use super::{Detail, Status};

/// Out for delivery.
const OUT_FOR_DELIVERY: &[&str] = &[
    "out for delivery",
    "on vehicle for delivery",
    "onto the delivery vehicle",
    "on the delivery vehicle",
    "on delivery vehicle",
    "with delivery courier",
    "with courier for delivery",
    "in das zustellfahrzeug geladen",
    "im zustellfahrzeug",
    "in zustellung",
    "wird heute zugestellt",
    "in der zustellung",
    "wird im laufe des tages zugestellt",
    "expected to be delivered during the day",
    "on its way to you today",
    "en cours de livraison",
    "en cours de distribution",
    "mis en distribution",
    "bij de bezorger",
    "wordt vandaag bezorgd",
    "in consegna",
    "in distribuzione",
    "en reparto",
    "en ruta de entrega",
    "salió a reparto",
    "wydana do doręczenia",
    "w doręczeniu",
    "przekazano do doręczenia",
    "saiu para entrega",
    "em rota de entrega",
    "em distribuição",
    "ute för leverans",
    "ude til levering",
    "ute for levering",
    "配達中",
    "持出",
    "派送中",
    "正在派件",
    "派件中",
];

/// A failed attempt because nobody was there.
const NOBODY_THERE: &[&str] = &[
    "receiver was not available",
    "recipient was not available",
    "recipient not available",
    "receiver not available",
    "no one available",
    "nobody at home",
    "customer not available",
    "empfänger nicht angetroffen",
    "nicht angetroffen",
    "destinataire était absent",
    "niet thuis",
    "destinataire absent",
    "niemand thuis",
    "geen gehoor",
    "destinatario assente",
    "destinatario ausente",
    "adresat nieobecny",
    "destinatário ausente",
    "mottagaren var inte hemma",
    "modtageren var ikke hjemme",
    "mottaker var ikke hjemme",
    "ご不在",
    "无人签收",
    "收件人不在",
];

/// An attempt, without a reason.
const ATTEMPTED: &[&str] = &[
    "delivery attempted",
    "attempted delivery",
    "delivery attempt",
    "delivery was attempted",
    "tried to deliver",
    "we missed you",
    "zustellversuch",
    "tentative de livraison",
    "bezorgpoging",
    "tentativo di consegna",
    "intento de entrega",
    "próba doręczenia",
    "tentativa de entrega",
    "leveransförsök",
    "leveringsforsøg",
    "leveringsforsøk",
    "配達できません",
    "投递失败",
];

/// A notice was left (an attempt).
const NOTICE_LEFT: &[&str] = &["notice left", "benachrichtigungskarte", "avis de passage"];

/// Ready for pickup.
const PICKUP: &[&str] = &[
    "available for pickup",
    "ready for pickup",
    "ready for collection",
    "ready for pick-up",
    "available for pick-up",
    "available for collection",
    "awaiting collection",
    "ready to be collected",
    "disponible dans votre point",
    "disponible en bureau de poste",
    "ligt klaar",
    "pronto para retirada",
    "abholbereit",
    "zur abholung bereit",
    "disponible en point",
    "disponible au retrait",
    "klaar om op te halen",
    "pronto per il ritiro",
    "disponible para recoger",
    "gotowa do odbioru",
    "disponível para levantamento",
    "kan hämtas",
    "klar til afhentning",
    "klar til henting",
    "待取件",
    "已到达自提",
];

/// Return to sender.
const RETURN: &[&str] = &[
    "return to sender",
    "returned to sender",
    "returning to sender",
    "return to shipper",
    "returned to shipper",
    "returning to shipper",
    "zurückgesandt",
    "zurückgeschickt",
    "an den absender zurück",
    "retourné à l'expéditeur",
    "retour à l'envoyeur",
    "being returned",
    "rücksendung an den absender",
    "retour an absender",
    "retour à l'expéditeur",
    "retour naar afzender",
    "reso al mittente",
    "devuelto al remitente",
    "devolución al remitente",
    "zwrot do nadawcy",
    "devolvido ao remetente",
    "returneras till avsändaren",
    "returneres til afsender",
    "returneres til avsender",
    "退回",
    "退件",
];

/// The status (and detail) a description gives, if it is one of the phrases above.
#[must_use]
pub fn classify(description: &str) -> Option<(Status, Option<Detail>)> {
    let text: String = description.chars().flat_map(char::to_lowercase).collect();
    let has = |list: &[&str]| list.iter().any(|p| text.contains(p));
    if has(RETURN) {
        Some((Status::ReturningToSender, None))
    } else if has(NOBODY_THERE) {
        Some((Status::DeliveryAttempted, Some(Detail::RecipientUnavailable)))
    } else if has(NOTICE_LEFT) {
        Some((Status::DeliveryAttempted, Some(Detail::NoticeLeft)))
    } else if has(ATTEMPTED) {
        Some((Status::DeliveryAttempted, None))
    } else if has(OUT_FOR_DELIVERY) {
        Some((Status::OutForDelivery, None))
    } else if has(PICKUP) {
        Some((Status::AvailableForPickup, None))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_lower_case() {
        for list in [OUT_FOR_DELIVERY, NOBODY_THERE, NOTICE_LEFT, ATTEMPTED, PICKUP, RETURN] {
            for p in list {
                let lower: String = p.chars().flat_map(char::to_lowercase).collect();
                assert_eq!(&lower, p);
            }
        }
    }

    #[test]
    fn every_language() {
        for (text, want) in [
            ("OUT FOR DELIVERY", Status::OutForDelivery),
            ("Sendung in Zustellung", Status::OutForDelivery),
            ("Votre colis est en cours de livraison", Status::OutForDelivery),
            ("Je pakket is bij de bezorger", Status::OutForDelivery),
            ("Spedizione in consegna", Status::OutForDelivery),
            ("Envío en reparto", Status::OutForDelivery),
            ("Przesyłka wydana do doręczenia", Status::OutForDelivery),
            ("Objeto saiu para entrega ao destinatário", Status::OutForDelivery),
            ("Försändelsen är ute för leverans", Status::OutForDelivery),
            ("Pakken er ude til levering", Status::OutForDelivery),
            ("Pakken er ute for levering", Status::OutForDelivery),
            ("配達中", Status::OutForDelivery),
            ("快件派送中", Status::OutForDelivery),
            ("Empfänger nicht angetroffen", Status::DeliveryAttempted),
            ("Ready for pickup at UPS Access Point", Status::AvailableForPickup),
            ("Returned to sender", Status::ReturningToSender),
            ("Die Sendung befindet sich in der Zustellung", Status::OutForDelivery),
            ("The parcel is expected to be delivered during the day.", Status::OutForDelivery),
            ("Le destinataire était absent lors de la livraison", Status::DeliveryAttempted),
            ("Sorry we missed you - we tried to deliver your item", Status::DeliveryAttempted),
            ("Notice Left (No Authorized Recipient Available)", Status::DeliveryAttempted),
            ("The shipment is ready for pick-up at the retail outlet", Status::AvailableForPickup),
            ("Votre colis est disponible dans votre point de retrait", Status::AvailableForPickup),
            ("Die Sendung wurde an den Absender zurückgesandt", Status::ReturningToSender),
            ("Returned to shipper", Status::ReturningToSender),
        ] {
            assert_eq!(classify(text).map(|c| c.0), Some(want), "{text}");
        }
        assert_eq!(
            classify("Notice Left (No Authorized Recipient Available)").and_then(|c| c.1),
            Some(Detail::NoticeLeft)
        );
        for text in [
            "Delivered",
            "Arrived at facility",
            "Departed",
            "",
            "Zugestellt",
            "The shipment could not be delivered",
            "Pick-up scheduled",
            "Shipment picked up",
        ] {
            assert_eq!(classify(text), None, "{text}");
        }
    }
}
