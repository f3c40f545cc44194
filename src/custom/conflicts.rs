//! Which carrier formats also accept a custom format's numbers: [`CustomFormat::conflicts`].

use super::{CustomFormat, Date, Parts};
use crate::{detect, normalize, Carrier, Confidence, Evidence, Format, TrackingNumber};

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
        Ok(Conflict { format: r.format, matched: r.matched, sampled: r.sampled })
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
    pub fn carrier(&self) -> Carrier {
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
    /// format without one; mismatching check digits do not count, nor do Low-confidence
    /// readings (bare digit runs without a public check digit and other weak shapes: they
    /// are never the default answer, only read with a carrier hint). The result is an estimate
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
        // the shape of the numbers does not depend on the key: sample with any
        let keyed = (*self).with_key(self.key.unwrap_or(0));
        let this = &keyed;
        let mut counts = [0u32; 256];
        let mut rng = SplitMix(0x0DDB_1A5E_5BAD_5EED);
        let seq_space = self.permutation().map_or_else(|| this.seq_space_u64(), |p| p.domain());
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
            let Ok(n) = this.generate_with_source(&parts, || rng.next()) else {
                continue;
            };
            let Some(norm) = normalize(n.as_str(), &mut buf) else {
                continue;
            };
            for c in detect(norm) {
                if matches!(c.evidence(), Evidence::Mismatch { .. })
                    || c.confidence() == Confidence::Low
                {
                    continue;
                }
                if let Some(slot) = counts.get_mut(c.format() as usize) {
                    *slot += 1;
                }
            }
        }
        let mut out = Conflicts { items: [None; MAX_CONFLICTS], len: 0, pos: 0 };
        for (i, &matched) in counts.iter().enumerate() {
            if matched == 0 {
                continue;
            }
            let (Some(&format), Some(slot)) = (Format::ALL.get(i), out.items.get_mut(out.len))
            else {
                continue;
            };
            *slot = Some(Conflict { format, matched, sampled: CONFLICT_SAMPLES });
            out.len += 1;
        }
        // most affected first, registry order on ties
        out.items[..out.len].sort_unstable_by_key(|c| {
            let (matched, format) = c.map_or((0, None), |c| (c.matched, Some(c.format)));
            (core::cmp::Reverse(matched), format.map_or(usize::MAX, |f| f as usize))
        });
        out
    }

    fn seq_space_u64(&self) -> u64 {
        u64::try_from(self.sequence_space()).unwrap_or(u64::MAX)
    }
}
