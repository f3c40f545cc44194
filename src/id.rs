//! Stable string ids for the crate's enums, and the error for an id nobody knows.
//!
//! Every closed set of names in the crate (carriers, formats, statuses, strengths, …) is an
//! enum with a snake_case id ([`as_str`](crate::Carrier::as_str)) and a human name
//! (`Display`). Both directions are generated here by one private macro, so the rules are the
//! same everywhere:
//!
//! - `Display` writes the human name and honours width, fill and alignment (`{:>10}`);
//! - `FromStr` and `TryFrom<&str>` accept the id or the human name, ignoring ASCII case and
//!   treating `-`, ` ` and `_` alike, so `Display` and `FromStr` round-trip;
//! - serde writes the id and reads whatever `FromStr` reads;
//! - an unknown string is an [`UnknownId`] naming what was rejected.

use core::fmt;

/// Up to 32 bytes of a rejected input, kept inline so errors stay `Copy` and need no
/// allocator. Cut at a character boundary; [`truncated`](Self::truncated) says whether
/// anything was left out.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Culprit {
    buf: [u8; 32],
    len: u8,
    truncated: bool,
}

impl Culprit {
    pub(crate) fn new(s: &str) -> Self {
        let mut end = s.len().min(32);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let mut buf = [0u8; 32];
        buf[..end].copy_from_slice(&s.as_bytes()[..end]);
        Culprit { buf, len: end as u8, truncated: end < s.len() }
    }

    pub(crate) fn as_str(&self) -> &str {
        // the stored prefix ends on a char boundary of a valid str
        core::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
    }
}

impl fmt::Debug for Culprit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Culprit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())?;
        if self.truncated {
            f.write_str(" (truncated)")?;
        }
        Ok(())
    }
}

/// A string that is not the id or the name of any value of an id enum ([`Carrier`],
/// [`Format`], [`Status`](crate::status::Status), …): says what kind of id was expected and
/// what was found (its first 32 bytes).
///
/// [`Carrier`]: crate::Carrier
/// [`Format`]: crate::Format
///
/// ```
/// use tracking_number::{Carrier, Format};
///
/// let err = "nope".parse::<Carrier>().unwrap_err();
/// assert_eq!(err.to_string(), r#"unknown carrier "nope""#);
/// assert_eq!((err.kind(), err.found()), ("carrier", "nope"));
/// assert_eq!("ups 2z".parse::<Format>().unwrap_err().to_string(), r#"unknown format "ups 2z""#);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownId {
    kind: &'static str,
    found: Culprit,
}

impl UnknownId {
    pub(crate) fn new(kind: &'static str, found: &str) -> Self {
        UnknownId { kind, found: Culprit::new(found) }
    }

    /// What kind of id was expected: `"carrier"`, `"format"`, `"status"`, ….
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert_eq!("x".parse::<Format>().unwrap_err().kind(), "format");
    /// ```
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        self.kind
    }

    /// The rejected string (its first 32 bytes at most, cut at a character boundary).
    ///
    /// ```
    /// use tracking_number::Carrier;
    ///
    /// assert_eq!("Royal Mayl".parse::<Carrier>().unwrap_err().found(), "Royal Mayl");
    /// ```
    #[must_use]
    pub fn found(&self) -> &str {
        self.found.as_str()
    }
}

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {}", self.kind, self.found)
    }
}

impl core::error::Error for UnknownId {}

#[cfg(feature = "serde")]
/// The kinds of id the crate names, for reading a stored [`UnknownId`] back.
const KINDS: &[&str] = &[
    "action party",
    "anomaly kind",
    "carrier",
    "check-digit algorithm",
    "confidence",
    "delay cause",
    "distractor",
    "eta kind",
    "eta source",
    "format",
    "limit",
    "mapping quality",
    "recipient",
    "status",
    "strength",
    "support",
    "terminality",
    "transition kind",
];

/// Serialised as `{"kind": "carrier", "found": "nope"}`.
#[cfg(feature = "serde")]
impl serde::Serialize for UnknownId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("UnknownId", 2)?;
        st.serialize_field("kind", self.kind)?;
        st.serialize_field("found", self.found())?;
        st.end()
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for UnknownId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Repr<'a> {
            #[serde(borrow)]
            kind: alloc::borrow::Cow<'a, str>,
            #[serde(borrow)]
            found: alloc::borrow::Cow<'a, str>,
        }
        let r = Repr::deserialize(d)?;
        let kind = KINDS
            .iter()
            .copied()
            .find(|k| *k == r.kind)
            .ok_or_else(|| D::Error::unknown_variant(&r.kind, KINDS))?;
        Ok(UnknownId::new(kind, &r.found))
    }
}

/// Whether `s` spells `id` or `name`: ASCII case ignored, `-`, `_` and ` ` alike.
pub(crate) fn spells(s: &str, id: &str, name: &str) -> bool {
    fn fold(b: u8) -> u8 {
        match b {
            b'-' | b' ' => b'_',
            b => b.to_ascii_lowercase(),
        }
    }
    let same = |t: &str| {
        s.len() == t.len() && s.bytes().zip(t.bytes()).all(|(a, b)| a == b || fold(a) == fold(b))
    };
    same(id) || same(name)
}

/// `Display`, `FromStr`, `TryFrom<&str>` and serde for a type with `ALL`, `as_str()` and
/// `name()` (see the module docs for the rules).
macro_rules! id_impls {
    ($ty:ident, $kind:literal) => {
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::id::UnknownId;

            /// Parses the id or the human name (ASCII case, `-`, `_` and spaces ignored).
            ///
            /// # Errors
            ///
            /// [`UnknownId`](crate::UnknownId) for any other string, e.g. `""` or `"?"`.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty>::ALL
                    .iter()
                    .copied()
                    .find(|v| $crate::id::spells(s, v.as_str(), v.name()))
                    .ok_or_else(|| $crate::id::UnknownId::new($kind, s))
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $crate::id::UnknownId;

            /// Same as [`FromStr`](::core::str::FromStr).
            ///
            /// # Errors
            ///
            /// As `FromStr`.
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        $crate::serde_str::serde_str!(
            $ty,
            concat!("a ", $kind, " id"),
            as_str,
            with(|s| s.parse::<$ty>().map_err(|_| $crate::serde_str::Invalid))
        );
    };
}

/// An enum with ids: the enum, `ALL`, `as_str`, `name` and [`id_impls!`].
///
/// `$path` is the public path of the type for the generated doc examples, `$ex` one variant
/// with its id and name.
macro_rules! id_enum {
    (
        $(#[$meta:meta])*
        pub enum $ty:ident : $kind:literal, $path:literal, example $ex:ident {
            $( $(#[$vmeta:meta])* $var:ident = ($id:literal, $name:literal), )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $ty {
            $( $(#[$vmeta])* $var, )*
        }

        impl $ty {
            #[doc = concat!("Every value, in declaration order.\n\n```\nuse ", $path, ";\n\nassert!(", stringify!($ty), "::ALL.contains(&", stringify!($ty), "::", stringify!($ex), "));\n```")]
            pub const ALL: &'static [$ty] = &[$($ty::$var),*];

            #[doc = concat!("The stable snake_case id (what serde writes).\n\n```\nuse ", $path, ";\n\nlet v = ", stringify!($ty), "::", stringify!($ex), ";\nassert_eq!(v.as_str().parse::<", stringify!($ty), ">(), Ok(v));\n```")]
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $($ty::$var => $id,)* }
            }

            #[doc = concat!("The human name (what `Display` writes).\n\n```\nuse ", $path, ";\n\nlet v = ", stringify!($ty), "::", stringify!($ex), ";\nassert_eq!(v.to_string(), v.name());\nassert_eq!(v.name().parse::<", stringify!($ty), ">(), Ok(v));\n```")]
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { $($ty::$var => $name,)* }
            }
        }

        $crate::id::id_impls!($ty, $kind);
    };
}

pub(crate) use id_enum;
pub(crate) use id_impls;

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    #[test]
    fn spelling_rules() {
        assert!(spells("canada_post", "canada_post", "Canada Post"));
        assert!(spells("Canada Post", "canada_post", "Canada Post"));
        assert!(spells("CANADA-POST", "canada_post", "Canada Post"));
        assert!(!spells("canadapost", "canada_post", "Canada Post"));
        assert!(!spells("", "ups", "UPS"));
    }

    #[test]
    fn culprit_is_cut_at_a_char_boundary() {
        let long = "é".repeat(20);
        let c = Culprit::new(&long);
        assert_eq!(c.as_str().len(), 32);
        assert!(c.truncated);
        let c = Culprit::new(std::string::String::from("a").repeat(33).as_str());
        assert_eq!(c.to_string(), std::format!("{:?} (truncated)", "a".repeat(32)));
        let e = UnknownId::new("carrier", "");
        assert_eq!(e.to_string(), r#"unknown carrier """#);
    }
}
