//! Multi-piece shipments: one tracker per piece plus an aggregate view.

use alloc::collections::BTreeMap;
use alloc::string::String;
use core::fmt;

#[cfg(feature = "serde")]
use super::event::EventSeq;

use super::timeline::{self, Changes, EventSet, Ref, Steps, View};
use super::tracker::{
    add, current_detail, current_pod, eta_rank, fold_queries, milestones, Anomaly, HistoryEntry,
    Milestones,
};
use super::{
    ApplyOutcome, DefaultPolicy, Detail, EtaObservation, EtaSource, ExpiryPolicy, Limit, Limits,
    MachineState, MappingQuality, ProofOfDelivery, RawStatus, Status, Terminality, Timestamp,
    Tracker, TrackingEvent, TransitionPolicy,
};

/// The shipment-level view of several pieces.
///
/// It never says `Delivered` while an expected piece is outstanding: missing expected
/// pieces count as `Unknown`, and `partial` is set while some but not all pieces are
/// delivered. `Display` gives a short summary such as `2 of 3 delivered`.
///
/// ```
/// use tracking_number::status::{Shipment, Status, Timestamp, TrackingEvent};
/// let mut s = Shipment::new(Some(3));
/// for p in ["A", "B"] {
///     s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece(p));
/// }
/// let agg = s.aggregate();
/// assert_eq!((agg.delivered(), agg.total(), agg.partial()), (2, 3, true));
/// assert_ne!(agg.headline(), Status::Delivered);
/// assert_eq!(agg.to_string(), "2 of 3 delivered");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AggregateStatus {
    headline: Status,
    least_advanced: Status,
    delivered: u16,
    total: u16,
    partial: bool,
}

impl AggregateStatus {
    /// What to show: `Lost` > `Exception` > `ReturningToSender` > `ReturnedToSender` >
    /// `DeliveryAttempted` if any piece is in it, otherwise the least advanced piece
    /// status. It is `Delivered` only when every expected piece is.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert_eq!(agg.headline(), Status::Unknown);
    /// ```
    pub const fn headline(&self) -> Status {
        self.headline
    }
    /// The piece status with the lowest progress rank (an `Exception` counts at the rank
    /// it floats at; `Lost` and `Cancelled` at 0).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert_eq!(agg.least_advanced(), Status::Unknown);
    /// ```
    pub const fn least_advanced(&self) -> Status {
        self.least_advanced
    }
    /// Pieces delivered.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert_eq!(agg.delivered(), 1);
    /// ```
    pub const fn delivered(&self) -> u16 {
        self.delivered
    }
    /// Pieces expected (or seen, when more were seen than expected or none were expected).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert_eq!(agg.total(), 2);
    /// ```
    pub const fn total(&self) -> u16 {
        self.total
    }
    /// Some, but not all, pieces are delivered.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert!(agg.partial());
    /// ```
    pub const fn partial(&self) -> bool {
        self.partial
    }
}

impl fmt::Display for AggregateStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.partial {
            write!(f, "{} of {} delivered", self.delivered, self.total)
        } else {
            f.write_str(self.headline.as_str())
        }
    }
}

/// A shipment of one or more pieces.
///
/// An event without a piece id applies to every piece (including pieces first seen later)
/// and to the shipment-level tracker; an event for an unseen piece creates it. When no
/// piece id was ever seen, the shipment-level tracker stands for every expected piece.
///
/// The shipment's events are stored once: a piece holds only its own events and the status
/// changes of its fold (the shipment's events and its own, merged in timeline order), so
/// memory grows with events plus pieces, not their product. A shipment-level event costs
/// one fold step and an O(log n) search per piece.
///
/// ```
/// use tracking_number::status::{Shipment, Status, Timestamp, TrackingEvent};
/// let at = Timestamp::from_unix_ms;
/// let mut s = Shipment::new(Some(2));
/// s.apply(TrackingEvent::new(at(0), Status::InTransit)); // whole shipment
/// s.apply(TrackingEvent::new(at(5), Status::Delivered).with_piece("1"));
/// assert_eq!(s.piece("1").map(|t| t.status()), Some(Status::Delivered));
/// assert_eq!(s.aggregate().headline(), Status::Unknown); // piece 2 never reported
/// s.apply(TrackingEvent::new(at(6), Status::Delivered).with_piece("2"));
/// assert_eq!(s.aggregate().headline(), Status::Delivered);
/// ```
#[derive(Clone, Debug)]
pub struct Shipment<P: TransitionPolicy = DefaultPolicy> {
    expected_pieces: Option<u16>,
    shared: Tracker<P>,
    pieces: BTreeMap<String, PieceFold>,
    /// The pieces' own events, in all.
    own_events: usize,
}

/// A piece's own events and the status changes of its fold.
#[derive(Clone, Debug, Default)]
struct PieceFold {
    set: EventSet,
    changes: Changes,
}

impl PieceFold {
    fn view<'a>(&'a self, shared: &'a EventSet) -> View<'a> {
        View::two(shared.source(), self.set.source())
    }
}

/// One piece of a [`Shipment`]: the shipment-level events and the piece's own, folded
/// together. It answers the same questions as a [`Tracker`].
///
/// ```
/// use tracking_number::status::{Shipment, Status, Timestamp, TrackingEvent};
/// let at = Timestamp::from_unix_ms;
/// let mut s = Shipment::new(None);
/// s.apply(TrackingEvent::new(at(0), Status::InfoReceived));
/// s.apply(TrackingEvent::new(at(5), Status::InTransit).with_piece("b"));
/// let b = s.piece("b").unwrap();
/// assert_eq!(b.len(), 2);
/// assert_eq!(b.milestones().info_received_at(), Some(at(0)));
/// ```
pub struct Piece<'a, P: TransitionPolicy = DefaultPolicy> {
    shared: &'a EventSet,
    fold: &'a PieceFold,
    policy: &'a P,
}

impl<P: TransitionPolicy> Clone for Piece<'_, P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P: TransitionPolicy> Copy for Piece<'_, P> {}

impl<P: TransitionPolicy> fmt::Debug for Piece<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        super::tracker::debug_summary(f, "Piece", self.status(), self.detail(), self.len())
    }
}

impl<'a, P: TransitionPolicy> Piece<'a, P> {
    fn fold_view(&self) -> View<'a> {
        self.fold.view(self.shared)
    }

    fn fold_changes(&self) -> &'a Changes {
        &self.fold.changes
    }

    fn fold_policy(&self) -> &'a P {
        self.policy
    }

    fn arrived(&self) -> impl Iterator<Item = &'a TrackingEvent> {
        self.shared.arrived().iter().chain(self.fold.set.arrived())
    }

    /// Number of events (the shipment's and the piece's own).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(None);
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit).with_piece("a"));
    /// assert_eq!(s.piece("a").unwrap().len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.shared.len() + self.fold.set.len()
    }

    /// `true` before any event.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(None);
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit).with_piece("a"));
    /// assert!(!s.piece("a").unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The piece as a tracker of its own (the shipment's events and the piece's, copied).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(None);
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(1), Status::Delivered).with_piece("a"));
    /// let t = s.piece("a").unwrap().to_tracker();
    /// assert_eq!((t.len(), t.status()), (2, Status::Delivered));
    /// ```
    pub fn to_tracker(&self) -> Tracker<P>
    where
        P: Clone,
    {
        let mut t = Tracker::with_policy(self.policy.clone());
        t.extend(self.arrived().cloned());
        t
    }

    fold_queries!();
}

impl Shipment<DefaultPolicy> {
    /// A shipment with the default policy; `expected_pieces = None` means "the pieces seen
    /// so far".
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Shipment::new(None).aggregate().total(), 1);
    /// ```
    pub fn new(expected_pieces: Option<u16>) -> Self {
        Shipment::with_policy(expected_pieces, DefaultPolicy::new())
    }
}

impl<P: TransitionPolicy> Shipment<P> {
    /// A shipment with a custom policy.
    ///
    /// ```
    /// use tracking_number::status::{DefaultPolicy, Shipment};
    /// let s = Shipment::with_policy(None, DefaultPolicy::new());
    /// assert_eq!(s.pieces().count(), 0);
    /// ```
    pub fn with_policy(expected_pieces: Option<u16>, policy: P) -> Self {
        Shipment {
            shared: Tracker::with_policy(policy),
            expected_pieces,
            pieces: BTreeMap::new(),
            own_events: 0,
        }
    }

    /// The same shipment with other [`Limits`]: `max_events` bounds its events in all
    /// (shared and the pieces' own), `max_pieces` its pieces.
    ///
    /// ```
    /// use tracking_number::status::{ApplyOutcome, Limit, Limits, Shipment, Status, Timestamp, TrackingEvent};
    /// let mut limits = Limits::DEFAULT;
    /// limits.max_pieces = 1;
    /// let mut s = Shipment::new(None).with_limits(limits);
    /// let ev = |p: &str| TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit).with_piece(p);
    /// s.apply(ev("a"));
    /// assert_eq!(s.apply(ev("b")), ApplyOutcome::Refused { limit: Limit::Pieces, max: 1 });
    /// assert_eq!(s.refused(), 1);
    /// ```
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.shared = self.shared.with_limits(limits);
        self
    }

    /// How many events were refused because a limit was reached.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Shipment::new(None).refused(), 0);
    /// ```
    pub fn refused(&self) -> u64 {
        self.shared.refused()
    }

    /// Adds an event. Returns the outcome for the fold it is about (the piece's, or the
    /// shipment-level tracker's for an event without piece id).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(None);
    /// let out = s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit).with_piece("1"));
    /// assert_eq!(out.status_change(), Some((Status::Unknown, Status::InTransit)));
    /// ```
    pub fn apply(&mut self, event: TrackingEvent) -> ApplyOutcome {
        let limits = self.shared.limits();
        match event.piece() {
            None => {
                if self.shared.full(self.own_events)
                    && self.shared.set().find_same(0, &event).is_none()
                {
                    self.shared.refuse();
                    return ApplyOutcome::Refused { limit: Limit::Events, max: limits.max_events };
                }
                self.apply_shared(event)
            }
            Some(id) => {
                let known = self.pieces.get(id);
                let refused = match known {
                    None if self.pieces.len() >= limits.max_pieces => Some(Limit::Pieces),
                    _ if self.shared.full(self.own_events)
                        && known.is_none_or(|f| f.set.find_same(1, &event).is_none()) =>
                    {
                        Some(Limit::Events)
                    }
                    _ => None,
                };
                if let Some(limit) = refused {
                    self.shared.refuse();
                    let max = match limit {
                        Limit::Pieces => limits.max_pieces,
                        _ => limits.max_events,
                    };
                    return ApplyOutcome::Refused { limit, max };
                }
                if !self.pieces.contains_key(id) {
                    // before its own events, a piece's fold is the shipment's
                    let fold =
                        PieceFold { set: EventSet::EMPTY, changes: self.shared.changes().clone() };
                    self.pieces.insert(String::from(id), fold);
                }
                let shared = &mut self.shared;
                let Some(fold) = self.pieces.get_mut(id) else {
                    return ApplyOutcome::Informational;
                };
                let (policy, set, _, steps) = shared.parts();
                let set: &EventSet = set;
                let before = fold.changes.last_state(&fold.view(set)).status;
                let held = fold.set.len();
                let out =
                    add(policy, &mut fold.set, &mut fold.changes, Some(set), event, before, steps)
                        .0;
                self.own_events += fold.set.len() - held;
                out
            }
        }
    }

    /// A shipment-level event: the shared tracker takes it, then every piece's fold.
    fn apply_shared(&mut self, event: TrackingEvent) -> ApplyOutcome {
        let before = self.shared.status();
        let copy = self.shared.set().find_same(0, &event);
        let merges = copy.filter(|&c| self.shared.set().merged(c, &event).is_some());
        // the copy as it was: where it stood among each piece's own events
        let old =
            merges.filter(|_| !self.pieces.is_empty()).map(|c| self.shared.set().event(c).clone());
        if let Some(c) = merges {
            // the copy may move: every fold naming it forgets it first
            let shared = self.shared.set();
            for fold in self.pieces.values_mut() {
                let view = View::two(shared.source(), fold.set.source());
                fold.changes.forget(&view, c);
            }
        }
        let (policy, set, changes, steps) = self.shared.parts();
        let (outcome, dirty) = add(policy, set, changes, None, event, before, steps);
        let set: &EventSet = set;
        for fold in self.pieces.values_mut() {
            let view = View::two(set.source(), fold.set.source());
            // a copy that moved across events of the piece changed their input too
            let crossed = merges.zip(old.as_ref()).and_then(|(c, old)| {
                let new = set.r(0, c.id);
                let (was, is) =
                    (fold.set.first_after(1, old), fold.set.first_after(1, set.event(new)));
                (was != is).then(|| {
                    let range = [was, is].into_iter().flatten().map(|r| (r, r));
                    range.fold((new, new), |acc, r| view.widen(Some(acc), r))
                })
            });
            let range = match (dirty, crossed) {
                (Some(range), crossed) => Some(view.widen(crossed, range)),
                (None, crossed) => crossed,
            };
            match (range, merges) {
                (Some((from, last)), _) => {
                    fold.changes.refold(&view, policy, from, Some(last), steps);
                }
                (None, Some(c)) => {
                    // merged in place: put the change back where it was one
                    let r = set.r(0, c.id);
                    timeline::restore(&mut fold.changes, &view, policy, r);
                }
                (None, None) => {}
            }
        }
        outcome
    }

    /// Adds many events: the shipment-level ones first, re-deriving each piece's fold once
    /// from the earliest of them, then each piece's own.
    fn add_batch(&mut self, events: impl IntoIterator<Item = TrackingEvent>) {
        let mut own: alloc::vec::Vec<TrackingEvent> = alloc::vec::Vec::new();
        let mut dirty: Option<(Ref, Ref)> = None;
        for event in events {
            if event.piece().is_some() {
                own.push(event);
                continue;
            }
            let copy = self.shared.set().find_same(0, &event);
            if copy.is_none() && self.shared.full(self.own_events) {
                self.shared.refuse();
                continue;
            }
            let merges = copy.filter(|&c| self.shared.set().merged(c, &event).is_some());
            if merges.is_some() && !self.pieces.is_empty() {
                // a re-sent copy may move across the pieces' own events (see `apply_shared`):
                // the pieces catch up, then take it alone
                self.refold_pieces(dirty.take());
                self.apply_shared(event);
                continue;
            }
            let before = self.shared.status();
            let (policy, set, changes, steps) = self.shared.parts();
            let placed = match add(policy, set, changes, None, event, before, steps).1 {
                Some(range) => range,
                // merged in place: the pieces re-derive from it
                None => match merges {
                    Some(c) => {
                        let r = set.r(0, c.id);
                        (r, r)
                    }
                    None => continue,
                },
            };
            let view = View::one_set(set);
            dirty = Some(view.widen(dirty, placed));
        }
        self.refold_pieces(dirty);
        for event in own {
            self.apply(event);
        }
    }

    /// Re-derives every piece's fold over the shared events `dirty` (from, last) changed.
    fn refold_pieces(&mut self, dirty: Option<(Ref, Ref)>) {
        if let Some((from, last)) = dirty {
            let (policy, set, _, steps) = self.shared.parts();
            let set: &EventSet = set;
            for fold in self.pieces.values_mut() {
                let view = View::two(set.source(), fold.set.source());
                fold.changes.refold(&view, policy, from, Some(last), steps);
            }
        }
    }

    /// One piece.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// assert!(s.piece("a").is_some() && s.piece("b").is_none());
    /// ```
    pub fn piece(&self, id: &str) -> Option<Piece<'_, P>> {
        let fold = self.pieces.get(id)?;
        Some(Piece { shared: self.shared.set(), fold, policy: self.shared.policy() })
    }

    /// All pieces seen, by id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// assert_eq!(s.pieces().map(|(id, _)| id).collect::<Vec<_>>(), ["a"]);
    /// ```
    pub fn pieces(&self) -> impl Iterator<Item = (&str, Piece<'_, P>)> {
        let (shared, policy) = (self.shared.set(), self.shared.policy());
        self.pieces.iter().map(move |(k, fold)| (k.as_str(), Piece { shared, fold, policy }))
    }

    /// The tracker of events without piece id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// assert_eq!(s.shipment_level().status(), Status::Unknown);
    /// ```
    pub fn shipment_level(&self) -> &Tracker<P> {
        &self.shared
    }

    /// Approximate heap bytes held: the events (each stored once) and every fold's status
    /// changes.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(None);
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit).with_piece("a"));
    /// assert!(s.heap_bytes() > 0);
    /// ```
    pub fn heap_bytes(&self) -> usize {
        self.shared.heap_bytes()
            + self
                .pieces
                .iter()
                .map(|(k, f)| {
                    k.capacity()
                        + core::mem::size_of::<PieceFold>()
                        + f.set.heap_bytes()
                        + f.changes.heap_bytes()
                })
                .sum::<usize>()
    }

    /// The aggregate view.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert_eq!(agg.to_string(), "1 of 2 delivered");
    /// ```
    pub fn aggregate(&self) -> AggregateStatus {
        let progress = |m: MachineState| match m.status {
            Status::Exception => m.anchor_rank,
            s => s.rank().unwrap_or(0),
        };
        let mut acc = Acc::default();
        let total: u16;
        if self.pieces.is_empty() {
            total = self.expected_pieces.unwrap_or(1);
            if total > 0 {
                let m = self.shared.machine_state();
                acc.add(m.status, progress(m), total);
            }
        } else {
            let seen = u16::try_from(self.pieces.len()).unwrap_or(u16::MAX);
            total = self.expected_pieces.unwrap_or(0).max(seen);
            for fold in self.pieces.values() {
                let m = fold.changes.last_state(&fold.view(self.shared.set()));
                acc.add(m.status, progress(m), 1);
            }
            if total > seen {
                acc.add(Status::Unknown, 0, total - seen);
            }
        }
        let least = acc.least.map_or(Status::Unknown, |(_, s)| s);
        let headline = if acc.lost {
            Status::Lost
        } else if acc.exception {
            Status::Exception
        } else if acc.returning {
            Status::ReturningToSender
        } else if acc.returned {
            Status::ReturnedToSender
        } else if acc.attempted {
            Status::DeliveryAttempted
        } else {
            least
        };
        AggregateStatus {
            headline,
            least_advanced: least,
            delivered: acc.delivered,
            total,
            partial: acc.delivered > 0 && acc.delivered < total,
        }
    }
}

impl<P: TransitionPolicy> Extend<TrackingEvent> for Shipment<P> {
    /// Adds many events: the shipment-level ones first (each piece's fold re-derived once),
    /// then the pieces' own.
    fn extend<I: IntoIterator<Item = TrackingEvent>>(&mut self, iter: I) {
        self.add_batch(iter);
    }
}

#[derive(Default)]
struct Acc {
    least: Option<(u8, Status)>,
    delivered: u16,
    lost: bool,
    exception: bool,
    returning: bool,
    returned: bool,
    attempted: bool,
}

impl Acc {
    fn add(&mut self, status: Status, progress: u8, count: u16) {
        // ties between equally advanced statuses go to the smaller enum value, so the
        // result does not depend on piece order
        if self.least.is_none_or(|l| (progress, status) < l) {
            self.least = Some((progress, status));
        }
        match status {
            Status::Delivered => self.delivered = self.delivered.saturating_add(count),
            Status::Lost => self.lost = true,
            Status::Exception => self.exception = true,
            Status::ReturningToSender => self.returning = true,
            Status::ReturnedToSender => self.returned = true,
            Status::DeliveryAttempted => self.attempted = true,
            _ => {}
        }
    }
}

/// Serialised as `{"expected_pieces": n, "events": [...]}`: every event applied (each
/// once), since the state is a function of the events; deserialising re-applies them with
/// `P::default()`.
#[cfg(feature = "serde")]
impl<P: TransitionPolicy> serde::Serialize for Shipment<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let own = || self.pieces.values().flat_map(|f| f.set.in_order());
        let mut st = serializer.serialize_struct("Shipment", 2)?;
        st.serialize_field("expected_pieces", &self.expected_pieces)?;
        st.serialize_field("events", &EventSeq(|| self.shared.events().chain(own())))?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de, P: TransitionPolicy + Default> serde::Deserialize<'de> for Shipment<P> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Repr {
            expected_pieces: Option<u16>,
            events: alloc::vec::Vec<TrackingEvent>,
        }
        let r = Repr::deserialize(deserializer)?;
        let mut s = Shipment::with_policy(r.expected_pieces, P::default());
        s.extend(r.events);
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use crate::status::Timestamp;
    use std::string::ToString;

    #[test]
    fn late_piece_gets_earlier_shared_events() {
        let at = Timestamp::from_unix_ms;
        let mut s = Shipment::new(None);
        s.apply(TrackingEvent::new(at(0), Status::InfoReceived));
        s.apply(TrackingEvent::new(at(5), Status::InTransit).with_piece("b"));
        let b = s.piece("b").unwrap();
        assert_eq!(b.milestones().info_received_at(), Some(at(0)));
        assert_eq!(s.aggregate().to_string(), "in_transit");
    }

    #[test]
    fn severity_first_headline() {
        let at = Timestamp::from_unix_ms;
        let mut s = Shipment::new(Some(2));
        s.apply(TrackingEvent::new(at(0), Status::Delivered).with_piece("a"));
        s.apply(TrackingEvent::new(at(0), Status::Lost).with_piece("b"));
        let agg = s.aggregate();
        assert_eq!(agg.headline(), Status::Lost);
        assert_eq!(agg.least_advanced(), Status::Lost);
        assert_eq!(agg.to_string(), "1 of 2 delivered");
    }

    #[test]
    fn no_piece_ids_means_shared_tracker_for_all() {
        let mut s = Shipment::new(Some(2));
        s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered));
        let agg = s.aggregate();
        assert_eq!((agg.headline(), agg.delivered(), agg.partial()), (Status::Delivered, 2, false));
    }

    /// A re-sent shipment-level copy stamped later moves past a piece's own event at the
    /// same time: that event now comes first in the piece's timeline, and the piece folds as
    /// a tracker of its events would (a proptest found the piece missing the change).
    #[test]
    fn a_shared_copy_moving_past_a_piece_event_refolds_the_piece() {
        use crate::status::{Detail, EventFlags};
        let at = Timestamp::from_unix_ms;
        let own = TrackingEvent::new(at(180_000), Status::ReturningToSender)
            .with_source_seq(0)
            .with_piece("a")
            .with_flags(EventFlags { correction: true, ..EventFlags::NONE });
        let shared = TrackingEvent::new(at(180_000), Status::Delivered).with_source_seq(2);
        let copy = TrackingEvent::new(at(180_629), Status::Delivered)
            .with_detail(Detail::ArrivedAtFacility)
            .with_flags(EventFlags { redirect: true, ..EventFlags::NONE });
        let events = [own, shared, copy];
        let mut one_by_one = Shipment::new(Some(3));
        for e in events.iter().cloned() {
            one_by_one.apply(e);
        }
        let mut batch = Shipment::new(Some(3));
        batch.apply(events[0].clone());
        batch.apply(events[1].clone());
        batch.extend(events[2..].iter().cloned());
        for s in [one_by_one, batch] {
            let piece = s.piece("a").unwrap();
            let rows = |h: &mut dyn Iterator<Item = HistoryEntry<'_>>| {
                h.map(|h| (h.from(), h.to(), h.kind())).collect::<alloc::vec::Vec<_>>()
            };
            let naive = piece.to_tracker();
            assert_eq!(rows(&mut piece.history()), rows(&mut naive.history()));
            assert_eq!(piece.history().last().map(|h| h.from()), Some(Status::ReturningToSender));
            assert_eq!(piece.status(), Status::Delivered);
        }
    }
}
