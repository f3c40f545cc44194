//! The tracker: the event set kept in timeline order and folded through a policy.

use core::cmp::Ordering;
use core::fmt;

#[cfg(feature = "serde")]
use super::event::EventSeq;

use super::timeline::{self, step, Changes, EventSet, Folded, Ref, Steps, View};
use super::{
    AnomalyKind, DefaultPolicy, Detail, EtaObservation, EtaSource, ExpiryPolicy, Limit, Limits,
    MachineState, MappingQuality, ProofOfDelivery, RawStatus, Status, Terminality, Timestamp,
    TrackingEvent, TransitionKind, TransitionPolicy,
};

/// The first time the shipment reached each stage (earliest `occurred_at` of an applied
/// event of that kind), plus the attempt count.
///
/// A late acceptance scan sets `picked_up_at` even when it is stale for the status. When
/// no pickup event exists, `picked_up_at` is derived from the earliest physical
/// in-network event and [`Milestones::picked_up_derived`] is `true`. A correction out of
/// `Delivered` (or `ReturnedToSender`) withdraws `delivered_at` (`returned_at`).
///
/// ```
/// # #[cfg(feature = "alloc")] {
/// use tracking_number::status::{Status, Timestamp, Tracker, TrackingEvent};
/// let mut t = Tracker::new();
/// t.apply(TrackingEvent::new(Timestamp::from_unix_ms(5_000), Status::InTransit));
/// let m = t.milestones();
/// assert_eq!(m.picked_up_at(), Some(Timestamp::from_unix_ms(5_000)));
/// assert!(m.picked_up_derived());
/// # }
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Milestones {
    info_received_at: Option<Timestamp>,
    picked_up_at: Option<Timestamp>,
    picked_up_derived: bool,
    out_for_delivery_at: Option<Timestamp>,
    available_for_pickup_at: Option<Timestamp>,
    first_attempt_at: Option<Timestamp>,
    attempt_count: u8,
    first_exception_at: Option<Timestamp>,
    delivered_at: Option<Timestamp>,
    return_started_at: Option<Timestamp>,
    returned_at: Option<Timestamp>,
}

impl Milestones {
    /// First `InfoReceived`.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::InfoReceived));
    /// assert_eq!(t.milestones().info_received_at(), Some(at(7)));
    /// ```
    pub const fn info_received_at(&self) -> Option<Timestamp> {
        self.info_received_at
    }
    /// First pickup (possibly derived, see [`Milestones::picked_up_derived`]).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::PickedUp));
    /// assert_eq!(t.milestones().picked_up_at(), Some(at(7)));
    /// ```
    pub const fn picked_up_at(&self) -> Option<Timestamp> {
        self.picked_up_at
    }
    /// `true` when `picked_up_at` comes from an in-network scan, not a pickup event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::PickedUp));
    /// assert!(!t.milestones().picked_up_derived());
    /// ```
    pub const fn picked_up_derived(&self) -> bool {
        self.picked_up_derived
    }
    /// First `OutForDelivery`.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::OutForDelivery));
    /// assert_eq!(t.milestones().out_for_delivery_at(), Some(at(7)));
    /// ```
    pub const fn out_for_delivery_at(&self) -> Option<Timestamp> {
        self.out_for_delivery_at
    }
    /// First `AvailableForPickup`.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::AvailableForPickup));
    /// assert_eq!(t.milestones().available_for_pickup_at(), Some(at(7)));
    /// ```
    pub const fn available_for_pickup_at(&self) -> Option<Timestamp> {
        self.available_for_pickup_at
    }
    /// First `DeliveryAttempted`.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::DeliveryAttempted));
    /// assert_eq!(t.milestones().first_attempt_at(), Some(at(7)));
    /// ```
    pub const fn first_attempt_at(&self) -> Option<Timestamp> {
        self.first_attempt_at
    }
    /// Number of applied delivery attempts (or the highest attempt ordinal stated).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::DeliveryAttempted));
    /// t.apply(TrackingEvent::new(at(86_400_000), Status::DeliveryAttempted).with_detail(Detail::FinalAttempt));
    /// assert_eq!(t.milestones().attempt_count(), 2);
    /// ```
    pub const fn attempt_count(&self) -> u8 {
        self.attempt_count
    }
    /// First `Exception`.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::Exception));
    /// assert_eq!(t.milestones().first_exception_at(), Some(at(7)));
    /// ```
    pub const fn first_exception_at(&self) -> Option<Timestamp> {
        self.first_exception_at
    }
    /// First `Delivered` (withdrawn by a correction).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::Delivered));
    /// assert_eq!(t.milestones().delivered_at(), Some(at(7)));
    /// ```
    pub const fn delivered_at(&self) -> Option<Timestamp> {
        self.delivered_at
    }
    /// First `ReturningToSender`.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::ReturningToSender));
    /// assert_eq!(t.milestones().return_started_at(), Some(at(7)));
    /// ```
    pub const fn return_started_at(&self) -> Option<Timestamp> {
        self.return_started_at
    }
    /// First `ReturnedToSender` (withdrawn by a correction).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(7), Status::ReturnedToSender));
    /// assert_eq!(t.milestones().returned_at(), Some(at(7)));
    /// ```
    pub const fn returned_at(&self) -> Option<Timestamp> {
        self.returned_at
    }

    fn record(&mut self, kind: TransitionKind, from: Status, ev: &TrackingEvent) {
        let at = ev.occurred_at();
        let first = |slot: &mut Option<Timestamp>| {
            if slot.is_none() {
                *slot = Some(at);
            }
        };
        let to = ev.effective_status();
        if kind == TransitionKind::Correction {
            match from {
                Status::Delivered => self.delivered_at = None,
                Status::ReturnedToSender => self.returned_at = None,
                _ => {}
            }
        }
        let physical = ev.flags().physical_scan != Some(false);
        // a pickup scan counts even when stale for the status (late acceptance scan)
        if to == Some(Status::PickedUp) && (self.picked_up_at.is_none() || self.picked_up_derived) {
            self.picked_up_at = Some(at);
            self.picked_up_derived = false;
        }
        if !kind.is_applied() {
            return;
        }
        match to {
            Some(Status::InfoReceived) => first(&mut self.info_received_at),
            Some(Status::OutForDelivery) => first(&mut self.out_for_delivery_at),
            Some(Status::AvailableForPickup) => first(&mut self.available_for_pickup_at),
            Some(Status::DeliveryAttempted) => {
                first(&mut self.first_attempt_at);
                self.attempt_count =
                    self.attempt_count.saturating_add(1).max(ev.attempt().unwrap_or(0));
            }
            Some(Status::Exception) => first(&mut self.first_exception_at),
            Some(Status::Delivered) => first(&mut self.delivered_at),
            Some(Status::ReturningToSender) => first(&mut self.return_started_at),
            Some(Status::ReturnedToSender) => first(&mut self.returned_at),
            _ => {}
        }
        let in_network = matches!(
            to,
            Some(
                Status::InTransit
                    | Status::OutForDelivery
                    | Status::AvailableForPickup
                    | Status::DeliveryAttempted
                    | Status::Delivered
            )
        );
        if in_network && physical && self.picked_up_at.is_none() {
            self.picked_up_at = Some(at);
            self.picked_up_derived = true;
        }
    }
}

const NO_MILESTONES: Milestones = Milestones {
    info_received_at: None,
    picked_up_at: None,
    picked_up_derived: false,
    out_for_delivery_at: None,
    available_for_pickup_at: None,
    first_attempt_at: None,
    attempt_count: 0,
    first_exception_at: None,
    delivered_at: None,
    return_started_at: None,
    returned_at: None,
};

/// Something an operator may want to look at, with where in the timeline it happened.
///
/// ```
/// # #[cfg(feature = "alloc")] {
/// use tracking_number::status::{AnomalyKind, Status, Timestamp, Tracker, TrackingEvent};
/// let mut t = Tracker::new();
/// t.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Lost));
/// t.apply(TrackingEvent::new(Timestamp::from_unix_ms(1_000), Status::InTransit));
/// let a = t.anomalies().next().unwrap();
/// assert_eq!((a.kind(), a.from()), (AnomalyKind::FoundAfterLost, Status::Lost));
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Anomaly {
    kind: AnomalyKind,
    at: Timestamp,
    from: Status,
    event_status: Option<Status>,
}

impl Anomaly {
    /// What kind of anomaly.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Lost));
    /// t.apply(TrackingEvent::new(at(5), Status::InTransit));
    /// let a = t.anomalies().next().unwrap();
    /// assert_eq!(a.kind(), AnomalyKind::FoundAfterLost);
    /// ```
    pub const fn kind(&self) -> AnomalyKind {
        self.kind
    }
    /// When the event that raised it happened.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Lost));
    /// t.apply(TrackingEvent::new(at(5), Status::InTransit));
    /// let a = t.anomalies().next().unwrap();
    /// assert_eq!(a.at(), at(5));
    /// ```
    pub const fn at(&self) -> Timestamp {
        self.at
    }
    /// The status the shipment was in before that event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Lost));
    /// t.apply(TrackingEvent::new(at(5), Status::InTransit));
    /// let a = t.anomalies().next().unwrap();
    /// assert_eq!(a.from(), Status::Lost);
    /// ```
    pub const fn from(&self) -> Status {
        self.from
    }
    /// That event's effective status.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Lost));
    /// t.apply(TrackingEvent::new(at(5), Status::InTransit));
    /// let a = t.anomalies().next().unwrap();
    /// assert_eq!(a.event_status(), Some(Status::InTransit));
    /// ```
    pub const fn event_status(&self) -> Option<Status> {
        self.event_status
    }
}

/// The owned form of a [`HistoryEntry`], to store or send: the event and how it moved the
/// shipment. (A [`Tracker`] itself is stored as its events; its history is re-derived.)
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use tracking_number::status::*;
///
/// let mut t = Tracker::new();
/// t.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit));
/// let record = HistoryRecord::from(t.history().next().unwrap());
/// assert_eq!((record.from, record.to), (Status::Unknown, Status::InTransit));
/// let json = serde_json::to_string(&record).unwrap();
/// assert_eq!(serde_json::from_str::<HistoryRecord>(&json).unwrap(), record);
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct HistoryRecord {
    /// The event.
    pub event: TrackingEvent,
    /// The status before it.
    pub from: Status,
    /// The status after it.
    pub to: Status,
    /// How it moved the shipment.
    pub kind: TransitionKind,
}

impl From<HistoryEntry<'_>> for HistoryRecord {
    fn from(h: HistoryEntry<'_>) -> Self {
        HistoryRecord { event: h.event().clone(), from: h.from(), to: h.to(), kind: h.kind() }
    }
}

/// Serialised as its [`HistoryRecord`] fields.
#[cfg(feature = "serde")]
impl serde::Serialize for HistoryEntry<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("HistoryRecord", 4)?;
        st.serialize_field("event", self.event())?;
        st.serialize_field("from", &self.from())?;
        st.serialize_field("to", &self.to())?;
        st.serialize_field("kind", &self.kind())?;
        st.end()
    }
}

/// One event of the timeline with what it did.
///
/// ```
/// # #[cfg(feature = "alloc")] {
/// use tracking_number::status::{Status, Timestamp, Tracker, TrackingEvent, TransitionKind};
/// let mut t = Tracker::new();
/// t.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit));
/// let h = t.history().next().unwrap();
/// assert_eq!((h.from(), h.to(), h.kind()), (Status::Unknown, Status::InTransit, TransitionKind::Progress));
/// # }
/// ```
#[derive(Clone, Copy, Debug)]
pub struct HistoryEntry<'a> {
    event: &'a TrackingEvent,
    kind: TransitionKind,
    from: Status,
    to: Status,
    anomaly: Option<AnomalyKind>,
}

impl<'a> HistoryEntry<'a> {
    /// The event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Delivered));
    /// t.apply(TrackingEvent::new(at(1), Status::OutForDelivery));
    /// let h = t.history().last().unwrap();
    /// assert_eq!(h.event().status(), Some(Status::OutForDelivery));
    /// ```
    pub fn event(&self) -> &'a TrackingEvent {
        self.event
    }
    /// How it moved the shipment.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Delivered));
    /// t.apply(TrackingEvent::new(at(1), Status::OutForDelivery));
    /// let h = t.history().last().unwrap();
    /// assert_eq!(h.kind(), TransitionKind::Stale);
    /// ```
    pub fn kind(&self) -> TransitionKind {
        self.kind
    }
    /// The status before it.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Delivered));
    /// t.apply(TrackingEvent::new(at(1), Status::OutForDelivery));
    /// let h = t.history().last().unwrap();
    /// assert_eq!(h.from(), Status::Delivered);
    /// ```
    pub fn from(&self) -> Status {
        self.from
    }
    /// The status after it.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Delivered));
    /// t.apply(TrackingEvent::new(at(1), Status::OutForDelivery));
    /// let h = t.history().last().unwrap();
    /// assert_eq!(h.to(), Status::Delivered);
    /// ```
    pub fn to(&self) -> Status {
        self.to
    }
    /// The anomaly it raised.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::Delivered));
    /// t.apply(TrackingEvent::new(at(1), Status::OutForDelivery));
    /// let h = t.history().last().unwrap();
    /// assert_eq!(h.anomaly(), None); // inside the jitter window
    /// ```
    pub fn anomaly(&self) -> Option<AnomalyKind> {
        self.anomaly
    }
}

/// What [`Tracker::apply`] did.
///
/// `from`/`to` are the shipment status before and after the call. An event that lands in
/// the past can be applied at its place in the timeline and still leave the current status
/// unchanged, so notify on [`ApplyOutcome::status_change`], not on `Applied` alone.
///
/// ```
/// # #[cfg(feature = "alloc")] {
/// use tracking_number::status::{ApplyOutcome, Status, Timestamp, Tracker, TrackingEvent};
/// let mut t = Tracker::new();
/// let ev = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::PickedUp);
/// assert_eq!(t.apply(ev.clone()).status_change(), Some((Status::Unknown, Status::PickedUp)));
/// assert_eq!(t.apply(ev), ApplyOutcome::Duplicate);
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ApplyOutcome {
    /// The event took effect at its place in the timeline.
    Applied {
        /// Shipment status before the call.
        from: Status,
        /// Shipment status after the call.
        to: Status,
        /// How the event moved the status at its place in the timeline.
        kind: TransitionKind,
    },
    /// The event contradicts the timeline: kept in history, status unchanged.
    Stale {
        /// The anomaly recorded, if any.
        anomaly: Option<AnomalyKind>,
    },
    /// The event carries no status: kept in history, nothing changed.
    Informational,
    /// The same event is already known and the copy adds nothing.
    Duplicate,
    /// The same event is already known; the copy filled in optional fields.
    Merged {
        /// Shipment status before the call.
        from: Status,
        /// Shipment status after the call.
        to: Status,
    },
    /// A bound of the tracker's or shipment's [`Limits`](super::Limits) is reached: the
    /// event was not stored (and is counted by `refused`).
    Refused {
        /// Which bound.
        limit: super::Limit,
        /// Its value.
        max: usize,
    },
}

impl ApplyOutcome {
    /// `Some((from, to))` when the shipment status changed.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let out = ApplyOutcome::Stale { anomaly: None };
    /// assert_eq!(out.status_change(), None);
    /// ```
    pub fn status_change(&self) -> Option<(Status, Status)> {
        match *self {
            ApplyOutcome::Applied { from, to, .. } | ApplyOutcome::Merged { from, to }
                if from != to =>
            {
                Some((from, to))
            }
            _ => None,
        }
    }
}

/// The queries of a fold, for a [`Tracker`] and a [`Piece`](super::Piece): each type provides
/// `fold_view`, `fold_changes`, `fold_policy` and `arrived` (its events in arrival order).
macro_rules! fold_queries {
    () => {
        /// The current status (never `Expired`; see [`Tracker::status_at`]).
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::new(at(0), Status::OutForDelivery));
        /// assert_eq!(t.status(), Status::OutForDelivery);
        /// ```
        pub fn status(&self) -> Status {
            self.machine_state().status
        }

        /// The low-level state the policy sees.
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::new(at(0), Status::OutForDelivery));
        /// t.apply(TrackingEvent::new(at(1), Status::Exception));
        /// assert_eq!(t.machine_state().anchor_rank, 4);
        /// ```
        pub fn machine_state(&self) -> MachineState {
            self.fold_changes().last_state(&self.fold_view())
        }

        /// The current detail: from the latest applied event that had one since the status was
        /// entered.
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::new(at(0), Status::Exception).with_detail(Detail::CustomsHold));
        /// t.apply(TrackingEvent::new(at(1), Status::Exception));
        /// assert_eq!(t.detail(), Some(&Detail::CustomsHold));
        /// ```
        pub fn detail(&self) -> Option<&Detail> {
            let view = self.fold_view();
            current_detail(&view, self.fold_changes(), self.fold_policy())
                .and_then(|r| view.event(r).detail())
        }

        /// The status as of `now`: `Expired` when the shipment is not terminal and either no
        /// event occurred within the expiry policy's quiet period before `now`, or the newest
        /// event says the source expired it (flag `source_expired`, or status `Expired`). The
        /// tracker never reads a clock: `now` enters only here and in [`Tracker::is_delayed`].
        ///
        /// ```
        /// use tracking_number::status::{ExpiryPolicy, Status, Timestamp, Tracker, TrackingEvent};
        /// let mut t = Tracker::new();
        /// t.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit));
        /// let day = 86_400_000;
        /// assert_eq!(t.status_at(Timestamp::from_unix_ms(day), &ExpiryPolicy::days(30)), Status::InTransit);
        /// assert_eq!(t.status_at(Timestamp::from_unix_ms(31 * day), &ExpiryPolicy::days(30)), Status::Expired);
        /// ```
        pub fn status_at(&self, now: Timestamp, expiry: &ExpiryPolicy) -> Status {
            let status = self.status();
            if status.terminality().is_terminal() {
                return status;
            }
            match self.events().next_back() {
                Some(last)
                    if now.ms_since(last.occurred_at()) > expiry.quiet_ms()
                        || last.flags().source_expired
                        || last.status() == Some(Status::Expired) =>
                {
                    Status::Expired
                }
                _ => status,
            }
        }

        /// First time at each stage.
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::new(at(3), Status::Delivered));
        /// assert_eq!(t.milestones().delivered_at(), Some(at(3)));
        /// ```
        pub fn milestones(&self) -> Milestones {
            milestones(self.steps_iter())
        }

        /// The fold, event by event.
        fn steps_iter(&self) -> Steps<'_, P> {
            Steps::new(self.fold_view(), self.fold_changes(), self.fold_policy())
        }

        /// Every distinct event in timeline order, with its transition kind.
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::new(at(3), Status::Delivered));
        /// t.apply(TrackingEvent::new(at(1), Status::InTransit));
        /// let order: Vec<_> = t.history().map(|h| h.to()).collect();
        /// assert_eq!(order, [Status::InTransit, Status::Delivered]);
        /// ```
        pub fn history(
            &self,
        ) -> impl DoubleEndedIterator<Item = HistoryEntry<'_>> + ExactSizeIterator {
            let policy = self.fold_policy();
            self.steps_iter().map(move |f| HistoryEntry::of(policy, f))
        }

        /// The events in timeline order.
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::new(at(3), Status::Delivered));
        /// assert_eq!(t.events().count(), 1);
        /// ```
        pub fn events(
            &self,
        ) -> impl DoubleEndedIterator<Item = &TrackingEvent> + ExactSizeIterator {
            let view = self.fold_view();
            view.refs_exact().map(move |r| view.event(r))
        }

        /// Anomalies in timeline order.
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::new(at(0), Status::InTransit));
        /// assert_eq!(t.anomalies().count(), 0);
        /// ```
        pub fn anomalies(&self) -> impl Iterator<Item = Anomaly> + '_ {
            let policy = self.fold_policy();
            self.steps_iter().filter_map(move |f| Anomaly::of(policy, f))
        }

        /// Raw codes no mapper knew (for logging mapping gaps).
        ///
        /// ```
        /// # use tracking_number::status::*;
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// t.apply(TrackingEvent::informational(at(0), "Q7"));
        /// assert_eq!(t.unmapped_codes().map(RawStatus::code).collect::<Vec<_>>(), ["Q7"]);
        /// ```
        pub fn unmapped_codes(&self) -> impl Iterator<Item = &RawStatus> {
            self.events()
                .filter(|e| e.quality() == MappingQuality::Unmapped)
                .filter_map(TrackingEvent::raw)
        }

        /// The proof of delivery of the current `Delivered` (or `ReturnedToSender`) status,
        /// merged from every applied event of that status. `None` in any other status, so a
        /// corrected delivery withdraws it (the events keep it in history).
        ///
        /// ```
        /// use tracking_number::status::{ProofOfDelivery, Status, Timestamp, Tracker, TrackingEvent};
        /// let mut t = Tracker::new();
        /// let at = Timestamp::from_unix_ms;
        /// let (mut signed, mut scanned) = (ProofOfDelivery::new(), ProofOfDelivery::new());
        /// signed.signed_by = Some("LEE".into());
        /// scanned.signature = Some("sig/1".into());
        /// t.apply(TrackingEvent::new(at(0), Status::Delivered).with_pod(signed)?);
        /// t.apply(TrackingEvent::new(at(9_000), Status::Delivered).with_pod(scanned)?);
        /// let pod = t.current_pod().unwrap();
        /// assert_eq!((pod.signed_by.as_deref(), pod.signature.as_deref()), (Some("LEE"), Some("sig/1")));
        /// # Ok::<(), tracking_number::status::EventError>(())
        /// ```
        pub fn current_pod(&self) -> Option<ProofOfDelivery> {
            current_pod(&self.fold_view(), self.fold_changes(), self.fold_policy())
        }

        /// The current ETA: the latest-stated (`as_of`) carrier, aggregator or shipper
        /// observation, falling back to predictions; `None` once the shipment reached a hard
        /// terminal (the events keep their ETAs for on-time reporting).
        ///
        /// ```
        /// use tracking_number::status::{EtaObservation, EtaWindow, Status, Timestamp, Tracker, TrackingEvent};
        /// let at = Timestamp::from_unix_ms;
        /// let mut t = Tracker::new();
        /// t.apply(TrackingEvent::new(at(0), Status::InTransit)
        ///     .with_eta(EtaObservation::new(at(0), EtaWindow::at(at(50)))));
        /// assert_eq!(t.current_eta().map(|e| e.window.latest()), Some(at(50)));
        /// ```
        pub fn current_eta(&self) -> Option<EtaObservation> {
            if self.status().terminality() == Terminality::Hard {
                return None;
            }
            self.best_eta(|_| true)
        }

        fn best_eta(&self, keep: impl Fn(&EtaObservation) -> bool) -> Option<EtaObservation> {
            // the maximum of a total order: arrival order is as good as timeline order
            self.arrived()
                .filter_map(TrackingEvent::eta)
                .filter(|eta| keep(eta))
                .max_by(|a, b| eta_rank(a).cmp(&eta_rank(b)))
                .copied()
        }

        /// `true` when the current detail is a delay, when the current ETA ends later than the
        /// first ETA stated by the same class of source (the ETA slipped), or, given `now`,
        /// when the current ETA has passed. Always `false` once a hard terminal is reached.
        ///
        /// ```
        /// use tracking_number::status::{EtaObservation, EtaWindow, Status, Timestamp, Tracker, TrackingEvent};
        /// let at = Timestamp::from_unix_ms;
        /// let mut t = Tracker::new();
        /// t.apply(TrackingEvent::new(at(0), Status::InTransit));
        /// t.apply(TrackingEvent::new(at(10), Status::InTransit)
        ///     .with_eta(EtaObservation::new(at(10), EtaWindow::at(at(1_000)))));
        /// assert!(!t.is_delayed(None));
        /// assert!(t.is_delayed(Some(at(2_000))));
        /// ```
        pub fn is_delayed(&self, now: Option<Timestamp>) -> bool {
            if self.status().terminality() == Terminality::Hard {
                return false;
            }
            if self.detail().is_some_and(Detail::is_delay) {
                return true;
            }
            let Some(current) = self.current_eta() else {
                return false;
            };
            let predicted = current.source == EtaSource::Predicted;
            let first = self
                .arrived()
                .filter_map(TrackingEvent::eta)
                .filter(|eta| (eta.source == EtaSource::Predicted) == predicted)
                .min_by(|a, b| a.as_of.cmp(&b.as_of).then(a.cmp(b)));
            let latest = current.window.latest().unix_ms();
            if first.is_some_and(|f| latest > f.window.latest().unix_ms()) {
                return true;
            }
            now.is_some_and(|now| now.unix_ms() > latest)
        }
    };
}
pub(crate) use fold_queries;

/// The state of one shipment (or one piece): its events in timeline order, folded
/// through a [`TransitionPolicy`].
///
/// The state is a function of the event *set*: events are ordered by `occurred_at` (ties:
/// lower rank first, then source sequence, then identity), never by arrival. Duplicates
/// (see the module docs) are merged, never stored twice.
///
/// # Cost
///
/// A *fold step* runs the policy on one event; n is the number of events held.
///
/// The state before an event only changes at a *status change* (an applied event of
/// another status), so the tracker keeps the events in timeline order in blocks of at most
/// 128 and, beside them, only the status changes with the state after each. Per-event
/// results (kind, anomaly) are re-derived when asked for, never stored.
///
/// - [`Tracker::apply`], in any arrival order: the event is placed by binary search
///   (O(log n) comparisons, at most 128 entries moved), and one fold step says what it
///   does where it lands. Only when it changes the status there are the later status
///   changes re-derived, walking just the events whose status differs from the current one
///   (blocks of one status are skipped whole) until a change comes out as before. A new
///   earliest event of a long same-status run therefore costs O(log n) steps, not the
///   length of the run. The worst case, an event that changes how every later event of
///   other statuses is read, re-derives those events: O(events of other statuses) steps.
/// - [`Extend`] inserts a batch the same way and re-derives the changes once, from the
///   earliest new event.
/// - Queries: [`Tracker::status`] and [`Tracker::machine_state`] are O(1);
///   [`Tracker::detail`] walks back over the current status run (blocks without a detail
///   skipped whole); [`Tracker::history`], [`Tracker::milestones`],
///   [`Tracker::anomalies`] and [`Tracker::current_pod`] take one fold step and an O(log n)
///   search per event.
/// - Memory: the events, plus 16 bytes per event in the timeline and 16 per status change
///   (see [`Tracker::heap_bytes`]).
///
/// ```
/// use tracking_number::status::{Detail, Status, Timestamp, Tracker, TrackingEvent, TransitionKind};
///
/// let t = |s: &str| s.parse::<Timestamp>();
/// let mut tracker = Tracker::new();
/// tracker.apply(TrackingEvent::new(t("2026-11-18T10:00:00Z")?, Status::InfoReceived));
/// tracker.apply(TrackingEvent::new(t("2026-11-19T08:00:00Z")?, Status::InTransit)
///     .with_detail(Detail::ArrivedAtFacility));
/// assert_eq!(tracker.status(), Status::InTransit);
/// assert_eq!(tracker.detail(), Some(&Detail::ArrivedAtFacility));
/// let kinds: Vec<_> = tracker.history().map(|h| h.kind()).collect();
/// assert_eq!(kinds, [TransitionKind::Progress, TransitionKind::Progress]);
/// # Ok::<(), tracking_number::status::ParseTimestampError>(())
/// ```
#[derive(Clone)]
pub struct Tracker<P: TransitionPolicy = DefaultPolicy> {
    policy: P,
    /// The distinct events.
    set: EventSet,
    /// The status changes.
    changes: Changes,
    /// What it may hold, and how many events it refused.
    limits: Limits,
    refused: u64,
    /// Fold steps taken by `apply` and `extend` (for the cost tests).
    steps: u64,
}

impl<P: TransitionPolicy> fmt::Debug for Tracker<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_summary(f, "Tracker", self.status(), self.detail(), self.len())
    }
}

/// `Debug` of a fold (a tracker, a shipment's piece): its status, detail and event count.
pub(super) fn debug_summary(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    status: Status,
    detail: Option<&Detail>,
    events: usize,
) -> fmt::Result {
    f.debug_struct(name)
        .field("status", &status)
        .field("detail", &detail)
        .field("events", &events)
        .finish_non_exhaustive()
}

impl Default for Tracker<DefaultPolicy> {
    fn default() -> Self {
        Tracker::new()
    }
}

impl Tracker<DefaultPolicy> {
    /// An empty tracker with the [`DefaultPolicy`].
    ///
    /// ```
    /// use tracking_number::status::{Status, Tracker};
    /// assert_eq!(Tracker::new().status(), Status::Unknown);
    /// ```
    pub const fn new() -> Self {
        Tracker::with_policy(DefaultPolicy::new())
    }
}

impl<P: TransitionPolicy> Tracker<P> {
    /// An empty tracker with a custom policy.
    ///
    /// ```
    /// use tracking_number::status::{DefaultPolicy, RegressionPolicy, Tracker};
    /// let mut policy = DefaultPolicy::new();
    /// policy.jitter_window_ms = 0;
    /// let t = Tracker::with_policy(policy);
    /// assert_eq!(t.policy().jitter_window_ms, 0);
    /// ```
    pub const fn with_policy(policy: P) -> Self {
        Tracker {
            policy,
            set: EventSet::EMPTY,
            changes: Changes::EMPTY,
            steps: 0,
            limits: Limits::DEFAULT,
            refused: 0,
        }
    }

    /// The same tracker with other [`Limits`] (events past `max_events` are refused).
    ///
    /// ```
    /// use tracking_number::status::{Limits, Tracker};
    /// let mut limits = Limits::DEFAULT;
    /// limits.max_events = 500;
    /// assert_eq!(Tracker::new().with_limits(limits).limits().max_events, 500);
    /// ```
    #[must_use]
    pub const fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Its limits.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Tracker::new().limits(), Limits::DEFAULT);
    /// ```
    pub const fn limits(&self) -> Limits {
        self.limits
    }

    /// How many events were refused because a limit was reached.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Tracker::new().refused(), 0);
    /// ```
    pub const fn refused(&self) -> u64 {
        self.refused
    }

    /// Whether a new event (not a copy of one held) would be refused.
    pub(crate) fn full(&self, extra: usize) -> bool {
        self.set.len() + extra >= self.limits.max_events
    }

    /// Counts a refused event.
    pub(crate) fn refuse(&mut self) {
        self.refused += 1;
    }

    /// The policy.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(*Tracker::new().policy(), DefaultPolicy::new());
    /// ```
    pub fn policy(&self) -> &P {
        &self.policy
    }

    /// Number of distinct events.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// let at = Timestamp::from_unix_ms;
    /// t.apply(TrackingEvent::new(at(0), Status::InTransit));
    /// assert_eq!(t.len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.set.len()
    }

    /// `true` before any event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(Tracker::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.set.len() == 0
    }

    pub(crate) fn view(&self) -> View<'_> {
        View { sources: [Some(self.set.source()), None] }
    }

    /// The events, as a source of a piece's view.
    pub(crate) fn set(&self) -> &EventSet {
        &self.set
    }

    fn fold_view(&self) -> View<'_> {
        self.view()
    }

    fn fold_changes(&self) -> &Changes {
        &self.changes
    }

    fn fold_policy(&self) -> &P {
        &self.policy
    }

    fn arrived(&self) -> impl Iterator<Item = &TrackingEvent> {
        self.set.arrived().iter()
    }

    /// Approximate heap bytes held: the events (with their strings), the timeline and the
    /// status changes. The tracker itself is a few words more.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut t = Tracker::new();
    /// t.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit));
    /// assert!(t.heap_bytes() > 0);
    /// ```
    pub fn heap_bytes(&self) -> usize {
        self.set.heap_bytes() + self.changes.heap_bytes()
    }

    /// The status changes, for a new piece of a shipment.
    pub(crate) fn changes(&self) -> &Changes {
        &self.changes
    }

    /// The policy and the status changes, for the shipment.
    pub(crate) fn parts(&mut self) -> (&P, &mut EventSet, &mut Changes, &mut u64) {
        (&self.policy, &mut self.set, &mut self.changes, &mut self.steps)
    }

    /// Adds one event and reports what it did (see [`ApplyOutcome`]).
    ///
    /// ```
    /// use tracking_number::status::{ApplyOutcome, Status, Timestamp, Tracker, TrackingEvent, TransitionKind};
    /// let mut t = Tracker::new();
    /// let at = |ms| Timestamp::from_unix_ms(ms);
    /// t.apply(TrackingEvent::new(at(10_000), Status::Delivered));
    /// // a scan stamped just after delivery: stale, inside the jitter window, no anomaly
    /// let out = t.apply(TrackingEvent::new(at(20_000), Status::OutForDelivery));
    /// assert_eq!(out, ApplyOutcome::Stale { anomaly: None });
    /// // an unmapped code: kept, changes nothing
    /// assert_eq!(t.apply(TrackingEvent::informational(at(30_000), "SMS")), ApplyOutcome::Informational);
    /// assert_eq!(t.status(), Status::Delivered);
    /// ```
    pub fn apply(&mut self, event: TrackingEvent) -> ApplyOutcome {
        if self.full(0) && self.set.find_same(0, &event).is_none() {
            self.refuse();
            return ApplyOutcome::Refused { limit: Limit::Events, max: self.limits.max_events };
        }
        let before = self.status();
        let (policy, set, changes, steps) = self.parts();
        add(policy, set, changes, None, event, before, steps).0
    }

    fold_queries!();
}

impl<'a> HistoryEntry<'a> {
    pub(crate) fn of<P: TransitionPolicy + ?Sized>(policy: &P, f: Folded<'a>) -> Self {
        let anomaly = policy.anomaly(&f.step.before, &f.event.facts(), f.step.kind);
        HistoryEntry {
            event: f.event,
            kind: f.step.kind,
            from: f.step.before.status,
            to: f.step.after.status,
            anomaly,
        }
    }
}

impl Anomaly {
    pub(crate) fn of<P: TransitionPolicy + ?Sized>(policy: &P, f: Folded<'_>) -> Option<Self> {
        let kind = policy.anomaly(&f.step.before, &f.event.facts(), f.step.kind)?;
        Some(Anomaly {
            kind,
            at: f.event.occurred_at(),
            from: f.step.before.status,
            event_status: f.event.effective_status(),
        })
    }
}

/// The milestones of a fold.
pub(crate) fn milestones<'a>(steps: impl Iterator<Item = Folded<'a>>) -> Milestones {
    let mut m = NO_MILESTONES;
    for f in steps {
        m.record(f.step.kind, f.step.before.status, f.event);
    }
    m
}

/// The event whose detail is current: the latest applied event with a detail at or after
/// the change that entered the current status (blocks without a detail skipped whole).
pub(crate) fn current_detail<P: TransitionPolicy + ?Sized>(
    view: &View<'_>,
    changes: &Changes,
    policy: &P,
) -> Option<Ref> {
    let floor = changes.entered();
    let mut result = None;
    timeline::find_back(view, timeline::HAS_DETAIL, |r| {
        if floor.is_some_and(|f| view.cmp(r, f) == Ordering::Less) {
            return false;
        }
        let before = changes.state_before(view, r);
        if step(policy, before, view.event(r)).kind.is_applied() {
            result = Some(r);
            return false;
        }
        true
    });
    result
}

/// The proof of delivery of the current `Delivered` or `ReturnedToSender` status: the
/// proofs of every applied event of that status since it was entered, merged.
pub(crate) fn current_pod<P: TransitionPolicy + ?Sized>(
    view: &View<'_>,
    changes: &Changes,
    policy: &P,
) -> Option<ProofOfDelivery> {
    let status = changes.last_state(view).status;
    if !matches!(status, Status::Delivered | Status::ReturnedToSender) {
        return None;
    }
    let floor = changes.entered()?;
    let mut merged: Option<ProofOfDelivery> = None;
    for r in view.refs().rev() {
        if view.cmp(r, floor) == Ordering::Less {
            break;
        }
        let event = view.event(r);
        let Some(pod) = event.pod() else { continue };
        let s = step(policy, changes.state_before(view, r), event);
        if !s.kind.is_applied() || s.after.status != status {
            continue;
        }
        match &mut merged {
            Some(m) => m.merge(pod),
            None => merged = Some(pod.clone()),
        }
    }
    merged
}

/// Carrier-side statements beat predictions; then the latest statement wins.
pub(crate) fn eta_rank(eta: &EtaObservation) -> (bool, Timestamp, EtaObservation) {
    (eta.source != EtaSource::Predicted, eta.as_of, *eta)
}

impl<P: TransitionPolicy> Extend<TrackingEvent> for Tracker<P> {
    /// Adds many events and re-derives the status changes once, from the earliest new
    /// event: O(k log n) to place k events, plus one walk (see the type's cost notes). New
    /// events past [`Limits::max_events`](super::Limits) are refused and counted
    /// ([`Tracker::refused`]).
    fn extend<I: IntoIterator<Item = TrackingEvent>>(&mut self, iter: I) {
        let mut dirty: Option<(Ref, Ref)> = None;
        for event in iter {
            let copy = self.set.find_same(0, &event);
            if copy.is_none() && self.full(0) {
                self.refuse();
                continue;
            }
            let placed = match copy {
                Some(copy) => match self.set.merged(copy, &event) {
                    None => continue,
                    Some(merged) => {
                        let view = View { sources: [Some(self.set.source()), None] };
                        self.changes.forget(&view, copy);
                        let r = self.set.replace(copy, merged);
                        (r.from, r.until)
                    }
                },
                None => {
                    let r = self.set.push(0, event);
                    (r, r)
                }
            };
            let view = View { sources: [Some(self.set.source()), None] };
            dirty = Some(view.widen(dirty, placed));
        }
        if let Some((from, last)) = dirty {
            let view = View { sources: [Some(self.set.source()), None] };
            self.changes.refold(&view, &self.policy, from, Some(last), &mut self.steps);
        }
    }
}

/// Adds one event to a fold: a copy of an event held is merged into it, a new event placed.
/// `base` is the shipment's set when the fold is a piece's (its events then come second in
/// the view). Returns the outcome and the range re-derived.
pub(crate) fn add<P: TransitionPolicy + ?Sized>(
    policy: &P,
    set: &mut EventSet,
    changes: &mut Changes,
    base: Option<&EventSet>,
    event: TrackingEvent,
    before: Status,
    steps: &mut u64,
) -> (ApplyOutcome, Option<(Ref, Ref)>) {
    fn view_of<'a>(base: Option<&'a EventSet>, set: &'a EventSet) -> View<'a> {
        match base {
            Some(b) => View::two(b.source(), set.source()),
            None => View { sources: [Some(set.source()), None] },
        }
    }
    let src = u8::from(base.is_some());
    match set.find_same(src, &event) {
        Some(copy) => {
            let Some(merged) = set.merged(copy, &event) else {
                return (ApplyOutcome::Duplicate, None);
            };
            // a piece's copy as it was: where it stood among the shipment's events
            let old = base.map(|_| set.event(copy).clone());
            changes.forget(&view_of(base, set), copy);
            let r = set.replace(copy, merged);
            let view = view_of(base, set);
            // a copy that moved across the shipment's events changed their input too (the
            // piece's own events alone do not tell: `r` is their range)
            let crossed = base.zip(old.as_ref()).and_then(|(base, old)| {
                let (was, is) = (base.first_after(0, old), base.first_after(0, set.event(r.new)));
                (was != is).then(|| {
                    let ends = [was, is].into_iter().flatten();
                    ends.fold((r.new, r.new), |range, e| view.widen(Some(range), (e, e)))
                })
            });
            if r.unmoved && crossed.is_none() {
                timeline::restore(changes, &view, policy, r.new);
                return (ApplyOutcome::Merged { from: before, to: before }, None);
            }
            let (from, until) = view.widen(crossed, (r.from, r.until));
            changes.refold(&view, policy, from, Some(until), steps);
            let to = changes.last_state(&view).status;
            (ApplyOutcome::Merged { from: before, to }, Some((from, until)))
        }
        None => {
            let r = set.push(src, event);
            let view = view_of(base, set);
            (timeline::apply_placed(changes, &view, policy, r, before, steps), Some((r, r)))
        }
    }
}

impl FromIterator<TrackingEvent> for Tracker<DefaultPolicy> {
    fn from_iter<I: IntoIterator<Item = TrackingEvent>>(iter: I) -> Self {
        let mut t = Tracker::new();
        t.extend(iter);
        t
    }
}

/// Serialised as `{"events": [...]}`: the state is a function of the event set, so the
/// events are the whole state; deserialising re-folds them with `P::default()`.
#[cfg(feature = "serde")]
impl<P: TransitionPolicy> serde::Serialize for Tracker<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Tracker", 1)?;
        st.serialize_field("events", &EventSeq(|| self.events()))?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de, P: TransitionPolicy + Default> serde::Deserialize<'de> for Tracker<P> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Repr {
            events: alloc::vec::Vec<TrackingEvent>,
        }
        let repr = Repr::deserialize(deserializer)?;
        let mut t = Tracker::with_policy(P::default());
        t.extend(repr.events);
        Ok(t)
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod oracle;
