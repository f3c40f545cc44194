//! Tracking events from the documents carriers and aggregators send: one call turns a
//! vendor's tracking document (API response or webhook body) into events per shipment, ready
//! for [`Shipment::apply`](super::Shipment::apply) or [`Tracker::apply`](super::Tracker::apply).
//!
//! The document is read through any `serde` [`Deserializer`](serde::Deserializer) (JSON with
//! `serde_json`, or any other format of the same shape), so the crate itself needs no JSON
//! parser. Unknown fields are ignored and missing optional ones tolerated; a document that is
//! not of the vendor's shape is a [`PayloadError`] naming the JSON path at fault
//! (`$.data.tracking.checkpoints[2].checkpoint_time`).
//!
//! | [`Vendor`] | documents read | events from |
//! |---|---|---|
//! | `easypost` | Tracker object; Event webhook (`{"object":"Event","result":{…}}`); the Tracker list of `GET /trackers` (`{"trackers":[…]}`) | `tracking_details[]`: `status` / `status_detail`, `message`, `datetime`, `tracking_location`; `signed_by`, `est_delivery_date` |
//! | `aftership` | `{"data":{"tracking":{…}}}` (API); `{"msg":{…}}` (webhook); a bare tracking | `checkpoints[]`: `tag` / `subtag`, `message`, `checkpoint_time`, `location`, `city`, `state`, `zip`, `country_iso3`; `signed_by`, `expected_delivery` (else the newer versions' objects, each a date or a window: `latest_estimated_delivery`, whose `source` names whose it is, `courier_estimated_delivery_date`, the carrier's, `aftership_estimated_delivery_date`, a prediction) |
//! | `shippo` | Track object; webhook `{"data":{…}}` | `tracking_history[]` (or `tracking_status`): `status` / `substatus.code`, `status_details`, `status_date`, `location`; `eta` |
//! | `17track` | v2 `gettrackinfo` response (`data.accepted[]`); push body (`{"data":{…}}`) | `track_info.tracking.providers[].events[]`: `stage` (else the main status of `sub_status`) / `sub_status`, `description`, `time_iso` (else `time_utc`), `address` / `location`; `time_metrics.estimated_delivery_date` |
//! | `ups` | Track API `trackResponse.shipment[].package[]` | `activity[]`: `status.type` / `status.code`, `status.description`, `date` + `time` (`gmtDate` + `gmtTime` + `gmtOffset` when given), `location.address`; `deliveryInformation.receivedBy` |
//! | `fedex` | Track API `output.completeTrackResults[].trackResults[]` | `scanEvents[]`: `eventType`, `eventDescription`, `date`, `scanLocation`; `deliveryDetails.receivedByName`, `estimatedDeliveryTimeWindow.window` |
//! | `usps` | Tracking API v3 (`trackingNumber`, `trackingEvents[]`) | `eventCode`, `eventType`, `eventTimestamp` (`GMTTimestamp` when given), `eventCity`, `eventState`, `eventZIP`, `eventCountry`, `name` (the signer of a delivery) |
//! | `dhl` | Shipment Tracking – Unified API (`shipments[]`) | `events[]` (else `status`): `statusCode`, `description` (else `status`), `timestamp`, `location.address`; `details.proofOfDelivery.signee`, `estimatedTimeOfDelivery` |
//!
//! Sources, for the shapes: EasyPost's API reference (Tracker and Event objects, "Retrieve a
//! list of Trackers"), AfterShip's
//! Tracking API reference (tracking and checkpoint objects, webhook body), Shippo's API
//! reference (Track object, track_updated webhook), 17TRACK's Tracking API v2.2 documentation
//! (gettrackinfo, webhook), UPS's Tracking API (developer.ups.com), FedEx's Track API
//! (developer.fedex.com), USPS's Tracking API v3 (developers.usps.com) and DHL's Shipment
//! Tracking – Unified API (developer.dhl.com). The fixtures in `tests/payloads/` were written
//! for this project from those descriptions.
//!
//! **Errors the vendors answer.** A number a vendor cannot track comes back as a shipment
//! whose [`PayloadShipment::error`] holds the vendor's code and message (UPS's shipment
//! `warnings[]`, FedEx's track-result `error`, 17TRACK's `rejected[]`); a whole document that
//! is an error answer (the error envelopes in the same API references: a bad key, a rate
//! limit, an unknown number) is [`PayloadErrorKind::Vendor`].
//!
//! **Times.** Carriers send local times without an offset (UPS `date` + `time`, USPS
//! `eventTimestamp`, DHL and AfterShip often): such a time is read at the offset the same
//! event gives (UPS `gmtOffset`, USPS `GMTOffset`); else at the offset of the event's
//! location, when its country (and, for the United States, Canada and Australia, its state
//! or province) keeps one time-zone rule, summer time included (USPS events without a
//! country are in the United States, DHL events without one in the country of a shipment
//! whose origin and destination are in one country); else at [`Options::default_offset`]
//! (UTC unless set). A date-only estimate (`2026-11-20`) becomes a window over that whole
//! day. Events are then ordered by the instants so obtained, like any others.
//!
//! **Generic codes.** When the vendor's code maps to no status, or to a generic one
//! (in transit or an exception without a detail), the event's description is read by
//! [`super::phrases`] ("loaded onto the delivery vehicle", "in das
//! Zustellfahrzeug geladen", "receiver was not available") and, if it says more, the event
//! takes that status with [`MappingQuality::Heuristic`].
//!
//! ```
//! use tracking_number::status::payload::{read, Options, Vendor};
//! use tracking_number::status::{Shipment, Status};
//!
//! let doc = r#"{"trackingNumber":"9400111206206406260787","trackingEvents":[
//!   {"eventType":"Delivered, In/At Mailbox","eventTimestamp":"2026-11-20T14:02:00",
//!    "GMTOffset":"-05:00","eventCode":"01","eventCity":"DENVER","eventState":"CO"}]}"#;
//! let mut de = serde_json::Deserializer::from_str(doc);
//! let shipments = read(Vendor::Usps, &mut de, &Options::new())?;
//! assert_eq!(shipments[0].tracking_number, "9400111206206406260787");
//! let mut s = Shipment::new(None);
//! for e in shipments[0].events.iter().cloned() {
//!     s.apply(e);
//! }
//! assert_eq!(s.shipment_level().status(), Status::Delivered);
//! # Ok::<(), tracking_number::status::payload::PayloadError>(())
//! ```

mod aggregators;
mod carriers;
mod json;

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use super::mapping::{self, TableMapper};
use super::{
    phrases, EtaObservation, EtaSource, EtaWindow, Location, MappingQuality, ProofOfDelivery,
    RawStatus, Status, StatusMapper, Timestamp, TrackingEvent,
};
use crate::id::id_enum;
use json::{At, Json};

id_enum! {
    /// Whose document a payload is.
    ///
    /// ```
    /// use tracking_number::status::payload::Vendor;
    ///
    /// assert_eq!("17track".parse::<Vendor>().unwrap(), Vendor::Track17);
    /// assert_eq!(Vendor::Easypost.as_str(), "easypost");
    /// ```
    #[non_exhaustive]
    pub enum Vendor: "vendor", "tracking_number::status::payload::Vendor", example Aftership {
        /// EasyPost (Tracker object, Event webhook, Tracker list).
        Easypost = ("easypost", "EasyPost"),
        /// AfterShip (tracking with checkpoints; API response and webhook).
        Aftership = ("aftership", "AfterShip"),
        /// Shippo (Track object and webhook).
        Shippo = ("shippo", "Shippo"),
        /// 17TRACK (v2 gettrackinfo response and push body).
        Track17 = ("17track", "17TRACK"),
        /// UPS Track API (JSON).
        Ups = ("ups", "UPS"),
        /// FedEx Track API (JSON).
        Fedex = ("fedex", "FedEx"),
        /// USPS Tracking API v3 (JSON).
        Usps = ("usps", "USPS"),
        /// DHL Shipment Tracking – Unified API (JSON).
        Dhl = ("dhl", "DHL"),
    }
}

/// How payloads are read.
///
/// ```
/// use tracking_number::status::payload::Options;
///
/// let o = Options::new().default_offset(-300); // local times without an offset are UTC−05:00
/// assert_eq!(o.offset_minutes(), -300);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    default_offset: i16,
}

impl Options {
    /// The defaults: local times without a known offset read as UTC.
    #[must_use]
    pub const fn new() -> Self {
        Options { default_offset: 0 }
    }

    /// The offset from UTC, in minutes (−1439 to 1439, clamped), at which a local time
    /// without an offset of its own is read.
    #[must_use]
    pub const fn default_offset(mut self, minutes: i16) -> Self {
        self.default_offset = if minutes > 1439 {
            1439
        } else if minutes < -1439 {
            -1439
        } else {
            minutes
        };
        self
    }

    /// The offset set by [`default_offset`](Self::default_offset).
    #[must_use]
    pub const fn offset_minutes(&self) -> i16 {
        self.default_offset
    }
}

/// One shipment read from a payload: its number, the carrier the vendor names (as the
/// vendor spells it: `"USPS"`, `"ups"`, `"dhl-express"`), and its events.
///
/// ```
/// use tracking_number::status::payload::{read, Options, Vendor};
///
/// let doc = r#"{"tracking_code":"EZ1000000001","carrier":"USPS","tracking_details":[]}"#;
/// let s = read(Vendor::Easypost, &mut serde_json::Deserializer::from_str(doc), &Options::new())?;
/// assert_eq!((s[0].tracking_number.as_str(), s[0].carrier.as_deref()), ("EZ1000000001", Some("USPS")));
/// assert!(s[0].events.is_empty());
/// # Ok::<(), tracking_number::status::payload::PayloadError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayloadShipment {
    /// The tracking number (empty when the document gives none).
    pub tracking_number: String,
    /// The carrier as the vendor names it.
    pub carrier: Option<String>,
    /// The events, in document order.
    pub events: Vec<TrackingEvent>,
    /// The vendor's error for this number, when it answers one instead of events: UPS's
    /// shipment `warnings[]` ("Tracking Information Not Found"), FedEx's `error` of a track
    /// result, 17TRACK's `rejected[]` numbers. Such a shipment usually has no events.
    pub error: Option<VendorError>,
}

/// What a vendor answers for a number it cannot track: its own code and message, as it
/// sends them (see [`PayloadShipment::error`]).
///
/// ```
/// use tracking_number::status::payload::{read, Options, Vendor};
///
/// let doc = r#"{"trackResponse":{"shipment":[{"inquiryNumber":"1Z999AA10123456784",
///   "package":[],"warnings":[{"code":"TW0001","message":"Tracking Information Not Found"}]}]}}"#;
/// let s = read(Vendor::Ups, &mut serde_json::Deserializer::from_str(doc), &Options::new())?;
/// assert_eq!(s[0].tracking_number, "1Z999AA10123456784");
/// let e = s[0].error.as_ref().unwrap();
/// assert_eq!(e.code.as_deref(), Some("TW0001"));
/// assert_eq!(e.message.as_deref(), Some("Tracking Information Not Found"));
/// assert!(s[0].events.is_empty());
/// # Ok::<(), tracking_number::status::payload::PayloadError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct VendorError {
    /// The vendor's code (a number written in decimal).
    pub code: Option<String>,
    /// The vendor's message.
    pub message: Option<String>,
}

impl VendorError {
    /// The error object `at` (its `code` and `message`), if it has either.
    fn at(at: &At<'_>) -> Option<VendorError> {
        let code = text_or_number(at, "code");
        let message = text_or_number(at, "message");
        (code.is_some() || message.is_some()).then_some(VendorError { code, message })
    }
}

/// Why a payload could not be read.
///
/// ```
/// use tracking_number::status::payload::{read, Options, PayloadErrorKind, Vendor};
///
/// let doc = r#"{"tracking_code":"X","tracking_details":[{"status":"delivered","datetime":"soon"}]}"#;
/// let e = read(Vendor::Easypost, &mut serde_json::Deserializer::from_str(doc), &Options::new())
///     .unwrap_err();
/// assert_eq!(e.path(), "$.tracking_details[0].datetime");
/// assert!(matches!(e.kind(), PayloadErrorKind::Time { .. }));
/// assert_eq!(e.to_string(), "$.tracking_details[0].datetime: expected a date-time, found \"soon\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayloadError {
    path: String,
    kind: PayloadErrorKind,
}

/// What is wrong in a payload.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PayloadErrorKind {
    /// The document is not well-formed (the deserializer's message).
    Syntax(String),
    /// A value of another type than the vendor sends there.
    Type {
        /// What the vendor sends there.
        expected: &'static str,
        /// What was found (`"a number"`, `"an array"`, …).
        found: &'static str,
    },
    /// A time that is no date-time (nor a date where a date is allowed).
    Time {
        /// The text found.
        found: String,
    },
    /// None of the vendor's document shapes: no shipments where they are expected.
    Shape,
    /// None of the vendors' document shapes ([`read_any`]): the document is of no vendor of
    /// [`Vendor`].
    UnknownVendor,
    /// The document is the vendor's error answer instead of shipments (an HTTP error body:
    /// a bad key, an unknown number, a rate limit), with its code and message.
    Vendor(VendorError),
}

impl PayloadError {
    fn new(path: &str, kind: PayloadErrorKind) -> Self {
        PayloadError { path: String::from(path), kind }
    }

    /// The JSON path at fault (`$` for the document itself).
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    #[must_use]
    pub fn kind(&self) -> &PayloadErrorKind {
        &self.kind
    }
}

impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match &self.kind {
            PayloadErrorKind::Syntax(m) => write!(f, "not a well-formed document: {m}"),
            PayloadErrorKind::Type { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            PayloadErrorKind::Time { found } => write!(f, "expected a date-time, found {found:?}"),
            PayloadErrorKind::Shape => f.write_str("no shipments in the shape this vendor sends"),
            PayloadErrorKind::UnknownVendor => f.write_str(
                "not a tracking document of EasyPost, AfterShip, Shippo, 17TRACK, UPS, FedEx, \
                 USPS or DHL",
            ),
            PayloadErrorKind::Vendor(e) => {
                f.write_str("the vendor answered an error")?;
                match (&e.code, &e.message) {
                    (Some(c), Some(m)) => write!(f, ": {c}: {m}"),
                    (Some(t), None) | (None, Some(t)) => write!(f, ": {t}"),
                    (None, None) => Ok(()),
                }
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for PayloadError {}

/// Reads one vendor document into its shipments: one value from `document` (with
/// `serde_json`, call `Deserializer::end` afterwards to refuse anything after it).
///
/// # Errors
///
/// [`PayloadError`] naming the path: the document is not well-formed, a value has another
/// type than the vendor sends there, a time is no date-time, the document is the vendor's
/// error answer ([`PayloadErrorKind::Vendor`]), or it has none of the vendor's shapes.
pub fn read<'de, D: serde::Deserializer<'de>>(
    vendor: Vendor,
    document: D,
    options: &Options,
) -> Result<Vec<PayloadShipment>, PayloadError> {
    let json = <Json as serde::Deserialize>::deserialize(document)
        .map_err(|e| PayloadError::new("$", PayloadErrorKind::Syntax(e.to_string())))?;
    read_json(vendor, &json, options)
}

/// Reads one tracking document of any vendor of [`Vendor`], told from its shape (the keys
/// only that vendor's documents hold, see [`Vendor::of_document`]), into the vendor and its
/// shipments: for a caller that stores or forwards documents without saying where they come
/// from.
///
/// ```
/// use tracking_number::status::payload::{read_any, Options, Vendor};
///
/// let doc = r#"{"output":{"completeTrackResults":[{"trackingNumber":"794644790131",
///   "trackResults":[{"scanEvents":[{"date":"2026-11-20T14:02:00-05:00","eventType":"DL",
///   "eventDescription":"Delivered"}]}]}]}}"#;
/// let (vendor, shipments) = read_any(&mut serde_json::Deserializer::from_str(doc), &Options::new())?;
/// assert_eq!(vendor, Vendor::Fedex);
/// assert_eq!(shipments[0].tracking_number, "794644790131");
/// # Ok::<(), tracking_number::status::payload::PayloadError>(())
/// ```
///
/// # Errors
///
/// As [`read`]; a document of no vendor's shape is [`PayloadErrorKind::UnknownVendor`] (or
/// [`PayloadErrorKind::Vendor`] when it is one of the vendors' error answers).
pub fn read_any<'de, D: serde::Deserializer<'de>>(
    document: D,
    options: &Options,
) -> Result<(Vendor, Vec<PayloadShipment>), PayloadError> {
    let json = <Json as serde::Deserialize>::deserialize(document)
        .map_err(|e| PayloadError::new("$", PayloadErrorKind::Syntax(e.to_string())))?;
    let root = At::root(&json);
    let Some(vendor) = vendor_of(&root) else {
        let kind =
            error_body(&root).map_or(PayloadErrorKind::UnknownVendor, PayloadErrorKind::Vendor);
        return Err(PayloadError::new("$", kind));
    };
    Ok((vendor, read_json(vendor, &json, options)?))
}

impl Vendor {
    /// The vendor whose tracking document `document` (any `serde` deserializer: a
    /// `serde_json::Deserializer`, or a parsed `&serde_json::Value`) is, told from its shape;
    /// `None` for a document of no vendor's shape (an error answer included) or one that is
    /// not well-formed.
    ///
    /// | keys | vendor |
    /// |---|---|
    /// | `trackResponse` | UPS |
    /// | `output.completeTrackResults` | FedEx |
    /// | `track_info` (at the root or under `data`), `data.accepted`, `data.rejected` | 17TRACK |
    /// | `tracking_details`, `tracking_code`, `trackers`, `object` `"Tracker"` or `"Event"` (at the root or under `result`) | EasyPost |
    /// | `tracking_history`, `tracking_status` (at the root or under `data`) | Shippo |
    /// | `checkpoints`, `slug` (at the root, under `data` or `msg`), `data.tracking`, `data.trackings` | AfterShip |
    /// | `trackingEvents`, `trackingNumber` (a list of such documents too) | USPS |
    /// | `shipments` | DHL |
    ///
    /// ```
    /// use tracking_number::status::payload::Vendor;
    ///
    /// let doc: serde_json::Value = serde_json::from_str(r#"{"shipments":[{"id":"3318810025"}]}"#)?;
    /// assert_eq!(Vendor::of_document(&doc), Some(Vendor::Dhl));
    /// let doc: serde_json::Value = serde_json::from_str(r#"{"id":1}"#)?;
    /// assert_eq!(Vendor::of_document(&doc), None);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn of_document<'de, D: serde::Deserializer<'de>>(document: D) -> Option<Vendor> {
        let json = <Json as serde::Deserialize>::deserialize(document).ok()?;
        vendor_of(&At::root(&json))
    }
}

/// The vendor whose document shape `root` has ([`Vendor::of_document`]'s table).
fn vendor_of(root: &At<'_>) -> Option<Vendor> {
    let has = |at: &At<'_>, keys: &[&str]| at.any(keys).is_some();
    let data = root.get("data").filter(At::is_object);
    let under = |key: &str| root.get(key).filter(At::is_object);
    let here_or =
        |at: Option<At<'_>>, keys: &[&str]| has(root, keys) || at.is_some_and(|a| has(&a, keys));
    if has(root, &["trackResponse"]) {
        return Some(Vendor::Ups);
    }
    if under("output").is_some_and(|o| has(&o, &["completeTrackResults"])) {
        return Some(Vendor::Fedex);
    }
    if here_or(data.clone(), &["track_info"])
        || data.as_ref().is_some_and(|d| has(d, &["accepted", "rejected"]))
    {
        return Some(Vendor::Track17);
    }
    let easypost_object = |at: &At<'_>| {
        at.get("object")
            .is_some_and(|o| matches!(o.value(), Json::Str(s) if s == "Tracker" || s == "Event"))
    };
    let result = under("result");
    if here_or(result.clone(), &["tracking_details", "tracking_code"])
        || has(root, &["trackers"])
        || easypost_object(root)
        || result.as_ref().is_some_and(easypost_object)
    {
        return Some(Vendor::Easypost);
    }
    if here_or(data.clone(), &["tracking_history", "tracking_status"]) {
        return Some(Vendor::Shippo);
    }
    if here_or(data.clone(), &["checkpoints", "slug"])
        || under("msg").is_some_and(|m| has(&m, &["checkpoints", "slug", "tracking_number"]))
        || data.as_ref().is_some_and(|d| has(d, &["tracking", "trackings"]))
    {
        return Some(Vendor::Aftership);
    }
    let usps = |at: &At<'_>| has(at, &["trackingEvents", "trackingNumber"]);
    let list_of_usps = match root.value() {
        Json::Arr(_) => {
            root.items().ok().and_then(|i| i.first().cloned()).is_some_and(|d| usps(&d))
        }
        _ => false,
    };
    if usps(root) || list_of_usps {
        return Some(Vendor::Usps);
    }
    if has(root, &["shipments"]) {
        return Some(Vendor::Dhl);
    }
    None
}

/// [`read`] of a document already parsed.
fn read_json(
    vendor: Vendor,
    json: &Json,
    options: &Options,
) -> Result<Vec<PayloadShipment>, PayloadError> {
    let root = At::root(json);
    let cx = Cx { options: *options };
    let read = match vendor {
        Vendor::Easypost => aggregators::easypost(&cx, root.clone()),
        Vendor::Aftership => aggregators::aftership(&cx, root.clone()),
        Vendor::Shippo => aggregators::shippo(&cx, root.clone()),
        Vendor::Track17 => aggregators::track17(&cx, root.clone()),
        Vendor::Ups => carriers::ups(&cx, root.clone()),
        Vendor::Fedex => carriers::fedex(&cx, root.clone()),
        Vendor::Usps => carriers::usps(&cx, root.clone()),
        Vendor::Dhl => carriers::dhl(&cx, root.clone()),
    };
    match read {
        // no shipments: the vendor's error answer, if it is one
        Err(e) if e.kind == PayloadErrorKind::Shape => match error_body(&root) {
            Some(v) => Err(PayloadError::new("$", PayloadErrorKind::Vendor(v))),
            None => Err(e),
        },
        other => other,
    }
}

/// The error a vendor answers instead of shipments (the body of an HTTP error), in the
/// envelopes the vendors' API references give for it:
///
/// | envelope | vendor |
/// |---|---|
/// | `{"error": {"code", "message"}}` | EasyPost, USPS |
/// | `{"errors": [{"code", "message"}]}` | FedEx |
/// | `{"response": {"errors": [{"code", "message"}]}}` | UPS |
/// | `{"meta": {"code": 4004, "message"}}` (a code of 400 or more) | AfterShip |
/// | `{"code": -18010012, "data": {"errors": [{"code", "message"}]}}` | 17TRACK |
/// | `{"status": 404, "title", "detail"}` (RFC 7807 problem details) | DHL |
fn error_body<'a>(root: &At<'a>) -> Option<VendorError> {
    fn first<'a>(list: Option<At<'a>>) -> Option<At<'a>> {
        list.and_then(|l| l.items().ok()?.into_iter().next())
    }
    if let Some(e) = root.get("error").filter(At::is_object) {
        return VendorError::at(&e);
    }
    let listed = first(root.get("errors"))
        .or_else(|| first(root.get("response").and_then(|r| r.get("errors"))))
        .or_else(|| first(root.get("data").and_then(|d| d.get("errors"))));
    if let Some(e) = listed {
        return VendorError::at(&e);
    }
    let failed = |at: &At<'_>, key: &str| match at.get(key).map(|c| c.value().clone()) {
        Some(Json::Num(n)) => n >= 400.0,
        _ => false,
    };
    if let Some(meta) = root.get("meta").filter(|m| failed(m, "code")) {
        return VendorError::at(&meta);
    }
    if failed(root, "status") {
        let message = text_or_number(root, "detail").or_else(|| text_or_number(root, "title"));
        return Some(VendorError { code: text_or_number(root, "status"), message });
    }
    None
}

/// What the readers share.
pub(super) struct Cx {
    options: Options,
}

/// One event as a vendor describes it, before mapping.
pub(super) struct Raw<'a> {
    at: Timestamp,
    /// `at` was read as a local time without an offset of its own (at the default offset):
    /// the location's zone, if known, places it instead.
    local: bool,
    code: Option<&'a str>,
    sub: Option<&'a str>,
    description: Option<&'a str>,
    location: Location,
    /// The country a location without one is in (USPS: domestic events name none; DHL: a
    /// shipment whose origin and destination are in one country).
    home: Option<&'a str>,
}

impl<'a> Raw<'a> {
    /// An event at `when` (its time, and whether that was read as a local time: what
    /// [`Cx::event_time`] gives) with the vendor's status `code` and `description`.
    fn new(when: (Timestamp, bool), code: Option<&'a str>, description: Option<&'a str>) -> Self {
        let (at, local) = when;
        Raw { at, local, code, sub: None, description, location: Location::new(), home: None }
    }

    /// With the vendor's sub-status code.
    fn sub(mut self, sub: Option<&'a str>) -> Self {
        self.sub = sub;
        self
    }

    /// With where it happened.
    fn place(mut self, location: Location) -> Self {
        self.location = location;
        self
    }

    /// With the country a location that names none is in.
    fn home(mut self, country: Option<&'a str>) -> Self {
        self.home = country;
        self
    }
}

impl Cx {
    /// A date-time: with an offset as given; without, at `offset` (minutes) if known, else
    /// the default; a date alone at its start (or end, with `end_of_day`).
    fn time(
        &self,
        at: &At<'_>,
        text: &str,
        offset: Option<i16>,
        end_of_day: bool,
    ) -> Result<Timestamp, PayloadError> {
        let bad =
            || PayloadError::new(&at.path(), PayloadErrorKind::Time { found: String::from(text) });
        let t = text.trim();
        if let Ok(ts) = t.parse::<Timestamp>() {
            return Ok(ts);
        }
        let offset = offset.unwrap_or(self.options.default_offset);
        let sign = if offset < 0 { '-' } else { '+' };
        let o = offset.unsigned_abs();
        let zone = format!("{sign}{:02}:{:02}", o / 60, o % 60);
        let b = t.as_bytes();
        let full = if b.len() == 10 && b.get(4) == Some(&b'-') {
            format!("{t}T{}{zone}", if end_of_day { "23:59:59" } else { "00:00:00" })
        } else if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
            // YYYYMMDD
            let d = |r: core::ops::Range<usize>| t.get(r).unwrap_or("");
            format!(
                "{}-{}-{}T{}{zone}",
                d(0..4),
                d(4..6),
                d(6..8),
                if end_of_day { "23:59:59" } else { "00:00:00" }
            )
        } else if b.len() >= 16 && b.get(10).is_some_and(|c| matches!(c, b'T' | b't' | b' ')) {
            // a local date-time, seconds optional
            let base = if b.len() == 16 { format!("{t}:00") } else { String::from(t) };
            format!("{base}{zone}")
        } else {
            return Err(bad());
        };
        full.parse::<Timestamp>().map_err(|_| bad())
    }

    /// The date-time of an event at `at` (see [`time`](Self::time)), and whether it is a
    /// local time without an offset (read at the default one, to be placed by the event's
    /// location: see [`placed`](Self::placed)).
    fn event_time(&self, at: &At<'_>) -> Result<(Timestamp, bool), PayloadError> {
        let text = at.opt_str()?.unwrap_or("");
        let local = text.trim().parse::<Timestamp>().is_err();
        Ok((self.time(at, text, None, false)?, local))
    }

    /// A local time `at` read at the default offset, placed at the offset of the zone of
    /// `place` (or of the country `home` when the place names none), when that zone is known
    /// (see `zone`); else `at` as it is.
    fn placed(&self, at: Timestamp, place: Option<&Location>, home: Option<&str>) -> Timestamp {
        let default = i64::from(self.options.default_offset);
        let local = at.unix_ms().div_euclid(60_000) + default;
        let country = place.and_then(|l| l.country.as_deref()).or(home);
        let region = place.and_then(|l| l.region.as_deref());
        match country.and_then(|c| super::zone::offset_at(c, region, local)) {
            Some(o) => {
                let shift = (default - i64::from(o)).saturating_mul(60_000);
                Timestamp::with_offset(at.unix_ms().saturating_add(shift), o).unwrap_or(at)
            }
            None => at,
        }
    }

    /// The date-time at `at` (see [`time`](Self::time)).
    fn time_at(&self, at: &At<'_>, offset: Option<i16>) -> Result<Timestamp, PayloadError> {
        self.time(at, at.opt_str()?.unwrap_or(""), offset, false)
    }

    /// The estimate at `at` (a date: the whole day; a date-time: that instant), attached to
    /// the latest of `events`; nothing for null or a value that is no string.
    fn estimate_at(
        &self,
        at: &At<'_>,
        events: &mut [TrackingEvent],
        source: EtaSource,
    ) -> Result<(), PayloadError> {
        let Ok(Some(s)) = at.opt_str() else { return Ok(()) };
        let from = self.time(at, s, None, false)?;
        let t = s.trim();
        let date_only = t.len() == 10 || (t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()));
        let to = if date_only { self.time(at, s, None, true)? } else { from };
        estimate(events, from, to, source);
        Ok(())
    }

    /// `date` (`YYYYMMDD` or ISO) and `time` (`HHMMSS` or `HH:MM[:SS]`) at `offset`.
    fn date_time(
        &self,
        at: &At<'_>,
        date: &str,
        time: &str,
        offset: Option<i16>,
    ) -> Result<Timestamp, PayloadError> {
        let digits: String = time.chars().filter(char::is_ascii_digit).collect();
        let (h, m, s) = match digits.len() {
            6 => (&digits[0..2], &digits[2..4], &digits[4..6]),
            4 => (&digits[0..2], &digits[2..4], "00"),
            _ => ("00", "00", "00"),
        };
        let d: String = date.chars().filter(char::is_ascii_digit).collect();
        if d.len() != 8 {
            return Err(PayloadError::new(
                &at.path(),
                PayloadErrorKind::Time { found: String::from(date) },
            ));
        }
        let text = format!("{}-{}-{}T{h}:{m}:{s}", &d[0..4], &d[4..6], &d[6..8]);
        self.time(at, &text, offset, false)
    }

    /// The event of `raw` mapped by `table`, with its description, location and, for a
    /// generic code, the status its description gives.
    fn event(&self, table: &TableMapper, raw: Raw<'_>) -> Option<TrackingEvent> {
        let mut at = raw.at;
        if raw.local {
            at = self.placed(at, Some(&raw.location), raw.home);
        }
        let mut ev = match raw.code.filter(|c| !c.is_empty()) {
            Some(code) => {
                let r = RawStatus::new(code);
                let r = match raw.sub.filter(|s| !s.is_empty()) {
                    Some(s) => r.with_sub_code(s),
                    None => r,
                };
                table.event(at, r)
            }
            None => match raw.description {
                Some(d) => TrackingEvent::informational(at, d),
                None => return None,
            },
        };
        if let Some(d) = raw.description.filter(|d| !d.trim().is_empty()) {
            ev = refine(ev, d);
            ev = ev.with_description(d.trim());
        }
        if raw.location != Location::new() {
            ev = ev.with_location(raw.location);
        }
        Some(ev)
    }
}

/// A generic event (no status, in transit or an exception without a known detail) takes the
/// status its description gives, marked heuristic.
fn refine(ev: TrackingEvent, description: &str) -> TrackingEvent {
    let generic = match ev.status() {
        None | Some(Status::Unknown) => true,
        // no detail, or only the vendor's unknown sub-code (`Detail::Other`)
        Some(Status::InTransit | Status::Exception) => {
            matches!(ev.detail(), None | Some(super::Detail::Other(_)))
        }
        _ => false,
    };
    if !generic {
        return ev;
    }
    let Some((status, detail)) = phrases::classify(description) else { return ev };
    if ev.status() == Some(status) {
        return match detail {
            Some(d) if ev.detail().is_none() => ev.with_detail(d),
            _ => ev,
        };
    }
    let mut out =
        TrackingEvent::new(ev.occurred_at(), status).with_quality(MappingQuality::Heuristic);
    if let Some(r) = ev.raw() {
        out = out.with_raw(r.clone());
    }
    if let Some(d) = detail {
        out = out.with_detail(d);
    }
    out.with_flags(ev.flags())
}

/// A location from the members `keys` (city, region, postal code, country) of the object at
/// `at`, if any (values that are no strings ignored; an empty key: that part is never given).
fn location_at(at: Option<&At<'_>>, keys: [&str; 4]) -> Location {
    let part = |k: &str| at.and_then(|a| text(a, k).ok().flatten());
    location(part(keys[0]), part(keys[1]), part(keys[2]), part(keys[3]))
}

/// A shipment read from a document.
fn shipment(
    number: Option<&str>,
    carrier: Option<&str>,
    events: Vec<TrackingEvent>,
) -> PayloadShipment {
    PayloadShipment {
        tracking_number: String::from(number.unwrap_or("")),
        carrier: carrier.map(String::from),
        events,
        error: None,
    }
}

/// A location from its parts (empty strings dropped).
fn location(
    city: Option<&str>,
    region: Option<&str>,
    postal_code: Option<&str>,
    country: Option<&str>,
) -> Location {
    let own = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
    let mut l = Location::new();
    l.city = own(city);
    l.region = own(region);
    l.postal_code = own(postal_code);
    l.country = own(country);
    l
}

/// Attaches a proof of delivery (signer) to the last delivered event.
fn sign(events: &mut [TrackingEvent], signed_by: Option<&str>) {
    let Some(name) = signed_by.map(str::trim).filter(|s| !s.is_empty()) else { return };
    if let Some(ev) = events.iter_mut().rev().find(|e| e.status() == Some(Status::Delivered)) {
        let mut pod = ev.pod().cloned().unwrap_or_else(ProofOfDelivery::new);
        if pod.signed_by.is_none() {
            pod.signed_by = Some(String::from(name));
        }
        if let Ok(e) = ev.clone().with_pod(pod) {
            *ev = e;
        }
    }
}

/// Attaches an estimate (`earliest`..`latest`) to the latest event, as of that event.
fn estimate(
    events: &mut [TrackingEvent],
    earliest: Timestamp,
    latest: Timestamp,
    source: EtaSource,
) {
    let Some(window) = EtaWindow::new(earliest.min(latest), latest.max(earliest)) else { return };
    if let Some(ev) = events.iter_mut().max_by_key(|e| e.occurred_at()) {
        let mut obs = EtaObservation::new(ev.occurred_at(), window);
        obs.source = source;
        *ev = ev.clone().with_eta(obs);
    }
}

/// The tables per vendor.
fn table(vendor: Vendor) -> &'static TableMapper {
    match vendor {
        Vendor::Easypost => &mapping::EASYPOST,
        Vendor::Aftership => &mapping::AFTERSHIP,
        Vendor::Shippo => &mapping::SHIPPO,
        Vendor::Track17 => &mapping::TRACK17,
        Vendor::Ups => &mapping::UPS,
        Vendor::Fedex => &mapping::FEDEX,
        Vendor::Usps => &mapping::USPS,
        Vendor::Dhl => &mapping::DHL,
    }
}

/// An offset such as `-05:00`, `+0530`, `-5`.
fn parse_offset(s: &str) -> Option<i16> {
    let s = s.trim();
    let (sign, rest) = match s.as_bytes().first()? {
        b'-' => (-1, &s[1..]),
        b'+' => (1, &s[1..]),
        _ => (1, s),
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i16>().ok()?, 0),
        3 | 4 => {
            let (h, m) = digits.split_at(digits.len() - 2);
            (h.parse::<i16>().ok()?, m.parse::<i16>().ok()?)
        }
        _ => return None,
    };
    (h < 24 && m < 60).then_some(sign * (h * 60 + m))
}

/// The string at `key`, or `None` when absent or null; an error for another type.
fn text<'a>(at: &At<'a>, key: &str) -> Result<Option<&'a str>, PayloadError> {
    at.get(key).map_or(Ok(None), |v| v.opt_str())
}

/// The value at `key` as text (numbers written out), or `None`.
fn text_or_number(at: &At<'_>, key: &str) -> Option<String> {
    match at.get(key)?.value() {
        Json::Str(s) => Some(s.clone()),
        // whole numbers written without a fraction (ids sent as numbers)
        Json::Num(n) => Some(if (-1e15..1e15).contains(n) && (*n as i64) as f64 == *n {
            format!("{}", *n as i64)
        } else {
            n.to_string()
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets() {
        assert_eq!(parse_offset("-05:00"), Some(-300));
        assert_eq!(parse_offset("+0530"), Some(330));
        assert_eq!(parse_offset("-5"), Some(-300));
        assert_eq!(parse_offset("8"), Some(480));
        assert_eq!(parse_offset("x"), None);
        assert_eq!(parse_offset("+25:00"), None);
    }

    #[test]
    fn local_times_and_dates() {
        let cx = Cx { options: Options::new().default_offset(60) };
        let json = Json::Null;
        let at = At::root(&json);
        let t = |s: &str, o: Option<i16>| cx.time(&at, s, o, false).map(|t| t.to_string());
        assert_eq!(t("2026-11-20T14:02:00Z", None).as_deref(), Ok("2026-11-20T14:02:00Z"));
        assert_eq!(t("2026-11-20T14:02:00", None).as_deref(), Ok("2026-11-20T14:02:00+01:00"));
        assert_eq!(t("2026-11-20 14:02", Some(-300)).as_deref(), Ok("2026-11-20T14:02:00-05:00"));
        assert_eq!(t("2026-11-20", None).as_deref(), Ok("2026-11-20T00:00:00+01:00"));
        assert_eq!(
            cx.time(&at, "20261120", None, true).map(|t| t.to_string()).as_deref(),
            Ok("2026-11-20T23:59:59+01:00")
        );
        assert!(t("soon", None).is_err());
        assert_eq!(
            cx.date_time(&at, "20261120", "140230", Some(-300)).map(|t| t.to_string()).as_deref(),
            Ok("2026-11-20T14:02:30-05:00")
        );
    }
}
