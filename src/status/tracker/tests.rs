//! Unit tests of the tracker: ordering, merging, corrections, milestones and history.

use super::*;
use crate::status::{EtaWindow, ProofOfDelivery};
use alloc::vec::Vec;

fn at(ms: i64) -> Timestamp {
    Timestamp::from_unix_ms(ms)
}

#[test]
fn past_event_refolds_from_insertion_point() {
    let mut t = Tracker::new();
    t.apply(TrackingEvent::new(at(3_000), Status::OutForDelivery));
    let out = t.apply(TrackingEvent::new(at(2_000), Status::Delivered));
    assert_eq!(
        out,
        ApplyOutcome::Applied {
            from: Status::OutForDelivery,
            to: Status::Delivered,
            kind: TransitionKind::Progress
        }
    );
    let kinds: Vec<_> = t.history().map(|h| h.kind()).collect();
    assert_eq!(kinds, [TransitionKind::Progress, TransitionKind::Stale]);
    assert_eq!(t.milestones().out_for_delivery_at(), None);
}

#[test]
fn merged_copy_enriches_pod() {
    let mut t = Tracker::new();
    let base = TrackingEvent::new(at(1_000), Status::Delivered).with_raw_code("DL");
    t.apply(base.clone());
    let richer = base
        .with_pod(ProofOfDelivery { photos: alloc::vec!["p".into()], ..ProofOfDelivery::new() })
        .unwrap();
    assert_eq!(
        t.apply(richer.clone()),
        ApplyOutcome::Merged { from: Status::Delivered, to: Status::Delivered }
    );
    assert_eq!(t.apply(richer), ApplyOutcome::Duplicate);
    assert_eq!(t.len(), 1);
    assert_eq!(t.current_pod().unwrap().photos, ["p"]);
}

#[test]
fn eta_prefers_carrier_over_prediction() {
    let mut t = Tracker::new();
    let carrier = EtaObservation::new(at(0), EtaWindow::at(at(100)));
    let predicted = EtaObservation {
        source: EtaSource::Predicted,
        ..EtaObservation::new(at(50), EtaWindow::at(at(90)))
    };
    t.apply(TrackingEvent::new(at(0), Status::InTransit).with_eta(carrier));
    t.apply(TrackingEvent::informational(at(50), "PRED").with_eta(predicted));
    assert_eq!(t.current_eta(), Some(carrier));
}

#[test]
fn source_expired_and_terminal_never_expire() {
    let mut t = Tracker::new();
    t.apply(TrackingEvent::new(at(0), Status::InTransit));
    let ex = crate::status::EventFlags { source_expired: true, ..crate::status::EventFlags::NONE };
    t.apply(TrackingEvent::informational(at(10), "Expired").with_flags(ex));
    assert_eq!(t.status(), Status::InTransit);
    assert_eq!(t.status_at(at(11), &ExpiryPolicy::days(30)), Status::Expired);
    t.apply(TrackingEvent::new(at(20), Status::Delivered));
    assert_eq!(t.status_at(at(i64::MAX), &ExpiryPolicy::days(1)), Status::Delivered);
}
