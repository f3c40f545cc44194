//! [`CustomFormat`]: its storage and accessors (the other files of this module add
//! construction, the pattern syntax, generation, reading and sizing).

use core::fmt;

use super::error::{PatternError, PatternErrorKind};
use super::{Builder, Charset, DateFormat, Permutation};
use crate::bits::ascii_mask;
use crate::check::{Algorithm, CheckDigit};
use crate::ExtraFormat;

/// The longest number a custom format can produce, in characters.
pub const MAX_LEN: usize = 64;
/// The most segments a custom format can have (adjacent literal text counts as one).
pub const MAX_SEGMENTS: usize = 16;
/// Inline bytes for literal text and user alphabets together.
pub(super) const POOL: usize = 64;
/// Slack after buffers so short copies can move fixed 16-byte chunks.
pub(super) const SLACK: usize = 16;
/// Inline bytes for the id.
pub(super) const ID_LEN: usize = 32;
/// Longest seq segment: 10^19 still fits a `u64`.
pub(super) const MAX_SEQ_WIDTH: u8 = 19;
/// `10^k` for `k` = 0 to 19.
pub(super) const POW10: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut k = 1;
    while k < 20 {
        t[k] = t[k - 1] * 10;
        k += 1;
    }
    t
};

/// A user check algorithm for [`CustomFormat::parse_pattern`]: the id used in
/// `{check:ID}` and the algorithm.
pub type UserCheck = (&'static str, &'static (dyn CheckDigit + Sync));

// ---------------------------------------------------------------------------------------------
// Segments (private storage)
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Alpha {
    Set(Charset),
    /// A user alphabet stored in the pool.
    Pool {
        start: u8,
        len: u8,
    },
}

#[derive(Clone, Copy)]
pub(super) enum Checker {
    Builtin(Algorithm),
    Custom { id: &'static str, alg: &'static (dyn CheckDigit + Sync) },
}

impl Checker {
    pub(super) fn alg(&self) -> &dyn CheckDigit {
        match self {
            Checker::Builtin(a) => a,
            Checker::Custom { alg, .. } => *alg,
        }
    }
    pub(super) fn id(&self) -> &'static str {
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
pub(super) enum Seg {
    Unused,
    Literal { start: u8, len: u8 },
    Date(DateFormat),
    Seq { width: u8, permuted: bool },
    Rand { len: u8, alpha: Alpha },
    Check(Checker),
}

/// Separator characters: optional in lenient mode, dropped from input there.
pub(super) const fn is_separator(b: u8) -> bool {
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
    pub(super) segs: [Seg; MAX_SEGMENTS],
    pub(super) nsegs: u8,
    /// `POOL` bytes of data plus 16 bytes of slack for chunked copies.
    pub(super) pool: [u8; POOL + SLACK],
    pub(super) pool_len: u8,
    /// Length of canonical numbers.
    pub(super) len: u8,
    /// Length without the literal characters that are not letters or digits.
    pub(super) loose_len: u8,
    /// Characters covered by a check, i.e. non-literal characters before the check.
    /// The permutation key; `None` until one is set (a permuted sequence then refuses to
    /// generate and to parse).
    pub(super) key: Option<u64>,
    pub(super) perm: Option<Permutation>,
    pub(super) id: [u8; ID_LEN],
    pub(super) id_len: u8,
    /// Derived by `finish` from the segments, for the hot paths: a number with every
    /// literal in place (other bytes 0), plus [`SLACK`] bytes for chunked copies.
    pub(super) template: [u8; MAX_LEN + SLACK],
    /// The non-literal segments with their positions, in order.
    pub(super) steps: [Step; MAX_SEGMENTS],
    pub(super) nsteps: u8,
    /// Bit `i` set when character `i` of a number is literal.
    pub(super) literal_mask: u64,
    /// The check segment's payload as runs `(start, len)` of the number.
    pub(super) runs: [(u8, u8); MAX_SEGMENTS],
    pub(super) nruns: u8,
    /// The check algorithm.
    pub(super) check: Option<Checker>,
}

/// A non-literal segment and the index of its first character in a number.
#[derive(Clone, Copy)]
pub(super) enum Step {
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
    pub(super) const EMPTY: CustomFormat = CustomFormat {
        segs: [Seg::Unused; MAX_SEGMENTS],
        nsegs: 0,
        pool: [0; POOL + SLACK],
        pool_len: 0,
        len: 0,
        loose_len: 0,
        key: None,
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
        Builder::new()
    }

    /// How much the literal text sets this format's numbers apart, on the scale of the
    /// carrier layouts' specificity: 2 per literal letter or digit.
    pub(crate) fn specificity(&self) -> u8 {
        let literal_alnum = self
            .segments()
            .iter()
            .map(|s| match *s {
                Seg::Literal { start, len } => {
                    self.pool_str(start, len).iter().filter(|b| b.is_ascii_alphanumeric()).count()
                }
                _ => 0,
            })
            .sum::<usize>();
        u8::try_from(2 * literal_alnum).unwrap_or(u8::MAX)
    }

    pub(super) fn segments(&self) -> &[Seg] {
        &self.segs[..usize::from(self.nsegs).min(MAX_SEGMENTS)]
    }

    pub(super) fn pool_str(&self, start: u8, len: u8) -> &[u8] {
        let s = usize::from(start);
        self.pool.get(s..s + usize::from(len)).unwrap_or(&[])
    }

    /// Membership bitmask of an alphabet (ASCII only).
    #[inline]
    pub(super) fn alpha_mask(&self, alpha: Alpha) -> u128 {
        match alpha {
            Alpha::Set(c) => c.mask(),
            Alpha::Pool { start, len } => ascii_mask(self.pool_str(start, len)),
        }
    }

    pub(super) fn alpha_bytes(&self, alpha: Alpha) -> &[u8] {
        match alpha {
            Alpha::Set(c) => c.chars().as_bytes(),
            Alpha::Pool { start, len } => self.pool_str(start, len),
        }
    }

    /// The same format with a permutation key (used by `{seq:N:perm}`). A format with a
    /// permuted sequence and no key refuses to generate and to parse
    /// ([`GenerateErrorKind::MissingKey`](super::GenerateErrorKind::MissingKey),
    /// [`NumberErrorKind::MissingKey`](super::NumberErrorKind::MissingKey)): there is no
    /// default key to decode with by mistake.
    ///
    /// Keep the key with your configuration secrets. **A wrong key cannot be detected**: a
    /// number parsed under another key is still well-formed and decodes to another counter.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:6:perm}".parse()?;
    /// assert!(f.from_sequence(5, None).is_err()); // no key yet
    /// let a = f.with_key(1).from_sequence(5, None)?;
    /// let b = f.with_key(2).from_sequence(5, None)?;
    /// assert_ne!(a, b);
    /// // under the wrong key, a number parses back to another counter, without an error
    /// assert_ne!(f.with_key(2).parse(a.as_str())?.sequence(), Some(5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_key(mut self, key: u64) -> Self {
        self.key = Some(key);
        self.perm = self.perm.and_then(|p| Permutation::new(p.domain(), key));
        self
    }

    /// The permutation key, if one was set.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f = "{seq:6:perm}".parse::<CustomFormat>()?;
    /// assert_eq!(f.key(), None);
    /// assert_eq!(f.with_key(9).key(), Some(9));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn key(&self) -> Option<u64> {
        self.key
    }

    /// Whether the format needs a key: it has a permuted sequence (`{seq:N:perm}`).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// assert!("{seq:6:perm}".parse::<CustomFormat>()?.needs_key());
    /// assert!(!"{seq:6}".parse::<CustomFormat>()?.needs_key());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn needs_key(&self) -> bool {
        self.perm.is_some()
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
            || !b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
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

    pub(super) fn checker(&self) -> Option<Checker> {
        self.segments().iter().find_map(|s| match s {
            Seg::Check(c) => Some(*c),
            _ => None,
        })
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

#[cfg(test)]
mod tests {
    use super::super::capacity::one_minus_exp_neg;
    use super::*;
    use crate::check::CheckChars;
    use crate::custom::{Date, ParsedNumber, Parts};
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
            // 2001–2098: an ISO week year (`{date:YYWW}`) of a date in 2000 or 2099 may
            // be 1999 or 2100, which two digits cannot write (`YearOutOfRange`, tested
            // in `tests/custom.rs`).
            year in 2001u16..=2098,
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
        f.push(Seg::Seq { width: 3, permuted: false }, 3).unwrap();
        f.push(Seg::Check(Checker::Builtin(Algorithm::Luhn)), 1).unwrap();
        assert_eq!(f.push_user_alphabet(2, b"AB"), Ok(()));
        // a second alphabet then a duplicate check: the pool is rolled back
        let before = f.pool_len;
        let mut g = f;
        g.nsegs = MAX_SEGMENTS as u8;
        assert!(g.push_user_alphabet(2, b"CD").is_err());
        assert_eq!(g.pool_len, before);
    }
}
