//! Multi-piece shipments: one tracker per piece plus an aggregate view.

use alloc::collections::BTreeMap;
use alloc::string::String;
use core::fmt;

use super::{ApplyOutcome, DefaultPolicy, Status, Tracker, TrackingEvent, TransitionPolicy};

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

/// A shipment of one or more pieces, each folded by its own [`Tracker`].
///
/// An event without a piece id applies to every piece (including pieces first seen later)
/// and to the shipment-level tracker; an event for an unseen piece creates it. When no
/// piece id was ever seen, the shipment-level tracker stands for every expected piece.
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
pub struct Shipment<P: TransitionPolicy + Clone = DefaultPolicy> {
    policy: P,
    expected_pieces: Option<u16>,
    shared: Tracker<P>,
    pieces: BTreeMap<String, Tracker<P>>,
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

impl<P: TransitionPolicy + Clone> Shipment<P> {
    /// A shipment with a custom policy.
    ///
    /// ```
    /// use tracking_number::status::{DefaultPolicy, Shipment};
    /// let s = Shipment::with_policy(None, DefaultPolicy::new());
    /// assert_eq!(s.pieces().count(), 0);
    /// ```
    pub fn with_policy(expected_pieces: Option<u16>, policy: P) -> Self {
        Shipment {
            shared: Tracker::with_policy(policy.clone()),
            policy,
            expected_pieces,
            pieces: BTreeMap::new(),
        }
    }

    /// Adds an event. Returns the outcome for the tracker it is about (the piece's, or the
    /// shipment-level tracker for an event without piece id).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(None);
    /// let out = s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit).with_piece("1"));
    /// assert_eq!(out.status_change(), Some((Status::Unknown, Status::InTransit)));
    /// ```
    pub fn apply(&mut self, event: TrackingEvent) -> ApplyOutcome {
        match event.piece() {
            None => {
                for t in self.pieces.values_mut() {
                    t.apply(event.clone());
                }
                self.shared.apply(event)
            }
            Some(id) => {
                if !self.pieces.contains_key(id) {
                    let mut t = Tracker::with_policy(self.policy.clone());
                    t.extend(self.shared.events().cloned());
                    self.pieces.insert(String::from(id), t);
                }
                match self.pieces.get_mut(id) {
                    Some(t) => t.apply(event),
                    None => ApplyOutcome::Informational,
                }
            }
        }
    }

    /// The tracker of one piece.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert!(s.piece("a").is_some() && s.piece("b").is_none());
    /// ```
    pub fn piece(&self, id: &str) -> Option<&Tracker<P>> {
        self.pieces.get(id)
    }

    /// All pieces seen, by id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert_eq!(s.pieces().map(|(id, _)| id).collect::<Vec<_>>(), ["a"]);
    /// ```
    pub fn pieces(&self) -> impl Iterator<Item = (&str, &Tracker<P>)> {
        self.pieces.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The tracker of events without piece id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let mut s = Shipment::new(Some(2));
    /// s.apply(TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered).with_piece("a"));
    /// let agg = s.aggregate();
    /// assert_eq!(s.shipment_level().status(), Status::Unknown);
    /// ```
    pub fn shipment_level(&self) -> &Tracker<P> {
        &self.shared
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
        let progress = |t: &Tracker<P>| {
            let m = t.machine_state();
            match m.status {
                Status::Exception => m.anchor_rank,
                s => s.rank().unwrap_or(0),
            }
        };
        let mut acc = Acc::default();
        let total: u16;
        if self.pieces.is_empty() {
            total = self.expected_pieces.unwrap_or(1);
            if total > 0 {
                acc.add(self.shared.status(), progress(&self.shared), total);
            }
        } else {
            let seen = u16::try_from(self.pieces.len()).unwrap_or(u16::MAX);
            total = self.expected_pieces.unwrap_or(0).max(seen);
            for t in self.pieces.values() {
                acc.add(t.status(), progress(t), 1);
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
impl<P: TransitionPolicy + Clone> serde::Serialize for Shipment<P> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Events<'a, P: TransitionPolicy + Clone>(&'a Shipment<P>);
        impl<P: TransitionPolicy + Clone> serde::Serialize for Events<'_, P> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let shared = self.0.shared.events();
                let own =
                    self.0.pieces.iter().flat_map(|(id, t)| {
                        t.events().filter(move |e| e.piece() == Some(id.as_str()))
                    });
                s.collect_seq(shared.chain(own))
            }
        }
        let mut st = serializer.serialize_struct("Shipment", 2)?;
        st.serialize_field("expected_pieces", &self.expected_pieces)?;
        st.serialize_field("events", &Events(self))?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de, P: TransitionPolicy + Clone + Default> serde::Deserialize<'de> for Shipment<P> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Repr {
            expected_pieces: Option<u16>,
            events: alloc::vec::Vec<TrackingEvent>,
        }
        let r = Repr::deserialize(deserializer)?;
        let mut s = Shipment::with_policy(r.expected_pieces, P::default());
        for e in r.events {
            s.apply(e);
        }
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
}
