//! The README's "Shipment status" example, kept compiling and passing.
#![cfg(feature = "alloc")]

use tracking_number::status::mapping::FEDEX;
use tracking_number::status::{ProofOfDelivery, RawStatus, Status, StatusMapper, Tracker};

#[test]
fn readme_shipment_status_example() -> Result<(), Box<dyn std::error::Error>> {
    let mut tracker = Tracker::new();
    // webhooks arrive late and out of order
    let delivered = FEDEX
        .event("2026-11-21T14:02:00-06:00".parse()?, RawStatus::new("DL"))
        .with_pod(ProofOfDelivery::new().with_signed_by("J.SMITH"))?;
    tracker.apply(delivered);
    tracker.apply(FEDEX.event("2026-11-21T08:05:00-06:00".parse()?, RawStatus::new("OD")));
    tracker.apply(FEDEX.event("2026-11-21T15:00:00-06:00".parse()?, RawStatus::new("ZX9")));

    assert_eq!(tracker.status(), Status::Delivered);
    assert!(tracker.milestones().out_for_delivery_at().is_some());
    assert_eq!(tracker.current_pod().unwrap().signed_by(), Some("J.SMITH"));
    assert_eq!(tracker.unmapped_codes().count(), 1); // "ZX9": kept, changed nothing
    Ok(())
}
