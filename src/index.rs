//! The detection index: every layout of the registry flattened into one table, dispatch masks
//! built from it at compile time, and the one matching loop that detection, parsing,
//! validation and the text scanner share.
//!
//! For an input, the candidate layouts are the intersection of five precomputed sets: by
//! length, first, second and last character, and whether the input is all digits. The loop
//! ([`each`]) walks them in registry order (so the layouts of one format are adjacent), lets
//! the caller prune a layout before it is matched (from the highest key it could reach, see
//! [`rank::ceiling`]), tests the structure ([`Layout::matches`]) and computes the check
//! character only for layouts that matched.

use crate::carrier::Carrier;
use crate::evidence::Evidence;
use crate::format::{
    operator, CarrierRule, Confidence, Entry, Format, FormatDef, Operator, UrlRule, FORMATS,
};
use crate::layout::{class_index, Classes, Layout, ANY, DIGIT_SET, MAX_LEN, UPPER_SET};
use crate::rank;

/// One layout of the registry with its format.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntryRef {
    pub(crate) def: &'static FormatDef,
    pub(crate) entry: &'static Entry,
}

impl EntryRef {
    #[inline]
    pub(crate) fn layout(&self) -> &'static Layout {
        &self.entry.layout
    }

    #[inline]
    pub(crate) fn format(&self) -> Format {
        self.def.format
    }

    /// The confidence of this layout.
    #[inline]
    pub(crate) const fn confidence(&self) -> Confidence {
        match self.entry.confidence {
            Some(c) => c,
            None => self.def.confidence,
        }
    }

    /// Whether this layout can only give [`Guess`](crate::scan::Strength::Guess) readings to
    /// a scanner: Low confidence and no check digit.
    #[inline]
    pub(crate) const fn guess_only(&self) -> bool {
        matches!(self.confidence(), Confidence::Low) && self.entry.layout.check.is_none()
    }

    /// The carrier of `s` under this layout (S10: the operator of the country code).
    pub(crate) fn carrier(&self, s: &[u8]) -> Carrier {
        match self.entry.carrier {
            CarrierRule::Inherit => self.def.carrier,
            CarrierRule::ByCountry => country_operator(s).map_or(Carrier::Upu, |o| o.carrier),
        }
    }

    /// Whether the layout's carrier is the postal operator of the country code.
    pub(crate) fn by_country(&self) -> bool {
        self.entry.carrier == CarrierRule::ByCountry
    }

    /// The tracking-page template for `s` under this layout.
    pub(crate) fn url(&self, s: &[u8]) -> Option<&'static str> {
        match self.entry.url {
            UrlRule::Inherit => self.def.url,
            UrlRule::Template(t) => Some(t),
            UrlRule::ByCountry => country_operator(s).and_then(|o| o.carrier.tracking_url()),
        }
    }
}

fn country_operator(s: &[u8]) -> Option<&'static Operator> {
    operator(s.get(s.len().saturating_sub(2)..).unwrap_or(b""))
}

// ---------------------------------------------------------------------------------------------
// The flattened table
// ---------------------------------------------------------------------------------------------

const fn count_entries() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < FORMATS.len() {
        assert!(FORMATS[i].format as usize == i, "registry out of Format order");
        n += FORMATS[i].entries.len();
        i += 1;
    }
    n
}

/// Number of layouts across all formats.
pub(crate) const N: usize = count_entries();
/// Words of a layout set.
const W: usize = N.div_ceil(64);
const _: () = assert!(N <= 64 * W, "too many layouts for the layout sets");
const _: () = assert!(N <= u16::MAX as usize);

const fn flatten() -> [EntryRef; N] {
    let mut out = [EntryRef { def: FORMATS[0], entry: &FORMATS[0].entries[0] }; N];
    let mut k = 0;
    let mut i = 0;
    while i < FORMATS.len() {
        let def = FORMATS[i];
        let mut j = 0;
        while j < def.entries.len() {
            out[k] = EntryRef { def, entry: &def.entries[j] };
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// Every layout, formats in registry order.
pub(crate) static ENTRIES: [EntryRef; N] = flatten();

/// A set of layouts.
pub(crate) type Set = [u64; W];

const fn with(mut set: Set, i: usize) -> Set {
    set[i / 64] |= 1 << (i % 64);
    set
}

/// Word-wise operations on two sets, each a `const fn`.
macro_rules! set_ops {
    ($($(#[$doc:meta])* $name:ident = |$x:ident, $y:ident| $e:expr;)*) => {$(
        $(#[$doc])*
        const fn $name(a: &Set, b: &Set) -> Set {
            let mut out = [0u64; W];
            let mut w = 0;
            while w < W {
                let ($x, $y) = (a[w], b[w]);
                out[w] = $e;
                w += 1;
            }
            out
        }
    )*};
}

set_ops! {
    /// The layouts in both.
    and = |x, y| x & y;
    /// The layouts in either.
    or = |x, y| x | y;
    /// The layouts of `a` not in `b`.
    minus = |x, y| x & !y;
}

const fn is_empty(set: &Set) -> bool {
    let mut w = 0;
    while w < W {
        if set[w] != 0 {
            return false;
        }
        w += 1;
    }
    true
}

/// At compile time: the set of the layouts `$e` (an [`EntryRef`]) for which `$pred` holds.
macro_rules! layouts_where {
    (|$e:ident| $pred:expr) => {{
        let entries = flatten();
        let mut set = [0u64; W];
        let mut i = 0;
        while i < N {
            let $e = &entries[i];
            if $pred {
                set = with(set, i);
            }
            i += 1;
        }
        set
    }};
}

const fn len_sets() -> [Set; MAX_LEN + 1] {
    let e = flatten();
    let mut m = [[0u64; W]; MAX_LEN + 1];
    let mut i = 0;
    while i < N {
        let mut l = e[i].entry.layout.min_len as usize;
        while l <= e[i].entry.layout.max_len as usize {
            m[l] = with(m[l], i);
            l += 1;
        }
        i += 1;
    }
    m
}

/// For each ASCII byte: the layouts whose character at `pos` can be that byte (none for a
/// byte outside `0-9A-Z`); `pos == usize::MAX` means the last character.
const fn char_sets(pos: usize) -> [Set; 128] {
    let e = flatten();
    let mut m = [[0u64; W]; 128];
    let mut i = 0;
    while i < N {
        let layout = &e[i].entry.layout;
        let set = if pos == usize::MAX {
            layout.last_set()
        } else if pos < layout.min_len as usize {
            layout.set_at(pos)
        } else {
            ANY
        };
        let mut b = 0;
        while b < 128 {
            if let Some(c) = class_index(b as u8) {
                if set & (1u64 << c) != 0 {
                    m[b] = with(m[b], i);
                }
            }
            b += 1;
        }
        i += 1;
    }
    m
}

/// `[layouts an all-digit input can have, layouts an input with a letter can have]`.
const fn kind_sets() -> [Set; 2] {
    let e = flatten();
    let mut m = [[0u64; W]; 2];
    let mut i = 0;
    while i < N {
        if e[i].entry.layout.digits_possible() {
            m[0] = with(m[0], i);
        }
        if e[i].entry.layout.letters_possible() {
            m[1] = with(m[1], i);
        }
        i += 1;
    }
    m
}

const fn format_sets() -> [Set; FORMATS.len()] {
    let e = flatten();
    let mut m = [[0u64; W]; FORMATS.len()];
    let mut i = 0;
    while i < N {
        let f = e[i].def.format as usize;
        m[f] = with(m[f], i);
        i += 1;
    }
    m
}

const fn ceilings() -> [u32; N] {
    let e = flatten();
    let mut k = [0u32; N];
    let mut i = 0;
    while i < N {
        let layout = &e[i].entry.layout;
        k[i] = rank::ceiling(
            layout.check.is_some(),
            layout.specificity,
            e[i].confidence(),
            e[i].def.format.priority(),
        );
        i += 1;
    }
    k
}

const fn all_set() -> Set {
    layouts_where!(|_e| true)
}

const fn low_set() -> Set {
    minus(&all_set(), &eligible_set())
}

/// The layouts that can give the default answer (not Low confidence).
const fn eligible_set() -> Set {
    layouts_where!(|e| !matches!(e.confidence(), Confidence::Low))
}

/// Every layout.
pub(crate) static ALL: Set = all_set();
/// The layouts that can give the default answer (Medium and High confidence).
pub(crate) static ELIGIBLE: Set = eligible_set();
/// The layouts that cannot (Low confidence).
pub(crate) static LOW: Set = low_set();
static BY_LEN: [Set; MAX_LEN + 1] = len_sets();

/// The layouts a normalised span starting with `first` and `second` may have, whatever its
/// length (for [`fit_spans`]); `None` for characters outside `0-9A-Z`.
#[inline]
pub(crate) fn by_start(first: u8, second: u8) -> Option<Set> {
    Some(and(BY_FIRST.get(usize::from(first))?, BY_SECOND.get(usize::from(second))?))
}

/// For each position: the layouts whose character there can be of `class` (a set over
/// `0-9A-Z`; every layout at a position past its fixed part, which depends on the length, and
/// none past its longest length).
const fn class_at_sets(class: u64) -> [Set; MAX_LEN] {
    let e = flatten();
    let mut m = [[0u64; W]; MAX_LEN];
    let mut i = 0;
    while i < N {
        let layout = &e[i].entry.layout;
        let mut pos = 0;
        while pos < MAX_LEN {
            let set = if pos >= layout.max_len as usize {
                0
            } else if pos < layout.min_len as usize {
                layout.set_at(pos)
            } else {
                ANY
            };
            if set & class != 0 {
                m[pos] = with(m[pos], i);
            }
            pos += 1;
        }
        i += 1;
    }
    m
}

static DIGIT_AT: [Set; MAX_LEN] = class_at_sets(DIGIT_SET);
static UPPER_AT: [Set; MAX_LEN] = class_at_sets(UPPER_SET);

/// The layouts that can only give [`Guess`](crate::scan::Strength::Guess) readings to a
/// scanner: Low confidence and no check digit.
const fn guess_only_set() -> Set {
    layouts_where!(|e| e.guess_only())
}

/// The normalised lengths (one bit each, up to [`MAX_LEN`]) at which some layout can give a
/// scanner more than a guess.
pub(crate) const fn beyond_guess_lengths() -> u64 {
    let e = flatten();
    let mut lengths = 0u64;
    let mut i = 0;
    while i < N {
        let layout = &e[i].entry.layout;
        if !e[i].guess_only() {
            let mut n = if layout.min_len < 1 { 1 } else { layout.min_len as usize };
            while n <= layout.max_len as usize && n <= MAX_LEN {
                lengths |= 1 << n;
                n += 1;
            }
        }
        i += 1;
    }
    lengths
}

static GUESS_ONLY: Set = guess_only_set();
/// The layouts that can give a scanner more than a guess.
static BEYOND_GUESS: Set = minus(&ALL, &GUESS_ONLY);

/// The layouts that take a digit or a letter at every position from the third on (free
/// alphanumeric runs such as Estafeta's 22 characters): the position-by-position test of
/// [`fit_spans`] only rules them out by length, so it walks without them.
const fn free_set() -> Set {
    layouts_where!(|e| {
        let layout = &e.entry.layout;
        let mut free = true;
        let mut p = 2;
        while p < layout.min_len as usize {
            free &= layout.set_at(p) & ANY == ANY;
            p += 1;
        }
        free
    })
}

/// The layouts [`free_set`] leaves out.
static FIXED: Set = minus(&ALL, &free_set());

/// For each layout: its lengths, one bit each (lengths up to 63).
static LENGTHS: [u64; N] = {
    let e = flatten();
    let mut m = [0u64; N];
    let mut i = 0;
    while i < N {
        let mut l = e[i].entry.layout.min_len as usize;
        while l <= e[i].entry.layout.max_len as usize && l < 64 {
            m[i] |= 1 << l;
            l += 1;
        }
        i += 1;
    }
    m
};

/// The free layouts ([`free_set`]) that end in any character and may be digits only or hold
/// letters: for them, a span of the right start fits by its length alone.
const fn plain_free_set() -> Set {
    and(
        &free_set(),
        &layouts_where!(|e| {
            let layout = &e.entry.layout;
            layout.last_set() & ANY == ANY && layout.digits_possible() && layout.letters_possible()
        }),
    )
}

static PLAIN_FREE: Set = plain_free_set();
/// The lengths of all plain free layouts, and of those that give more than a guess (from
/// [`LENGTHS`]).
static PLAIN_FREE_LENGTHS: (u64, u64) = {
    let (mut all, mut beyond) = (0u64, 0u64);
    let (plain, guess) = (plain_free_set(), guess_only_set());
    let mut i = 0;
    while i < N {
        if plain[i / 64] >> (i % 64) & 1 == 1 {
            all |= LENGTHS[i];
            if guess[i / 64] >> (i % 64) & 1 == 0 {
                beyond |= LENGTHS[i];
            }
        }
        i += 1;
    }
    (all, beyond)
};

/// The plain free layouts that give more than a guess.
static PLAIN_FREE_BEYOND: Set = and(&plain_free_set(), &minus(&ALL, &guess_only_set()));

/// The other free layouts, tested with the fixed ones.
static OTHER_FREE: Set = minus(&free_set(), &PLAIN_FREE);

/// The lengths of the layouts of `set`, one bit each.
#[inline]
fn lengths_of(set: &Set) -> u64 {
    let mut lens = 0;
    for (w, &word) in set.iter().enumerate() {
        let mut m = word;
        while m != 0 {
            lens |= LENGTHS.get(64 * w + m.trailing_zeros() as usize).copied().unwrap_or(0);
            m &= m - 1;
        }
    }
    lens
}

/// Which spans of one scanning pass may have a reading, one bit per span (see [`fit_spans`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fits {
    /// Spans some layout may have.
    pub(crate) any: u16,
    /// Spans a layout that gives more than a guess may have.
    pub(crate) beyond_guess: u16,
}

/// For the spans `s[..end]` sharing the start of `s`, with `ends` giving each span's end and
/// whether layouts with letters are asked (at most 16 spans, in increasing order of `end`; an
/// `end` below 2 is a span not asked about): which may have a layout. The test of each span
/// is the layouts by its first, second and last characters and its length, and position by
/// position whether a digit or a letter may stand there; the positions are folded in once for
/// all the spans, and the walk stops when no layout is left. A cheap necessary condition a
/// scanner asks before it classifies a span. With `guesses` false only the layouts that give
/// more than a guess are asked (a scanner that cannot report a guess there), and `any` is
/// `beyond_guess`.
#[inline]
pub(crate) fn fit_spans(s: &[u8], ends: &[(usize, bool)], guesses: bool) -> Fits {
    let mut fits = Fits::default();
    let (Some(&first), Some(&second)) = (s.first(), s.get(1)) else {
        return fits;
    };
    let Some(start) = by_start(first, second) else {
        return fits;
    };
    let start = if guesses { start } else { and(&start, &BEYOND_GUESS) };
    // the plain free layouts fit by their length alone, the other free ones need no walk;
    // the fixed ones: positions `..p` are folded into `set`
    let plain = and(&start, &PLAIN_FREE);
    let (plain_lengths, plain_beyond) = if plain == PLAIN_FREE {
        // the common case: every plain free layout takes this start
        PLAIN_FREE_LENGTHS
    } else if !guesses && plain == PLAIN_FREE_BEYOND {
        (PLAIN_FREE_LENGTHS.1, PLAIN_FREE_LENGTHS.1)
    } else {
        (lengths_of(&plain), lengths_of(&and(&plain, &BEYOND_GUESS)))
    };
    let free = and(&start, &OTHER_FREE);
    let free_lengths = if is_empty(&free) { 0 } else { lengths_of(&free) };
    let mut set = and(&start, &FIXED);
    let mut alive = !is_empty(&set);
    let mut p = 2;
    for (k, &(end, letters)) in ends.iter().enumerate().take(16) {
        if end < 2 {
            continue;
        }
        while alive && p < end {
            let Some(&b) = s.get(p) else {
                return fits;
            };
            let Some(at) = (if b.is_ascii_digit() { DIGIT_AT.get(p) } else { UPPER_AT.get(p) })
            else {
                return fits;
            };
            set = and(&set, at);
            alive = !is_empty(&set);
            p += 1;
        }
        if end < 64 && plain_lengths >> end & 1 == 1 {
            fits.any |= 1 << k;
            if plain_beyond >> end & 1 == 1 {
                fits.beyond_guess |= 1 << k;
            }
        }
        let free_here = end < 64 && free_lengths >> end & 1 == 1;
        if !alive && !free_here {
            if (free_lengths | plain_lengths) >> end.min(63) == 0 {
                return fits;
            }
            continue;
        }
        let (Some(by_len), Some(&last)) = (BY_LEN.get(end), s.get(end - 1)) else {
            return fits;
        };
        let Some(by_last) = BY_LAST.get(usize::from(last)) else {
            continue;
        };
        let set = if free_here { or(&set, &free) } else { set };
        let fit = and(&and(&set, by_len), &and(by_last, &BY_KIND[usize::from(letters)]));
        if !is_empty(&fit) {
            fits.any |= 1 << k;
            if !is_empty(&and(&fit, &BEYOND_GUESS)) {
                fits.beyond_guess |= 1 << k;
            }
        }
    }
    fits
}

static BY_FIRST: [Set; 128] = char_sets(0);
static BY_SECOND: [Set; 128] = char_sets(1);
static BY_LAST: [Set; 128] = char_sets(usize::MAX);
static BY_KIND: [Set; 2] = kind_sets();
/// The layouts of each format.
static FORMAT_SETS: [Set; FORMATS.len()] = format_sets();
/// The highest key each layout can reach.
pub(crate) static CEILING: [u32; N] = ceilings();

// ---------------------------------------------------------------------------------------------
// The matching loop
// ---------------------------------------------------------------------------------------------

/// One reading: a layout whose structure matched, with its evidence and rank key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) entry: u16,
    pub(crate) evidence: Evidence,
    pub(crate) key: u32,
}

impl Hit {
    #[inline]
    pub(crate) fn entry_ref(&self) -> &'static EntryRef {
        &ENTRIES[usize::from(self.entry)]
    }
}

/// An input classified once, with the layouts it may have: walked once or more (the
/// default answer walks the layouts that can answer, then, for a refusal only, the others).
#[derive(Clone, Copy)]
pub(crate) struct Prepared<'s> {
    s: &'s [u8],
    set: Set,
    cls: Classes,
}

impl<'s> Prepared<'s> {
    /// `None` when no layout of `within` can match `s` (or `s` is not `0-9A-Z`, 1 to
    /// [`MAX_LEN`] characters): the sets by length and by first, second and last character
    /// first, then the classes of every character.
    #[inline]
    pub(crate) fn new(s: &'s [u8], within: &Set) -> Option<Prepared<'s>> {
        let (&first, &last) = (s.first()?, s.last()?);
        let mut set = and(within, BY_LEN.get(s.len())?);
        set = and(&set, BY_FIRST.get(usize::from(first))?);
        set = and(&set, BY_LAST.get(usize::from(last))?);
        if let Some(&second) = s.get(1) {
            set = and(&set, BY_SECOND.get(usize::from(second))?);
        }
        if is_empty(&set) {
            return None;
        }
        let cls = Classes::of(s)?;
        let set = and(&set, &BY_KIND[usize::from(!cls.all_digits())]);
        Some(Prepared { s, set, cls })
    }

    /// Every reading by a layout of `within`, in registry order (see [`each`]).
    #[inline]
    pub(crate) fn each<S>(
        &self,
        within: &Set,
        state: &mut S,
        mut prune: impl FnMut(&S, usize, u32) -> bool,
        mut visit: impl FnMut(&mut S, Hit) -> bool,
    ) {
        let (s, cls) = (self.s, &self.cls);
        for (w, (&word, &allowed)) in self.set.iter().zip(within).enumerate() {
            let mut m = word & allowed;
            while m != 0 {
                let i = 64 * w + m.trailing_zeros() as usize;
                m &= m - 1;
                let (Some(e), Some(&ceiling)) = (ENTRIES.get(i), CEILING.get(i)) else {
                    return;
                };
                if prune(state, i, ceiling) || !e.layout().matches(s, cls) {
                    continue;
                }
                let evidence = e.layout().evidence(s);
                let key = rank::key(
                    evidence,
                    e.layout().specificity,
                    e.confidence(),
                    e.def.format.priority(),
                );
                let hit = Hit { entry: i as u16, evidence, key };
                if !visit(state, hit) {
                    return;
                }
            }
        }
    }
}

/// Every reading of `s` (normalised: `0-9A-Z`) by a layout of `within`, in registry order.
///
/// `state` is what the caller accumulates. `prune(state, i, ceiling)` is asked before layout
/// `i` is matched: `true` skips it (the caller knows it cannot matter, from the highest key
/// it could reach). `visit(state, hit)` gets each reading; returning `false` stops the walk.
#[inline]
pub(crate) fn each<S>(
    s: &[u8],
    within: &Set,
    state: &mut S,
    prune: impl FnMut(&S, usize, u32) -> bool,
    visit: impl FnMut(&mut S, Hit) -> bool,
) {
    if let Some(p) = Prepared::new(s, within) {
        p.each(&ALL, state, prune, visit);
    }
}

/// The best-ranked reading of `s` as `format`.
pub(crate) fn best_of_format(format: Format, s: &[u8]) -> Option<(u16, Evidence)> {
    let mut best: Option<Hit> = None;
    each(
        s,
        &FORMAT_SETS[format as usize],
        &mut best,
        |_, _, _| false,
        |best, h| {
            if best.is_none_or(|b| h.key > b.key) {
                *best = Some(h);
            }
            true
        },
    );
    best.map(|h| (h.entry, h.evidence))
}

impl Format {
    /// Whether `s` (normalised: upper case, no separators) is a valid number of this format.
    /// Allocation-free.
    ///
    /// ```
    /// use tracking_number::Format;
    ///
    /// assert!(Format::FedexExpress.is_valid("986578788855"));
    /// assert!(!Format::FedexExpress.is_valid("986578788856"));
    /// ```
    #[must_use]
    pub fn is_valid(self, s: &str) -> bool {
        best_of_format(self, s.as_bytes()).is_some_and(|(_, e)| e.is_valid())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::vec::Vec;

    /// The per-span test [`fit_spans`] folds: every position of `s` walked again for each span.
    fn may_fit_span(s: &[u8], letters: bool) -> bool {
        let (Some(&first), Some(&second), Some(&last)) = (s.first(), s.get(1), s.last()) else {
            return false;
        };
        let (Some(start), Some(by_len), Some(by_last)) =
            (by_start(first, second), BY_LEN.get(s.len()), BY_LAST.get(usize::from(last)))
        else {
            return false;
        };
        let set = and(&and(&start, by_len), &and(by_last, &BY_KIND[usize::from(letters)]));
        let set = s.iter().enumerate().skip(2).fold(set, |set, (p, &b)| {
            let at = if b.is_ascii_digit() { &DIGIT_AT } else { &UPPER_AT };
            at.get(p).map_or([0; W], |at| and(&set, at))
        });
        !is_empty(&set)
    }

    /// Every reading without the dispatch sets: each layout walked segment by segment.
    fn naive(s: &[u8]) -> Vec<(usize, Evidence)> {
        let Some(cls) = Classes::of(s) else {
            return Vec::new();
        };
        ENTRIES
            .iter()
            .enumerate()
            .filter(|(_, e)| e.layout().matches_segments(s, &cls))
            .map(|(i, e)| (i, e.layout().evidence(s)))
            .collect()
    }

    fn fast(s: &[u8]) -> Vec<(usize, Evidence)> {
        let mut out = Vec::new();
        each(
            s,
            &ALL,
            &mut out,
            |_, _, _| false,
            |out, h| {
                out.push((usize::from(h.entry), h.evidence));
                true
            },
        );
        out
    }

    proptest! {
        #[test]
        fn the_sets_only_skip_layouts_that_cannot_match(
            s in "[0-9]{1,40}|[0-9A-Z]{1,40}|(1Z|TBA|JJD|420|9[1-6]|LTN|3S|GM|MI|DT|JVGL|UR|LP|YT|SF|JT|4PX|H|Z|99|00)[0-9A-Z]{6,30}|[A-Z]{2}[0-9]{9}[A-Z]{2}"
        ) {
            prop_assert_eq!(fast(s.as_bytes()), naive(s.as_bytes()), "{}", s);
        }
    }

    /// Splits `s` into spans ending at the cuts `cuts` (sorted, deduplicated, within `s`).
    fn ends_of(s: &str, cuts: &[usize], letter_flags: &[bool]) -> Vec<(usize, bool)> {
        let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (s.len() + 1)).collect();
        cuts.push(s.len());
        cuts.sort_unstable();
        cuts.dedup();
        cuts.iter().zip(letter_flags.iter().cycle()).map(|(&e, &l)| (e, l)).take(16).collect()
    }

    proptest! {
        #[test]
        fn fit_spans_answers_as_the_per_span_test(
            s in "[0-9]{1,40}|[0-9A-Z]{1,40}|(1Z|TBA|JJD|420|9[1-6]|LTN|GM|JVGL|LP|YT|JT|H|00)[0-9A-Z]{6,30}|[A-Z]{2}[0-9]{9}[A-Z]{2}",
            cuts in proptest::collection::vec(0usize..48, 0..12),
            letter_flags in proptest::collection::vec(any::<bool>(), 1..4),
        ) {
            let ends = ends_of(&s, &cuts, &letter_flags);
            let fits = fit_spans(s.as_bytes(), &ends, true);
            let strong = fit_spans(s.as_bytes(), &ends, false);
            // without guesses: the spans a layout beyond a guess may have
            prop_assert_eq!(strong, Fits { any: fits.beyond_guess, beyond_guess: fits.beyond_guess });
            for (k, &(end, letters)) in ends.iter().enumerate() {
                let span = &s.as_bytes()[..end];
                prop_assert_eq!(fits.any >> k & 1 == 1, may_fit_span(span, letters), "{} {}", s, end);
                // a layout that matches the span (and is asked) is one the test lets through
                let asked = Classes::of(span).map(|cls| {
                    let kind = usize::from(letters);
                    ENTRIES.iter().enumerate().filter(|(i, e)| {
                        BY_KIND[kind][i / 64] >> (i % 64) & 1 == 1 && e.layout().matches_segments(span, &cls)
                    }).map(|(i, _)| i).collect::<Vec<_>>()
                }).unwrap_or_default();
                let beyond = asked.iter().any(|&i| BEYOND_GUESS[i / 64] >> (i % 64) & 1 == 1);
                prop_assert!(!beyond || fits.beyond_guess >> k & 1 == 1, "{} {}", s, end);
                prop_assert!(asked.is_empty() || fits.any >> k & 1 == 1, "{} {}", s, end);
                prop_assert!(fits.beyond_guess & !fits.any == 0);
            }
        }
    }

    #[test]
    fn guesses_are_low_confidence_layouts_without_a_check_digit() {
        // GLS's 8-character Track-ID: a guess; UPS's 1Z: more
        let of = |f: Format| ENTRIES.iter().position(|e| e.def.format == f).unwrap();
        let bit = |set: &Set, i: usize| set[i / 64] >> (i % 64) & 1 == 1;
        assert!(!bit(&BEYOND_GUESS, of(Format::GlsTrackId)));
        assert!(bit(&BEYOND_GUESS, of(Format::Ups1Z)));
        let s = b"1Z999AA1";
        let fits = fit_spans(s, &[(8, true)], true);
        assert_eq!(fits, Fits { any: 1, beyond_guess: 0 });
        assert_eq!(fit_spans(s, &[(8, true)], false), Fits::default());
    }

    #[test]
    fn ceilings_bound_every_key() {
        for e in Format::ALL.iter().map(|f| f.example()) {
            each(
                e.as_bytes(),
                &ALL,
                &mut (),
                |_, _, _| false,
                |_, h| {
                    assert!(h.key <= CEILING[usize::from(h.entry)], "{e}");
                    true
                },
            );
        }
    }
}
