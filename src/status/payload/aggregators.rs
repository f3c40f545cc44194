//! The aggregators' documents: EasyPost, AfterShip, Shippo, 17TRACK (shapes in the
//! [module docs](super)).

use alloc::string::String;
use alloc::vec::Vec;

use super::json::At;
use super::{
    estimate, location, location_at, shipment, sign, table, text, text_or_number, Cx, PayloadError,
    PayloadErrorKind, PayloadShipment, Raw, Vendor, VendorError,
};
use crate::status::{EtaSource, Timestamp};

/// The address keys of an EasyPost `tracking_location` and a Shippo `location`.
const CITY_STATE_ZIP_COUNTRY: [&str; 4] = ["city", "state", "zip", "country"];

/// EasyPost: a Tracker, an Event whose `result` is one, or the list `GET /trackers` answers
/// (`{"trackers": [Tracker, …], "has_more": …}`).
pub(super) fn easypost(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    if root.get("trackers").is_some() {
        let mut out = Vec::new();
        for tracker in root.required_items(None, "trackers")? {
            out.extend(easypost_tracker(cx, &tracker)?);
        }
        return Ok(out);
    }
    let tracker = root.required_object("result", &["tracking_code", "tracking_details"])?;
    easypost_tracker(cx, &tracker)
}

/// One EasyPost Tracker.
fn easypost_tracker(cx: &Cx, tracker: &At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let t = table(Vendor::Easypost);
    let mut events = Vec::new();
    for d in tracker.items_at("tracking_details")? {
        let Some(when) = d.get("datetime") else { continue };
        let raw = Raw::new(cx.event_time(&when)?, text(&d, "status")?, text(&d, "message")?)
            .sub(text(&d, "status_detail")?)
            .place(location_at(d.get("tracking_location").as_ref(), CITY_STATE_ZIP_COUNTRY));
        events.extend(cx.event(t, raw));
    }
    sign(&mut events, text(tracker, "signed_by")?);
    if let Some(eta) = tracker.get("est_delivery_date") {
        cx.estimate_at(&eta, &mut events, EtaSource::Aggregator)?;
    }
    Ok(alloc::vec![shipment(text(tracker, "tracking_code")?, text(tracker, "carrier")?, events)])
}

/// AfterShip: `{"data":{"tracking":…}}` (or `{"data":…}`, as newer API versions answer),
/// `{"msg":…}` or a bare tracking; a list of trackings (`data.trackings`) too.
pub(super) fn aftership(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let trackings = if let Some(list) = root.get("data").and_then(|d| d.get("trackings")) {
        list.items()?
    } else if let Some(t) = root.get("data").and_then(|d| d.get("tracking")) {
        alloc::vec![t]
    } else if let Some(d) = root
        .get("data")
        .filter(|d| d.get("checkpoints").is_some() || d.get("tracking_number").is_some())
    {
        // newer API versions return the tracking as `data` itself
        alloc::vec![d]
    } else if let Some(m) = root.get("msg") {
        alloc::vec![m]
    } else if root.get("checkpoints").is_some() || root.get("tracking_number").is_some() {
        alloc::vec![root.clone()]
    } else {
        return Err(PayloadError::new(&root.path(), PayloadErrorKind::Shape));
    };
    let t = table(Vendor::Aftership);
    let mut out = Vec::new();
    for tr in trackings {
        let mut events = Vec::new();
        for c in tr.items_at("checkpoints")? {
            let Some(when) = c.get("checkpoint_time") else { continue };
            let (at, local) = cx.event_time(&when)?;
            let country = text(&c, "country_region")?.or(text(&c, "country_iso3")?);
            let mut loc =
                location(text(&c, "city")?, text(&c, "state")?, text(&c, "zip")?, country);
            if loc.city.is_none() {
                loc.facility = text(&c, "location")?.map(String::from);
            }
            let raw = Raw::new((at, local), text(&c, "tag")?, text(&c, "message")?)
                .sub(text(&c, "subtag")?)
                .place(loc);
            events.extend(cx.event(t, raw));
        }
        sign(&mut events, text(&tr, "signed_by")?);
        if let Some((from, to, source)) = aftership_estimate(cx, &tr)? {
            estimate(&mut events, from, to, source);
        }
        out.push(shipment(text(&tr, "tracking_number")?, text(&tr, "slug")?, events));
    }
    Ok(out)
}

/// The keys of AfterShip's estimated-delivery objects (`courier_estimated_delivery_date`,
/// `aftership_estimated_delivery_date`): the date, the window's start and end.
const EDD: [&str; 3] =
    ["estimated_delivery_date", "estimated_delivery_date_min", "estimated_delivery_date_max"];
/// The keys of AfterShip's `latest_estimated_delivery` object.
const LATEST: [&str; 3] = ["datetime", "datetime_min", "datetime_max"];

/// AfterShip's estimate of a tracking: its window and whose it is. `expected_delivery` (a
/// date or a date-time); newer API versions give objects instead, each a date or a window:
/// `latest_estimated_delivery` (whose `source` names whose it is: the carrier's, AfterShip's
/// prediction, the shop's own), then the carrier's (`courier_estimated_delivery_date`), then
/// AfterShip's prediction (`aftership_estimated_delivery_date`).
fn aftership_estimate(
    cx: &Cx,
    tr: &At<'_>,
) -> Result<Option<(Timestamp, Timestamp, EtaSource)>, PayloadError> {
    if let Some(e) = tr.get("expected_delivery") {
        return Ok(day(cx, &e)?.map(|(from, to)| (from, to, EtaSource::Aggregator)));
    }
    let objects = [
        ("latest_estimated_delivery", LATEST, None),
        ("courier_estimated_delivery_date", EDD, Some(EtaSource::Carrier)),
        ("aftership_estimated_delivery_date", EDD, Some(EtaSource::Predicted)),
    ];
    for (key, keys, source) in objects {
        let Some(o) = tr.get(key) else { continue };
        let window = if o.is_object() { edd_window(cx, &o, keys)? } else { day(cx, &o)? };
        let Some((from, to)) = window else { continue };
        let source = source.unwrap_or(match text(&o, "source")?.map(str::to_ascii_lowercase) {
            Some(s) if s.contains("carrier") => EtaSource::Carrier,
            Some(s) if s.contains("aftership") => EtaSource::Predicted,
            Some(s) if ["custom", "order", "promise"].iter().any(|k| s.contains(k)) => {
                EtaSource::Shipper
            }
            _ => EtaSource::Aggregator,
        });
        return Ok(Some((from, to, source)));
    }
    Ok(None)
}

/// The window of a date (the whole day) or a date-time (that instant) at `at`; `None` when
/// it holds no text.
fn day(cx: &Cx, at: &At<'_>) -> Result<Option<(Timestamp, Timestamp)>, PayloadError> {
    let Some(s) = at.opt_str().ok().flatten() else { return Ok(None) };
    Ok(Some((cx.time(at, s, None, false)?, cx.time(at, s, None, true)?)))
}

/// The window of one of AfterShip's estimated-delivery objects (its `keys`: [`EDD`] or
/// [`LATEST`]): from the window's start to its end when both are given, else the [`day`] of
/// the date; `None` when it gives no date.
fn edd_window(
    cx: &Cx,
    edd: &At<'_>,
    keys: [&str; 3],
) -> Result<Option<(Timestamp, Timestamp)>, PayloadError> {
    let [date, min, max] = keys;
    let text_at = |key: &str| edd.get(key).filter(|a| a.opt_str().ok().flatten().is_some());
    match (text_at(min), text_at(max)) {
        (Some(min), Some(max)) => {
            let (Some(from), Some(to)) = (day(cx, &min)?, day(cx, &max)?) else { return Ok(None) };
            Ok(Some((from.0, to.1)))
        }
        _ => edd.get(date).map_or(Ok(None), |d| day(cx, &d)),
    }
}

/// Shippo: a Track object, or the webhook `{"data": Track}`.
pub(super) fn shippo(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let track = root.required_object("data", &["tracking_number", "tracking_history"])?;
    let t = table(Vendor::Shippo);
    let mut history = track.items_at("tracking_history")?;
    if history.is_empty() {
        history.extend(track.get("tracking_status"));
    }
    let mut events = Vec::new();
    for h in history {
        let Some(when) = h.get("status_date") else { continue };
        let sub = match h.get("substatus") {
            Some(s) if s.is_object() => text(&s, "code")?,
            Some(s) => s.opt_str()?,
            None => None,
        };
        let raw = Raw::new(cx.event_time(&when)?, text(&h, "status")?, text(&h, "status_details")?)
            .sub(sub)
            .place(location_at(h.get("location").as_ref(), CITY_STATE_ZIP_COUNTRY));
        events.extend(cx.event(t, raw));
    }
    if let Some(eta) = track.get("eta") {
        cx.estimate_at(&eta, &mut events, EtaSource::Aggregator)?;
    }
    Ok(alloc::vec![shipment(text(&track, "tracking_number")?, text(&track, "carrier")?, events)])
}

/// 17TRACK v2: the `gettrackinfo` response (`data.accepted[]`) or a push body (`data` is one
/// item), or a bare item.
pub(super) fn track17(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let items = match root.get("data") {
        Some(d) if d.get("accepted").is_some() || d.get("rejected").is_some() => {
            d.items_at("accepted")?
        }
        Some(d) if d.get("track_info").is_some() || d.get("number").is_some() => alloc::vec![d],
        _ if root.get("track_info").is_some() => alloc::vec![root.clone()],
        _ => return Err(PayloadError::new(&root.path(), PayloadErrorKind::Shape)),
    };
    let t = table(Vendor::Track17);
    let mut out = Vec::new();
    for item in items {
        let info = item.get("track_info");
        let mut events = Vec::new();
        let providers = match info.as_ref().and_then(|i| i.get("tracking")) {
            Some(tr) => tr.items_at("providers")?,
            None => Vec::new(),
        };
        let mut carrier = None;
        for p in providers {
            if carrier.is_none() {
                carrier = p.get("provider").and_then(|pr| text(&pr, "name").ok().flatten());
            }
            for e in p.items_at("events")? {
                let Some(when) = e.any(&["time_iso", "time_utc"]) else { continue };
                let (at, local) = cx.event_time(&when)?;
                let sub = text(&e, "sub_status")?;
                // the per-event stage when given, else the main status of the sub-status
                let code =
                    text(&e, "stage")?.or_else(|| sub.map(|s| s.split('_').next().unwrap_or(s)));
                let addr = e.get("address");
                let part = |k: &str| addr.as_ref().and_then(|a| text(a, k).ok().flatten());
                let mut loc =
                    location(part("city"), part("state"), part("postal_code"), part("country"));
                if loc.city.is_none() {
                    loc.facility = text(&e, "location")?.map(String::from);
                }
                let raw = Raw::new((at, local), code, text(&e, "description")?).sub(sub).place(loc);
                events.extend(cx.event(t, raw));
            }
        }
        let eta = info
            .as_ref()
            .and_then(|i| i.get("time_metrics"))
            .and_then(|m| m.get("estimated_delivery_date"));
        if let Some(eta) = eta {
            let from =
                eta.get("from").and_then(|f| f.opt_str().ok().flatten().map(|s| (f.clone(), s)));
            let to = eta.get("to").and_then(|f| f.opt_str().ok().flatten().map(|s| (f.clone(), s)));
            if let (Some((fa, fs)), Some((ta, ts))) = (from, to) {
                let from = cx.time(&fa, fs, None, false)?;
                let to = cx.time(&ta, ts, None, true)?;
                estimate(&mut events, from, to, EtaSource::Aggregator);
            }
        }
        out.push(PayloadShipment {
            tracking_number: text_or_number(&item, "number").unwrap_or_default(),
            carrier: carrier.map(String::from),
            events,
            error: None,
        });
    }
    // the numbers 17TRACK refuses (`data.rejected[]`: `number` and its `error`)
    for item in root.get("data").map_or(Ok(Vec::new()), |d| d.items_at("rejected"))? {
        out.push(PayloadShipment {
            tracking_number: text_or_number(&item, "number").unwrap_or_default(),
            carrier: None,
            events: Vec::new(),
            error: item.get("error").and_then(|e| VendorError::at(&e)),
        });
    }
    Ok(out)
}
