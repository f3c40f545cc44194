//! [`TrackingNumber`]: the value type, its fields and its parsers.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::str::FromStr;

use crate::answer;
use crate::carrier::Carrier;
use crate::country;
use crate::display::{Grouped, TrackingUrl};
use crate::distractor;
use crate::evidence::Evidence;
use crate::format::{Confidence, Format};
use crate::index::{self, EntryRef, Hit, ENTRIES};
use crate::layout::{FieldKind, MAX_LEN};
use crate::normalize::{normalize_detailed, LENIENT_MAX_INPUT};
use crate::parse_error::{ParseError, ParseErrorKind};
use crate::swar;

/// A named field of a tracking number; see [`TrackingNumber::field`].
///
/// Which fields a number has depends on its format; a field a format does not define is
/// `None`.
///
/// ```
/// use tracking_number::{Field, TrackingNumber};
///
/// let n = TrackingNumber::parse("1Z999AA10123456784")?;
/// assert_eq!(n.field(Field::Shipper), Some("999AA1"));
/// assert_eq!(n.field(Field::Service), Some("01"));
/// assert_eq!(n.field(Field::Country), None);
/// # Ok::<(), tracking_number::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Field {
    /// Service code / service indicator (UPS service, USPS STC, S10 indicator, DPD service).
    Service,
    /// Shipper, account, mailer or customer id.
    Shipper,
    /// Serial number.
    Serial,
    /// Package identifier.
    Package,
    /// Country code as printed (S10: ISO alpha-2; DPD barcode: ISO numeric).
    Country,
    /// Destination ZIP / postcode (USPS `420` routing, FedEx 34, DPD barcode).
    DestinationZip,
    /// Depot or parcel centre (DPD, DHL Paket, GLS, BRT).
    Depot,
    /// The check character.
    CheckDigit,
}

/// A service code and, where the crate knows it, its human name.
///
/// ```
/// use tracking_number::TrackingNumber;
///
/// let n = TrackingNumber::parse("RR287043775IN")?;
/// let s = n.service().unwrap();
/// assert_eq!(s.code(), "RR");
/// assert_eq!(s.name(), Some("letter post: registered"));
/// # Ok::<(), tracking_number::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Service<'a> {
    code: &'a str,
    name: Option<&'static str>,
}

impl<'a> Service<'a> {
    /// The code as printed in the number (e.g. UPS `"01"`, USPS `"055"`, S10 `"RR"`).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("1Z999AA10123456784")?;
    /// assert_eq!(n.service().unwrap().code(), "01");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn code(&self) -> &'a str {
        self.code
    }

    /// The human name, if the code is in the crate's table.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("1Z999AA10123456784")?;
    /// assert_eq!(n.service().unwrap().name(), Some("Next Day Air"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> Option<&'static str> {
        self.name
    }
}

/// A carrier tracking number, valid for one known format.
///
/// `Copy`, inline ASCII storage (at most [`TrackingNumber::MAX_LEN`] bytes), no allocation.
/// Holding one means the structure and check digit of its format are right. Obtain one with:
///
/// - [`parse`](Self::parse) / `FromStr` / `TryFrom<&str>`: the canonical electronic form
///   (upper case, no separators), **the default answer** to "is this a tracking number, and
///   whose?": only readings that set the string apart from ordinary numbers (a verified
///   check digit, or a distinctive structure) and never strings that are more plausibly
///   something else ([`Distractor`](crate::Distractor));
/// - [`parse_lenient`](Self::parse_lenient): the same answer for a printed or typed form;
/// - [`parse_for`](Self::parse_for): with a carrier hint, any format of those carriers;
/// - [`parse_as`](Self::parse_as): one particular format;
/// - from a [`Candidate`](crate::Candidate) of [`detect`](crate::detect()).
///
/// [`as_str`](Self::as_str) and `Display` give the string as parsed. For barcode forms that
/// embed the customer-facing number (USPS `420`+ZIP+PIC, FedEx 22/32/34-digit barcodes, the
/// DPD 28-character barcode) [`display_number`](Self::display_number) is the number to show
/// and to put in URLs. Equality, ordering and hashing are by string, then by format.
///
/// ```
/// use tracking_number::{Carrier, Format, TrackingNumber};
///
/// let n: TrackingNumber = "1Z999AA10123456784".parse()?;
/// assert_eq!(n.carrier(), Carrier::Ups);
/// assert_eq!(n.format(), Format::Ups1Z);
/// assert_eq!(n.check_digit(), Some('4'));
/// assert_eq!(n.grouped().to_string(), "1Z 999 AA1 01 2345 6784");
/// assert_eq!(
///     n.tracking_url().unwrap().to_string(),
///     "https://www.ups.com/track?tracknum=1Z999AA10123456784"
/// );
/// # Ok::<(), tracking_number::ParseError>(())
/// ```
#[derive(Clone, Copy)]
pub struct TrackingNumber {
    bytes: [u8; MAX_LEN],
    len: u8,
    entry: u16,
}

impl TrackingNumber {
    /// The longest normalised number any format has.
    pub const MAX_LEN: usize = MAX_LEN;

    /// The number `s` under the reading `hit` (`s` is at most [`MAX_LEN`] bytes: it matched).
    pub(crate) fn from_hit(s: &[u8], hit: Hit) -> Self {
        Self::from_entry(s, hit.entry)
    }

    pub(crate) fn from_entry(s: &[u8], entry: u16) -> Self {
        let mut bytes = [0u8; MAX_LEN];
        let n = s.len().min(MAX_LEN);
        bytes[..n].copy_from_slice(&s[..n]);
        TrackingNumber { bytes, len: n as u8, entry }
    }

    fn entry_ref(&self) -> &'static EntryRef {
        &ENTRIES[usize::from(self.entry)]
    }

    fn b(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    /// The default answer for the canonical electronic form (ASCII upper case, no spaces or
    /// separators): the best-ranked reading that is valid and not of a
    /// [`Low`](Confidence::Low)-confidence layout, unless the string is more plausibly
    /// something else. See [`detect`](crate::detect()) for the ranking rule.
    ///
    /// # Errors
    ///
    /// * [`ParseErrorKind::Empty`] for `""`;
    /// * [`ParseErrorKind::TooLong`] for more than [`MAX_LEN`](Self::MAX_LEN) bytes;
    /// * [`ParseErrorKind::InvalidChar`] for anything outside `0-9A-Z`, e.g. `"1z999aa…"` or
    ///   `"1Z 999"` (use [`parse_lenient`](Self::parse_lenient) for those);
    /// * [`ParseErrorKind::CheckDigit`] when the structure of a format fits but its check
    ///   digit is wrong, e.g. `"1Z999AA10123456785"`;
    /// * [`ParseErrorKind::NotDistinctive`] when only low-confidence formats fit, e.g. the
    ///   eight digits `"12345678"` or the 24-digit InPost-shaped `"520000014433330021832563"`;
    /// * [`ParseErrorKind::LooksLike`] for payment card numbers (`"4111111111111111"`),
    ///   product codes (`"9783161484100"`), dates (`"20190507"`) and IBANs;
    /// * [`ParseErrorKind::UnknownFormat`] when no format fits, e.g. `"ABC"`.
    ///
    /// ```
    /// use tracking_number::{Format, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse("9400111206206406260787")?;
    /// assert_eq!(n.format(), Format::UspsImpb);
    /// let err = TrackingNumber::parse("1Z999AA10123456785").unwrap_err();
    /// assert_eq!(err.to_string(), "check digit mismatch: expected '4', found '5'");
    /// assert!(TrackingNumber::parse("12345678").is_err());
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<TrackingNumber, ParseError> {
        let b = s.as_bytes();
        // the success path reads the input once (the layouts' byte classes check the
        // characters); an empty, over-long or ill-formed input is named on the error path
        answer::default_answer(b).map(|hit| TrackingNumber::from_hit(b, hit)).map_err(|kind| {
            match kind {
                // an input with a character outside `0-9A-Z` fits no layout
                ParseErrorKind::UnknownFormat => precheck(s).err().unwrap_or(ParseError::new(kind)),
                _ => ParseError::new(kind),
            }
        })
    }

    /// The default answer (as [`parse`](Self::parse)) for a printed or typed form:
    /// surrounding whitespace is trimmed, lower case is upper-cased, and the separators of
    /// printed numbers (spaces, tabs, dashes, dots, no-break and thin spaces) are dropped.
    /// The printed form also counts: `555-123-4567` is a phone number and `21.06.2021` a
    /// date whatever their digits fit. The result says whether anything was changed.
    ///
    /// Inputs longer than 160 bytes are rejected in O(1).
    ///
    /// # Errors
    ///
    /// As [`parse`](Self::parse), after normalisation: `"  "` is [`ParseErrorKind::Empty`];
    /// `"1Z/999"` is [`ParseErrorKind::InvalidChar`] (the index is into the original input);
    /// more than [`MAX_LEN`](Self::MAX_LEN) characters left after normalisation (or an input
    /// over 160 bytes) is [`ParseErrorKind::TooLong`]; `"555-123-4567"` is
    /// [`ParseErrorKind::LooksLike`].
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let l = TrackingNumber::parse_lenient(" 1z 999 aa1 01 2345 6784 ")?;
    /// assert!(l.was_normalized());
    /// assert_eq!(l.number().as_str(), "1Z999AA10123456784");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    pub fn parse_lenient(s: &str) -> Result<Lenient, ParseError> {
        Self::lenient(s, None)
    }

    /// The answer when the carrier is known (the customer picked it, or the label was bought
    /// from it): the best-ranked valid reading of `s` (a printed form, as for
    /// [`parse_lenient`](Self::parse_lenient)) attributed to one of `carriers`, whatever its
    /// confidence. Check digits are still verified; the distractor rules do not apply (the
    /// caller knows better).
    ///
    /// # Errors
    ///
    /// As [`parse_lenient`](Self::parse_lenient); [`ParseErrorKind::UnknownFormat`] when no
    /// format of those carriers fits, [`ParseErrorKind::CheckDigit`] when one fits with a
    /// wrong check digit.
    ///
    /// ```
    /// use tracking_number::{Carrier, Format, TrackingNumber};
    ///
    /// // 24 digits are not a tracking number on their own...
    /// assert!(TrackingNumber::parse_lenient("520000014433330021832563").is_err());
    /// // ...but they are an InPost number when the parcel is known to travel with InPost
    /// let n = TrackingNumber::parse_for("520000014433330021832563", &[Carrier::Inpost])?.number();
    /// assert_eq!(n.format(), Format::Inpost);
    /// let err = TrackingNumber::parse_for("986578788856", &[Carrier::Fedex]).unwrap_err();
    /// assert_eq!(err.expected_check(), Some('5'));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    pub fn parse_for(s: &str, carriers: &[Carrier]) -> Result<Lenient, ParseError> {
        Self::lenient(s, Some(carriers))
    }

    fn lenient(s: &str, carriers: Option<&[Carrier]>) -> Result<Lenient, ParseError> {
        if s.len() > LENIENT_MAX_INPUT {
            return Err(ParseError::new(ParseErrorKind::TooLong {
                len: s.len(),
                max: LENIENT_MAX_INPUT,
            }));
        }
        let mut buf = [0u8; MAX_LEN];
        let (n, changed) = normalize_detailed(s, &mut buf).map_err(ParseError::new)?;
        let norm = buf.get(..n).unwrap_or_default();
        let hit = match carriers {
            Some(c) => answer::hinted_answer(norm, c),
            None => {
                if let Some(what) = distractor::of_printed(s) {
                    return Err(ParseError::new(ParseErrorKind::LooksLike { what }));
                }
                answer::default_answer(norm)
            }
        }
        .map_err(ParseError::new)?;
        Ok(Lenient { number: TrackingNumber::from_hit(norm, hit), normalized: changed })
    }

    /// Parses `s` (canonical form) as one particular format, whatever its confidence.
    ///
    /// # Errors
    ///
    /// As [`parse`](Self::parse); [`ParseErrorKind::UnknownFormat`] when `s` does not have
    /// the structure of `format` (e.g. `"1Z999AA10123456784"` as
    /// [`Format::FedexExpress`]).
    ///
    /// ```
    /// use tracking_number::{Format, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse_as("73891051146", Format::JapanPostRegistered)?;
    /// assert_eq!(n.format(), Format::JapanPostRegistered);
    /// assert!(TrackingNumber::parse_as("986578788855", Format::S10).is_err());
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    pub fn parse_as(s: &str, format: Format) -> Result<TrackingNumber, ParseError> {
        precheck(s)?;
        let b = s.as_bytes();
        match index::best_of_format(format, b) {
            Some((entry, e)) if e.is_valid() => Ok(TrackingNumber::from_entry(b, entry)),
            Some((entry, Evidence::Mismatch { expected })) => {
                let found = ENTRIES[usize::from(entry)]
                    .layout()
                    .check_at(b.len())
                    .and_then(|at| b.get(at))
                    .map_or('?', |&c| c as char);
                Err(ParseError::new(ParseErrorKind::CheckDigit { format, expected, found }))
            }
            _ => Err(ParseError::new(ParseErrorKind::UnknownFormat)),
        }
    }

    /// Whether [`parse`](Self::parse) accepts `s` (canonical form). Cheaper: no error detail,
    /// no allocation.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert!(TrackingNumber::is_valid("RB123456785GB"));
    /// assert!(!TrackingNumber::is_valid("RB123456784GB"));
    /// assert!(!TrackingNumber::is_valid("rb123456785gb"));
    /// ```
    #[must_use]
    pub fn is_valid(s: &str) -> bool {
        answer::is_accepted(s.as_bytes())
    }

    /// The number as parsed (canonical electronic form).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse_lenient("rb 123 456 785 gb")?.number();
    /// assert_eq!(n.as_str(), "RB123456785GB");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(self.b()).unwrap_or("")
    }

    /// The number to show a person and to put in tracking URLs: the PIC of a USPS `420`
    /// routed barcode, the Ground/Express number inside FedEx 22/32/34-digit barcodes, the
    /// 14-digit DPD parcel number, the SSCC without its application identifier; otherwise
    /// the whole number.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("420787459400111206206406260787")?;
    /// assert_eq!(n.display_number(), "9400111206206406260787");
    /// assert_eq!(n.destination_zip(), Some("78745"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn display_number(&self) -> &str {
        let (a, b) = self.entry_ref().layout().display_span(self.b().len());
        self.as_str().get(a..b).unwrap_or("")
    }

    /// The format.
    ///
    /// ```
    /// use tracking_number::{Format, TrackingNumber};
    ///
    /// assert_eq!(TrackingNumber::parse("C11031500001879")?.format(), Format::Ontrac);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn format(&self) -> Format {
        self.entry_ref().format()
    }

    /// The carrier. For S10 numbers: the postal operator of the country code (`…GB` → Royal
    /// Mail, `…AT` → Österreichische Post, …), or [`Carrier::Upu`] for a country without
    /// one.
    ///
    /// ```
    /// use tracking_number::{Carrier, TrackingNumber};
    ///
    /// assert_eq!(TrackingNumber::parse("EE473124829CN")?.carrier(), Carrier::ChinaPost);
    /// assert_eq!(TrackingNumber::parse("EB000717618HK")?.carrier(), Carrier::HongkongPost);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn carrier(&self) -> Carrier {
        self.entry_ref().carrier(self.b())
    }

    /// The confidence of the layout this number was read with.
    ///
    /// ```
    /// use tracking_number::{Confidence, TrackingNumber};
    ///
    /// assert_eq!(TrackingNumber::parse("TBA000000000000")?.confidence(), Confidence::Medium);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn confidence(&self) -> Confidence {
        self.entry_ref().confidence()
    }

    /// The check-digit evidence: [`Evidence::Verified`] or [`Evidence::NoCheckDigit`] (a
    /// number never holds a mismatch).
    ///
    /// ```
    /// use tracking_number::{Evidence, TrackingNumber};
    ///
    /// assert_eq!(TrackingNumber::parse("1Z999AA10123456784")?.evidence(), Evidence::Verified);
    /// assert_eq!(TrackingNumber::parse("TBA000000000000")?.evidence(), Evidence::NoCheckDigit);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn evidence(&self) -> Evidence {
        self.entry_ref().layout().evidence(self.b())
    }

    /// The text of a field, if this format defines it.
    ///
    /// ```
    /// use tracking_number::{Field, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse("RB123456785GB")?;
    /// assert_eq!(n.field(Field::Serial), Some("12345678"));
    /// assert_eq!(n.field(Field::CheckDigit), Some("5"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn field(&self, field: Field) -> Option<&str> {
        let kind = match field {
            Field::Service => FieldKind::Service,
            Field::Shipper => FieldKind::Shipper,
            Field::Serial => FieldKind::Serial,
            Field::Package => FieldKind::Package,
            Field::Country => {
                return self
                    .span(FieldKind::Country)
                    .or_else(|| self.span(FieldKind::CountryNumeric))
            }
            Field::DestinationZip => FieldKind::Zip,
            Field::Depot => FieldKind::Depot,
            Field::CheckDigit => {
                let at = self.entry_ref().layout().check_at(self.b().len())?;
                return self.as_str().get(at..at + 1);
            }
        };
        self.span(kind)
    }

    fn span(&self, kind: FieldKind) -> Option<&str> {
        let (a, b) = self.entry_ref().layout().field(kind, self.b().len())?;
        self.as_str().get(a..b)
    }

    /// The service code and its name, where the format has one.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("9205590164917312751089")?;
    /// assert_eq!(n.service().unwrap().name(), Some("Priority Mail"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn service(&self) -> Option<Service<'_>> {
        let code = self.span(FieldKind::Service)?;
        Some(Service { code, name: self.entry_ref().def.services.name(code) })
    }

    /// The shipper / account / mailer / customer id, where the format has one.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::parse("041441760228964")?.shipper_id(), Some("0414417"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn shipper_id(&self) -> Option<&str> {
        self.span(FieldKind::Shipper)
    }

    /// The serial number, where the format has one.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::parse("EE473124829CN")?.serial(), Some("47312482"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn serial(&self) -> Option<&str> {
        self.span(FieldKind::Serial)
    }

    /// The package identifier, where the format has one.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::parse("1Z999AA10123456784")?.package_id(), Some("2345678"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn package_id(&self) -> Option<&str> {
        self.span(FieldKind::Package)
    }

    /// The ISO 3166-1 alpha-2 country of the issuing operator (S10) or of the destination
    /// (DPD barcode, from its numeric code).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::parse("RR287043775IN")?.country(), Some("IN"));
    /// assert_eq!(TrackingNumber::parse("008182709980000020033350276C")?.country(), Some("DE"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn country(&self) -> Option<&str> {
        if let Some(c) = self.span(FieldKind::Country) {
            return Some(c);
        }
        let numeric = self.span(FieldKind::CountryNumeric)?;
        country::by_numeric(numeric.as_bytes()).and_then(|c| core::str::from_utf8(&c.alpha2).ok())
    }

    /// The English short name of [`country`](Self::country) (ISO 3166-1).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::parse("RR287043775IN")?.country_name(), Some("India"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn country_name(&self) -> Option<&'static str> {
        country::by_alpha2(self.country()?.as_bytes()).map(|c| c.name)
    }

    /// The destination ZIP or postcode carried in routing barcodes (USPS `420` forms: 5 or
    /// 9 digits; FedEx 34-digit Express: 5 digits; DPD barcode: 7 characters).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("4201002334249200190132607600833457")?;
    /// assert_eq!(n.destination_zip(), Some("100233424"));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn destination_zip(&self) -> Option<&str> {
        self.span(FieldKind::Zip)
    }

    /// The check character, where the format has one.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::parse("09980000020033F")?.check_digit(), Some('F'));
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn check_digit(&self) -> Option<char> {
        let at = self.entry_ref().layout().check_at(self.b().len())?;
        self.b().get(at).map(|&b| b as char)
    }

    /// The digits the check digit was computed as if printed before the number: `"91"` for
    /// USPS legacy numbers of that convention, `"92"` for FedEx Ground Economy numbers (the
    /// USPS IMpb without its application identifier); `None` otherwise.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert_eq!(TrackingNumber::parse("71969010756003077385")?.implied_prefix(), Some("91"));
    /// assert_eq!(TrackingNumber::parse("03071790000523483741")?.implied_prefix(), None);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn implied_prefix(&self) -> Option<&'static str> {
        let implied = self.entry_ref().layout().check?.implied;
        (!implied.is_empty()).then(|| core::str::from_utf8(implied).ok()).flatten()
    }

    /// The carrier's public tracking page for this number, if it has one: a display adapter
    /// (no allocation until you format it).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("RB123456785GB")?;
    /// assert_eq!(
    ///     n.tracking_url().unwrap().to_string(),
    ///     "https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB"
    /// );
    /// assert!(TrackingNumber::parse("RR287043775IN")?.tracking_url().is_none());
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn tracking_url(&self) -> Option<TrackingUrl<'_>> {
        let template = self.entry_ref().url(self.b())?;
        Some(TrackingUrl::new(template, self.display_number()))
    }

    /// Whether groups of lengths `lens` are this number's printed grouping (the carrier's, as
    /// [`grouped`](Self::grouped) prints it), whatever separates them.
    pub(crate) fn printed_in(&self, lens: &[usize]) -> bool {
        let mut left = self.as_str().len();
        let sizes = self.entry_ref().layout().group.iter().map(|&g| usize::from(g));
        let mut mine = sizes.chain(core::iter::repeat(4)).map_while(|g| {
            let take = g.min(left);
            left -= take;
            (take > 0).then_some(take)
        });
        lens.iter().copied().eq(&mut mine)
    }

    /// The printed form, grouped with spaces (`1Z 999 AA1 01 2345 6784`, `RB 123 456 785 GB`,
    /// `9400 1112 0620 6406 2607 87`). A display adapter; see [`Grouped::encode`] for an
    /// allocation-free buffer version.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse("RB123456785GB")?;
    /// assert_eq!(n.grouped().to_string(), "RB 123 456 785 GB");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn grouped(&self) -> Grouped<'_> {
        Grouped::new(self.as_str(), self.entry_ref().layout().group)
    }
}

/// The checks of the canonical form, in order: empty, too long, bad character.
fn precheck(s: &str) -> Result<(), ParseError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(ParseError::new(ParseErrorKind::Empty));
    }
    if b.len() > MAX_LEN {
        return Err(ParseError::new(ParseErrorKind::TooLong { len: b.len(), max: MAX_LEN }));
    }
    if swar::all_digits_or_upper(b) {
        return Ok(());
    }
    if let Some(index) = b.iter().position(|c| !(c.is_ascii_digit() || c.is_ascii_uppercase())) {
        let ch = s.get(index..).and_then(|t| t.chars().next()).unwrap_or('\u{FFFD}');
        return Err(ParseError::new(ParseErrorKind::InvalidChar { ch, index }));
    }
    Ok(())
}

impl PartialEq for TrackingNumber {
    fn eq(&self, other: &Self) -> bool {
        self.b() == other.b() && self.format() == other.format()
    }
}

impl Eq for TrackingNumber {}

impl PartialOrd for TrackingNumber {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TrackingNumber {
    fn cmp(&self, other: &Self) -> Ordering {
        self.b().cmp(other.b()).then_with(|| self.format().cmp(&other.format()))
    }
}

impl Hash for TrackingNumber {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.b().hash(state);
        self.format().hash(state);
    }
}

impl fmt::Display for TrackingNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl fmt::Debug for TrackingNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TrackingNumber({:?}, {})", self.as_str(), self.format().as_str())
    }
}

impl AsRef<str> for TrackingNumber {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl FromStr for TrackingNumber {
    type Err = ParseError;

    /// Same as [`TrackingNumber::parse`].
    ///
    /// # Errors
    ///
    /// See [`TrackingNumber::parse`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TrackingNumber::parse(s)
    }
}

impl TryFrom<&str> for TrackingNumber {
    type Error = ParseError;

    /// Same as [`TrackingNumber::parse`].
    ///
    /// # Errors
    ///
    /// See [`TrackingNumber::parse`].
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        TrackingNumber::parse(s)
    }
}

/// serde keeps the reading the value holds: a number serialises as `"format_id:NUMBER"`
/// (`"ups_1z:1Z999AA10123456784"`), so it comes back as the same format even when the digits
/// fit several. A bare string (`"1Z999AA10123456784"`) is read too, as its best-ranked valid
/// reading, whatever its confidence (stored data was accepted once).
#[cfg(feature = "serde")]
impl serde::Serialize for TrackingNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{}:{}", self.format().as_str(), self.as_str()))
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for TrackingNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = TrackingNumber;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#"a tracking number: "format_id:NUMBER" or "NUMBER""#)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<TrackingNumber, E> {
                match v.split_once(':') {
                    Some((format, number)) => {
                        let format: Format = format.parse().map_err(E::custom)?;
                        TrackingNumber::parse_as(number, format).map_err(E::custom)
                    }
                    None => TrackingNumber::parse_lenient(v).map(|l| l.number()).or_else(|e| {
                        let mut buf = [0u8; MAX_LEN];
                        crate::normalize(v, &mut buf)
                            .and_then(|n| {
                                answer::best_valid(n.as_bytes())
                                    .map(|hit| TrackingNumber::from_hit(n.as_bytes(), hit))
                            })
                            .ok_or_else(|| E::custom(e))
                    }),
                }
            }
        }
        d.deserialize_str(V)
    }
}

/// The result of [`TrackingNumber::parse_lenient`] and [`TrackingNumber::parse_for`]: the
/// number and whether the input had to be normalised (case, separators, whitespace).
///
/// ```
/// use tracking_number::TrackingNumber;
///
/// let l = TrackingNumber::parse_lenient("RB123456785GB")?;
/// assert!(!l.was_normalized());
/// # Ok::<(), tracking_number::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Lenient {
    number: TrackingNumber,
    normalized: bool,
}

impl Lenient {
    /// The parsed number.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let n = TrackingNumber::parse_lenient("9400-1112-0620-6406-2607-87")?.number();
    /// assert_eq!(n.as_str(), "9400111206206406260787");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn number(&self) -> TrackingNumber {
        self.number
    }

    /// Whether the input differed from the canonical form.
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert!(TrackingNumber::parse_lenient("tba000000000000")?.was_normalized());
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn was_normalized(&self) -> bool {
        self.normalized
    }
}

/// Samples live here, beside the value type they build (the registry knows nothing of it).
impl Format {
    /// A valid number of this format built from `seed`: the same seed always gives the same
    /// number, different seeds spread over the format's layouts and characters. Meant for
    /// tests and demonstrations (the numbers are constructed, not real shipments).
    ///
    /// ```
    /// use tracking_number::{Format, TrackingNumber};
    ///
    /// for seed in 0..100 {
    ///     let n = Format::Ups1Z.sample(seed);
    ///     assert_eq!(n.format(), Format::Ups1Z);
    ///     assert_eq!(TrackingNumber::parse_as(n.as_str(), Format::Ups1Z), Ok(n));
    /// }
    /// assert_eq!(Format::S10.sample(7), Format::S10.sample(7));
    /// ```
    #[must_use]
    pub fn sample(self, seed: u64) -> TrackingNumber {
        let mut state = seed ^ 0x9E37_79B9_7F4A_7C15 ^ ((self as u64) << 32);
        let mut next = move || {
            // SplitMix64
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        let def = self.def();
        for _ in 0..64 {
            let k = (next() % def.entries.len() as u64) as usize;
            let Some(entry) = def.entries.get(k) else {
                continue;
            };
            let layout = &entry.layout;
            let span = u64::from(layout.max_len - layout.min_len) + 1;
            let n = usize::from(layout.min_len) + (next() % span) as usize;
            let built = layout.build(n, |class, _| {
                let choices = crate::layout::class_choices(class);
                choices[(next() % choices.len() as u64) as usize]
            });
            if let Some((bytes, len)) = built {
                let s = &bytes[..len];
                if let Some((entry, evidence)) = index::best_of_format(self, s) {
                    if evidence.is_valid() {
                        return TrackingNumber::from_entry(s, entry);
                    }
                }
            }
        }
        // every format's example is valid (tested); the loop above practically never ends
        let e = def.example.as_bytes();
        let entry = index::best_of_format(self, e).map_or(0, |(i, _)| i);
        TrackingNumber::from_entry(e, entry)
    }
}

#[allow(dead_code)]
const fn _assert_traits() {
    const fn copy_send_sync<T: Copy + Send + Sync + 'static>() {}
    copy_send_sync::<TrackingNumber>();
    copy_send_sync::<ParseError>();
    copy_send_sync::<Lenient>();
}
