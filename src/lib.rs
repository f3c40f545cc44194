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

// The recognition core, lowest layer first: nothing below imports anything above it.
//   swar, bits, check, calendar, country, id (word arithmetic, sets, ids and their errors)
//   -> evidence, layout (the layout model)
//   -> carrier, format (ids and the format registry, one data file per carrier)
//   -> rank, index (the one ranking rule and the one matching loop)
//   -> distractor, parse_error (what a string is instead, and why it is refused)
//   -> answer (the default and hinted answers)
//   -> normalize, display, number (the value type)
//   -> detect (every reading, ranked) -> scan, custom; status stands apart (ids and calendar)
mod bits;
mod calendar;
pub mod check;
mod country;
mod id;
mod serde_str;
mod swar;

mod evidence;
mod layout;

mod carrier;
mod format;

mod index;
mod rank;

mod distractor;
mod parse_error;

mod answer;

mod display;
mod normalize;
mod number;

mod detect;
mod extra;

pub use carrier::Carrier;
pub use detect::{detect, Candidate, Candidates};
pub use display::{Grouped, TrackingUrl};
pub use distractor::Distractor;
pub use evidence::Evidence;
pub use extra::ExtraFormat;
pub use format::{Confidence, Format};
pub use id::UnknownId;
pub use normalize::normalize;
pub use number::{Field, Lenient, Service, TrackingNumber};
pub use parse_error::{ParseError, ParseErrorKind};

pub mod scan;
pub use scan::{find, find_iter, is_match, Match, Scanner};

pub mod custom;
pub use custom::{CustomFormat, CustomNumber};

pub mod status;
pub use status::Status;
#[cfg(feature = "alloc")]
pub use status::{Tracker, TrackingEvent};
