//! Integration tests for `tracking_number::status`: the transition matrix cell by cell,
//! the fold invariants (property tests), cases users of tracking services report as
//! fixtures, mappings, and serde round trips.
#![cfg(feature = "alloc")]

use proptest::prelude::*;
use tracking_number::status::mapping::{AFTERSHIP, EASYPOST, SHIPPO, TRACK17, UPS, USPS};
use tracking_number::status::{
    Anomaly, AnomalyKind, ApplyOutcome, DefaultPolicy, DelayCause, Detail, EtaObservation,
    EtaSource, EtaWindow, EventFacts, EventFlags, ExpiryPolicy, Limit, Limits, Location,
    MachineState, Milestones, ProofOfDelivery, RawStatus, Shipment, Status, StatusMapper,
    Terminality, Timestamp, Tracker, TrackingEvent, TransitionKind, TransitionPolicy,
};

#[path = "../src/status/tracker/event_parts.rs"]
mod events;

const MIN: i64 = 60_000;
const HOUR: i64 = 60 * MIN;
const DAY: i64 = 24 * HOUR;

fn at(ms: i64) -> Timestamp {
    Timestamp::from_unix_ms(ms)
}

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// Flags set field by field (the record is non-exhaustive).
fn flags(set: impl FnOnce(&mut EventFlags)) -> EventFlags {
    let mut f = EventFlags::NONE;
    set(&mut f);
    f
}

/// A proof of delivery filled field by field.
fn pod(set: impl FnOnce(&mut ProofOfDelivery)) -> ProofOfDelivery {
    let mut p = ProofOfDelivery::new();
    set(&mut p);
    p
}

/// A location filled field by field.
fn place(set: impl FnOnce(&mut Location)) -> Location {
    let mut l = Location::new();
    set(&mut l);
    l
}

fn ev(ms: i64, s: Status) -> TrackingEvent {
    TrackingEvent::new(at(ms), s)
}

// ---------------------------------------------------------------------------------------
// The transition matrix (the table in `DefaultPolicy`'s docs), one row per `from` status,
// one entry per cell.
// ---------------------------------------------------------------------------------------

/// Column order of the matrix.
const COLUMNS: [Status; 13] = [
    Status::Unknown,
    Status::InfoReceived,
    Status::PickedUp,
    Status::InTransit,
    Status::Exception,
    Status::OutForDelivery,
    Status::AvailableForPickup,
    Status::DeliveryAttempted,
    Status::Delivered,
    Status::ReturningToSender,
    Status::ReturnedToSender,
    Status::Lost,
    Status::Cancelled,
];

/// Checks one row of cells. Cell codes: `=` refresh, `P` progress, `R` recovery, `.` stale,
/// `C` stale unless flagged as a correction, `S` stale unless flagged return leg
/// (or redirect, from `ReturningToSender`), `O` reopen on a later physical scan only.
#[track_caller]
fn check_row(from: Status, anchor: u8, cells: &str) {
    let policy = DefaultPolicy::new();
    let state = MachineState::new(from, anchor, Some(at(0)));
    let cells: Vec<char> = cells.split_whitespace().map(|c| c.chars().next().unwrap()).collect();
    assert_eq!(cells.len(), 13, "row {from}");
    for (&to, &cell) in COLUMNS.iter().zip(&cells) {
        let plain = EventFacts::new(Some(to), at(HOUR));
        let got = policy.classify(&state, &plain);
        let with = |flags: EventFlags| {
            let mut facts = plain;
            facts.flags = flags;
            policy.classify(&state, &facts)
        };
        let expect = match cell {
            '=' => TransitionKind::Refresh,
            'P' => TransitionKind::Progress,
            'R' => TransitionKind::Recovery,
            '.' | 'C' | 'S' => TransitionKind::Stale,
            'O' => TransitionKind::Reopen,
            other => panic!("bad cell {other}"),
        };
        assert_eq!(got, expect, "cell {from} -> {to} (unflagged)");
        match cell {
            'C' => assert_eq!(
                with(flags(|f| f.correction = true)),
                TransitionKind::Correction,
                "cell {from} -> {to} (correction)"
            ),
            'S' if from == Status::ReturningToSender => assert_eq!(
                with(flags(|f| f.redirect = true)),
                TransitionKind::Redirect,
                "cell {from} -> {to} (redirect)"
            ),
            'S' => assert_eq!(
                with(flags(|f| f.return_leg = true)),
                TransitionKind::ReturnLeg,
                "cell {from} -> {to} (return leg)"
            ),
            'O' => {
                let logical = flags(|f| f.physical_scan = Some(false));
                assert_eq!(with(logical), TransitionKind::Stale, "cell {from} -> {to} (logical)");
                let same_time = EventFacts::new(Some(to), at(0));
                assert_eq!(
                    policy.classify(&state, &same_time),
                    TransitionKind::Stale,
                    "cell {from} -> {to} (not later)"
                );
            }
            // stale cells stay stale whatever the flags, except where a flag is the key
            '.' => {
                let all = flags(|f| {
                    f.correction = true;
                    f.redirect = true;
                });
                let kind = with(all);
                assert!(
                    kind == TransitionKind::Stale,
                    "cell {from} -> {to} should ignore correction/redirect, got {kind}"
                );
            }
            _ => {}
        }
    }
}

//                                   UNK INF PU  IT  EXC OFD AFP ATT DEL RTS RTD LOST CAN
#[test]
fn matrix_row_unknown() {
    check_row(Status::Unknown, 0, "= P P P P P P P P P P P P");
}
#[test]
fn matrix_row_info_received() {
    check_row(Status::InfoReceived, 1, ". = P P P P P P P P P P P");
}
#[test]
fn matrix_row_picked_up() {
    check_row(Status::PickedUp, 2, ". . = P P P P P P P P P C");
}
#[test]
fn matrix_row_in_transit() {
    check_row(Status::InTransit, 3, ". . . = P P P P P P P P C");
}
#[test]
fn matrix_row_exception_anchor_in_transit() {
    // anchor 3: targets below it are stale, same rank recovers, higher progresses
    check_row(Status::Exception, 3, ". . . R = P P P P P P P C");
}
#[test]
fn matrix_row_exception_anchor_out_for_delivery() {
    check_row(Status::Exception, 4, ". . . R = R R R P P P P C");
}
#[test]
fn matrix_row_exception_anchor_info_received() {
    // never picked up: cancellation is a recovery, pre-transit targets at or above anchor
    check_row(Status::Exception, 1, ". R R R = P P P P P P P R");
}
#[test]
fn matrix_row_out_for_delivery() {
    check_row(Status::OutForDelivery, 4, ". . . R P = P P P P P P C");
}
#[test]
fn matrix_row_available_for_pickup() {
    check_row(Status::AvailableForPickup, 4, ". . . R P P = P P P P P C");
}
#[test]
fn matrix_row_delivery_attempted() {
    check_row(Status::DeliveryAttempted, 4, ". . . R P P P = P P P P C");
}
#[test]
fn matrix_row_delivered() {
    check_row(Status::Delivered, 5, ". . . C C C C C = S S C .");
}
#[test]
fn matrix_row_returning_to_sender() {
    check_row(Status::ReturningToSender, 6, ". . . S P S S S S = P P .");
}
#[test]
fn matrix_row_returned_to_sender() {
    check_row(Status::ReturnedToSender, 7, ". . . . C . . . . S = C .");
}
#[test]
fn matrix_row_lost() {
    check_row(Status::Lost, 3, ". . O O O O O O O O O = .");
}
#[test]
fn matrix_row_cancelled() {
    check_row(Status::Cancelled, 1, ". . O O O O O O O O O O =");
}

#[test]
fn informational_and_expired_events_change_nothing() {
    let p = DefaultPolicy::new();
    for &from in &COLUMNS {
        let s = MachineState::new(from, 3, Some(at(0)));
        for status in [None, Some(Status::Expired)] {
            let e = EventFacts::new(status, at(HOUR));
            assert_eq!(p.classify(&s, &e), TransitionKind::Informational, "{from}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------

/// Everything the tracker answers, for comparing two trackers.
#[derive(Debug, PartialEq)]
struct Snapshot {
    status: Status,
    detail: Option<Detail>,
    milestones: Milestones,
    pod: Option<ProofOfDelivery>,
    eta: Option<EtaObservation>,
    delayed: bool,
    anomalies: Vec<Anomaly>,
    history: Vec<(TrackingEvent, TransitionKind, Status, Status)>,
}

/// The answers of a tracker or a shipment's piece (they answer the same questions).
macro_rules! snap {
    ($t:expr) => {{
        let t = $t;
        Snapshot {
            status: t.status(),
            detail: t.detail().cloned(),
            milestones: t.milestones(),
            pod: t.current_pod(),
            eta: t.current_eta(),
            delayed: t.is_delayed(Some(at(30 * MIN))),
            anomalies: t.anomalies().collect(),
            history: t.history().map(|h| (h.event().clone(), h.kind(), h.from(), h.to())).collect(),
        }
    }};
}

fn snapshot<P: TransitionPolicy>(t: &Tracker<P>) -> Snapshot {
    snap!(t)
}

fn fold(events: &[TrackingEvent]) -> Tracker {
    let mut t = Tracker::new();
    for e in events {
        t.apply(e.clone());
    }
    t
}

const DETAILS: [Detail; 5] = [
    Detail::ArrivedAtFacility,
    Detail::Delayed(DelayCause::Weather),
    Detail::SignedFor,
    Detail::Misdelivered,
    Detail::NoticeLeft,
];

prop_compose! {
    /// Events crowded into 12 minutes (many ties), any status, random flags, raw codes,
    /// details, ETAs and proofs of delivery.
    fn arb_event()(
        minute in 0i64..12,
        milli in prop_oneof![Just(0i64), 0i64..1_000],
        status in proptest::option::weighted(0.9, 0usize..14),
        correction in proptest::bool::weighted(0.2),
        return_leg in proptest::bool::weighted(0.15),
        redirect in proptest::bool::weighted(0.05),
        physical in proptest::option::of(any::<bool>()),
        code in proptest::option::of(0u8..3),
        detail in proptest::option::of(0usize..5),
        eta in proptest::option::of((0i64..12, 0i64..40, any::<bool>())),
        pod in proptest::option::of((0u8..3, any::<bool>())),
        piece_seq in proptest::option::of(0u64..3),
        desc in proptest::option::of("[ab]{1,2}"),
    ) -> TrackingEvent {
        let t = at(minute * MIN + milli);
        let e = match status {
            Some(i) => TrackingEvent::new(t, Status::ALL[i]),
            None => TrackingEvent::informational(t, "ZZ"),
        };
        let flags = flags(|f| { f.correction = correction; f.return_leg = return_leg; f.redirect = redirect; f.physical_scan = physical; });
        let extras = events::Extras {
            flags,
            code,
            detail: detail.map(|d| DETAILS[d].clone()),
            eta,
            pod,
            id: None,
            seq: piece_seq,
            description: desc.as_deref(),
        };
        events::decorate(e, extras)
    }
}

/// 512 cases unless `PROPTEST_CASES` says otherwise.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(512)
}

fn arb_events() -> impl Strategy<Value = Vec<TrackingEvent>> {
    proptest::collection::vec(arb_event(), 0..24)
}

/// Events plus re-sent copies that differ in the fields identity ignores (description,
/// sub-second time, ETA, extra proof-of-delivery data, source sequence).
fn arb_events_with_copies() -> impl Strategy<Value = Vec<TrackingEvent>> {
    (arb_events(), proptest::collection::vec((any::<proptest::sample::Index>(), 0u8..4), 0..8))
        .prop_map(|(mut events, copies)| {
            if events.is_empty() {
                return events;
            }
            for (idx, variant) in copies {
                let base = idx.get(&events).clone();
                let ms = base.occurred_at().unix_ms();
                let copy = match variant {
                    0 => base.with_description("re-worded"),
                    1 => {
                        // the same event re-sent with a different sub-second time
                        let same_second = at(ms - ms.rem_euclid(1_000) + 999);
                        let mut c = match base.status() {
                            Some(st) => TrackingEvent::new(same_second, st),
                            None => TrackingEvent::informational(same_second, "x"),
                        };
                        c = c.with_flags(base.flags());
                        match base.raw() {
                            Some(r) => c.with_raw(r.clone()),
                            None if base.status().is_none() => c.with_raw(RawStatus::new("ZZ")),
                            None => TrackingEvent::new(
                                same_second,
                                base.status().unwrap_or(Status::Unknown),
                            )
                            .with_flags(base.flags()),
                        }
                    }
                    2 => base.with_eta(EtaObservation::new(at(ms), EtaWindow::at(at(ms + DAY)))),
                    _ => {
                        let extra = pod(|p| {
                            p.photos.push("late-photo".into());
                            p.signature = Some("sig".into());
                        });
                        base.clone().with_pod(extra).unwrap_or(base).with_source_seq(9)
                    }
                };
                events.push(copy);
            }
            events
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_arrival_order_gives_the_same_state(
        (events, shuffled) in arb_events_with_copies().prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
    ) {
        let a = fold(&events);
        let b = fold(&shuffled);
        prop_assert_eq!(snapshot(&a), snapshot(&b));
        // bulk insertion folds to the same state too
        let c: Tracker = shuffled.iter().cloned().collect();
        prop_assert_eq!(snapshot(&a), snapshot(&c));
        // half applied one by one, the rest (with the first half again) in one batch
        let half = shuffled.len() / 2;
        let mut d = fold(&shuffled[..half]);
        d.extend(shuffled[half..].iter().chain(&shuffled[..half]).cloned());
        prop_assert_eq!(snapshot(&a), snapshot(&d));
    }

    #[test]
    fn applying_twice_equals_once(events in arb_events()) {
        let once = fold(&events);
        let doubled: Vec<_> = events.iter().flat_map(|e| [e.clone(), e.clone()]).collect();
        let twice = fold(&doubled);
        prop_assert_eq!(snapshot(&once), snapshot(&twice));
        let mut again = once.clone();
        for e in &events {
            prop_assert_eq!(again.apply(e.clone()), ApplyOutcome::Duplicate);
        }
        prop_assert_eq!(snapshot(&once), snapshot(&again));
    }

    #[test]
    fn stale_events_never_change_the_status(events in arb_events()) {
        let mut t = Tracker::new();
        for e in events {
            let before = t.status();
            let out = t.apply(e);
            if matches!(out, ApplyOutcome::Stale { .. } | ApplyOutcome::Informational | ApplyOutcome::Duplicate) {
                prop_assert_eq!(t.status(), before);
            }
            if let Some((from, to)) = out.status_change() {
                prop_assert_eq!((from, to), (before, t.status()));
            }
        }
        for h in t.history() {
            if !h.kind().is_applied() {
                prop_assert_eq!(h.from(), h.to());
            }
        }
    }

    #[test]
    fn unknown_codes_never_change_the_status(
        events in arb_events(),
        noise in proptest::collection::vec((0i64..12 * 60, "[A-Z_]{1,8}"), 0..8),
    ) {
        let clean = fold(&events);
        let mut noisy = events.clone();
        for (sec, code) in &noise {
            let raw = RawStatus::new(format!("NOPE_{code}"));
            noisy.push(UPS.event(at(sec * 1_000), raw));
        }
        let noisy = fold(&noisy);
        prop_assert_eq!(noisy.status(), clean.status());
        prop_assert_eq!(noisy.detail(), clean.detail());
        prop_assert_eq!(noisy.milestones(), clean.milestones());
        prop_assert_eq!(noisy.current_pod(), clean.current_pod());
        let a: Vec<_> = noisy.anomalies().collect();
        let b: Vec<_> = clean.anomalies().collect();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn machine_state_is_consistent(events in arb_events()) {
        let t = fold(&events);
        prop_assert!(t.status() != Status::Expired);
        let mut prev = Status::Unknown;
        for h in t.history() {
            prop_assert_eq!(h.from(), prev);
            prev = h.to();
        }
        prop_assert_eq!(prev, t.status());
        // a proof of delivery is only current in a delivered state
        if t.current_pod().is_some() {
            prop_assert!(matches!(t.status(), Status::Delivered | Status::ReturnedToSender));
        }
        if t.status().terminality() == Terminality::Hard {
            prop_assert!(t.current_eta().is_none());
        }
    }

    #[test]
    fn shipment_is_order_independent(
        (events, shuffled) in proptest::collection::vec((arb_event(), proptest::option::of(0u8..3)), 0..16)
            .prop_map(|v| {
                v.into_iter()
                    .map(|(e, piece)| match piece {
                        Some(p) => e.with_piece(["a", "b", "c"][usize::from(p)]),
                        None => e,
                    })
                    .collect::<Vec<_>>()
            })
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle()))
    ) {
        let run = |evs: &[TrackingEvent]| {
            let mut s = Shipment::new(Some(3));
            for e in evs {
                s.apply(e.clone());
            }
            s
        };
        let (a, b) = (run(&events), run(&shuffled));
        prop_assert_eq!(a.aggregate(), b.aggregate());
        prop_assert_eq!(snapshot(a.shipment_level()), snapshot(b.shipment_level()));
        let pa: Vec<_> = a.pieces().map(|(id, p)| (id.to_owned(), snap!(p))).collect();
        let pb: Vec<_> = b.pieces().map(|(id, p)| (id.to_owned(), snap!(p))).collect();
        prop_assert_eq!(&pa, &pb);
        // a piece answers as a tracker of the shipment's events and its own (naive oracle)
        let naive: Vec<_> =
            a.pieces().map(|(id, p)| (id.to_owned(), snapshot(&p.to_tracker()))).collect();
        prop_assert_eq!(pa, naive);
    }

    #[test]
    fn aggregate_never_delivered_with_outstanding_piece(
        statuses in proptest::collection::vec(0usize..13, 1..5),
        extra in 0u16..3,
    ) {
        let expected = statuses.len() as u16 + extra;
        let mut s = Shipment::new(Some(expected));
        for (i, &st) in statuses.iter().enumerate() {
            s.apply(ev(0, Status::ALL[st]).with_piece(format!("p{i}")));
        }
        let agg = s.aggregate();
        let delivered = statuses.iter().filter(|&&i| Status::ALL[i] == Status::Delivered).count() as u16;
        prop_assert_eq!(agg.delivered(), delivered);
        prop_assert_eq!(agg.total(), expected);
        if agg.headline() == Status::Delivered {
            prop_assert_eq!(delivered, expected);
        }
        prop_assert_eq!(agg.partial(), delivered > 0 && delivered < expected);
    }
}

proptest! {
    // bigger inputs take the sort-and-merge path of `Extend`; fewer cases
    #![proptest_config(ProptestConfig::with_cases(cases() / 4))]

    #[test]
    fn large_batches_fold_like_single_applies(
        (events, shuffled) in proptest::collection::vec(arb_event(), 40..120)
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle())),
        split in 0usize..40,
    ) {
        let a = fold(&events);
        let b: Tracker = shuffled.iter().cloned().collect();
        prop_assert_eq!(snapshot(&a), snapshot(&b));
        // a batch on top of a tracker that already holds some events, copies included
        let mut c = fold(&shuffled[..split]);
        c.extend(shuffled.iter().rev().cloned());
        prop_assert_eq!(snapshot(&a), snapshot(&c));
    }
}

// ---------------------------------------------------------------------------------------
// Fixtures: cases users of tracking services report
// ---------------------------------------------------------------------------------------

/// Applies events in the given order and in reverse, checks both give the same answer.
fn both_orders(events: &[TrackingEvent]) -> Tracker {
    let forward = fold(events);
    let mut rev = events.to_vec();
    rev.reverse();
    assert_eq!(snapshot(&forward), snapshot(&fold(&rev)));
    forward
}

#[test]
fn delivered_stamped_before_out_for_delivery_still_delivered() {
    // Hanjin / CJ: the driver's delivered scan carries an earlier time than the batch
    // "out for delivery" scan.
    let events = [
        TrackingEvent::new(ts("2026-11-20T09:00:00+09:00"), Status::InTransit),
        TrackingEvent::new(ts("2026-11-20T14:02:00+09:00"), Status::Delivered),
        TrackingEvent::new(ts("2026-11-20T14:05:00+09:00"), Status::OutForDelivery),
    ];
    let t = both_orders(&events);
    assert_eq!(t.status(), Status::Delivered);
    assert_eq!(t.anomalies().count(), 0, "inside the jitter window");
    let kinds: Vec<_> = t.history().map(|h| h.kind()).collect();
    assert_eq!(kinds, [TransitionKind::Progress, TransitionKind::Progress, TransitionKind::Stale]);
    // the late out-for-delivery scan arriving first, then delivered: notified once
    let mut t = Tracker::new();
    t.apply(events[2].clone());
    let out = t.apply(events[1].clone());
    assert_eq!(out.status_change(), Some((Status::OutForDelivery, Status::Delivered)));
}

#[test]
fn same_minute_delivered_beats_out_for_delivery() {
    let t = both_orders(&[ev(0, Status::Delivered), ev(0, Status::OutForDelivery)]);
    assert_eq!(t.status(), Status::Delivered);
}

#[test]
fn misdelivery_correction_withdraws_pod_but_keeps_history() {
    let proof = pod(|p| {
        p.signed_by = Some("NEIGHBOUR".into());
        p.photos.push("photo/1".into());
    });
    let delivered = ev(0, Status::Delivered).with_pod(proof).unwrap();
    let misdelivered = ev(DAY, Status::Exception).with_detail(Detail::Misdelivered).correction();
    let t = both_orders(&[delivered.clone(), misdelivered.clone()]);
    assert_eq!(t.status(), Status::Exception);
    assert_eq!(t.detail(), Some(&Detail::Misdelivered));
    assert!(t.current_pod().is_none());
    assert!(t.history().any(|h| h.event().pod().is_some()));
    assert_eq!(t.milestones().delivered_at(), None);
    let a: Vec<_> = t.anomalies().map(|a| a.kind()).collect();
    assert_eq!(a, [AnomalyKind::CorrectedTerminal]);
    // without the correction flag the later exception is stale and flagged for review
    let unflagged = ev(DAY, Status::Exception).with_detail(Detail::Misdelivered);
    let t = both_orders(&[delivered.clone(), unflagged]);
    assert_eq!(t.status(), Status::Delivered);
    let a: Vec<_> = t.anomalies().map(|a| a.kind()).collect();
    assert_eq!(a, [AnomalyKind::ContradictsTerminal]);
    // then delivered again to the right door: a new proof
    let redelivered = ev(2 * DAY, Status::Delivered)
        .with_pod(pod(|p| p.signed_by = Some("ADDRESSEE".into())))
        .unwrap();
    let t = both_orders(&[delivered, misdelivered, redelivered]);
    assert_eq!(t.status(), Status::Delivered);
    assert_eq!(t.current_pod().unwrap().signed_by.as_deref(), Some("ADDRESSEE"));
    assert_eq!(t.milestones().delivered_at(), Some(at(2 * DAY)));
}

#[test]
fn return_on_the_same_number_reopens_with_return_leg() {
    // a reported case: pickup, transit, delivered, then the customer's return travels on the
    // same number
    let events = [
        ev(0, Status::PickedUp),
        ev(HOUR, Status::InTransit),
        ev(DAY, Status::Delivered),
        ev(3 * DAY, Status::PickedUp).return_leg(),
        ev(3 * DAY + HOUR, Status::InTransit).return_leg(),
        ev(4 * DAY, Status::Delivered).return_leg(),
    ];
    let t = both_orders(&events);
    assert_eq!(t.status(), Status::ReturnedToSender);
    let kinds: Vec<_> = t.history().map(|h| h.kind()).collect();
    assert_eq!(kinds[3], TransitionKind::ReturnLeg);
    assert_eq!(kinds[5], TransitionKind::Progress);
    let m = t.milestones();
    assert_eq!(m.delivered_at(), Some(at(DAY)));
    assert_eq!(m.return_started_at(), Some(at(3 * DAY)));
    assert_eq!(m.returned_at(), Some(at(4 * DAY)));
    // unflagged, the second pickup is stale and raises an anomaly
    let t = both_orders(&[ev(0, Status::Delivered), ev(3 * DAY, Status::PickedUp)]);
    assert_eq!(t.status(), Status::Delivered);
    assert_eq!(t.anomalies().count(), 1);
}

#[test]
fn returned_to_sender_is_not_delivered() {
    // allegro 12775 / ha-dhl-nl 18: a parcel back at the shipper is neither "delivered"
    // nor still "returning"
    let t = both_orders(&[
        ev(0, Status::InTransit),
        TRACK17.event(at(DAY), RawStatus::new("Exception").with_sub_code("Exception_Returning")),
        UPS.event(at(3 * DAY), RawStatus::new("D")).return_leg(),
    ]);
    assert_eq!(t.status(), Status::ReturnedToSender);
    assert!(t.milestones().delivered_at().is_none());
}

#[test]
fn lost_then_found() {
    let events = [
        ev(0, Status::InTransit),
        EASYPOST.event(at(5 * DAY), RawStatus::new("failure").with_sub_code("lost")),
        ev(6 * DAY, Status::InTransit).with_location(place(|l| l.city = Some("Memphis".into()))),
        ev(7 * DAY, Status::Delivered),
    ];
    let t = both_orders(&events);
    assert_eq!(t.status(), Status::Delivered);
    let kinds: Vec<_> = t.history().map(|h| h.kind()).collect();
    assert_eq!(kinds[2], TransitionKind::Reopen);
    let a: Vec<_> = t.anomalies().map(|a| (a.kind(), a.from())).collect();
    assert_eq!(a, [(AnomalyKind::FoundAfterLost, Status::Lost)]);
    // a system event (not a physical scan) does not reopen
    let logical =
        ev(6 * DAY, Status::InTransit).with_flags(flags(|f| f.physical_scan = Some(false)));
    let t = both_orders(&[events[0].clone(), events[1].clone(), logical]);
    assert_eq!(t.status(), Status::Lost);
}

#[test]
fn shipped_on_voided_label() {
    let t = both_orders(&[
        UPS.event(at(0), RawStatus::new("M")),
        UPS.event(at(HOUR), RawStatus::new("MV")),
        UPS.event(at(DAY), RawStatus::new("P")),
    ]);
    assert_eq!(t.status(), Status::PickedUp);
    let a: Vec<_> = t.anomalies().map(|a| a.kind()).collect();
    assert_eq!(a, [AnomalyKind::ShippedOnVoidedLabel]);
}

#[test]
fn duplicate_webhooks_are_idempotent() {
    // Shippo documents non-idempotent webhooks; EasyPost delivers at least once
    let first = ev(HOUR, Status::OutForDelivery)
        .with_raw_code("OD")
        .with_location(place(|l| {
            l.city = Some("Austin".into());
            l.country = Some("US".into());
        }))
        .with_description("On FedEx vehicle for delivery");
    let reworded = first.clone().with_description("On vehicle for delivery");
    let mut t = Tracker::new();
    let mut changes = 0;
    for e in [first.clone(), first.clone(), reworded, first] {
        if t.apply(e).status_change().is_some() {
            changes += 1;
        }
    }
    assert_eq!(changes, 1);
    assert_eq!(t.len(), 1);
    // copies are merged deterministically: the greater description wins in any order
    assert_eq!(t.events().next().unwrap().description(), Some("On vehicle for delivery"));
    // a carrier event id identifies the event even when the code differs
    let mut t = Tracker::new();
    t.apply(ev(0, Status::InTransit).with_id("evt_1").with_raw_code("IT"));
    assert_eq!(
        t.apply(ev(0, Status::InTransit).with_id("evt_1").with_raw_code("IT")),
        ApplyOutcome::Duplicate
    );
}

#[test]
fn multi_piece_partial_delivery() {
    let mut s = Shipment::new(Some(3));
    s.apply(ev(0, Status::PickedUp)); // whole shipment
    s.apply(ev(DAY, Status::Delivered).with_piece("794600000001"));
    s.apply(ev(DAY, Status::OutForDelivery).with_piece("794600000002"));
    s.apply(ev(DAY + HOUR, Status::Delivered).with_piece("794600000002"));
    let agg = s.aggregate();
    assert_eq!(agg.to_string(), "2 of 3 delivered");
    assert!(agg.partial());
    assert_ne!(agg.headline(), Status::Delivered);
    assert_eq!(agg.least_advanced(), Status::Unknown);
    // the third piece appears late; it inherits the shipment-level pickup
    s.apply(ev(2 * DAY, Status::InTransit).with_piece("794600000003"));
    let third = s.piece("794600000003").unwrap();
    assert_eq!(third.milestones().picked_up_at(), Some(at(0)));
    assert!(!third.milestones().picked_up_derived());
    assert_eq!(s.aggregate().headline(), Status::InTransit);
    s.apply(ev(3 * DAY, Status::Delivered).with_piece("794600000003"));
    let agg = s.aggregate();
    assert_eq!(
        (agg.headline(), agg.partial(), agg.to_string().as_str()),
        (Status::Delivered, false, "delivered")
    );
}

#[test]
fn eta_slipping() {
    let eta = |as_of: &str, latest: &str| {
        EtaObservation::new(ts(as_of), EtaWindow::new(ts(as_of), ts(latest)).unwrap())
    };
    let first = eta("2026-11-17T08:00:00Z", "2026-11-20T20:00:00Z");
    let slipped = eta("2026-11-19T08:00:00Z", "2026-11-22T20:00:00Z");
    let mut predicted = eta("2026-11-19T09:00:00Z", "2026-11-19T18:00:00Z");
    predicted.source = EtaSource::Predicted;
    let events = [
        TrackingEvent::new(ts("2026-11-17T08:00:00Z"), Status::PickedUp).with_eta(first),
        TrackingEvent::new(ts("2026-11-19T08:00:00Z"), Status::InTransit).with_eta(slipped),
        TrackingEvent::informational(ts("2026-11-19T09:00:00Z"), "AI_EDD").with_eta(predicted),
    ];
    let t = both_orders(&events);
    assert_eq!(t.current_eta(), Some(slipped), "carrier beats prediction");
    assert!(t.is_delayed(None));
    // not slipped, not late yet
    let t = both_orders(&events[..1]);
    assert!(!t.is_delayed(Some(ts("2026-11-20T12:00:00Z"))));
    assert!(t.is_delayed(Some(ts("2026-11-21T00:00:00Z"))));
    // delivered: no current ETA, history kept
    let mut t = both_orders(&events);
    t.apply(TrackingEvent::new(ts("2026-11-22T10:00:00Z"), Status::Delivered));
    assert_eq!(t.current_eta(), None);
    assert!(!t.is_delayed(None));
    assert_eq!(t.events().filter(|e| e.eta().is_some()).count(), 3);
}

#[test]
fn delay_is_a_detail_not_a_status() {
    let t = fold(&[
        ev(0, Status::InTransit),
        SHIPPO.event(at(HOUR), RawStatus::new("TRANSIT").with_sub_code("delayed")),
    ]);
    assert_eq!(t.status(), Status::InTransit);
    assert!(t.is_delayed(None));
    // home-assistant 135335: 17TRACK's "Alert"/delayed is an exception, never "returned"
    let t = fold(&[
        TRACK17.event(at(0), RawStatus::new("Exception").with_sub_code("Exception_Delayed"))
    ]);
    assert_eq!(t.status(), Status::Exception);
    assert_eq!(t.detail(), Some(&Detail::Delayed(DelayCause::Other)));
}

#[test]
fn unrecognised_labels_do_not_become_in_transit() {
    // egg-/delivery-tracker 13/39: an unknown label fell through to "in transit"
    let mut t = Tracker::new();
    t.apply(UPS.event(at(0), RawStatus::new("D")));
    let out = t.apply(UPS.event(at(HOUR), RawStatus::new("ZQ")));
    assert_eq!(out, ApplyOutcome::Informational);
    assert_eq!(t.status(), Status::Delivered);
    let gaps: Vec<_> = t.unmapped_codes().map(RawStatus::code).collect();
    assert_eq!(gaps, ["ZQ"]);
    // and quiet time after delivery never turns it into an exception or expired
    assert_eq!(t.status_at(at(400 * DAY), &ExpiryPolicy::default()), Status::Delivered);
}

#[test]
fn informational_event_does_not_override_pickup_status() {
    // paketin-seuranta 213: "could not send SMS" turned a pickup-ready parcel back
    let t = fold(&[
        ev(0, Status::AvailableForPickup),
        TrackingEvent::informational(at(HOUR), "SMS_FAILED").with_description("Could not send SMS"),
    ]);
    assert_eq!(t.status(), Status::AvailableForPickup);
}

#[test]
fn label_created_is_not_in_transit() {
    // karrio 144 / 478
    let t = fold(&[USPS.event(at(0), RawStatus::new("GX"))]);
    assert_eq!(t.status(), Status::InfoReceived);
    assert_eq!(t.detail(), Some(&Detail::LabelCreated));
    assert_eq!(t.milestones().picked_up_at(), None);
    assert_eq!(t.status_at(at(31 * DAY), &ExpiryPolicy::default()), Status::Expired);
}

#[test]
fn late_acceptance_scan_sets_pickup_milestone() {
    let t = both_orders(&[ev(0, Status::InTransit), ev(HOUR, Status::PickedUp)]);
    assert_eq!(t.status(), Status::InTransit);
    assert_eq!(t.milestones().picked_up_at(), Some(at(HOUR)));
    assert!(!t.milestones().picked_up_derived());
}

#[test]
fn number_reuse_is_flagged_not_merged() {
    let t = fold(&[ev(0, Status::Delivered), ev(120 * DAY, Status::InfoReceived)]);
    assert_eq!(t.status(), Status::Delivered);
    let a: Vec<_> = t.anomalies().map(|a| a.kind()).collect();
    assert_eq!(a, [AnomalyKind::PossibleNumberReuse]);
}

#[test]
fn notifications_only_on_real_transitions() {
    // reaction 2320: "first TRANSIT -> mark shipped"
    let mut t = Tracker::new();
    let mut notes = Vec::new();
    for e in [
        ev(0, Status::InTransit).with_raw_code("IT"),
        ev(0, Status::InTransit).with_raw_code("IT"),
        ev(HOUR, Status::InTransit).with_detail(Detail::ArrivedAtFacility),
        ev(2 * HOUR, Status::Exception).with_detail(Detail::Held),
        ev(3 * HOUR, Status::InTransit).with_detail(Detail::ExceptionResolved),
    ] {
        if let Some(change) = t.apply(e).status_change() {
            notes.push(change);
        }
    }
    assert_eq!(
        notes,
        [
            (Status::Unknown, Status::InTransit),
            (Status::InTransit, Status::Exception),
            (Status::Exception, Status::InTransit)
        ]
    );
    let kinds: Vec<_> = t.history().map(|h| h.kind()).collect();
    assert_eq!(kinds[3], TransitionKind::Recovery);
}

#[test]
fn return_leg_movement_at_sender_keeps_returning() {
    let t = fold(&[
        ev(0, Status::Exception).with_detail(Detail::Refused),
        AFTERSHIP.event(at(HOUR), RawStatus::new("Exception").with_sub_code("Exception_010")),
        ev(2 * HOUR, Status::OutForDelivery).return_leg(),
        ev(3 * HOUR, Status::DeliveryAttempted).return_leg().with_detail(Detail::BusinessClosed),
    ]);
    assert_eq!(t.status(), Status::ReturningToSender);
    assert_eq!(t.detail(), Some(&Detail::BusinessClosed));
    // a redirect back to the recipient needs its flag
    let mut t2 = t.clone();
    t2.apply(ev(4 * HOUR, Status::OutForDelivery));
    assert_eq!(t2.status(), Status::ReturningToSender);
    t2.apply(ev(5 * HOUR, Status::OutForDelivery).with_flags(flags(|f| f.redirect = true)));
    assert_eq!(t2.status(), Status::OutForDelivery);
}

#[test]
fn second_delivered_event_enriches_pod_and_keeps_first_time() {
    let t = both_orders(&[
        ev(0, Status::Delivered)
            .with_pod(pod(|p| p.received_by = Some("FRONT DESK".into())))
            .unwrap(),
        ev(2 * HOUR, Status::Delivered)
            .with_detail(Detail::SignedFor)
            .with_pod(pod(|p| {
                p.signature = Some("sig://1".into());
                p.photos.push("img://2".into());
            }))
            .unwrap(),
    ]);
    let pod = t.current_pod().unwrap();
    assert_eq!(pod.received_by.as_deref(), Some("FRONT DESK"));
    assert_eq!(pod.signature.as_deref(), Some("sig://1"));
    assert_eq!(pod.delivered_at, Some(at(2 * HOUR)));
    assert_eq!(t.milestones().delivered_at(), Some(at(0)));
    assert_eq!(t.detail(), Some(&Detail::SignedFor));
}

// ---------------------------------------------------------------------------------------
// Mappings
// ---------------------------------------------------------------------------------------

#[test]
fn mapping_spot_checks() {
    let m = |mapper: &dyn StatusMapper, code: &str, sub: Option<&str>| {
        let raw = match sub {
            Some(s) => RawStatus::new(code).with_sub_code(s),
            None => RawStatus::new(code),
        };
        let x = mapper.map(&raw);
        (x.status, x.detail)
    };
    assert_eq!(m(&AFTERSHIP, "InTransit", Some("InTransit_002")), (Some(Status::PickedUp), None));
    assert_eq!(
        m(&AFTERSHIP, "Exception", Some("Exception_011")),
        (Some(Status::ReturnedToSender), None)
    );
    assert_eq!(
        m(&AFTERSHIP, "OutForDelivery", Some("OutForDelivery_004")),
        (Some(Status::InTransit), Some(Detail::DeliveryScheduled))
    );
    assert_eq!(m(&EASYPOST, "return_to_sender", None), (Some(Status::ReturningToSender), None));
    assert_eq!(
        m(&SHIPPO, "RETURNED", Some("package_unclaimed")),
        (Some(Status::ReturningToSender), Some(Detail::Unclaimed))
    );
    assert_eq!(
        m(&SHIPPO, "FAILURE", Some("package_disposed")),
        (Some(Status::Lost), Some(Detail::Disposed))
    );
    assert_eq!(m(&TRACK17, "Exception", Some("Exception_Cancel")), (Some(Status::Cancelled), None));
    assert_eq!(
        m(&tracking_number::status::mapping::FEDEX, "CD", None),
        (Some(Status::Exception), Some(Detail::Delayed(DelayCause::Customs)))
    );
    assert_eq!(m(&USPS, "27", None), (Some(Status::ReturningToSender), Some(Detail::Unclaimed)));
    assert_eq!(
        m(&tracking_number::status::mapping::DHL, "pre-transit", None),
        (Some(Status::InfoReceived), None)
    );
    let ev = SHIPPO.event(at(0), RawStatus::new("TRANSIT").with_sub_code("address_issue"));
    assert_eq!(ev.action_required(), Some(tracking_number::status::ActionParty::Recipient));
    assert_eq!(ev.raw().unwrap().sub_code(), Some("address_issue"));
}

#[test]
fn reverse_mapping_emits_aggregator_shapes() {
    let raw = AFTERSHIP.reverse(Status::Delivered, Some(&Detail::LeftWithNeighbour)).unwrap();
    assert_eq!((raw.code(), raw.sub_code()), ("Delivered", Some("Delivered_005")));
    let raw = EASYPOST.reverse(Status::Exception, Some(&Detail::Held)).unwrap();
    assert_eq!((raw.code(), raw.sub_code()), ("failure", Some("held")));
    let raw = EASYPOST.reverse(Status::ReturnedToSender, None).unwrap();
    assert_eq!(raw.code(), "return_to_sender"); // EasyPost has no distinct "returned"
    let raw = TRACK17.reverse(Status::ReturnedToSender, None).unwrap();
    assert_eq!(raw.sub_code(), Some("Exception_Returned"));
    assert!(SHIPPO.reverse(Status::Cancelled, None).is_none());
}

// ---------------------------------------------------------------------------------------
// Auto traits
// ---------------------------------------------------------------------------------------

#[test]
fn public_types_are_send_sync_and_copy_where_promised() {
    fn send_sync<T: Send + Sync>() {}
    fn copy<T: Copy>() {}
    send_sync::<Status>();
    send_sync::<Detail>();
    send_sync::<Timestamp>();
    send_sync::<TrackingEvent>();
    send_sync::<Tracker>();
    send_sync::<Shipment>();
    send_sync::<ProofOfDelivery>();
    send_sync::<ApplyOutcome>();
    send_sync::<tracking_number::UnknownId>();
    send_sync::<tracking_number::status::ParseTimestampError>();
    send_sync::<tracking_number::status::EventError>();
    send_sync::<tracking_number::status::mapping::TableMapper>();
    copy::<Status>();
    copy::<Terminality>();
    copy::<TransitionKind>();
    copy::<Timestamp>();
    copy::<DefaultPolicy>();
    copy::<EventFlags>();
    copy::<MachineState>();
    copy::<EventFacts>();
    copy::<Milestones>();
    copy::<Anomaly>();
    copy::<ApplyOutcome>();
    copy::<EtaObservation>();
    copy::<tracking_number::UnknownId>();
    copy::<tracking_number::status::ParseTimestampError>();
}

// ---------------------------------------------------------------------------------------
// serde
// ---------------------------------------------------------------------------------------

#[cfg(feature = "serde")]
mod serde_round_trip {
    use super::*;

    #[test]
    fn wire_names() {
        assert_eq!(
            serde_json::to_string(&Status::OutForDelivery).unwrap(),
            r#""out_for_delivery""#
        );
        assert!(serde_json::from_str::<Status>(r#""OutForDelivery""#).is_err());
        let d: Detail = serde_json::from_str(r#""brand_new_reason""#).unwrap();
        assert_eq!(d, Detail::Other("brand_new_reason".into()));
        let d: Detail = serde_json::from_str(r#""delayed_weather""#).unwrap();
        assert_eq!(d, Detail::Delayed(DelayCause::Weather));
        let t: Timestamp = serde_json::from_str(r#""2026-11-20T14:02:00+09:00""#).unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), r#""2026-11-20T14:02:00+09:00""#);
        let e = serde_json::from_str::<Timestamp>(r#""2026-11-20T14:02:00""#).unwrap_err();
        assert!(e.to_string().starts_with("expected 'Z' or a utc offset at byte 19"), "{e}");
    }

    #[test]
    fn event_json_shape() {
        let e: TrackingEvent = serde_json::from_str(
            r#"{"occurred_at":"2026-11-20T14:02:00Z","status":"delivered","detail":"signed_for",
                "raw":{"code":"DL"},"pod":{"signed_by":"LEE","photos":["p1"]},
                "flags":{"correction":true}}"#,
        )
        .unwrap();
        assert_eq!(e.status(), Some(Status::Delivered));
        assert!(e.flags().correction);
        assert_eq!(e.pod().unwrap().signed_by.as_deref(), Some("LEE"));
        let json = serde_json::to_string(&e).unwrap();
        let back: TrackingEvent = serde_json::from_str(&json).unwrap();
        assert_eq!(back, e);
        assert!(serde_json::from_str::<TrackingEvent>(
            r#"{"occurred_at":"2026-11-20T14:02:00Z","location":{"geo":{"lat":95.0,"lon":0.0}}}"#
        )
        .is_err());
        assert!(serde_json::from_str::<EtaWindow>(
            r#"{"earliest":"2026-11-21T00:00:00Z","latest":"2026-11-20T00:00:00Z"}"#
        )
        .is_err());
        // strict: a misspelt field, or an event saying nothing about what happened, is an error
        let err = serde_json::from_str::<TrackingEvent>(
            r#"{"occurred_at":"2026-11-20T14:02:00Z","stauts":"delivered"}"#,
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("unknown field `stauts`"), "{err}");
        let err =
            serde_json::from_str::<TrackingEvent>(r#"{"occurred_at":"2026-11-20T14:02:00Z"}"#)
                .unwrap_err();
        assert_eq!(err.to_string(), "an event needs a status or a raw carrier code");
        assert!(serde_json::from_str::<TrackingEvent>(
            r#"{"occurred_at":"2026-11-20T14:02:00Z","raw":{"code":"ZZ"},"location":{"citty":"Paris"}}"#
        )
        .is_err());
        let err = serde_json::from_str::<TrackingEvent>(
            r#"{"occurred_at":"2026-11-20T14:02:00Z","status":"in_transit","pod":{"signed_by":"X"}}"#,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "proof of delivery on a non-delivery event (status in_transit)"
        );
    }

    proptest! {
        #[test]
        fn tracker_round_trip(events in arb_events()) {
            let t = fold(&events);
            let json = serde_json::to_string(&t).unwrap();
            let back: Tracker = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(snapshot(&t), snapshot(&back));
            for e in &events {
                let j = serde_json::to_string(e).unwrap();
                let b: TrackingEvent = serde_json::from_str(&j).unwrap();
                prop_assert_eq!(&b, e);
            }
        }
    }
}

#[test]
fn limits_bound_what_a_tracker_and_a_shipment_hold() {
    let mut limits = Limits::DEFAULT;
    limits.max_events = 3;
    limits.max_pieces = 2;
    // a tracker: events past the bound are refused and counted, copies still merge
    let mut t = Tracker::new().with_limits(limits);
    for i in 0..5 {
        t.apply(ev(i * HOUR, Status::InTransit));
    }
    assert_eq!((t.len(), t.refused()), (3, 2));
    assert_eq!(
        t.apply(ev(0, Status::InTransit).with_description("copy")),
        ApplyOutcome::Merged { from: Status::InTransit, to: Status::InTransit }
    );
    let mut batch = Tracker::new().with_limits(limits);
    batch.extend((0..10).map(|i| ev(i * HOUR, Status::InTransit)));
    assert_eq!((batch.len(), batch.refused()), (3, 7));
    // a shipment: events in all, and pieces
    let mut s = Shipment::new(None).with_limits(limits);
    assert_eq!(
        s.apply(ev(0, Status::InTransit).with_piece("a")).status_change(),
        Some((Status::Unknown, Status::InTransit))
    );
    s.apply(ev(HOUR, Status::InTransit).with_piece("b"));
    assert_eq!(
        s.apply(ev(HOUR, Status::InTransit).with_piece("c")),
        ApplyOutcome::Refused { limit: Limit::Pieces, max: 2 }
    );
    s.apply(ev(2 * HOUR, Status::OutForDelivery));
    assert_eq!(
        s.apply(ev(3 * HOUR, Status::Delivered)),
        ApplyOutcome::Refused { limit: Limit::Events, max: 3 }
    );
    assert_eq!(s.refused(), 2);
    assert_eq!(s.pieces().count(), 2);
}

#[test]
fn a_pieces_resent_event_that_moves_past_a_shipment_event_is_folded_after_it() {
    // found by the order-independence property: a piece's event sent again later (the same
    // code within a second, so one event) moves past a shipment-level event of the first
    // copy's instant; the piece's fold must read it after that event, as a tracker of the
    // same events does
    let mut scan = EventFlags::default();
    scan.physical_scan = Some(false);
    let returned = TrackingEvent::new(at(180_000), Status::ReturnedToSender).with_flags(scan);
    let first =
        TrackingEvent::new(at(180_000), Status::Cancelled).with_raw_code("A").with_piece("c");
    let again = TrackingEvent::new(at(180_584), Status::Cancelled)
        .with_detail(Detail::NoticeLeft)
        .with_raw_code("A")
        .with_piece("c");
    let mut s = Shipment::new(None);
    for e in [&returned, &first, &again] {
        s.apply(e.clone());
    }
    let (_, piece) = s.pieces().next().unwrap();
    let naive = fold(&[returned, first, again]);
    assert_eq!(piece.status(), naive.status());
    assert_eq!(snap!(piece), snapshot(&naive));
    assert_eq!(piece.status(), Status::ReturnedToSender);
}
