//! The [`TrackingNumber`] value type, its fields and its parse errors.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::str::FromStr;

use crate::carrier::{Carrier, Confidence, Format, ROWS};
use crate::detect::{self, Candidates, Evidence};
use crate::format::{Grouped, TrackingUrl};
use crate::normalize::{normalize_detailed, LENIENT_MAX_INPUT};
use crate::spec::{resolve, FieldKind, RowRef, MAX_LEN};

/// A named field of a tracking number; see [`TrackingNumber::field`].
///
/// Which fields a number has depends on its format (the crate's specification lists the
/// layouts); a field a format does not define is `None`.
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
    /// Depot or parcel centre (DPD, DHL Paket, GLS).
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

/// A carrier tracking number, valid for at least one known format.
///
/// `Copy`, inline ASCII storage (at most [`TrackingNumber::MAX_LEN`] bytes), no allocation.
/// Obtain one with [`parse`](Self::parse) (strict: the canonical electronic form, upper case,
/// no separators), [`parse_lenient`](Self::parse_lenient) (printed forms), `FromStr`,
/// `TryFrom<&str>`, or from a [`Candidate`](crate::Candidate).
///
/// [`as_str`](Self::as_str) and `Display` give the string as parsed. For barcode forms that
/// embed the customer-facing number (USPS `420`+ZIP+PIC, FedEx 22/32/34-digit barcodes, the
/// DPD 28-character barcode) `as_str` is the full barcode string and
/// [`display_number`](Self::display_number) is the number to show and to put in URLs.
///
/// Equality, ordering and hashing are by string first, then by format (the same digits read
/// as two formats are two values).
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
    row: u8,
}

impl TrackingNumber {
    /// The longest normalised input any built-in format accepts (DHL eCommerce references).
    pub const MAX_LEN: usize = MAX_LEN;

    pub(crate) fn from_parts(bytes: [u8; MAX_LEN], len: u8, row: u8) -> Self {
        TrackingNumber { bytes, len, row }
    }

    fn from_slice(s: &[u8], row: u8) -> Self {
        let mut bytes = [0u8; MAX_LEN];
        bytes[..s.len()].copy_from_slice(s);
        TrackingNumber {
            bytes,
            len: s.len() as u8,
            row,
        }
    }

    fn row_ref(&self) -> &'static RowRef {
        &ROWS[self.row as usize]
    }

    fn b(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// Parses the canonical electronic form (ASCII upper case, no spaces or separators) and
    /// returns the best-ranked valid reading (see [`detect`](crate::detect) for the rule).
    ///
    /// # Errors
    ///
    /// * [`ParseErrorKind::Empty`] for `""`;
    /// * [`ParseErrorKind::TooLong`] for more than [`MAX_LEN`](Self::MAX_LEN) bytes (checked
    ///   first, in O(1));
    /// * [`ParseErrorKind::InvalidChar`] for anything outside `0-9A-Z`, e.g. `"1z999aa…"`
    ///   or `"1Z 999"` (use [`parse_lenient`](Self::parse_lenient) for those);
    /// * [`ParseErrorKind::CheckDigit`] when the structure fits but every reading's check
    ///   digit is wrong, e.g. `"1Z999AA10123456785"`;
    /// * [`ParseErrorKind::UnknownFormat`] when no format fits, e.g. `"ABC"`.
    ///
    /// ```
    /// use tracking_number::{Format, TrackingNumber};
    ///
    /// let n = TrackingNumber::parse("9400111206206406260787")?;
    /// assert_eq!(n.format(), Format::UspsImpb);
    /// let err = TrackingNumber::parse("1Z999AA10123456785").unwrap_err();
    /// assert_eq!(err.to_string(), "check digit mismatch: expected '4', found '5'");
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    pub fn parse(s: &str) -> Result<TrackingNumber, ParseError> {
        let b = s.as_bytes();
        // a valid reading implies a non-empty, short, `0-9A-Z` input, so the character
        // checks (and their error detail) are only needed on failure
        if let Some(row) = detect::best_valid(b) {
            return Ok(TrackingNumber::from_slice(b, row));
        }
        precheck(s)?;
        Err(ParseError { kind: explain(b) })
    }

    /// Parses `s` as one particular format.
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
    /// // 12 digits that are both a FedEx Express number and a Purolator PIN candidate:
    /// let n = TrackingNumber::parse_as("986578788855", Format::FedexExpress)?;
    /// assert_eq!(n.format(), Format::FedexExpress);
    /// assert!(TrackingNumber::parse_as("986578788855", Format::S10).is_err());
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    pub fn parse_as(s: &str, format: Format) -> Result<TrackingNumber, ParseError> {
        precheck(s)?;
        let b = s.as_bytes();
        match detect::match_format(format, b) {
            Some((row, Evidence::Verified | Evidence::NoCheckDigit)) => {
                Ok(TrackingNumber::from_slice(b, row))
            }
            Some((row, Evidence::Mismatch { expected })) => Err(ParseError {
                kind: mismatch_kind(&ROWS[row as usize], b, expected),
            }),
            None => Err(ParseError {
                kind: ParseErrorKind::UnknownFormat,
            }),
        }
    }

    /// Parses a printed or typed form: surrounding whitespace is trimmed, lower case is
    /// upper-cased, and spaces, tabs, dashes, dots and no-break spaces inside are dropped.
    /// The result says whether anything was changed.
    ///
    /// Inputs longer than 160 bytes are rejected in O(1).
    ///
    /// # Errors
    ///
    /// As [`parse`](Self::parse), after normalisation: `"  "` is
    /// [`ParseErrorKind::Empty`]; `"1Z/999"` is [`ParseErrorKind::InvalidChar`] (the index
    /// is into the original input); more than [`MAX_LEN`](Self::MAX_LEN) characters left
    /// after normalisation (or an input over 160 bytes) is [`ParseErrorKind::TooLong`].
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
        if s.len() > LENIENT_MAX_INPUT {
            return Err(ParseError {
                kind: ParseErrorKind::TooLong {
                    len: s.len(),
                    max: LENIENT_MAX_INPUT,
                },
            });
        }
        let mut buf = [0u8; MAX_LEN];
        let (n, changed) = normalize_detailed(s, &mut buf).map_err(|kind| ParseError { kind })?;
        let norm = core::str::from_utf8(&buf[..n]).unwrap_or("");
        let number = TrackingNumber::parse(norm)?;
        Ok(Lenient {
            number,
            normalized: changed,
        })
    }

    /// Whether `s` is a valid number of some format (strict form). Cheaper than
    /// [`parse`](Self::parse): no ranking, no error detail, no allocation.
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
        detect::is_valid(s.as_bytes())
    }

    /// Every format `s` fits, ranked; the same as [`detect`](crate::detect).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert!(TrackingNumber::candidates("986578788855").len() >= 2);
    /// ```
    #[must_use]
    pub fn candidates(s: &str) -> Candidates {
        detect::detect(s)
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
    /// 14-digit DPD parcel number; otherwise the whole number.
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
        let n = self.len as usize;
        match self.row_ref().row.display {
            Some((a, b)) => self
                .as_str()
                .get(resolve(a, n)..resolve(b, n))
                .unwrap_or(""),
            None => self.as_str(),
        }
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
        self.row_ref().def.format
    }

    /// The carrier. For S10 numbers: the postal operator of the country code (`…GB` → Royal
    /// Mail, `…US` → USPS, …), or [`Carrier::Upu`] for countries outside the crate's table.
    ///
    /// ```
    /// use tracking_number::{Carrier, TrackingNumber};
    ///
    /// assert_eq!(TrackingNumber::parse("EE473124829CN")?.carrier(), Carrier::ChinaPost);
    /// assert_eq!(TrackingNumber::parse("EB000717618HK")?.carrier(), Carrier::Upu);
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn carrier(&self) -> Carrier {
        self.row_ref().carrier(self.b())
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
        self.row_ref().confidence()
    }

    /// Whether the number carries a check digit that was verified (otherwise the format
    /// has none, or an unconfirmed one that did not pass).
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// assert!(TrackingNumber::parse("1Z999AA10123456784")?.is_check_verified());
    /// assert!(!TrackingNumber::parse("TBA000000000000")?.is_check_verified());
    /// # Ok::<(), tracking_number::ParseError>(())
    /// ```
    #[must_use]
    pub fn is_check_verified(&self) -> bool {
        detect::evidence(self.row_ref(), self.b()) == Evidence::Verified
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
        let n = self.len as usize;
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
                let at = resolve(self.row_ref().row.check?.at, n);
                return self.as_str().get(at..at + 1);
            }
        };
        self.span(kind)
    }

    fn span(&self, kind: FieldKind) -> Option<&str> {
        let (a, b) = self.row_ref().field(kind, self.len as usize)?;
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
        Some(Service {
            code,
            name: self.row_ref().def.services.name(code),
        })
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

    /// The ISO 3166-1 alpha-2 country of the issuing operator (S10) or destination (DPD
    /// barcode, mapped from the numeric code for the countries the crate knows).
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
        iso_numeric_to_alpha2(numeric)
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
        let at = resolve(self.row_ref().row.check?.at, self.len as usize);
        self.b().get(at).map(|&b| b as char)
    }

    /// The USPS legacy check convention: `Some("91")` when the check digit was computed as
    /// if the application identifier `91` preceded the number, `None` otherwise.
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
        match self.row_ref().row.check {
            Some(c) if c.algo == crate::spec::Algo::Gs1Implied91 => Some("91"),
            _ => None,
        }
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
        let template = self.row_ref().url(self.b())?;
        Some(TrackingUrl::new(template, self.display_number()))
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
        Grouped::new(self.as_str(), self.row_ref().row.group)
    }
}

fn precheck(s: &str) -> Result<(), ParseError> {
    let b = s.as_bytes();
    if b.is_empty() {
        return Err(ParseError {
            kind: ParseErrorKind::Empty,
        });
    }
    if b.len() > MAX_LEN {
        return Err(ParseError {
            kind: ParseErrorKind::TooLong {
                len: b.len(),
                max: MAX_LEN,
            },
        });
    }
    if let Some(index) = b
        .iter()
        .position(|c| !(c.is_ascii_digit() || c.is_ascii_uppercase()))
    {
        let ch = s
            .get(index..)
            .and_then(|t| t.chars().next())
            .unwrap_or('\u{FFFD}');
        return Err(ParseError {
            kind: ParseErrorKind::InvalidChar { ch, index },
        });
    }
    Ok(())
}

/// Why a well-formed (`0-9A-Z`, right length range) string did not parse.
fn explain(b: &[u8]) -> ParseErrorKind {
    let s = core::str::from_utf8(b).unwrap_or("");
    match detect::detect(s).best() {
        Some(c) => match c.evidence() {
            Evidence::Mismatch { expected } => ParseErrorKind::CheckDigit {
                format: c.format(),
                expected,
                found: c.found_check().unwrap_or('?'),
            },
            _ => ParseErrorKind::UnknownFormat,
        },
        None => ParseErrorKind::UnknownFormat,
    }
}

fn mismatch_kind(r: &RowRef, b: &[u8], expected: char) -> ParseErrorKind {
    let found = r
        .row
        .check
        .and_then(|c| b.get(resolve(c.at, b.len())))
        .map_or('?', |&c| c as char);
    ParseErrorKind::CheckDigit {
        format: r.def.format,
        expected,
        found,
    }
}

/// ISO 3166-1 numeric → alpha-2 for the countries DPD barcodes commonly carry.
fn iso_numeric_to_alpha2(code: &str) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("040", "AT"),
        ("056", "BE"),
        ("100", "BG"),
        ("191", "HR"),
        ("203", "CZ"),
        ("208", "DK"),
        ("233", "EE"),
        ("246", "FI"),
        ("250", "FR"),
        ("276", "DE"),
        ("300", "GR"),
        ("348", "HU"),
        ("372", "IE"),
        ("380", "IT"),
        ("428", "LV"),
        ("440", "LT"),
        ("442", "LU"),
        ("528", "NL"),
        ("578", "NO"),
        ("616", "PL"),
        ("620", "PT"),
        ("642", "RO"),
        ("703", "SK"),
        ("705", "SI"),
        ("724", "ES"),
        ("752", "SE"),
        ("756", "CH"),
        ("826", "GB"),
        ("840", "US"),
    ];
    TABLE.iter().find(|(n, _)| *n == code).map(|(_, a)| *a)
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
        self.b()
            .cmp(other.b())
            .then_with(|| self.format().cmp(&other.format()))
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
        write!(
            f,
            "TrackingNumber({:?}, {})",
            self.as_str(),
            self.format().as_str()
        )
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

#[cfg(feature = "serde")]
impl serde::Serialize for TrackingNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for TrackingNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = TrackingNumber;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a tracking number string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<TrackingNumber, E> {
                TrackingNumber::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

/// The result of [`TrackingNumber::parse_lenient`]: the number and whether the input had to
/// be normalised (case, separators, surrounding whitespace).
///
/// ```
/// use tracking_number::TrackingNumber;
///
/// let l = TrackingNumber::parse_lenient("RB123456785GB")?;
/// assert!(!l.was_normalized());
/// # Ok::<(), tracking_number::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

/// What went wrong parsing a tracking number; see [`ParseError::kind`].
///
/// New kinds may be added in minor releases.
///
/// ```
/// use tracking_number::{Format, ParseErrorKind, TrackingNumber};
///
/// let err = TrackingNumber::parse("1Z999AA10123456785").unwrap_err();
/// assert_eq!(
///     err.kind(),
///     ParseErrorKind::CheckDigit { format: Format::Ups1Z, expected: '4', found: '5' }
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// Nothing to parse.
    Empty,
    /// Longer than any format (checked before anything else).
    TooLong {
        /// The input length in bytes.
        len: usize,
        /// The longest accepted.
        max: usize,
    },
    /// A character outside `0-9A-Z` (strict) or outside the lenient alphabet.
    InvalidChar {
        /// The character.
        ch: char,
        /// Its byte index in the input.
        index: usize,
    },
    /// The characters are fine but no format has this structure.
    UnknownFormat,
    /// The structure of `format` fits but the check character is wrong.
    CheckDigit {
        /// The best-ranked format that fits structurally.
        format: Format,
        /// The check character the number calls for.
        expected: char,
        /// The check character it carries.
        found: char,
    },
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseErrorKind::Empty => f.write_str("empty tracking number"),
            ParseErrorKind::TooLong { len, max } => {
                write!(f, "too long: {len} bytes, at most {max} allowed")
            }
            ParseErrorKind::InvalidChar { ch, index } => {
                write!(f, "invalid character {ch:?} at index {index}")
            }
            ParseErrorKind::UnknownFormat => f.write_str("not a known tracking number format"),
            ParseErrorKind::CheckDigit {
                expected, found, ..
            } => {
                write!(
                    f,
                    "check digit mismatch: expected '{expected}', found '{found}'"
                )
            }
        }
    }
}

/// The error of [`TrackingNumber::parse`] and friends: `Copy`, cheap, with a
/// [`kind`](Self::kind) carrying positions and expected/found values.
///
/// ```
/// use tracking_number::TrackingNumber;
///
/// let err = TrackingNumber::parse("1Z 999").unwrap_err();
/// assert_eq!(err.to_string(), "invalid character ' ' at index 2");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseError {
    kind: ParseErrorKind,
}

impl ParseError {
    /// The kind of error.
    ///
    /// ```
    /// use tracking_number::{ParseErrorKind, TrackingNumber};
    ///
    /// assert_eq!(TrackingNumber::parse("").unwrap_err().kind(), ParseErrorKind::Empty);
    /// ```
    #[must_use]
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The expected check character, for a check-digit mismatch ("did you mean …?").
    ///
    /// ```
    /// use tracking_number::TrackingNumber;
    ///
    /// let err = TrackingNumber::parse("986578788856").unwrap_err();
    /// assert_eq!(err.expected_check(), Some('5'));
    /// ```
    #[must_use]
    pub fn expected_check(&self) -> Option<char> {
        match self.kind {
            ParseErrorKind::CheckDigit { expected, .. } => Some(expected),
            _ => None,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.kind, f)
    }
}

impl core::error::Error for ParseError {}

#[allow(dead_code)]
const fn _assert_traits() {
    const fn copy_send_sync<T: Copy + Send + Sync + 'static>() {}
    copy_send_sync::<TrackingNumber>();
    copy_send_sync::<ParseError>();
    copy_send_sync::<Lenient>();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dpd_country_mapping() {
        assert_eq!(iso_numeric_to_alpha2("276"), Some("DE"));
        assert_eq!(iso_numeric_to_alpha2("999"), None);
    }
}
