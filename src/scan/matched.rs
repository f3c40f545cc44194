//! What the scanner reports: matches in a `&str` or in bytes, their owned form, and the
//! iterator over them.

use core::fmt;
use core::iter::FusedIterator;
use core::ops::Range;

use super::engine::{self, State, MAX_LEN};
use super::html::View;
use super::{Extra, Item, Scanner, Strength, Support};
use crate::{Carrier, Evidence, Format, TrackingNumber};

/// A text the scanner reads: `str`, or `[u8]` for input that may not be UTF-8 (see
/// [`Scanner::find_iter_bytes`]). Sealed: implemented for these two only.
pub trait Haystack: sealed::Sealed {
    #[doc(hidden)]
    fn bytes_of(&self) -> &[u8];
    #[doc(hidden)]
    fn slice(&self, range: Range<usize>) -> &Self;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for str {}
    impl Sealed for [u8] {}
}

impl Haystack for str {
    fn bytes_of(&self) -> &[u8] {
        self.as_bytes()
    }
    fn slice(&self, range: Range<usize>) -> &str {
        // matches start and end with ASCII characters, so on char boundaries
        self.get(range).unwrap_or("")
    }
}

impl Haystack for [u8] {
    fn bytes_of(&self) -> &[u8] {
        self
    }
    fn slice(&self, range: Range<usize>) -> &[u8] {
        self.get(range).unwrap_or(&[])
    }
}

/// Bytes written as text, invalid UTF-8 replaced by U+FFFD (no allocation).
#[cfg(feature = "serde")]
struct Lossy<'a>(&'a [u8]);

#[cfg(feature = "serde")]
impl fmt::Display for Lossy<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for chunk in self.0.utf8_chunks() {
            f.write_str(chunk.valid())?;
            if !chunk.invalid().is_empty() {
                f.write_str("\u{FFFD}")?;
            }
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Lossy<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match core::str::from_utf8(self.0) {
            Ok(text) => s.serialize_str(text),
            Err(_) => s.collect_str(self),
        }
    }
}

/// What a match is: a number of a carrier format, or of a registered extra format.
///
/// ```
/// use tracking_number::scan::MatchKind;
/// use tracking_number::Format;
///
/// let m = tracking_number::find("RB123456785GB").unwrap();
/// match m.kind() {
///     MatchKind::Carrier(n) => assert_eq!(n.format(), Format::S10),
///     MatchKind::Extra { id } => panic!("unexpected extra format {id}"),
///     _ => unreachable!(),
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchKind<'h> {
    /// A carrier-table format; the parsed, normalised number.
    Carrier(TrackingNumber),
    /// A registered [`ExtraFormat`](crate::ExtraFormat); its id.
    Extra {
        /// [`ExtraFormat::id`](crate::ExtraFormat::id) of the format.
        id: &'h str,
    },
}

/// One tracking number found in a text: a `&str` ([`Scanner::find_iter`]) or bytes that may
/// not be UTF-8 ([`Scanner::find_iter_bytes`]), the haystack type `H`.
///
/// Offsets are bytes into the original text; a match starts and ends with an ASCII letter
/// or digit, so in a `&str` they are on char boundaries. [`as_str`](Self::as_str) (or
/// [`as_bytes`](Self::as_bytes)) is the span as written, separators included;
/// [`number`](Self::number) is the normalised, parsed number.
///
/// ```
/// let text = "Tracking: 9400 1112 0620 6406 2607 87.";
/// let m = tracking_number::find(text).unwrap();
/// assert_eq!((m.start(), m.end()), (10, 37));
/// assert_eq!(m.as_str(), "9400 1112 0620 6406 2607 87");
/// assert_eq!(m.number().unwrap().as_str(), "9400111206206406260787");
/// assert_eq!(m.carrier().unwrap().as_str(), "usps");
/// ```
pub struct Match<'h, H: ?Sized + Haystack = str> {
    span: &'h H,
    start: usize,
    kind: MatchKind<'h>,
    evidence: Evidence,
    strength: Strength,
    support: Support,
    /// The span is raw HTML (tags and character references between its characters).
    html: bool,
}

impl<H: ?Sized + Haystack> Clone for Match<'_, H> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<H: ?Sized + Haystack> Copy for Match<'_, H> {}

impl<H: ?Sized + Haystack + PartialEq> PartialEq for Match<'_, H> {
    fn eq(&self, other: &Self) -> bool {
        (self.span, self.start, self.kind, self.evidence, self.strength, self.support)
            == (other.span, other.start, other.kind, other.evidence, other.strength, other.support)
    }
}

impl<H: ?Sized + Haystack + Eq> Eq for Match<'_, H> {}

impl<H: ?Sized + Haystack + core::hash::Hash> core::hash::Hash for Match<'_, H> {
    fn hash<S: core::hash::Hasher>(&self, state: &mut S) {
        (self.span, self.start, self.kind, self.evidence, self.strength, self.support).hash(state);
    }
}

impl<'h> Match<'h, str> {
    /// The span as written in the text, separators included.
    ///
    /// ```
    /// let m = tracking_number::find("EA 123 456 785 US").unwrap();
    /// assert_eq!(m.as_str(), "EA 123 456 785 US");
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'h str {
        self.span
    }
}

impl<'h, H: ?Sized + Haystack> Match<'h, H> {
    /// The span as written, as bytes.
    ///
    /// ```
    /// use tracking_number::scan::Scanner;
    ///
    /// let scanner = Scanner::new();
    /// let m = scanner.find_bytes(b"\xff EA 123 456 785 US \xfe").unwrap();
    /// assert_eq!(m.as_bytes(), b"EA 123 456 785 US");
    /// ```
    #[must_use]
    pub fn as_bytes(&self) -> &'h [u8] {
        self.span.bytes_of()
    }

    /// Byte offset of the first character.
    ///
    /// ```
    /// assert_eq!(tracking_number::find("ups 1Z999AA10123456784").unwrap().start(), 4);
    /// ```
    #[must_use]
    pub const fn start(&self) -> usize {
        self.start
    }

    /// Byte offset one past the last character.
    ///
    /// ```
    /// assert_eq!(tracking_number::find("ups 1Z999AA10123456784!").unwrap().end(), 22);
    /// ```
    #[must_use]
    pub fn end(&self) -> usize {
        self.start + self.span.bytes_of().len()
    }

    /// `start()..end()`.
    ///
    /// ```
    /// let text = "ups 1Z999AA10123456784!";
    /// let m = tracking_number::find(text).unwrap();
    /// assert_eq!(&text[m.range()], "1Z999AA10123456784");
    /// ```
    #[must_use]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end()
    }

    /// What was found: a carrier number or an extra format.
    ///
    /// ```
    /// use tracking_number::scan::MatchKind;
    ///
    /// let m = tracking_number::find("TBA000000000000").unwrap();
    /// assert!(matches!(m.kind(), MatchKind::Carrier(_)));
    /// ```
    #[must_use]
    pub const fn kind(&self) -> MatchKind<'h> {
        self.kind
    }

    /// The parsed, normalised number; `None` for an extra format.
    ///
    /// ```
    /// let m = tracking_number::find("1z 999 aa1 01 2345 678 4").unwrap();
    /// assert_eq!(m.number().unwrap().as_str(), "1Z999AA10123456784");
    /// ```
    #[must_use]
    pub const fn number(&self) -> Option<TrackingNumber> {
        match self.kind {
            MatchKind::Carrier(n) => Some(n),
            MatchKind::Extra { .. } => None,
        }
    }

    /// The carrier of the number; `None` for an extra format.
    ///
    /// ```
    /// use tracking_number::Carrier;
    ///
    /// let m = tracking_number::find("RB123456785GB").unwrap();
    /// assert_eq!(m.carrier(), Some(Carrier::RoyalMail));
    /// ```
    #[must_use]
    pub fn carrier(&self) -> Option<Carrier> {
        self.number().map(|n| n.carrier())
    }

    /// The format of the number; `None` for an extra format.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// let m = tracking_number::find("RB123456785GB").unwrap();
    /// assert_eq!(m.format(), Some(Format::S10));
    /// ```
    #[must_use]
    pub fn format(&self) -> Option<Format> {
        self.number().map(|n| n.format())
    }

    /// [`Evidence::Verified`] if a check digit was verified, else
    /// [`Evidence::NoCheckDigit`] (mismatches are never reported).
    ///
    /// ```
    /// use tracking_number::Evidence;
    ///
    /// assert_eq!(tracking_number::find("1Z999AA10123456784").unwrap().evidence(), Evidence::Verified);
    /// assert_eq!(tracking_number::find("TBA000000000000").unwrap().evidence(), Evidence::NoCheckDigit);
    /// ```
    #[must_use]
    pub const fn evidence(&self) -> Evidence {
        self.evidence
    }

    /// How strong the reading is on its own.
    ///
    /// ```
    /// use tracking_number::scan::Strength;
    ///
    /// let m = tracking_number::find("tracking: 986578788855").unwrap();
    /// assert_eq!(m.strength(), Strength::CheckDigit);
    /// ```
    #[must_use]
    pub const fn strength(&self) -> Strength {
        self.strength
    }

    /// Why it was reported.
    ///
    /// ```
    /// use tracking_number::scan::Support;
    ///
    /// let m = tracking_number::find("https://www.fedex.com/fedextrack/?trknbr=986578788855").unwrap();
    /// assert_eq!(m.support(), Support::Url);
    /// ```
    #[must_use]
    pub const fn support(&self) -> Support {
        self.support
    }

    /// Writes the normalised number (upper case, separators removed) into `buf` and returns
    /// it; works for extra formats too. A carrier's number is written as it was read: in
    /// OCR output, letters taken for the digits they look like are written as those digits.
    ///
    /// ```
    /// let m = tracking_number::find("EA 123-456-785 US").unwrap();
    /// let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
    /// assert_eq!(m.normalized(&mut buf), "EA123456785US");
    ///
    /// // an O read for a 0
    /// let m = tracking_number::find("USPS 9400 1112 O620 6406 2607 87").unwrap();
    /// assert_eq!(m.as_str(), "9400 1112 O620 6406 2607 87");
    /// assert_eq!(m.normalized(&mut buf), "9400111206206406260787");
    /// ```
    pub fn normalized<'b>(&self, buf: &'b mut [u8; MAX_NORMALIZED]) -> &'b str {
        if let MatchKind::Carrier(number) = self.kind {
            let s = number.as_str().as_bytes();
            let n = s.len().min(buf.len());
            buf[..n].copy_from_slice(&s[..n]);
            return core::str::from_utf8(&buf[..n]).unwrap_or("");
        }
        let mut n = 0;
        let add = |b: u8| {
            if let Some(slot) = buf.get_mut(n) {
                *slot = b.to_ascii_uppercase();
                n += 1;
            }
        };
        let span = self.span.bytes_of();
        if self.html {
            super::html::visible_alnum(span, add);
        } else {
            super::html::plain_alnum(span, add);
        }
        core::str::from_utf8(&buf[..n]).unwrap_or("")
    }
}

/// Size of the buffer [`Match::normalized`] writes into (the longest span the scanner reads).
pub const MAX_NORMALIZED: usize = MAX_LEN;

impl<H: ?Sized + Haystack + fmt::Debug> fmt::Debug for Match<'_, H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Match");
        d.field("start", &self.start).field("end", &self.end()).field("text", &self.span);
        match self.kind {
            MatchKind::Carrier(n) => d.field("number", &n),
            MatchKind::Extra { id } => d.field("extra", &id),
        };
        d.field("strength", &self.strength).field("support", &self.support).finish()
    }
}

#[cfg(feature = "serde")]
impl<H: ?Sized + Haystack> serde::Serialize for Match<'_, H> {
    /// `{"start", "end", "text", "carrier", "format", "number", "check_digit", "strength",
    /// "support"}`; an extra format has carrier `"extra"` and its id as format.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut buf = [0u8; MAX_NORMALIZED];
        let (carrier, format) = match self.kind {
            MatchKind::Carrier(n) => (n.carrier().as_str(), n.format().as_str()),
            MatchKind::Extra { id } => ("extra", id),
        };
        let mut st = s.serialize_struct("Match", 9)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end())?;
        st.serialize_field("text", &Lossy(self.span.bytes_of()))?;
        st.serialize_field("carrier", carrier)?;
        st.serialize_field("format", format)?;
        st.serialize_field("number", self.normalized(&mut buf))?;
        st.serialize_field("check_digit", self.evidence.as_str())?;
        st.serialize_field("strength", self.strength.as_str())?;
        st.serialize_field("support", self.support.as_str())?;
        st.end()
    }
}

/// The owned form of a [`Match`], to store or send (`alloc`): the same fields as the
/// [`Match`] serialisation, and it deserialises back.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use tracking_number::scan::{find, OwnedMatch};
///
/// let m: OwnedMatch = find("see RB 123 456 785 GB").unwrap().into();
/// assert_eq!((m.start, m.text.as_str(), m.number.as_str()), (4, "RB 123 456 785 GB", "RB123456785GB"));
/// let json = serde_json::to_string(&m).unwrap();
/// assert_eq!(serde_json::from_str::<OwnedMatch>(&json).unwrap(), m);
/// # }
/// ```
#[cfg(feature = "alloc")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct OwnedMatch {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// The span as written.
    pub text: alloc::string::String,
    /// The carrier id, or `"extra"` for an extra format.
    pub carrier: alloc::string::String,
    /// The format id (an extra format's id).
    pub format: alloc::string::String,
    /// The normalised number.
    pub number: alloc::string::String,
    /// `"verified"`, `"none"` (no check character).
    pub check_digit: Evidence,
    /// How strong the reading is.
    pub strength: Strength,
    /// What supported it.
    pub support: Support,
}

#[cfg(feature = "alloc")]
impl<H: ?Sized + Haystack> From<Match<'_, H>> for OwnedMatch {
    fn from(m: Match<'_, H>) -> Self {
        use alloc::string::ToString;
        let mut buf = [0u8; MAX_NORMALIZED];
        let (carrier, format) = match m.kind {
            MatchKind::Carrier(n) => (n.carrier().as_str(), n.format().as_str()),
            MatchKind::Extra { id } => ("extra", id),
        };
        OwnedMatch {
            start: m.start,
            end: m.end(),
            text: alloc::string::String::from_utf8_lossy(m.span.bytes_of()).into_owned(),
            carrier: carrier.to_string(),
            format: format.to_string(),
            number: m.normalized(&mut buf).to_string(),
            check_digit: m.evidence,
            strength: m.strength,
            support: m.support,
        }
    }
}

/// Iterator over the matches of a [`Scanner`] in a text; see [`Scanner::find_iter`].
///
/// ```
/// let mut it = tracking_number::find_iter("RB123456785GB, EA123456785US");
/// assert_eq!(it.next().unwrap().as_str(), "RB123456785GB");
/// assert_eq!(it.next().unwrap().as_str(), "EA123456785US");
/// assert!(it.next().is_none());
/// ```
pub struct FindIter<'h, H: ?Sized + Haystack = str> {
    scanner: &'h Scanner<'h>,
    text: &'h H,
    state: State<Item>,
    /// The text view of HTML input (an [`html`](super::ScannerBuilder::html) scanner).
    view: Option<ViewBox>,
}

/// The window of an HTML scan: boxed once per iteration with `alloc`, inline without.
#[cfg(feature = "alloc")]
type ViewBox = alloc::boxed::Box<View<Item>>;
/// The window of an HTML scan: boxed once per iteration with `alloc`, inline without.
#[cfg(not(feature = "alloc"))]
type ViewBox = View<Item>;

/// The first window of `bytes`, read as HTML (`markup`) or as plain text, on the heap with
/// `alloc`.
#[cfg(feature = "alloc")]
fn view(bytes: &[u8], markup: bool) -> ViewBox {
    let mut v = alloc::boxed::Box::new(View::empty(markup));
    v.start(bytes);
    v
}

/// The first window of `bytes`, read as HTML (`markup`) or as plain text.
#[cfg(not(feature = "alloc"))]
fn view(bytes: &[u8], markup: bool) -> ViewBox {
    let mut v = View::empty(markup);
    v.start(bytes);
    v
}

impl<'h, H: ?Sized + Haystack> FindIter<'h, H> {
    pub(crate) fn new(scanner: &'h Scanner<'h>, text: &'h H) -> Self {
        let bytes = text.bytes_of();
        // HTML, or plain text with full-width letters or digits, is read through a view
        let view =
            (scanner.html || super::html::has_fullwidth(bytes)).then(|| view(bytes, scanner.html));
        FindIter { scanner, text, state: State::new(), view }
    }
}

impl<H: ?Sized + Haystack> Clone for FindIter<'_, H> {
    fn clone(&self) -> Self {
        FindIter {
            scanner: self.scanner,
            text: self.text,
            state: self.state,
            view: self.view.clone(),
        }
    }
}

impl<H: ?Sized + Haystack> fmt::Debug for FindIter<'_, H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FindIter").field("len", &self.text.bytes_of().len()).finish_non_exhaustive()
    }
}

impl<'h, H: ?Sized + Haystack> Iterator for FindIter<'h, H> {
    type Item = Match<'h, H>;

    fn next(&mut self) -> Option<Match<'h, H>> {
        let bytes = self.text.bytes_of();
        let scanner: &Scanner<'_> = self.scanner;
        let f = match &mut self.view {
            Some(view) => view.next(bytes, scanner, &scanner.opts)?,
            None => engine::next(bytes, scanner, &scanner.opts, &mut self.state)?,
        };
        let span = self.text.slice(f.start..f.end);
        let (kind, evidence) = match f.item {
            Item::Carrier(n, e) => (MatchKind::Carrier(n), e),
            Item::Extra(i) => {
                let scanner: &'h Scanner<'h> = self.scanner;
                let e = scanner.extras.get(i as usize).and_then(|e| e.as_ref()).map(Extra::get);
                let id = e.map_or("", |e| e.id());
                let ev = if e.is_some_and(|e| e.has_check()) {
                    Evidence::Verified
                } else {
                    Evidence::NoCheckDigit
                };
                (MatchKind::Extra { id }, ev)
            }
        };
        Some(Match {
            span,
            start: f.start,
            kind,
            evidence,
            strength: f.strength,
            support: f.support,
            html: self.view.as_ref().is_some_and(|v| v.markup()),
        })
    }
}

impl<H: ?Sized + Haystack> FusedIterator for FindIter<'_, H> {}

#[cfg(feature = "alloc")]
impl<'h, H: ?Sized + Haystack> FindIter<'h, H> {
    /// Each distinct number once, at its first occurrence: "the tracking numbers in this
    /// mail", where the same number often appears several times (subject, body, link, footer).
    /// Numbers are the same when their [normalised](Match::normalized) forms are.
    ///
    /// ```
    /// let mail = "Your parcel 1Z 999 AA1 01 2345 678 4 has shipped.\n\
    ///             Track it: https://www.ups.com/track?tracknum=1Z999AA10123456784\n\
    ///             Also coming: RB123456785GB. Again: 1Z999AA10123456784";
    /// let numbers: Vec<String> = tracking_number::find_iter(mail)
    ///     .distinct()
    ///     .map(|m| m.number().unwrap().to_string())
    ///     .collect();
    /// assert_eq!(numbers, ["1Z999AA10123456784", "RB123456785GB"]);
    /// ```
    pub fn distinct(self) -> Distinct<'h, H> {
        Distinct { iter: self, seen: alloc::collections::BTreeSet::new() }
    }
}

/// Iterator over the distinct numbers of a text, each at its first occurrence; see
/// [`FindIter::distinct`]. Holds the normalised numbers seen so far (`alloc`).
#[cfg(feature = "alloc")]
pub struct Distinct<'h, H: ?Sized + Haystack = str> {
    iter: FindIter<'h, H>,
    seen: alloc::collections::BTreeSet<([u8; MAX_NORMALIZED], u8)>,
}

#[cfg(feature = "alloc")]
impl<H: ?Sized + Haystack> fmt::Debug for Distinct<'_, H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Distinct").field("seen", &self.seen.len()).finish_non_exhaustive()
    }
}

#[cfg(feature = "alloc")]
impl<'h, H: ?Sized + Haystack> Iterator for Distinct<'h, H> {
    type Item = Match<'h, H>;

    fn next(&mut self) -> Option<Match<'h, H>> {
        for m in self.iter.by_ref() {
            let mut key = [0u8; MAX_NORMALIZED];
            let len = m.normalized(&mut key).len();
            if self.seen.insert((key, len as u8)) {
                return Some(m);
            }
        }
        None
    }
}

#[cfg(feature = "alloc")]
impl<H: ?Sized + Haystack> FusedIterator for Distinct<'_, H> {}
