//! Where an event happened: a place (facility, city, region, postal code, country) and a
//! geographic point.

use alloc::string::String;
use core::cmp::Ordering;
use core::fmt;

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
#[serde(deny_unknown_fields)]
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
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields)
)]
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
    pub(super) fn key(&self) -> (Option<&str>, Option<&str>, Option<&str>, Option<&str>) {
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
