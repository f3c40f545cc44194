//! Tracking events and what they carry: location, ETA, proof of delivery.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

use super::{ActionParty, Detail, EventFacts, EventFlags, MappingQuality, Status, Timestamp};

/// A position in degrees. Only finite values with `-90 ≤ lat ≤ 90` and `-180 ≤ lon ≤ 180`
/// exist. `Debug` of events and proofs of delivery redacts it (it can locate a home).
///
/// ```
/// use tracking_number::status::GeoPoint;
/// let p = GeoPoint::new(52.52, 13.405).unwrap();
/// assert_eq!(p.lat(), 52.52);
/// assert!(GeoPoint::new(91.0, 0.0).is_none());
/// assert!(GeoPoint::new(f64::NAN, 0.0).is_none());
/// ```
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "GeoRepr")
)]
pub struct GeoPoint {
    lat: f64,
    lon: f64,
}

#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct GeoRepr {
    lat: f64,
    lon: f64,
}

#[cfg(feature = "serde")]
impl TryFrom<GeoRepr> for GeoPoint {
    type Error = &'static str;
    fn try_from(r: GeoRepr) -> Result<Self, Self::Error> {
        GeoPoint::new(r.lat, r.lon).ok_or("latitude or longitude out of range")
    }
}

impl GeoPoint {
    /// A point, or `None` when a coordinate is not finite or out of range.
    ///
    /// ```
    /// use tracking_number::status::GeoPoint;
    /// assert!(GeoPoint::new(-33.9, 151.2).is_some());
    /// assert!(GeoPoint::new(0.0, 180.5).is_none());
    /// ```
    pub fn new(lat: f64, lon: f64) -> Option<GeoPoint> {
        let ok = lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon);
        // normalise -0.0 so that equality, ordering and hashing agree
        ok.then_some(GeoPoint {
            lat: lat + 0.0,
            lon: lon + 0.0,
        })
    }

    /// Latitude in degrees.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(GeoPoint::new(1.5, 2.5).unwrap().lat(), 1.5);
    /// ```
    pub const fn lat(self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(GeoPoint::new(1.5, 2.5).unwrap().lon(), 2.5);
    /// ```
    pub const fn lon(self) -> f64 {
        self.lon
    }
}

impl Eq for GeoPoint {}

impl PartialOrd for GeoPoint {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for GeoPoint {
    fn cmp(&self, other: &Self) -> Ordering {
        self.lat
            .total_cmp(&other.lat)
            .then(self.lon.total_cmp(&other.lon))
    }
}

impl core::hash::Hash for GeoPoint {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.lat.to_bits().hash(state);
        self.lon.to_bits().hash(state);
    }
}

impl fmt::Debug for GeoPoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("GeoPoint(<redacted>)")
    }
}

/// Where an event happened. Every part is optional; `country` is kept as given (normally
/// an ISO 3166-1 alpha-2 code).
///
/// ```
/// use tracking_number::status::Location;
/// let loc = Location::new().with_city("Leipzig").with_country("DE").with_postal_code("04109");
/// assert_eq!(loc.city(), Some("Leipzig"));
/// assert_eq!(loc.to_string(), "Leipzig 04109 DE");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Location {
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    facility: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    city: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    region: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    postal_code: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    country: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    geo: Option<GeoPoint>,
}

impl Location {
    /// An empty location.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new(), Location::default());
    /// ```
    pub const fn new() -> Self {
        Location {
            facility: None,
            city: None,
            region: None,
            postal_code: None,
            country: None,
            geo: None,
        }
    }

    /// With a carrier facility code or name.
    ///
    /// ```
    /// use tracking_number::status::Location;
    /// assert_eq!(Location::new().with_facility("MEM").facility(), Some("MEM"));
    /// ```
    pub fn with_facility(mut self, facility: impl Into<String>) -> Self {
        self.facility = Some(facility.into());
        self
    }

    /// With a city.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().with_city("Lyon").city(), Some("Lyon"));
    /// ```
    pub fn with_city(mut self, city: impl Into<String>) -> Self {
        self.city = Some(city.into());
        self
    }

    /// With a region or state.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().with_region("ARA").region(), Some("ARA"));
    /// ```
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// With a postal code.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().with_postal_code("69001").postal_code(), Some("69001"));
    /// ```
    pub fn with_postal_code(mut self, postal_code: impl Into<String>) -> Self {
        self.postal_code = Some(postal_code.into());
        self
    }

    /// With a country code.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().with_country("FR").country(), Some("FR"));
    /// ```
    pub fn with_country(mut self, country: impl Into<String>) -> Self {
        self.country = Some(country.into());
        self
    }

    /// With coordinates.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let g = GeoPoint::new(45.76, 4.83).unwrap();
    /// assert_eq!(Location::new().with_geo(g).geo(), Some(g));
    /// ```
    pub fn with_geo(mut self, geo: GeoPoint) -> Self {
        self.geo = Some(geo);
        self
    }

    /// The facility code or name.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().facility(), None);
    /// assert_eq!(Location::new().with_facility("LYS").facility(), Some("LYS"));
    /// ```
    pub fn facility(&self) -> Option<&str> {
        self.facility.as_deref()
    }

    /// The city.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().city(), None);
    /// assert_eq!(Location::new().with_city("Lyon").city(), Some("Lyon"));
    /// ```
    pub fn city(&self) -> Option<&str> {
        self.city.as_deref()
    }

    /// The region or state.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().region(), None);
    /// assert_eq!(Location::new().with_region("ARA").region(), Some("ARA"));
    /// ```
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The postal code.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().postal_code(), None);
    /// assert_eq!(Location::new().with_postal_code("69001").postal_code(), Some("69001"));
    /// ```
    pub fn postal_code(&self) -> Option<&str> {
        self.postal_code.as_deref()
    }

    /// The country code.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().country(), None);
    /// assert_eq!(Location::new().with_country("FR").country(), Some("FR"));
    /// ```
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// The coordinates.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new().geo(), None);
    /// ```
    pub fn geo(&self) -> Option<GeoPoint> {
        self.geo
    }

    /// The part used to tell events apart: the facility, else city, postal code and country.
    fn key(&self) -> (Option<&str>, Option<&str>, Option<&str>, Option<&str>) {
        match &self.facility {
            Some(f) => (Some(f), None, None, None),
            None => (None, self.city(), self.postal_code(), self.country()),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = [
            self.facility(),
            self.city(),
            self.region(),
            self.postal_code(),
            self.country(),
        ];
        let mut first = true;
        for p in parts.into_iter().flatten() {
            if !first {
                f.write_str(" ")?;
            }
            f.write_str(p)?;
            first = false;
        }
        Ok(())
    }
}

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
pub struct RawStatus {
    code: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
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
        RawStatus {
            code: code.into(),
            sub_code: None,
        }
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// To whom or where a parcel was handed.
///
/// ```
/// use tracking_number::status::Recipient;
/// assert_eq!(Recipient::Neighbour.as_str(), "neighbour");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Recipient {
    /// The addressee.
    Addressee,
    /// A neighbour.
    Neighbour,
    /// Someone in the household.
    Household,
    /// A reception or mailroom.
    Reception,
    /// A parcel locker.
    Locker,
    /// A safe place.
    SafePlace,
    /// A pickup point.
    PickupPoint,
}

impl Recipient {
    /// The stable snake_case id.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Recipient::SafePlace.as_str(), "safe_place");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Recipient::Addressee => "addressee",
            Recipient::Neighbour => "neighbour",
            Recipient::Household => "household",
            Recipient::Reception => "reception",
            Recipient::Locker => "locker",
            Recipient::SafePlace => "safe_place",
            Recipient::PickupPoint => "pickup_point",
        }
    }
}

/// Proof of delivery. Photo and signature references are opaque strings (URL, content id,
/// handle) that this crate never fetches. `Debug` redacts names and coordinates.
///
/// ```
/// use tracking_number::status::ProofOfDelivery;
/// let pod = ProofOfDelivery::new().with_signed_by("J. SMITH").with_photo("https://example.invalid/p/1.jpg");
/// assert_eq!(pod.signed_by(), Some("J. SMITH"));
/// assert!(!format!("{pod:?}").contains("SMITH"));
/// ```
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ProofOfDelivery {
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    delivered_at: Option<Timestamp>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    signed_by: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    received_by: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    handed_to: Option<Recipient>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    place: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    signature: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    photos: Vec<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    geo: Option<GeoPoint>,
}

impl fmt::Debug for ProofOfDelivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redact = |present: bool| if present { "<redacted>" } else { "None" };
        f.debug_struct("ProofOfDelivery")
            .field("delivered_at", &self.delivered_at)
            .field(
                "signed_by",
                &format_args!("{}", redact(self.signed_by.is_some())),
            )
            .field(
                "received_by",
                &format_args!("{}", redact(self.received_by.is_some())),
            )
            .field("handed_to", &self.handed_to)
            .field("place", &self.place)
            .field("signature", &self.signature)
            .field("photos", &self.photos)
            .field("geo", &format_args!("{}", redact(self.geo.is_some())))
            .finish()
    }
}

impl ProofOfDelivery {
    /// An empty proof (attach it to a delivered event; the event time fills `delivered_at`).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ProofOfDelivery::new(), ProofOfDelivery::default());
    /// ```
    pub const fn new() -> Self {
        ProofOfDelivery {
            delivered_at: None,
            signed_by: None,
            received_by: None,
            handed_to: None,
            place: None,
            signature: None,
            photos: Vec::new(),
            geo: None,
        }
    }

    /// With the delivery time.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let t = Timestamp::from_unix_ms(5);
    /// assert_eq!(ProofOfDelivery::new().with_delivered_at(t).delivered_at(), Some(t));
    /// ```
    pub fn with_delivered_at(mut self, at: Timestamp) -> Self {
        self.delivered_at = Some(at);
        self
    }

    /// With the name the carrier reports as signing (never validated).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ProofOfDelivery::new().with_signed_by("KIM").signed_by(), Some("KIM"));
    /// ```
    pub fn with_signed_by(mut self, name: impl Into<String>) -> Self {
        self.signed_by = Some(name.into());
        self
    }

    /// With the name of the person who received it without signing.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ProofOfDelivery::new().with_received_by("KIM").received_by(), Some("KIM"));
    /// ```
    pub fn with_received_by(mut self, name: impl Into<String>) -> Self {
        self.received_by = Some(name.into());
        self
    }

    /// With who or where it was handed to.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ProofOfDelivery::new().with_handed_to(Recipient::Locker).handed_to(), Some(Recipient::Locker));
    /// ```
    pub fn with_handed_to(mut self, to: Recipient) -> Self {
        self.handed_to = Some(to);
        self
    }

    /// With a place description ("front door", "mailroom").
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ProofOfDelivery::new().with_place("porch").place(), Some("porch"));
    /// ```
    pub fn with_place(mut self, place: impl Into<String>) -> Self {
        self.place = Some(place.into());
        self
    }

    /// With a signature image reference.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ProofOfDelivery::new().with_signature("sig/9").signature(), Some("sig/9"));
    /// ```
    pub fn with_signature(mut self, reference: impl Into<String>) -> Self {
        self.signature = Some(reference.into());
        self
    }

    /// With one more photo reference (kept sorted and unique).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let pod = ProofOfDelivery::new().with_photo("b").with_photo("a").with_photo("b");
    /// assert_eq!(pod.photos(), ["a", "b"]);
    /// ```
    pub fn with_photo(mut self, reference: impl Into<String>) -> Self {
        let r = reference.into();
        if let Err(i) = self.photos.binary_search(&r) {
            self.photos.insert(i, r);
        }
        self
    }

    /// With the courier device position at hand-over.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// let g = GeoPoint::new(1.0, 2.0).unwrap();
    /// assert_eq!(ProofOfDelivery::new().with_geo(g).geo(), Some(g));
    /// ```
    pub fn with_geo(mut self, geo: GeoPoint) -> Self {
        self.geo = Some(geo);
        self
    }

    /// The delivery time.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().delivered_at().is_none());
    /// ```
    pub fn delivered_at(&self) -> Option<Timestamp> {
        self.delivered_at
    }

    /// The name reported as signing.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().signed_by().is_none());
    /// ```
    pub fn signed_by(&self) -> Option<&str> {
        self.signed_by.as_deref()
    }

    /// The name reported as receiving.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().received_by().is_none());
    /// ```
    pub fn received_by(&self) -> Option<&str> {
        self.received_by.as_deref()
    }

    /// Who or where it was handed to.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().handed_to().is_none());
    /// ```
    pub fn handed_to(&self) -> Option<Recipient> {
        self.handed_to
    }

    /// The place description.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().place().is_none());
    /// ```
    pub fn place(&self) -> Option<&str> {
        self.place.as_deref()
    }

    /// The signature image reference.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().signature().is_none());
    /// ```
    pub fn signature(&self) -> Option<&str> {
        self.signature.as_deref()
    }

    /// Photo references, sorted.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().photos().is_empty());
    /// ```
    pub fn photos(&self) -> &[String] {
        &self.photos
    }

    /// The courier device position.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(ProofOfDelivery::new().geo().is_none());
    /// ```
    pub fn geo(&self) -> Option<GeoPoint> {
        self.geo
    }

    /// Fills fields from `other`: a present value beats an absent one, the greater of two
    /// present values wins, photos are united. Commutative and associative.
    ///
    /// ```
    /// use tracking_number::status::ProofOfDelivery;
    /// let mut a = ProofOfDelivery::new().with_signed_by("A");
    /// a.merge(&ProofOfDelivery::new().with_signature("sig-1"));
    /// assert_eq!((a.signed_by(), a.signature()), (Some("A"), Some("sig-1")));
    /// ```
    pub fn merge(&mut self, other: &ProofOfDelivery) {
        max_into(&mut self.delivered_at, &other.delivered_at);
        max_into(&mut self.signed_by, &other.signed_by);
        max_into(&mut self.received_by, &other.received_by);
        max_into(&mut self.handed_to, &other.handed_to);
        max_into(&mut self.place, &other.place);
        max_into(&mut self.signature, &other.signature);
        max_into(&mut self.geo, &other.geo);
        for p in &other.photos {
            if let Err(i) = self.photos.binary_search(p) {
                self.photos.insert(i, p.clone());
            }
        }
    }
}

/// `a = max(a, b)`; with `Option`, a present value beats `None`.
fn max_into<T: Ord + Clone>(a: &mut T, b: &T) {
    if *b > *a {
        *a = b.clone();
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
pub enum EventErrorKind {
    /// A proof of delivery was attached to an event that is not `Delivered` or
    /// `ReturnedToSender`.
    PodOnNonDelivery {
        /// The event's status (`None` for informational events).
        status: Option<Status>,
    },
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
/// let ev = TrackingEvent::new("2026-11-19T06:40:00+01:00".parse()?, Status::InTransit)
///     .with_detail(Detail::ArrivedAtFacility)
///     .with_raw_code("AR")
///     .with_location(Location::new().with_city("Köln").with_country("DE"))
///     .with_description("Arrived at FedEx location");
/// assert_eq!(ev.status(), Some(Status::InTransit));
/// assert_eq!(ev.raw().map(|r| r.code()), Some("AR"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "EventRepr")
)]
pub struct TrackingEvent {
    occurred_at: Timestamp,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    status: Option<Status>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    detail: Option<Detail>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    action_required: Option<ActionParty>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    raw: Option<RawStatus>,
    #[cfg_attr(feature = "serde", serde(default))]
    quality: MappingQuality,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    id: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    source_seq: Option<u64>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    piece: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    location: Option<Box<Location>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    description: Option<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    flags: EventFlags,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    attempt: Option<u8>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    eta: Option<Box<EtaObservation>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pod: Option<Box<ProofOfDelivery>>,
}

/// The serialised form of a [`TrackingEvent`], checked on the way in (a proof of delivery
/// on a non-delivery event is rejected, as by [`TrackingEvent::with_pod`]).
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
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
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_location(Location::new().with_city("Oslo")).location().and_then(Location::city), Some("Oslo"));
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
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::InTransit);
    /// assert_eq!(e.with_flags(EventFlags::NONE.with_redirect(true)).flags().redirect(), true);
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
    /// assert_eq!(e.correction().flags().correction(), true);
    /// ```
    pub fn correction(mut self) -> Self {
        self.flags = self.flags.with_correction(true);
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
        self.flags = self.flags.with_return_leg(true);
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
    /// let e = TrackingEvent::new(Timestamp::from_unix_ms(0), Status::Delivered)
    ///     .with_pod(ProofOfDelivery::new().with_place("mailroom"))?;
    /// assert_eq!(e.pod().and_then(ProofOfDelivery::place), Some("mailroom"));
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
            status => Err(EventError {
                kind: EventErrorKind::PodOnNonDelivery { status },
            }),
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
            Status::Delivered if self.flags.return_leg() => Status::ReturnedToSender,
            Status::PickedUp
            | Status::InTransit
            | Status::OutForDelivery
            | Status::AvailableForPickup
            | Status::DeliveryAttempted
                if self.flags.return_leg() =>
            {
                Status::ReturningToSender
            }
            Status::PickedUp if self.flags.physical_scan() == Some(false) => Status::InfoReceived,
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
        EventFacts::new(self.effective_status(), self.occurred_at)
            .with_flags(self.flags)
            .with_quality(self.quality)
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
            self.flags.return_leg(),
            self.flags.physical_scan() == Some(false),
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

    /// Merges a copy of the same event: a present value beats an absent one, the greater
    /// of two present values wins, flags are united, proofs merged. Commutative.
    pub(crate) fn merge(&mut self, other: &TrackingEvent) {
        max_into(&mut self.occurred_at, &other.occurred_at);
        max_into(&mut self.status, &other.status);
        max_into(&mut self.detail, &other.detail);
        max_into(&mut self.action_required, &other.action_required);
        max_into(&mut self.raw, &other.raw);
        max_into(&mut self.quality, &other.quality);
        max_into(&mut self.id, &other.id);
        max_into(&mut self.source_seq, &other.source_seq);
        max_into(&mut self.piece, &other.piece);
        max_into(&mut self.location, &other.location);
        max_into(&mut self.description, &other.description);
        self.flags = self.flags.union(other.flags);
        max_into(&mut self.attempt, &other.attempt);
        max_into(&mut self.eta, &other.eta);
        match (&mut self.pod, &other.pod) {
            (Some(a), Some(b)) => a.merge(b),
            (None, Some(b)) => self.pod = Some(b.clone()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::string::ToString;

    fn t(ms: i64) -> Timestamp {
        Timestamp::from_unix_ms(ms)
    }

    #[test]
    fn pod_only_on_delivery() {
        let ok =
            TrackingEvent::new(t(5), Status::ReturnedToSender).with_pod(ProofOfDelivery::new());
        assert_eq!(ok.unwrap().pod().unwrap().delivered_at(), Some(t(5)));
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
        let pod = ProofOfDelivery::new()
            .with_signed_by("Erika Mustermann")
            .with_received_by("Max")
            .with_geo(GeoPoint::new(48.1, 11.5).unwrap());
        let ev = TrackingEvent::new(t(0), Status::Delivered)
            .with_location(Location::new().with_geo(GeoPoint::new(48.1, 11.5).unwrap()))
            .with_pod(pod)
            .unwrap();
        let dbg = alloc::format!("{ev:?}");
        assert!(
            !dbg.contains("Erika") && !dbg.contains("Max") && !dbg.contains("48.1"),
            "{dbg}"
        );
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
        assert!(a
            .clone()
            .with_id("1")
            .same_event(&a.clone().with_id("1").with_raw_code("XX")));
        assert!(!a.same_event(&a.clone().with_piece("p1")));
    }

    #[test]
    fn merge_is_commutative() {
        let a = TrackingEvent::new(t(0), Status::Delivered)
            .with_description("A")
            .with_pod(ProofOfDelivery::new().with_signed_by("X").with_photo("p2"))
            .unwrap();
        let b = TrackingEvent::new(t(0), Status::Delivered)
            .with_source_seq(3)
            .with_pod(ProofOfDelivery::new().with_photo("p1").with_signature("s"))
            .unwrap();
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        assert_eq!(ab.pod().unwrap().photos(), ["p1", "p2"]);
    }
}
