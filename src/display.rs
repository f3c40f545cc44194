//! Display adapters of a tracking number: the grouped printed form and the tracking URL.

use core::fmt;

/// See [`Grouped::BUF_LEN`].
const BUF_LEN: usize = 2 * crate::layout::MAX_LEN;

/// The printed form of a number, groups separated by single spaces; from
/// [`TrackingNumber::grouped`](crate::TrackingNumber::grouped).
///
/// Each format has its own grouping (UPS `1Z 999 AA1 01 2345 6784`, S10 `RB 123 456 785 GB`,
/// DPD `0998 0000 0200 33 F`); characters beyond it are printed in groups of four.
/// `parse_lenient` reads the grouped form back.
///
/// ```
/// use tracking_number::TrackingNumber;
///
/// let n = TrackingNumber::parse("09980000020033F")?;
/// let mut buf = [0u8; tracking_number::Grouped::BUF_LEN];
/// assert_eq!(n.grouped().encode(&mut buf), "0998 0000 0200 33 F");
/// assert_eq!(TrackingNumber::parse_lenient(&n.grouped().to_string())?.number(), n);
/// # Ok::<(), tracking_number::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Grouped<'a> {
    s: &'a str,
    groups: &'static [u8],
}

impl<'a> Grouped<'a> {
    /// Room for any grouped number: [`TrackingNumber::MAX_LEN`](crate::TrackingNumber::MAX_LEN)
    /// characters plus one space between each (the buffer size of [`encode`](Self::encode)).
    pub const BUF_LEN: usize = BUF_LEN;

    pub(crate) fn new(s: &'a str, groups: &'static [u8]) -> Self {
        Grouped { s, groups }
    }

    /// Calls `f` with each group in order.
    fn for_each(&self, mut f: impl FnMut(&'a str) -> fmt::Result) -> fmt::Result {
        let mut rest = self.s;
        let mut sizes = self.groups.iter().map(|&g| g as usize).filter(|&g| g > 0);
        while !rest.is_empty() {
            let size = sizes.next().unwrap_or(4).min(rest.len());
            let (head, tail) = rest.split_at(size);
            f(head)?;
            rest = tail;
        }
        Ok(())
    }

    /// Writes the grouped form into `buf` and returns it; no allocation.
    ///
    /// ```
    /// use tracking_number::{Grouped, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse("9400111206206406260787")?;
    /// let mut buf = [0u8; Grouped::BUF_LEN];
    /// assert_eq!(n.grouped().encode(&mut buf), "9400 1112 0620 6406 2607 87");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    pub fn encode<'b>(&self, buf: &'b mut [u8; BUF_LEN]) -> &'b str {
        let mut n = 0usize;
        let _ = self.for_each(|g| {
            if n > 0 && n < buf.len() {
                buf[n] = b' ';
                n += 1;
            }
            let end = (n + g.len()).min(buf.len());
            buf[n..end].copy_from_slice(&g.as_bytes()[..end - n]);
            n = end;
            Ok(())
        });
        core::str::from_utf8(&buf[..n]).unwrap_or("")
    }
}

impl fmt::Display for Grouped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        self.for_each(|g| {
            if !first {
                f.write_str(" ")?;
            }
            first = false;
            f.write_str(g)
        })
    }
}

/// A carrier tracking-page URL; from
/// [`TrackingNumber::tracking_url`](crate::TrackingNumber::tracking_url).
///
/// A display adapter over a `'static` template and the number: nothing is allocated until you
/// format it (`to_string()` with `alloc`, or `write!` into any `fmt::Write`).
///
/// ```
/// use tracking_number::TrackingNumber;
///
/// let n = TrackingNumber::parse("986578788855")?;
/// let url = n.tracking_url().unwrap();
/// assert_eq!(url.template(), "https://www.fedex.com/fedextrack/?trknbr={}");
/// assert_eq!(url.to_string(), "https://www.fedex.com/fedextrack/?trknbr=986578788855");
/// # Ok::<(), tracking_number::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TrackingUrl<'a> {
    template: &'static str,
    number: &'a str,
}

impl<'a> TrackingUrl<'a> {
    pub(crate) fn new(template: &'static str, number: &'a str) -> Self {
        TrackingUrl { template, number }
    }

    /// The URL template; `{}` stands for the number.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("1Z999AA10123456784")?;
    /// assert!(n.tracking_url().unwrap().template().contains("{}"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// The number that goes into the URL (the display number).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("420787459400111206206406260787")?;
    /// assert_eq!(n.tracking_url().unwrap().number(), "9400111206206406260787");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn number(&self) -> &'a str {
        self.number
    }
}

impl fmt::Display for TrackingUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = self.template.split("{}");
        if let Some(first) = parts.next() {
            f.write_str(first)?;
        }
        for part in parts {
            f.write_str(self.number)?;
            f.write_str(part)?;
        }
        Ok(())
    }
}
