#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod check;
mod extra;

pub use extra::ExtraFormat;

// ---- carriers (issue 3): modules and re-exports ----
// ---- end carriers ----

// ---- scanner (issue 4): modules and re-exports ----
// ---- end scanner ----

// ---- custom formats (issue 5): modules and re-exports ----
// ---- end custom formats ----

// ---- status (issue 6): modules and re-exports ----
// ---- end status ----
