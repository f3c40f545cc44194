//! Where an event happened: a place (facility, city, region, postal code, country) and a
//! geographic point.

use alloc::string::String;
use core::cmp::Ordering;
use core::fmt;

use super::record::optional_record;

super::record::checked_pair! {
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
    pub struct GeoPoint { lat: f64, lon: f64 }
    read via GeoRepr else "latitude or longitude out of range"
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
        ok.then_some(GeoPoint { lat: lat + 0.0, lon: lon + 0.0 })
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
        self.lat.total_cmp(&other.lat).then(self.lon.total_cmp(&other.lon))
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

optional_record! {
    /// Where an event happened: a plain record, every part optional. `country` is kept as
    /// given (normally an ISO 3166-1 alpha-2 code). `Display` joins the parts present.
    ///
    /// ```
    /// use tracking_number::status::Location;
    ///
    /// let mut loc = Location::new();
    /// loc.city = Some("Leipzig".into());
    /// loc.postal_code = Some("04109".into());
    /// loc.country = Some("DE".into());
    /// assert_eq!(loc.to_string(), "Leipzig 04109 DE");
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
    #[non_exhaustive]
    pub struct Location {
        /// A carrier facility code or name (`"MEM"`, `"Leipzig Hub"`).
        pub facility: Option<String>,
        /// The city.
        pub city: Option<String>,
        /// The region or state.
        pub region: Option<String>,
        /// The postal code.
        pub postal_code: Option<String>,
        /// The country code.
        pub country: Option<String>,
        /// Coordinates.
        pub geo: Option<GeoPoint>,
    }
}

impl Location {
    /// An empty location (as `Default`).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(Location::new(), Location::default());
    /// ```
    #[must_use]
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

    /// Whether no part is present.
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert!(Location::new().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Location::new()
    }

    /// The part used to tell events apart: the facility, else city, postal code and country.
    pub(super) fn key(&self) -> (Option<&str>, Option<&str>, Option<&str>, Option<&str>) {
        match &self.facility {
            Some(f) => (Some(f), None, None, None),
            None => {
                (None, self.city.as_deref(), self.postal_code.as_deref(), self.country.as_deref())
            }
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = [&self.facility, &self.city, &self.region, &self.postal_code, &self.country];
        let mut first = true;
        for p in parts.into_iter().flatten() {
            let p: &str = p;
            if !first {
                f.write_str(" ")?;
            }
            f.write_str(p)?;
            first = false;
        }
        Ok(())
    }
}
