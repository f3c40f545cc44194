//! Tracking events: what happened to a parcel, when, and what the event carries (its raw
//! carrier code, location, ETA, proof of delivery).

use alloc::boxed::Box;
use alloc::string::String;
use core::cmp::Ordering;
use core::fmt;

use super::{ActionParty, Detail, EventFacts, EventFlags, MappingQuality, Status, Timestamp};

use super::eta::EtaObservation;
use super::location::Location;
use super::pod::{max_fields, ProofOfDelivery};

/// The carrier's own code, always kept beside the mapped status.
///
/// ```
/// use tracking_number::status::RawStatus;
/// let raw = RawStatus::new("Exception").with_sub_code("Exception_010");
/// assert_eq!(raw.code(), "Exception");
/// assert_eq!(raw.sub_code(), Some("Exception_010"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct RawStatus {
    code: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    sub_code: Option<String>,
}

impl RawStatus {
    /// A raw code (status, tag, status type or event code).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(RawStatus::new("DL").code(), "DL");
    /// ```
    pub fn new(code: impl Into<String>) -> Self {
        RawStatus { code: code.into(), sub_code: None }
    }

    /// With a sub code (sub-status, subtag, activity code).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(RawStatus::new("X").with_sub_code("KB").sub_code(), Some("KB"));
    /// ```
    pub fn with_sub_code(mut self, sub_code: impl Into<String>) -> Self {
        self.sub_code = Some(sub_code.into());
        self
    }

    /// The code.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(RawStatus::new("OD").code(), "OD");
    /// ```
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The sub code.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(RawStatus::new("OD").sub_code(), None);
    /// ```
    pub fn sub_code(&self) -> Option<&str> {
        self.sub_code.as_deref()
    }
}

/// What went wrong when building a [`TrackingEvent`].
///
/// ```
/// use tracking_number::status::{EventErrorKind, ProofOfDelivery, Status, Timestamp, TrackingEvent};
/// let err = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit)
///     .with_pod(ProofOfDelivery::new())
///     .unwrap_err();
/// assert_eq!(err.kind(), EventErrorKind::PodOnNonDelivery { status: Some(Status::InTransit) });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum EventErrorKind {
    /// A proof of delivery was attached to an event that is not `Delivered` or
    /// `ReturnedToSender`.
    PodOnNonDelivery {
        /// The event's status (`None` for informational events).
        status: Option<Status>,
    },
    /// A stored event (serde) with neither a status nor a raw carrier code: nothing says what
    /// happened.
    NoStatusOrCode,
}

/// The error returned when an event would hold contradictory data.
///
/// ```
/// use tracking_number::status::{ProofOfDelivery, Timestamp, TrackingEvent};
/// let err = TrackingEvent::informational(Timestamp::from_unix_ms(0), "ZZ")
///     .with_pod(ProofOfDelivery::new())
///     .unwrap_err();
/// assert_eq!(err.to_string(), "proof of delivery on a non-delivery event (status none)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", EventMessage(self.kind))]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EventError {
    kind: EventErrorKind,
}

struct EventMessage(EventErrorKind);

impl fmt::Display for EventMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            EventErrorKind::PodOnNonDelivery { status } => write!(
                f,
                "proof of delivery on a non-delivery event (status {})",
                status.map_or("none", Status::as_str)
            ),
            EventErrorKind::NoStatusOrCode => {
                f.write_str("an event needs a status or a raw carrier code")
            }
        }
    }
}

impl EventError {
    /// What went wrong.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let err = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Lost)
    ///     .with_pod(ProofOfDelivery::new()).unwrap_err();
    /// assert_eq!(err.kind(), EventErrorKind::PodOnNonDelivery { status: Some(Status::Lost) });
    /// ```
    pub const fn kind(&self) -> EventErrorKind {
        self.kind
    }
}

/// One thing that happened to a shipment, as reported by a carrier or aggregator.
///
/// Build with [`TrackingEvent::new`] (a mapped status) or
/// [`TrackingEvent::informational`] (no status, only a raw code), then the `with_*`
/// methods. Mappers build events too ([`StatusMapper::event`](crate::status::StatusMapper::event)).
/// `Debug` redacts coordinates and proof-of-delivery names.
///
/// ```
/// use tracking_number::status::{Detail, Location, Status, Timestamp, TrackingEvent};
///
/// let mut place = Location::new();
/// place.city = Some("Köln".into());
/// place.country = Some("DE".into());
/// let ev = TrackingEvent::new("2026-11-19T06:40:00+01:00".parse()?, Status::InTransit)
///     .with_detail(Detail::ArrivedAtFacility)
///     .with_raw_code("AR")
///     .with_location(place)
///     .with_description("Arrived at FedEx location");
/// assert_eq!(ev.status(), Some(Status::InTransit));
/// assert_eq!(ev.raw().map(|r| r.code()), Some("AR"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "EventRepr"))]
pub struct TrackingEvent {
    occurred_at: Timestamp,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    status: Option<Status>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    detail: Option<Detail>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    action_required: Option<ActionParty>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    raw: Option<RawStatus>,
    #[cfg_attr(feature = "serde", serde(default))]
    quality: MappingQuality,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    id: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    source_seq: Option<u64>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    piece: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    location: Option<Box<Location>>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    description: Option<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    flags: EventFlags,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    attempt: Option<u8>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    eta: Option<Box<EtaObservation>>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pod: Option<Box<ProofOfDelivery>>,
}

/// The serialised form of a [`TrackingEvent`], checked on the way in (a proof of delivery
/// on a non-delivery event is rejected, as by [`TrackingEvent::with_pod`]).
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EventRepr {
    occurred_at: Timestamp,
    status: Option<Status>,
    detail: Option<Detail>,
    action_required: Option<ActionParty>,
    raw: Option<RawStatus>,
    #[serde(default)]
    quality: MappingQuality,
    id: Option<String>,
    source_seq: Option<u64>,
    piece: Option<String>,
    location: Option<Box<Location>>,
    description: Option<String>,
    #[serde(default)]
    flags: EventFlags,
    attempt: Option<u8>,
    eta: Option<Box<EtaObservation>>,
    pod: Option<Box<ProofOfDelivery>>,
}

#[cfg(feature = "serde")]
impl TryFrom<EventRepr> for TrackingEvent {
    type Error = EventError;

    fn try_from(r: EventRepr) -> Result<Self, EventError> {
        if r.status.is_none() && r.raw.is_none() {
            return Err(EventError { kind: EventErrorKind::NoStatusOrCode });
        }
        let event = TrackingEvent {
            occurred_at: r.occurred_at,
            status: r.status,
            detail: r.detail,
            action_required: r.action_required,
            raw: r.raw,
            quality: r.quality,
            id: r.id,
            source_seq: r.source_seq,
            piece: r.piece,
            location: r.location,
            description: r.description,
            flags: r.flags,
            attempt: r.attempt,
            eta: r.eta,
            pod: None,
        };
        match r.pod {
            Some(pod) => event.with_pod(*pod),
            None => Ok(event),
        }
    }
}

impl TrackingEvent {
    /// An event with a status in our vocabulary.
    ///
    /// ```
    /// use tracking_number::status::{Status, Timestamp, TrackingEvent};
    /// let ev = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered);
    /// assert_eq!(ev.occurred_at(), Timestamp::from_unix_ms(0));
    /// ```
    pub fn new(occurred_at: Timestamp, status: Status) -> Self {
        TrackingEvent {
            occurred_at,
            status: Some(status),
            detail: None,
            action_required: None,
            raw: None,
            quality: MappingQuality::Exact,
            id: None,
            source_seq: None,
            piece: None,
            location: None,
            description: None,
            flags: EventFlags::NONE,
            attempt: None,
            eta: None,
            pod: None,
        }
    }

    /// An event without a status: an unmapped or purely informational carrier code. It is
    /// kept in history and never changes the status.
    ///
    /// ```
    /// use tracking_number::status::{MappingQuality, Timestamp, TrackingEvent};
    /// let ev = TrackingEvent::informational(Timestamp::from_unix_ms(0), "SMS_FAILED");
    /// assert_eq!(ev.status(), None);
    /// assert_eq!(ev.quality(), MappingQuality::Unmapped);
    /// ```
    pub fn informational(occurred_at: Timestamp, raw_code: impl Into<String>) -> Self {
        let mut ev = TrackingEvent::new(occurred_at, Status::Unknown);
        ev.status = None;
        ev.quality = MappingQuality::Unmapped;
        ev.raw = Some(RawStatus::new(raw_code));
        ev
    }

    /// Builds an event from a mapper's result (status may be `None`).
    pub(crate) fn from_parts(
        occurred_at: Timestamp,
        status: Option<Status>,
        quality: MappingQuality,
        raw: RawStatus,
    ) -> Self {
        let mut ev = TrackingEvent::new(occurred_at, Status::Unknown);
        ev.status = status;
        ev.quality = quality;
        ev.raw = Some(raw);
        ev
    }

    /// With a detail.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_detail(Detail::Held).detail(), Some(&Detail::Held));
    /// ```
    pub fn with_detail(mut self, detail: Detail) -> Self {
        self.detail = Some(detail);
        self
    }

    /// With the party who must act.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_action_required(ActionParty::Customs).action_required(), Some(ActionParty::Customs));
    /// ```
    pub fn with_action_required(mut self, party: ActionParty) -> Self {
        self.action_required = Some(party);
        self
    }

    /// With the carrier's raw code (replaces any raw status).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_raw_code("IT").raw().map(RawStatus::code), Some("IT"));
    /// ```
    pub fn with_raw_code(mut self, code: impl Into<String>) -> Self {
        self.raw = Some(RawStatus::new(code));
        self
    }

    /// With the carrier's raw status (code and sub code).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_raw(RawStatus::new("I").with_sub_code("AR")).raw().and_then(RawStatus::sub_code), Some("AR"));
    /// ```
    pub fn with_raw(mut self, raw: RawStatus) -> Self {
        self.raw = Some(raw);
        self
    }

    /// With how the status was obtained.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_quality(MappingQuality::Table).quality(), MappingQuality::Table);
    /// ```
    pub fn with_quality(mut self, quality: MappingQuality) -> Self {
        self.quality = quality;
        self
    }

    /// With the source's own event id (used as the identity key, see the module docs).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_id("evt_7").id(), Some("evt_7"));
    /// ```
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// With the source's ordering hint (a tie-break after time and rank).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_source_seq(3).source_seq(), Some(3));
    /// ```
    pub fn with_source_seq(mut self, seq: u64) -> Self {
        self.source_seq = Some(seq);
        self
    }

    /// With the piece (package) this event is about; `None` means the whole shipment.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_piece("2/3").piece(), Some("2/3"));
    /// ```
    pub fn with_piece(mut self, piece: impl Into<String>) -> Self {
        self.piece = Some(piece.into());
        self
    }

    /// With a location.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut oslo = Location::new();
    /// oslo.city = Some("Oslo".into());
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_location(oslo.clone()).location(), Some(&oslo));
    /// ```
    pub fn with_location(mut self, location: Location) -> Self {
        self.location = Some(Box::new(location));
        self
    }

    /// With the carrier's description text (never used to identify the event).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_description("Departed").description(), Some("Departed"));
    /// ```
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// With flags (replaces the current ones).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut flags = EventFlags::NONE;
    /// flags.redirect = true;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.with_flags(flags).flags().redirect);
    /// ```
    pub fn with_flags(mut self, flags: EventFlags) -> Self {
        self.flags = flags;
        self
    }

    /// Flags the event as a correction (it may leave `Delivered`/`ReturnedToSender`).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.correction().flags().correction, true);
    /// ```
    pub fn correction(mut self) -> Self {
        self.flags.correction = true;
        self
    }

    /// Flags the event as part of a return leg.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.return_leg().effective_status(), Some(Status::ReturningToSender));
    /// ```
    pub fn return_leg(mut self) -> Self {
        self.flags.return_leg = true;
        self
    }

    /// With the attempt ordinal the carrier stated.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_attempt(2).attempt(), Some(2));
    /// ```
    pub fn with_attempt(mut self, attempt: u8) -> Self {
        self.attempt = Some(attempt);
        self
    }

    /// With an ETA stated by this event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!(TrackingEvent::new(t(0), Status::InTransit).with_eta(eta).eta(), Some(&eta));
    /// ```
    pub fn with_eta(mut self, eta: EtaObservation) -> Self {
        self.eta = Some(Box::new(eta));
        self
    }

    /// With a proof of delivery; its `delivered_at` defaults to the event time.
    ///
    /// # Errors
    ///
    /// [`EventErrorKind::PodOnNonDelivery`] when the event's status is not `Delivered` or
    /// `ReturnedToSender` (for example an `InTransit` event, a `DeliveryAttempted` event
    /// with signature data, or an informational event).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut pod = ProofOfDelivery::new();
    /// pod.place = Some("mailroom".into());
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_pod(pod)?;
    /// assert_eq!(e.pod().and_then(|p| p.place.as_deref()), Some("mailroom"));
    /// # Ok::<(), EventError>(())
    /// ```
    pub fn with_pod(mut self, mut pod: ProofOfDelivery) -> Result<Self, EventError> {
        match self.status {
            Some(Status::Delivered | Status::ReturnedToSender) => {
                if pod.delivered_at.is_none() {
                    pod.delivered_at = Some(self.occurred_at);
                }
                self.pod = Some(Box::new(pod));
                Ok(self)
            }
            status => Err(EventError { kind: EventErrorKind::PodOnNonDelivery { status } }),
        }
    }

    /// When it happened.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.occurred_at().unix_ms(), 0);
    /// ```
    pub fn occurred_at(&self) -> Timestamp {
        self.occurred_at
    }

    /// The status as given (`None` for informational events).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(TrackingEvent::informational(Timestamp::from_unix_ms(0), "X").status(), None);
    /// ```
    pub fn status(&self) -> Option<Status> {
        self.status
    }

    /// The status the machine uses: on a return leg, `Delivered` reads as
    /// `ReturnedToSender` and outbound movement as `ReturningToSender`; a logical
    /// (non-physical) `PickedUp` reads as `InfoReceived`.
    ///
    /// ```
    /// use tracking_number::status::{Status, Timestamp, TrackingEvent};
    /// let ev = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).return_leg();
    /// assert_eq!(ev.effective_status(), Some(Status::ReturnedToSender));
    /// ```
    pub fn effective_status(&self) -> Option<Status> {
        let s = self.status?;
        Some(match s {
            Status::Delivered if self.flags.return_leg => Status::ReturnedToSender,
            Status::PickedUp
            | Status::InTransit
            | Status::OutForDelivery
            | Status::AvailableForPickup
            | Status::DeliveryAttempted
                if self.flags.return_leg =>
            {
                Status::ReturningToSender
            }
            Status::PickedUp if self.flags.physical_scan == Some(false) => Status::InfoReceived,
            s => s,
        })
    }

    /// The detail.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.detail().is_none());
    /// ```
    pub fn detail(&self) -> Option<&Detail> {
        self.detail.as_ref()
    }

    /// Who must act.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.action_required().is_none());
    /// ```
    pub fn action_required(&self) -> Option<ActionParty> {
        self.action_required
    }

    /// The carrier's raw status.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.raw().is_none());
    /// ```
    pub fn raw(&self) -> Option<&RawStatus> {
        self.raw.as_ref()
    }

    /// How the status was obtained.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.quality(), MappingQuality::Exact);
    /// ```
    pub fn quality(&self) -> MappingQuality {
        self.quality
    }

    /// The source's event id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.id().is_none());
    /// ```
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The source's ordering hint.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.source_seq().is_none());
    /// ```
    pub fn source_seq(&self) -> Option<u64> {
        self.source_seq
    }

    /// The piece.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.piece().is_none());
    /// ```
    pub fn piece(&self) -> Option<&str> {
        self.piece.as_deref()
    }

    /// The location.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.location().is_none());
    /// ```
    pub fn location(&self) -> Option<&Location> {
        self.location.as_deref()
    }

    /// The description text.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.description().is_none());
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The flags.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.flags(), EventFlags::NONE);
    /// ```
    pub fn flags(&self) -> EventFlags {
        self.flags
    }

    /// The attempt ordinal.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.attempt().is_none());
    /// ```
    pub fn attempt(&self) -> Option<u8> {
        self.attempt
    }

    /// The ETA stated with this event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.eta().is_none());
    /// ```
    pub fn eta(&self) -> Option<&EtaObservation> {
        self.eta.as_deref()
    }

    /// The proof of delivery.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert!(e.pod().is_none());
    /// ```
    pub fn pod(&self) -> Option<&ProofOfDelivery> {
        self.pod.as_deref()
    }

    /// What the transition policy sees.
    ///
    /// ```
    /// use tracking_number::status::{Status, Timestamp, TrackingEvent};
    /// let ev = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit).return_leg();
    /// assert_eq!(ev.facts().status, Some(Status::ReturningToSender));
    /// ```
    pub fn facts(&self) -> EventFacts {
        let mut facts = EventFacts::new(self.effective_status(), self.occurred_at);
        facts.flags = self.flags;
        facts.quality = self.quality;
        facts
    }

    /// `true` when `self` and `other` are copies of the same event (see the module docs).
    ///
    /// ```
    /// use tracking_number::status::{Status, Timestamp, TrackingEvent};
    /// let a = TrackingEvent::new(Timestamp::from_unix_ms(1_000), Status::InTransit).with_description("Arrived");
    /// let b = TrackingEvent::new(Timestamp::from_unix_ms(1_999), Status::InTransit).with_description("Angekommen");
    /// assert!(a.same_event(&b));
    /// ```
    pub fn same_event(&self, other: &TrackingEvent) -> bool {
        self.piece == other.piece
            && self.second() == other.second()
            && match (&self.id, &other.id) {
                (Some(a), Some(b)) => a == b,
                (None, None) => self.identity() == other.identity(),
                _ => false,
            }
    }

    /// The UTC second the event happened in.
    pub(crate) fn second(&self) -> i64 {
        self.occurred_at.unix_ms().div_euclid(1_000)
    }

    /// The identity of an event without a source id. It holds the status as given plus
    /// the two flags that change the effective status, so merging two copies (which keeps
    /// these parts equal) can never change which copies are the same event.
    #[allow(clippy::type_complexity)]
    fn identity(
        &self,
    ) -> (
        Option<Status>,
        bool,
        bool,
        Option<&RawStatus>,
        Option<(Option<&str>, Option<&str>, Option<&str>, Option<&str>)>,
    ) {
        (
            self.status,
            self.flags.return_leg,
            self.flags.physical_scan == Some(false),
            self.raw.as_ref(),
            self.location.as_deref().map(Location::key),
        )
    }

    /// The timeline order: time, then rank (lower first), source sequence, identity, then
    /// everything else so that the order is total.
    pub(crate) fn timeline_cmp(&self, other: &TrackingEvent) -> Ordering {
        let rank = |e: &TrackingEvent| e.effective_status().and_then(Status::rank).unwrap_or(0);
        self.occurred_at
            .unix_ms()
            .cmp(&other.occurred_at.unix_ms())
            .then_with(|| rank(self).cmp(&rank(other)))
            .then_with(|| self.source_seq.cmp(&other.source_seq))
            .then_with(|| self.id.cmp(&other.id))
            .then_with(|| self.identity().cmp(&other.identity()))
            .then_with(|| self.cmp(other))
    }

    /// Approximate heap bytes the event owns (its strings and boxed parts), for the memory
    /// figures.
    pub(crate) fn heap_bytes(&self) -> usize {
        use core::mem::size_of;
        let text = |s: &Option<String>| s.as_ref().map_or(0, String::capacity);
        let raw = self.raw.as_ref().map_or(0, |r| r.code.capacity() + text(&r.sub_code));
        let location = self.location.as_ref().map_or(0, |l| {
            size_of::<Location>()
                + [&l.facility, &l.city, &l.region, &l.postal_code, &l.country]
                    .into_iter()
                    .map(text)
                    .sum::<usize>()
        });
        let pod = self.pod.as_ref().map_or(0, |p| {
            size_of::<ProofOfDelivery>()
                + [&p.signed_by, &p.received_by, &p.place, &p.signature]
                    .into_iter()
                    .map(text)
                    .sum::<usize>()
                + p.photos.capacity() * size_of::<String>()
                + p.photos.iter().map(String::capacity).sum::<usize>()
        });
        let eta = self.eta.as_ref().map_or(0, |_| size_of::<EtaObservation>());
        raw + text(&self.id)
            + text(&self.piece)
            + text(&self.description)
            + location
            + pod
            + eta
            + self.detail.as_ref().map_or(0, Detail::heap_bytes)
    }

    /// Merges a copy of the same event: a present value beats an absent one, the greater
    /// of two present values wins, flags are united, proofs merged. Commutative.
    pub(crate) fn merge(&mut self, other: &TrackingEvent) {
        max_fields!(self, other: occurred_at, status, detail, action_required, raw, quality, id);
        max_fields!(self, other: source_seq, piece, location, description, attempt, eta);
        self.flags = self.flags.union(other.flags);
        match (&mut self.pod, &other.pod) {
            (Some(a), Some(b)) => a.merge(b),
            (None, Some(b)) => self.pod = Some(b.clone()),
            _ => {}
        }
    }
}

/// Serialises the events its closure yields as a sequence (what the trackers and shipments
/// write as their `events`).
#[cfg(feature = "serde")]
pub(super) struct EventSeq<F>(pub(super) F);

#[cfg(feature = "serde")]
impl<'a, F, I> serde::Serialize for EventSeq<F>
where
    F: Fn() -> I,
    I: Iterator<Item = &'a TrackingEvent>,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::status::GeoPoint;
    use std::string::ToString;

    fn t(ms: i64) -> Timestamp {
        Timestamp::from_unix_ms(ms)
    }

    #[test]
    fn pod_only_on_delivery() {
        let ok =
            TrackingEvent::new(t(5), Status::ReturnedToSender).with_pod(ProofOfDelivery::new());
        assert_eq!(ok.unwrap().pod().unwrap().delivered_at, Some(t(5)));
        let err = TrackingEvent::new(t(5), Status::DeliveryAttempted)
            .with_pod(ProofOfDelivery::new())
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "proof of delivery on a non-delivery event (status delivery_attempted)"
        );
    }

    #[test]
    fn debug_redacts_personal_data() {
        let geo = GeoPoint::new(48.1, 11.5);
        let pod = ProofOfDelivery {
            signed_by: Some("Erika Mustermann".into()),
            received_by: Some("Max".into()),
            geo,
            ..ProofOfDelivery::new()
        };
        let ev = TrackingEvent::new(t(0), Status::Delivered)
            .with_location(Location { geo, ..Location::new() })
            .with_pod(pod)
            .unwrap();
        let dbg = alloc::format!("{ev:?}");
        assert!(!dbg.contains("Erika") && !dbg.contains("Max") && !dbg.contains("48.1"), "{dbg}");
        assert!(dbg.contains("<redacted>"));
    }

    #[test]
    fn identity_ignores_description_and_sub_second() {
        let a = TrackingEvent::new(t(10_000), Status::InTransit).with_raw_code("AR");
        let b = a.clone().with_description("x");
        assert!(a.same_event(&b));
        assert!(
            !a.same_event(&TrackingEvent::new(t(11_000), Status::InTransit).with_raw_code("AR"))
        );
        assert!(!a.same_event(&a.clone().with_id("1")));
        assert!(a.clone().with_id("1").same_event(&a.clone().with_id("1").with_raw_code("XX")));
        assert!(!a.same_event(&a.clone().with_piece("p1")));
    }

    #[test]
    fn merge_is_commutative() {
        let a = TrackingEvent::new(t(0), Status::Delivered)
            .with_description("A")
            .with_pod(ProofOfDelivery {
                signed_by: Some("X".into()),
                photos: alloc::vec!["p2".into()],
                ..ProofOfDelivery::new()
            })
            .unwrap();
        let b = TrackingEvent::new(t(0), Status::Delivered)
            .with_source_seq(3)
            .with_pod(ProofOfDelivery {
                photos: alloc::vec!["p1".into()],
                signature: Some("s".into()),
                ..ProofOfDelivery::new()
            })
            .unwrap();
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        assert_eq!(ab.pod().unwrap().photos, ["p1", "p2"]);
    }
}
