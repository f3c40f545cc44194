//! The carriers' own tracking APIs: UPS, FedEx, USPS, DHL (shapes in the
//! [module docs](super)).

use alloc::string::String;
use alloc::vec::Vec;

use super::json::At;
use super::{
    estimate, location, location_at, parse_offset, shipment, sign, table, text, text_or_number, Cx,
    PayloadError, PayloadErrorKind, PayloadShipment, Raw, Vendor, VendorError,
};
use crate::status::EtaSource;

/// UPS Track API: `trackResponse.shipment[].package[]`, each with `activity[]`.
pub(super) fn ups(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let shipments = root.required_items(Some("trackResponse"), "shipment")?;
    let t = table(Vendor::Ups);
    let mut out = Vec::new();
    for s in shipments {
        // a number UPS cannot track: no packages, a warning ("TW0001", "Tracking
        // Information Not Found") instead
        let packages = s.items_at("package")?;
        if packages.is_empty() {
            if let Some(w) = s.items_at("warnings")?.first() {
                let mut p = shipment(text(&s, "inquiryNumber")?, Some("UPS"), Vec::new());
                p.error = VendorError::at(w);
                out.push(p);
            }
        }
        for p in packages {
            let mut events = Vec::new();
            for a in p.items_at("activity")? {
                let offset = text(&a, "gmtOffset")?.and_then(parse_offset);
                let mut local = false;
                let at = match (a.get("gmtDate"), a.get("gmtTime"), a.get("date")) {
                    (Some(gd), Some(gt), _) => {
                        // the UTC instant the activity gives
                        cx.date_time(
                            &gd,
                            gd.opt_str()?.unwrap_or(""),
                            gt.opt_str()?.unwrap_or(""),
                            Some(0),
                        )?
                    }
                    (_, _, Some(d)) => {
                        let time = text(&a, "time")?.unwrap_or("000000");
                        local = offset.is_none();
                        cx.date_time(&d, d.opt_str()?.unwrap_or(""), time, offset)?
                    }
                    _ => continue,
                };
                let status = a.get("status");
                let st = |k: &str| status.as_ref().and_then(|s| text(s, k).ok().flatten());
                let addr = a.get("location").and_then(|l| l.get("address"));
                let mut place = location_at(
                    addr.as_ref(),
                    ["city", "stateProvince", "postalCode", "countryCode"],
                );
                if place.country.is_none() {
                    let country = addr.as_ref().and_then(|x| text(x, "country").ok().flatten());
                    place.country = country.map(String::from);
                }
                let raw = Raw::new((at, local), st("type"), st("description"))
                    .sub(st("code"))
                    .place(place);
                events.extend(cx.event(t, raw));
            }
            let signer =
                p.get("deliveryInformation").and_then(|d| text(&d, "receivedBy").ok().flatten());
            sign(&mut events, signer);
            for d in p.items_at("deliveryDate")? {
                if let Some(date) = d.get("date") {
                    let s = date.opt_str()?.unwrap_or("");
                    let (from, to) =
                        (cx.time(&date, s, None, false)?, cx.time(&date, s, None, true)?);
                    estimate(&mut events, from, to, EtaSource::Carrier);
                }
            }
            out.push(shipment(text(&p, "trackingNumber")?, Some("UPS"), events));
        }
    }
    Ok(out)
}

/// FedEx Track API: `output.completeTrackResults[].trackResults[]`, each with
/// `scanEvents[]`.
pub(super) fn fedex(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let complete = root.required_items(Some("output"), "completeTrackResults")?;
    let t = table(Vendor::Fedex);
    let mut out = Vec::new();
    for c in complete {
        for r in c.items_at("trackResults")? {
            let mut events = Vec::new();
            for e in r.items_at("scanEvents")? {
                let Some(when) = e.get("date") else { continue };
                let (code, description) = (text(&e, "eventType")?, text(&e, "eventDescription")?);
                let raw = Raw::new(cx.event_time(&when)?, code, description).place(location_at(
                    e.get("scanLocation").as_ref(),
                    ["city", "stateOrProvinceCode", "postalCode", "countryCode"],
                ));
                events.extend(cx.event(t, raw));
            }
            let signer =
                r.get("deliveryDetails").and_then(|d| text(&d, "receivedByName").ok().flatten());
            sign(&mut events, signer);
            let window = r.get("estimatedDeliveryTimeWindow").and_then(|w| w.get("window"));
            if let Some(w) = window {
                if let (Some(b), Some(e)) = (w.get("begins"), w.get("ends")) {
                    let from = cx.time_at(&b, None)?;
                    let to = cx.time(&e, e.opt_str()?.unwrap_or(""), None, true)?;
                    estimate(&mut events, from, to, EtaSource::Carrier);
                }
            }
            let number = r
                .get("trackingNumberInfo")
                .and_then(|i| text(&i, "trackingNumber").ok().flatten())
                .or(text(&c, "trackingNumber")?);
            let mut p = shipment(number, Some("FedEx"), events);
            // a number FedEx cannot track ("TRACKING.TRACKINGNUMBER.NOTFOUND")
            p.error = r.get("error").and_then(|e| VendorError::at(&e));
            out.push(p);
        }
    }
    Ok(out)
}

/// USPS Tracking API v3: `trackingNumber` with `trackingEvents[]` (a list of such
/// documents too).
pub(super) fn usps(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let docs = match root.value() {
        super::json::Json::Arr(_) => root.items()?,
        _ => alloc::vec![root.clone()],
    };
    let t = table(Vendor::Usps);
    let mut out = Vec::new();
    for doc in docs {
        if doc.get("trackingEvents").is_none() && doc.get("trackingNumber").is_none() {
            return Err(PayloadError::new(&doc.path(), PayloadErrorKind::Shape));
        }
        let mut events = Vec::new();
        for e in doc.items_at("trackingEvents")? {
            let (at, local) = if let Some(g) = e.get("GMTTimestamp") {
                let s = g.opt_str()?.unwrap_or("");
                (cx.time(&g, s, Some(0), false)?, false)
            } else if let Some(l) = e.get("eventTimestamp") {
                match text(&e, "GMTOffset")?.and_then(parse_offset) {
                    Some(offset) => {
                        (cx.time(&l, l.opt_str()?.unwrap_or(""), Some(offset), false)?, false)
                    }
                    None => cx.event_time(&l)?,
                }
            } else {
                continue;
            };
            let (city, state) = (text(&e, "eventCity")?, text(&e, "eventState")?);
            let place = location(city, state, text(&e, "eventZIP")?, text(&e, "eventCountry")?);
            let raw = Raw::new((at, local), text(&e, "eventCode")?, text(&e, "eventType")?)
                .place(place)
                .home(Some("US"));
            events.extend(cx.event(t, raw));
        }
        // the name on a delivery event (delivered, picked up at the Post Office, …) is who
        // signed for it
        let delivers = |code: &str| {
            let raw = crate::status::RawStatus::new(code);
            crate::status::StatusMapper::map(t, &raw).status
                == Some(crate::status::Status::Delivered)
        };
        let signer = doc
            .items_at("trackingEvents")?
            .into_iter()
            .find(|e| text(e, "eventCode").ok().flatten().is_some_and(delivers))
            .and_then(|e| text(&e, "name").ok().flatten());
        sign(&mut events, signer);
        if let Some(eta) = doc.any(&["expectedDeliveryDate", "expectedDeliveryTimeStamp"]) {
            cx.estimate_at(&eta, &mut events, EtaSource::Carrier)?;
        }
        out.push(shipment(text(&doc, "trackingNumber")?, Some("USPS"), events));
    }
    Ok(out)
}

/// DHL Shipment Tracking – Unified API: `shipments[]`, each with `events[]` (else its
/// `status`).
pub(super) fn dhl(cx: &Cx, root: At<'_>) -> Result<Vec<PayloadShipment>, PayloadError> {
    let shipments = root.required_items(None, "shipments")?;
    let t = table(Vendor::Dhl);
    let mut out = Vec::new();
    for s in shipments {
        let mut list = s.items_at("events")?;
        if list.is_empty() {
            list.extend(s.get("status"));
        }
        // a domestic shipment: events that name no country are in that country
        let country = |k: &str| {
            s.get(k)
                .and_then(|o| o.get("address"))
                .and_then(|a| text(&a, "countryCode").ok().flatten())
        };
        let home = match (country("origin"), country("destination")) {
            (Some(o), Some(d)) if o.eq_ignore_ascii_case(d) => Some(d),
            _ => None,
        };
        let mut events = Vec::new();
        for e in list {
            let Some(when) = e.get("timestamp") else { continue };
            let addr = e.get("location").and_then(|l| l.get("address"));
            let description = text(&e, "description")?.or(text(&e, "status")?);
            let raw = Raw::new(cx.event_time(&when)?, text(&e, "statusCode")?, description)
                .place(location_at(
                    addr.as_ref(),
                    ["addressLocality", "", "postalCode", "countryCode"],
                ))
                .home(home);
            events.extend(cx.event(t, raw));
        }
        let signee = s
            .get("details")
            .and_then(|d| d.get("proofOfDelivery"))
            .and_then(|p| p.get("signee"))
            .and_then(|g| match g.opt_str() {
                Ok(Some(name)) => Some(name),
                _ => text(&g, "name").ok().flatten(),
            });
        sign(&mut events, signee);
        if let Some(frame) = s.get("estimatedDeliveryTimeFrame") {
            if let (Some(f), Some(th)) = (frame.get("estimatedFrom"), frame.get("estimatedThrough"))
            {
                let from = cx.time_at(&f, None)?;
                let to = cx.time(&th, th.opt_str()?.unwrap_or(""), None, true)?;
                estimate(&mut events, from, to, EtaSource::Carrier);
            }
        } else if let Some(eta) = s.get("estimatedTimeOfDelivery") {
            cx.estimate_at(&eta, &mut events, EtaSource::Carrier)?;
        }
        out.push(PayloadShipment {
            tracking_number: text_or_number(&s, "id").unwrap_or_default(),
            carrier: Some(String::from(text(&s, "service")?.unwrap_or("DHL"))),
            events,
            error: None,
        });
    }
    Ok(out)
}
