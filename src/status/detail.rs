//! The open second layer: why, or what exactly.

use crate::serde_str::serde_str;
use core::fmt;

#[cfg(feature = "alloc")]
use alloc::string::String;

use super::Status;

id_enum! {
    /// Why a parcel is late.
    ///
    /// ```
    /// use tracking_number::status::{DelayCause, Detail};
    /// assert_eq!(Detail::Delayed(DelayCause::Weather).as_str(), "delayed_weather");
    /// ```
    #[non_exhaustive]
    pub enum DelayCause: "delay cause", "tracking_number::status::DelayCause", example Weather {
        /// Weather.
        Weather = ("weather", "weather"),
        /// Customs.
        Customs = ("customs", "customs"),
        /// The carrier's own operations.
        Carrier = ("carrier", "carrier"),
        /// Force majeure (strikes, disasters).
        ForceMajeure = ("force_majeure", "force majeure"),
        /// Peak volume.
        Volume = ("volume", "volume"),
        /// Unspecified.
        Other = ("other", "other"),
    }
}

id_enum! {
    /// Who must act for an [`Status::Exception`] to clear.
    ///
    /// ```
    /// use tracking_number::status::ActionParty;
    /// assert_eq!(ActionParty::Recipient.as_str(), "recipient");
    /// ```
    #[non_exhaustive]
    pub enum ActionParty: "action party", "tracking_number::status::ActionParty", example Recipient {
        /// The shipper or merchant.
        Shipper = ("shipper", "shipper"),
        /// The recipient.
        Recipient = ("recipient", "recipient"),
        /// The carrier.
        Carrier = ("carrier", "carrier"),
        /// A customs authority.
        Customs = ("customs", "customs"),
    }
}

macro_rules! details {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal => $parent:expr, )*) => {
        /// The reason or sub-status beside a [`Status`]: open and `#[non_exhaustive]`.
        ///
        /// Ids are stable snake_case strings (`"arrived_at_facility"`,
        /// `"delayed_weather"`). With `alloc`, an unknown id becomes [`Detail::Other`]
        /// instead of an error, so new carrier reasons never break parsing.
        ///
        /// ```
        /// use tracking_number::status::{Detail, Status};
        ///
        /// let d = Detail::from_id("left_with_neighbour").unwrap();
        /// assert_eq!(d, Detail::LeftWithNeighbour);
        /// assert_eq!(d.natural_status(), Some(Status::Delivered));
        /// # #[cfg(feature = "alloc")]
        /// assert_eq!(Detail::parse("tsunami_detour"), Detail::Other("tsunami_detour".into()));
        /// ```
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(not(feature = "alloc"), derive(Copy))]
        #[non_exhaustive]
        pub enum Detail {
            $( $(#[$doc])* $variant, )*
            /// Late but moving (allowed under `InTransit` or `Exception`).
            Delayed(DelayCause),
            /// A reason this crate has no name for (the id as given).
            #[cfg(feature = "alloc")]
            Other(String),
        }

        const NAMED: &[(Detail, &str, Option<Status>)] = &[
            $( (Detail::$variant, $id, $parent), )*
            (Detail::Delayed(DelayCause::Weather), "delayed_weather", None),
            (Detail::Delayed(DelayCause::Customs), "delayed_customs", None),
            (Detail::Delayed(DelayCause::Carrier), "delayed_carrier", None),
            (Detail::Delayed(DelayCause::ForceMajeure), "delayed_force_majeure", None),
            (Detail::Delayed(DelayCause::Volume), "delayed_volume", None),
            (Detail::Delayed(DelayCause::Other), "delayed", None),
        ];
    };
}

use crate::id::id_enum;
use Status as S;

details! {
    /// Label or manifest created.
    LabelCreated = "label_created" => Some(S::InfoReceived),
    /// A pickup is booked.
    PickupScheduled = "pickup_scheduled" => Some(S::InfoReceived),
    /// Waiting for the shipper to drop the parcel off.
    AwaitingDropOff = "awaiting_drop_off" => Some(S::InfoReceived),
    /// The carrier came to collect and could not.
    PickupFailed = "pickup_failed" => Some(S::InfoReceived),
    /// The carrier has no record yet.
    NotYetInSystem = "not_yet_in_system" => Some(S::Unknown),
    /// The carrier says the number is not valid.
    InvalidTrackingNumber = "invalid_tracking_number" => Some(S::Unknown),
    /// Arrived at a sorting facility.
    ArrivedAtFacility = "arrived_at_facility" => Some(S::InTransit),
    /// Departed a facility.
    DepartedFacility = "departed_facility" => Some(S::InTransit),
    /// Received at the origin facility.
    ArrivedAtOriginFacility = "arrived_at_origin_facility" => Some(S::InTransit),
    /// Received at the destination facility.
    ArrivedAtDestinationFacility = "arrived_at_destination_facility" => Some(S::InTransit),
    /// Left the origin country.
    DepartedOriginCountry = "departed_origin_country" => Some(S::InTransit),
    /// Arrived in the destination country.
    ArrivedDestinationCountry = "arrived_destination_country" => Some(S::InTransit),
    /// In customs processing.
    CustomsProcessing = "customs_processing" => Some(S::InTransit),
    /// Released by customs.
    CustomsCleared = "customs_cleared" => Some(S::InTransit),
    /// Handed to a partner carrier.
    HandedToPartnerCarrier = "handed_to_partner_carrier" => Some(S::InTransit),
    /// Forwarded or rerouted.
    Rerouted = "rerouted" => Some(S::InTransit),
    /// The address was corrected.
    AddressCorrected = "address_corrected" => Some(S::InTransit),
    /// Sent to the wrong facility.
    Missorted = "missorted" => Some(S::InTransit),
    /// A delivery appointment is set.
    DeliveryScheduled = "delivery_scheduled" => Some(S::InTransit),
    /// The delivery was moved to another day.
    DeliveryRescheduled = "delivery_rescheduled" => Some(S::InTransit),
    /// A previous exception was resolved.
    ExceptionResolved = "exception_resolved" => Some(S::InTransit),
    /// An informational update.
    StatusUpdate = "status_update" => None,
    /// Nobody was there.
    RecipientUnavailable = "recipient_unavailable" => Some(S::DeliveryAttempted),
    /// The business was closed.
    BusinessClosed = "business_closed" => Some(S::DeliveryAttempted),
    /// The courier could not get access.
    NoAccess = "no_access" => Some(S::DeliveryAttempted),
    /// No safe place to leave it.
    NoSafePlace = "no_safe_place" => Some(S::DeliveryAttempted),
    /// A notice was left.
    NoticeLeft = "notice_left" => Some(S::DeliveryAttempted),
    /// An id or signature is needed.
    IdOrSignatureRequired = "id_or_signature_required" => Some(S::DeliveryAttempted),
    /// Cash on delivery was not paid.
    CodNotPaid = "cod_not_paid" => Some(S::DeliveryAttempted),
    /// The last attempt before return.
    FinalAttempt = "final_attempt" => Some(S::DeliveryAttempted),
    /// Held by the carrier.
    Held = "held" => Some(S::Exception),
    /// Customs needs information.
    CustomsInformationRequired = "customs_information_required" => Some(S::Exception),
    /// Held by customs.
    CustomsHold = "customs_hold" => Some(S::Exception),
    /// Duties or taxes unpaid.
    DutiesUnpaid = "duties_unpaid" => Some(S::Exception),
    /// A payment is due.
    PaymentRequired = "payment_required" => Some(S::Exception),
    /// The address is wrong or incomplete.
    AddressIssue = "address_issue" => Some(S::Exception),
    /// The recipient moved.
    RecipientMoved = "recipient_moved" => Some(S::Exception),
    /// The recipient refused it.
    Refused = "refused" => Some(S::Exception),
    /// Damaged.
    Damaged = "damaged" => Some(S::Exception),
    /// Not collected in time.
    Unclaimed = "unclaimed" => Some(S::Exception),
    /// The carrier rejected it.
    RejectedByCarrier = "rejected_by_carrier" => Some(S::Exception),
    /// Contents not allowed.
    Prohibited = "prohibited" => Some(S::Exception),
    /// Cannot be delivered.
    Undeliverable = "undeliverable" => Some(S::Exception),
    /// Delivered to the wrong place.
    Misdelivered = "misdelivered" => Some(S::Exception),
    /// The recipient says it never arrived.
    ClaimedNotReceived = "claimed_not_received" => Some(S::Exception),
    /// A security issue.
    SecurityIssue = "security_issue" => Some(S::Exception),
    /// Handed to the recipient.
    HandedToRecipient = "handed_to_recipient" => Some(S::Delivered),
    /// Signed for.
    SignedFor = "signed_for" => Some(S::Delivered),
    /// Left at a safe place.
    LeftAtSafePlace = "left_at_safe_place" => Some(S::Delivered),
    /// Left with a neighbour.
    LeftWithNeighbour = "left_with_neighbour" => Some(S::Delivered),
    /// Left at a reception desk.
    LeftAtReception = "left_at_reception" => Some(S::Delivered),
    /// Put in the mailbox.
    InMailbox = "in_mailbox" => Some(S::Delivered),
    /// Collected from a pickup point.
    CollectedFromPickupPoint = "collected_from_pickup_point" => Some(S::Delivered),
    /// Cash on delivery collected.
    CodCollected = "cod_collected" => Some(S::Delivered),
    /// Lost.
    Lost = "lost" => Some(S::Lost),
    /// Destroyed.
    Destroyed = "destroyed" => Some(S::Lost),
    /// Disposed of.
    Disposed = "disposed" => Some(S::Lost),
    /// Seized.
    Seized = "seized" => Some(S::Lost),
    /// The label was voided.
    LabelVoided = "label_voided" => Some(S::Cancelled),
    /// The shipper cancelled.
    CancelledByShipper = "cancelled_by_shipper" => Some(S::Cancelled),
}

impl Detail {
    /// The stable snake_case id (the text itself for [`Detail::Other`]).
    ///
    /// ```
    /// use tracking_number::status::Detail;
    /// assert_eq!(Detail::NoticeLeft.as_str(), "notice_left");
    /// ```
    pub fn as_str(&self) -> &str {
        #[cfg(feature = "alloc")]
        if let Detail::Other(s) = self {
            return s;
        }
        NAMED.iter().find(|(d, _, _)| d == self).map_or("other", |(_, id, _)| id)
    }

    /// Heap bytes held (an unknown id's string).
    #[cfg(feature = "alloc")]
    pub(crate) fn heap_bytes(&self) -> usize {
        match self {
            Detail::Other(s) => s.capacity(),
            _ => 0,
        }
    }

    /// A named detail from its id, without allocating; `None` for ids this crate does not
    /// know.
    ///
    /// ```
    /// use tracking_number::status::{DelayCause, Detail};
    /// assert_eq!(Detail::from_id("delayed_customs"), Some(Detail::Delayed(DelayCause::Customs)));
    /// assert_eq!(Detail::from_id("nope"), None);
    /// ```
    #[allow(clippy::clone_on_copy)] // `Detail` is `Copy` only without `alloc`
    pub fn from_id(id: &str) -> Option<Detail> {
        NAMED.iter().find(|(_, i, _)| *i == id).map(|(d, _, _)| d.clone())
    }

    /// A detail from its id; unknown ids become [`Detail::Other`] (empty input too).
    ///
    /// ```
    /// use tracking_number::status::Detail;
    /// assert_eq!(Detail::parse("refused"), Detail::Refused);
    /// assert_eq!(Detail::parse("Refused"), Detail::Other("Refused".into()));
    /// ```
    #[cfg(feature = "alloc")]
    pub fn parse(id: &str) -> Detail {
        Detail::from_id(id).unwrap_or_else(|| Detail::Other(String::from(id)))
    }

    /// The status this detail normally sits under (`None` for delays, `StatusUpdate` and
    /// `Other`, which can sit under several).
    ///
    /// ```
    /// use tracking_number::status::{Detail, Status};
    /// assert_eq!(Detail::CustomsCleared.natural_status(), Some(Status::InTransit));
    /// ```
    pub fn natural_status(&self) -> Option<Status> {
        NAMED.iter().find(|(d, _, _)| d == self).and_then(|(_, _, s)| *s)
    }

    /// `true` for [`Detail::Delayed`].
    ///
    /// ```
    /// use tracking_number::status::{DelayCause, Detail};
    /// assert!(Detail::Delayed(DelayCause::Volume).is_delay());
    /// assert!(!Detail::Held.is_delay());
    /// ```
    pub fn is_delay(&self) -> bool {
        matches!(self, Detail::Delayed(_))
    }

    /// Every named detail (not `Other`), with its id.
    #[cfg(test)]
    pub(crate) fn named() -> impl Iterator<Item = (&'static Detail, &'static str)> {
        NAMED.iter().map(|(d, id, _)| (d, *id))
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "alloc")]
impl core::str::FromStr for Detail {
    type Err = core::convert::Infallible;

    /// Never fails: unknown ids become [`Detail::Other`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Detail::parse(s))
    }
}

serde_str!(
    Detail,
    "a detail id",
    as_str,
    with(|v| {
        #[cfg(feature = "alloc")]
        return Ok::<_, crate::serde_str::Invalid>(Detail::parse(v));
        #[cfg(not(feature = "alloc"))]
        return Detail::from_id(v).ok_or(crate::serde_str::Invalid);
    })
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip() {
        for (i, (d, id)) in Detail::named().enumerate() {
            assert_eq!(Detail::from_id(id).as_ref(), Some(d));
            assert_eq!(d.as_str(), id);
            assert!(Detail::named().skip(i + 1).all(|(_, other)| other != id), "{id}");
            assert!(id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
        }
    }

    #[test]
    fn delay_has_no_parent() {
        assert_eq!(Detail::Delayed(DelayCause::Other).natural_status(), None);
        assert_eq!(Detail::Held.natural_status(), Some(Status::Exception));
    }
}
