//! Plain records whose every part is optional ([`Location`](super::Location),
//! [`ProofOfDelivery`](super::ProofOfDelivery)): one macro states the serde rule once.

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
