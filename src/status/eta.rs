//! Expected delivery: a window, where the estimate comes from, and one observation of it.

use super::Timestamp;
use crate::id::id_enum;

super::record::checked_pair! {
    /// An ETA window (schema.org `expectedArrivalFrom`/`Until`); `earliest ≤ latest`.
    ///
    /// ```
    /// use tracking_number::status::{EtaWindow, Timestamp};
    /// let a = Timestamp::from_unix_ms(0);
    /// let b = Timestamp::from_unix_ms(3_600_000);
    /// assert!(EtaWindow::new(a, b).is_some());
    /// assert!(EtaWindow::new(b, a).is_none());
    /// assert_eq!(EtaWindow::at(a).latest(), a);
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct EtaWindow { earliest: Timestamp, latest: Timestamp }
    read via EtaWindowRepr else "eta window ends before it starts"
}

impl EtaWindow {
    /// A window, or `None` when `earliest` is after `latest`.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// assert_eq!(EtaWindow::new(t(1), t(1)), Some(EtaWindow::at(t(1))));
    /// ```
    pub fn new(earliest: Timestamp, latest: Timestamp) -> Option<Self> {
        (earliest.unix_ms() <= latest.unix_ms()).then_some(EtaWindow { earliest, latest })
    }

    /// A single instant.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// assert_eq!(EtaWindow::at(t(7)).earliest(), t(7));
    /// ```
    pub const fn at(t: Timestamp) -> Self {
        EtaWindow { earliest: t, latest: t }
    }

    /// The start of the window.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// assert_eq!(EtaWindow::new(t(1), t(9)).unwrap().earliest(), t(1));
    /// ```
    pub const fn earliest(self) -> Timestamp {
        self.earliest
    }

    /// The end of the window.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// assert_eq!(EtaWindow::new(t(1), t(9)).unwrap().latest(), t(9));
    /// ```
    pub const fn latest(self) -> Timestamp {
        self.latest
    }
}

id_enum! {
    /// Who stated an ETA. Carrier statements win over predictions.
    ///
    /// ```
    /// use tracking_number::status::EtaSource;
    /// assert_eq!(EtaSource::Predicted.as_str(), "predicted");
    /// assert_eq!(EtaSource::default(), EtaSource::Carrier);
    /// ```
    #[derive(Default)]
    #[non_exhaustive]
    pub enum EtaSource: "eta source", "tracking_number::status::EtaSource", example Predicted {
        /// The carrier.
        #[default]
        Carrier = ("carrier", "carrier"),
        /// An aggregator relaying the carrier.
        Aggregator = ("aggregator", "aggregator"),
        /// A prediction (an aggregator's own model).
        Predicted = ("predicted", "predicted"),
        /// The shipper's promise.
        Shipper = ("shipper", "shipper"),
    }
}

id_enum! {
    /// What kind of ETA statement this is.
    ///
    /// ```
    /// use tracking_number::status::EtaKind;
    /// assert_eq!(EtaKind::Revised.as_str(), "revised");
    /// assert_eq!(EtaKind::default(), EtaKind::Original);
    /// ```
    #[derive(Default)]
    #[non_exhaustive]
    pub enum EtaKind: "eta kind", "tracking_number::status::EtaKind", example Revised {
        /// The first estimate.
        #[default]
        Original = ("original", "original"),
        /// A changed estimate.
        Revised = ("revised", "revised"),
        /// A scheduled delivery day.
        Scheduled = ("scheduled", "scheduled"),
        /// An appointment agreed with the recipient.
        Appointment = ("appointment", "appointment"),
    }
}

/// An ETA stated at some moment (`as_of`) by some source: a plain record.
///
/// ```
/// use tracking_number::status::{EtaKind, EtaObservation, EtaSource, EtaWindow, Timestamp};
///
/// let t = Timestamp::from_unix_ms;
/// let mut eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
/// assert_eq!((eta.source, eta.kind), (EtaSource::Carrier, EtaKind::Original));
/// eta.source = EtaSource::Predicted;
/// assert_eq!(eta.window.latest(), t(9));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct EtaObservation {
    /// When the estimate was stated.
    pub as_of: Timestamp,
    /// The window.
    pub window: EtaWindow,
    /// Who stated it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub source: EtaSource,
    /// What kind of statement it is.
    #[cfg_attr(feature = "serde", serde(default))]
    pub kind: EtaKind,
}

impl EtaObservation {
    /// A carrier's original estimate ([`EtaSource::Carrier`], [`EtaKind::Original`]).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!((eta.source, eta.kind), (EtaSource::Carrier, EtaKind::Original));
    /// ```
    pub const fn new(as_of: Timestamp, window: EtaWindow) -> Self {
        EtaObservation { as_of, window, source: EtaSource::Carrier, kind: EtaKind::Original }
    }
}
