//! The tracker: the event set kept in timeline order and folded through a policy.

use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

use super::{
    AnomalyKind, DefaultPolicy, Detail, EtaObservation, EtaSource, ExpiryPolicy, MachineState,
    MappingQuality, ProofOfDelivery, RawStatus, Status, Terminality, Timestamp, TrackingEvent,
    TransitionKind, TransitionPolicy,
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

/// One place in the timeline: which event sits there and what it did. A few words, so an
/// insertion in the past moves little memory (the events themselves never move), and free
/// of positions, so an insertion changes no entry whose fold input stayed the same
/// (milestones are recomputed on demand from the kinds, which keeps entries small).
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Index of the event in [`Tracker::events`] (arrival order, stable).
    event: usize,
    kind: TransitionKind,
    from: Status,
    anomaly: Option<AnomalyKind>,
    // The machine state after this entry (the fold input of the next one), unpacked so the
    // entry packs into 32 bytes instead of 40.
    to: Status,
    anchor_rank: u8,
    since: Option<Timestamp>,
}

impl Entry {
    /// An entry whose fold fields are filled in by the next fold step. `after` is what the
    /// next entry saw before this one existed, so a re-fold that computes the same state
    /// for it stops there.
    fn unfolded(event: usize, after: MachineState) -> Entry {
        let mut entry = Entry {
            event,
            kind: TransitionKind::Informational,
            from: Status::Unknown,
            anomaly: None,
            to: Status::Unknown,
            anchor_rank: 0,
            since: None,
        };
        entry.set_after(after);
        entry
    }

    /// The machine state after this entry: the fold input of the next one.
    fn after(&self) -> MachineState {
        MachineState::new(self.to, self.anchor_rank, self.since)
    }

    fn set_after(&mut self, after: MachineState) {
        self.to = after.status;
        self.anchor_rank = after.anchor_rank;
        self.since = after.since;
    }

    /// `true` when this entry changed the status (it entered the status it left).
    fn enters(&self) -> bool {
        self.from != self.to
    }
}

/// `true` when `entry` (holding `event`) makes its detail the current one: an applied
/// event with a status and a detail.
fn sets_detail(entry: &Entry, event: &TrackingEvent) -> bool {
    entry.kind.is_applied() && event.detail().is_some()
}

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
    entry: &'a Entry,
    event: &'a TrackingEvent,
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
        self.entry.kind
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
        self.entry.from
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
        self.entry.to
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
        self.entry.anomaly
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
/// - **In order**, [`Tracker::apply`] takes one fold step, O(1) amortised.
/// - **In the past**, the event is placed by binary search (O(log n) comparisons) and the
///   later timeline entries move up by one (a memory move of 32 bytes per entry; the
///   events themselves never move). The fold then re-runs from there only until an entry
///   comes out in the state it had before: every later entry would see the same input, so
///   the re-fold stops. The cost is one step for the event plus one per entry whose input
///   changed: when the event starts or splits a status run, the rest of that run, whose
///   status entry time (which a policy may read) moved.
/// - **Random arrival order**: an event becomes the new head of its status run with
///   probability about 1/j (j: events of that run already held) and then costs j steps,
///   and the arrival of the status change between two runs re-folds the later one once;
///   so a run of L events costs O(L) steps in all. For shipments made of status runs (the
///   usual shape) that is O(n) fold steps in expectation for the whole shipment (2–3 per
///   event measured from 100 to 10 000 events), plus O(n log n) comparisons and O(n²)
///   bytes moved. Newest first, it is O(n) steps when consecutive events change the
///   status, and O(L²) for a run of L events of one status.
/// - **Worst case**: O(n²) fold steps, for one long same-status run arriving newest first
///   (every new earliest event moves the entry time all later events of the run saw). A
///   re-sent copy that fills in fields the fold reads, or moves within its second, re-folds
///   from its old place the same way; a copy that only adds description, ETA, proof of
///   delivery or location details re-folds nothing.
/// - A batch through [`Extend`] is sorted and merged in one pass: O((n + k) log k) for k new
///   events and one fold step per entry from the earliest change; use it when many events
///   arrive at once.
/// - Queries: [`Tracker::status`], [`Tracker::machine_state`] and [`Tracker::detail`] are
///   O(1); the others walk the events.
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
    /// The distinct events in arrival order (merged copies update theirs in place).
    events: Vec<TrackingEvent>,
    /// The timeline: one entry per event, in timeline order.
    entries: Vec<Entry>,
    /// The entry that entered the current status (`None`: no entry changed the status).
    entered: Option<usize>,
    /// The entry whose detail is current.
    detail: Option<usize>,
}

impl<P: TransitionPolicy> fmt::Debug for Tracker<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tracker")
            .field("status", &self.status())
            .field("detail", &self.detail())
            .field("events", &self.entries.len())
            .finish_non_exhaustive()
    }
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
        Tracker {
            policy: DefaultPolicy::new(),
            events: Vec::new(),
            entries: Vec::new(),
            entered: None,
            detail: None,
        }
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
        Tracker { policy, events: Vec::new(), entries: Vec::new(), entered: None, detail: None }
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
        self.entries.len()
    }

    /// `true` before any event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(Tracker::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
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
        let before = self.status();
        // fast path: a new event after every known one (the common, in-order case)
        let appends = self.entries.last().is_none_or(|last| {
            let last = &self.events[last.event];
            last.second() < event.second()
                || (last.timeline_cmp(&event) == Ordering::Less && self.find_same(&event).is_none())
        });
        if appends {
            let prev = self.machine_before(self.entries.len());
            self.reserve_first();
            let idx = self.events.len();
            self.events.push(event);
            let mut entry = Entry::unfolded(idx, prev);
            fold_step(&self.policy, prev, &self.events[idx], &mut entry);
            let i = self.entries.len();
            self.entries.push(entry);
            self.note_appended(i);
            return self.outcome(before, i);
        }
        match self.insert(event) {
            Inserted::Duplicate => ApplyOutcome::Duplicate,
            Inserted::Enriched => ApplyOutcome::Merged { from: before, to: before },
            Inserted::Merged { from, settle } => {
                self.refold(from, settle);
                self.rescan_current();
                ApplyOutcome::Merged { from: before, to: self.status() }
            }
            Inserted::New { at } => {
                let end = self.refold(at, at);
                self.update_current(at, end);
                self.outcome(before, at)
            }
        }
    }

    /// What applying the entry at `at` did, given the status `before` it was applied.
    fn outcome(&self, before: Status, at: usize) -> ApplyOutcome {
        let Some(entry) = self.entries.get(at) else {
            return ApplyOutcome::Informational;
        };
        match entry.kind {
            TransitionKind::Stale => ApplyOutcome::Stale { anomaly: entry.anomaly },
            TransitionKind::Informational => ApplyOutcome::Informational,
            kind => ApplyOutcome::Applied { from: before, to: self.status(), kind },
        }
    }

    /// The event of an entry.
    fn event_of(&self, entry: &Entry) -> &TrackingEvent {
        &self.events[entry.event]
    }

    /// Most shipments have 5 to 30 events: skip the smallest growth steps.
    fn reserve_first(&mut self) {
        if self.entries.capacity() == 0 {
            self.entries.reserve(16);
        }
        if self.events.capacity() == 0 {
            self.events.reserve(16);
        }
    }

    /// The index of an entry that is a copy of `event`, if any: O(log n) plus the events of
    /// the same second.
    fn find_same(&self, event: &TrackingEvent) -> Option<usize> {
        let sec = event.second();
        if self.entries.last().is_none_or(|last| self.event_of(last).second() < sec) {
            return None;
        }
        let lo = self.entries.partition_point(|e| {
            self.event_of(e).occurred_at().unix_ms() < sec.saturating_mul(1_000)
        });
        self.entries
            .get(lo..)?
            .iter()
            .map(|e| self.event_of(e))
            .take_while(|e| e.second() == sec)
            .position(|e| e.same_event(event))
            .map(|p| lo + p)
    }

    /// Inserts the event (or merges it into its copy) without folding.
    fn insert(&mut self, event: TrackingEvent) -> Inserted {
        if let Some(j) = self.find_same(&event) {
            let idx = self.entries[j].event;
            let mut merged = self.events[idx].clone();
            merged.merge(&event);
            let old = &self.events[idx];
            if merged == *old {
                return Inserted::Duplicate;
            }
            // the fold reads only the facts, and the detail's presence
            let same_fold = merged.facts() == old.facts()
                && merged.detail().is_some() == old.detail().is_some();
            self.events[idx] = merged;
            // merging may move the event within its second
            let entry = self.entries.remove(j);
            let k = self.position_for(&self.events[idx]);
            self.entries.insert(k, entry);
            if same_fold && k == j {
                return Inserted::Enriched;
            }
            return Inserted::Merged { from: j.min(k), settle: j.max(k) + 1 };
        }
        let at = self.position_for(&event);
        let prev = self.machine_before(at);
        self.reserve_first();
        let idx = self.events.len();
        self.events.push(event);
        self.entries.insert(at, Entry::unfolded(idx, prev));
        Inserted::New { at }
    }

    fn position_for(&self, event: &TrackingEvent) -> usize {
        let before = |e: &Entry| self.event_of(e).timeline_cmp(event) == Ordering::Less;
        match self.entries.last() {
            Some(last) if before(last) => self.entries.len(),
            None => 0,
            Some(_) => self.entries.partition_point(before),
        }
    }

    /// The machine state the entry at `i` starts from.
    fn machine_before(&self, i: usize) -> MachineState {
        i.checked_sub(1)
            .and_then(|i| self.entries.get(i))
            .map_or(MachineState::INITIAL, Entry::after)
    }

    /// Re-runs the fold from entry `from` and returns the end of the re-folded range.
    ///
    /// From entry `settle` on, it stops after the first entry whose state comes out as it
    /// was before (an unfolded entry holds the state its successor saw): `fold_step`
    /// depends only on that state and the entry's event, so every later entry would come
    /// out unchanged. Pass `usize::MAX` to re-fold to the end.
    fn refold(&mut self, from: usize, settle: usize) -> usize {
        let mut prev = self.machine_before(from);
        let (policy, events) = (&self.policy, &self.events);
        for (i, entry) in self.entries.iter_mut().enumerate().skip(from) {
            let old = entry.after();
            fold_step(policy, prev, &events[entry.event], entry);
            let after = entry.after();
            if i >= settle && after == old {
                return i + 1;
            }
            prev = after;
        }
        self.entries.len()
    }

    /// Updates the current-status references for the new last entry `i`.
    fn note_appended(&mut self, i: usize) {
        let Some(entry) = self.entries.get(i) else {
            return;
        };
        if entry.enters() {
            self.entered = Some(i);
            self.detail = None;
        }
        if sets_detail(entry, self.event_of(entry)) {
            self.detail = Some(i);
        }
    }

    /// Recomputes the current-status references from the end of the timeline: O(length
    /// of the current status run).
    fn rescan_current(&mut self) {
        let entered = self.entries.iter().rposition(Entry::enters);
        let lo = entered.unwrap_or(0);
        self.detail = self.last_detail_in(lo, self.entries.len());
        self.entered = entered;
    }

    /// The last entry in `lo..hi` that sets the detail.
    fn last_detail_in(&self, lo: usize, hi: usize) -> Option<usize> {
        self.entries
            .get(lo..hi)?
            .iter()
            .rposition(|e| sets_detail(e, self.event_of(e)))
            .map(|p| lo + p)
    }

    /// Updates the current-status references after a new entry at `at` and a re-fold of
    /// `at..end`, touching only that range: entries from `end` on are unchanged (shifted by
    /// one), entries before `at` are unchanged.
    fn update_current(&mut self, at: usize, end: usize) {
        let shift = |i: usize| if i >= at { i + 1 } else { i };
        let (old_entered, old_detail) = (self.entered.map(shift), self.detail.map(shift));
        if old_entered.is_some_and(|e| e >= end) {
            // the current status run starts after the re-folded range: nothing moved
            self.entered = old_entered;
            self.detail = old_detail;
            return;
        }
        // no entry from `end` on changes the status
        let changed = self.entries.get(at..end).unwrap_or(&[]);
        let entered = match changed.iter().rposition(Entry::enters) {
            Some(p) => Some(at + p),
            None if old_entered.is_none_or(|e| e < at) => old_entered,
            // not reached: when no entry of `at..end` enters, the new entry left the state
            // alone, the re-fold stopped right after it and the old entering entry lies
            // outside the range; recomputing keeps this correct regardless
            None => return self.rescan_current(),
        };
        let detail = if old_detail.is_some_and(|d| d >= end) {
            old_detail
        } else {
            // no entry from `end` on sets the detail
            let lo = entered.unwrap_or(0).max(at);
            match self.last_detail_in(lo, end) {
                Some(d) => Some(d),
                None if entered.unwrap_or(0) >= at => None,
                // the run starts before the new entry: earlier entries are unchanged
                None if entered == old_entered && old_detail.is_none_or(|d| d < at) => old_detail,
                // not reached, for the same reason as above
                None => return self.rescan_current(),
            }
        };
        self.entered = entered;
        self.detail = detail;
    }

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
        self.machine_before(self.entries.len())
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
        let entry = self.entries.get(self.detail?)?;
        self.event_of(entry).detail()
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
        let mut m = NO_MILESTONES;
        for e in &self.entries {
            m.record(e.kind, e.from, self.event_of(e));
        }
        m
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
    pub fn history(&self) -> impl DoubleEndedIterator<Item = HistoryEntry<'_>> + ExactSizeIterator {
        self.entries.iter().map(|entry| HistoryEntry { entry, event: self.event_of(entry) })
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
    pub fn events(&self) -> impl DoubleEndedIterator<Item = &TrackingEvent> + ExactSizeIterator {
        self.entries.iter().map(|e| self.event_of(e))
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
        self.entries.iter().filter_map(|e| {
            let event = self.event_of(e);
            e.anomaly.map(|kind| Anomaly {
                kind,
                at: event.occurred_at(),
                from: e.from,
                event_status: event.effective_status(),
            })
        })
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
        let status = self.status();
        if !matches!(status, Status::Delivered | Status::ReturnedToSender) {
            return None;
        }
        let mut merged: Option<ProofOfDelivery> = None;
        for e in self.entries.iter().skip(self.entered.unwrap_or(0)) {
            if !e.kind.is_applied() || e.to != status {
                continue;
            }
            if let Some(pod) = self.event_of(e).pod() {
                match &mut merged {
                    Some(m) => m.merge(pod),
                    None => merged = Some(pod.clone()),
                }
            }
        }
        merged
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
    /// assert_eq!(t.current_eta().map(|e| e.window().latest()), Some(at(50)));
    /// ```
    pub fn current_eta(&self) -> Option<EtaObservation> {
        if self.status().terminality() == Terminality::Hard {
            return None;
        }
        self.best_eta(|_| true)
    }

    fn best_eta(&self, keep: impl Fn(&EtaObservation) -> bool) -> Option<EtaObservation> {
        // the maximum of a total order: arrival order is as good as timeline order
        self.events
            .iter()
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
        let predicted = current.source() == EtaSource::Predicted;
        let first = self
            .events
            .iter()
            .filter_map(TrackingEvent::eta)
            .filter(|eta| (eta.source() == EtaSource::Predicted) == predicted)
            .min_by(|a, b| a.as_of().cmp(&b.as_of()).then(a.cmp(b)));
        let latest = current.window().latest().unix_ms();
        if first.is_some_and(|f| latest > f.window().latest().unix_ms()) {
            return true;
        }
        now.is_some_and(|now| now.unix_ms() > latest)
    }
}

/// Folds one entry (holding `event`) on top of `prev`, filling in its kind, anomaly and
/// state.
fn fold_step<P: TransitionPolicy>(
    policy: &P,
    prev: MachineState,
    event: &TrackingEvent,
    entry: &mut Entry,
) {
    let facts = event.facts();
    let kind = policy.classify(&prev, &facts);
    let anomaly = policy.anomaly(&prev, &facts, kind);
    let to = facts.status.filter(|s| *s != Status::Expired);
    entry.set_after(match to.filter(|_| kind.is_applied()) {
        Some(to) => prev.enter(to, facts.at),
        None => prev,
    });
    entry.kind =
        if to.is_none() && kind.is_applied() { TransitionKind::Informational } else { kind };
    entry.from = prev.status;
    entry.anomaly = anomaly;
}

/// Carrier-side statements beat predictions; then the latest statement wins.
fn eta_rank(eta: &EtaObservation) -> (bool, Timestamp, EtaObservation) {
    (eta.source() != EtaSource::Predicted, eta.as_of(), *eta)
}

/// Up to this many events in total, [`Extend`] inserts one by one.
const SMALL_BATCH: usize = 64;

enum Inserted {
    Duplicate,
    /// The copy filled in fields the fold does not read: nothing to re-fold.
    Enriched,
    /// The copy's entry moved (or stayed) within `from..settle`.
    Merged {
        from: usize,
        settle: usize,
    },
    New {
        at: usize,
    },
}

impl<P: TransitionPolicy> Extend<TrackingEvent> for Tracker<P> {
    /// Adds many events and folds once, from the earliest change. Large batches are
    /// sorted and merged into the timeline in one pass: O((n + k) log k) for k new events.
    fn extend<I: IntoIterator<Item = TrackingEvent>>(&mut self, iter: I) {
        let mut incoming: Vec<TrackingEvent> = iter.into_iter().collect();
        let mut dirty = usize::MAX;
        if incoming.len() + self.entries.len() <= SMALL_BATCH {
            // small: shifting a few entries beats sorting and re-allocating
            for event in incoming {
                match self.insert(event) {
                    Inserted::Duplicate | Inserted::Enriched => {}
                    Inserted::Merged { from: at, .. } | Inserted::New { at } => {
                        dirty = dirty.min(at);
                    }
                }
            }
            if dirty != usize::MAX {
                self.refold(dirty, usize::MAX);
                self.rescan_current();
            }
            return;
        }
        incoming.sort_by(TrackingEvent::timeline_cmp);
        let mut fresh: Vec<TrackingEvent> = Vec::with_capacity(incoming.len());
        let mut second_start = 0;
        for event in incoming {
            if self.find_same(&event).is_some() {
                // a copy of a known event: merge through the incremental path
                if let Inserted::Merged { from, .. } = self.insert(event) {
                    dirty = dirty.min(from);
                }
                continue;
            }
            // sorted by time, so copies among the new events sit in the same second
            let sec = event.second();
            if fresh.get(second_start).is_none_or(|f| f.second() != sec) {
                second_start = fresh.len();
            }
            match fresh
                .get_mut(second_start..)
                .and_then(|group| group.iter_mut().find(|f| f.same_event(&event)))
            {
                Some(copy) => copy.merge(&event),
                None => fresh.push(event),
            }
        }
        if !fresh.is_empty() {
            // merging copies may have moved one within its second
            fresh.sort_by(TrackingEvent::timeline_cmp);
            let old = core::mem::take(&mut self.entries);
            let mut merged = Vec::with_capacity(old.len() + fresh.len());
            let mut old = old.into_iter().peekable();
            self.events.reserve(fresh.len());
            for event in fresh {
                while let Some(e) =
                    old.next_if(|e| self.events[e.event].timeline_cmp(&event) == Ordering::Less)
                {
                    merged.push(e);
                }
                dirty = dirty.min(merged.len());
                merged.push(Entry::unfolded(self.events.len(), MachineState::INITIAL));
                self.events.push(event);
            }
            merged.extend(old);
            self.entries = merged;
        }
        if dirty != usize::MAX {
            self.refold(dirty, usize::MAX);
            self.rescan_current();
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
        struct Events<'a>(&'a [Entry], &'a [TrackingEvent]);
        impl serde::Serialize for Events<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.iter().map(|e| &self.1[e.event]))
            }
        }
        let mut st = serializer.serialize_struct("Tracker", 1)?;
        st.serialize_field("events", &Events(&self.entries, &self.events))?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de, P: TransitionPolicy + Default> serde::Deserialize<'de> for Tracker<P> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Repr {
            events: Vec<TrackingEvent>,
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
