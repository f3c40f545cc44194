//! The serde rules of the status records, each stated once: plain records whose every part
//! is optional ([`Location`](super::Location), [`ProofOfDelivery`](super::ProofOfDelivery)),
//! and value types read through their checking constructor ([`GeoPoint`](super::GeoPoint),
//! [`EtaWindow`](super::EtaWindow)).

/// Whether `value` is its type's default (`None`, an empty list): such a field is left out
/// of a record's serialisation, and a missing field reads as the default.
#[cfg(feature = "serde")]
pub(super) fn is_absent<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A struct of public fields, each of them optional: serialised without its absent
/// fields ([`is_absent`]), read with the missing ones absent.
macro_rules! optional_record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[cfg_attr(
                    feature = "serde",
                    serde(default, skip_serializing_if = "super::record::is_absent")
                )]
                pub $field: $ty,
            )*
        }
    };
}
pub(super) use optional_record;

/// A value type of two private fields whose constructor `new` checks them, with its serde
/// form: the fields by name, unknown ones refused, read through `new` (an input it refuses is
/// the error `$error`), by way of the private struct `$repr`.
macro_rules! checked_pair {
    (
        $(#[$meta:meta])*
        pub struct $ty:ident { $a:ident: $ta:ty, $b:ident: $tb:ty }
        read via $repr:ident else $error:literal
    ) => {
        $(#[$meta])*
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        pub struct $ty {
            $a: $ta,
            $b: $tb,
        }

        #[cfg(feature = "serde")]
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct $repr {
            $a: $ta,
            $b: $tb,
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let r = <$repr as serde::Deserialize>::deserialize(d)?;
                $ty::new(r.$a, r.$b).ok_or_else(|| serde::de::Error::custom($error))
            }
        }
    };
}
pub(super) use checked_pair;

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::is_absent;
    use alloc::string::String;
    use alloc::vec::Vec;

    #[test]
    fn absent_is_the_default() {
        assert!(is_absent(&None::<String>) && is_absent(&Vec::<String>::new()));
        assert!(!is_absent(&Some(String::new())) && !is_absent(&Vec::from([String::new()])));
    }
}
