//! Proof of delivery: who received the parcel, where, the signature and photos.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::location::GeoPoint;
use super::record::optional_record;
use super::Timestamp;
use crate::id::id_enum;

id_enum! {
    /// To whom or where a parcel was handed.
    ///
    /// ```
    /// use tracking_number::status::Recipient;
    /// assert_eq!(Recipient::Neighbour.as_str(), "neighbour");
    /// assert_eq!("safe place".parse::<Recipient>(), Ok(Recipient::SafePlace));
    /// ```
    #[non_exhaustive]
    pub enum Recipient: "recipient", "tracking_number::status::Recipient", example Neighbour {
        /// The addressee.
        Addressee = ("addressee", "addressee"),
        /// A neighbour.
        Neighbour = ("neighbour", "neighbour"),
        /// Someone in the household.
        Household = ("household", "household"),
        /// A reception or mailroom.
        Reception = ("reception", "reception"),
        /// A parcel locker.
        Locker = ("locker", "locker"),
        /// A safe place.
        SafePlace = ("safe_place", "safe place"),
        /// A pickup point.
        PickupPoint = ("pickup_point", "pickup point"),
    }
}

optional_record! {
    /// Proof of delivery: a plain record, every part optional. Photo and signature references
    /// are opaque strings (URL, content id, handle) that this crate never fetches. `Debug`
    /// redacts names and coordinates.
    ///
    /// ```
    /// use tracking_number::status::ProofOfDelivery;
    ///
    /// let mut pod = ProofOfDelivery::new();
    /// pod.signed_by = Some("J. SMITH".into());
    /// pod.photos.push("https://example.invalid/p/1.jpg".into());
    /// assert!(!format!("{pod:?}").contains("SMITH"));
    /// ```
    #[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
    #[non_exhaustive]
    pub struct ProofOfDelivery {
        /// When the parcel was delivered (attached to an event, the event's time fills it).
        pub delivered_at: Option<Timestamp>,
        /// The name the signer gave.
        pub signed_by: Option<String>,
        /// Who received the parcel, as the carrier reports it.
        pub received_by: Option<String>,
        /// To whom or where the parcel was handed.
        pub handed_to: Option<Recipient>,
        /// Where it was left (`"front door"`, a locker id).
        pub place: Option<String>,
        /// A reference to the signature image.
        pub signature: Option<String>,
        /// References to photos.
        pub photos: Vec<String>,
        /// Where the delivery was recorded.
        pub geo: Option<GeoPoint>,
    }
}

impl fmt::Debug for ProofOfDelivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redact = |present: bool| if present { "<redacted>" } else { "None" };
        f.debug_struct("ProofOfDelivery")
            .field("delivered_at", &self.delivered_at)
            .field("signed_by", &format_args!("{}", redact(self.signed_by.is_some())))
            .field("received_by", &format_args!("{}", redact(self.received_by.is_some())))
            .field("handed_to", &self.handed_to)
            .field("place", &self.place)
            .field("signature", &self.signature)
            .field("photos", &self.photos)
            .field("geo", &format_args!("{}", redact(self.geo.is_some())))
            .finish()
    }
}

impl ProofOfDelivery {
    /// An empty proof (as `Default`).
    ///
    /// ```
    /// # use tracking_number::status::*;
    /// assert_eq!(ProofOfDelivery::new(), ProofOfDelivery::default());
    /// ```
    #[must_use]
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

    /// Completes this proof with `other`: where both have a part, the greater one is kept
    /// (so merging is commutative), and the photos are the union of both, sorted.
    ///
    /// ```
    /// use tracking_number::status::ProofOfDelivery;
    ///
    /// let (mut a, mut b) = (ProofOfDelivery::new(), ProofOfDelivery::new());
    /// a.signed_by = Some("A".into());
    /// b.signature = Some("sig-1".into());
    /// a.merge(&b);
    /// assert_eq!((a.signed_by.as_deref(), a.signature.as_deref()), (Some("A"), Some("sig-1")));
    /// ```
    pub fn merge(&mut self, other: &ProofOfDelivery) {
        max_fields!(self, other: delivered_at, signed_by, received_by, handed_to, place, signature, geo);
        self.photos.extend(other.photos.iter().cloned());
        self.photos.sort_unstable();
        self.photos.dedup();
    }
}

/// `a = max(a, b)`; with `Option`, a present value beats `None`.
pub(super) fn max_into<T: Ord + Clone>(a: &mut T, b: &T) {
    if *b > *a {
        *a = b.clone();
    }
}

/// [`max_into`] for each named field of two records: `self.f = max(self.f, other.f)`.
macro_rules! max_fields {
    ($a:ident, $b:ident: $($field:ident),+ $(,)?) => {
        $( $crate::status::pod::max_into(&mut $a.$field, &$b.$field); )+
    };
}
pub(super) use max_fields;
