//! Figures quoted in the README (its code examples are doctests through `lib.rs`).

use tracking_number::{Carrier, Format};

#[test]
fn format_count_in_the_readme() {
    assert_eq!(Format::ALL.len(), 47);
    assert_eq!(Carrier::ALL.len(), 36);
}
