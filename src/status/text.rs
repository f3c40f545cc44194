//! Customer-facing English text for statuses and details, overridable.
//!
//! ```
//! use tracking_number::status::text::{describe, English};
//! use tracking_number::status::{Detail, Status};
//!
//! let line = describe(&English, Status::DeliveryAttempted, Some(&Detail::RecipientUnavailable));
//! assert_eq!(line.to_string(), "Delivery attempted: recipient not available");
//! ```

use core::fmt;

use super::{DelayCause, Detail, Status};

/// The default English sentence for a status.
///
/// ```
/// use tracking_number::status::{text::status_text, Status};
/// assert_eq!(status_text(Status::OutForDelivery), "Out for delivery");
/// ```
pub const fn status_text(status: Status) -> &'static str {
    match status {
        Status::Unknown => "No tracking information yet",
        Status::InfoReceived => "Label created, waiting for the carrier",
        Status::PickedUp => "Picked up by the carrier",
        Status::InTransit => "In transit",
        Status::OutForDelivery => "Out for delivery",
        Status::AvailableForPickup => "Ready for pickup",
        Status::DeliveryAttempted => "Delivery attempted",
        Status::Delivered => "Delivered",
        Status::Exception => "Delivery problem",
        Status::ReturningToSender => "Returning to sender",
        Status::ReturnedToSender => "Returned to sender",
        Status::Lost => "Lost by the carrier",
        Status::Cancelled => "Shipment cancelled",
        Status::Expired => "No recent tracking updates",
    }
}

/// The default English phrase for a detail (lower case, to follow a status and a colon);
/// `None` for [`Detail::Other`] and details without a phrase.
///
/// ```
/// use tracking_number::status::{text::detail_text, Detail};
/// assert_eq!(detail_text(&Detail::LeftWithNeighbour), Some("left with a neighbour"));
/// ```
pub fn detail_text(detail: &Detail) -> Option<&'static str> {
    Some(match detail {
        Detail::LabelCreated => "label created",
        Detail::PickupScheduled => "pickup scheduled",
        Detail::AwaitingDropOff => "waiting for drop-off",
        Detail::PickupFailed => "pickup failed",
        Detail::NotYetInSystem => "not yet in the carrier's system",
        Detail::InvalidTrackingNumber => "the carrier does not recognise this number",
        Detail::ArrivedAtFacility => "arrived at a sorting facility",
        Detail::DepartedFacility => "left a sorting facility",
        Detail::ArrivedAtOriginFacility => "received at the origin facility",
        Detail::ArrivedAtDestinationFacility => "arrived at the destination facility",
        Detail::DepartedOriginCountry => "left the origin country",
        Detail::ArrivedDestinationCountry => "arrived in the destination country",
        Detail::CustomsProcessing => "in customs",
        Detail::CustomsCleared => "cleared customs",
        Detail::HandedToPartnerCarrier => "handed to a partner carrier",
        Detail::Rerouted => "rerouted",
        Detail::AddressCorrected => "address corrected",
        Detail::Missorted => "sent to the wrong facility, being redirected",
        Detail::DeliveryScheduled => "delivery scheduled",
        Detail::DeliveryRescheduled => "delivery rescheduled",
        Detail::ExceptionResolved => "problem resolved",
        Detail::StatusUpdate => "status update",
        Detail::RecipientUnavailable => "recipient not available",
        Detail::BusinessClosed => "business closed",
        Detail::NoAccess => "no access to the address",
        Detail::NoSafePlace => "no safe place to leave it",
        Detail::NoticeLeft => "notice left",
        Detail::IdOrSignatureRequired => "id or signature required",
        Detail::CodNotPaid => "cash on delivery not paid",
        Detail::FinalAttempt => "final attempt",
        Detail::Held => "held by the carrier",
        Detail::CustomsInformationRequired => "customs needs more information",
        Detail::CustomsHold => "held by customs",
        Detail::DutiesUnpaid => "duties or taxes due",
        Detail::PaymentRequired => "payment required",
        Detail::AddressIssue => "problem with the address",
        Detail::RecipientMoved => "recipient moved",
        Detail::Refused => "refused by the recipient",
        Detail::Damaged => "damaged",
        Detail::Unclaimed => "not collected in time",
        Detail::RejectedByCarrier => "rejected by the carrier",
        Detail::Prohibited => "contents not allowed",
        Detail::Undeliverable => "cannot be delivered",
        Detail::Misdelivered => "delivered to the wrong address",
        Detail::ClaimedNotReceived => "reported as not received",
        Detail::SecurityIssue => "security check",
        Detail::HandedToRecipient => "handed to the recipient",
        Detail::SignedFor => "signed for",
        Detail::LeftAtSafePlace => "left at a safe place",
        Detail::LeftWithNeighbour => "left with a neighbour",
        Detail::LeftAtReception => "left at reception",
        Detail::InMailbox => "put in the mailbox",
        Detail::CollectedFromPickupPoint => "collected from the pickup point",
        Detail::CodCollected => "cash on delivery collected",
        Detail::Lost => "lost",
        Detail::Destroyed => "destroyed",
        Detail::Disposed => "disposed of",
        Detail::Seized => "seized",
        Detail::LabelVoided => "label voided",
        Detail::CancelledByShipper => "cancelled by the shipper",
        Detail::Delayed(cause) => match cause {
            DelayCause::Weather => "delayed by weather",
            DelayCause::Customs => "delayed in customs",
            DelayCause::Carrier => "delayed by the carrier",
            DelayCause::ForceMajeure => "delayed by events beyond the carrier's control",
            DelayCause::Volume => "delayed by high volume",
            DelayCause::Other => "delayed",
        },
        #[cfg(feature = "alloc")]
        Detail::Other(_) => return None,
    })
}

/// A source of customer-facing text. Override one method to change some wording and keep
/// the rest.
///
/// ```
/// use tracking_number::status::text::{describe, Texts};
/// use tracking_number::status::Status;
///
/// struct Friendly;
/// impl Texts for Friendly {
///     fn status(&self, status: Status) -> &str {
///         match status {
///             Status::OutForDelivery => "Arriving today",
///             s => tracking_number::status::text::status_text(s),
///         }
///     }
/// }
/// assert_eq!(describe(&Friendly, Status::OutForDelivery, None).to_string(), "Arriving today");
/// ```
pub trait Texts {
    /// The sentence for a status.
    fn status(&self, status: Status) -> &str {
        status_text(status)
    }

    /// The phrase for a detail, if any.
    fn detail<'a>(&'a self, detail: &'a Detail) -> Option<&'a str> {
        detail_text(detail)
    }
}

/// The built-in English texts.
///
/// ```
/// use tracking_number::status::text::{English, Texts};
/// use tracking_number::status::Status;
/// assert_eq!(English.status(Status::Delivered), "Delivered");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct English;

impl Texts for English {}

/// A `Display` adapter: `"<status text>"` or `"<status text>: <detail phrase>"`; built by
/// [`describe`], allocates nothing.
///
/// ```
/// use tracking_number::status::text::{describe, English};
/// use tracking_number::status::{DelayCause, Detail, Status};
/// let d = describe(&English, Status::InTransit, Some(&Detail::Delayed(DelayCause::Weather)));
/// assert_eq!(d.to_string(), "In transit: delayed by weather");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Description<'a, T: ?Sized> {
    texts: &'a T,
    status: Status,
    detail: Option<&'a Detail>,
}

/// Describes a status and optional detail with the given texts.
///
/// ```
/// use tracking_number::status::text::{describe, English};
/// use tracking_number::status::Status;
/// assert_eq!(describe(&English, Status::Lost, None).to_string(), "Lost by the carrier");
/// ```
pub fn describe<'a, T: Texts + ?Sized>(
    texts: &'a T,
    status: Status,
    detail: Option<&'a Detail>,
) -> Description<'a, T> {
    Description { texts, status, detail }
}

impl<T: Texts + ?Sized> fmt::Display for Description<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.texts.status(self.status))?;
        if let Some(phrase) = self.detail.and_then(|d| self.texts.detail(d)) {
            write!(f, ": {phrase}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;

    #[test]
    fn every_status_and_named_detail_has_text() {
        for &s in Status::ALL {
            assert!(!status_text(s).is_empty());
        }
        for (d, id) in Detail::named() {
            let t = detail_text(d).unwrap();
            assert!(t.chars().next().is_some_and(char::is_lowercase), "{id}");
        }
    }

    #[test]
    fn other_detail_shows_status_only() {
        #[cfg(feature = "alloc")]
        {
            let d = Detail::Other("X_1".into());
            assert_eq!(
                describe(&English, Status::Exception, Some(&d)).to_string(),
                "Delivery problem"
            );
        }
        assert_eq!(
            describe(&English, Status::Delivered, Some(&Detail::SignedFor)).to_string(),
            "Delivered: signed for"
        );
    }
}
