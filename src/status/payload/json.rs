//! A document tree read from any `serde` deserializer, and a cursor into it that knows its
//! JSON path (for errors that name where a document is wrong).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{PayloadError, PayloadErrorKind};

/// A JSON value (objects keep their order; a repeated key keeps its first value).
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Deepest nesting read: deeper documents are refused (no stack exhaustion).
const MAX_DEPTH: usize = 64;

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor { depth: 0 })
    }
}

struct JsonVisitor {
    depth: usize,
}

/// A nested value, read with the depth of its parent plus one.
struct Nested(usize);

impl<'de> serde::de::DeserializeSeed<'de> for Nested {
    type Value = Json;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        if self.0 > MAX_DEPTH {
            return Err(serde::de::Error::custom("nested too deeply"));
        }
        d.deserialize_any(JsonVisitor { depth: self.0 })
    }
}

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Nested(self.depth).deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Num(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Num(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Num(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Str(String::from(v)))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Nested(self.depth + 1))? {
            out.push(v);
        }
        Ok(Json::Arr(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut out: Vec<(String, Json)> = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            let v = map.next_value_seed(Nested(self.depth + 1))?;
            if !out.iter().any(|(have, _)| *have == k) {
                out.push((k, v));
            }
        }
        Ok(Json::Obj(out))
    }
}

impl Json {
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Num(_) => "a number",
            Json::Str(_) => "a string",
            Json::Arr(_) => "an array",
            Json::Obj(_) => "an object",
        }
    }
}

/// A value and its path from the document root.
#[derive(Clone)]
pub(super) struct At<'a> {
    v: &'a Json,
    path: Path<'a>,
}

/// A path kept as its parent and last step (written out only for an error).
#[derive(Clone)]
enum Path<'a> {
    Root,
    Key(Box<Path<'a>>, &'a str),
    Index(Box<Path<'a>>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => f.write_str("$"),
            Path::Key(p, k) => write!(f, "{p}.{k}"),
            Path::Index(p, i) => write!(f, "{p}[{i}]"),
        }
    }
}

impl<'a> At<'a> {
    pub(super) fn root(v: &'a Json) -> Self {
        At { v, path: Path::Root }
    }

    pub(super) fn path(&self) -> String {
        format!("{}", self.path)
    }

    pub(super) fn value(&self) -> &'a Json {
        self.v
    }

    /// The member `key` of an object (none for another value, a missing key or null).
    pub(super) fn get(&self, key: &str) -> Option<At<'a>> {
        let Json::Obj(members) = self.v else { return None };
        let (k, v) = members.iter().find(|(k, _)| k == key)?;
        (!matches!(v, Json::Null))
            .then(|| At { v, path: Path::Key(Box::new(self.path.clone()), k.as_str()) })
    }

    /// The first of `keys` present.
    pub(super) fn any(&self, keys: &[&str]) -> Option<At<'a>> {
        keys.iter().find_map(|k| self.get(k))
    }

    /// The elements of an array (a single object reads as one element); an error for
    /// another value.
    pub(super) fn items(&self) -> Result<Vec<At<'a>>, PayloadError> {
        match self.v {
            Json::Arr(items) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, v)| At { v, path: Path::Index(Box::new(self.path.clone()), i) })
                .collect()),
            Json::Obj(_) => Ok(alloc::vec![self.clone()]),
            other => Err(self.wrong("an array", other)),
        }
    }

    /// The elements of the array at `key` (none when absent).
    pub(super) fn items_at(&self, key: &str) -> Result<Vec<At<'a>>, PayloadError> {
        self.get(key).map_or(Ok(Vec::new()), |a| a.items())
    }

    /// The items of `key` in the object at `wrapper` (a document's envelope, as in
    /// `{"output": {"completeTrackResults": [...]}}`), or here when there is no envelope; a
    /// [`PayloadErrorKind::Shape`](super::PayloadErrorKind::Shape) error naming this place
    /// when there are none.
    pub(super) fn required_items(
        &self,
        wrapper: Option<&str>,
        key: &str,
    ) -> Result<Vec<At<'a>>, PayloadError> {
        let inner = wrapper.and_then(|w| self.get(w)).unwrap_or_else(|| self.clone());
        let items = inner.items_at(key)?;
        if items.is_empty() {
            return Err(PayloadError::new(&self.path(), super::PayloadErrorKind::Shape));
        }
        Ok(items)
    }

    /// The object at `wrapper` (a webhook's envelope, as in `{"data": {...}}`), or this one,
    /// when it has one of `keys`; else a
    /// [`PayloadErrorKind::Shape`](super::PayloadErrorKind::Shape) error naming this place.
    pub(super) fn required_object(
        &self,
        wrapper: &str,
        keys: &[&str],
    ) -> Result<At<'a>, PayloadError> {
        let inner = match self.get(wrapper) {
            Some(w) if w.is_object() => w,
            _ => self.clone(),
        };
        if inner.any(keys).is_none() {
            return Err(PayloadError::new(&self.path(), super::PayloadErrorKind::Shape));
        }
        Ok(inner)
    }

    /// The string here; an error for another value (numbers are refused: use
    /// [`super::text_or_number`] where vendors send either).
    pub(super) fn opt_str(&self) -> Result<Option<&'a str>, PayloadError> {
        match self.v {
            Json::Null => Ok(None),
            Json::Str(s) => Ok(Some(s.as_str())),
            other => Err(self.wrong("a string", other)),
        }
    }

    /// Whether this is an object.
    pub(super) fn is_object(&self) -> bool {
        matches!(self.v, Json::Obj(_))
    }

    pub(super) fn wrong(&self, expected: &'static str, found: &Json) -> PayloadError {
        PayloadError::new(&self.path(), PayloadErrorKind::Type { expected, found: found.kind() })
    }
}
