//! Expected delivery: a window, where the estimate comes from, and one observation of it.

use super::Timestamp;

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
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "EtaWindowRepr")
)]
pub struct EtaWindow {
    earliest: Timestamp,
    latest: Timestamp,
}

#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct EtaWindowRepr {
    earliest: Timestamp,
    latest: Timestamp,
}

#[cfg(feature = "serde")]
impl TryFrom<EtaWindowRepr> for EtaWindow {
    type Error = &'static str;
    fn try_from(r: EtaWindowRepr) -> Result<Self, Self::Error> {
        EtaWindow::new(r.earliest, r.latest).ok_or("eta window ends before it starts")
    }
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
        EtaWindow {
            earliest: t,
            latest: t,
        }
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

/// Who stated an ETA. Carrier statements win over predictions.
///
/// ```
/// use tracking_number::status::EtaSource;
/// assert_eq!(EtaSource::Predicted.as_str(), "predicted");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum EtaSource {
    /// The carrier.
    #[default]
    Carrier,
    /// An aggregator relaying the carrier.
    Aggregator,
    /// A prediction (an aggregator's own model).
    Predicted,
    /// The shipper's promise.
    Shipper,
}

impl EtaSource {
    /// The stable snake_case id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(EtaSource::Carrier.as_str(), "carrier");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            EtaSource::Carrier => "carrier",
            EtaSource::Aggregator => "aggregator",
            EtaSource::Predicted => "predicted",
            EtaSource::Shipper => "shipper",
        }
    }
}

/// What kind of ETA statement this is.
///
/// ```
/// use tracking_number::status::EtaKind;
/// assert_eq!(EtaKind::Revised.as_str(), "revised");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum EtaKind {
    /// The first estimate.
    #[default]
    Original,
    /// A changed estimate.
    Revised,
    /// A scheduled delivery day.
    Scheduled,
    /// An appointment agreed with the recipient.
    Appointment,
}

impl EtaKind {
    /// The stable snake_case id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(EtaKind::Appointment.as_str(), "appointment");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            EtaKind::Original => "original",
            EtaKind::Revised => "revised",
            EtaKind::Scheduled => "scheduled",
            EtaKind::Appointment => "appointment",
        }
    }
}

/// An ETA stated at some moment (`as_of`) by some source.
///
/// ```
/// use tracking_number::status::{EtaObservation, EtaSource, EtaWindow, Timestamp};
/// let eta = EtaObservation::new(Timestamp::from_unix_ms(0), EtaWindow::at(Timestamp::from_unix_ms(9)))
///     .with_source(EtaSource::Predicted);
/// assert_eq!(eta.source(), EtaSource::Predicted);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct EtaObservation {
    as_of: Timestamp,
    window: EtaWindow,
    #[cfg_attr(feature = "serde", serde(default))]
    source: EtaSource,
    #[cfg_attr(feature = "serde", serde(default))]
    kind: EtaKind,
}

impl EtaObservation {
    /// A carrier's original estimate.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!((eta.source(), eta.kind()), (EtaSource::Carrier, EtaKind::Original));
    /// ```
    pub const fn new(as_of: Timestamp, window: EtaWindow) -> Self {
        EtaObservation {
            as_of,
            window,
            source: EtaSource::Carrier,
            kind: EtaKind::Original,
        }
    }

    /// With another source.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!(eta.with_source(EtaSource::Shipper).source(), EtaSource::Shipper);
    /// ```
    pub const fn with_source(mut self, source: EtaSource) -> Self {
        self.source = source;
        self
    }

    /// With another kind.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!(eta.with_kind(EtaKind::Revised).kind(), EtaKind::Revised);
    /// ```
    pub const fn with_kind(mut self, kind: EtaKind) -> Self {
        self.kind = kind;
        self
    }

    /// When the estimate was stated.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!(eta.as_of(), t(0));
    /// ```
    pub const fn as_of(self) -> Timestamp {
        self.as_of
    }

    /// The window.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!(eta.window().latest(), t(9));
    /// ```
    pub const fn window(self) -> EtaWindow {
        self.window
    }

    /// Who stated it.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!(eta.source(), EtaSource::Carrier);
    /// ```
    pub const fn source(self) -> EtaSource {
        self.source
    }

    /// What kind of statement it is.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms;
    /// let eta = EtaObservation::new(t(0), EtaWindow::at(t(9)));
    /// assert_eq!(eta.kind(), EtaKind::Original);
    /// ```
    pub const fn kind(self) -> EtaKind {
        self.kind
    }
}
