//! The single-pass scanning core, generic over "classify this normalised span".
//!
//! The public [`Scanner`](super::Scanner) plugs the carrier table and the caller's extra
//! formats in through [`Classify`]; the unit tests below plug in a tiny table of their own so
//! the tokenising, context and overlap rules are tested independently of it.

use super::context::{self, Before, Hint};
use super::grouping::{
    blocks, inside_iban, one_block, printed_consistently, printed_in_blocks, Visible,
};
use super::ocr::{ocr_digits, ocr_mixed};
use super::token::{self, Group, Sep};
use super::url::{self, Verdict};
use super::{label, Strength, Support};
use crate::index::Fits;
use crate::Carrier;

/// Longest normalised span the scanner can look at (its buffer size).
pub(crate) const MAX_LEN: usize = 48;
/// Most groups one span may consist of (`1Z 999 AA1 01 2345 678 4` has 7).
pub(crate) const MAX_GROUPS: usize = 12;

/// "What is this normalised span?" as the core asks it.
pub(crate) trait Classify {
    /// What a recognised span is.
    type Item: Copy;
    /// Longest normalised length any known format has (at most [`MAX_LEN`]).
    fn max_len(&self) -> usize;
    /// Shortest normalised length any known format has.
    fn min_len(&self) -> usize;
    /// Whether some format has normalised length `len`.
    fn possible(&self, len: usize) -> bool;
    /// Whether some format of normalised length `len` may give a reading stronger than
    /// [`Strength::Guess`] (`false` only when none can).
    fn beyond_guess(&self, _len: usize) -> bool {
        true
    }
    /// Which of the spans `norm[..end]` may have a reading at all, one bit per entry of
    /// `ends` (each span's `end`, and whether it contains a letter): a necessary condition,
    /// cheaper than [`classify`](Self::classify), asked first. [`Fits::beyond_guess`] marks
    /// the spans that may have a reading stronger than [`Strength::Guess`]; with `guesses`
    /// false (no guess can be reported there) `any` may leave out the spans only a guess
    /// may read.
    fn may_be(&self, _norm: &[u8], ends: &[(usize, bool)], _guesses: bool) -> Fits {
        let all = ((1u32 << ends.len().min(16)) - 1) as u16;
        Fits { any: all, beyond_guess: all }
    }
    /// The best reading of `norm` (ASCII upper case, no separators) that the caller's filters
    /// allow, with its strength.
    fn classify(&self, norm: &[u8]) -> Option<(Self::Item, Strength)>;
    /// [`classify`](Self::classify) among the readings whose check digit verified (what a
    /// span read with letters taken for digits may be read as).
    fn classify_verified(&self, norm: &[u8]) -> Option<(Self::Item, Strength)> {
        self.classify(norm).filter(|r| self.verified(&r.0))
    }
    /// The best reading of `norm` as a number of `carrier` or one of its brands, whatever its
    /// confidence: what that carrier's tracking URL holds.
    fn classify_as(&self, norm: &[u8], _carrier: Carrier) -> Option<(Self::Item, Strength)> {
        self.classify(norm)
    }
    /// Whether a reading is of the carrier the caller named as the sender.
    fn hinted(&self, _item: &Self::Item) -> bool {
        false
    }
    /// Whether a reading is of `carrier` or one of its brands.
    fn is_of(&self, _item: &Self::Item, _carrier: Carrier) -> bool {
        true
    }
    /// Whether a reading is of a carrier with brands of its own ([`Carrier::parent`]).
    fn has_brands(&self, _item: &Self::Item) -> bool {
        false
    }
    /// Whether the caller named the sender (then its readings already rank first).
    fn has_hint(&self) -> bool {
        false
    }
    /// Whether groups of lengths `lens` are the reading's own printed grouping.
    fn printed_like(&self, _item: &Self::Item, _lens: &[usize]) -> bool {
        false
    }
    /// Whether two readings are of one format (a [`sibling`] must be).
    fn same_format(&self, _a: &Self::Item, _b: &Self::Item) -> bool {
        false
    }
    /// Whether a reading's check digit verified (a span read with letters OCR reads for
    /// digits taken for digits is reported only then).
    fn verified(&self, _item: &Self::Item) -> bool {
        false
    }
    /// Whether some reading of `norm` may be [`Strength::Strong`] (`false` only when none can:
    /// a weak span then needs support around it to be reported, which [`judge`] asks for
    /// before it reads the numbers beside the span).
    fn may_be_strong(&self, _norm: &[u8]) -> bool {
        true
    }
}

/// Reporting options the core needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Opts {
    /// Report weak numbers without context.
    pub eager: bool,
    /// Context words and URLs may promote weak numbers.
    pub context: bool,
    /// Drop anything weaker.
    pub min_strength: Strength,
}

/// A reported span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found<I> {
    pub start: usize,
    pub end: usize,
    /// Normalised length.
    pub len: usize,
    pub item: I,
    pub strength: Strength,
    pub support: Support,
}

impl<I> Found<I> {
    /// Stronger first, then longer; ties keep `other` (the earlier one).
    fn beats(&self, other: &Self) -> bool {
        (self.strength, self.len) > (other.strength, other.len)
    }
}

/// Where a scan is: everything before `pos` has been looked at.
#[derive(Clone, Copy, Debug)]
pub(crate) struct State<I> {
    pub pos: usize,
    pending: Option<Found<I>>,
    last_end: Option<usize>,
    /// What is known about the URL around the last candidate asked about.
    urls: url::Cache,
    /// The last position asked whether a label precedes it, and the answer.
    label: Option<(usize, bool)>,
    /// The last position asked whether a guess could be reported there, and the answer.
    guesses: Option<(usize, bool)>,
    /// Carrier names already looked for.
    names: context::NameCache,
    /// The carriers named at the text's start ([`context::Headline`]).
    headline: context::Headline,
    /// The last anchor asked whether a carrier's name may follow one of its spans
    /// ([`named_in`]), and the answer.
    named: Option<(usize, bool)>,
    /// The end of the last candidate after a label, or in a list after one ([`in_list`]):
    /// the label is the next number's too when only list glue stands between.
    listed: Option<usize>,
    /// The last start asked what may support a weak span there ([`State::support_from`]),
    /// with the `last_end` and `listed` it was asked with, and the answer.
    support_at: Option<SupportAt>,
    /// The last start asked for the context word before it ([`context::before`]), with the
    /// `last_end` it was asked with, and the answer: the spans of an anchor share it.
    before_at: Option<(usize, Option<usize>, Before)>,
    /// The context words after the last span ends asked about ([`context::word_after`]),
    /// by end modulo their number (an end is the end of spans of several anchors).
    after_at: [Option<(usize, Option<Hint>)>; 8],
    /// The readings of the last digits-only spans read ([`State::read_digits`]), by a hash
    /// of their start and end.
    read: [Option<Read<I>>; READ_SLOTS],
}

/// A start remembered by [`State::may_be_supported`]: the start, the `last_end` and `listed`
/// of the [`State`] then, and what [`State::support_from`] said.
type SupportAt = ((usize, Option<usize>, Option<usize>), Option<bool>);

/// A digits-only span remembered by [`State::read_digits`]: its start, its end, its reading.
type Read<I> = (usize, usize, Option<(I, Strength)>);

/// Digits-only spans whose readings [`State`] remembers: a span is read once as a span of
/// its anchor and again as the sibling of the spans beside it ([`sibling`]).
const READ_SLOTS: usize = 16;

impl<I: Copy> State<I> {
    pub(crate) const fn new() -> Self {
        State {
            pos: 0,
            pending: None,
            last_end: None,
            urls: url::Cache::new(),
            label: None,
            guesses: None,
            names: context::NameCache::new(),
            headline: context::Headline::new(),
            named: None,
            listed: None,
            support_at: None,
            before_at: None,
            after_at: [None; 8],
            read: [None; READ_SLOTS],
        }
    }

    /// [`Classify::classify`] of the digits-only span `text[start..end]`, whose digits are
    /// `norm` (read as the span of an anchor, or as a [`sibling`]), remembered for the last
    /// few such spans.
    fn read_digits<C: Classify<Item = I>>(
        &mut self,
        c: &C,
        start: usize,
        end: usize,
        norm: &[u8],
    ) -> Option<(I, Strength)> {
        let slot = &mut self.read[(start.wrapping_mul(31) ^ end) % READ_SLOTS];
        match *slot {
            Some((a, b, r)) if a == start && b == end => r,
            _ => {
                let r = c.classify(norm);
                *slot = Some((start, end, r));
                r
            }
        }
    }

    /// [`context::before`] `start`, remembered for the last start.
    fn word_before(&mut self, text: &[u8], start: usize) -> Before {
        match self.before_at {
            Some((at, last, b)) if at == start && last == self.last_end => b,
            _ => {
                let b = context::before(text, start, self.last_end);
                self.before_at = Some((start, self.last_end, b));
                b
            }
        }
    }

    /// [`context::word_after`] `end`, remembered for the last few ends.
    fn word_after(&mut self, text: &[u8], end: usize) -> Option<Hint> {
        let slot = &mut self.after_at[end % 8];
        match *slot {
            Some((at, h)) if at == end => h,
            _ => {
                let h = context::word_after(text, end);
                *slot = Some((end, h));
                h
            }
        }
    }

    /// Whether `start` is in a list of numbers after a label: right after a candidate that
    /// had one (or was itself in such a list), with only [`list_glue`] between ("Tracking
    /// numbers: 61018324775, 61018324783", one number a line).
    fn in_list(&self, text: &[u8], start: usize) -> bool {
        self.listed.is_some_and(|end| {
            text.get(end..start).is_some_and(list_glue)
                // (raw HTML read as text: a `<br>` between them, one a line)
                || token::sep_after(text, end) == Some((Sep::Newline, start))
        })
    }

    /// Whether a [`Strength::Guess`] reading of a span starting at `start` could be reported
    /// (see [`judge`]): only for a scanner that takes guesses, after a label (or a label only
    /// one carrier prints, or a carrier's name), in a carrier's tracking URL, when eager, or
    /// for the hinted carrier. Remembered for the last position. (A span with a carrier's
    /// name printed right after it may be reported too: see [`named_after`].)
    fn guesses_may_show<C: Classify<Item = I>>(
        &mut self,
        text: &[u8],
        c: &C,
        o: &Opts,
        start: usize,
    ) -> bool {
        if o.min_strength > Strength::Guess {
            return false;
        }
        if o.eager || c.has_hint() {
            return true;
        }
        if let Some((at, yes)) = self.guesses {
            if at == start {
                return yes;
            }
        }
        let yes = match url::verdict(text, start, &mut self.urls) {
            Verdict::Other => false,
            Verdict::Tracking(_) => o.context,
            Verdict::Text => {
                o.context
                    && (label::glue_before(text, start).is_some_and(|g| {
                        self.labelled_at(text, g)
                            || label::carrier_label_at(text, g).is_some()
                            || label::name_label_at(text, g).is_some()
                            || label::name_beside_at(text, g).is_some()
                            || named_parcel(text, start).is_some()
                    }) || self.in_list(text, start)
                        || label::column_label(text, start))
            }
        };
        self.guesses = Some((start, yes));
        yes
    }

    /// Whether anything around a span may support a reading of it that is not
    /// [`Strength::Strong`], so that [`judge`] could report one (a necessary condition, asked
    /// before the span and the numbers beside it are read): its URL, a label, a list after
    /// one, a carrier's label or name before it or right after it, or a context word before
    /// or after it ([`support`]). Eager scanners report such readings without support: not
    /// asked for them.
    fn may_be_supported(&mut self, text: &[u8], o: &Opts, start: usize, end: usize) -> bool {
        let key = (start, self.last_end, self.listed);
        let from_start = match self.support_at {
            Some((at, v)) if at == key => v,
            _ => {
                let v = self.support_from(text, o, start);
                self.support_at = Some((key, v));
                v
            }
        };
        from_start.unwrap_or_else(|| {
            context::name_beside_after(text, end).is_some()
                || self.word_after(text, end) == Some(Hint::Shipping)
        })
    }

    /// What the text before `start` says of the support of a weak span starting there:
    /// `Some(true)` if it may have some, `Some(false)` if it has none whatever follows it (in
    /// another URL; no context asked for; a word before it naming another kind of number),
    /// `None` if only what follows its end may give some. The ways are those of [`judge`]'s
    /// support and of [`own_label`], which must be kept in step with this list.
    fn support_from(&mut self, text: &[u8], o: &Opts, start: usize) -> Option<bool> {
        match url::verdict(text, start, &mut self.urls) {
            Verdict::Other => return Some(false),
            Verdict::Tracking(_) => return Some(o.context),
            Verdict::Text if !o.context => return Some(false),
            Verdict::Text => {}
        }
        if self.labelled(text, start)
            || self.in_list(text, start)
            || label::carrier_label(text, start).is_some()
            || label::name_label(text, start).is_some()
            || label::name_beside(text, start).is_some()
            || named_parcel(text, start).is_some()
        {
            return Some(true);
        }
        match self.word_before(text, start) {
            Before::Word(Hint::Shipping) | Before::Nearby => Some(true),
            Before::Word(Hint::Other) => Some(false),
            Before::Nothing => None,
        }
    }

    /// Whether an explicit tracking label precedes `start` (remembered for the last position).
    fn labelled(&mut self, text: &[u8], start: usize) -> bool {
        match self.label {
            Some((at, yes)) if at == start => yes,
            _ => {
                let yes = label::labelled(text, start);
                self.label = Some((start, yes));
                yes
            }
        }
    }

    /// [`State::labelled`] with the glue before the position walked.
    fn labelled_at(&mut self, text: &[u8], g: label::Glue) -> bool {
        match self.label {
            Some((at, yes)) if at == g.start() => yes,
            _ => {
                let yes = label::labelled_at(text, g);
                self.label = Some((g.start(), yes));
                yes
            }
        }
    }
}

/// The next match, in text order; overlapping candidates are resolved to the strongest, then
/// longest, then leftmost one.
pub(crate) fn next<C: Classify>(
    text: &[u8],
    c: &C,
    o: &Opts,
    st: &mut State<C::Item>,
) -> Option<Found<C::Item>> {
    loop {
        let Some(f) = next_candidate(text, c, o, st) else {
            return st.pending.take();
        };
        let out = match st.pending {
            Some(p) if f.start < p.end && !f.beats(&p) => continue,
            Some(p) if f.start < p.end => None,
            p => p,
        };
        st.listed = (f.support == Support::Label || st.in_list(text, f.start)).then_some(f.end);
        st.pending = Some(f);
        st.last_end = Some(f.end);
        // a strong match that nothing is joined after cannot be beaten by a span from a
        // later anchor inside it (such a span is shorter): those anchors are never looked at
        if f.strength == Strength::Strong && st.pos < f.end && !joined_after(text, f.end) {
            st.pos = f.end;
        }
        if out.is_some() {
            return out;
        }
    }
}

/// Whether a group that may continue a span (digits, or a short upper-case affix) is joined
/// after `end`.
fn joined_after(text: &[u8], end: usize) -> bool {
    token::sep_after(text, end).is_some_and(|(_, start)| {
        let g = token::scan_forward(text, start, MAX_LEN + 1);
        g.digit() || g.is_affix(4)
    })
}

/// The best acceptable span whose first digit-containing group is the next such group.
fn next_candidate<C: Classify>(
    text: &[u8],
    c: &C,
    o: &Opts,
    st: &mut State<C::Item>,
) -> Option<Found<C::Item>> {
    let max = c.max_len().min(MAX_LEN);
    let min = c.min_len();
    let mut ch = Chain {
        groups: [(Sep::Space, Group::default()); MAX_GROUPS + 1],
        n: 0,
        m: 0,
        total: 0,
        letters: false,
        joined: 0,
        caps: 0,
    };
    loop {
        let d = token::next_digit(text, st.pos);
        let d = d?;
        // the common case in prose: a number (a date, a price, a time, a phone number) printed
        // so that no span of it can be reported
        if let Some(end) = hopeless_digits(text, d, c, || st.guesses_may_show(text, c, o, d)) {
            st.pos = end;
            continue;
        }
        let back = token::scan_backward(text, d, max + 1);
        let fwd = token::scan_forward(text, d, max + 1);
        let mut run = Group::joined(back, fwd, back.long || fwd.long || fwd.end - back.start > max);
        // a percent-encoded character of a URL right before the number (`…%3D1Z999…`,
        // `tracknum=` in a carrier's URL that a click-tracking link wraps; `%2C` between the
        // numbers of a list; `%23` before Hermes's): the run starts after its two hex digits
        // (or, in a quoted-printable mail read undecoded, its `=3D`: `tracknum=3D1Z999…`)
        if back.start > 0
            && matches!(text[back.start - 1], b'%' | b'=')
            && !fwd.long
            && fwd.end > back.start + 2
        {
            let hex = text.get(back.start..back.start + 2).unwrap_or_default();
            let encoded = if text[back.start - 1] == b'%' {
                url::encodes_punctuation(hex)
            } else {
                url::qp_equals(hex)
            };
            if encoded {
                let p = back.start + 2;
                run = token::group(text, p, fwd.end, fwd.end - p > max);
            }
        }
        // letters in the run: a tracking label or a carrier's name may be glued to the number
        // (text stripped of its tags), and the group then starts where it ends
        if run.letter() && !fwd.long {
            if let Some(p) = glued_start(text, back.start, fwd.end) {
                run = token::group(text, p, fwd.end, fwd.end - p > max);
            }
        }
        // a capitalised word glued after a number ("…6149Scheduled", "…784Aaa9400"): words
        // hold no number
        if run.lower() && token::glued_word_at(text, run.start) {
            st.pos = run.end;
            continue;
        }
        if run.long {
            // longer than any number: no match can start or end inside it
            let end = token::run_end(text, run.end);
            st.pos = end;
            continue;
        }
        ch.fill(text, run, max);
        // the anchors after this one that cannot start a span are never looked at again
        st.pos = skip_plain(text, &ch, min, max);
        // the common case in prose: a short digit run (a date part, a price, a time) that
        // cannot grow into a span as long as the shortest format
        if !ch.reaches(text, min) {
            continue;
        }
        if let Some(f) = anchor(text, c, o, st, &ch, max) {
            return Some(f);
        }
    }
}

/// Where a tracking label ([`label::glued_label_end`]) or a carrier's name glued to a number
/// ends, in the run `text[from..to]` (the start of the number's group): "Tracking
/// number394299814550", "USPS9300…". The run opens with letters, or with digits and then a
/// name (a table's cells "1 of 3", "UPS" and the number's: "1 of 3UPS1Z…"); the label or name
/// ends among those letters.
#[inline(never)]
fn glued_start(text: &[u8], from: usize, to: usize) -> Option<usize> {
    let run = text.get(from..to)?;
    let digits = run.iter().take_while(|b| b.is_ascii_digit()).count();
    // (after digits, only a name, printed with a capital: not `600px`, `1a73e8`)
    if digits > 0 && !run.get(digits).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let letters = run[digits..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (k, l) = (from + digits, from + digits + letters);
    // (every label and name has two letters or more: `1Z…` holds none)
    if letters < 2 || l == to {
        return None;
    }
    let label = if digits == 0 { label::glued_label_end(text, k, l) } else { None };
    // a carrier's name glued after the label, before the digits ("Tracking numberUSPS9400…":
    // the label's, the carrier's and the number's cells) is no part of the number either
    let label = label.map(|e| {
        let name = text.get(l).is_some_and(u8::is_ascii_digit)
            && context::is_name_in_capitals(text.get(e..l).unwrap_or_default());
        if name {
            l
        } else {
            e
        }
    });
    label.or_else(|| {
        (k + 1..=l).rev().find(|&p| {
            // (a number opens with a digit or a capital)
            text.get(p).is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
                && context::name_ending_at(text, p, true).is_some()
        })
    })
}

/// Fewest capitals a word glued after a number has (fewer may end a number: S10's country
/// code, a check character).
const GLUED_CAPS: usize = 3;

/// Most letters a number ends with after its last digit (S10's country code, the two-letter
/// suffixes of other postal formats).
const TRAILING_LETTERS: usize = 2;

/// If the group `g` (scanned whole) ends with [`GLUED_CAPS`] or more upper-case letters
/// after a digit, where its digits end: a word in capitals glued after the number (text
/// stripped of its tags runs a table's cells together, `…5483016SHIPPED`).
#[inline]
fn caps_tail(text: &[u8], g: Group) -> Option<usize> {
    if !g.letter() || !g.digit() || g.long || g.len() <= GLUED_CAPS {
        return None;
    }
    let bytes = text.get(g.start..g.end)?;
    // (the common miss, told by its last bytes: `1Z`, `AA1`, `F`)
    if !bytes[bytes.len() - GLUED_CAPS..].iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let letters = bytes.iter().rev().take_while(|b| b.is_ascii_uppercase()).count();
    let digits_end = g.end - letters;
    (letters >= GLUED_CAPS && text[digits_end - 1].is_ascii_digit()).then_some(digits_end)
}

/// If the anchor `run` is a word of two letters or more, one of them lower case, glued
/// before a number ("Delivery By9405 5453 …", "order1Z999…", "deliveryRB…"), where the
/// number starts: after the word's last lower-case letter, at a digit or a capital (after a
/// carrier's name in capitals there, if digits follow it: "CarrierUSPS9400…"). No number
/// holds a lower-case letter.
#[inline]
fn word_before_number(text: &[u8], run: Group) -> Option<usize> {
    // (the common misses, told by two bytes: `24px`, `1a73e8`)
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    if !run.lower()
        || !run.digit()
        || run.long
        || !at(run.start).is_ascii_alphabetic()
        || at(run.end.wrapping_sub(1)).is_ascii_lowercase()
    {
        return None;
    }
    let bytes = text.get(run.start..run.end)?;
    let word = bytes.iter().rposition(u8::is_ascii_lowercase)? + 1;
    let number = &bytes[word..];
    if !(word >= 2
        && bytes[..word].iter().all(u8::is_ascii_alphabetic)
        && number.first().is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        && number.iter().any(u8::is_ascii_digit))
    {
        return None;
    }
    // a carrier's name in capitals between the word and the number (the carrier's cell:
    // `CarrierUSPS9400…`, `Tracking numberUSPS9400…`) is no part of the number either
    let letters = number.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let name = number.get(letters).is_some_and(u8::is_ascii_digit)
        && context::is_name_in_capitals(&number[..letters]);
    Some(run.start + word + if name { letters } else { 0 })
}

/// Digits-only spans of several groups shorter than this must be printed in blocks (see
/// [`plausible_digits`]).
const FREE_GROUPING: usize = 20;

/// If the digit `d` starts a sequence of digit groups ([`token::digit_chain`]) none of whose
/// spans can be reported, the end of the sequence: the anchors in it need no further look.
///
/// When no upper-case prefix can precede it, its spans are digits only. A single group shorter
/// than the shortest format is no number; a span of several groups with a digit group next to
/// it is part of a longer number (the neighbour rule of [`plausible_digits`]) unless that
/// group belongs to a [`sibling`], so only the whole sequence could be one (below
/// [`FREE_GROUPING`] characters only if it has a possible length and is printed in blocks),
/// or two spans in it printed alike. With a possible prefix (at most 4 letters) only the
/// length bound is used.
#[inline(always)]
fn hopeless_digits<C: Classify>(
    text: &[u8],
    d: usize,
    c: &C,
    guesses: impl FnOnce() -> bool,
) -> Option<usize> {
    let min = c.min_len();
    let upper_before =
        |k: usize| d.checked_sub(k).and_then(|i| text.get(i)).is_some_and(u8::is_ascii_uppercase);
    // (a separator is one to three bytes, the three-byte ones not ASCII or a soft line
    // break `=\r\n`; or markup, `&nbsp;`, `<wbr>`, `</b><span>`, `</b> `, `<br>\r\n`,
    // ending with `;`, `>` or white space after a tag; or Markdown's `**`, `****`, `__`)
    let last = d.checked_sub(1).and_then(|i| text.get(i)).copied();
    let wide = || last.is_some_and(|b| b >= 0x80 || b == b'\n');
    let markup = || {
        let before = |k: usize| d.checked_sub(k).and_then(|i| text.get(i)).copied();
        let tag_then_space = matches!(last, Some(b' ' | b'\n'))
            && (before(2) == Some(b'>') || before(2) == Some(b'\r') && before(3) == Some(b'>'));
        (matches!(last, Some(b';' | b'>' | b'*' | b'_')) || tag_then_space)
            && token::sep_ending_at(text, d).is_some_and(|(_, width)| upper_before(width + 1))
    };
    if upper_before(2) || upper_before(3) || wide() && upper_before(4) || markup() {
        // every span (prefix included) shorter than `min`
        let limit = min.saturating_sub(4);
        return token::digit_chain(text, d, limit, limit).map(|ch| ch.end);
    }
    // a digit group joined by a dash or a dot to the digits before it: no digits-only span
    // starts here (see `joins_digits`), and when the groups after it are digits only and
    // joined so too, none starts in the whole sequence (`113-4567890-1234567`)
    if d >= 2 && matches!(text.get(d - 1), Some(b'-' | b'.')) && text[d - 2].is_ascii_digit() {
        if let Some(ch) = token::digit_chain(text, d, MAX_LEN + 1, MAX_LEN + 1) {
            let seq = &text[d..ch.end];
            let joined = seq.iter().all(|&b| b.is_ascii_digit() || b == b'-' || b == b'.');
            let first = seq.iter().take_while(|b| b.is_ascii_digit()).count();
            return Some(if joined { ch.end } else { d + first });
        }
    }
    // a group of `min` characters or more may be a number on its own
    let ch = token::digit_chain(text, d, min.max(FREE_GROUPING), min)?;
    if ch.total < min || !whole_chain_may_pass(text, d, c, &ch, guesses) {
        Some(ch.end)
    } else {
        None
    }
}

/// Whether the whole [`token::digit_chain`] `ch` starting at `d` (several groups) may be a
/// number (of a possible length, and printed in blocks), or hold two numbers printed alike
/// one after the other. The rare part of [`hopeless_digits`], kept out of the scanning loop.
#[inline(never)]
fn whole_chain_may_pass<C: Classify>(
    text: &[u8],
    d: usize,
    c: &C,
    ch: &token::DigitChain,
    guesses: impl FnOnce() -> bool,
) -> bool {
    if ch.count < 2 {
        return false;
    }
    let lens = token::group_lens(text, d, ch.count);
    let lens = &lens[..ch.count];
    // a label makes any grouping worth a look (the judge asks for a consistent one, or the
    // number's own); after a plus sign, an international phone number (see
    // `plausible_digits`)
    let phone = d.checked_sub(1).and_then(|i| text.get(i)) == Some(&b'+');
    // printed in blocks, where no layout of its length gives more than a guess: only where a
    // guess can be reported (a label among other things)
    !phone
        && c.possible(ch.total)
        && (blocks(ch.count, |i| lens[i]) && (c.beyond_guess(ch.total) || guesses())
            || label::labelled(text, d))
        || may_hold_siblings(text, d, c, lens)
}

/// Whether the digit groups of `lens` (starting at `d`), with the digit groups joined before
/// `d`, may hold a span and its [`sibling`]: two runs of the same two or more group lengths,
/// one right after the other, of a possible length. A bound: `true` does not say there is one.
fn may_hold_siblings<C: Classify>(text: &[u8], d: usize, c: &C, lens: &[usize]) -> bool {
    // the digit groups before `d` (a sibling of a span in `lens` may start among them), last
    // first, then `lens`
    let mut all = [0usize; 3 * MAX_GROUPS];
    let mut n = 0;
    let mut at = d;
    while n < MAX_GROUPS {
        let Some((_, end)) = token::sep_before(text, at) else {
            break;
        };
        let g = token::scan_backward(text, end, MAX_LEN + 1);
        if g.letter() || g.long {
            break;
        }
        all[n] = g.len();
        n += 1;
        at = g.start;
    }
    if n + lens.len() < 4 {
        return false;
    }
    all[..n].reverse();
    let take = lens.len().min(all.len() - n);
    all[n..n + take].copy_from_slice(&lens[..take]);
    let all = &all[..n + take];
    (2..=all.len() / 2)
        .any(|p| all.windows(2 * p).any(|w| w[..p] == w[p..] && c.possible(w[..p].iter().sum())))
}

/// A group next to a span, with the separator that joins them.
type Neighbour = Option<(Sep, Group)>;

/// Whether a neighbour joined to a digits-only span by a dash, a dot or a separator not
/// shown makes it part of something longer, whatever the span: the first test of
/// [`plausible_digits`], asked before a span is normalised or fitted.
#[inline(always)]
fn joins_digits(n: Neighbour, max: usize) -> bool {
    n.is_some_and(|(sep, g)| {
        !matches!(sep, Sep::Space | Sep::Newline) && (g.digit() || g.len() > max)
    })
}

/// An anchor (the first digit-containing group of its spans) and the groups around it, each
/// scanned once.
struct Chain {
    /// The anchor, the groups joined after it, and one more (the right-hand neighbour).
    groups: [(Sep, Group); MAX_GROUPS + 1],
    /// Entries of `groups` in use.
    n: usize,
    /// How many of `groups` (from the anchor on) may be part of a span.
    m: usize,
    /// Normalised length of those `m` groups.
    total: usize,
    /// Whether one of those `m` groups contains a letter.
    letters: bool,
    /// The groups (bit `k` for `groups[k]`) joined to the group before them by a dash, a dot
    /// or a separator not shown, holding a digit ([`joins_digits`]).
    joined: u16,
    /// The groups (bit `k` for `groups[k]`) that end with a word in capitals glued after
    /// their digits ([`caps_tail`]), each looked at once when scanned.
    caps: u16,
}

impl Chain {
    /// Scans the anchor `run` and its neighbours into `self`. The groups after `run` that
    /// the previous anchor's chain already scanned (`run` is one of its later groups, as when
    /// the anchors of `1Z 999 AA1 01 …` follow each other) are taken from it, not scanned
    /// again.
    fn fill(&mut self, text: &[u8], run: Group, max: usize) {
        let reuse = (1..self.n)
            .find(|&k| self.groups[k].1.start == run.start && self.groups[k].1.end == run.end);
        let scanned = match reuse {
            Some(k) => {
                self.groups.copy_within(k..self.n, 0);
                self.caps >>= k;
                self.n - k
            }
            None => {
                self.caps = u16::from(caps_tail(text, run).is_some());
                1
            }
        };
        let mut caps = self.caps & ((1 << scanned) - 1);
        let groups = &mut self.groups;
        // the anchor's own separator is never read
        groups[0] = (Sep::Space, run);
        let mut n = 1;
        let mut total = run.len();
        // the groups that may be part of a span: the first `m`, `span_total` characters
        let (mut m, mut span_total, mut letters) = (1, total, run.letter());
        let mut joined = 0u16;
        while n < groups.len() {
            let (sep, g) = if n < scanned {
                groups[n]
            } else {
                let Some((sep, start)) = token::sep_after(text, groups[n - 1].1.end) else {
                    break;
                };
                let g = token::scan_forward(text, start, max + 1);
                groups[n] = (sep, g);
                caps |= u16::from(caps_tail(text, g).is_some()) << n;
                (sep, g)
            };
            if joins_digits(Some((sep, g)), max) {
                joined |= 1 << n;
            }
            n += 1;
            let fits = !g.long && (g.digit() || g.is_affix(4)) && total + g.len() <= max;
            if fits && n <= MAX_GROUPS {
                m = n;
                span_total = total + g.len();
                letters |= g.letter();
            }
            total += g.len();
            if !fits {
                break;
            }
        }
        // the bytes of the anchor and its neighbours, looked at once each (and once more
        // when normalised)
        self.n = n;
        self.m = m;
        self.total = span_total;
        self.letters = letters;
        self.joined = joined;
        self.caps = caps;
    }

    /// Whether some span of this anchor can reach `min` characters at all (a cheap bound; no
    /// span of an anchor for which it is `false` is acceptable). When the group before the
    /// anchor contains a digit, digits-only spans of several groups are ruled out by the
    /// neighbour rule, so the bound then only counts spans that contain a letter or are one
    /// block.
    fn reaches(&self, text: &[u8], min: usize) -> bool {
        let run = self.groups[0].1;
        if run.len() >= min {
            return true;
        }
        // a letter prefix adds at most 4 characters
        if self.total + 4 < min {
            return false;
        }
        if self.total >= min && self.letters {
            return true;
        }
        // the last 5 characters of the group before tell a letter prefix (at most 4 letters);
        // a digit among them is a digit in the group (one further back is missed, which only
        // makes the bound looser)
        let sep_before = token::sep_before(text, run.start);
        let before = sep_before.map(|(_, end)| token::scan_backward(text, end, 5));
        let prefix = before.filter(|g| g.is_affix(4)).map_or(0, |g| g.len());
        // (a group on the line before does not rule out the spans on this line, nor does the
        // end of a sibling)
        let digit_before = before.is_some_and(|g| {
            let sep = sep_before.map_or(Sep::Space, |(sep, _)| sep);
            g.digit() && sep != Sep::Newline && !(sep == Sep::Space && sibling_may_end_at(text, g))
        });
        // (the groups joined to the anchor by separators not shown are one block, which the
        // neighbour rule does not rule out)
        let block = self.n > 1 && self.groups[1].0 == Sep::Invisible;
        self.total + prefix >= min && (self.letters || !digit_before || block)
    }
}

/// A cheap bound for [`sibling`] before a span whose neighbour before, joined to it by one
/// space, is `last` (a group with a digit, as scanned: possibly cut short): whether `last`
/// and the group before it, joined by one separator, are both digits only (a sibling has as
/// many groups as its span, and a span whose neighbour rule asks for one has two or more).
/// `false` rules a sibling out; `true` does not say there is one.
fn sibling_may_end_at(text: &[u8], last: Group) -> bool {
    // a group longer than this counts as one that may be digits only
    const LOOK: usize = 8;
    if last.letter() {
        return false;
    }
    if last.long {
        return true;
    }
    let Some((_, end)) = token::sep_before(text, last.start) else {
        return false;
    };
    let g = token::scan_backward(text, end, LOOK);
    g.long || g.digit() && !g.letter()
}

/// Whether a span made of the plain group at `start` (digits only, shorter than `min`) and
/// the plain groups joined after it (at most [`MAX_GROUPS`] groups in all) may be printed like
/// a number ([`plausible_digits`]): of `min` characters or more, and in blocks or of
/// [`FREE_GROUPING`] characters or more. After a digit group no label can stand before such a
/// span, so a span of several groups printed otherwise is never reported, sibling or not; a
/// span of one plain group is too short. The groups are scanned as [`skip_plain`] walks them,
/// up to the first group that is not plain or a separator it stops at: a group it skips has
/// [`MAX_GROUPS`] plain groups after it, so all of its spans are looked at.
fn may_open_number(text: &[u8], start: usize, min: usize, max: usize) -> bool {
    let mut lens = [0usize; MAX_GROUPS];
    let (mut n, mut total, mut at) = (0, 0, start);
    while n < MAX_GROUPS {
        // (the usual case first: digits, then a byte that is no letter or digit)
        let end = match token::short_digit_run(text, at, min) {
            Some(end) => end,
            None => {
                let g = token::scan_forward(text, at, max + 1);
                if !g.digit() || g.letter() || g.long || g.len() >= min {
                    break;
                }
                g.end
            }
        };
        lens[n] = end - at;
        total += end - at;
        n += 1;
        if n >= 2 && total >= min && (total >= FREE_GROUPING || blocks(n, |i| lens[i])) {
            return true;
        }
        // (a space before a digit, told with one look)
        if text.get(end) == Some(&b' ') && text.get(end + 1).is_some_and(u8::is_ascii_digit) {
            at = end + 1;
            continue;
        }
        match token::sep_after(text, end) {
            Some((sep, next)) if !matches!(sep, Sep::Invisible | Sep::Newline) => at = next,
            _ => break,
        }
    }
    false
}

/// Where the search for the next anchor resumes after the anchor of `ch`: past the *plain*
/// groups after it (digits only, shorter than `min`) whose spans cannot reach `min`
/// characters. Each of them follows a digit group, so the neighbour rule leaves it only spans
/// of itself alone (too short) or spans containing a letter; a plain group all of whose next
/// [`MAX_GROUPS`] groups (the most a span has) are plain, or end the sequence, has none.
/// Groups joined by a separator not shown ([`Sep::Invisible`]) are one block to a reader, and
/// a group on a new line may start a number of its own (the neighbour rule does not look
/// across line breaks from a span on one line), so the walk stops at the first such join.
fn skip_plain(text: &[u8], ch: &Chain, min: usize, max: usize) -> usize {
    let run_end = ch.groups[0].1.end;
    let plain = |g: &Group| g.digit() && !g.letter() && !g.long && g.len() < min;
    // the common case: nothing joined after the anchor, or not a plain group
    let stops = |sep: Sep| matches!(sep, Sep::Invisible | Sep::Newline);
    if ch.n < 2 || !plain(&ch.groups[1].1) || stops(ch.groups[1].0) {
        return run_end;
    }
    // whether the plain group `j` groups after the anchor (joined by `sep`, at `start`) may
    // open a span with a sibling before it: the two groups before it are digits only (see
    // [`sibling_may_end_at`]; the groups walked are), and a span it opens may be printed like
    // a number ([`may_open_number`])
    let anchor = ch.groups[0].1;
    let opens_sibling = |j: usize, sep: Sep, start: usize| {
        sep == Sep::Space
            && match j {
                1 => sibling_may_end_at(text, anchor),
                2 => !anchor.letter(),
                _ => true,
            }
            && may_open_number(text, start, min, max)
    };
    // ends of the plain groups walked, the last `RING` of them
    const RING: usize = 16;
    let mut ends = [0usize; RING];
    let mut count = 0usize;
    let mut k = 1;
    let mut last = run_end;
    let natural = loop {
        // groups joined by a separator not shown read as one block, which the neighbour rule
        // does not cut: no skipping from there on
        let (sep, g) = if k < ch.n {
            if stops(ch.groups[k].0) {
                break false;
            }
            ch.groups[k]
        } else {
            let Some((sep, start)) = token::sep_after(text, last) else {
                break true;
            };
            if stops(sep) {
                break false;
            }
            // the usual case here: a plain group, told with one look at each byte
            if let Some(end) = token::short_digit_run(text, start, min) {
                if opens_sibling(count + 1, sep, start) {
                    break false;
                }
                ends[count % RING] = end;
                count += 1;
                last = end;
                continue;
            }
            (sep, token::scan_forward(text, start, max + 1))
        };
        k += 1;
        if g.long || !(g.digit() || g.is_affix(4)) {
            break true;
        }
        if g.letter() || g.len() >= min || opens_sibling(count + 1, sep, g.start) {
            break false;
        }
        ends[count % RING] = g.end;
        count += 1;
        last = g.end;
    };
    if count == 0 {
        run_end
    } else if natural {
        ends[(count - 1) % RING]
    } else if count >= MAX_GROUPS {
        ends[(count - MAX_GROUPS) % RING]
    } else {
        run_end
    }
}

/// All spans whose first digit-containing group is the anchor of `ch`; the best acceptable
/// one.
fn anchor<C: Classify>(
    text: &[u8],
    c: &C,
    o: &Opts,
    st: &mut State<C::Item>,
    ch: &Chain,
    max: usize,
) -> Option<Found<C::Item>> {
    let groups = &ch.groups[..ch.n];
    let run = groups[0].1;
    // every span of this anchor overlaps the kept match: only what can beat it matters
    let rival = st.pending.filter(|p| run.start < p.end).map(|p| (p.strength, p.len));
    // the group before `run`: an upper-case letter prefix may open the span (`EA 123 ...`)
    let before: Neighbour = token::sep_before(text, run.start)
        .map(|(sep, end)| (sep, token::scan_backward(text, end, max + 1)));
    let prefix = before.filter(|(_, g)| g.is_affix(4)).map(|(_, g)| g);
    // inside a strong match (the later groups of `1Z 999 AA1 ...`) only a longer strong span
    // could win: none is when even the longest span of this anchor is not longer
    let longest = prefix.map_or(0, |p| p.len()) + ch.total;
    if rival.is_some_and(|r| (Strength::Strong, longest) <= r) {
        return None;
    }

    // without the prefix and without letters every span is digits only, and every such span
    // of several groups shorter than 20 must be printed in blocks (see `plausible_digits`):
    // when none of a possible length is (`2024-01-15`, `113-4567890-1234567`), nothing
    // without the prefix can be reported
    let digits_hopeless = !ch.letters
        && (joins_digits(before, max)
            || !digit_spans_may_pass(c, groups, ch.m, max, || st.labelled(text, run.start)));
    if prefix.is_none() && digits_hopeless {
        return None;
    }

    // normalise once: [prefix] + groups; `ends[k]` = buffer length and "letters seen" after
    // group k
    let mut buf = [0u8; MAX_LEN];
    let mut len = 0;
    if let Some(p) = prefix {
        push(&mut buf, &mut len, &text[p.start..p.end]);
    }
    let plen = len;
    let mut ends = [(0usize, false); MAX_GROUPS];
    let m = ch.m;
    let mut letters = false;
    // a letter OCR reads for a digit, in the prefix or the groups; one it reads for a digit
    // among digits only, in the groups
    let mut misread = prefix.is_some_and(|p| p.misread());
    let mut lookalike = false;
    for (k, &(_, g)) in groups.iter().enumerate().take(m) {
        push(&mut buf, &mut len, &text[g.start..g.end]);
        letters |= g.letter();
        misread |= g.misread();
        lookalike |= g.lookalike();
        ends[k] = (len, letters);
    }

    let mut p = Pass {
        text,
        c,
        o,
        buf: &buf,
        len,
        ends: &ends[..m],
        groups,
        before,
        rival,
        max,
        off: 0,
        first: run,
        kind: PassKind::Prefixed,
        joined: ch.joined,
    };
    let mut best: Option<Found<C::Item>> = None;
    // words glued to the number (the rare case: letters, and a word found)
    let glued = if ch.letters { glued_words(text, run, &groups[..m], ch.caps) } else { None };
    if let Some(glued) = glued {
        best = passes_apart(&p, st, prefix, plen, !digits_hopeless, glued);
    } else {
        // longest first: a strong long reading makes the shorter ones pointless
        // with the prefix first (if there is one), then without
        if let Some(prefix) = prefix {
            best = pass(&Pass { first: prefix, ..p }, st, best);
        }
        p.off = plen;
        p.kind = PassKind::Plain;
        if !digits_hopeless {
            best = pass(&p, st, best);
        }
    }
    p.off = plen;
    p.kind = PassKind::Plain;
    // OCR output: digit groups with a letter OCR reads for a digit, read again
    let ocr_letter = |b: &&u8| matches!(b, b'O' | b'I' | b'L' | b'S' | b'B' | b'Z');
    if (misread || lookalike)
        && buf[plen..len]
            .iter()
            .take_while(|b| b.is_ascii_digit() || ocr_letter(b))
            .any(|b| ocr_letter(&b))
    {
        let mut fixed = [0u8; MAX_LEN];
        let m = ocr_digits(text, &groups[..m], &mut fixed[plen..]);
        if m > 0 {
            let p = Pass { buf: &fixed, ends: &ends[..m], kind: PassKind::Repaired, ..p };
            best = pass(&p, st, best);
        }
    }
    // OCR output: such a letter among other letters (`1Z999AA1O123456784`, `IZ999…`), read
    // again
    if misread {
        best =
            mixed_passes(text, c, o, st, best, (prefix, before, groups, m, ch.joined), rival, max);
    }
    best
}

/// What [`mixed_passes`] reads around an anchor: its letter prefix, the neighbour before it,
/// its groups, how many of them spans may hold, and [`Chain::joined`].
type Around<'a> = (Option<Group>, Neighbour, &'a [(Sep, Group)], usize, u16);

/// The passes over the spans of an anchor's first `m` groups (`groups` holds its right-hand
/// neighbour too; `prefix` is its letter prefix and `before` the neighbour before it) with
/// the letters OCR reads for digits read as digits among other letters ([`ocr_mixed`]):
/// with the prefix (`IZ 999 AA1 …`), then without (`UPS 1Z999AA1O…`). The rare case, kept
/// out of [`anchor`] (it takes plain values, so that the anchor's own pass stays in
/// registers).
#[cold]
#[allow(clippy::too_many_arguments)]
fn mixed_passes<C: Classify>(
    text: &[u8],
    c: &C,
    o: &Opts,
    st: &mut State<C::Item>,
    mut best: Option<Found<C::Item>>,
    (prefix, before, groups, m, joined): Around<'_>,
    rival: Option<(Strength, usize)>,
    max: usize,
) -> Option<Found<C::Item>> {
    for prefix in [prefix, None] {
        let mut fixed = [0u8; MAX_LEN];
        let mut fixed_ends = [(0usize, false); MAX_GROUPS];
        let m = ocr_mixed(text, prefix, &groups[..m], &mut fixed, &mut fixed_ends);
        if m > 0 {
            let p = Pass {
                text,
                c,
                o,
                buf: &fixed,
                len: fixed_ends[m - 1].0,
                ends: &fixed_ends[..m],
                groups,
                before,
                rival,
                max,
                off: 0,
                first: prefix.unwrap_or(groups[0].1),
                kind: PassKind::RepairedMixed,
                joined,
            };
            best = pass(&p, st, best);
        }
    }
    best
}

/// The spans of one anchor that share their first character, and what is known around them.
struct Pass<'a, C, E: ?Sized = [(usize, bool)]> {
    text: &'a [u8],
    c: &'a C,
    o: &'a Opts,
    /// The normalised groups: `buf[off..]` up to a span's end is the span.
    buf: &'a [u8; MAX_LEN],
    /// Bytes of `buf` in use.
    len: usize,
    /// Where each span ends, in increasing order ([`Ends`]).
    ends: &'a E,
    /// The anchor and the groups joined after it.
    groups: &'a [(Sep, Group)],
    /// The group before the anchor, if joined to it.
    before: Neighbour,
    /// Strength and length of the kept match these spans overlap.
    rival: Option<(Strength, usize)>,
    max: usize,
    /// Where the spans start in `buf`.
    off: usize,
    /// The first group of the spans.
    first: Group,
    kind: PassKind,
    /// The groups (bit `k` for `groups[k]`) joined to the group before them by a dash, a dot or
    /// a separator not shown, holding a digit ([`joins_digits`]).
    joined: u16,
}

impl<C, E: ?Sized> Clone for Pass<'_, C, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<C, E: ?Sized> Copy for Pass<'_, C, E> {}

impl<'a, C, E: ?Sized> Pass<'a, C, E> {
    /// The same pass over other span ends.
    fn with_ends<F: ?Sized>(&self, ends: &'a F) -> Pass<'a, C, F> {
        Pass {
            text: self.text,
            c: self.c,
            o: self.o,
            buf: self.buf,
            len: self.len,
            ends,
            groups: self.groups,
            before: self.before,
            rival: self.rival,
            max: self.max,
            off: self.off,
            first: self.first,
            kind: self.kind,
            joined: self.joined,
        }
    }
}

/// Where the spans of a [`Pass`] end: one per group (each span's end in the buffer, and
/// whether its groups hold a letter), or [`End`]s, some of them inside a group.
trait Ends {
    /// Whether a span may end inside a group, or a pass start without a word glued before
    /// the anchor (`false` for one end per group: the common case, compiled without them).
    const APART: bool;
    /// How many spans there are.
    fn count(&self) -> usize;
    /// Where span `k` ends.
    fn end(&self, k: usize) -> End;
}

impl Ends for [(usize, bool)] {
    const APART: bool = false;
    #[inline(always)]
    fn count(&self) -> usize {
        self.len()
    }
    #[inline(always)]
    fn end(&self, k: usize) -> End {
        let (at, letters) = self.get(k).copied().unwrap_or_default();
        End::new(at, letters, k)
    }
}

impl Ends for [End] {
    const APART: bool = true;
    #[inline(always)]
    fn count(&self) -> usize {
        self.len()
    }
    #[inline(always)]
    fn end(&self, k: usize) -> End {
        self.get(k).copied().unwrap_or_default()
    }
}

/// Which spans a [`Pass`] is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PassKind {
    /// From the letter prefix before the anchor.
    Prefixed,
    /// From the anchor.
    Plain,
    /// From the anchor, with the letters OCR reads for digits taken as digits (digit groups).
    Repaired,
    /// From the anchor, with the letters OCR reads for digits taken as digits among other
    /// letters ([`ocr_mixed`]).
    RepairedMixed,
    /// From the anchor without a word glued before it ([`word_before_number`]).
    Shifted,
}

/// Where one span of a [`Pass`] ends (small: an anchor fills a dozen of them).
#[derive(Clone, Copy, Debug, Default)]
struct End {
    /// Its end in the pass's buffer (at most [`MAX_LEN`]).
    at: u8,
    /// Whether its characters hold a letter (a letter prefix not counted).
    letters: bool,
    /// Its last group, an index into the anchor's groups.
    group: u8,
    /// If the span ends inside that group, cut before a word glued to it ([`caps_tail`]):
    /// how many of the group's bytes it keeps (otherwise 0).
    cut: u8,
}

impl End {
    /// A span ending where group `group` does, at `at` in the buffer.
    fn new(at: usize, letters: bool, group: usize) -> End {
        End { at: at as u8, letters, group: group as u8, cut: 0 }
    }
}

/// Most spans a [`Pass`] has: one per group, and the glued group's cut ones.
const MAX_ENDS: usize = MAX_GROUPS + TRAILING_LETTERS + 1;
const _: () = assert!(MAX_ENDS <= 16, "a pass's spans are one bit each of a u16");
const _: () = assert!(MAX_LEN <= u8::MAX as usize, "an end in the buffer is a u8");

/// Words glued to an anchor's number ([`passes_apart`]): where the number starts after a
/// word glued before it ([`word_before_number`]), and the first of `groups` (the span's
/// groups) with a word in capitals glued after it ([`caps_tail`]: its index and where its
/// digits end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Glued {
    /// Where the number starts after a word glued before it.
    number: Option<usize>,
    /// The group with a word in capitals glued after it, and where its digits end.
    caps: Option<(usize, usize)>,
}

/// The words glued to the anchor `run` and its span's `groups`, if any ([`Glued`]); `caps`
/// marks the groups that end with a word in capitals ([`Chain::caps`]).
#[inline]
fn glued_words(text: &[u8], run: Group, groups: &[(Sep, Group)], caps: u16) -> Option<Glued> {
    let caps = caps & ((1u32 << groups.len()) - 1) as u16;
    let caps = (caps != 0).then(|| caps.trailing_zeros() as usize).and_then(|k| {
        let g = groups.get(k)?.1;
        caps_tail(text, g).map(|digits_end| (k, digits_end))
    });
    let number = word_before_number(text, run);
    (caps.is_some() || number.is_some()).then_some(Glued { number, caps })
}

/// The ends of the spans from `first` (the anchor's group as a pass reads it: whole, or
/// without a word glued before it) of an anchor's `groups`, group `k` ending at `full[k].0`
/// in the buffer, into `out`; their number. Before the end of the group that `caps` names
/// ([`caps_tail`]: its index and where its digits end), the group cut before the word in
/// capitals, keeping none, one or two of its letters ([`TRAILING_LETTERS`]) so that a word
/// of [`GLUED_CAPS`] letters is left: `…6784` of `…6784DELIVERED`, `…785GB` of
/// `…785GBROYAL`.
fn span_ends(
    text: &[u8],
    groups: &[(Sep, Group)],
    full: &[(usize, bool)],
    first: Group,
    caps: Option<(usize, usize)>,
    out: &mut [End; MAX_ENDS],
) -> usize {
    let mut n = 0;
    let mut letters = false;
    let mut push = |e: End| {
        if let Some(o) = out.get_mut(n) {
            *o = e;
            n += 1;
        }
    };
    for (k, &(at, _)) in full.iter().enumerate() {
        let g = if k == 0 { first } else { groups[k].1 };
        // (a group cut short by the end of the buffer has no cut spans)
        if let Some((_, digits_end)) = caps.filter(|&(glued, _)| glued == k && at < MAX_LEN) {
            let whole = groups[k].1;
            // (where the group starts in the buffer)
            let from = at.saturating_sub(whole.len());
            for keep in 0..=TRAILING_LETTERS {
                let end = digits_end + keep;
                if whole.end - end < GLUED_CAPS || end <= g.start {
                    break;
                }
                let cut_letters = token::group(text, g.start, end, false).letter();
                let kept = end - whole.start;
                push(End { cut: kept as u8, ..End::new(from + kept, letters || cut_letters, k) });
            }
        }
        letters |= g.letter();
        push(End::new(at, letters, k));
    }
    n
}

/// The passes of an anchor with words glued to it ([`Glued`]), over the spans of `p` (a
/// [`PassKind::Prefixed`] pass over the whole groups, `plen` bytes of letter prefix in its
/// buffer): from the prefix (if any), from the anchor (if `plain`: not a digits-only anchor
/// none of whose spans can pass), and from the number after a word glued before it, each
/// with the spans ending before a word in capitals too. The rare case, kept out of
/// [`anchor`].
#[cold]
#[inline(never)]
fn passes_apart<C: Classify>(
    p: &Pass<'_, C>,
    st: &mut State<C::Item>,
    prefix: Option<Group>,
    plen: usize,
    plain: bool,
    glued: Glued,
) -> Option<Found<C::Item>> {
    let (text, groups, run) = (p.text, p.groups, p.first);
    let mut ends = [End::default(); MAX_ENDS];
    let n = span_ends(text, groups, p.ends, run, glued.caps, &mut ends);
    let all = p.with_ends(&ends[..n]);
    let mut best = None;
    if let Some(prefix) = prefix {
        best = pass(&Pass { first: prefix, ..all }, st, best);
    }
    if plain {
        best = pass(&Pass { off: plen, kind: PassKind::Plain, ..all }, st, best);
    }
    if let Some(start) = glued.number {
        let number = token::group(text, start, run.end, false);
        let mut ends = [End::default(); MAX_ENDS];
        let n = span_ends(text, groups, p.ends, number, glued.caps, &mut ends);
        let shifted = Pass {
            before: None,
            off: plen + (start - run.start),
            first: number,
            kind: PassKind::Shifted,
            ..p.with_ends(&ends[..n])
        };
        best = pass(&shifted, st, best);
    }
    best
}

/// The groups `groups` of a span as read apart from words glued to them: the first one
/// `first` if `shifted` (the anchor without a word glued before it), the last one keeping
/// only its first `cut` bytes if `cut` is not 0.
#[cold]
fn read_apart(
    text: &[u8],
    groups: &[(Sep, Group)],
    shifted: bool,
    first: Group,
    cut: u8,
) -> [(Sep, Group); MAX_GROUPS + 1] {
    let mut read = [(Sep::Space, Group::default()); MAX_GROUPS + 1];
    let n = groups.len().min(read.len());
    read[..n].copy_from_slice(&groups[..n]);
    if shifted {
        read[0].1 = first;
    }
    if let (Some(last), true) = (n.checked_sub(1), cut > 0) {
        let g = read[last].1;
        let whole_start = groups[last].1.start;
        read[last].1 = token::group(text, g.start, whole_start + usize::from(cut), false);
    }
    read
}

/// The spans of `p`, longest first; the best acceptable one if it beats `best`.
#[inline(always)]
fn pass<C: Classify, E: Ends + ?Sized>(
    p: &Pass<'_, C, E>,
    st: &mut State<C::Item>,
    best: Option<Found<C::Item>>,
) -> Option<Found<C::Item>> {
    let (text, c, o) = (p.text, p.c, p.o);
    let mut best = best;
    let (with_prefix, repaired) = (p.kind == PassKind::Prefixed, p.kind == PassKind::Repaired);
    // the strength a repaired span needs
    let repair = match p.kind {
        PassKind::Repaired => Some(Strength::CheckDigit),
        PassKind::RepairedMixed => Some(Strength::Strong),
        PassKind::Prefixed | PassKind::Plain | PassKind::Shifted => None,
    };
    // the spans start with the letter prefix (the group before the anchor)
    let from_prefix = with_prefix || p.before.is_some_and(|(_, g)| g.start == p.first.start);
    let m = p.ends.count().min(MAX_ENDS);
    let mut spans = [(0usize, false); MAX_ENDS];
    // the digits-only spans that are part of something longer: a digit group joined before
    // them, or after them (not after a span cut before a word), by a dash or a dot
    let dead_before = !from_prefix && joins_digits(p.before, p.max);
    let dead_after = p.joined >> 1;
    // the spans of a possible length, one bit each
    let mut possible = 0u16;
    for (k, s) in spans.iter_mut().enumerate().take(m) {
        let e = p.ends.end(k);
        let n = usize::from(e.at) - p.off;
        let numeric = repaired || !(e.letters || with_prefix);
        let letters = (e.letters || with_prefix) && !repaired;
        let dead = dead_before || !(E::APART && e.cut > 0) && dead_after >> e.group & 1 == 1;
        // a span of no possible length is not asked about (an end of 0 never fits)
        if n <= p.max && c.possible(n) && !(numeric && dead) {
            *s = (n, letters);
            possible |= 1 << k;
        }
    }
    if possible == 0 {
        return best;
    }
    // where no guess can be reported, the layouts that only give guesses are not asked
    // about; known cheaply after a digit (no label can end with one: the usual case in
    // number-heavy text), otherwise asked once a span only a guess may read is judged
    let guesses =
        !label::digit_before(text, p.first.start) || st.guesses_may_show(text, c, o, p.first.start);
    // a carrier's name printed right after a span lets its guess through too: asked only
    // where no guess could be reported otherwise, of the groups already scanned
    let named = !guesses && o.min_strength <= Strength::Guess && o.context && {
        let anchor = p.groups.first().map_or(0, |&(_, g)| g.start);
        match st.named {
            Some((at, yes)) if at == anchor => yes,
            _ => {
                let yes = named_in(text, p.groups);
                st.named = Some((anchor, yes));
                yes
            }
        }
    };
    let guesses = guesses || named;
    let fits = c.may_be(&p.buf[p.off..p.len], &spans[..m], guesses);
    // asked only once a span of a possible length exists
    let mut iban: Option<bool> = None;
    // the spans left to look at, longest first
    let mut todo = fits.any & possible;
    while todo != 0 {
        let k = 15 - todo.leading_zeros() as usize;
        todo &= !(1 << k);
        let guess_only = fits.beyond_guess >> k & 1 == 0;
        // no guess can be reported from this start (known once one span was judged)
        if st.guesses == Some((p.first.start, false)) && !named {
            todo &= fits.beyond_guess;
            if guess_only {
                continue;
            }
        }
        let e = p.ends.end(k);
        let (at, last) = (usize::from(e.at), usize::from(e.group));
        let n = at - p.off;
        // (a span of this anchor starting before the best one so far, as a letter prefix read
        // after the other passes makes it, wins a tie with it: the leftmost of equals is
        // reported; the kept match of an earlier anchor starts before both)
        let leftmost = best.as_ref().is_some_and(|b| p.first.start < b.start);
        let best_bar =
            best.as_ref().map(|b| (b.strength, b.len.saturating_sub(usize::from(leftmost))));
        let bar = match (best_bar, p.rival) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        // spans only get shorter from here: none can beat the bar any more
        if bar.is_some_and(|b| (Strength::Strong, n) <= b) {
            break;
        }
        if *iban.get_or_insert_with(|| inside_iban(text, p.first)) {
            break;
        }
        // the span's groups as read: the anchor's without a word glued before it, the last
        // one cut before a word glued after it
        let read;
        let groups = if E::APART && (p.kind == PassKind::Shifted || e.cut > 0) {
            read =
                read_apart(text, &p.groups[..=last], p.kind == PassKind::Shifted, p.first, e.cut);
            &read[..=last]
        } else {
            &p.groups[..=last]
        };
        let span = Span {
            start: p.first.start,
            end: groups[last].1.end,
            norm: &p.buf[p.off..at],
            numeric: repaired || !(e.letters || with_prefix),
            repair,
            guess_only,
            groups,
            before: if from_prefix { None } else { p.before },
            after: if E::APART && e.cut > 0 { None } else { p.groups.get(last + 1).copied() },
            prefix: with_prefix.then_some(p.first),
        };
        if let Some(f) = judge(text, c, o, st, &span, bar) {
            best = Some(f);
        }
    }
    best
}

/// Whether some digits-only span made of the first groups of `groups[..m]` has a possible
/// length, no digit group joined after it by a dash or a dot ([`joins_digits`]; `groups[m]`
/// is the right-hand neighbour, if any) and passes the block rule of [`plausible_digits`] (a
/// necessary condition for reporting it); `labelled` tells whether a label precedes the groups
/// (asked at most once).
fn digit_spans_may_pass<C: Classify>(
    c: &C,
    groups: &[(Sep, Group)],
    m: usize,
    max: usize,
    mut labelled: impl FnMut() -> bool,
) -> bool {
    let mut n = 0;
    let mut label: Option<bool> = None;
    // the visible groups so far (groups joined by a separator not shown read as one), as
    // `printed_in_blocks` counts them, built once for all the spans
    let mut visible = [0usize; MAX_GROUPS + 1];
    let mut count = 0usize;
    for (k, &(sep, g)) in groups.iter().enumerate().take(m.min(MAX_GROUPS + 1)) {
        n += g.len();
        if n > max {
            break;
        }
        match visible.get_mut(count.wrapping_sub(1)) {
            Some(last) if k > 0 && sep == Sep::Invisible => *last += g.len(),
            _ => {
                visible[count] = g.len();
                count += 1;
            }
        }
        if !c.possible(n) || joins_digits(groups.get(k + 1).copied(), max) {
            continue;
        }
        if count == 1 || n >= FREE_GROUPING || blocks(count, |i| visible[i]) {
            return true;
        }
        if *label.get_or_insert_with(&mut labelled) {
            return true;
        }
    }
    false
}

/// Appends `src` upper-cased.
fn push(buf: &mut [u8; MAX_LEN], len: &mut usize, src: &[u8]) {
    let mut l = *len;
    for &b in src {
        if let Some(d) = buf.get_mut(l) {
            *d = b.to_ascii_uppercase();
            l += 1;
        }
    }
    *len = l;
}

/// One candidate span.
struct Span<'a> {
    start: usize,
    end: usize,
    norm: &'a [u8],
    /// No letters at all (once repaired).
    numeric: bool,
    /// Read with letters taken for the digits they look like ([`ocr_digits`], [`ocr_mixed`]):
    /// the strength its reading needs.
    repair: Option<Strength>,
    /// Only layouts that give guesses may read it ([`Fits::beyond_guess`]).
    guess_only: bool,
    /// Its groups from the anchor on (a letter prefix is not included).
    groups: &'a [(Sep, Group)],
    /// The group before the span, if joined to it by one separator.
    before: Neighbour,
    /// The group after the span, if joined to it by one separator.
    after: Neighbour,
    /// The letter prefix the span opens with, if any.
    prefix: Option<Group>,
}

/// How a digits-only span is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Printed {
    /// Like a number.
    Number,
    /// Like a number only if a label says so: grouped consistently but not in blocks, or a
    /// valid payment card, EAN or ISBN, or a date written as 8 digits.
    IfLabelled,
    /// Like a number only if a label says so and the groups are the number's own grouping
    /// (Swiss Post's `99.34.123456.12345678`).
    IfLabelledAsItsOwn,
    /// Like a phone number, a date, a price or part of something longer.
    Other,
}

/// Whether a digits-only span is printed like a number rather than like a phone number, date,
/// price or part of something longer (see the table in the module docs).
/// `worth` tells whether the span may be reported at all if it is printed like a number: when
/// it may not, the numbers beside it are not read (see [`sibling`]) and it counts as printed
/// otherwise.
fn plausible_digits<C: Classify>(
    text: &[u8],
    c: &C,
    s: &Span<'_>,
    max: usize,
    st: &mut State<C::Item>,
    mut worth: impl FnMut(&mut State<C::Item>) -> bool,
) -> Printed {
    let multi = !one_block(s.groups);
    // printed on one line: a neighbour on the line before or after is another number (a
    // list of numbers, one a line), not a part of this one
    let one_line = s.groups.iter().skip(1).all(|&(sep, _)| sep != Sep::Newline);
    // printed in blocks of one length (`1208 7513 6288`): a number that may go on
    let in_blocks = multi && {
        let v = Visible::of(s.groups);
        v.lengths().windows(2).all(|w| w[0] == w[1])
    };
    // neighbours with digits: part of a longer printed number (IBAN, card, phone, list); a
    // neighbour too long to be looked at whole counts as one with digits; unless it belongs
    // to a sibling (numbers printed alike, one after another on a line)
    for (side, (sep, g)) in [(Side::Before, s.before), (Side::After, s.after)]
        .into_iter()
        .filter_map(|(side, n)| Some((side, n?)))
    {
        // (unless the span is printed in blocks of one length and that line is too short to
        // hold a number: the rest of this one, wrapped at a space between its blocks)
        if sep == Sep::Newline
            && one_line
            && (!in_blocks || line_may_hold_number(text, g, side, c.min_len(), max))
        {
            continue;
        }
        if (g.digit() || g.len() > max) && (multi || sep != Sep::Space && sep != Sep::Newline) {
            if multi && sep == Sep::Space && sibling(text, c, s, side, st, &mut worth) {
                continue;
            }
            return Printed::Other;
        }
    }
    // lines printed alike: a list of numbers, one a line
    if !one_line && lines_alike(c, s.groups) {
        return Printed::Other;
    }
    // international phone numbers: `+4420...`, `+44 20...`
    let plus_at = |i: usize| i.checked_sub(1).and_then(|i| text.get(i)) == Some(&b'+');
    if plus_at(s.start) || s.before.is_some_and(|(_, g)| g.digit() && plus_at(g.start)) {
        return Printed::Other;
    }
    // (a placeholder is none, even after a label)
    if crate::distractor::is_placeholder(s.norm) {
        return Printed::Other;
    }
    if multi && s.norm.len() < FREE_GROUPING && !printed_in_blocks(s.groups) {
        return if printed_consistently(s.groups) {
            Printed::IfLabelled
        } else {
            Printed::IfLabelledAsItsOwn
        };
    }
    // (a payment card, a product code or a date written as 8 digits: `20240115 Evri`)
    if crate::distractor::is_card(s.norm)
        || crate::distractor::is_ean(s.norm)
        || crate::distractor::is_date(s.norm)
    {
        return Printed::IfLabelled;
    }
    Printed::Number
}

/// Whether the line that the neighbour `g` of a span opens (`side` after the span) or closes
/// (before it) may hold a number of its own: its groups, joined by separators other than
/// line breaks, reach `min` characters (the shortest format's). A shorter line after a
/// number printed in blocks of one length (`9967` under `1208 7513 6288`, wrapped by a
/// converter at a space between blocks) is the rest of that number, not the next of a list
/// printed one a line. (After a number printed as one block, or ending with a shorter block,
/// a short line is another cell: `61018324775⏎2`, a quantity.)
fn line_may_hold_number(text: &[u8], g: Group, side: Side, min: usize, max: usize) -> bool {
    let mut total = g.len();
    let mut edge = match side {
        Side::After => g.end,
        Side::Before => g.start,
    };
    for _ in 0..MAX_GROUPS {
        if total >= min || g.long {
            return true;
        }
        let next = match side {
            Side::After => token::sep_after(text, edge)
                .filter(|&(sep, _)| sep != Sep::Newline)
                .map(|(_, from)| token::scan_forward(text, from, max + 1)),
            Side::Before => token::sep_before(text, edge)
                .filter(|&(sep, _)| sep != Sep::Newline)
                .map(|(_, to)| token::scan_backward(text, to, max + 1)),
        };
        let Some(n) = next else { break };
        total += n.len();
        edge = match side {
            Side::After => n.end,
            Side::Before => n.start,
        };
    }
    total >= min
}

/// Whether `gap`, the text between two numbers, only lists them: a comma, a semicolon, a
/// slash, a bar, `&` or a connecting word ("and", "und", "et", "y", "e", "en", "og", "och",
/// "i", "oraz", "és"), with spaces around; or one line break (one number a line).
fn list_glue(gap: &[u8]) -> bool {
    const WORDS: &[&[u8]] =
        &[b"and", b"und", b"et", b"y", b"e", b"en", b"og", b"och", b"i", b"oraz", "és".as_bytes()];
    if gap.len() > 12 {
        return false;
    }
    match gap.trim_ascii() {
        b"" => gap.iter().filter(|&&b| b == b'\n').count() == 1,
        b"," | b";" | b"/" | b"|" | b"&" => true,
        w => WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)),
    }
}

/// Whether the lines of a digits-only span that runs over several (`groups`, joined by line
/// breaks somewhere) are printed alike, each of a possible length: a list of numbers, one a
/// line, not one number ("61018324775\n61018324783"). A number wrapped onto the next line
/// ends there with a shorter line.
fn lines_alike<C: Classify>(c: &C, groups: &[(Sep, Group)]) -> bool {
    // the group lengths of the first line, and of the line being read
    let (mut first, mut first_n) = ([0usize; MAX_GROUPS + 1], 0);
    let (mut line, mut line_n) = ([0usize; MAX_GROUPS + 1], 0);
    let mut breaks = 0;
    // (the first group's separator is never read)
    for (k, &(sep, g)) in groups.iter().enumerate() {
        if k > 0 && sep == Sep::Newline {
            if breaks == 0 {
                (first, first_n) = (line, line_n);
            } else if line[..line_n] != first[..first_n] {
                return false;
            }
            breaks += 1;
            line_n = 0;
        }
        let Some(slot) = line.get_mut(line_n) else { return false };
        *slot = g.len();
        line_n += 1;
    }
    breaks > 0 && line[..line_n] == first[..first_n] && c.possible(first[..first_n].iter().sum())
}

/// A side of a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Before,
    After,
}

/// Whether the groups on one `side` of a digits-only span (its `groups`, from `start` to
/// `end`) are its *sibling*: another number printed the same way right next to it, as in a
/// list of numbers on one line (`9400 1118 9922 3100 0123 48 9400 1118 9922 3100 0123 55`).
/// That is: as many groups as the span has, joined to it by one space, of the span's group
/// lengths in order, digits only, joined among themselves by the span's separators, no
/// placeholder, read with a verified check digit (strength [`Strength::CheckDigit`] or more)
/// and in the format the span is read in. A span holding a separator not shown has no
/// sibling. Nor has a span that `worth` says could not be reported anyway: the numbers are
/// then not read.
fn sibling<C: Classify>(
    text: &[u8],
    c: &C,
    s: &Span<'_>,
    side: Side,
    st: &mut State<C::Item>,
    worth: &mut impl FnMut(&mut State<C::Item>) -> bool,
) -> bool {
    let (groups, start, end) = (s.groups, s.start, s.end);
    if groups.iter().skip(1).any(|&(sep, _)| sep == Sep::Invisible) {
        return false;
    }
    let k = groups.len();
    let mut buf = [0u8; MAX_LEN];
    let mut n = 0;
    let mut at = match side {
        Side::Before => start,
        Side::After => end,
    };
    // the sibling's edge next to the span
    let mut near = at;
    for i in 0..k {
        // the group of the sibling matching the span's group `g`, and the separator wanted
        // before it (walking backward: after it)
        let (g, want) = match side {
            Side::After => (i, if i == 0 { Sep::Space } else { groups[i].0 }),
            Side::Before => (k - 1 - i, if i == 0 { Sep::Space } else { groups[k - i].0 }),
        };
        let len = groups[g].1.len();
        let found = match side {
            Side::After => token::sep_after(text, at)
                .filter(|&(sep, _)| sep == want)
                .map(|(_, from)| token::scan_forward(text, from, len + 1)),
            Side::Before => token::sep_before(text, at)
                .filter(|&(sep, _)| sep == want)
                .map(|(_, to)| token::scan_backward(text, to, len + 1)),
        };
        let Some(run) = found.filter(|r| r.len() == len && !r.letter() && !r.long) else {
            return false;
        };
        if n + len > buf.len() {
            return false;
        }
        buf[n..n + len].copy_from_slice(&text[run.start..run.end]);
        n += len;
        if i == 0 {
            near = match side {
                Side::Before => run.end,
                Side::After => run.start,
            };
        }
        at = match side {
            Side::Before => run.start,
            Side::After => run.end,
        };
    }
    // walking backward gathered the groups last first: put them in reading order
    if side == Side::Before {
        let mut ordered = [0u8; MAX_LEN];
        let mut to = n;
        let mut from = 0;
        for i in (0..k).rev() {
            let len = groups[i].1.len();
            ordered[to - len..to].copy_from_slice(&buf[from..from + len]);
            to -= len;
            from += len;
        }
        buf = ordered;
    }
    let theirs = &buf[..n];
    // (the numbers are read only when the span may be reported at all)
    if crate::distractor::is_placeholder(theirs) || !worth(st) {
        return false;
    }
    let (from, to) = match side {
        Side::Before => (at, near),
        Side::After => (near, at),
    };
    let Some((theirs, strength)) = st.read_digits(c, from, to, theirs) else {
        return false;
    };
    strength >= Strength::CheckDigit
        && read_span(c, s, st).is_some_and(|(mine, _)| c.same_format(&mine, &theirs))
}

/// [`Classify::classify`] of a span not repaired: a digits-only span read as its digits (no
/// letter prefix) through [`State::read_digits`].
fn read_span<C: Classify>(
    c: &C,
    s: &Span<'_>,
    st: &mut State<C::Item>,
) -> Option<(C::Item, Strength)> {
    if s.numeric && s.repair.is_none() && s.prefix.is_none() {
        st.read_digits(c, s.start, s.end, s.norm)
    } else {
        c.classify(s.norm)
    }
}

/// Classifies a span and decides whether it may be reported; `None` if not, or if its
/// `(strength, length)` cannot exceed `bar`.
fn judge<C: Classify>(
    text: &[u8],
    c: &C,
    o: &Opts,
    st: &mut State<C::Item>,
    s: &Span<'_>,
    bar: Option<(Strength, usize)>,
) -> Option<Found<C::Item>> {
    let len = s.norm.len();
    if bar.is_some_and(|b| (Strength::Strong, len) <= b) {
        return None;
    }
    let mut needs_label = false;
    let mut own_grouping = false;
    // a span no reading can make strong, with nothing around it that may support a weaker
    // one, is never reported: the numbers beside it are not read (asked at most once)
    let mut worth: Option<bool> = None;
    let mut worth_reading = |st: &mut State<C::Item>| {
        *worth.get_or_insert_with(|| {
            o.eager || c.may_be_strong(s.norm) || st.may_be_supported(text, o, s.start, s.end)
        })
    };
    if s.numeric {
        let max = c.max_len().min(MAX_LEN);
        match plausible_digits(text, c, s, max, st, &mut worth_reading) {
            Printed::Number => {}
            Printed::IfLabelled => needs_label = true,
            Printed::IfLabelledAsItsOwn => (needs_label, own_grouping) = (true, true),
            Printed::Other => return None,
        }
    } else if crate::distractor::is_iban(s.norm) {
        return None;
    }
    // a span only a guess may read, where no guess can be reported: not classified
    if s.guess_only
        && !st.guesses_may_show(text, c, o, s.start)
        && !(o.context
            && o.min_strength <= Strength::Guess
            && (named_after(text, s.end) || parcel_named_after(text, s.start, s.end).is_some()))
    {
        return None;
    }
    let (mut item, mut strength) =
        if s.repair.is_some() { c.classify_verified(s.norm)? } else { read_span(c, s, st)? };
    // a repaired span needs its check digit verified (and the strength its repair asks for)
    let repair_holds =
        |r: &(C::Item, Strength)| s.repair.is_none_or(|need| r.1 >= need && c.verified(&r.0));
    if !repair_holds(&(item, strength)) {
        return None;
    }
    // a letter prefix that is a carrier's name ("Paketnummer: GLS 61018324775") opens only a
    // number of that carrier: otherwise it names the carrier of the number after it
    if let Some(named) = s.prefix.and_then(|p| context::name_ending_at(text, p.end, false)) {
        if !c.is_of(&item, named) {
            (item, strength) = c.classify_as(s.norm, named).filter(|r| c.is_of(&r.0, named))?;
        }
    }
    if own_grouping {
        let v = Visible::of(s.groups);
        if !c.printed_like(&item, v.lengths()) {
            return None;
        }
    }
    let verdict = url::verdict(text, s.start, &mut st.urls);
    // the support a carrier's own label or name gives the span, if any
    let mut own_support = None;
    if verdict == Verdict::Text
        && o.context
        && (strength != Strength::Strong || needs_label)
        && !st.labelled(text, s.start)
    {
        if let Some((r, support)) = own_label(text, c, s, &mut st.names, st.last_end) {
            (item, strength) = r;
            own_support = Some(support);
        }
    }
    let own = own_support.is_some();
    let support = match verdict {
        // ids, timestamps and parameters of other URLs: never
        Verdict::Other => return None,
        Verdict::Tracking(carrier) => {
            if let Some(carrier) = carrier {
                (item, strength) = c.classify_as(s.norm, carrier)?;
            }
            if !o.context && !o.eager && strength < Strength::Strong {
                return None;
            }
            Support::Url
        }
        Verdict::Text if strength == Strength::Strong && !needs_label => Support::Structure,
        // a label makes any reading reportable; numbers printed unlike numbers need one (so
        // does a label before a list of numbers, for each of them)
        Verdict::Text if o.context && (st.labelled(text, s.start) || st.in_list(text, s.start)) => {
            Support::Label
        }
        // a label only one carrier prints (Purolator's "PIN"), with that carrier named nearby;
        // a carrier's name beside the number, but not for one that needs a label
        Verdict::Text if own && !(needs_label && own_support == Some(Support::Word)) => {
            own_support.unwrap_or(Support::Label)
        }
        Verdict::Text if needs_label => return None,
        Verdict::Text if o.eager => Support::Eager,
        Verdict::Text if !o.context => return None,
        Verdict::Text if strength == Strength::Guess && !c.hinted(&item) => return None,
        Verdict::Text => support(text, s, st)?,
    };
    // a strong reading of a carrier with one of its brands named nearest before the span (an
    // S10 number `…GB` after "Your Parcelforce Worldwide item"): the brand's own reading,
    // if it has one, at the same strength
    if strength == Strength::Strong
        && support != Support::Url
        && !c.has_hint()
        && c.has_brands(&item)
    {
        // (or printed right after it, unless one is printed right before it: "RB…GB
        // (Parcelforce Worldwide)")
        let near = context::carrier_near(text, s.start, s.end, &mut st.names);
        let near = match context::name_beside_after(text, s.end) {
            Some(after) if !context::name_beside_before(text, s.start) => Some(after),
            _ => near.filter(|&(at, _)| at < s.start),
        };
        if let Some((_, named)) = near.filter(|&(_, named)| !c.is_of(&item, named)) {
            if let Some(r) = c.classify_as(s.norm, named).filter(|r| c.is_of(&r.0, named)) {
                if repair_holds(&r) {
                    item = r.0;
                }
            }
        }
    }
    // a reading that fits several carriers: the one named nearby, if it has a reading
    if strength < Strength::Strong && support != Support::Url && !c.has_hint() {
        // a name close before the span, of the carrier read, settles whose it is
        let mut settled = own;
        let near = context::carrier_near(text, s.start, s.end, &mut st.names);
        // a name printed right after the span ("7946 4479 0131 (FedEx)") says whose it is,
        // unless one is printed right before it too; so does a carrier's tracking URL
        // printed right after it with the same number, a link's text and its target
        let near = match context::name_beside_after(text, s.end) {
            Some(after) if !context::name_beside_before(text, s.start) => Some(after),
            _ => near,
        };
        let near = match url::carrier_of_link_after(text, s.end, s.norm) {
            Some(linked) => Some((s.end, linked)),
            None => near,
        };
        // none named nearby: the one carrier a mail's headline names, far before the span
        // ("Your Evri parcel is on its way", a style sheet and a page of text before its
        // "Parcel number: …")
        let near = near.or_else(|| st.headline.sole_before(text, s.start));
        // no carrier named (or only one that does not read the number: a footer's "FedEx"
        // under a Japanese mail): the label's language ("追跡番号", "Sendungsnummer", "ТТН")
        // says the number is a carrier's of its countries, when one of them reads it as
        // strongly (in Japanese: at all): the first of them, in their order (Yamato's and
        // Japan Post's 12-digit numbers share a shape and a check)
        let unread = |(_, named): (usize, Carrier)| {
            !c.is_of(&item, named) && c.classify_as(s.norm, named).is_none()
        };
        if support == Support::Label && near.is_none_or(unread) {
            let (carriers, decides) = label::carriers_by_language(text, s.start);
            let as_strong =
                |j: &Carrier| c.classify_as(s.norm, *j).filter(|r| decides || r.1 >= strength);
            if let Some(r) = carriers.iter().find_map(as_strong) {
                if repair_holds(&r) {
                    (item, strength) = r;
                }
            }
        }
        if let Some((at, named)) = near {
            settled |= c.is_of(&item, named) && named_close(text, s, at);
            if !c.is_of(&item, named) {
                match c.classify_as(s.norm, named) {
                    // (a repaired span keeps the reading whose check digit verified it)
                    Some(r) if repair_holds(&r) => (item, strength) = r,
                    Some(_) => {}
                    None if contradicted(o, support, strength) && named_close(text, s, at) => {
                        return None
                    }
                    None => {}
                }
            }
        }
        // a name after it in the same sentence ("… (USPS)"), unless one before settled it
        if !settled && contradicted(o, support, strength) {
            if let Some((_, named)) = context::name_after(text, s.end) {
                if !c.is_of(&item, named) && c.classify_as(s.norm, named).is_none() {
                    return None;
                }
            }
        }
    }
    if strength < o.min_strength || !repair_holds(&(item, strength)) {
        return None;
    }
    // an SSCC's application identifier (`(00) 3 4043413 …`): the span opens with its
    // parenthesis
    let start = if token::ai_at(text, s.start) { s.start - 1 } else { s.start };
    let f = Found { start, end: s.end, len, item, strength, support };
    if bar.is_some_and(|b| (f.strength, f.len) <= b) {
        return None;
    }
    Some(f)
}

/// Whether a carrier named close to a span that has no reading of that carrier rules the
/// span out: "Your FedEx package 7749 8563 2140" that is no FedEx number is described as
/// another carrier's, so the words around it support no reading of this one, nor does a
/// label a mere guess of this one. Eager scanners take it all the same.
fn contradicted(o: &Opts, support: Support, strength: Strength) -> bool {
    (matches!(support, Support::Word | Support::Nearby)
        || support == Support::Label && strength == Strength::Guess)
        && !o.eager
}

/// Whether a carrier name starting at `at` is close enough to span `s` to say whose number
/// it is: in the same sentence, within the context-word window before it
/// ([`context::BEFORE`]) or after it ([`context::AFTER`]).
fn named_close(text: &[u8], s: &Span<'_>, at: usize) -> bool {
    if at < s.start {
        s.start - at <= context::BEFORE && context::same_sentence(text, at, s.start)
    } else {
        at.saturating_sub(s.end) <= context::AFTER && context::same_sentence(text, s.end, at)
    }
}

/// The reading of a span after a label that only one carrier prints, when that carrier is
/// named nearby (see [`label::carrier_label`]), or right after a carrier's name (see
/// [`label::name_label`]), as that carrier's, with [`Support::Label`]. As that carrier's,
/// with [`Support::Word`]: a span after a carrier's name and a shipping word
/// ([`named_parcel`]); and, where no word before the name (or the span) names another kind
/// of number, a span right after a carrier's name with only a space between
/// ([`label::name_beside`]: "GLS 61018324775"; one block, or the carrier's grouping with a
/// check digit that verifies) or one right before a carrier's name
/// ([`context::name_beside_after`]: "61018324775 (GLS)", a table's number cell and carrier
/// cell); and a span after a shipping word with a carrier named after it in the same sentence
/// ([`parcel_named_after`]). (Every way listed here is one [`State::support_from`] and
/// [`State::may_be_supported`] know of: keep them in step.)
fn own_label<C: Classify>(
    text: &[u8],
    c: &C,
    s: &Span<'_>,
    names: &mut context::NameCache,
    last_end: Option<usize>,
) -> Option<((C::Item, Strength), Support)> {
    // (each a look of its own: a name that reads no such number, another row's in a table
    // of numbers and carriers, `UPS</td></tr><tr><td>60532187449</td><td>GLS`, leaves the
    // looks after it)
    if let Some(carrier) = label::carrier_label(text, s.start) {
        if context::carrier_near(text, s.start, s.end, names).map(|(_, c)| c) == Some(carrier) {
            if let Some(r) = c.classify_as(s.norm, carrier) {
                return Some((r, Support::Label));
            }
        }
    }
    if let Some(carrier) = label::name_label(text, s.start) {
        if let Some(r) = c.classify_as(s.norm, carrier) {
            return Some((r, Support::Label));
        }
    }
    // (a number printed as one block, or in its carrier's grouping with a check digit that
    // verifies or with letters, after no word that names another kind of number: not "GLS
    // 0800 6677 6460", "Order GLS 60532187449"; "ヤマト運輸 1234-5678-9013", "Packeta Z 123
    // 4567 890": no phone number holds a letter)
    if let Some((at, carrier)) = label::name_beside(text, s.start) {
        if context::before(text, at, last_end) != Before::Word(Hint::Other) {
            let r = c.classify_as(s.norm, carrier)?;
            let v = Visible::of(s.groups);
            let distinct = c.verified(&r.0) || !s.numeric;
            if v.lengths().len() == 1 || distinct && printed_like(c, &r.0, s.prefix, &v) {
                return Some((r, Support::Word));
            }
        }
    }
    if let Some(carrier) = named_parcel(text, s.start) {
        return Some((c.classify_as(s.norm, carrier)?, Support::Word));
    }
    if let Some(carrier) = parcel_named_after(text, s.start, s.end) {
        if let Some(r) = c.classify_as(s.norm, carrier) {
            return Some((r, Support::Word));
        }
    }
    let (_, carrier) = context::name_beside_after(text, s.end)?;
    if context::before(text, s.start, last_end) == Before::Word(Hint::Other) {
        return None;
    }
    Some((c.classify_as(s.norm, carrier)?, Support::Word))
}

/// Whether `item` is printed in its carrier's grouping: the visible groups `v` of a span,
/// after its letter prefix (a group of its own: `Z 123 4567 890`), if it has one.
fn printed_like<C: Classify>(c: &C, item: &C::Item, prefix: Option<Group>, v: &Visible) -> bool {
    let Some(prefix) = prefix else {
        return c.printed_like(item, v.lengths());
    };
    let mut lens = [0; MAX_GROUPS + 2];
    let n = v.lengths().len().min(MAX_GROUPS + 1);
    lens[0] = prefix.len();
    lens[1..=n].copy_from_slice(&v.lengths()[..n]);
    c.printed_like(item, &lens[..=n])
}

/// Whether a carrier's name is printed right after `end` ([`context::name_beside_after`]:
/// "61018324775 (GLS)", "6101 8324 775 | GLS"): the name says whose number a span ending
/// there is, and a guess of that carrier may be reported ([`own_label`]).
fn named_after(text: &[u8], end: usize) -> bool {
    context::name_beside_after(text, end).is_some()
}

/// Whether a carrier's name is printed right after the printed sequence of an anchor's
/// `groups` (the anchor, the groups joined after it and its right-hand neighbour): the last
/// group is a name (`6101 8324 775 GLS`), or one follows it ([`named_after`]: `61018324775
/// (GLS)`). The name closes the sequence; one inside it (`61018324775 GLS 4711`) is not
/// looked for.
fn named_in(text: &[u8], groups: &[(Sep, Group)]) -> bool {
    groups.last().is_some_and(|&(_, g)| {
        g.letter() && !g.digit() && context::name_starts_at(text, g.start)
            || named_after(text, g.end)
    })
}

/// How far before a number a carrier's name may start for [`named_parcel`].
const NAMED_PARCEL: usize = 32;

/// The carrier named just before `start` (at most [`NAMED_PARCEL`] bytes) with nothing but
/// shipping words between ([`context::shipping_words_only`]): "Your GLS parcel
/// 60532187449", "Track your GLS parcel: 60532187449". The text says whose parcel the number
/// is, as a label does; any other word between ("GLS parcel service on 0800 …") and it does
/// not.
fn named_parcel(text: &[u8], start: usize) -> Option<Carrier> {
    // the common case, told first: the word right before the glue is no shipping word
    if !shipping_word_before(text, start) {
        return None;
    }
    let (at, carrier) = context::name_before(text, start, NAMED_PARCEL)?;
    context::shipping_words_only(text, at, start).then_some(carrier)
}

/// The carrier named after a number in the same sentence ([`context::name_after`]), when
/// the word right before the number is a shipping word: "Your parcel 60532187449 will be
/// delivered today by GLS", "Ihr Paket 60532187449 wird heute von GLS zugestellt". The
/// sentence says whose parcel the number is, as [`named_parcel`] does with the name before.
fn parcel_named_after(text: &[u8], start: usize, end: usize) -> Option<Carrier> {
    if !shipping_word_before(text, start) {
        return None;
    }
    context::name_after(text, end).map(|(_, carrier)| carrier)
}

/// Whether the word right before `start` (past spaces, `:`, `#` and at most one line break,
/// as a tag of its own line leaves: `Your package⏎402176589310⏎is on its way`) is a
/// shipping word ("parcel", "Paket", "colis": [`context::keyword`]).
fn shipping_word_before(text: &[u8], start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let mut word_end = start;
    let mut breaks = 0;
    while word_end > 0 {
        match before[word_end - 1] {
            b' ' | b':' | b'#' | b'\t' | b'\r' => {}
            b'\n' if breaks == 0 => breaks += 1,
            _ => break,
        }
        word_end -= 1;
    }
    // (the common case, told first: no letter before the glue)
    if word_end == 0 || !before[word_end - 1].is_ascii_alphabetic() {
        return false;
    }
    let word = &before[..word_end];
    let letters = word.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    context::keyword(&word[word_end - letters..]) == Some(Hint::Shipping)
}

/// Why a weak span outside URLs and labels may be reported, if it may.
fn support<I: Copy>(text: &[u8], s: &Span<'_>, st: &mut State<I>) -> Option<Support> {
    match st.word_before(text, s.start) {
        Before::Word(Hint::Shipping) => return Some(Support::Word),
        Before::Word(Hint::Other) => return None,
        Before::Nearby => return Some(Support::Nearby),
        Before::Nothing => {}
    }
    match st.word_after(text, s.end) {
        Some(Hint::Shipping) => Some(Support::Word),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests;
