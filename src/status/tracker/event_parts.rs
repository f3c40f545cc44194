//! The optional parts of a random tracking event, shared by the status property tests: the
//! tracker's reference tests (`oracle.rs`, beside this file) and the integration tests
//! (`tests/status.rs`, which include this file by path). Each includer has the status types
//! in scope; the strategies themselves stay with their tests, which draw different mixes.
#![allow(dead_code)] // each includer uses a subset

use super::{
    Detail, EtaObservation, EtaSource, EtaWindow, EventFlags, ProofOfDelivery, Timestamp,
    TrackingEvent,
};

/// One minute in milliseconds.
const MINUTE: i64 = 60_000;

/// What a strategy drew for an event besides its time and status.
pub struct Extras<'a> {
    pub flags: EventFlags,
    /// Index of a raw code (`A`, `B`, `C`).
    pub code: Option<u8>,
    pub detail: Option<Detail>,
    /// `(as of, latest, predicted)`, minutes.
    pub eta: Option<(i64, i64, bool)>,
    /// `(signer index, with a photo)`.
    pub pod: Option<(u8, bool)>,
    /// Index of a source id (`i0` to `i3`).
    pub id: Option<u8>,
    pub seq: Option<u64>,
    pub description: Option<&'a str>,
}

/// `e` with the drawn parts.
pub fn decorate(mut e: TrackingEvent, x: Extras<'_>) -> TrackingEvent {
    let minute = |m: i64| Timestamp::from_unix_ms(m * MINUTE);
    e = e.with_flags(x.flags);
    if let Some(c) = x.code {
        e = e.with_raw_code(["A", "B", "C"][usize::from(c)]);
    }
    if let Some(d) = x.detail {
        e = e.with_detail(d);
    }
    if let Some((as_of, latest, predicted)) = x.eta {
        let mut obs = EtaObservation::new(minute(as_of), EtaWindow::at(minute(latest)));
        if predicted {
            obs.source = EtaSource::Predicted;
        }
        e = e.with_eta(obs);
    }
    if let Some((who, photo)) = x.pod {
        let mut p = ProofOfDelivery::new();
        p.signed_by = Some(["X", "Y", "Z"][usize::from(who)].into());
        if photo {
            p.photos.push("img".into());
        }
        e = e.clone().with_pod(p).unwrap_or(e);
    }
    if let Some(id) = x.id {
        e = e.with_id(["i0", "i1", "i2", "i3"][usize::from(id)]);
    }
    if let Some(seq) = x.seq {
        e = e.with_source_seq(seq);
    }
    if let Some(d) = x.description {
        e = e.with_description(d);
    }
    e
}
