//! Detection with your own formats next to the carrier formats: [`detect_with`].

use core::fmt;

use super::{CustomFormat, ParsedNumber};
use crate::{
    detect, normalize, rank, Candidate, Candidates, Confidence, Evidence, Format, TrackingNumber,
};

/// The most custom formats [`detect_with`] reports matches for.
pub(crate) const MAX_CUSTOM_MATCHES: usize = 4;

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
    /// A carrier reading, as [`detect`] ranks it.
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
    carriers: Candidates,
    /// The custom formats that accepted the input, with their rank keys, best first.
    custom: [Option<(&'f CustomFormat, ParsedNumber, u32)>; MAX_CUSTOM_MATCHES],
    next_custom: usize,
}

impl<'f> Detection<'f> {
    fn next_custom(&self) -> Option<(&'f CustomFormat, ParsedNumber, u32)> {
        self.custom.get(self.next_custom).copied().flatten()
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
    /// let f: CustomFormat = "ACME{seq:6}Z".parse()?;
    /// assert_eq!(detect_with("ACME000001Z", &[&f]).len(), 1);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.carriers.len() + self.custom.iter().skip(self.next_custom).flatten().count()
    }

    /// Whether nothing matched.
    ///
    /// ```
    /// use tracking_number::custom::{detect_with, CustomFormat};
    ///
    /// let f: CustomFormat = "ACME{seq:6}Z".parse()?;
    /// assert!(detect_with("ACME00001Z", &[&f]).is_empty());
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
        let carrier = self.carriers.best();
        let custom = self.next_custom();
        match (carrier, custom) {
            // at equal keys the carrier reading first
            (Some(c), Some((_, _, k))) if c.rank_key() >= k => {
                self.carriers.next();
                Some(Detected::Carrier(c))
            }
            (_, Some((format, parsed, _))) => {
                self.next_custom += 1;
                Some(Detected::Custom { format, parsed })
            }
            (Some(c), None) => {
                self.carriers.next();
                Some(Detected::Carrier(c))
            }
            (None, None) => None,
        }
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

/// Detection with your own formats next to the carrier formats, for typed-in input.
///
/// `input` may be typed by a person: carrier detection gets it through
/// [`normalize`](crate::normalize()) and each custom format parses it leniently
/// ([`CustomFormat::parse_lenient`], falling back to the normalised string).
///
/// # Ranking
///
/// There is one ranking rule, the one described on [`detect`]: a custom format takes part
/// as a Medium-confidence layout whose specificity counts its literal letters and digits (2
/// each), verified when it has a check character, "no check digit" otherwise; at equal rank
/// the carrier formats come first, then yours in the order given. So a verified FedEx
/// Express number comes before a bare 12-digit format of yours, `ACME` + digits comes before
/// a 3-letter carrier shape, and any valid format of yours comes before a mismatching
/// carrier reading.
///
/// An input that does not normalise (it contains `_`, `/`, `#` or other punctuation, or is
/// longer than carrier numbers can be) has no carrier readings: the custom formats that
/// accept it are reported alone.
///
/// At most four custom formats are reported: the first ones given that
/// accept the input. No allocation.
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
    let mut n = 0;
    for (i, &f) in formats.iter().enumerate() {
        if n == MAX_CUSTOM_MATCHES {
            break;
        }
        // the raw input first (so `was_normalized` tells whether the person typed the
        // canonical form), else the normalised string (`normalize` also trims line breaks
        // and other Unicode whitespace, which lenient parsing does not skip)
        let parsed =
            f.parse_lenient(input).or_else(|e| norm.map_or(Err(e), |n| f.parse_lenient(n)));
        if let Ok(parsed) = parsed {
            let evidence =
                if f.check_id().is_some() { Evidence::Verified } else { Evidence::NoCheckDigit };
            let key =
                rank::key(evidence, f.specificity(), Confidence::Medium, 2 * Format::ALL.len() + i);
            custom[n] = Some((f, parsed, key));
            n += 1;
        }
    }
    // best first, by insertion (stable: the order given breaks ties; no allocator needed)
    let key = |c: &Option<(&CustomFormat, ParsedNumber, u32)>| c.map_or(0, |(_, _, k)| k);
    for i in 1..n {
        let mut j = i;
        while j > 0 && key(&custom[j - 1]) < key(&custom[j]) {
            custom.swap(j - 1, j);
            j -= 1;
        }
    }
    Detection { carriers: detect(norm.unwrap_or("")), custom, next_custom: 0 }
}
