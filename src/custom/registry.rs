//! Custom formats next to the carrier formats: overlap analysis and detection.

use core::fmt;

use super::{CustomFormat, Date, ParsedNumber, Parts};
use crate::{
    detect, normalize, Candidate, Carrier, Evidence, ExtraFormat, Format, Reading, Readings,
    TrackingNumber,
};

/// How many numbers [`CustomFormat::conflicts`] samples.
pub const CONFLICT_SAMPLES: u32 = 256;
/// The most conflicting carrier formats [`Conflicts`] holds.
const MAX_CONFLICTS: usize = 32;

/// A carrier format that also accepts numbers of a custom format, with the share of sampled
/// numbers it accepted.
///
/// ```
/// use tracking_number::custom::CustomFormat;
///
/// let f: CustomFormat = "{seq:12}".parse()?;
/// let c = f.conflicts().next().unwrap();
/// assert!(c.matched() > 0 && c.matched() <= c.sampled());
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Conflict {
    format: Format,
    matched: u32,
    sampled: u32,
}

/// Deserialisation re-validates nothing but the counts (`matched <= sampled`).
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Conflict {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        struct Repr {
            format: Format,
            matched: u32,
            sampled: u32,
        }
        let r = Repr::deserialize(deserializer)?;
        if r.matched > r.sampled {
            return Err(serde::de::Error::custom("matched exceeds sampled"));
        }
        Ok(Conflict {
            format: r.format,
            matched: r.matched,
            sampled: r.sampled,
        })
    }
}

impl Conflict {
    /// The carrier format.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    /// use tracking_number::Format;
    ///
    /// let f: CustomFormat = "{seq:12}".parse()?;
    /// assert!(f.conflicts().any(|c| c.format() == Format::FedexExpress));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn format(&self) -> Format {
        self.format
    }

    /// The carrier format's default carrier.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    /// use tracking_number::Carrier;
    ///
    /// let f: CustomFormat = "{seq:12}".parse()?;
    /// assert!(f.conflicts().any(|c| c.carrier() == Carrier::Fedex));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn carrier(&self) -> Carrier {
        self.format.carrier()
    }

    /// How many of the sampled numbers the carrier format accepted (check digit included).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:12}".parse()?;
    /// assert!(f.conflicts().all(|c| c.matched() >= 1));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn matched(&self) -> u32 {
        self.matched
    }

    /// How many numbers were sampled ([`CONFLICT_SAMPLES`]).
    ///
    /// ```
    /// use tracking_number::custom::{CustomFormat, CONFLICT_SAMPLES};
    ///
    /// let f: CustomFormat = "{seq:12}".parse()?;
    /// assert!(f.conflicts().all(|c| c.sampled() == CONFLICT_SAMPLES));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn sampled(&self) -> u32 {
        self.sampled
    }

    /// `matched / sampled`: an estimate of the share of your numbers the carrier format
    /// accepts. A format with a check digit accepts about one in ten numbers of a shape it
    /// fits; one without accepts them all.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:12}".parse()?;
    /// assert!(f.conflicts().all(|c| c.share() > 0.0 && c.share() <= 1.0));
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn share(&self) -> f64 {
        f64::from(self.matched) / f64::from(self.sampled.max(1))
    }
}

/// The carrier formats that also accept numbers of a custom format, most affected first:
/// an iterator over [`Conflict`], inline storage, no allocation.
///
/// ```
/// use tracking_number::custom::CustomFormat;
///
/// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse()?;
/// assert!(f.conflicts().is_empty()); // letters and a prefix no carrier uses
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Conflicts {
    items: [Option<Conflict>; MAX_CONFLICTS],
    len: usize,
    pos: usize,
}

impl Conflicts {
    /// Number of conflicts not yet iterated.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "{seq:12}".parse()?;
    /// assert!(f.conflicts().len() >= 1);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.len - self.pos
    }

    /// Whether no carrier format accepted any sampled number.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// assert!(f.conflicts().is_empty());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Iterator for Conflicts {
    type Item = Conflict;
    fn next(&mut self) -> Option<Conflict> {
        let item = self.items.get(self.pos).copied().flatten();
        if item.is_some() {
            self.pos += 1;
        }
        item
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }
}

impl ExactSizeIterator for Conflicts {}

/// SplitMix64: the deterministic source of the conflict samples.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

impl CustomFormat {
    /// The carrier formats that would also accept numbers of this format: a scanner or a
    /// support agent could take your numbers for theirs (e.g. a 12-digit numeric pattern
    /// fits FedEx Express, whose check digit one number in ten passes by chance).
    ///
    /// # Method
    ///
    /// Deterministic sampling: [`CONFLICT_SAMPLES`] numbers are generated from the format
    /// (sequence numbers spread over the whole range, random characters from a fixed
    /// SplitMix64 stream, dates spread over 2000–2099), normalised as the carrier parser
    /// does (upper case; spaces, dashes, dots dropped) and run through [`detect`]. A
    /// carrier format counts when it accepts a sample with its check digit verified or as a
    /// format without one; mismatching check digits do not count. The result is an estimate
    /// (a conflict rarer than about 1 in 100 numbers can be missed) and the same on every
    /// run. Numbers containing other punctuation (`#`, `/`, `_`) never reach carrier
    /// detection whole, so they do not conflict here.
    ///
    /// # Advice
    ///
    /// Give your numbers something no carrier has: a letter prefix (`ACME-`), letters in the
    /// random part, or a length no carrier uses; avoid bare digit strings of 10 to 22, 26,
    /// 30 and 34 digits and prefixes such as `1Z`, `JJD`, `TBA` and two letters followed by
    /// nine digits and two letters (UPU S10). Re-run this check when you change a pattern.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    /// use tracking_number::Carrier;
    ///
    /// let risky: CustomFormat = "{seq:11}{check:luhn}".parse()?;
    /// assert!(risky.conflicts().any(|c| c.carrier() == Carrier::Fedex));
    /// let safe: CustomFormat = "ACME{seq:8}{check:damm}".parse()?;
    /// assert!(safe.conflicts().is_empty());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn conflicts(&self) -> Conflicts {
        let mut counts = [0u32; 64];
        let mut rng = SplitMix(0x0DDB_1A5E_5BAD_5EED);
        let seq_space = self
            .permutation()
            .map_or_else(|| self.seq_space_u64(), |p| p.domain());
        let first = Date::new(2000, 1, 1).map_or(0, Date::to_unix_days);
        let mut buf = [0u8; TrackingNumber::MAX_LEN];
        for k in 0..u64::from(CONFLICT_SAMPLES) {
            let seq = (seq_space / u64::from(CONFLICT_SAMPLES))
                .saturating_mul(k)
                .saturating_add(rng.next() % 997)
                % seq_space.max(1);
            let date = Date::from_unix_days(first + (rng.next() % 36_500) as i64);
            let mut parts = Parts::new().sequence(seq);
            if let Some(d) = date {
                parts = parts.date(d);
            }
            let Ok(n) = self.generate_with_source(&parts, || rng.next()) else {
                continue;
            };
            let Some(norm) = normalize(n.as_str(), &mut buf) else {
                continue;
            };
            for c in detect(norm) {
                if matches!(c.evidence(), Evidence::Mismatch { .. }) {
                    continue;
                }
                if let Some(i) = Format::ALL.iter().position(|f| *f == c.format()) {
                    if let Some(slot) = counts.get_mut(i) {
                        *slot += 1;
                    }
                }
            }
        }
        let mut out = Conflicts {
            items: [None; MAX_CONFLICTS],
            len: 0,
            pos: 0,
        };
        for (i, &matched) in counts.iter().enumerate() {
            if matched == 0 {
                continue;
            }
            let (Some(&format), Some(slot)) = (Format::ALL.get(i), out.items.get_mut(out.len))
            else {
                continue;
            };
            *slot = Some(Conflict {
                format,
                matched,
                sampled: CONFLICT_SAMPLES,
            });
            out.len += 1;
        }
        // most affected first, registry order on ties
        out.items[..out.len].sort_unstable_by_key(|c| {
            let (matched, format) = c.map_or((0, None), |c| (c.matched, Some(c.format)));
            let order = Format::ALL
                .iter()
                .position(|f| Some(*f) == format)
                .unwrap_or(usize::MAX);
            (core::cmp::Reverse(matched), order)
        });
        out
    }

    fn seq_space_u64(&self) -> u64 {
        u64::try_from(self.sequence_space()).unwrap_or(u64::MAX)
    }
}

// ---------------------------------------------------------------------------------------------
// Detection with custom formats
// ---------------------------------------------------------------------------------------------

/// The most custom formats [`detect_with`] reports matches for.
pub const MAX_CUSTOM_MATCHES: usize = 4;

/// One reading of an input: a number of one of your formats, or a carrier candidate.
///
/// ```
/// use tracking_number::custom::{detect_with, CustomFormat, Detected};
///
/// let orders = "ACME-{seq:6}-{check:damm}".parse::<CustomFormat>()?.with_id("acme")?;
/// let n = orders.from_sequence(42, None)?;
/// match detect_with(n.as_str(), &[&orders]).next() {
///     Some(Detected::Custom { format, parsed }) => {
///         assert_eq!(format.id(), "acme");
///         assert_eq!(parsed.sequence(), Some(42));
///     }
///     other => panic!("{other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detected<'f> {
    /// A valid number of one of the custom formats given.
    Custom {
        /// The format it matched.
        format: &'f CustomFormat,
        /// The number taken apart.
        parsed: ParsedNumber,
    },
    /// A carrier candidate, as [`detect`] ranks it.
    Carrier(Candidate),
}

impl fmt::Debug for Detected<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Detected::Custom { format, parsed } => {
                write!(f, "Custom({}, {})", format.id(), parsed.number())
            }
            Detected::Carrier(c) => write!(f, "Carrier({c:?})"),
        }
    }
}

impl<'f> Detected<'f> {
    /// The id of the custom format (its [`id`](CustomFormat::id)) or of the carrier format.
    ///
    /// ```
    /// use tracking_number::custom::{detect_with, CustomFormat};
    ///
    /// let f = "X{seq:4}{check:luhn}".parse::<CustomFormat>()?.with_id("x_ref")?;
    /// let first = detect_with("X00000", &[&f]).next().unwrap();
    /// assert_eq!(first.id(), "x_ref");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &'f str {
        match *self {
            Detected::Custom { format, .. } => format.id(),
            Detected::Carrier(c) => c.format().as_str(),
        }
    }
}

/// The readings of one input by [`detect_with`], ranked best first; an iterator, inline
/// storage, no allocation.
///
/// ```
/// use tracking_number::custom::{detect_with, CustomFormat};
///
/// let f: CustomFormat = "ACME{seq:6}".parse()?;
/// let d = detect_with("1Z999AA10123456784", &[&f]);
/// assert_eq!(d.len(), 1);
/// assert_eq!(d.best().unwrap().id(), "ups_1z");
/// # Ok::<(), tracking_number::custom::PatternError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Detection<'f> {
    /// Carrier candidates and the custom formats of `custom`, ranked by the crate-root
    /// [`detect_with`](crate::detect_with); empty when the input does not normalise.
    readings: Readings<'f>,
    /// The custom formats that accepted the input, in the order given, with the number
    /// taken apart.
    custom: [Option<(&'f CustomFormat, ParsedNumber)>; MAX_CUSTOM_MATCHES],
    /// Only when the input does not normalise: indices into `custom`, ranked.
    fallback: [u8; MAX_CUSTOM_MATCHES],
    fallback_len: u8,
    fallback_pos: u8,
}

// Every custom match must fit in the crate-root detector's extras.
const _: () = assert!(MAX_CUSTOM_MATCHES <= crate::MAX_EXTRA_MATCHES);

impl<'f> Detection<'f> {
    /// The custom format behind an extra reading (the same object: compared by address).
    fn lookup(&self, format: &dyn ExtraFormat) -> Option<Detected<'f>> {
        self.custom
            .iter()
            .flatten()
            .find(|(f, _)| core::ptr::addr_eq(*f as *const CustomFormat, format))
            .map(|&(format, parsed)| Detected::Custom { format, parsed })
    }

    /// The best reading, without consuming.
    ///
    /// ```
    /// use tracking_number::custom::{detect_with, CustomFormat};
    ///
    /// let f: CustomFormat = "ACME{seq:6}".parse()?;
    /// assert!(detect_with("hello", &[&f]).best().is_none());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn best(&self) -> Option<Detected<'f>> {
        let mut copy = *self;
        copy.next()
    }

    /// Number of readings not yet iterated.
    ///
    /// ```
    /// use tracking_number::custom::{detect_with, CustomFormat};
    ///
    /// let f: CustomFormat = "ACME{seq:6}".parse()?;
    /// assert_eq!(detect_with("ACME000001", &[&f]).len(), 1);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        // exact: every extra reading maps back to an entry of `custom` (only those formats
        // were registered), so `next` skips nothing
        self.readings.len() + usize::from(self.fallback_len.saturating_sub(self.fallback_pos))
    }

    /// Whether nothing matched.
    ///
    /// ```
    /// use tracking_number::custom::{detect_with, CustomFormat};
    ///
    /// let f: CustomFormat = "ACME{seq:6}".parse()?;
    /// assert!(detect_with("ACME00001", &[&f]).is_empty());
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<'f> Iterator for Detection<'f> {
    type Item = Detected<'f>;

    fn next(&mut self) -> Option<Detected<'f>> {
        while let Some(reading) = self.readings.next() {
            match reading {
                Reading::Builtin(c) => return Some(Detected::Carrier(c)),
                Reading::Extra { format, .. } => {
                    // Only formats of `custom` were registered, so this finds one; a reading
                    // that could not be mapped back would be skipped.
                    if let Some(d) = self.lookup(format) {
                        return Some(d);
                    }
                }
            }
        }
        if self.fallback_pos >= self.fallback_len {
            return None;
        }
        let i = self.fallback.get(usize::from(self.fallback_pos)).copied()?;
        self.fallback_pos += 1;
        let (format, parsed) = self.custom.get(usize::from(i)).copied().flatten()?;
        Some(Detected::Custom { format, parsed })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }
}

impl ExactSizeIterator for Detection<'_> {}

impl fmt::Debug for Detection<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(*self).finish()
    }
}

/// Detection with your own formats next to the carrier formats: the crate-root
/// [`detect_with`](crate::detect_with) for [`CustomFormat`]s and typed-in input.
///
/// `input` may be typed by a person: carrier detection gets it through [`normalize`] (upper
/// case; surrounding whitespace, inner spaces, dashes and dots dropped) and each custom
/// format parses it leniently ([`CustomFormat::parse_lenient`]; falling back to the
/// normalised string, so surrounding line breaks are fine too).
///
/// # Ranking
///
/// There is one ranking rule, the one described on [`detect`]; custom formats take part as
/// Medium-confidence layouts: a match of a format with a check character counts as
/// verified, one without as "no check digit". At equal rank the built-in carrier formats
/// come first, then your formats in the order given (those with a check character first).
/// So a verified FedEx Express number comes before a 12-digit format of yours, with or
/// without a check character; a format of yours with a check character comes before carrier
/// layouts without a check digit; and any format of yours comes before Low-confidence and
/// mismatching carrier readings. The order is the one
/// [`tracking_number::detect_with`](crate::detect_with) gives for the normalised input.
///
/// An input that does not normalise (it contains `_`, `/`, `#` or other punctuation, or is
/// longer than carrier numbers can be) has no carrier readings: the custom formats that
/// accept it are reported alone, those with a check character first.
///
/// At most [`MAX_CUSTOM_MATCHES`] custom formats are reported: the first ones given that
/// accept the input; further matches are ignored. No allocation.
///
/// ```
/// use tracking_number::custom::{detect_with, CustomFormat, Detected};
///
/// let orders = "ACME-{seq:6}-{check:damm}".parse::<CustomFormat>()?.with_id("acme_order")?;
/// let bare = CustomFormat::builder().sequence(12).id("bare_digits").build()?;
/// // a FedEx Express number is also a 12-digit `bare_digits` number: both readings come,
/// // FedEx first because its check digit verified and `bare_digits` has none
/// let ids: Vec<&str> = detect_with("986578788855", &[&orders, &bare]).map(|d| d.id()).collect();
/// assert_eq!(ids.first(), Some(&"fedex_express"));
/// assert!(ids.contains(&"bare_digits"));
/// // an order reference, typed by a customer
/// let n = orders.from_sequence(42, None)?;
/// let best = detect_with(&n.as_str().to_lowercase(), &[&orders, &bare]).best().unwrap();
/// assert!(matches!(best, Detected::Custom { parsed, .. } if parsed.sequence() == Some(42)));
/// // punctuation carrier numbers never have: only custom formats can match
/// let slashed = "ACME/{seq:6}".parse::<CustomFormat>()?;
/// assert_eq!(detect_with("acme/000042", &[&slashed]).len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn detect_with<'f>(input: &str, formats: &[&'f CustomFormat]) -> Detection<'f> {
    let mut buf = [0u8; TrackingNumber::MAX_LEN];
    let norm = normalize(input, &mut buf);
    let mut custom = [None; MAX_CUSTOM_MATCHES];
    let mut custom_len = 0;
    for &f in formats {
        if custom_len == MAX_CUSTOM_MATCHES {
            break;
        }
        // The raw input first (so `was_normalised` tells whether the person typed the
        // canonical form), else the normalised string: `normalize` also trims line breaks and
        // other Unicode whitespace, which lenient parsing does not skip.
        let parsed = f
            .parse_lenient(input)
            .or_else(|e| norm.map_or(Err(e), |n| f.parse_lenient(n)));
        if let Ok(parsed) = parsed {
            custom[custom_len] = Some((f, parsed));
            custom_len += 1;
        }
    }
    let mut fallback = [0u8; MAX_CUSTOM_MATCHES];
    let mut fallback_len = 0u8;
    let readings = match (norm, custom[0]) {
        // The crate-root detector ranks the carrier layouts and the formats that parsed the
        // input together. Registering only those formats means every extra reading maps
        // back to a parsed number. A format that parsed the input and is then not reported
        // cannot normally happen either: on input that normalises, lenient parsing and
        // `is_match` on the normalised string see the same characters (`normalize` drops
        // nothing that lenient parsing does not skip, and upper case is accepted by both).
        (Some(n), Some((first, _))) => {
            let mut extras: [&'f dyn ExtraFormat; MAX_CUSTOM_MATCHES] = [first; MAX_CUSTOM_MATCHES];
            for (slot, &(f, _)) in extras.iter_mut().zip(custom.iter().flatten()) {
                *slot = f;
            }
            crate::detect_with(n, extras.get(..custom_len).unwrap_or(&[]))
        }
        (Some(n), None) => crate::detect_with(n, &[]),
        // No carrier reading is possible: rank the custom formats as the crate-root detector
        // ranks extras (a check character first, then the order given).
        (None, _) => {
            for with_check in [true, false] {
                for (i, &(f, _)) in custom.iter().flatten().enumerate() {
                    if ExtraFormat::has_check(f) == with_check {
                        if let Some(slot) = fallback.get_mut(usize::from(fallback_len)) {
                            *slot = i as u8;
                            fallback_len += 1;
                        }
                    }
                }
            }
            crate::detect_with("", &[])
        }
    };
    Detection {
        readings,
        custom,
        fallback,
        fallback_len,
        fallback_pos: 0,
    }
}
