#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
// Unit tests use `std` (the test harness links it anyway), whatever the features.
#[cfg(any(feature = "std", test))]
extern crate std;

pub mod check;
mod extra;

pub use extra::ExtraFormat;

// ---- carriers (issue 3): modules and re-exports ----
mod carrier;
mod detect;
mod format;
mod normalize;
mod number;
mod spec;

pub use carrier::{Carrier, Confidence, Format, UnknownId};
pub use detect::{
    detect, detect_with, Candidate, Candidates, Evidence, Reading, Readings, MAX_EXTRA_MATCHES,
};
pub use format::{Grouped, TrackingUrl, GROUPED_BUF_LEN};
pub use normalize::normalize;
pub use number::{Field, Lenient, ParseError, ParseErrorKind, Service, TrackingNumber};
// ---- end carriers ----

// ---- scanner (issue 4): modules and re-exports ----
pub mod scan;
pub use scan::{find, find_iter, is_match, Match, Scanner};
// ---- end scanner ----

// ---- custom formats (issue 5): modules and re-exports ----
pub mod custom;

pub use custom::{CustomFormat, CustomNumber};
// ---- end custom formats ----

// ---- status (issue 6): modules and re-exports ----
pub mod status;
pub use status::Status;
#[cfg(feature = "alloc")]
pub use status::{Tracker, TrackingEvent};
// ---- end status ----
