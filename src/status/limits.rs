//! How much one tracker or shipment may hold, so a service can bound what one request
//! costs: events past the limit are refused (and counted), never stored.

use crate::id::id_enum;

/// The bounds of a [`Tracker`](super::Tracker) or [`Shipment`](super::Shipment): a plain
/// record, with defaults far above any real shipment (a tracker holds about 300 bytes per
/// event, so the default event bound is about 300 MB).
///
/// ```
/// use tracking_number::status::{ApplyOutcome, Limit, Limits, Status, Timestamp, Tracker, TrackingEvent};
///
/// let mut limits = Limits::DEFAULT;
/// limits.max_events = 2;
/// let mut t = Tracker::new().with_limits(limits);
/// for ms in [0, 1_000, 2_000] {
///     let out = t.apply(TrackingEvent::new(Timestamp::from_unix_ms(ms), Status::InTransit));
///     if ms == 2_000 {
///         assert_eq!(out, ApplyOutcome::Refused { limit: Limit::Events, max: 2 });
///     }
/// }
/// assert_eq!((t.len(), t.refused()), (2, 1));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Limits {
    /// The most distinct events a tracker holds, or a shipment in all (1,000,000 by
    /// default). A copy of an event held is merged whatever the count.
    pub max_events: usize,
    /// The most pieces a shipment holds (10,000 by default).
    pub max_pieces: usize,
}

impl Limits {
    /// The defaults: 1,000,000 events, 10,000 pieces.
    pub const DEFAULT: Limits = Limits { max_events: 1_000_000, max_pieces: 10_000 };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

id_enum! {
    /// Which bound of [`Limits`] refused an event.
    ///
    /// ```
    /// use tracking_number::status::Limit;
    /// assert_eq!(Limit::Pieces.as_str(), "pieces");
    /// ```
    #[non_exhaustive]
    pub enum Limit: "limit", "tracking_number::status::Limit", example Events {
        /// [`Limits::max_events`].
        Events = ("events", "events"),
        /// [`Limits::max_pieces`].
        Pieces = ("pieces", "pieces"),
    }
}
