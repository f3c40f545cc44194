//! `CustomFormat`: storage, builder, pattern syntax, generation and parsing of numbers.

use core::fmt;
use core::str::FromStr;

use super::date::put;
use super::error::{
    GenerateError, GenerateErrorKind, NumberError, NumberErrorKind, PatternError, PatternErrorKind,
    SegmentKind,
};
use super::fast::Fast;
use super::{CustomNumber, Date, DateFormat, ParsedNumber, Parts, Permutation};
use crate::check::{Algorithm, CheckChars, CheckDigit};
use crate::ExtraFormat;

/// The longest number a custom format can produce, in characters.
pub const MAX_LEN: usize = 64;
/// The most segments a custom format can have (adjacent literal text counts as one).
pub const MAX_SEGMENTS: usize = 16;
/// Inline bytes for literal text and user alphabets together.
const POOL: usize = 64;
/// Slack after buffers so short copies can move fixed 16-byte chunks.
const SLACK: usize = 16;
/// Inline bytes for the id.
const ID_LEN: usize = 32;
/// Longest seq segment: 10^19 still fits a `u64`.
const MAX_SEQ_WIDTH: u8 = 19;
/// `10^k` for `k` = 0 to 19.
const POW10: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut k = 1;
    while k < 20 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

// ---------------------------------------------------------------------------------------------
// Charset
// ---------------------------------------------------------------------------------------------

/// A named alphabet for random segments. Ids (`as_str()`, `FromStr`, serde) are the pattern
/// names. Where an alphabet has letters, the ones easily mistaken for digits or each other
/// are left out unless the name ends in `_all`.
///
/// | id | characters | size |
/// |---|---|---|
/// | `digits` | `0-9` | 10 |
/// | `upper` | `A-Z` without `I`, `O` | 24 |
/// | `upper_all` | `A-Z` | 26 |
/// | `alnum` | `0-9`, `A-Z` without `I`, `L`, `O` | 33 |
/// | `alnum_all` | `0-9A-Z` | 36 |
/// | `crockford` | Crockford base32: `0-9`, `A-Z` without `I`, `L`, `O`, `U` | 32 |
/// | `hex` | `0-9A-F` | 16 |
///
/// ```
/// use tracking_number::custom::Charset;
///
/// let c: Charset = "crockford".parse()?;
/// assert_eq!(c.chars().len(), 32);
/// assert!(!c.chars().contains('U'));
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Charset {
    /// `0-9`.
    Digits,
    /// `A-Z` without `I` and `O`.
    Upper,
    /// `A-Z`.
    UpperAll,
    /// `0-9` and `A-Z` without `I`, `L`, `O`.
    Alnum,
    /// `0-9A-Z`.
    AlnumAll,
    /// Crockford base32.
    Crockford,
    /// `0-9A-F`.
    Hex,
}

impl Charset {
    /// Every named alphabet.
    ///
    /// ```
    /// use tracking_number::custom::Charset;
    ///
    /// assert_eq!(Charset::ALL.len(), 7);
    /// ```
    pub const ALL: [Charset; 7] = [
        Charset::Digits,
        Charset::Upper,
        Charset::UpperAll,
        Charset::Alnum,
        Charset::AlnumAll,
        Charset::Crockford,
        Charset::Hex,
    ];

    /// The stable id.
    ///
    /// ```
    /// use tracking_number::custom::Charset;
    ///
    /// assert_eq!(Charset::AlnumAll.as_str(), "alnum_all");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Charset::Digits => "digits",
            Charset::Upper => "upper",
            Charset::UpperAll => "upper_all",
            Charset::Alnum => "alnum",
            Charset::AlnumAll => "alnum_all",
            Charset::Crockford => "crockford",
            Charset::Hex => "hex",
        }
    }

    /// The characters, in the order random draws index them.
    ///
    /// ```
    /// use tracking_number::custom::Charset;
    ///
    /// assert_eq!(Charset::Upper.chars(), "ABCDEFGHJKLMNPQRSTUVWXYZ");
    /// ```
    #[must_use]
    pub const fn chars(self) -> &'static str {
        match self {
            Charset::Digits => "0123456789",
            Charset::Upper => "ABCDEFGHJKLMNPQRSTUVWXYZ",
            Charset::UpperAll => "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            Charset::Alnum => "0123456789ABCDEFGHJKMNPQRSTUVWXYZ",
            Charset::AlnumAll => "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            Charset::Crockford => "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
            Charset::Hex => "0123456789ABCDEF",
        }
    }
}

impl Charset {
    /// Membership bitmask (bit `b` set for every byte `b` of the alphabet).
    const fn mask(self) -> u128 {
        const MASKS: [u128; 7] = [
            mask_of(Charset::Digits.chars().as_bytes()),
            mask_of(Charset::Upper.chars().as_bytes()),
            mask_of(Charset::UpperAll.chars().as_bytes()),
            mask_of(Charset::Alnum.chars().as_bytes()),
            mask_of(Charset::AlnumAll.chars().as_bytes()),
            mask_of(Charset::Crockford.chars().as_bytes()),
            mask_of(Charset::Hex.chars().as_bytes()),
        ];
        MASKS[self as usize]
    }
}

/// Bit `b` set for every ASCII byte `b` of `chars` (non-ASCII bytes ignored).
const fn mask_of(chars: &[u8]) -> u128 {
    let mut m = 0u128;
    let mut i = 0;
    while i < chars.len() {
        if chars[i] < 128 {
            m |= 1u128 << chars[i];
        }
        i += 1;
    }
    m
}

/// Whether `b` is in the alphabet of `mask`.
#[inline(always)]
const fn in_mask(mask: u128, b: u8) -> bool {
    b < 128 && (mask >> b) & 1 == 1
}

impl fmt::Display for Charset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Charset {
    type Err = PatternError;

    /// Parses an id (`"digits"`, `"crockford"`, …).
    ///
    /// # Errors
    ///
    /// [`PatternErrorKind::UnknownAlphabet`] for anything else, e.g. `"base64"` or `"HEX"`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Charset::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or(PatternError::unlocated(PatternErrorKind::UnknownAlphabet))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Charset {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Charset {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Charset;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an alphabet id such as \"crockford\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Charset, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// A user check algorithm for [`CustomFormat::parse_pattern`]: the id used in
/// `{check:ID}` and the algorithm.
pub type UserCheck = (&'static str, &'static (dyn CheckDigit + Sync));

// ---------------------------------------------------------------------------------------------
// Segments (private storage)
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Alpha {
    Set(Charset),
    /// A user alphabet stored in the pool.
    Pool {
        start: u8,
        len: u8,
    },
}

#[derive(Clone, Copy)]
enum Checker {
    Builtin(Algorithm),
    Custom {
        id: &'static str,
        alg: &'static (dyn CheckDigit + Sync),
    },
}

impl Checker {
    fn alg(&self) -> &dyn CheckDigit {
        match self {
            Checker::Builtin(a) => a,
            Checker::Custom { alg, .. } => *alg,
        }
    }
    fn id(&self) -> &'static str {
        match self {
            Checker::Builtin(a) => a.as_str(),
            Checker::Custom { id, .. } => id,
        }
    }
}

impl PartialEq for Checker {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Checker::Builtin(a), Checker::Builtin(b)) => a == b,
            (Checker::Custom { id: a, .. }, Checker::Custom { id: b, .. }) => a == b,
            _ => false,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Seg {
    Unused,
    Literal { start: u8, len: u8 },
    Date(DateFormat),
    Seq { width: u8, permuted: bool },
    Rand { len: u8, alpha: Alpha },
    Check(Checker),
}

/// Separator characters: optional in lenient mode, dropped from input there.
const fn is_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'-' | b'.' | b'_' | b'/')
}

// ---------------------------------------------------------------------------------------------
// CustomFormat
// ---------------------------------------------------------------------------------------------

/// A declarative number format: literal text, a date, a (permuted) sequence number, random
/// characters and a check character, in any order. See the [module docs](super) for the
/// pattern syntax.
///
/// `Copy`, inline storage (no allocation, works without `alloc`); generation, validation and
/// parsing of numbers never allocate. `Display` prints the canonical pattern string,
/// `FromStr` parses one; serde uses the same string. The permutation key and the id are
/// *not* part of the pattern: set them with [`with_key`](Self::with_key) /
/// [`with_id`](Self::with_id) (keep the key with your configuration secrets).
///
/// ```
/// use tracking_number::custom::{CustomFormat, Date};
///
/// let f = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse::<CustomFormat>()?.with_key(0x5EED);
/// let n = f.from_sequence(1, Some(Date::new(2024, 3, 5).unwrap()))?;
/// assert!(n.as_str().starts_with("ACME-2403-"));
/// assert_eq!(f.parse(n.as_str())?.sequence(), Some(1));
/// assert_eq!(f.to_string(), "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy)]
pub struct CustomFormat {
    segs: [Seg; MAX_SEGMENTS],
    nsegs: u8,
    /// `POOL` bytes of data plus 16 bytes of slack for chunked copies.
    pool: [u8; POOL + SLACK],
    pool_len: u8,
    /// Length of canonical numbers.
    len: u8,
    /// Length without the literal characters that are not letters or digits.
    loose_len: u8,
    /// Characters covered by a check, i.e. non-literal characters before the check.
    key: u64,
    perm: Option<Permutation>,
    id: [u8; ID_LEN],
    id_len: u8,
    /// Derived by `finish` from the segments, for the hot paths: a number with every
    /// literal in place (other bytes 0), plus [`SLACK`] bytes for chunked copies.
    template: [u8; MAX_LEN + SLACK],
    /// The non-literal segments with their positions, in order.
    steps: [Step; MAX_SEGMENTS],
    nsteps: u8,
    /// Bit `i` set when character `i` of a number is literal.
    literal_mask: u64,
    /// The check segment's payload as runs `(start, len)` of the number.
    runs: [(u8, u8); MAX_SEGMENTS],
    nruns: u8,
    /// The check algorithm, and its specialised path if it has one (see `fast.rs`).
    check: Option<Checker>,
    fast: Option<Fast>,
}

/// A non-literal segment and the index of its first character in a number.
#[derive(Clone, Copy)]
enum Step {
    Date { f: DateFormat, at: u8 },
    Seq { width: u8, permuted: bool, at: u8 },
    Rand { len: u8, alpha: Alpha, at: u8 },
    Check { at: u8, width: u8 },
}

impl PartialEq for CustomFormat {
    fn eq(&self, other: &Self) -> bool {
        self.segments() == other.segments()
            && self.pool[..usize::from(self.pool_len)] == other.pool[..usize::from(other.pool_len)]
            && self.key == other.key
            && self.id() == other.id()
    }
}

impl Eq for CustomFormat {}

impl fmt::Debug for CustomFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key is deliberately not printed.
        write!(f, "CustomFormat(\"{self}\", id {:?})", self.id())
    }
}

impl CustomFormat {
    const EMPTY: CustomFormat = CustomFormat {
        segs: [Seg::Unused; MAX_SEGMENTS],
        nsegs: 0,
        pool: [0; POOL + SLACK],
        pool_len: 0,
        len: 0,
        loose_len: 0,
        key: 0,
        perm: None,
        id: [0; ID_LEN],
        id_len: 0,
        template: [0; MAX_LEN + SLACK],
        steps: [Step::Check { at: 0, width: 0 }; MAX_SEGMENTS],
        nsteps: 0,
        literal_mask: 0,
        runs: [(0, 0); MAX_SEGMENTS],
        nruns: 0,
        check: None,
        fast: None,
    };

    /// A builder, for formats assembled in code.
    ///
    /// ```
    /// use tracking_number::check::Algorithm;
    /// use tracking_number::custom::{Charset, CustomFormat};
    ///
    /// let f = CustomFormat::builder()
    ///     .literal("SHOP")
    ///     .random(10, Charset::Crockford)
    ///     .check(Algorithm::Mod37_36)
    ///     .id("shop_ref")
    ///     .build()?;
    /// assert_eq!(f.to_string(), "SHOP{rand:10:crockford}{check:mod37_36}");
    /// assert_eq!(f.number_len(), 15);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn builder() -> Builder {
        Builder {
            draft: CustomFormat::EMPTY,
            error: None,
            calls: 0,
            volume: None,
            id_error: false,
        }
    }

    fn segments(&self) -> &[Seg] {
        &self.segs[..usize::from(self.nsegs).min(MAX_SEGMENTS)]
    }

    fn pool_str(&self, start: u8, len: u8) -> &[u8] {
        let s = usize::from(start);
        self.pool.get(s..s + usize::from(len)).unwrap_or(&[])
    }

    /// Membership bitmask of an alphabet (ASCII only).
    #[inline]
    fn alpha_mask(&self, alpha: Alpha) -> u128 {
        match alpha {
            Alpha::Set(c) => c.mask(),
            Alpha::Pool { start, len } => mask_of(self.pool_str(start, len)),
        }
    }

    fn alpha_bytes(&self, alpha: Alpha) -> &[u8] {
        match alpha {
            Alpha::Set(c) => c.chars().as_bytes(),
            Alpha::Pool { start, len } => self.pool_str(start, len),
        }
    }

    /// The same format with another permutation key (used by `{seq:N:perm}`; the default
    /// key is 0). Numbers made under one key parse back to other counters under another.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:6:perm}".parse()?;
    /// let a = f.with_key(1).from_sequence(5, None)?;
    /// let b = f.with_key(2).from_sequence(5, None)?;
    /// assert_ne!(a, b);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_key(mut self, key: u64) -> Self {
        self.key = key;
        self.perm = self.perm.and_then(|p| Permutation::new(p.domain(), key));
        self
    }

    /// The permutation key.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = "{seq:6:perm}".parse::<CustomFormat>()?.with_key(9);
    /// assert_eq!(f.key(), 9);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn key(&self) -> u64 {
        self.key
    }

    /// The same format under another id (used by the scanner and detection; default
    /// `"custom"`).
    ///
    /// # Errors
    ///
    /// [`PatternErrorKind::InvalidId`] unless `id` is 1 to 32 characters from `a-z`, `0-9`,
    /// `_` (e.g. `""`, `"Acme"`, `"acme-order"`).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = "{seq:6}".parse::<CustomFormat>()?.with_id("acme_order")?;
    /// assert_eq!(f.id(), "acme_order");
    /// assert!(f.with_id("Acme").is_err());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn with_id(mut self, id: &str) -> Result<Self, PatternError> {
        let b = id.as_bytes();
        if b.is_empty()
            || b.len() > ID_LEN
            || !b
                .iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
        {
            return Err(PatternError::unlocated(PatternErrorKind::InvalidId));
        }
        self.id = [0; ID_LEN];
        self.id[..b.len()].copy_from_slice(b);
        self.id_len = b.len() as u8;
        Ok(self)
    }

    /// The id, `"custom"` unless set.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert_eq!("{seq:6}".parse::<CustomFormat>()?.id(), "custom");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        if self.id_len == 0 {
            return "custom";
        }
        core::str::from_utf8(&self.id[..usize::from(self.id_len).min(ID_LEN)]).unwrap_or("custom")
    }

    /// The length of every (canonical) number of the format.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert_eq!("ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse::<CustomFormat>()?.number_len(), 18);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn number_len(&self) -> usize {
        self.len as usize
    }

    /// The permutation of the seq segment, if it is permuted.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = "{seq:4:perm}".parse::<CustomFormat>()?.with_key(3);
    /// let p = f.permutation().unwrap();
    /// assert_eq!(p.domain(), 10_000);
    /// assert_eq!(f.from_sequence(8, None)?.as_str(), format!("{:04}", p.apply(8).unwrap()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn permutation(&self) -> Option<Permutation> {
        self.perm
    }

    /// Whether the format has a date segment.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!("{date:YYWW}{seq:4}".parse::<CustomFormat>()?.has_date());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn has_date(&self) -> bool {
        self.segments().iter().any(|s| matches!(s, Seg::Date(_)))
    }

    /// The date format of the date segment, if any.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, DateFormat};
    ///
    /// let f: CustomFormat = "{date:YYWW}{seq:4}".parse()?;
    /// assert_eq!(f.date_format(), Some(DateFormat::YyWw));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn date_format(&self) -> Option<DateFormat> {
        self.segments().iter().find_map(|s| match s {
            Seg::Date(f) => Some(*f),
            _ => None,
        })
    }

    /// Whether the format has a seq segment.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!("{date:YYWW}{seq:4}".parse::<CustomFormat>()?.has_sequence());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn has_sequence(&self) -> bool {
        self.segments().iter().any(|s| matches!(s, Seg::Seq { .. }))
    }

    /// Total number of random characters (all rand segments).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert_eq!("{rand:3}-{rand:4:hex}".parse::<CustomFormat>()?.random_len(), 7);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn random_len(&self) -> usize {
        self.segments()
            .iter()
            .map(|s| match s {
                Seg::Rand { len, .. } => usize::from(*len),
                _ => 0,
            })
            .sum()
    }

    /// The check algorithm's id, if the format has a check segment.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert_eq!("{seq:4}{check:luhn}".parse::<CustomFormat>()?.check_id(), Some("luhn"));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn check_id(&self) -> Option<&'static str> {
        self.checker().map(|c| c.id())
    }

    /// The built-in check algorithm, if the format has one (`None` for user algorithms).
    ///
    /// ```
    /// use tracking_number::check::Algorithm;
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:4}{check:damm}".parse()?;
    /// assert_eq!(f.check_algorithm(), Some(Algorithm::Damm));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn check_algorithm(&self) -> Option<Algorithm> {
        match self.checker() {
            Some(Checker::Builtin(a)) => Some(a),
            _ => None,
        }
    }

    fn checker(&self) -> Option<Checker> {
        self.segments().iter().find_map(|s| match s {
            Seg::Check(c) => Some(*c),
            _ => None,
        })
    }

    // -----------------------------------------------------------------------------------------
    // Capacity and collisions
    // -----------------------------------------------------------------------------------------

    /// Distinct numbers per date bucket (per day, month or week; the whole format if it has
    /// no date): the product of the sequence range and of every random segment's
    /// possibilities, saturated at `u128::MAX`.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse()?;
    /// assert_eq!(f.capacity(), 1_000_000); // a million orders a month
    /// let g: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// assert_eq!(g.capacity(), 1u128 << 50);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn capacity(&self) -> u128 {
        self.sequence_space().saturating_mul(self.random_space())
    }

    pub(super) fn sequence_space(&self) -> u128 {
        self.segments()
            .iter()
            .map(|s| match s {
                Seg::Seq { width, .. } => 10u128.pow(u32::from(*width)),
                _ => 1,
            })
            .fold(1u128, u128::saturating_mul)
    }

    fn random_space(&self) -> u128 {
        let mut space = 1u128;
        for s in self.segments() {
            if let Seg::Rand { len, alpha } = *s {
                let m = self.alpha_bytes(alpha).len() as u128;
                for _ in 0..len {
                    space = space.saturating_mul(m);
                }
            }
        }
        space
    }

    /// The probability that `n` numbers of one date bucket are not all distinct.
    ///
    /// - With a seq segment, numbers from distinct counters never collide: 0 while `n` fits
    ///   the sequence range, and beyond it the random part must separate the rest (birthday
    ///   bound over [`capacity`](Self::capacity)).
    /// - With random segments only, the birthday bound `1 − exp(−n(n−1) / 2N)` over the
    ///   `N` random possibilities (an excellent approximation for large `N`).
    /// - 1 when `n` exceeds the capacity.
    ///
    /// Size random formats so this stays small at your yearly volume; or draw again on a
    /// collision (the database's unique index tells you).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// let p = f.collision_probability(1_000_000);
    /// assert!(p > 4.0e-4 && p < 4.5e-4); // about 1 in 2250 for a million numbers
    /// let small: CustomFormat = "{rand:4}".parse()?;
    /// assert!(small.collision_probability(200) > 0.8);
    /// assert_eq!(small.collision_probability(10_001), 1.0);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn collision_probability(&self, n: u64) -> f64 {
        let n128 = u128::from(n);
        if n < 2 {
            return 0.0;
        }
        if n128 > self.capacity() {
            return 1.0;
        }
        let space = if self.has_sequence() {
            if n128 <= self.sequence_space() {
                return 0.0;
            }
            self.capacity()
        } else {
            self.random_space()
        };
        let nf = n as f64;
        one_minus_exp_neg(nf * (nf - 1.0) / (2.0 * space as f64))
    }

    // -----------------------------------------------------------------------------------------
    // Generation
    // -----------------------------------------------------------------------------------------

    /// The number for counter `n` (permuted if the seq segment says so) and `date` (needed
    /// only if the format has a date segment). No random source: formats with rand
    /// segments need [`from_parts`](Self::from_parts) or a `generate` function.
    ///
    /// # Errors
    ///
    /// [`GenerateErrorKind::SequenceOutOfRange`] when `n` needs more digits than the
    /// segment has (`10_000` for `{seq:4}`); [`GenerateErrorKind::MissingDate`] for `None`
    /// with a date segment; [`GenerateErrorKind::YearOutOfRange`] for 1999 with a two-digit
    /// year; [`GenerateErrorKind::MissingRandom`] if the format has rand segments.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, Date};
    ///
    /// let f: CustomFormat = "INV{date:YYYYMMDD}/{seq:4}".parse()?;
    /// let n = f.from_sequence(17, Some(Date::new(2024, 3, 5).unwrap()))?;
    /// assert_eq!(n.as_str(), "INV20240305/0017");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_sequence(&self, n: u64, date: Option<Date>) -> Result<CustomNumber, GenerateError> {
        self.write(date, Some(n), &mut NoRandom)
    }

    /// The number for the given parts: date, counter and already-drawn random characters
    /// (all rand segments' characters concatenated). Extra parts are ignored.
    ///
    /// # Errors
    ///
    /// As [`from_sequence`](Self::from_sequence), plus [`GenerateErrorKind::MissingSequence`],
    /// [`GenerateErrorKind::RandomLength`] when the characters are too few or too many and
    /// [`GenerateErrorKind::RandomChar`] for a character outside its segment's alphabet
    /// (`"I"` for `crockford`).
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, Parts};
    ///
    /// let f: CustomFormat = "SHOP{rand:4:crockford}{check:mod37_36}".parse()?;
    /// let n = f.from_parts(&Parts::new().random("7K2M"))?;
    /// assert_eq!(n.as_str().len(), 9);
    /// assert!(f.from_parts(&Parts::new().random("7K2I")).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_parts(&self, parts: &Parts<'_>) -> Result<CustomNumber, GenerateError> {
        match parts.random {
            Some(chars) if self.random_len() > 0 => {
                let expected = self.random_len();
                if chars.len() != expected {
                    return Err(GenerateErrorKind::RandomLength {
                        len: chars.len(),
                        expected,
                    }
                    .into());
                }
                self.write(
                    parts.date,
                    parts.sequence,
                    &mut GivenRandom { chars, at: 0 },
                )
            }
            _ => self.write(parts.date, parts.sequence, &mut NoRandom),
        }
    }

    /// Like [`from_parts`](Self::from_parts), with the random characters drawn from
    /// `next_u64` (any source of uniformly random 64-bit words; `parts.random` is ignored).
    /// Works without the `rand` feature.
    ///
    /// Characters are drawn by multiply-shift extraction from each word (several characters
    /// per word while the product of the alphabet sizes stays ≤ 2³²), so each character's
    /// bias is below 2⁻³² and the result is portable: the same words give the same number
    /// on every platform.
    ///
    /// # Errors
    ///
    /// As [`from_parts`](Self::from_parts), without the random-character errors.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, Parts};
    ///
    /// let f: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// let mut x = 0u64;
    /// let mut counter = || { x = x.wrapping_add(0x9E37_79B9_7F4A_7C15); x }; // a demo source
    /// let n = f.generate_with_source(&Parts::new(), &mut counter)?;
    /// assert!(f.is_valid(n.as_str()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn generate_with_source<F: FnMut() -> u64>(
        &self,
        parts: &Parts<'_>,
        next_u64: F,
    ) -> Result<CustomNumber, GenerateError> {
        self.write(
            parts.date,
            parts.sequence,
            &mut SourceRandom {
                next: next_u64,
                word: 0,
                used: 1 << 33,
            },
        )
    }

    /// A random number of the format from `rng` (formats without date and seq segments;
    /// otherwise use [`generate_with`](Self::generate_with)). Generic over any `rand` 0.10
    /// [`Rng`](rand::Rng); draws as [`generate_with_source`](Self::generate_with_source).
    ///
    /// # Errors
    ///
    /// [`GenerateErrorKind::MissingDate`] / [`GenerateErrorKind::MissingSequence`] when the
    /// format has a date or seq segment.
    ///
    /// ```
    /// use rand::SeedableRng;
    /// use rand_chacha::ChaCha8Rng;
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// let mut rng = ChaCha8Rng::seed_from_u64(1);
    /// let n = f.generate(&mut rng)?;
    /// assert!(f.is_valid(n.as_str()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "rand")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rand")))]
    pub fn generate<R: rand::Rng + ?Sized>(
        &self,
        rng: &mut R,
    ) -> Result<CustomNumber, GenerateError> {
        self.generate_with_source(&Parts::new(), || rng.next_u64())
    }

    /// A number with random characters from `rng` and the date and counter of `parts`.
    ///
    /// # Errors
    ///
    /// As [`from_sequence`](Self::from_sequence), without `MissingRandom`.
    ///
    /// ```
    /// use rand::SeedableRng;
    /// use rand_chacha::ChaCha8Rng;
    /// use tracking_number::custom::{CustomFormat, Date, Parts};
    ///
    /// let f: CustomFormat = "{date:YYMMDD}-{rand:6:alnum}".parse()?;
    /// let mut rng = ChaCha8Rng::seed_from_u64(1);
    /// let parts = Parts::new().date(Date::new(2024, 3, 5).unwrap());
    /// assert!(f.generate_with(&mut rng, &parts)?.as_str().starts_with("240305-"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "rand")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rand")))]
    pub fn generate_with<R: rand::Rng + ?Sized>(
        &self,
        rng: &mut R,
        parts: &Parts<'_>,
    ) -> Result<CustomNumber, GenerateError> {
        self.generate_with_source(parts, || rng.next_u64())
    }

    /// The non-literal segments, in order.
    #[inline]
    fn steps(&self) -> &[Step] {
        &self.steps[..usize::from(self.nsteps).min(MAX_SEGMENTS)]
    }

    /// The writer behind every generation function: a copy of the literal template, each
    /// non-literal segment written straight into place, then the check over the
    /// characters before it, read back from the number.
    #[inline]
    fn write<R: RandomFill>(
        &self,
        date: Option<Date>,
        sequence: Option<u64>,
        random: &mut R,
    ) -> Result<CustomNumber, GenerateError> {
        let mut out = self.template;
        for step in self.steps() {
            match *step {
                Step::Date { f, at } => {
                    let d = date.ok_or(GenerateErrorKind::MissingDate)?;
                    let at = usize::from(at);
                    f.write_date(d, out.get_mut(at..at + f.len()).unwrap_or_default())
                        .map_err(|year| GenerateErrorKind::YearOutOfRange { year })?;
                }
                Step::Seq {
                    width,
                    permuted,
                    at,
                } => {
                    let n = sequence.ok_or(GenerateErrorKind::MissingSequence)?;
                    let w = usize::from(width);
                    let max = POW10[w.min(19)] - 1;
                    if n > max {
                        return Err(GenerateErrorKind::SequenceOutOfRange { value: n, max }.into());
                    }
                    let v = match (permuted, &self.perm) {
                        (true, Some(p)) => p.apply(n).unwrap_or(n),
                        _ => n,
                    };
                    put(&mut out, usize::from(at), w, v);
                }
                Step::Rand { len, alpha, at } => {
                    let at = usize::from(at);
                    let slot = out.get_mut(at..at + usize::from(len)).unwrap_or_default();
                    random.fill(self.alpha_bytes(alpha), slot)?;
                }
                Step::Check { at, width } => {
                    let at = usize::from(at);
                    let (bytes, n) = self
                        .check_in_place(&out)
                        .map_err(GenerateErrorKind::Check)?;
                    if let Some([a, b]) = out.get_mut(at..at + 2) {
                        *a = bytes[0];
                        if n == 2 && width == 2 {
                            *b = bytes[1];
                        }
                    }
                }
            }
        }
        let mut bytes = [0u8; MAX_LEN];
        bytes.copy_from_slice(&out[..MAX_LEN]);
        Ok(CustomNumber::from_buf(bytes, usize::from(self.len)))
    }

    /// The check characters (bytes and count) of the check segment of `number`, whose
    /// payload characters are in place: read where they stand when a specialised path
    /// allows, else gathered first.
    #[inline(always)]
    fn check_in_place(&self, number: &[u8]) -> Result<([u8; 2], usize), crate::check::Error> {
        let runs = &self.runs[..usize::from(self.nruns).min(MAX_SEGMENTS)];
        if runs.len() > 1 {
            if let Some(done) = self.fast.and_then(|fast| fast.compute_runs(number, runs)) {
                return Ok(done);
            }
        }
        // One run is a slice of the number (no copy); else gather.
        let mut gathered = [0u8; MAX_LEN + SLACK];
        self.compute_check(self.payload(number, &mut gathered))
    }

    /// The check characters of `payload` (bytes and count): the specialised path of a
    /// built-in algorithm, else the algorithm's `compute`.
    #[inline]
    fn compute_check(&self, payload: &[u8]) -> Result<([u8; 2], usize), crate::check::Error> {
        if let Some(fast) = self.fast {
            return Ok(fast.compute(payload));
        }
        let Some(c) = self.check else {
            return Ok(([0; 2], 0));
        };
        let cc = c.alg().compute(payload)?;
        let b = cc.as_bytes();
        Ok(([b[0], b.get(1).copied().unwrap_or(0)], b.len()))
    }

    /// The check segment's payload (every non-literal character before it) in `number`:
    /// a slice of it when it is one run, else gathered into `buf`.
    #[inline]
    fn payload<'a>(&self, number: &'a [u8], buf: &'a mut [u8; MAX_LEN + SLACK]) -> &'a [u8] {
        let runs = &self.runs[..usize::from(self.nruns).min(MAX_SEGMENTS)];
        if let [(start, len)] = *runs {
            let start = usize::from(start);
            return number
                .get(start..start + usize::from(len))
                .unwrap_or_default();
        }
        let mut n = 0usize;
        for &(start, len) in runs {
            let (start, len) = (usize::from(start), usize::from(len));
            match (buf.get_mut(n..n + 16), number.get(start..start + 16)) {
                // Most runs fit one 16-byte chunk (generated numbers have slack for it).
                (Some(dst), Some(src)) if len <= 16 => dst.copy_from_slice(src),
                _ => {
                    for k in 0..len {
                        if let (Some(d), Some(&b)) = (buf.get_mut(n + k), number.get(start + k)) {
                            *d = b;
                        }
                    }
                }
            }
            n += len;
        }
        buf.get(..n).unwrap_or_default()
    }

    // -----------------------------------------------------------------------------------------
    // Parsing numbers
    // -----------------------------------------------------------------------------------------

    /// Validates `s` exactly as printed (canonical form: same case, every separator) and
    /// takes it apart; the sequence comes back un-permuted.
    ///
    /// # Errors
    ///
    /// A [`NumberError`] naming the segment, the byte index and expected vs found values:
    /// [`NumberErrorKind::Empty`], [`NumberErrorKind::InvalidLength`] (any other length),
    /// [`NumberErrorKind::Literal`] (`"ACMX-…"`), [`NumberErrorKind::InvalidChar`] (a letter
    /// in a seq segment, `I` in a crockford segment, lower case),
    /// [`NumberErrorKind::InvalidDate`] (month 13), [`NumberErrorKind::CheckMismatch`].
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, NumberErrorKind};
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6}".parse()?;
    /// let p = f.parse("ACME-2403-000042")?;
    /// assert_eq!(p.sequence(), Some(42));
    /// let err = f.parse("ACME-2413-000042").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid YYMM date at index 5");
    /// assert!(f.parse("acme-2403-000042").is_err()); // see parse_lenient
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(&self, s: &str) -> Result<ParsedNumber, NumberError> {
        let mut parsed = ParsedNumber::EMPTY;
        if self.read_exact(s.as_bytes(), Some(&mut parsed)) {
            return Ok(parsed);
        }
        // Invalid (or unusual): the detailed reader names the problem.
        self.read(s.as_bytes(), false)
    }

    /// Like [`parse`](Self::parse), but forgiving what people do when they retype a
    /// number: surrounding and inner spaces, tabs, `-`, `.`, `_`, `/` and no-break spaces are
    /// skipped, literal characters other than letters and digits may be missing, and lower
    /// case is accepted.
    /// The result holds the canonical number and reports
    /// [`was_normalised`](ParsedNumber::was_normalised).
    ///
    /// # Errors
    ///
    /// As [`parse`](Self::parse); lengths count characters other than separators, indices
    /// point into `s` as given, and [`NumberErrorKind::Trailing`] reports extra characters.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6}".parse()?;
    /// let p = f.parse_lenient(" acme 2403 000 042 ")?;
    /// assert_eq!(p.number().as_str(), "ACME-2403-000042");
    /// assert!(p.was_normalised());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_lenient(&self, s: &str) -> Result<ParsedNumber, NumberError> {
        self.read(s.as_bytes(), true)
    }

    /// Whether `s` is a valid number in canonical form. Cheap; no rich error.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:3}{check:luhn}".parse()?;
    /// assert!(f.is_valid("7898"));
    /// assert!(!f.is_valid("7895"));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn is_valid(&self, s: &str) -> bool {
        self.read_exact(s.as_bytes(), None)
    }

    /// Whether `input` is a valid number in canonical form, filling `parsed` (from
    /// [`ParsedNumber::EMPTY`]) when given: the fast path of [`parse`](Self::parse) and
    /// [`is_valid`](Self::is_valid). It accepts exactly what `read(input, false)` accepts,
    /// with the same result (`read_exact_equals_read` checks this); errors are left to
    /// `read`.
    #[inline(always)]
    fn read_exact(&self, input: &[u8], mut parsed: Option<&mut ParsedNumber>) -> bool {
        let len = usize::from(self.len);
        if input.len() != len || len == 0 {
            return false;
        }
        let mut literals = self.literal_mask;
        while literals != 0 {
            let i = literals.trailing_zeros() as usize;
            if input.get(i) != self.template.get(i) {
                return false;
            }
            literals &= literals - 1;
        }
        for step in self.steps() {
            match *step {
                Step::Date { f, at } => {
                    let at = usize::from(at);
                    let Some(stamp) = input.get(at..at + f.len()).and_then(|c| f.read(c)) else {
                        return false;
                    };
                    if let Some(p) = parsed.as_deref_mut() {
                        p.date = Some(stamp);
                    }
                }
                Step::Seq {
                    width,
                    permuted,
                    at,
                } => {
                    let at = usize::from(at);
                    let Some(digits) = input.get(at..at + usize::from(width)) else {
                        return false;
                    };
                    let mut v = 0u64;
                    for &b in digits {
                        let d = b.wrapping_sub(b'0');
                        if d > 9 {
                            return false;
                        }
                        v = v * 10 + u64::from(d);
                    }
                    if let Some(p) = parsed.as_deref_mut() {
                        p.printed_sequence = Some(v);
                        p.sequence = Some(match (permuted, &self.perm) {
                            (true, Some(perm)) => perm.invert(v).unwrap_or(v),
                            _ => v,
                        });
                    }
                }
                Step::Rand { len, alpha, at } => {
                    let at = usize::from(at);
                    let Some(chars) = input.get(at..at + usize::from(len)) else {
                        return false;
                    };
                    let mask = self.alpha_mask(alpha);
                    if !chars.iter().all(|&b| in_mask(mask, b)) {
                        return false;
                    }
                    if let Some(p) = parsed.as_deref_mut() {
                        let r = usize::from(p.random_len);
                        if let Some(dst) = p.random.get_mut(r..r + chars.len()) {
                            dst.copy_from_slice(chars);
                        }
                        p.random_len += len;
                    }
                }
                Step::Check { at, width } => {
                    let at = usize::from(at);
                    let Ok((bytes, n)) = self.check_in_place(input) else {
                        return false;
                    };
                    if n != usize::from(width) {
                        return false;
                    }
                    let found = input.get(at..at + n).unwrap_or_default();
                    if found != bytes.get(..n).unwrap_or_default() {
                        return false;
                    }
                    if let Some(p) = parsed.as_deref_mut() {
                        let check = match *found {
                            [a] => CheckChars::from_ascii(a),
                            [a, b] => CheckChars::from_ascii_pair(a, b),
                            _ => None,
                        };
                        if check.is_none() {
                            return false; // unusual: leave it to the detailed reader
                        }
                        p.check = check;
                    }
                }
            }
        }
        if let Some(p) = parsed {
            let mut bytes = [0u8; MAX_LEN];
            if let Some(dst) = bytes.get_mut(..len) {
                dst.copy_from_slice(input);
            }
            p.number = CustomNumber::from_buf(bytes, len);
        }
        true
    }

    /// Number of non-separator bytes of `input` (lenient lengths).
    fn significant_len(input: &[u8]) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < input.len() {
            match sep_width(input, i) {
                0 => {
                    n += 1;
                    i += 1;
                }
                w => i += w,
            }
        }
        n
    }

    fn read(&self, input: &[u8], lenient: bool) -> Result<ParsedNumber, NumberError> {
        let err = |k| Err(NumberError::new(k));
        let expected_len = usize::from(self.len);
        if !lenient {
            if input.is_empty() {
                return err(NumberErrorKind::Empty);
            }
            if input.len() != expected_len {
                return err(NumberErrorKind::InvalidLength {
                    len: input.len(),
                    expected: expected_len,
                });
            }
        }
        let mut canon = [0u8; MAX_LEN];
        // Input index of each canonical character (inputs longer than u16 are refused).
        if input.len() > usize::from(u16::MAX) {
            return err(NumberErrorKind::InvalidLength {
                len: input.len(),
                expected: expected_len,
            });
        }
        let mut at = [0u16; MAX_LEN];
        let mut pos = 0usize;
        let mut i = 0usize;
        let mut payload = [0u8; MAX_LEN];
        let mut plen = 0usize;
        let mut parsed = ParsedNumber::EMPTY;
        // The next significant byte at or after `i` (lenient: separators skipped).
        let next = |i: &mut usize| -> Option<(usize, u8)> {
            if lenient {
                while *i < input.len() {
                    let w = sep_width(input, *i);
                    if w == 0 {
                        break;
                    }
                    *i += w;
                }
            }
            let b = *input.get(*i)?;
            let at = *i;
            *i += 1;
            Some((at, if lenient { b.to_ascii_uppercase() } else { b }))
        };
        let too_short = |input: &[u8]| {
            if lenient {
                let len = Self::significant_len(input);
                if len == 0 {
                    return NumberError::new(NumberErrorKind::Empty);
                }
                NumberError::new(NumberErrorKind::InvalidLength {
                    len,
                    expected: usize::from(self.loose_len),
                })
            } else {
                NumberError::new(NumberErrorKind::InvalidLength {
                    len: input.len(),
                    expected: expected_len,
                })
            }
        };

        for (segment, seg) in self.segments().iter().enumerate() {
            let start = pos;
            match *seg {
                Seg::Unused => continue,
                Seg::Literal { start: s, len } => {
                    for &c in self.pool_str(s, len) {
                        if lenient && !c.is_ascii_alphanumeric() {
                            // Literal punctuation is optional: consume it if present.
                            if input.get(i) == Some(&c) {
                                i += 1;
                            }
                            canon[pos] = c;
                            at[pos] = i as u16;
                            pos += 1;
                            continue;
                        }
                        let (j, b) = next(&mut i).ok_or_else(|| too_short(input))?;
                        let same = if lenient {
                            b == c.to_ascii_uppercase()
                        } else {
                            b == c
                        };
                        if !same {
                            return err(NumberErrorKind::Literal {
                                segment,
                                index: j,
                                expected: c,
                                found: input[j],
                            });
                        }
                        canon[pos] = c;
                        at[pos] = j as u16;
                        pos += 1;
                    }
                    continue;
                }
                _ => {}
            }
            let width = match *seg {
                Seg::Date(f) => f.len(),
                Seg::Seq { width, .. } => usize::from(width),
                Seg::Rand { len, .. } => usize::from(len),
                Seg::Check(c) => c.alg().check_len(),
                _ => 0,
            };
            let is_rand = matches!(seg, Seg::Rand { .. });
            for _ in 0..width {
                let (j, b) = next(&mut i).ok_or_else(|| too_short(input))?;
                canon[pos] = b;
                at[pos] = j as u16;
                pos += 1;
                // every non-literal character is payload for a later check
                payload[plen] = b;
                plen += 1;
                if is_rand {
                    let r = usize::from(parsed.random_len);
                    parsed.random[r] = b;
                    parsed.random_len += 1;
                }
            }
            let chunk = &canon[start..pos];
            let kind = match *seg {
                Seg::Date(_) => SegmentKind::Date,
                Seg::Seq { .. } => SegmentKind::Sequence,
                Seg::Rand { .. } => SegmentKind::Random,
                _ => SegmentKind::Check,
            };
            let invalid = |k: usize| {
                NumberError::new(NumberErrorKind::InvalidChar {
                    segment,
                    kind,
                    index: usize::from(at[start + k]),
                    found: input[usize::from(at[start + k])],
                })
            };
            match *seg {
                Seg::Date(f) => {
                    if let Some(k) = chunk.iter().position(|b| !b.is_ascii_digit()) {
                        return Err(invalid(k));
                    }
                    let stamp =
                        f.read(chunk)
                            .ok_or(NumberError::new(NumberErrorKind::InvalidDate {
                                segment,
                                index: usize::from(at[start]),
                                format: f,
                            }))?;
                    parsed.date = Some(stamp);
                }
                Seg::Seq { permuted, .. } => {
                    let mut v = 0u64;
                    for (k, &b) in chunk.iter().enumerate() {
                        if !b.is_ascii_digit() {
                            return Err(invalid(k));
                        }
                        v = v * 10 + u64::from(b - b'0');
                    }
                    parsed.printed_sequence = Some(v);
                    parsed.sequence = Some(match (permuted, &self.perm) {
                        (true, Some(p)) => p.invert(v).unwrap_or(v),
                        _ => v,
                    });
                }
                Seg::Rand { alpha, .. } => {
                    let mask = self.alpha_mask(alpha);
                    for (k, &b) in chunk.iter().enumerate() {
                        if !in_mask(mask, b) {
                            return Err(invalid(k));
                        }
                    }
                }
                Seg::Check(c) => {
                    let alg = c.alg();
                    // the payload already holds this segment's characters: leave them out
                    let covered = plen - chunk.len();
                    let expected = alg.compute(&payload[..covered]).map_err(|_| invalid(0))?;
                    let want = expected.as_bytes();
                    let same =
                        want.len() == chunk.len() && want.iter().zip(chunk).all(|(a, b)| a == b);
                    if !same {
                        let found = match chunk {
                            [a] => CheckChars::from_ascii(*a),
                            [a, b] => CheckChars::from_ascii_pair(*a, *b),
                            _ => None,
                        };
                        return match found {
                            Some(found) => err(NumberErrorKind::CheckMismatch {
                                segment,
                                index: usize::from(at[start]),
                                expected,
                                found,
                            }),
                            None => {
                                let k = chunk
                                    .iter()
                                    .position(|b| !b.is_ascii_graphic())
                                    .unwrap_or(0);
                                Err(invalid(k))
                            }
                        };
                    }
                    parsed.check = Some(expected);
                }
                _ => {}
            }
        }
        if lenient {
            while i < input.len() {
                let w = sep_width(input, i);
                if w == 0 {
                    return err(NumberErrorKind::Trailing {
                        index: i,
                        found: input[i],
                    });
                }
                i += w;
            }
            parsed.normalised = input != &canon[..pos];
        }
        parsed.number = CustomNumber::from_buf(canon, pos);
        Ok(parsed)
    }
}

/// Width in bytes of a separator at `input[i]` (0 if none): ASCII separators and the UTF-8
/// no-break space.
fn sep_width(input: &[u8], i: usize) -> usize {
    match input.get(i) {
        Some(&b) if is_separator(b) => 1,
        Some(0xC2) if input.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    }
}

/// `1 − e^(−x)` for `x ≥ 0`, accurate also for tiny `x`; no `std` needed.
fn one_minus_exp_neg(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return 0.0;
    }
    if x > 40.0 {
        return 1.0;
    }
    if x < 0.5 {
        // x − x²/2! + x³/3! − …
        let mut term = x;
        let mut sum = x;
        let mut k = 2.0;
        while k < 40.0 {
            term *= -x / k;
            sum += term;
            k += 1.0;
        }
        return sum;
    }
    // e^(−x) = (e^(−x/64))^64, the inner one by its series.
    let y = x / 64.0;
    let mut term = 1.0;
    let mut e = 1.0;
    let mut k = 1.0;
    while k < 30.0 {
        term *= -y / k;
        e += term;
        k += 1.0;
    }
    for _ in 0..6 {
        e *= e;
    }
    1.0 - e
}

// ---------------------------------------------------------------------------------------------
// Random character sources
// ---------------------------------------------------------------------------------------------

trait RandomFill {
    fn fill(&mut self, alphabet: &[u8], out: &mut [u8]) -> Result<(), GenerateError>;
}

struct NoRandom;

impl RandomFill for NoRandom {
    fn fill(&mut self, _: &[u8], _: &mut [u8]) -> Result<(), GenerateError> {
        Err(GenerateErrorKind::MissingRandom.into())
    }
}

struct GivenRandom<'a> {
    chars: &'a [u8],
    at: usize,
}

impl RandomFill for GivenRandom<'_> {
    fn fill(&mut self, alphabet: &[u8], out: &mut [u8]) -> Result<(), GenerateError> {
        for slot in out.iter_mut() {
            let b = *self
                .chars
                .get(self.at)
                .ok_or(GenerateErrorKind::RandomLength {
                    len: self.chars.len(),
                    expected: self.at + 1,
                })?;
            if !alphabet.contains(&b) {
                return Err(GenerateErrorKind::RandomChar {
                    index: self.at,
                    found: b,
                }
                .into());
            }
            *slot = b;
            self.at += 1;
        }
        Ok(())
    }
}

struct SourceRandom<F> {
    next: F,
    word: u64,
    /// Product of the alphabet sizes already extracted from `word`; a new word is drawn
    /// before it would exceed 2^32 (starts above it, so the first character draws).
    used: u64,
}

impl<F: FnMut() -> u64> RandomFill for SourceRandom<F> {
    #[inline]
    fn fill(&mut self, alphabet: &[u8], out: &mut [u8]) -> Result<(), GenerateError> {
        let m = alphabet.len() as u64;
        let (mut word, mut used) = (self.word, self.used);
        for slot in out.iter_mut() {
            used *= m;
            if used > 1 << 32 {
                word = (self.next)();
                used = m;
            }
            // The high word of `word · m` is below m: the character; the low word keeps
            // the unused randomness for the next one.
            let wide = u128::from(word) * u128::from(m);
            word = wide as u64;
            *slot = alphabet.get((wide >> 64) as usize).copied().unwrap_or(b'0');
        }
        (self.word, self.used) = (word, used);
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Construction (shared by the builder and the pattern parser)
// ---------------------------------------------------------------------------------------------

impl CustomFormat {
    fn push(&mut self, seg: Seg, len: usize) -> Result<(), PatternErrorKind> {
        if usize::from(self.nsegs) >= MAX_SEGMENTS {
            return Err(PatternErrorKind::TooManySegments);
        }
        if usize::from(self.len) + len > MAX_LEN {
            return Err(PatternErrorKind::TooLong);
        }
        let once = match seg {
            Seg::Date(_) => Some(SegmentKind::Date),
            Seg::Seq { .. } => Some(SegmentKind::Sequence),
            Seg::Check(_) => Some(SegmentKind::Check),
            _ => None,
        };
        if let Some(kind) = once {
            let dup = self.segments().iter().any(|s| {
                matches!(
                    (s, kind),
                    (Seg::Date(_), SegmentKind::Date)
                        | (Seg::Seq { .. }, SegmentKind::Sequence)
                        | (Seg::Check(_), SegmentKind::Check)
                )
            });
            if dup {
                return Err(PatternErrorKind::Duplicate { segment: kind });
            }
        }
        if let Seg::Check(c) = seg {
            self.check_compatible(c.alg())?;
        }
        self.segs[usize::from(self.nsegs)] = seg;
        self.nsegs += 1;
        self.len += len as u8;
        self.loose_len += len as u8;
        Ok(())
    }

    /// Every character the non-literal segments so far can produce must be accepted by
    /// `alg`, and there must be at least one.
    fn check_compatible(&self, alg: &dyn CheckDigit) -> Result<(), PatternErrorKind> {
        let accepted = alg.alphabet();
        // A sample payload (each segment's first character) to catch fixed-length algorithms.
        let mut sample = [0u8; MAX_LEN];
        let mut len = 0usize;
        for s in self.segments() {
            let (chars, width): (&[u8], usize) = match *s {
                Seg::Date(f) => (b"0123456789", f.len()),
                Seg::Seq { width, .. } => (b"0123456789", usize::from(width)),
                Seg::Rand { alpha, len } => (self.alpha_bytes(alpha), usize::from(len)),
                _ => continue,
            };
            if let Some(&byte) = chars.iter().find(|&&b| !accepted.contains(b)) {
                return Err(PatternErrorKind::CheckAlphabet { byte });
            }
            let first = chars.first().copied().unwrap_or(b'0');
            if let Some(dst) = sample.get_mut(len..len + width) {
                dst.fill(first);
            }
            len += width;
        }
        if len == 0 {
            return Err(PatternErrorKind::CheckWithoutPayload);
        }
        match alg.compute(sample.get(..len).unwrap_or(&[])) {
            Err(e) => match e.kind() {
                crate::check::ErrorKind::InvalidLength { len, expected } => {
                    Err(PatternErrorKind::CheckLength { len, expected })
                }
                _ => Ok(()),
            },
            Ok(_) => Ok(()),
        }
    }

    fn push_literal(&mut self, text: &[u8]) -> Result<(), PatternErrorKind> {
        for &b in text {
            self.push_literal_byte(b)?;
        }
        Ok(())
    }

    fn push_literal_byte(&mut self, b: u8) -> Result<(), PatternErrorKind> {
        if !(b' '..=b'~').contains(&b) {
            return Err(PatternErrorKind::InvalidLiteral { byte: b });
        }
        if usize::from(self.pool_len) >= POOL {
            return Err(PatternErrorKind::StorageFull);
        }
        if usize::from(self.len) >= MAX_LEN {
            return Err(PatternErrorKind::TooLong);
        }
        let n = usize::from(self.nsegs);
        let extend = match n.checked_sub(1).map(|k| self.segs[k]) {
            Some(Seg::Literal { start, len }) => {
                usize::from(start) + usize::from(len) == usize::from(self.pool_len)
            }
            _ => false,
        };
        if !extend {
            if n >= MAX_SEGMENTS {
                return Err(PatternErrorKind::TooManySegments);
            }
            self.segs[n] = Seg::Literal {
                start: self.pool_len,
                len: 0,
            };
            self.nsegs += 1;
        }
        let k = usize::from(self.nsegs) - 1;
        if let Seg::Literal { len, .. } = &mut self.segs[k] {
            *len += 1;
        }
        self.pool[usize::from(self.pool_len)] = b;
        self.pool_len += 1;
        self.len += 1;
        if b.is_ascii_alphanumeric() {
            self.loose_len += 1;
        }
        Ok(())
    }

    fn push_user_alphabet(&mut self, len: u8, chars: &[u8]) -> Result<(), PatternErrorKind> {
        let valid = (2..=36).contains(&chars.len())
            && chars
                .iter()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            && chars
                .iter()
                .enumerate()
                .all(|(k, b)| !chars[..k].contains(b));
        if !valid {
            return Err(PatternErrorKind::InvalidAlphabet);
        }
        let start = usize::from(self.pool_len);
        if start + chars.len() > POOL {
            return Err(PatternErrorKind::StorageFull);
        }
        // Reserve the segment first so a failing push leaves the pool untouched.
        let seg = Seg::Rand {
            len,
            alpha: Alpha::Pool {
                start: start as u8,
                len: chars.len() as u8,
            },
        };
        self.pool[start..start + chars.len()].copy_from_slice(chars);
        self.pool_len += chars.len() as u8;
        if let Err(e) = self.push(seg, usize::from(len)) {
            self.pool_len -= chars.len() as u8;
            self.pool[start..start + chars.len()].fill(0);
            return Err(e);
        }
        Ok(())
    }

    fn finish(mut self) -> Result<CustomFormat, PatternErrorKind> {
        let mut variable = false;
        let segs = self.segs;
        for s in &segs[..usize::from(self.nsegs).min(MAX_SEGMENTS)] {
            match *s {
                Seg::Date(_) | Seg::Rand { .. } => variable = true,
                Seg::Seq { width, permuted } => {
                    variable = true;
                    if permuted {
                        self.perm = Permutation::decimal(u32::from(width), self.key);
                    }
                }
                _ => {}
            }
        }
        if !variable {
            return Err(PatternErrorKind::NoVariablePart);
        }
        // The derived hot-path data.
        self.template = [0; MAX_LEN + SLACK];
        self.steps = CustomFormat::EMPTY.steps;
        self.nsteps = 0;
        self.literal_mask = 0;
        self.runs = CustomFormat::EMPTY.runs;
        self.nruns = 0;
        self.check = None;
        self.fast = None;
        let mut pos = 0usize;
        for s in &segs[..usize::from(self.nsegs).min(MAX_SEGMENTS)] {
            let width = self.seg_width(s);
            let at = pos as u8;
            let step = match *s {
                Seg::Unused => None,
                Seg::Literal { start, len } => {
                    let (from, n) = (usize::from(start), usize::from(len));
                    if let (Some(dst), Some(src)) = (
                        self.template.get_mut(pos..pos + n),
                        self.pool.get(from..from + n),
                    ) {
                        dst.copy_from_slice(src);
                    }
                    for i in pos..(pos + n).min(MAX_LEN) {
                        self.literal_mask |= 1 << i;
                    }
                    None
                }
                Seg::Date(f) => Some(Step::Date { f, at }),
                Seg::Seq { width, permuted } => Some(Step::Seq {
                    width,
                    permuted,
                    at,
                }),
                Seg::Rand { len, alpha } => Some(Step::Rand { len, alpha, at }),
                Seg::Check(c) => {
                    self.check = Some(c);
                    self.fast = match c {
                        Checker::Builtin(a) => Fast::of(a),
                        Checker::Custom { .. } => None,
                    };
                    Some(Step::Check {
                        at,
                        width: width as u8,
                    })
                }
            };
            // Payload runs: non-literal characters before the check, adjacent ones merged.
            if self.check.is_none() && !matches!(s, Seg::Literal { .. } | Seg::Unused) {
                let k = usize::from(self.nruns);
                match k.checked_sub(1).map(|j| self.runs[j]) {
                    Some((start, len)) if usize::from(start) + usize::from(len) == pos => {
                        self.runs[k - 1].1 += width as u8;
                    }
                    _ => {
                        self.runs[k] = (at, width as u8);
                        self.nruns += 1;
                    }
                }
            }
            if let Some(step) = step {
                self.steps[usize::from(self.nsteps)] = step;
                self.nsteps += 1;
            }
            pos += width;
        }
        Ok(self)
    }

    /// Width of a segment in a canonical number.
    fn seg_width(&self, seg: &Seg) -> usize {
        match *seg {
            Seg::Unused => 0,
            Seg::Literal { len, .. } => usize::from(len),
            Seg::Date(f) => f.len(),
            Seg::Seq { width, .. } => usize::from(width),
            Seg::Rand { len, .. } => usize::from(len),
            Seg::Check(c) => c.alg().check_len(),
        }
    }

    /// Parses the arguments of one `{…}` segment; `base` is the byte offset of its body.
    fn push_spec(
        &mut self,
        body: &str,
        base: usize,
        checks: &[UserCheck],
    ) -> Result<(), PatternError> {
        let seg_pos = base - 1;
        let mut parts = [("", 0usize); 4];
        let mut count = 0;
        let mut offset = 0;
        for piece in body.split(':') {
            if count == parts.len() {
                return Err(PatternError::at_byte(
                    PatternErrorKind::UnexpectedArgument,
                    base + offset,
                ));
            }
            parts[count] = (piece, base + offset);
            count += 1;
            offset += piece.len() + 1;
        }
        let args = &parts[1..count];
        let at = |k: PatternErrorKind, p: usize| PatternError::at_byte(k, p);
        let arg = |k: usize| -> Result<(&str, usize), PatternError> {
            args.get(k)
                .copied()
                .ok_or(at(PatternErrorKind::MissingArgument, base + body.len()))
        };
        let max_args = |n: usize| -> Result<(), PatternError> {
            match args.get(n) {
                Some(&(_, p)) => Err(at(PatternErrorKind::UnexpectedArgument, p)),
                None => Ok(()),
            }
        };
        let width = |(s, p): (&str, usize), max: u8| -> Result<u8, PatternError> {
            let bad = at(PatternErrorKind::InvalidLength { max }, p);
            if s.is_empty()
                || s.len() > 2
                || s.starts_with('0')
                || !s.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(bad);
            }
            let v: u8 = s.parse().map_err(|_| bad)?;
            if v == 0 || v > max {
                return Err(bad);
            }
            Ok(v)
        };
        let here = |r: Result<(), PatternErrorKind>| r.map_err(|k| at(k, seg_pos));
        match parts[0].0 {
            "date" => {
                let (fmt, p) = arg(0)?;
                max_args(1)?;
                let f: DateFormat = fmt
                    .parse()
                    .map_err(|_| at(PatternErrorKind::UnknownDateFormat, p))?;
                here(self.push(Seg::Date(f), f.len()))
            }
            "seq" => {
                let w = width(arg(0)?, MAX_SEQ_WIDTH)?;
                max_args(2)?;
                let permuted = match args.get(1) {
                    None => false,
                    Some(&("perm", _)) => true,
                    Some(&(_, p)) => return Err(at(PatternErrorKind::UnknownOption, p)),
                };
                here(self.push(Seg::Seq { width: w, permuted }, usize::from(w)))
            }
            "rand" => {
                let n = width(arg(0)?, MAX_LEN as u8)?;
                max_args(2)?;
                match args.get(1) {
                    None => here(self.push(
                        Seg::Rand {
                            len: n,
                            alpha: Alpha::Set(Charset::Digits),
                        },
                        usize::from(n),
                    )),
                    Some(&(name, p)) => {
                        if let Some(inner) =
                            name.strip_prefix('[').and_then(|s| s.strip_suffix(']'))
                        {
                            self.push_user_alphabet(n, inner.as_bytes())
                                .map_err(|k| match k {
                                    PatternErrorKind::InvalidAlphabet
                                    | PatternErrorKind::StorageFull => at(k, p),
                                    other => at(other, seg_pos),
                                })
                        } else {
                            let c: Charset = name
                                .parse()
                                .map_err(|_| at(PatternErrorKind::UnknownAlphabet, p))?;
                            here(self.push(
                                Seg::Rand {
                                    len: n,
                                    alpha: Alpha::Set(c),
                                },
                                usize::from(n),
                            ))
                        }
                    }
                }
            }
            "check" => {
                let (id, p) = arg(0)?;
                max_args(1)?;
                if let Some(&(id, alg)) = checks.iter().find(|(name, _)| *name == id) {
                    return here(
                        self.push(Seg::Check(Checker::Custom { id, alg }), alg.check_len()),
                    );
                }
                let alg: Algorithm = id
                    .parse()
                    .map_err(|_| at(PatternErrorKind::UnknownAlgorithm, p))?;
                here(self.push(Seg::Check(Checker::Builtin(alg)), alg.check_len()))
            }
            _ => Err(at(PatternErrorKind::UnknownSegment, base)),
        }
    }
}

impl FromStr for CustomFormat {
    type Err = PatternError;

    /// Parses a pattern string (see the [module docs](super) for the syntax).
    ///
    /// # Errors
    ///
    /// A [`PatternError`] with the byte position: `""` (empty), `"A{seq:4"` (unclosed
    /// brace), `"A}"` (unmatched brace), `"{serial:4}"` (unknown segment), `"{seq:0}"` /
    /// `"{seq:20}"` (length), `"{date:DDMMYY}"`, `"{rand:4:base64}"`, `"{rand:4:[AA]}"`,
    /// `"{check:crc}"`, `"{seq:4:shuffle}"`, `"{seq:4}{seq:4}"` (duplicate),
    /// `"{check:luhn}"` (nothing to cover), `"{rand:4:upper}{check:luhn}"` (alphabet),
    /// `"ACME"` (no variable part), numbers over 64 characters, over 16 segments, non-ASCII
    /// literal text.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse()?;
    /// assert_eq!(f.number_len(), 18);
    /// let err = "ACME-{date:MMYY}".parse::<CustomFormat>().unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "unknown date format: expected YYYYMMDD, YYMMDD, YYMM, YYDDD or YYWW (position 11)"
    /// );
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CustomFormat::parse_pattern(s, &[])
    }
}

impl CustomFormat {
    /// Parses a pattern string whose `{check:ID}` segments may also name your own
    /// algorithms (the formats built with [`Builder::check_with`] print such ids); built-in
    /// ids are looked up when `checks` has no entry of that name.
    ///
    /// # Errors
    ///
    /// As [`FromStr`](#impl-FromStr-for-CustomFormat); an id found neither in `checks` nor
    /// among the built-ins is [`PatternErrorKind::UnknownAlgorithm`].
    ///
    /// ```
    /// use tracking_number::check::{Alphabet, CheckChars, CheckDigit, Error};
    /// use tracking_number::custom::CustomFormat;
    ///
    /// /// Sum of the digits modulo 10.
    /// struct DigitSum;
    /// impl CheckDigit for DigitSum {
    ///     fn alphabet(&self) -> Alphabet { Alphabet::DIGITS }
    ///     fn check_alphabet(&self) -> Alphabet { Alphabet::DIGITS }
    ///     fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
    ///         let mut sum = 0u32;
    ///         for (i, &b) in payload.iter().enumerate() {
    ///             if !b.is_ascii_digit() { return Err(Error::invalid_char(b, i)); }
    ///             sum += u32::from(b - b'0');
    ///         }
    ///         Ok(CheckChars::digit((sum % 10) as u8))
    ///     }
    /// }
    /// static DIGIT_SUM: DigitSum = DigitSum;
    ///
    /// let f = CustomFormat::builder().sequence(3).check_with("digit_sum", &DIGIT_SUM).build()?;
    /// let pattern = f.to_string();
    /// assert_eq!(pattern, "{seq:3}{check:digit_sum}");
    /// assert!(pattern.parse::<CustomFormat>().is_err());
    /// let back = CustomFormat::parse_pattern(&pattern, &[("digit_sum", &DIGIT_SUM)])?;
    /// assert_eq!(back, f);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn parse_pattern(s: &str, checks: &[UserCheck]) -> Result<CustomFormat, PatternError> {
        let b = s.as_bytes();
        if b.is_empty() {
            return Err(PatternError::at_byte(PatternErrorKind::Empty, 0));
        }
        let mut f = CustomFormat::EMPTY;
        let mut i = 0;
        while i < b.len() {
            match (b[i], b.get(i + 1)) {
                (b'{', Some(b'{')) | (b'}', Some(b'}')) => {
                    f.push_literal_byte(b[i])
                        .map_err(|k| PatternError::at_byte(k, i))?;
                    i += 2;
                }
                (b'}', _) => {
                    return Err(PatternError::at_byte(PatternErrorKind::UnmatchedBrace, i))
                }
                (b'{', _) => {
                    let close = b[i + 1..]
                        .iter()
                        .position(|&c| c == b'}')
                        .ok_or(PatternError::at_byte(PatternErrorKind::UnclosedBrace, i))?;
                    let body = s
                        .get(i + 1..i + 1 + close)
                        .ok_or(PatternError::at_byte(PatternErrorKind::UnclosedBrace, i))?;
                    f.push_spec(body, i + 1, checks)?;
                    i += close + 2;
                }
                (c, _) => {
                    f.push_literal_byte(c)
                        .map_err(|k| PatternError::at_byte(k, i))?;
                    i += 1;
                }
            }
        }
        f.finish().map_err(PatternError::unlocated)
    }
}

impl fmt::Display for CustomFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in self.segments() {
            match *s {
                Seg::Unused => {}
                Seg::Literal { start, len } => {
                    for &b in self.pool_str(start, len) {
                        match b {
                            b'{' => f.write_str("{{")?,
                            b'}' => f.write_str("}}")?,
                            _ => fmt::Write::write_char(f, b as char)?,
                        }
                    }
                }
                Seg::Date(d) => write!(f, "{{date:{d}}}")?,
                Seg::Seq {
                    width,
                    permuted: false,
                } => write!(f, "{{seq:{width}}}")?,
                Seg::Seq {
                    width,
                    permuted: true,
                } => write!(f, "{{seq:{width}:perm}}")?,
                Seg::Rand {
                    len,
                    alpha: Alpha::Set(Charset::Digits),
                } => write!(f, "{{rand:{len}}}")?,
                Seg::Rand {
                    len,
                    alpha: Alpha::Set(c),
                } => write!(f, "{{rand:{len}:{c}}}")?,
                Seg::Rand {
                    len,
                    alpha: Alpha::Pool { start, len: n },
                } => {
                    let chars = core::str::from_utf8(self.pool_str(start, n)).unwrap_or("");
                    write!(f, "{{rand:{len}:[{chars}]}}")?;
                }
                Seg::Check(c) => write!(f, "{{check:{}}}", c.id())?,
            }
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for CustomFormat {
    /// The pattern string (without key and id).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for CustomFormat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = CustomFormat;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a custom format pattern such as \"ACME-{seq:6}\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<CustomFormat, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl ExtraFormat for CustomFormat {
    fn id(&self) -> &str {
        CustomFormat::id(self)
    }

    /// From the length without literal punctuation to the canonical length.
    fn len_range(&self) -> (usize, usize) {
        (usize::from(self.loose_len), usize::from(self.len))
    }

    fn has_check(&self) -> bool {
        self.checker().is_some()
    }

    /// Lenient match ([`CustomFormat::parse_lenient`]): the scanner drops punctuation, so
    /// literal punctuation may be missing; lower case is accepted.
    fn is_match(&self, normalised: &[u8]) -> bool {
        normalised.len() <= 4 * MAX_LEN && self.read(normalised, true).is_ok()
    }
}

// ---------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------

/// Assembles a [`CustomFormat`] in code; errors are reported by [`build`](Self::build) with
/// the index of the offending segment call.
///
/// ```
/// use tracking_number::check::Algorithm;
/// use tracking_number::custom::{CustomFormat, DateFormat};
///
/// let f = CustomFormat::builder()
///     .literal("ACME-")
///     .date(DateFormat::YyMm)
///     .literal("-")
///     .permuted_sequence(6)
///     .literal("-")
///     .check(Algorithm::Damm)
///     .key(0x5EED)
///     .volume(200_000) // orders a month: fits in a million
///     .build()?;
/// assert_eq!(f.to_string(), "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}");
/// assert_eq!(f.key(), 0x5EED);
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct Builder {
    draft: CustomFormat,
    error: Option<PatternError>,
    calls: usize,
    volume: Option<u64>,
    id_error: bool,
}

impl Builder {
    fn step(mut self, f: impl FnOnce(&mut CustomFormat) -> Result<(), PatternErrorKind>) -> Self {
        if self.error.is_none() {
            if let Err(k) = f(&mut self.draft) {
                self.error = Some(PatternError::at_segment(k, self.calls));
            }
        }
        self.calls += 1;
        self
    }

    /// Literal text (printable ASCII).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().literal("A{").sequence(2).build()?;
    /// assert_eq!(f.to_string(), "A{{{seq:2}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn literal(self, text: &str) -> Self {
        self.step(|d| d.push_literal(text.as_bytes()))
    }

    /// A date segment.
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, DateFormat};
    ///
    /// let f = CustomFormat::builder().date(DateFormat::YyDdd).sequence(3).build()?;
    /// assert_eq!(f.to_string(), "{date:YYDDD}{seq:3}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn date(self, format: DateFormat) -> Self {
        self.step(|d| d.push(Seg::Date(format), format.len()))
    }

    /// A sequence segment of `width` digits (1 to 19), printed as is.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!(CustomFormat::builder().sequence(20).build().is_err());
    /// ```
    pub fn sequence(self, width: u8) -> Self {
        self.seq(width, false)
    }

    /// A sequence segment of `width` digits (1 to 19), permuted with the format's key.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().permuted_sequence(8).build()?;
    /// assert_eq!(f.to_string(), "{seq:8:perm}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn permuted_sequence(self, width: u8) -> Self {
        self.seq(width, true)
    }

    fn seq(self, width: u8, permuted: bool) -> Self {
        self.step(|d| {
            if width == 0 || width > MAX_SEQ_WIDTH {
                return Err(PatternErrorKind::InvalidLength { max: MAX_SEQ_WIDTH });
            }
            d.push(Seg::Seq { width, permuted }, usize::from(width))
        })
    }

    /// `len` random characters (1 to 64) from a named alphabet.
    ///
    /// ```
    /// use tracking_number::custom::{Charset, CustomFormat};
    ///
    /// let f = CustomFormat::builder().random(6, Charset::Hex).build()?;
    /// assert_eq!(f.to_string(), "{rand:6:hex}");
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn random(self, len: u8, charset: Charset) -> Self {
        self.step(|d| {
            if len == 0 || usize::from(len) > MAX_LEN {
                return Err(PatternErrorKind::InvalidLength { max: MAX_LEN as u8 });
            }
            d.push(
                Seg::Rand {
                    len,
                    alpha: Alpha::Set(charset),
                },
                usize::from(len),
            )
        })
    }

    /// `len` random characters from your own alphabet: 2 to 36 distinct characters from
    /// `0-9A-Z`.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().random_from(5, "ACDEFHJKMNPRTUVWXY3479").build()?;
    /// assert_eq!(f.to_string(), "{rand:5:[ACDEFHJKMNPRTUVWXY3479]}");
    /// assert!(CustomFormat::builder().random_from(5, "aa").build().is_err());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn random_from(self, len: u8, alphabet: &str) -> Self {
        self.step(|d| {
            if len == 0 || usize::from(len) > MAX_LEN {
                return Err(PatternErrorKind::InvalidLength { max: MAX_LEN as u8 });
            }
            d.push_user_alphabet(len, alphabet.as_bytes())
        })
    }

    /// A check segment computed with a built-in algorithm over every date, seq and rand
    /// character before it.
    ///
    /// ```
    /// use tracking_number::check::Algorithm;
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().sequence(6).check(Algorithm::Mod97_10).build()?;
    /// assert_eq!(f.number_len(), 8);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn check(self, algorithm: Algorithm) -> Self {
        self.step(|d| {
            d.push(
                Seg::Check(Checker::Builtin(algorithm)),
                algorithm.check_len(),
            )
        })
    }

    /// A check segment computed with your own [`CheckDigit`] implementation. It prints as
    /// `{check:ID}` in the pattern; `FromStr` only knows built-in ids, so such a format does
    /// not round-trip through a pattern string.
    ///
    /// ```
    /// use tracking_number::check::{Alphabet, CheckChars, CheckDigit, Error};
    /// use tracking_number::custom::CustomFormat;
    ///
    /// /// Sum of the digits modulo 10.
    /// struct DigitSum;
    /// impl CheckDigit for DigitSum {
    ///     fn alphabet(&self) -> Alphabet { Alphabet::DIGITS }
    ///     fn check_alphabet(&self) -> Alphabet { Alphabet::DIGITS }
    ///     fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
    ///         let mut sum = 0u32;
    ///         for (i, &b) in payload.iter().enumerate() {
    ///             if !b.is_ascii_digit() { return Err(Error::invalid_char(b, i)); }
    ///             sum += u32::from(b - b'0');
    ///         }
    ///         Ok(CheckChars::digit((sum % 10) as u8))
    ///     }
    /// }
    /// static DIGIT_SUM: DigitSum = DigitSum;
    ///
    /// let f = CustomFormat::builder().sequence(3).check_with("digit_sum", &DIGIT_SUM).build()?;
    /// assert_eq!(f.from_sequence(123, None)?.as_str(), "1236");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_with(self, id: &'static str, algorithm: &'static (dyn CheckDigit + Sync)) -> Self {
        self.step(|d| {
            d.push(
                Seg::Check(Checker::Custom { id, alg: algorithm }),
                algorithm.check_len(),
            )
        })
    }

    /// The permutation key for a permuted sequence (default 0).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = CustomFormat::builder().permuted_sequence(6).key(42).build()?;
    /// assert_eq!(f.key(), 42);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    pub fn key(mut self, key: u64) -> Self {
        self.draft.key = key;
        self
    }

    /// The id used by the scanner and detection (default `"custom"`); see
    /// [`CustomFormat::with_id`] for the rules.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!(CustomFormat::builder().sequence(6).id("Bad Id").build().is_err());
    /// ```
    pub fn id(mut self, id: &str) -> Self {
        match self.draft.with_id(id) {
            Ok(d) => self.draft = d,
            Err(_) => self.id_error = true,
        }
        self
    }

    /// The volume of numbers you need per date bucket (per day, month or week of the date
    /// segment; in total without one): [`build`](Self::build) fails with
    /// [`PatternErrorKind::CapacityTooSmall`] if the format cannot hold that many distinct
    /// numbers. For random formats also look at
    /// [`CustomFormat::collision_probability`].
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, DateFormat};
    ///
    /// let err = CustomFormat::builder().date(DateFormat::YyMmDd).sequence(3).volume(5_000).build().unwrap_err();
    /// assert_eq!(err.to_string(), "format holds 1000 numbers per date bucket, fewer than the requested 5000");
    /// ```
    pub fn volume(mut self, per_bucket: u64) -> Self {
        self.volume = Some(per_bucket);
        self
    }

    /// The format, or the first error.
    ///
    /// # Errors
    ///
    /// The first failing segment call's [`PatternError`] (with [`PatternError::segment`]):
    /// lengths out of range, a bad user alphabet, duplicates, a check algorithm that does
    /// not accept the characters before it; then [`PatternErrorKind::NoVariablePart`],
    /// [`PatternErrorKind::InvalidId`] and [`PatternErrorKind::CapacityTooSmall`].
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!(CustomFormat::builder().literal("ACME").build().is_err());
    /// ```
    pub fn build(self) -> Result<CustomFormat, PatternError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        if self.id_error {
            return Err(PatternError::unlocated(PatternErrorKind::InvalidId));
        }
        let f = self.draft.finish().map_err(PatternError::unlocated)?;
        if let Some(volume) = self.volume {
            let capacity = f.capacity();
            if capacity < u128::from(volume) {
                return Err(PatternError::unlocated(
                    PatternErrorKind::CapacityTooSmall { capacity, volume },
                ));
            }
        }
        Ok(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::vec::Vec;

    /// Formats covering every segment kind, literals inside and around the check payload,
    /// checks in the middle, two-character and user checks, user alphabets.
    const PATTERNS: [&str; 14] = [
        "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}",
        "ACME{date:YYMM}{seq:7:perm}{check:damm}",
        "SHOP{rand:11:crockford}{check:mod37_36}",
        "{date:YYYYMMDD}/{rand:3:hex}.{seq:4}{check:mod97_10}X",
        "{rand:2:upper}-{check:mod37_2}-{rand:4:alnum}",
        "INV{date:YYDDD}{seq:5}{check:luhn}",
        "{seq:3:perm}{{{rand:2:[XYZ789]}}}{check:mod37_36}",
        "{date:YYWW}{seq:9:perm}{check:verhoeff}",
        "A{date:YYMMDD}B{seq:2}C{check:gs1}D",
        "{rand:5}{check:mod11_2}",
        "{seq:19}{check:mod11_10}",
        "{rand:4:upper_all}{rand:3:alnum_all}{check:mod97_10}",
        "ORD-{seq:5}",
        "{seq:4}{check:fedex}{rand:2}",
    ];

    /// A user algorithm: digit sum modulo 10.
    struct DigitSum;
    impl CheckDigit for DigitSum {
        fn alphabet(&self) -> crate::check::Alphabet {
            crate::check::Alphabet::DIGITS
        }
        fn check_alphabet(&self) -> crate::check::Alphabet {
            crate::check::Alphabet::DIGITS
        }
        fn compute(&self, payload: &[u8]) -> Result<CheckChars, crate::check::Error> {
            let mut sum = 0u32;
            for (i, &b) in payload.iter().enumerate() {
                if !b.is_ascii_digit() {
                    return Err(crate::check::Error::invalid_char(b, i));
                }
                sum += u32::from(b - b'0');
            }
            Ok(CheckChars::digit((sum % 10) as u8))
        }
    }
    static DIGIT_SUM: DigitSum = DigitSum;

    fn format_for(k: usize, key: u64) -> CustomFormat {
        let f = match PATTERNS.get(k) {
            Some(p) => p.parse::<CustomFormat>().unwrap(),
            None => CustomFormat::builder()
                .literal("U-")
                .sequence(4)
                .literal("-")
                .date(DateFormat::YyMm)
                .check_with("digit_sum", &DIGIT_SUM)
                .build()
                .unwrap(),
        };
        f.with_key(key)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// The fast canonical reader accepts exactly what the detailed reader accepts, with
        /// the same result, on valid numbers and on numbers with a few bytes changed,
        /// removed or added.
        #[test]
        fn read_exact_equals_read(
            k in 0..=PATTERNS.len(),
            key in any::<u64>(),
            ordinal in 1u16..=365,
            year in 2000u16..=2099,
            seq in any::<u64>(),
            words in proptest::collection::vec(any::<u64>(), 8),
            edits in proptest::collection::vec((any::<u8>(), 0..48usize), 0..3),
            resize in -1i8..=1,
        ) {
            let f = format_for(k, key);
            let date = Date::from_ordinal(year, ordinal).unwrap();
            let seq = seq % 100; // fits every seq width above
            let mut it = words.iter().copied().cycle();
            let n = f
                .generate_with_source(&Parts::new().date(date).sequence(seq), || it.next().unwrap_or(0))
                .unwrap();
            let mut input: Vec<u8> = n.as_bytes().to_vec();
            const BYTES: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZaz-/{}*X ";
            for (pick, at) in edits {
                if let Some(b) = input.get_mut(at) {
                    *b = BYTES[usize::from(pick) % BYTES.len()];
                }
            }
            match resize {
                -1 => { input.pop(); }
                1 => input.push(b'0'),
                _ => {}
            }
            let slow = f.read(&input, false);
            let mut parsed = ParsedNumber::EMPTY;
            let fast = f.read_exact(&input, Some(&mut parsed));
            prop_assert_eq!(fast, slow.is_ok());
            prop_assert_eq!(f.read_exact(&input, None), slow.is_ok());
            if let Ok(want) = slow {
                prop_assert!(parsed == want);
            }
        }
    }

    #[test]
    fn exp_helper_is_accurate() {
        // Reference values of 1 − e^(−x) computed with high precision by hand/series.
        let cases = [
            (1e-12, 1e-12),
            (0.1, 0.095_162_581_964_040_43),
            (0.5, 0.393_469_340_287_366_6),
            (1.0, 0.632_120_558_828_557_7),
            (5.0, 0.993_262_053_000_914_7),
        ];
        for (x, want) in cases {
            let got = one_minus_exp_neg(x);
            assert!(((got - want) / want).abs() < 1e-12, "{x}: {got} vs {want}");
        }
        assert_eq!(one_minus_exp_neg(0.0), 0.0);
        assert_eq!(one_minus_exp_neg(100.0), 1.0);
    }

    #[test]
    fn source_random_draws_few_words() {
        let f: CustomFormat = "{rand:10:crockford}".parse().unwrap();
        let mut calls = 0;
        let _ = f.generate_with_source(&Parts::new(), || {
            calls += 1;
            0x0123_4567_89AB_CDEF
        });
        // 32^6 = 2^30 ≤ 2^32 < 32^7: six characters per word.
        assert_eq!(calls, 2);
    }

    #[test]
    fn failed_user_alphabet_leaves_the_draft_clean() {
        let mut f = CustomFormat::EMPTY;
        f.push(
            Seg::Seq {
                width: 3,
                permuted: false,
            },
            3,
        )
        .unwrap();
        f.push(Seg::Check(Checker::Builtin(Algorithm::Luhn)), 1)
            .unwrap();
        assert_eq!(f.push_user_alphabet(2, b"AB"), Ok(()));
        // a second alphabet then a duplicate check: the pool is rolled back
        let before = f.pool_len;
        let mut g = f;
        g.nsegs = MAX_SEGMENTS as u8;
        assert!(g.push_user_alphabet(2, b"CD").is_err());
        assert_eq!(g.pool_len, before);
    }
}
