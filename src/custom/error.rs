//! Errors of the custom-format module: one type per concern.

use core::fmt;

use crate::check::{self, CheckChars};

/// The kind of a segment of a custom format. Ids (`as_str()`) are the pattern names.
///
/// ```
/// use tracking_number::custom::SegmentKind;
///
/// assert_eq!(SegmentKind::Sequence.as_str(), "seq");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SegmentKind {
    /// Literal text.
    #[cfg_attr(feature = "serde", serde(rename = "literal"))]
    Literal,
    /// `{date:…}`.
    #[cfg_attr(feature = "serde", serde(rename = "date"))]
    Date,
    /// `{seq:…}`.
    #[cfg_attr(feature = "serde", serde(rename = "seq"))]
    Sequence,
    /// `{rand:…}`.
    #[cfg_attr(feature = "serde", serde(rename = "rand"))]
    Random,
    /// `{check:…}`.
    #[cfg_attr(feature = "serde", serde(rename = "check"))]
    Check,
}

impl SegmentKind {
    /// The stable id: `literal`, `date`, `seq`, `rand`, `check`.
    ///
    /// ```
    /// use tracking_number::custom::SegmentKind;
    ///
    /// assert_eq!(SegmentKind::Random.as_str(), "rand");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Literal => "literal",
            SegmentKind::Date => "date",
            SegmentKind::Sequence => "seq",
            SegmentKind::Random => "rand",
            SegmentKind::Check => "check",
        }
    }
}

impl fmt::Display for SegmentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

// ---------------------------------------------------------------------------------------------
// PatternError
// ---------------------------------------------------------------------------------------------

/// What is wrong with a pattern string or a builder call sequence.
///
/// ```
/// use tracking_number::custom::{CustomFormat, PatternErrorKind};
///
/// let err = "ACME-{seq:0}".parse::<CustomFormat>().unwrap_err();
/// assert_eq!(err.kind(), PatternErrorKind::InvalidLength { max: 19 });
/// assert_eq!(err.position(), Some(10));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PatternErrorKind {
    /// The pattern is empty.
    Empty,
    /// A `{` without its `}`.
    UnclosedBrace,
    /// A `}` outside a segment (write `}}` for a literal brace).
    UnmatchedBrace,
    /// A literal byte that is not printable ASCII (space to `~`).
    InvalidLiteral {
        /// The byte (the first byte of a multi-byte character).
        byte: u8,
    },
    /// `{name…}` with a name other than `date`, `seq`, `rand`, `check`.
    UnknownSegment,
    /// A segment without its required argument, e.g. `{seq}`.
    MissingArgument,
    /// One argument too many, e.g. `{date:YYMM:x}`.
    UnexpectedArgument,
    /// A length that is not a number from 1 to `max` (no leading zeros).
    InvalidLength {
        /// The largest length allowed for this segment.
        max: u8,
    },
    /// Not one of `YYYYMMDD`, `YYMMDD`, `YYMM`, `YYDDD`, `YYWW`.
    UnknownDateFormat,
    /// A `seq` option other than `perm`.
    UnknownOption,
    /// Not a known alphabet name nor a bracketed alphabet.
    UnknownAlphabet,
    /// A user alphabet that is not 2 to 36 distinct characters from `0-9A-Z`.
    InvalidAlphabet,
    /// Not an algorithm id of [`check::Algorithm`].
    UnknownAlgorithm,
    /// A second `date`, `seq` or `check` segment (one of each at most).
    Duplicate {
        /// Which kind of segment was repeated.
        segment: SegmentKind,
    },
    /// A check segment with no date, sequence or random character before it.
    CheckWithoutPayload,
    /// The check algorithm does not accept a character the segments before it can produce
    /// (e.g. `luhn` after letters).
    CheckAlphabet {
        /// A character the algorithm rejects.
        byte: u8,
    },
    /// The check algorithm is defined for one payload length only and the segments before
    /// it have another (UPU `s10` needs exactly 8 characters).
    CheckLength {
        /// Characters the check would cover.
        len: usize,
        /// Characters the algorithm needs.
        expected: usize,
    },
    /// Numbers would be longer than [`MAX_LEN`](super::MAX_LEN) characters.
    TooLong,
    /// More than [`MAX_SEGMENTS`](super::MAX_SEGMENTS) segments.
    TooManySegments,
    /// Literal text and user alphabets together exceed the inline storage (64 bytes).
    StorageFull,
    /// The pattern has no `date`, `seq` or `rand` segment, so it describes one number.
    NoVariablePart,
    /// The format holds fewer numbers per date bucket than the volume asked of the builder.
    CapacityTooSmall {
        /// Distinct numbers per date bucket (saturated at `u128::MAX`).
        capacity: u128,
        /// The volume requested with the builder's `volume`.
        volume: u64,
    },
    /// An id that is not 1 to 32 characters from `a-z`, `0-9` and `_`.
    InvalidId,
}

impl fmt::Display for PatternErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PatternErrorKind::Empty => f.write_str("empty pattern"),
            PatternErrorKind::UnclosedBrace => f.write_str("unclosed '{'"),
            PatternErrorKind::UnmatchedBrace => {
                f.write_str("unmatched '}' (write '}}' for a literal brace)")
            }
            PatternErrorKind::InvalidLiteral { byte } => {
                write!(f, "invalid literal byte 0x{byte:02x}: expected printable ascii")
            }
            PatternErrorKind::UnknownSegment => {
                f.write_str("unknown segment: expected date, seq, rand or check")
            }
            PatternErrorKind::MissingArgument => f.write_str("missing argument"),
            PatternErrorKind::UnexpectedArgument => f.write_str("unexpected argument"),
            PatternErrorKind::InvalidLength { max } => {
                write!(f, "invalid length: expected 1 to {max}")
            }
            PatternErrorKind::UnknownDateFormat => {
                f.write_str("unknown date format: expected YYYYMMDD, YYMMDD, YYMM, YYDDD or YYWW")
            }
            PatternErrorKind::UnknownOption => f.write_str("unknown option: expected perm"),
            PatternErrorKind::UnknownAlphabet => f.write_str(
                "unknown alphabet: expected digits, upper, upper_all, alnum, alnum_all, \
                 crockford, hex or [CHARS]",
            ),
            PatternErrorKind::InvalidAlphabet => f.write_str(
                "invalid alphabet: expected 2 to 36 distinct characters from 0-9 and A-Z",
            ),
            PatternErrorKind::UnknownAlgorithm => f.write_str(
                "unknown check algorithm: expected luhn, gs1, damm, verhoeff, mod11_2, \
                 mod11_10, mod37_2, mod37_36, mod97_10, ups, s10, fedex, mod7 or deutsche_post",
            ),
            PatternErrorKind::Duplicate { segment } => {
                write!(f, "second {segment} segment: at most one is allowed")
            }
            PatternErrorKind::CheckWithoutPayload => {
                f.write_str("check segment has no date, seq or rand character before it")
            }
            PatternErrorKind::CheckAlphabet { byte } => write!(
                f,
                "check algorithm does not accept '{}', which the segments before it can produce",
                byte as char
            ),
            PatternErrorKind::CheckLength { len, expected } => write!(
                f,
                "check algorithm needs {expected} characters before it, the segments give {len}"
            ),
            PatternErrorKind::TooLong => {
                write!(f, "numbers would be longer than {} characters", super::MAX_LEN)
            }
            PatternErrorKind::TooManySegments => {
                write!(f, "more than {} segments", super::MAX_SEGMENTS)
            }
            PatternErrorKind::StorageFull => {
                f.write_str("literal text and alphabets exceed 64 bytes")
            }
            PatternErrorKind::NoVariablePart => {
                f.write_str("pattern has no date, seq or rand segment")
            }
            PatternErrorKind::CapacityTooSmall { capacity, volume } => write!(
                f,
                "format holds {capacity} numbers per date bucket, fewer than the requested {volume}"
            ),
            PatternErrorKind::InvalidId => {
                f.write_str("invalid id: expected 1 to 32 characters from a-z, 0-9 and _")
            }
        }
    }
}

/// Where a pattern error is: serialised as `null`, `{"byte": n}` or `{"segment": n}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
enum Location {
    None,
    Byte(usize),
    Segment(usize),
}

/// A pattern string or builder sequence that does not describe a valid format.
///
/// For pattern strings, [`position`](Self::position) is the byte offset of the culprit; for
/// the builder, [`segment`](Self::segment) is the 0-based index of the offending call among
/// the segment calls.
///
/// ```
/// use tracking_number::custom::CustomFormat;
///
/// let err = "SHOP{rand:10:crockford}{check:luhn}".parse::<CustomFormat>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "check algorithm does not accept 'A', which the segments before it can produce (position 23)"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PatternError {
    kind: PatternErrorKind,
    at: Location,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Location::None => write!(f, "{}", self.kind),
            Location::Byte(p) => write!(f, "{} (position {p})", self.kind),
            Location::Segment(s) => write!(f, "{} (segment {s})", self.kind),
        }
    }
}

impl PatternError {
    pub(crate) const fn at_byte(kind: PatternErrorKind, position: usize) -> Self {
        PatternError { kind, at: Location::Byte(position) }
    }
    pub(crate) const fn at_segment(kind: PatternErrorKind, segment: usize) -> Self {
        PatternError { kind, at: Location::Segment(segment) }
    }
    pub(crate) const fn unlocated(kind: PatternErrorKind) -> Self {
        PatternError { kind, at: Location::None }
    }

    /// What is wrong.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, PatternErrorKind};
    ///
    /// let err = "A{seq:4}}".parse::<CustomFormat>().unwrap_err();
    /// assert_eq!(err.kind(), PatternErrorKind::UnmatchedBrace);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> PatternErrorKind {
        self.kind
    }

    /// Byte offset in the pattern string, when the error comes from one and has a place.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let err = "A{seq:4}}".parse::<CustomFormat>().unwrap_err();
    /// assert_eq!(err.position(), Some(8));
    /// ```
    #[must_use]
    pub const fn position(&self) -> Option<usize> {
        match self.at {
            Location::Byte(p) => Some(p),
            _ => None,
        }
    }

    /// Index of the offending builder segment call, when the error comes from the builder.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let err = CustomFormat::builder().literal("A").sequence(0).build().unwrap_err();
    /// assert_eq!(err.segment(), Some(1));
    /// assert_eq!(err.to_string(), "invalid length: expected 1 to 19 (segment 1)");
    /// ```
    #[must_use]
    pub const fn segment(&self) -> Option<usize> {
        match self.at {
            Location::Segment(s) => Some(s),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// NumberError
// ---------------------------------------------------------------------------------------------

/// Why a string is not a number of a custom format. Every index is a 0-based byte index into
/// the input as given (also in lenient mode); `segment` is the 0-based segment index in the
/// format.
///
/// ```
/// use tracking_number::custom::{CustomFormat, NumberErrorKind};
///
/// let f: CustomFormat = "ORD-{seq:4}{check:damm}".parse()?;
/// let err = f.parse("ORD-00420").unwrap_err();
/// assert!(matches!(err.kind(), NumberErrorKind::CheckMismatch { index: 8, .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum NumberErrorKind {
    /// Nothing to parse (in lenient mode: nothing but separators).
    Empty,
    /// Wrong number of characters (lenient mode counts characters other than separators).
    InvalidLength {
        /// Characters found.
        len: usize,
        /// Characters the format needs.
        expected: usize,
    },
    /// A literal character differs.
    Literal {
        /// Segment index.
        segment: usize,
        /// Byte index in the input.
        index: usize,
        /// The literal character.
        expected: u8,
        /// What the input has.
        found: u8,
    },
    /// A character outside the segment's alphabet (digits for date and seq).
    InvalidChar {
        /// Segment index.
        segment: usize,
        /// Which kind of segment.
        kind: SegmentKind,
        /// Byte index in the input.
        index: usize,
        /// The offending byte.
        found: u8,
    },
    /// Digits that are not a date of the format (e.g. month 13, week 54, day 366 of 2023).
    InvalidDate {
        /// Segment index.
        segment: usize,
        /// Byte index in the input of the segment's first digit.
        index: usize,
        /// The date format.
        format: super::DateFormat,
    },
    /// The check character(s) are wrong.
    CheckMismatch {
        /// Segment index.
        segment: usize,
        /// Byte index in the input of the (first) check character.
        index: usize,
        /// What they should be.
        expected: CheckChars,
        /// What the input has.
        found: CheckChars,
    },
    /// Lenient mode: input left over after a complete number.
    Trailing {
        /// Byte index of the first extra character.
        index: usize,
        /// The byte.
        found: u8,
    },
    /// The format has a permuted sequence and no key
    /// ([`with_key`](super::CustomFormat::with_key)): its counter cannot be decoded.
    MissingKey {
        /// Segment index of the permuted sequence.
        segment: usize,
    },
}

/// Writes `'c'` for printable ASCII, `0xNN` otherwise.
fn write_byte(f: &mut fmt::Formatter<'_>, b: u8) -> fmt::Result {
    if b.is_ascii_graphic() || b == b' ' {
        write!(f, "'{}'", b as char)
    } else {
        write!(f, "byte 0x{b:02x}")
    }
}

impl fmt::Display for NumberErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            NumberErrorKind::Empty => f.write_str("empty input"),
            NumberErrorKind::InvalidLength { len, expected } => {
                write!(f, "invalid length {len}: expected {expected}")
            }
            NumberErrorKind::Literal { index, expected, found, .. } => {
                write!(f, "literal mismatch at index {index}: expected ")?;
                write_byte(f, expected)?;
                f.write_str(", found ")?;
                write_byte(f, found)
            }
            NumberErrorKind::InvalidChar { kind, index, found, .. } => {
                write!(f, "invalid character ")?;
                write_byte(f, found)?;
                write!(f, " at index {index} in {kind} segment")
            }
            NumberErrorKind::InvalidDate { index, format, .. } => {
                write!(f, "invalid {format} date at index {index}")
            }
            NumberErrorKind::CheckMismatch { index, expected, found, .. } => write!(
                f,
                "check character mismatch at index {index}: expected '{expected}', found '{found}'"
            ),
            NumberErrorKind::Trailing { index, found } => {
                f.write_str("unexpected ")?;
                write_byte(f, found)?;
                write!(f, " at index {index} after the number")
            }
            NumberErrorKind::MissingKey { segment } => write!(
                f,
                "segment {segment} is a permuted seq segment: a key is required (with_key)"
            ),
        }
    }
}

/// The error of [`CustomFormat::parse`](super::CustomFormat::parse) and friends: opaque,
/// `Copy`; inspect it with [`kind`](Self::kind).
///
/// ```
/// use tracking_number::custom::CustomFormat;
///
/// let f: CustomFormat = "ORD-{seq:4}{check:damm}".parse()?;
/// assert_eq!(
///     f.parse("ORD-00420").unwrap_err().to_string(),
///     "check character mismatch at index 8: expected '7', found '0'"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind}")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NumberError {
    kind: NumberErrorKind,
}

impl NumberError {
    pub(crate) const fn new(kind: NumberErrorKind) -> Self {
        NumberError { kind }
    }

    /// What is wrong, with positions and expected/found values.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, NumberErrorKind};
    ///
    /// let f: CustomFormat = "ORD-{seq:4}".parse()?;
    /// let err = f.parse("ORD-12").unwrap_err();
    /// assert_eq!(err.kind(), NumberErrorKind::InvalidLength { len: 6, expected: 8 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> NumberErrorKind {
        self.kind
    }

    /// The index of the segment the error is in, if it is in one.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "ORD-{seq:4}".parse()?;
    /// assert_eq!(f.parse("ORD-12X4").unwrap_err().segment(), Some(1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn segment(&self) -> Option<usize> {
        match self.kind {
            NumberErrorKind::Literal { segment, .. }
            | NumberErrorKind::InvalidChar { segment, .. }
            | NumberErrorKind::InvalidDate { segment, .. }
            | NumberErrorKind::CheckMismatch { segment, .. } => Some(segment),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// GenerateError
// ---------------------------------------------------------------------------------------------

/// Why a number could not be generated from the given parts.
///
/// ```
/// use tracking_number::custom::{CustomFormat, GenerateErrorKind};
///
/// let f: CustomFormat = "ORD-{seq:4}".parse()?;
/// let err = f.from_sequence(10_000, None).unwrap_err();
/// assert_eq!(err.kind(), GenerateErrorKind::SequenceOutOfRange { value: 10_000, max: 9_999 });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum GenerateErrorKind {
    /// The format has a date segment and no date was given.
    MissingDate,
    /// The format has a seq segment and no sequence number was given.
    MissingSequence,
    /// The format has rand segments and neither characters nor a random source were given.
    MissingRandom,
    /// The sequence number does not fit the seq segment's width.
    SequenceOutOfRange {
        /// The number given.
        value: u64,
        /// The largest number the segment holds.
        max: u64,
    },
    /// The date's year cannot be written by the date segment (two-digit years: 2000–2099).
    YearOutOfRange {
        /// The year of the date given (for `YYWW` its ISO week-year).
        year: u16,
    },
    /// The given random characters are not as many as the rand segments need.
    RandomLength {
        /// Characters given.
        len: usize,
        /// Characters needed.
        expected: usize,
    },
    /// A given random character is not in its segment's alphabet.
    RandomChar {
        /// 0-based index in the given random characters.
        index: usize,
        /// The byte.
        found: u8,
    },
    /// A user-supplied check algorithm failed on the payload.
    Check(check::Error),
    /// The format has a permuted sequence and no key
    /// ([`with_key`](super::CustomFormat::with_key)).
    MissingKey,
}

impl fmt::Display for GenerateErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            GenerateErrorKind::MissingDate => {
                f.write_str("the format has a date segment: a date is required")
            }
            GenerateErrorKind::MissingSequence => {
                f.write_str("the format has a seq segment: a sequence number is required")
            }
            GenerateErrorKind::MissingRandom => {
                f.write_str("the format has rand segments: random characters are required")
            }
            GenerateErrorKind::SequenceOutOfRange { value, max } => {
                write!(f, "sequence number {value} out of range: at most {max}")
            }
            GenerateErrorKind::YearOutOfRange { year } => {
                write!(f, "year {year} cannot be written with two digits: expected 2000 to 2099")
            }
            GenerateErrorKind::RandomLength { len, expected } => {
                write!(f, "{len} random characters given: expected {expected}")
            }
            GenerateErrorKind::RandomChar { index, found } => {
                f.write_str("random character ")?;
                write_byte(f, found)?;
                write!(f, " at index {index} is not in its segment's alphabet")
            }
            GenerateErrorKind::Check(e) => write!(f, "check algorithm failed: {e}"),
            GenerateErrorKind::MissingKey => {
                f.write_str("the format has a permuted seq segment: a key is required (with_key)")
            }
        }
    }
}

/// The error of the generation functions of [`CustomFormat`](super::CustomFormat).
///
/// ```
/// use tracking_number::custom::CustomFormat;
///
/// let f: CustomFormat = "{date:YYMM}-{seq:4}".parse()?;
/// assert_eq!(
///     f.from_sequence(1, None).unwrap_err().to_string(),
///     "the format has a date segment: a date is required"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind}")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GenerateError {
    kind: GenerateErrorKind,
}

impl GenerateError {
    /// What is wrong.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, GenerateErrorKind};
    ///
    /// let f: CustomFormat = "X{rand:4}".parse()?;
    /// assert_eq!(f.from_sequence(1, None).unwrap_err().kind(), GenerateErrorKind::MissingRandom);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> GenerateErrorKind {
        self.kind
    }
}

impl From<GenerateErrorKind> for GenerateError {
    fn from(kind: GenerateErrorKind) -> Self {
        GenerateError { kind }
    }
}
