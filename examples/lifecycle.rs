//! Fold one shipment's events (arriving out of order, with a duplicate) and print its
//! status, milestones and proof of delivery.
//!
//! ```text
//! cargo run --example lifecycle
//! ```

use tracking_number::status::mapping::FEDEX;
use tracking_number::status::text::{describe, English};
use tracking_number::status::{ApplyOutcome, ProofOfDelivery, RawStatus, StatusMapper, Tracker};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // (time, FedEx code) as the webhooks delivered them: late, out of order, one twice
    let webhooks = [
        ("2026-11-18T09:12:00-05:00", "PU"),
        ("2026-11-21T14:02:00-06:00", "DL"),
        ("2026-11-17T16:40:00-05:00", "OC"),
        ("2026-11-21T08:05:00-06:00", "OD"),
        ("2026-11-18T21:03:00-05:00", "AR"),
        ("2026-11-18T21:03:00-05:00", "AR"),
    ];

    let mut tracker = Tracker::new();
    for (time, code) in webhooks {
        let mut event = FEDEX.event(time.parse()?, RawStatus::new(code));
        if code == "DL" {
            let mut pod = ProofOfDelivery::new();
            pod.signed_by = Some("J.SMITH".into());
            event = event.with_pod(pod)?;
        }
        let what = match tracker.apply(event) {
            ApplyOutcome::Applied { from, to, kind } => format!("{kind}: now {to} (was {from})"),
            ApplyOutcome::Duplicate => "duplicate, ignored".to_string(),
            ApplyOutcome::Stale { .. } => "stale, kept in history only".to_string(),
            other => format!("{other:?}"),
        };
        println!("{time}  {code:<3} {what}");
    }

    println!();
    println!("status: {}", describe(&English, tracker.status(), tracker.detail()));
    let m = tracker.milestones();
    let show = |t: Option<tracking_number::status::Timestamp>| {
        t.map_or_else(|| "-".to_string(), |t| t.to_string())
    };
    println!("label created:    {}", show(m.info_received_at()));
    println!("picked up:        {}", show(m.picked_up_at()));
    println!("out for delivery: {}", show(m.out_for_delivery_at()));
    println!("delivered:        {}", show(m.delivered_at()));
    if let Some(pod) = tracker.current_pod() {
        println!("signed by:        {}", pod.signed_by.as_deref().unwrap_or("-"));
    }
    println!("events kept:      {}", tracker.len());
    Ok(())
}
