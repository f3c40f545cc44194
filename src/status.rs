//! Shipment status: a small closed [`Status`], an open [`Detail`], and a tracker that folds
//! carrier events into one answer.
//!
//! The model has two layers. [`Status`] (14 values, exhaustive) says where the parcel is in
//! its life; [`Detail`] (open, `#[non_exhaustive]`) says why or what exactly. The carrier's
//! raw code always travels with the event ([`RawStatus`]).
//!
//! The status of a shipment is a *fold over the event set*: events are sorted by when they
//! happened (not by when they arrived) and run through a [`TransitionPolicy`]. Applying the
//! same events in any order gives the same state.
//!
//! ```
//! # #[cfg(feature = "alloc")] {
//! use tracking_number::status::{Status, Timestamp, Tracker, TrackingEvent};
//!
//! let t = |s: &str| s.parse::<Timestamp>().unwrap();
//! let mut tracker = Tracker::new();
//! // the delivered scan arrives first, although out for delivery happened earlier
//! tracker.apply(TrackingEvent::new(t("2026-11-20T14:02:00Z"), Status::Delivered));
//! tracker.apply(TrackingEvent::new(t("2026-11-20T08:15:00Z"), Status::OutForDelivery));
//! assert_eq!(tracker.status(), Status::Delivered);
//! assert!(tracker.milestones().out_for_delivery_at().is_some());
//! # }
//! ```
//!
//! # Design decisions
//!
//! - **`PickedUp` stays a top-level status.** Merchants send "shipped" messages on it. Only a
//!   physical scan may establish it: an event with `PickedUp` and
//!   [`EventFlags::physical_scan`] `== Some(false)` counts as `InfoReceived`. An event whose
//!   physical flag is unknown (`None`) is treated as physical.
//! - **Return leg.** An event flagged [`EventFlags::return_leg`] is read on the return
//!   branch: `Delivered` becomes `ReturnedToSender`, and any other outbound movement
//!   (`PickedUp` … `DeliveryAttempted`) becomes `ReturningToSender`, keeping its detail. See
//!   [`TrackingEvent::effective_status`].
//! - **Jitter window and regression policy.** [`DefaultPolicy`] uses a 2 hour jitter window
//!   (stale events after a hard terminal within it raise no anomaly) and
//!   [`RegressionPolicy::Strict`]. Both are knobs on the policy, not global constants.
//! - **Time.** [`Timestamp`] is our own `Copy` type: Unix milliseconds plus an optional UTC
//!   offset in minutes. There is no time-crate dependency. To convert, use
//!   [`Timestamp::unix_ms`] / [`Timestamp::from_unix_ms`] (every time crate has a
//!   milliseconds constructor); optional `From` impls for `time`, `chrono` or `jiff` can be
//!   added later behind features without changing this API. Date-only carrier events must
//!   be given a time by the caller (we recommend the end of the day).
//! - **Mapping tables** ship in this crate as `static` data ([`mapping`]), separate from the
//!   logic, so a table update is a patch release and never touches the state machine.
//! - **Duplicates.** Two events are the same event when they share the piece and the
//!   `occurred_at` second (UTC) and either both carry the same source event id, or neither
//!   has an id and they agree on status, return-leg flag, logical-scan flag, raw code and
//!   sub code, and location key (facility, else city + postal code + country). An event with
//!   an id and one without are never the same. The description is left out because carriers
//!   re-word it; consequently two id-less events with the same status and no raw code or
//!   location in the same second are one event. Copies are merged field by field with a
//!   commutative rule (a present value beats an absent one; between two present values the
//!   greater wins; flags are united; proofs of delivery merged), so the result does not
//!   depend on arrival order.
//! - **Ordering.** Events are folded by `(occurred_at, rank of the status, source sequence,
//!   identity)`; at the same instant the lower rank goes first, so "delivered" beats "out for
//!   delivery". The time the caller received an event is never used.
//! - **`Expired`** is never stored: [`Tracker::status_at`] computes it from a caller-supplied
//!   `now` and an [`ExpiryPolicy`]. An event carrying `Status::Expired` (a source saying the
//!   tracking expired) is informational.
//! - **`TransitionKind::Duplicate`** does not exist: a duplicate never enters the history, it
//!   is reported by [`ApplyOutcome::Duplicate`].
//! - **Unknown codes** map to an informational event (no status,
//!   [`MappingQuality::Unmapped`]): kept in the history, listed by
//!   [`Tracker::unmapped_codes`], never moving the status. A heuristic mapping can never
//!   leave a hard terminal.
//! - **Detail.** The current detail comes from the latest applied event that had one since
//!   the status was entered; an applied event without a detail keeps the previous one.
//! - **Persistence.** A tracker serialises as its event set (`{"events": [...]}`); loading
//!   re-folds it, so stored state can never disagree with the events.
//!
//! Without the `alloc` feature, [`Status`], [`Terminality`], [`TransitionKind`],
//! [`DefaultPolicy`] (the classifier), [`Detail`] (without `Other`) and [`Timestamp`] are
//! available; events, trackers and mappers need `alloc`.

use crate::id::id_enum;

mod detail;
mod policy;
pub mod text;
mod time;
#[cfg(feature = "serde")]
mod zone;

#[cfg(feature = "alloc")]
mod blocks;
#[cfg(feature = "alloc")]
mod eta;
#[cfg(feature = "alloc")]
mod event;
#[cfg(feature = "alloc")]
mod limits;
#[cfg(feature = "alloc")]
mod location;
#[cfg(feature = "alloc")]
pub mod mapping;
#[cfg(all(feature = "alloc", feature = "serde"))]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod payload;
#[cfg(feature = "alloc")]
pub mod phrases;
#[cfg(feature = "alloc")]
mod pod;
#[cfg(feature = "alloc")]
mod record;
#[cfg(feature = "alloc")]
mod shipment;
#[cfg(feature = "alloc")]
mod timeline;
#[cfg(feature = "alloc")]
mod tracker;

pub use detail::{ActionParty, DelayCause, Detail};
pub use policy::{
    AnomalyKind, DefaultPolicy, EventFacts, EventFlags, ExpiryPolicy, MachineState, MappingQuality,
    RegressionPolicy, TransitionPolicy,
};
pub use time::{ParseTimestampError, Timestamp, TimestampErrorKind};

#[cfg(feature = "alloc")]
pub use eta::{EtaKind, EtaObservation, EtaSource, EtaWindow};
#[cfg(feature = "alloc")]
pub use event::{EventError, EventErrorKind, RawStatus, TrackingEvent};
#[cfg(feature = "alloc")]
pub use limits::{Limit, Limits};
#[cfg(feature = "alloc")]
pub use location::{GeoPoint, Location};
#[cfg(feature = "alloc")]
pub use mapping::{Mapped, StatusMapper};
#[cfg(feature = "alloc")]
pub use pod::{ProofOfDelivery, Recipient};
#[cfg(feature = "alloc")]
pub use shipment::{AggregateStatus, Piece, Shipment};
#[cfg(feature = "alloc")]
pub use tracker::{Anomaly, ApplyOutcome, HistoryEntry, HistoryRecord, Milestones, Tracker};

id_enum! {
    /// Where a parcel is in its life: 14 values, exhaustive and frozen.
    ///
    /// Wire names are snake_case and identical in `Display`, [`FromStr`](core::str::FromStr)
    /// and serde; parsing ignores ASCII case (`"Delivered"`, `"DELIVERED"`). `Expired` is an
    /// overlay computed by [`Tracker::status_at`](crate::status::Tracker), never stored as
    /// state.
    ///
    /// ```
    /// use tracking_number::status::Status;
    ///
    /// let s: Status = "out_for_delivery".parse()?;
    /// assert_eq!(s, Status::OutForDelivery);
    /// assert_eq!(s.to_string(), "out_for_delivery");
    /// assert_eq!("Delivered".parse::<Status>()?, Status::Delivered);
    /// assert_eq!(s.rank(), Some(4));
    /// # Ok::<(), tracking_number::UnknownId>(())
    /// ```
    pub enum Status: "status", "tracking_number::status::Status", example InTransit {
        /// No mapped event yet.
        Unknown = ("unknown", "unknown"),
        /// The carrier knows about the shipment but has no evidence it holds the parcel.
        InfoReceived = ("info_received", "info_received"),
        /// First evidence of physical possession by the carrier.
        PickedUp = ("picked_up", "picked_up"),
        /// Moving normally in the carrier network.
        InTransit = ("in_transit", "in_transit"),
        /// On the vehicle for final delivery today.
        OutForDelivery = ("out_for_delivery", "out_for_delivery"),
        /// Waiting for the recipient at a pickup point, counter, locker or depot.
        AvailableForPickup = ("available_for_pickup", "available_for_pickup"),
        /// A delivery attempt failed; the parcel stays in the delivery flow.
        DeliveryAttempted = ("delivery_attempted", "delivery_attempted"),
        /// Handed over at the destination (hard terminal).
        Delivered = ("delivered", "delivered"),
        /// Progress is blocked or at risk and someone must act or wait.
        Exception = ("exception", "exception"),
        /// A return leg has started.
        ReturningToSender = ("returning_to_sender", "returning_to_sender"),
        /// The return leg is complete (hard terminal).
        ReturnedToSender = ("returned_to_sender", "returned_to_sender"),
        /// The carrier declares it will neither deliver nor return the parcel (soft terminal).
        Lost = ("lost", "lost"),
        /// The shipment or label was voided before the carrier took it (soft terminal).
        Cancelled = ("cancelled", "cancelled"),
        /// Derived overlay: tracking went quiet past the expiry policy.
        Expired = ("expired", "expired"),
    }
}

id_enum! {
    /// How final a [`Status`] is.
    ///
    /// ```
    /// use tracking_number::status::{Status, Terminality};
    ///
    /// assert_eq!(Status::Delivered.terminality(), Terminality::Hard);
    /// assert_eq!(Status::Lost.terminality(), Terminality::Soft);
    /// assert!(!Status::InTransit.terminality().is_terminal());
    /// ```
    #[non_exhaustive]
    pub enum Terminality: "terminality", "tracking_number::status::Terminality", example Hard {
        /// The starting state (`Unknown`).
        Initial = ("initial", "initial"),
        /// Can move on normally.
        NonTerminal = ("non_terminal", "non_terminal"),
        /// A carrier declaration that a later physical scan can reopen (`Lost`, `Cancelled`).
        Soft = ("soft", "soft"),
        /// Moves only with a correction or return-leg signal (`Delivered`, `ReturnedToSender`).
        Hard = ("hard", "hard"),
        /// Computed, never stored (`Expired`).
        Overlay = ("overlay", "overlay"),
    }
}

impl Terminality {
    /// `true` for soft and hard terminal states.
    ///
    /// ```
    /// use tracking_number::status::Terminality;
    /// assert!(Terminality::Soft.is_terminal());
    /// assert!(!Terminality::Overlay.is_terminal());
    /// ```
    pub const fn is_terminal(self) -> bool {
        matches!(self, Terminality::Soft | Terminality::Hard)
    }
}

impl Status {
    /// The progress rank on the outbound (0–5) or return (6–7) branch; `None` for
    /// `Exception` (it floats at the rank of the status before it), `Lost`, `Cancelled` and
    /// `Expired`.
    ///
    /// ```
    /// use tracking_number::status::Status;
    /// assert_eq!(Status::Delivered.rank(), Some(5));
    /// assert_eq!(Status::Exception.rank(), None);
    /// ```
    pub const fn rank(self) -> Option<u8> {
        match self {
            Status::Unknown => Some(0),
            Status::InfoReceived => Some(1),
            Status::PickedUp => Some(2),
            Status::InTransit => Some(3),
            Status::OutForDelivery | Status::AvailableForPickup | Status::DeliveryAttempted => {
                Some(4)
            }
            Status::Delivered => Some(5),
            Status::ReturningToSender => Some(6),
            Status::ReturnedToSender => Some(7),
            Status::Exception | Status::Lost | Status::Cancelled | Status::Expired => None,
        }
    }

    /// How final this status is.
    ///
    /// ```
    /// use tracking_number::status::{Status, Terminality};
    /// assert_eq!(Status::ReturnedToSender.terminality(), Terminality::Hard);
    /// assert_eq!(Status::Expired.terminality(), Terminality::Overlay);
    /// ```
    pub const fn terminality(self) -> Terminality {
        match self {
            Status::Unknown => Terminality::Initial,
            Status::Delivered | Status::ReturnedToSender => Terminality::Hard,
            Status::Lost | Status::Cancelled => Terminality::Soft,
            Status::Expired => Terminality::Overlay,
            Status::InfoReceived
            | Status::PickedUp
            | Status::InTransit
            | Status::OutForDelivery
            | Status::AvailableForPickup
            | Status::DeliveryAttempted
            | Status::Exception
            | Status::ReturningToSender => Terminality::NonTerminal,
        }
    }

    /// Parses a wire name without building an error (ASCII case ignored).
    ///
    /// ```
    /// use tracking_number::status::Status;
    /// assert_eq!(Status::from_id("lost"), Some(Status::Lost));
    /// assert_eq!(Status::from_id("LOST"), Some(Status::Lost));
    /// assert_eq!(Status::from_id("gone"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.iter().copied().find(|s| crate::id::spells(id, s.as_str(), s.name()))
    }
}

id_enum! {
    /// How an event changed (or did not change) the shipment status, as decided by a
    /// [`TransitionPolicy`] for the event at its place in the timeline.
    ///
    /// ```
    /// use tracking_number::status::TransitionKind;
    /// assert!(TransitionKind::Progress.is_applied());
    /// assert!(!TransitionKind::Stale.is_applied());
    /// assert_eq!(TransitionKind::ReturnLeg.as_str(), "return_leg");
    /// ```
    #[non_exhaustive]
    pub enum TransitionKind: "transition kind", "tracking_number::status::TransitionKind", example Progress {
        /// A normal forward move (skips included) or a same-rank lateral move.
        Progress = ("progress", "progress"),
        /// A known, legitimate backward move (back to depot, rerouted, exception resolved).
        Recovery = ("recovery", "recovery"),
        /// Leaving a soft terminal (`Lost`, `Cancelled`) because of a later physical scan.
        Reopen = ("reopen", "reopen"),
        /// Leaving a hard terminal because the event is flagged as a correction.
        Correction = ("correction", "correction"),
        /// Starting a return leg from `Delivered` or `ReturnedToSender`.
        ReturnLeg = ("return_leg", "return_leg"),
        /// Leaving a return leg because the event is flagged as a redirect to the recipient.
        Redirect = ("redirect", "redirect"),
        /// Same status again: the detail (and proof of delivery) is refreshed.
        Refresh = ("refresh", "refresh"),
        /// The event carries no status (unmapped or informational code): nothing changes.
        Informational = ("informational", "informational"),
        /// The event contradicts the timeline and is kept in history only.
        Stale = ("stale", "stale"),
    }
}

impl TransitionKind {
    /// `true` when the event takes effect (status and detail follow it).
    ///
    /// ```
    /// use tracking_number::status::TransitionKind;
    /// assert!(TransitionKind::Refresh.is_applied());
    /// assert!(!TransitionKind::Informational.is_applied());
    /// ```
    pub const fn is_applied(self) -> bool {
        !matches!(self, TransitionKind::Informational | TransitionKind::Stale)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;

    #[test]
    fn wire_names_round_trip() {
        for &s in Status::ALL {
            assert_eq!(s.as_str().parse::<Status>(), Ok(s));
            assert_eq!(s.to_string(), s.as_str());
        }
    }

    #[test]
    fn parse_errors_verbatim() {
        let e = "".parse::<Status>().unwrap_err();
        assert_eq!(e.to_string(), "unknown status \"\"");
        assert_eq!("In_Transit".parse::<Status>(), Ok(Status::InTransit));
        let e = "shipped".parse::<Status>().unwrap_err();
        assert_eq!(e.to_string(), "unknown status \"shipped\"");
        let long = "x".repeat(40);
        let e = long.parse::<Status>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown status \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" (truncated)"
        );
        let e = "ééééééééééééééééé".parse::<Status>().unwrap_err();
        assert_eq!(e.found(), "éééééééééééééééé");
    }

    #[test]
    fn ranks_and_terminality() {
        assert_eq!(Status::Unknown.rank(), Some(0));
        assert_eq!(Status::ReturnedToSender.rank(), Some(7));
        assert_eq!(Status::Lost.rank(), None);
        assert_eq!(Status::Unknown.terminality(), Terminality::Initial);
        assert_eq!(Status::Cancelled.terminality(), Terminality::Soft);
        assert_eq!(Status::Exception.terminality(), Terminality::NonTerminal);
    }
}
