//! The JSON shapes of `track status`, shared by the command-line example (which includes this
//! file as a module, so that the crate's tests never link a second copy of the library with
//! other features) and the Python and JavaScript packages: one tracking event as a JSON object ([`parse_event`]), and the state
//! a shipment's events fold into ([`Report`]).
//!
//! An event line:
//!
//! ```text
//! {"at": "2026-11-18T09:12:00-05:00",          required: RFC 3339, or a local date-time or
//!                                              date read at "utc_offset" ("-05:00") when
//!                                              given, else at the caller's default (UTC)
//!  "status": "in_transit",                     our status id, or
//!  "vocabulary": "fedex", "code": "AR",        a code mapped by a built-in table
//!  "sub_code": "...",                          (aftership, easypost, shippo, 17track,
//!                                               ups, fedex, usps, dhl); without either,
//!                                               the event is informational
//!  "detail": "arrived_at_facility", "id": "evt_1", "seq": 3, "piece": "2",
//!  "description": "...", "attempt": 1,
//!  "correction": true, "return_leg": true, "redirect": true, "physical": false,
//!  "location": {"facility", "city", "region", "postal_code", "country", "lat", "lon"},
//!  "eta": {"earliest", "latest", "as_of", "source": "carrier|aggregator|predicted|shipper"},
//!  "pod": {"signed_by", "received_by", "signature", "photos": [...], "place", "lat", "lon"}}
//! ```
//!
//! Strict: an unknown field (`"stauts"`) or an event with neither `status` nor `code` is an
//! error naming the field, never a silent "unknown".
//!
//! ```
//! use tracking_number::status::{ExpiryPolicy, Shipment};
//!
//! let mut shipment = Shipment::new(None);
//! for line in [
//!     r#"{"at":"2026-11-18T09:12:00-05:00","vocabulary":"fedex","code":"PU"}"#,
//!     r#"{"at":"2026-11-19T14:03:00-05:00","status":"delivered","pod":{"signed_by":"J SMITH"}}"#,
//! ] {
//!     shipment.apply(tracking_number_json::parse_event(line)?);
//! }
//! let expiry = ExpiryPolicy::default();
//! let report = tracking_number_json::Report::new(&shipment, None, &expiry);
//! let json = serde_json::to_value(&report)?;
//! assert_eq!(json["status"], "delivered");
//! assert_eq!(json["proof_of_delivery"]["signed_by"], "J SMITH");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::ser::{Serialize, SerializeMap};
use serde_json::{json, Map, Value};
use tracking_number::status::mapping::TableMapper;
use tracking_number::status::text::{describe, English};
use tracking_number::status::{
    Anomaly, Detail, EtaObservation, EtaSource, EtaWindow, ExpiryPolicy, GeoPoint, HistoryEntry,
    Location, Milestones, Piece, ProofOfDelivery, RawStatus, Shipment, Status, StatusMapper,
    Timestamp, Tracker, TrackingEvent,
};

/// Why an event line was refused: a message naming the field (`unknown field "stauts"
/// (expected one of: at, status, ...)`, `missing "at"`, `"attempt" must be ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventError(String);

impl std::fmt::Display for EventError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EventError {}

impl From<String> for EventError {
    fn from(s: String) -> Self {
        EventError(s)
    }
}

impl From<&str> for EventError {
    fn from(s: &str) -> Self {
        EventError(s.to_owned())
    }
}

macro_rules! event_error_from {
    ($($t:ty),*) => {$(
        impl From<$t> for EventError {
            fn from(e: $t) -> Self {
                EventError(e.to_string())
            }
        }
    )*};
}
event_error_from!(
    serde_json::Error,
    tracking_number::UnknownId,
    tracking_number::status::EventError
);

type Error = EventError;

/// The fields an event line may have, and those of its nested objects: anything else (a
/// typo such as `"stauts"`) is an error naming the field.
const EVENT_FIELDS: &[&str] = &[
    "at",
    "utc_offset",
    "status",
    "vocabulary",
    "code",
    "sub_code",
    "detail",
    "id",
    "seq",
    "piece",
    "description",
    "attempt",
    "correction",
    "return_leg",
    "redirect",
    "physical",
    "location",
    "eta",
    "pod",
];
const LOCATION_FIELDS: &[&str] =
    &["facility", "city", "region", "postal_code", "country", "lat", "lon"];
const ETA_FIELDS: &[&str] = &["earliest", "latest", "as_of", "source"];
const POD_FIELDS: &[&str] =
    &["signed_by", "received_by", "signature", "photos", "place", "lat", "lon"];

/// Refuses fields outside `allowed`, naming the first (with its path).
fn known_fields(obj: &Map<String, Value>, allowed: &[&str], path: &str) -> Result<(), Error> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => {
            Err(format!("unknown field {path}{k:?} (expected one of: {})", allowed.join(", "))
                .into())
        }
        None => Ok(()),
    }
}

/// A nested object field, or an error if it is present and not an object.
fn object_field<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
) -> Result<Option<&'a Map<String, Value>>, Error> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(o)) => Ok(Some(o)),
        Some(_) => Err(format!("{key:?} must be an object").into()),
    }
}

fn str_field<'a>(obj: &'a Map<String, Value>, key: &str) -> Result<Option<&'a str>, Error> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("{key:?} must be a string").into()),
    }
}

fn bool_field(obj: &Map<String, Value>, key: &str) -> Result<bool, Error> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(format!("{key:?} must be true or false").into()),
    }
}

/// A date-time: RFC 3339 as given; a local date-time (`2026-11-20T14:02:00`, seconds
/// optional) or a date (`2026-11-20`, its start, or its end with `end_of_day`) at `offset`.
fn local_time_field(
    obj: &Map<String, Value>,
    key: &str,
    offset: &str,
    end_of_day: bool,
) -> Result<Option<Timestamp>, Error> {
    let Some(s) = str_field(obj, key)? else { return Ok(None) };
    let direct = s.parse::<Timestamp>();
    let Err(e) = direct else { return Ok(direct.ok()) };
    let b = s.as_bytes();
    let local = if b.len() == 10 && b.get(4) == Some(&b'-') {
        Some(format!("{s}T{}{offset}", if end_of_day { "23:59:59" } else { "00:00:00" }))
    } else if b.len() == 16 && b.get(10).is_some_and(|c| matches!(c, b'T' | b' ')) {
        Some(format!("{s}:00{offset}"))
    } else if b.len() >= 19
        && b.get(10).is_some_and(|c| matches!(c, b'T' | b' '))
        && !s[19..].contains(['Z', 'z', '+', '-'])
    {
        Some(format!("{s}{offset}"))
    } else {
        None
    };
    match local.map(|t| t.parse::<Timestamp>()) {
        Some(Ok(t)) => Ok(Some(t)),
        _ => Err(format!("{key:?}: {e}").into()),
    }
}

fn geo(obj: &Map<String, Value>) -> Result<Option<GeoPoint>, Error> {
    match (obj.get("lat").and_then(Value::as_f64), obj.get("lon").and_then(Value::as_f64)) {
        (Some(lat), Some(lon)) => {
            GeoPoint::new(lat, lon).map(Some).ok_or_else(|| "lat/lon out of range".into())
        }
        _ => Ok(None),
    }
}

/// One event line (a JSON object) as a [`TrackingEvent`].
///
/// # Errors
///
/// When the line is not a JSON object of the shape above, naming the field at fault.
///
/// ```
/// let e = tracking_number_json::parse_event(r#"{"at":"2026-11-18T09:12:00Z","stauts":"x"}"#);
/// assert!(e.unwrap_err().to_string().starts_with("unknown field \"stauts\""));
/// ```
pub fn parse_event(text: &str) -> Result<TrackingEvent, Error> {
    parse_event_at(text, "Z")
}

/// [`parse_event`], reading local times without a `"utc_offset"` of their own at
/// `default_offset` (`"Z"`, `"+01:00"`, `"-05:00"`).
///
/// # Errors
///
/// As [`parse_event`].
///
/// ```
/// let e = tracking_number_json::parse_event_at(r#"{"at":"2026-11-18T09:12:00","status":"in_transit"}"#, "-05:00")?;
/// assert_eq!(e.occurred_at().to_string(), "2026-11-18T09:12:00-05:00");
/// let e = tracking_number_json::parse_event_at(r#"{"at":"2026-11-18T09:12","utc_offset":"+01:00","status":"in_transit"}"#, "Z")?;
/// assert_eq!(e.occurred_at().to_string(), "2026-11-18T09:12:00+01:00");
/// # Ok::<(), tracking_number_json::EventError>(())
/// ```
pub fn parse_event_at(text: &str, default_offset: &str) -> Result<TrackingEvent, Error> {
    let value: Value = serde_json::from_str(text)?;
    let obj = value.as_object().ok_or("an event must be a JSON object")?;
    known_fields(obj, EVENT_FIELDS, "")?;
    let offset = match str_field(obj, "utc_offset")? {
        Some(o) => {
            let probe = format!("2000-01-01T00:00:00{o}");
            probe
                .parse::<Timestamp>()
                .map_err(|_| format!("\"utc_offset\": expected Z or ±HH:MM, found {o:?}"))?;
            o
        }
        None => default_offset,
    };
    let at = local_time_field(obj, "at", offset, false)?.ok_or("missing \"at\"")?;
    let code = str_field(obj, "code")?;
    let sub_code = str_field(obj, "sub_code")?;
    let raw = code.map(|c| {
        let r = RawStatus::new(c);
        match sub_code {
            Some(s) => r.with_sub_code(s),
            None => r,
        }
    });

    let mut ev = match (str_field(obj, "status")?, str_field(obj, "vocabulary")?) {
        (Some(status), _) => {
            let ev = TrackingEvent::new(at, status.parse::<Status>()?);
            match raw {
                Some(r) => ev.with_raw(r),
                None => ev,
            }
        }
        (None, Some(vocab)) => {
            let mapper = TableMapper::by_name(vocab)
                .ok_or_else(|| format!("unknown vocabulary {vocab:?}"))?;
            mapper.event(at, raw.ok_or("\"vocabulary\" needs a \"code\"")?)
        }
        (None, None) => match raw {
            Some(r) => TrackingEvent::informational(at, r.code()).with_raw(r),
            None => return Err("an event needs \"status\" or \"code\"".into()),
        },
    };

    if let Some(d) = str_field(obj, "detail")? {
        ev = ev.with_detail(Detail::parse(d));
    }
    if let Some(id) = str_field(obj, "id")? {
        ev = ev.with_id(id);
    }
    if let Some(seq) = obj.get("seq").and_then(Value::as_u64) {
        ev = ev.with_source_seq(seq);
    }
    if let Some(piece) = str_field(obj, "piece")? {
        ev = ev.with_piece(piece);
    }
    if let Some(d) = str_field(obj, "description")? {
        ev = ev.with_description(d);
    }
    if let Some(n) = obj.get("attempt").and_then(Value::as_u64) {
        ev = ev.with_attempt(u8::try_from(n).unwrap_or(u8::MAX));
    }
    // keep flags a mapper set (for example `source_expired`), add the line's own
    let mut f = ev.flags();
    if let Some(Value::Bool(b)) = obj.get("physical") {
        f.physical_scan = Some(*b);
    }
    f.correction |= bool_field(obj, "correction")?;
    f.return_leg |= bool_field(obj, "return_leg")?;
    f.redirect |= bool_field(obj, "redirect")?;
    ev = ev.with_flags(f);

    if let Some(loc) = object_field(obj, "location")? {
        known_fields(loc, LOCATION_FIELDS, "location.")?;
        let mut l = Location::new();
        let text = |key| str_field(loc, key).map(|v| v.map(str::to_owned));
        l.facility = text("facility")?;
        l.city = text("city")?;
        l.region = text("region")?;
        l.postal_code = text("postal_code")?;
        l.country = text("country")?;
        l.geo = geo(loc)?;
        ev = ev.with_location(l);
    }

    if let Some(eta) = object_field(obj, "eta")? {
        known_fields(eta, ETA_FIELDS, "eta.")?;
        let latest =
            local_time_field(eta, "latest", offset, true)?.ok_or("eta needs \"latest\"")?;
        let earliest = local_time_field(eta, "earliest", offset, false)?.unwrap_or(latest);
        let window = EtaWindow::new(earliest, latest).ok_or("eta: earliest is after latest")?;
        let as_of = local_time_field(eta, "as_of", offset, false)?.unwrap_or(at);
        let source = match str_field(eta, "source")? {
            None => EtaSource::Carrier,
            Some(id) => id.parse::<EtaSource>()?,
        };
        let mut obs = EtaObservation::new(as_of, window);
        obs.source = source;
        ev = ev.with_eta(obs);
    }

    if let Some(p) = object_field(obj, "pod")? {
        known_fields(p, POD_FIELDS, "pod.")?;
        let mut pod = ProofOfDelivery::new();
        let text = |key| str_field(p, key).map(|v| v.map(str::to_owned));
        pod.signed_by = text("signed_by")?;
        pod.received_by = text("received_by")?;
        pod.signature = text("signature")?;
        pod.place = text("place")?;
        for photo in p.get("photos").and_then(Value::as_array).into_iter().flatten() {
            let photo = photo.as_str().ok_or("photos must be strings")?;
            pod.photos.push(photo.to_owned());
        }
        pod.photos.sort_unstable();
        pod.photos.dedup();
        pod.geo = geo(p)?;
        ev = ev.with_pod(pod)?;
    }
    Ok(ev)
}

fn ts(t: Option<Timestamp>) -> Option<String> {
    t.map(|t| t.to_string())
}

fn milestones(m: &Milestones) -> Value {
    json!({
        "info_received_at": ts(m.info_received_at()),
        "picked_up_at": ts(m.picked_up_at()),
        "picked_up_derived": m.picked_up_derived(),
        "out_for_delivery_at": ts(m.out_for_delivery_at()),
        "available_for_pickup_at": ts(m.available_for_pickup_at()),
        "first_attempt_at": ts(m.first_attempt_at()),
        "attempt_count": m.attempt_count(),
        "first_exception_at": ts(m.first_exception_at()),
        "delivered_at": ts(m.delivered_at()),
        "return_started_at": ts(m.return_started_at()),
        "returned_at": ts(m.returned_at()),
    })
}

/// What the report reads of a tracker or of a shipment's piece (they answer the same
/// questions through inherent methods; this trait only lets one writer serve both).
trait Fold {
    fn status(&self) -> Status;
    fn detail(&self) -> Option<&Detail>;
    fn milestones(&self) -> Milestones;
    fn current_eta(&self) -> Option<EtaObservation>;
    fn is_delayed(&self, now: Option<Timestamp>) -> bool;
    fn current_pod(&self) -> Option<ProofOfDelivery>;
    fn anomalies(&self) -> Box<dyn Iterator<Item = Anomaly> + '_>;
    fn unmapped_codes(&self) -> Box<dyn Iterator<Item = &RawStatus> + '_>;
    fn history(&self) -> Box<dyn Iterator<Item = HistoryEntry<'_>> + '_>;
    fn status_at(&self, now: Timestamp, expiry: &ExpiryPolicy) -> Status;
}

macro_rules! fold_by_inherent_methods {
    ($ty:ty) => {
        impl Fold for $ty {
            fn status(&self) -> Status {
                <$ty>::status(self)
            }
            fn detail(&self) -> Option<&Detail> {
                <$ty>::detail(self)
            }
            fn milestones(&self) -> Milestones {
                <$ty>::milestones(self)
            }
            fn current_eta(&self) -> Option<EtaObservation> {
                <$ty>::current_eta(self)
            }
            fn is_delayed(&self, now: Option<Timestamp>) -> bool {
                <$ty>::is_delayed(self, now)
            }
            fn current_pod(&self) -> Option<ProofOfDelivery> {
                <$ty>::current_pod(self)
            }
            fn anomalies(&self) -> Box<dyn Iterator<Item = Anomaly> + '_> {
                Box::new(<$ty>::anomalies(self))
            }
            fn unmapped_codes(&self) -> Box<dyn Iterator<Item = &RawStatus> + '_> {
                Box::new(<$ty>::unmapped_codes(self))
            }
            fn history(&self) -> Box<dyn Iterator<Item = HistoryEntry<'_>> + '_> {
                Box::new(<$ty>::history(self))
            }
            fn status_at(&self, now: Timestamp, expiry: &ExpiryPolicy) -> Status {
                <$ty>::status_at(self, now, expiry)
            }
        }
    };
}

fold_by_inherent_methods!(Tracker);
fold_by_inherent_methods!(Piece<'_>);

/// A sequence written as it is produced (the history of a million events is never held).
struct Streamed<I>(std::cell::Cell<Option<I>>);

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Streamed<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.take() {
            Some(items) => s.collect_seq(items),
            None => s.collect_seq(std::iter::empty::<T>()),
        }
    }
}

fn streamed<I: Iterator>(items: I) -> Streamed<I> {
    Streamed(std::cell::Cell::new(Some(items)))
}

/// The state a shipment's events fold into, serialized as `track status` prints it: keys in
/// sorted order (`aggregate` and `pieces` for a shipment of several pieces, `anomalies`,
/// `delayed`, `detail`, `eta`, `history`, `milestones`, `proof_of_delivery`,
/// `refused_events`, `status`, `status_at_now` when a time is given, `text`,
/// `unmapped_codes`); sequences are written as they are produced, never held.
///
/// ```
/// use tracking_number::status::{ExpiryPolicy, Shipment};
///
/// let mut shipment = Shipment::new(None);
/// shipment.apply(tracking_number_json::parse_event(r#"{"at":"2026-11-18T09:12:00Z","status":"in_transit"}"#)?);
/// let now = "2026-11-20T00:00:00Z".parse()?;
/// let expiry = ExpiryPolicy::default();
/// let json = serde_json::to_value(tracking_number_json::Report::new(&shipment, Some(now), &expiry))?;
/// assert_eq!(json["status"], "in_transit");
/// assert_eq!(json["status_at_now"], "in_transit");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Report<'a> {
    shipment: &'a Shipment,
    now: Option<Timestamp>,
    expiry: &'a ExpiryPolicy,
}

impl<'a> Report<'a> {
    /// The report of `shipment`; `now` adds `status_at_now` (the status `expiry` gives at
    /// that time) and decides `delayed`.
    pub fn new(shipment: &'a Shipment, now: Option<Timestamp>, expiry: &'a ExpiryPolicy) -> Self {
        Report { shipment, now, expiry }
    }
}

impl Serialize for Report<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let with_pieces = self.shipment.pieces().next().is_some();
        FoldReport {
            fold: self.shipment.shipment_level(),
            now: self.now,
            expiry: self.expiry,
            shipment: with_pieces.then_some(self.shipment),
            top: true,
            refused: self.shipment.refused(),
        }
        .serialize(s)
    }
}

/// One tracker's or piece's report; with `aggregate`, the shipment's (its status is the
/// aggregate headline).
struct FoldReport<'a, F: Fold + ?Sized> {
    fold: &'a F,
    now: Option<Timestamp>,
    expiry: &'a ExpiryPolicy,
    shipment: Option<&'a Shipment>,
    /// The top-level report (it says how many events the limits refused).
    top: bool,
    refused: u64,
}

impl<F: Fold + ?Sized> Serialize for FoldReport<'_, F> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.fold;
        let detail = t.detail();
        let mut map = s.serialize_map(None)?;
        let agg = self.shipment.map(Shipment::aggregate);
        if let Some(agg) = &agg {
            map.serialize_entry(
                "aggregate",
                &json!({
                    "headline": agg.headline().as_str(),
                    "least_advanced": agg.least_advanced().as_str(),
                    "delivered": agg.delivered(),
                    "total": agg.total(),
                    "partial": agg.partial(),
                    "summary": agg.to_string(),
                }),
            )?;
        }
        let anomalies = t.anomalies().map(|a| {
            json!({
                "kind": a.kind().as_str(),
                "at": a.at().to_string(),
                "from": a.from().as_str(),
                "event_status": a.event_status().map(Status::as_str),
            })
        });
        map.serialize_entry("anomalies", &streamed(anomalies))?;
        map.serialize_entry("delayed", &t.is_delayed(self.now))?;
        map.serialize_entry("detail", &detail.map(Detail::as_str))?;
        let eta = t.current_eta().map(|e| {
            json!({
                "earliest": e.window.earliest().to_string(),
                "latest": e.window.latest().to_string(),
                "as_of": e.as_of.to_string(),
                "source": e.source.as_str(),
            })
        });
        map.serialize_entry("eta", &eta)?;
        let history = t.history().map(|h| {
            let e = h.event();
            json!({
                "at": e.occurred_at().to_string(),
                "status": e.status().map(Status::as_str),
                "detail": e.detail().map(Detail::as_str),
                "code": e.raw().map(RawStatus::code),
                "sub_code": e.raw().and_then(RawStatus::sub_code),
                "piece": e.piece(),
                "description": e.description(),
                "kind": h.kind().as_str(),
                "from": h.from().as_str(),
                "to": h.to().as_str(),
            })
        });
        map.serialize_entry("history", &streamed(history))?;
        map.serialize_entry("milestones", &milestones(&t.milestones()))?;
        if let (Some(sh), Some(_)) = (self.shipment, &agg) {
            struct Pieces<'a>(&'a Shipment, Option<Timestamp>, &'a ExpiryPolicy);
            impl Serialize for Pieces<'_> {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    let mut map = s.serialize_map(None)?;
                    for (id, piece) in self.0.pieces() {
                        let report = FoldReport {
                            fold: &piece,
                            now: self.1,
                            expiry: self.2,
                            shipment: None,
                            top: false,
                            refused: 0,
                        };
                        map.serialize_entry(id, &report)?;
                    }
                    map.end()
                }
            }
            map.serialize_entry("pieces", &Pieces(sh, self.now, self.expiry))?;
        }
        let pod = t.current_pod().map(|p| {
            json!({
                "delivered_at": ts(p.delivered_at),
                "signed_by": p.signed_by,
                "received_by": p.received_by,
                "place": p.place,
                "signature": p.signature,
                "photos": p.photos,
                "geo": p.geo.map(|g| json!({"lat": g.lat(), "lon": g.lon()})),
            })
        });
        map.serialize_entry("proof_of_delivery", &pod)?;
        if self.top {
            map.serialize_entry("refused_events", &self.refused)?;
        }
        let status = agg.map_or(t.status(), |a| a.headline());
        map.serialize_entry("status", status.as_str())?;
        if let Some(now) = self.now {
            map.serialize_entry("status_at_now", t.status_at(now, self.expiry).as_str())?;
        }
        map.serialize_entry("text", &describe(&English, t.status(), detail).to_string())?;
        map.serialize_entry("unmapped_codes", &streamed(t.unmapped_codes().map(RawStatus::code)))?;
        map.end()
    }
}

#[cfg(feature = "serde")]
/// The states of the shipments in one vendor document (a
/// [`payload`](tracking_number::status::payload) vendor id: `easypost`, `aftership`,
/// `shippo`, `17track`, `ups`, `fedex`, `usps`, `dhl`; or `auto`, the vendor told from the
/// document's shape): for each, the [`Report`] of its events with `"tracking_number"`,
/// `"carrier"` (as the vendor names it), `"vendor"` (the vendor id) and `"vendor_error"`
/// (`{"code", "message"}` when the vendor answers an error for the number, else `null`)
/// added.
///
/// # Errors
///
/// An unknown vendor, or the [`PayloadError`](tracking_number::status::payload::PayloadError)
/// naming the JSON path at fault.
///
/// ```
/// let doc = r#"{"trackingNumber":"9400111206206406260787","trackingEvents":[
///   {"eventType":"Delivered","eventTimestamp":"2026-11-20T14:02:00","GMTOffset":"-05:00","eventCode":"01"}]}"#;
/// let states = tracking_number_json::payload_states("usps", doc, None)?;
/// assert_eq!(states[0]["tracking_number"], "9400111206206406260787");
/// assert_eq!(states[0]["status"], "delivered");
/// assert!(states[0]["vendor_error"].is_null());
/// // the same document, its vendor told from its shape
/// assert_eq!(tracking_number_json::payload_states("auto", doc, None)?[0]["vendor"], "usps");
/// # Ok::<(), tracking_number_json::EventError>(())
/// ```
pub fn payload_states(
    vendor: &str,
    document: &str,
    now: Option<Timestamp>,
) -> Result<Vec<Value>, EventError> {
    use tracking_number::status::payload::{read, read_any, Options, Vendor};
    let mut de = serde_json::Deserializer::from_str(document);
    let (vendor, shipments) = if vendor == "auto" {
        read_any(&mut de, &Options::new()).map_err(|e| EventError(e.to_string()))?
    } else {
        let vendor: Vendor = vendor.parse().map_err(|e: tracking_number::UnknownId| {
            EventError(format!(
                "{e}; expected one of: auto, easypost, aftership, shippo, 17track, ups, fedex, \
                 usps, dhl"
            ))
        })?;
        (vendor, read(vendor, &mut de, &Options::new()).map_err(|e| EventError(e.to_string()))?)
    };
    // one document: anything after it is an error (the CLI then reads one per line)
    de.end().map_err(|e| EventError(format!("$: {e}")))?;
    let expiry = ExpiryPolicy::default();
    let mut out = Vec::with_capacity(shipments.len());
    for p in shipments {
        let mut shipment = Shipment::new(None);
        for e in p.events {
            shipment.apply(e);
        }
        let mut v = serde_json::to_value(Report::new(&shipment, now, &expiry))?;
        if let Value::Object(map) = &mut v {
            map.insert("tracking_number".into(), Value::String(p.tracking_number));
            map.insert("carrier".into(), p.carrier.map_or(Value::Null, Value::String));
            map.insert("vendor".into(), Value::String(vendor.as_str().into()));
            // the vendor's error for a number it cannot track, as it sends it
            let error = p.error.map_or(Value::Null, |e| {
                let text = |t: Option<String>| t.map_or(Value::Null, Value::String);
                serde_json::json!({ "code": text(e.code), "message": text(e.message) })
            });
            map.insert("vendor_error".into(), error);
        }
        out.push(v);
    }
    Ok(out)
}

/// The id the Python and JavaScript packages give a parse error's kind (`"check_digit"`,
/// `"unknown_format"`, `"not_distinctive"`, `"looks_like"`, `"empty"`, `"too_long"`,
/// `"invalid_char"`, else `"other"`).
///
/// ```
/// let e = tracking_number::TrackingNumber::parse("1Z999AA10123456785").unwrap_err();
/// assert_eq!(tracking_number_json::parse_error_kind(&e), "check_digit");
/// ```
pub fn parse_error_kind(e: &tracking_number::ParseError) -> &'static str {
    use tracking_number::ParseErrorKind as K;
    match e.kind() {
        K::CheckDigit { .. } => "check_digit",
        K::UnknownFormat => "unknown_format",
        K::Empty => "empty",
        K::TooLong { .. } => "too_long",
        K::InvalidChar { .. } => "invalid_char",
        K::NotDistinctive { .. } => "not_distinctive",
        K::LooksLike { .. } => "looks_like",
        _ => "other",
    }
}

/// An optional `now` as the packages take it: empty or absent is none.
///
/// # Errors
///
/// A message naming `now` when the text is no RFC 3339 time.
///
/// ```
/// assert!(tracking_number_json::optional_now(Some("")).unwrap().is_none());
/// assert!(tracking_number_json::optional_now(Some("2026-11-20T00:00:00Z")).unwrap().is_some());
/// assert_eq!(
///     tracking_number_json::optional_now(Some("soon")).unwrap_err().to_string(),
///     "now: expected a digit at byte 0, found 's'"
/// );
/// ```
pub fn optional_now(now: Option<&str>) -> Result<Option<Timestamp>, EventError> {
    match now.filter(|t| !t.is_empty()) {
        Some(t) => t.parse::<Timestamp>().map(Some).map_err(|e| EventError(format!("now: {e}"))),
        None => Ok(None),
    }
}
