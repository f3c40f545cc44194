//! Formats defined outside the built-in carrier table.
//!
//! A shop's own order-reference or branded tracking format (see the `custom` module) can be
//! consulted by the text scanner next to the carrier formats. Anything that implements
//! [`ExtraFormat`] can be registered; the crate's own `CustomFormat` does.

/// A number format from outside the carrier table, e.g. a shop's order references.
///
/// Implementations must be cheap and must not allocate in [`is_match`](Self::is_match): the
/// scanner calls it on candidate tokens of the right length.
///
/// ```
/// use tracking_number::ExtraFormat;
///
/// /// "ORD" followed by six digits.
/// struct OrderNumber;
///
/// impl ExtraFormat for OrderNumber {
///     fn id(&self) -> &str { "order" }
///     fn len_range(&self) -> (usize, usize) { (9, 9) }
///     fn has_check(&self) -> bool { false }
///     fn is_match(&self, normalised: &[u8]) -> bool {
///         normalised.len() == 9
///             && normalised.starts_with(b"ORD")
///             && normalised[3..].iter().all(u8::is_ascii_digit)
///     }
/// }
///
/// assert!(OrderNumber.is_match(b"ORD123456"));
/// assert!(!OrderNumber.is_match(b"ORD12345X"));
/// ```
pub trait ExtraFormat {
    /// A short stable id used in output, e.g. `"acme_order"`.
    fn id(&self) -> &str;

    /// The shortest and longest normalised length (inclusive) a number can have, so callers
    /// can skip tokens cheaply.
    fn len_range(&self) -> (usize, usize);

    /// Whether numbers of this format carry a check character (a match is then stronger
    /// evidence than a bare structural match).
    fn has_check(&self) -> bool;

    /// Whether `normalised` (ASCII, upper case, spaces/dashes/dots removed) is a valid number
    /// of this format, check character included.
    fn is_match(&self, normalised: &[u8]) -> bool;
}

impl<T: ExtraFormat + ?Sized> ExtraFormat for &T {
    fn id(&self) -> &str {
        (**self).id()
    }
    fn len_range(&self) -> (usize, usize) {
        (**self).len_range()
    }
    fn has_check(&self) -> bool {
        (**self).has_check()
    }
    fn is_match(&self, normalised: &[u8]) -> bool {
        (**self).is_match(normalised)
    }
}
