//! [`Evidence`]: what a check digit says about one reading of a string.

use core::fmt;

/// How well a reading's check digit supports it.
///
/// JSON and serde use `"verified"`, `"none"` and `{"mismatch": {"expected": "4"}}` (serde's
/// usual form for an enum); the bare string `"mismatch"` (what [`as_str`](Self::as_str)
/// writes) is read back as a mismatch whose expected character is unknown (`'?'`).
///
/// ```
/// use tracking_number::{detect, Evidence};
///
/// let best = detect("1Z999AA10123456784").best().unwrap();
/// assert_eq!(best.evidence(), Evidence::Verified);
/// assert_eq!(best.evidence().as_str(), "verified");
///
/// let typo = detect("1Z999AA10123456785").into_iter().find(|r| r.format().as_str() == "ups_1z").unwrap();
/// assert_eq!(typo.evidence(), Evidence::Mismatch { expected: '4' });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Evidence {
    /// The check digit is correct.
    Verified,
    /// The format has no (known) check digit; only the structure matched.
    #[cfg_attr(feature = "serde", serde(rename = "none"))]
    NoCheckDigit,
    /// The structure matches but the check digit is wrong.
    Mismatch {
        /// The check character the rest of the number calls for (`'?'` when unknown).
        expected: char,
    },
}

impl Evidence {
    /// The id used in JSON output: `"verified"`, `"none"` or `"mismatch"`.
    ///
    /// ```
    /// use tracking_number::Evidence;
    ///
    /// assert_eq!(Evidence::NoCheckDigit.as_str(), "none");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Evidence::Verified => "verified",
            Evidence::NoCheckDigit => "none",
            Evidence::Mismatch { .. } => "mismatch",
        }
    }

    /// Whether the reading is valid: verified, or a format without a check digit.
    ///
    /// ```
    /// use tracking_number::Evidence;
    ///
    /// assert!(Evidence::NoCheckDigit.is_valid());
    /// assert!(!Evidence::Mismatch { expected: '4' }.is_valid());
    /// ```
    #[must_use]
    pub const fn is_valid(self) -> bool {
        !matches!(self, Evidence::Mismatch { .. })
    }

    /// The expected check character of a mismatch.
    ///
    /// ```
    /// use tracking_number::Evidence;
    ///
    /// assert_eq!(Evidence::Mismatch { expected: '4' }.expected(), Some('4'));
    /// assert_eq!(Evidence::Verified.expected(), None);
    /// ```
    #[must_use]
    pub const fn expected(self) -> Option<char> {
        match self {
            Evidence::Mismatch { expected } => Some(expected),
            _ => None,
        }
    }
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Evidence {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{Error, MapAccess, Unexpected, Visitor};

        struct V;

        impl<'de> Visitor<'de> for V {
            type Value = Evidence;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#""verified", "none", "mismatch" or {"mismatch": {"expected": "4"}}"#)
            }

            fn visit_str<E: Error>(self, v: &str) -> Result<Evidence, E> {
                match v {
                    "verified" => Ok(Evidence::Verified),
                    "none" => Ok(Evidence::NoCheckDigit),
                    "mismatch" => Ok(Evidence::Mismatch { expected: '?' }),
                    _ => Err(E::invalid_value(Unexpected::Str(v), &self)),
                }
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Evidence, A::Error> {
                #[derive(serde::Deserialize)]
                #[serde(rename_all = "snake_case")]
                enum Key {
                    Verified,
                    None,
                    Mismatch,
                }
                #[derive(serde::Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Detail {
                    expected: char,
                }
                let evidence = match map.next_key::<Key>()? {
                    Some(Key::Mismatch) => {
                        Evidence::Mismatch { expected: map.next_value::<Detail>()?.expected }
                    }
                    Some(Key::Verified) => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        Evidence::Verified
                    }
                    Some(Key::None) => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        Evidence::NoCheckDigit
                    }
                    None => return Err(A::Error::invalid_length(0, &self)),
                };
                if map.next_key::<Key>()?.is_some() {
                    return Err(A::Error::invalid_length(2, &self));
                }
                Ok(evidence)
            }
        }

        d.deserialize_any(V)
    }
}
