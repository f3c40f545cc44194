//! Values produced by custom formats: generated numbers, parse results and generation inputs.

use core::fmt;

use super::{Date, DateStamp, MAX_LEN};
use crate::check::CheckChars;
use crate::serde_str::serde_str;

/// A number of a custom format: `Copy`, inline ASCII (at most [`MAX_LEN`] bytes), no
/// allocation. Obtained from the generation functions or from parsing.
///
/// serde stores it as its string and reads back any printable-ASCII string of 1 to
/// [`MAX_LEN`] bytes: a number carries no format, so re-validate it with
/// [`CustomFormat::parse`](super::CustomFormat::parse) if it comes from outside.
///
/// ```
/// use tracking_number::custom::CustomFormat;
///
/// let f: CustomFormat = "ORD-{seq:4}{check:damm}".parse()?;
/// let n = f.from_sequence(42, None)?;
/// assert_eq!(n.as_str(), "ORD-00427");
/// assert_eq!(n.to_string(), "ORD-00427");
/// assert_eq!(n.len(), 9);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct CustomNumber {
    bytes: [u8; MAX_LEN],
    len: u8,
}

impl CustomNumber {
    /// From printable ASCII bytes of at most [`MAX_LEN`]; the caller guarantees that.
    #[cfg(feature = "serde")]
    fn from_ascii(src: &[u8]) -> Self {
        let mut bytes = [0u8; MAX_LEN];
        let len = src.len().min(MAX_LEN);
        bytes[..len].copy_from_slice(&src[..len]);
        CustomNumber { bytes, len: len as u8 }
    }

    pub(crate) const fn from_buf(bytes: [u8; MAX_LEN], len: usize) -> Self {
        CustomNumber { bytes, len: if len > MAX_LEN { MAX_LEN as u8 } else { len as u8 } }
    }

    /// The number as a string slice.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "A{seq:3}".parse()?;
    /// assert_eq!(f.from_sequence(7, None)?.as_str(), "A007");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        // Only printable ASCII is ever stored.
        core::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    /// The number as bytes.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "A{seq:3}".parse()?;
    /// assert_eq!(f.from_sequence(7, None)?.as_bytes(), b"A007");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        let (head, _) = self.bytes.split_at(usize::from(self.len).min(MAX_LEN));
        head
    }

    /// Number of characters (bytes).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "A{seq:3}".parse()?;
    /// assert_eq!(f.from_sequence(7, None)?.len(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    #[allow(clippy::len_without_is_empty)] // never empty
    pub const fn len(&self) -> usize {
        self.len as usize
    }

    /// Copies the number into `buf` and returns it there as a `&str`, or `None` if `buf` is
    /// too short.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "A{seq:3}".parse()?;
    /// let mut buf = [0u8; 16];
    /// assert_eq!(f.from_sequence(7, None)?.write_into(&mut buf), Some("A007"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn write_into<'b>(&self, buf: &'b mut [u8]) -> Option<&'b str> {
        let src = self.as_bytes();
        let dst = buf.get_mut(..src.len())?;
        dst.copy_from_slice(src);
        core::str::from_utf8(dst).ok()
    }
}

// Comparisons look at the number only, never at the bytes past its length.
impl PartialEq for CustomNumber {
    fn eq(&self, other: &Self) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for CustomNumber {}

impl PartialOrd for CustomNumber {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CustomNumber {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl core::hash::Hash for CustomNumber {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

impl fmt::Display for CustomNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CustomNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CustomNumber({:?})", self.as_str())
    }
}

impl AsRef<str> for CustomNumber {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for CustomNumber {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for CustomNumber {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

// deserialises any printable-ASCII string of 1 to `MAX_LEN` bytes (see the type docs)
serde_str!(
    CustomNumber,
    "1 to 64 printable ASCII characters",
    as_str,
    with(|v| {
        let b = v.as_bytes();
        let printable = b.iter().all(|c| (b' '..=b'~').contains(c));
        if b.is_empty() || b.len() > MAX_LEN || !printable {
            return Err(crate::serde_str::Invalid);
        }
        Ok(CustomNumber::from_ascii(b))
    })
);

/// A number taken apart by [`CustomFormat::parse`](super::CustomFormat::parse): the canonical
/// number and its segments, with the sequence number un-permuted. `Copy`, no allocation.
///
/// ```
/// use tracking_number::custom::{CustomFormat, Date};
///
/// let f = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse::<CustomFormat>()?.with_key(7);
/// let d = Date::new(2024, 3, 5).unwrap();
/// let n = f.from_sequence(42, Some(d))?;
/// let p = f.parse(n.as_str())?;
/// assert_eq!(p.sequence(), Some(42));
/// assert_eq!(p.date().unwrap().to_string(), "2024-03");
/// assert_eq!(p.number(), n);
/// assert!(!p.was_normalized());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParsedNumber {
    pub(crate) number: CustomNumber,
    pub(crate) date: Option<DateStamp>,
    pub(crate) sequence: Option<u64>,
    pub(crate) printed_sequence: Option<u64>,
    pub(crate) random: [u8; MAX_LEN],
    pub(crate) random_len: u8,
    pub(crate) check: Option<CheckChars>,
    pub(crate) normalised: bool,
}

impl ParsedNumber {
    /// Nothing parsed yet: the start value the readers fill in.
    pub(crate) const EMPTY: ParsedNumber = ParsedNumber {
        number: CustomNumber::from_buf([0; MAX_LEN], 0),
        date: None,
        sequence: None,
        printed_sequence: None,
        random: [0; MAX_LEN],
        random_len: 0,
        check: None,
        normalised: false,
    };
}

impl ParsedNumber {
    /// The number in canonical form (upper case, separators in place).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "AB-{rand:4:hex}".parse()?;
    /// assert_eq!(f.parse_lenient("ab 00ff")?.number().as_str(), "AB-00FF");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn number(&self) -> CustomNumber {
        self.number
    }

    /// The date segment's stamp, if the format has one.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{date:YYDDD}{seq:3}".parse()?;
    /// assert_eq!(f.parse("24060001")?.date().unwrap().to_string(), "2024-02-29");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn date(&self) -> Option<DateStamp> {
        self.date
    }

    /// The full date, when the date segment records the day.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, Date};
    ///
    /// let f: CustomFormat = "{date:YYMMDD}{seq:3}".parse()?;
    /// assert_eq!(f.parse("240229001")?.full_date(), Date::new(2024, 2, 29));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn full_date(&self) -> Option<Date> {
        match self.date {
            Some(d) => d.date(),
            None => None,
        }
    }

    /// The sequence number (the counter, un-permuted), if the format has a seq segment.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = "{seq:5:perm}".parse::<CustomFormat>()?.with_key(7);
    /// let n = f.from_sequence(3, None)?;
    /// assert_eq!(f.parse(n.as_str())?.sequence(), Some(3));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn sequence(&self) -> Option<u64> {
        self.sequence
    }

    /// The sequence digits as printed (equal to [`sequence`](Self::sequence) unless the
    /// segment is permuted).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:5}".parse()?;
    /// assert_eq!(f.parse("00042")?.printed_sequence(), Some(42));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn printed_sequence(&self) -> Option<u64> {
        self.printed_sequence
    }

    /// The characters of all rand segments, concatenated (empty if there are none).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{rand:2:upper}-{rand:3}".parse()?;
    /// assert_eq!(f.parse("XY-123")?.random(), "XY123");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn random(&self) -> &str {
        let len = usize::from(self.random_len).min(MAX_LEN);
        core::str::from_utf8(&self.random[..len]).unwrap_or("")
    }

    /// The check character(s), if the format has a check segment.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:3}{check:luhn}".parse()?;
    /// assert_eq!(f.parse("7898")?.check().unwrap(), '8');
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn check(&self) -> Option<CheckChars> {
        self.check
    }

    /// Whether lenient parsing had to change the input (case, separators, surrounding
    /// space) to obtain the canonical number. Always `false` for strict parsing.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "AB-{rand:4:hex}".parse()?;
    /// assert!(f.parse_lenient("AB00FF")?.was_normalized());
    /// assert!(!f.parse_lenient("AB-00FF")?.was_normalized());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn was_normalized(&self) -> bool {
        self.normalised
    }
}

impl fmt::Debug for ParsedNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParsedNumber")
            .field("number", &self.number.as_str())
            .field("date", &self.date)
            .field("sequence", &self.sequence)
            .field("random", &self.random())
            .field("check", &self.check)
            .field("normalised", &self.normalised)
            .finish()
    }
}

/// Serialises as `{"number", "date", "sequence", "printed_sequence", "random", "check",
/// "normalised"}` (absent segments as `null`). Output only: a parse result is re-obtained by
/// parsing the number, so there is no `Deserialize`.
#[cfg(feature = "serde")]
impl serde::Serialize for ParsedNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("ParsedNumber", 7)?;
        s.serialize_field("number", &self.number)?;
        s.serialize_field("date", &self.date)?;
        s.serialize_field("sequence", &self.sequence)?;
        s.serialize_field("printed_sequence", &self.printed_sequence)?;
        let random = if self.random_len == 0 { None } else { Some(self.random()) };
        s.serialize_field("random", &random)?;
        s.serialize_field("check", &self.check)?;
        s.serialize_field("normalised", &self.normalised)?;
        s.end()
    }
}

/// The inputs of [`CustomFormat::from_parts`](super::CustomFormat::from_parts): a date, a
/// sequence number and already-drawn random characters, each needed only if the format has
/// the corresponding segment (extra parts are ignored).
///
/// ```
/// use tracking_number::custom::{CustomFormat, Date, Parts};
///
/// let f: CustomFormat = "{date:YYMM}-{rand:4:upper}".parse()?;
/// let parts = Parts::new().date(Date::new(2024, 3, 5).unwrap()).random("KXQZ");
/// assert_eq!(f.from_parts(&parts)?.as_str(), "2403-KXQZ");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Parts<'a> {
    pub(crate) date: Option<Date>,
    pub(crate) sequence: Option<u64>,
    pub(crate) random: Option<&'a [u8]>,
}

impl<'a> Parts<'a> {
    /// No parts yet.
    ///
    /// ```
    /// use tracking_number::custom::Parts;
    ///
    /// assert_eq!(Parts::new(), Parts::default());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Parts { date: None, sequence: None, random: None }
    }

    /// Sets the date.
    ///
    /// ```
    /// use tracking_number::custom::{Date, Parts};
    ///
    /// let _ = Parts::new().date(Date::new(2024, 1, 1).unwrap());
    /// ```
    #[must_use]
    pub const fn date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets the sequence number (the counter; the format permutes it if its segment says so).
    ///
    /// ```
    /// use tracking_number::custom::Parts;
    ///
    /// let _ = Parts::new().sequence(42);
    /// ```
    #[must_use]
    pub const fn sequence(mut self, n: u64) -> Self {
        self.sequence = Some(n);
        self
    }

    /// Sets the characters of all rand segments, concatenated in order.
    ///
    /// ```
    /// use tracking_number::custom::Parts;
    ///
    /// let _ = Parts::new().random("ABC123");
    /// ```
    #[must_use]
    pub const fn random(mut self, chars: &'a str) -> Self {
        self.random = Some(chars.as_bytes());
        self
    }
}
