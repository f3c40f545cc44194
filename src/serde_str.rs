//! serde for the values whose stored form is one string (ids, patterns, dates, numbers):
//! written with `as_str` or `Display`, read back through a parser, by one macro
//! ([`serde_str!`]) and one visitor, so every such type reads and reports errors alike.

#[cfg(feature = "serde")]
use core::fmt;

/// The visitor of every string-stored type: a string that `parse` accepts. A parser that
/// says why (an error that is `Display`) gives that message; one that only says no
/// ([`Invalid`]) gives serde's "invalid value: string "…", expected …" naming the input.
#[cfg(feature = "serde")]
pub(crate) struct Visit<T, E> {
    expecting: &'static str,
    parse: fn(&str) -> Result<T, E>,
}

#[cfg(feature = "serde")]
impl<T, E> Visit<T, E> {
    pub(crate) const fn new(expecting: &'static str, parse: fn(&str) -> Result<T, E>) -> Self {
        Visit { expecting, parse }
    }
}

/// A parser's "no" without a reason.
#[cfg(feature = "serde")]
pub(crate) struct Invalid;

/// What a parser's error contributes to serde's error.
#[cfg(feature = "serde")]
pub(crate) trait Reason {
    fn into_error<E: serde::de::Error>(self, input: &str, expected: &dyn serde::de::Expected) -> E;
}

#[cfg(feature = "serde")]
impl Reason for Invalid {
    fn into_error<E: serde::de::Error>(self, input: &str, expected: &dyn serde::de::Expected) -> E {
        E::invalid_value(serde::de::Unexpected::Str(input), expected)
    }
}

#[cfg(feature = "serde")]
impl<R: fmt::Display> Reason for R {
    fn into_error<E: serde::de::Error>(self, _: &str, _: &dyn serde::de::Expected) -> E {
        E::custom(self)
    }
}

#[cfg(feature = "serde")]
impl<T, R: Reason> serde::de::Visitor<'_> for Visit<T, R> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).map_err(|r| r.into_error(v, &self))
    }
}

/// `Serialize` and `Deserialize` for a type stored as one string.
///
/// `serde_str!(Type, "what is expected", write, read)` where `write` is `as_str` (the
/// type's `as_str()`), `display` (its `Display`) or `read_only` (no `Serialize`), and `read` is `from_str` (its `FromStr`,
/// whose error is `Display`) or `with(f)` for a `fn(&str) -> Result<Type, R>`, `R` being
/// `Display` or [`Invalid`].
macro_rules! serde_str {
    ($ty:ty, $expecting:expr, as_str, $($read:tt)+) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        $crate::serde_str::serde_str!(@read $ty, $expecting, $($read)+);
    };
    ($ty:ty, $expecting:expr, display, $($read:tt)+) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        $crate::serde_str::serde_str!(@read $ty, $expecting, $($read)+);
    };
    ($ty:ty, $expecting:expr, read_only, $($read:tt)+) => {
        $crate::serde_str::serde_str!(@read $ty, $expecting, $($read)+);
    };
    (@read $ty:ty, $expecting:expr, from_str) => {
        $crate::serde_str::serde_str!(@read $ty, $expecting, with(<$ty as ::core::str::FromStr>::from_str));
    };
    (@read $ty:ty, $expecting:expr, with($parse:expr)) => {
        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str($crate::serde_str::Visit::new($expecting, $parse))
            }
        }
    };
}
pub(crate) use serde_str;
