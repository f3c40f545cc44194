//! Proof of delivery: who received the parcel, where, the signature and photos.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::location::GeoPoint;
use super::Timestamp;

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
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct ProofOfDelivery {
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(super) delivered_at: Option<Timestamp>,
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
pub(super) fn max_into<T: Ord + Clone>(a: &mut T, b: &T) {
    if *b > *a {
        *a = b.clone();
    }
}
