//! Byte classes, the fast skip to the next digit, and printed-group tokenising.
//!
//! A *group* is a maximal run of ASCII letters and digits, cut before a capitalised word glued
//! to it ([`glued_word_at`]). Two groups belong to the same
//! printed number when exactly one separator joins them: a space, `-`, `.` (or their
//! full-width forms U+FF0D and U+FF0E, three bytes each in UTF-8), a no-break space (U+00A0,
//! two bytes), one line break (`\n` or `\r\n`), one character that is not shown or a
//! quoted-printable soft line break ([`Sep::Invisible`]), the same separators written as
//! markup in raw HTML read as text ([`MARKUP`]: `&nbsp;`, `&#8203;`, `<wbr>`, …), and the
//! closing parenthesis (with one space) of an SSCC's application identifier `(00)`, as
//! printed under its barcode (`(00) 3 4043413 879811351 7`). Anything else, including two
//! separators in a row, ends the sequence.

/// Class bit: ASCII letter or digit.
const ALNUM: u8 = 1;
/// Class bit: ASCII digit.
const DIGIT: u8 = 2;
/// Class bit: ASCII lower-case letter.
const LOWER: u8 = 4;
/// Class bit: ASCII letter.
const LETTER: u8 = 8;
/// Class bit: a letter OCR reads for a digit (`O`, `o`, `I`, `l`).
const MISREAD: u8 = 16;
/// Class bit: a letter OCR reads for a digit among digits only (`S`, `B`, `Z`).
const LOOKALIKE: u8 = 32;
/// Class bit: ASCII upper-case letter.
const UPPER: u8 = 64;

/// 256-entry byte class table.
static CLASS: [u8; 256] = build_classes();

const fn build_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_digit() {
            t[b] = ALNUM | DIGIT;
        } else if c.is_ascii_uppercase() {
            t[b] = ALNUM | LETTER | UPPER;
        } else if c.is_ascii_lowercase() {
            t[b] = ALNUM | LETTER | LOWER;
        }
        if matches!(c, b'O' | b'o' | b'I' | b'l') {
            t[b] |= MISREAD;
        }
        if matches!(c, b'S' | b'B' | b'Z') {
            t[b] |= LOOKALIKE;
        }
        b += 1;
    }
    t
}

/// Whether `b` is an ASCII letter or digit.
#[inline(always)]
pub(crate) fn is_alnum(b: u8) -> bool {
    CLASS[b as usize] & ALNUM != 0
}

/// Whether `b` is an ASCII digit.
#[inline(always)]
fn is_digit(b: u8) -> bool {
    b.wrapping_sub(b'0') < 10
}

/// High bit of every byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// One high bit per byte of `x` (little-endian lanes) that is an ASCII digit.
///
/// SWAR: with the high bits cleared, adding `0x50` sets a lane's high bit iff the byte is at
/// least `b'0'`, adding `0x46` iff it is at least `b':'`; no lane can carry into the next.
/// Bytes that had their high bit set are not ASCII and drop out.
#[inline(always)]
fn digit_lanes(x: u64) -> u64 {
    let low = x & !HIGH;
    let ge0 = low.wrapping_add(0x5050_5050_5050_5050);
    let ge_colon = low.wrapping_add(0x4646_4646_4646_4646);
    ge0 & !ge_colon & !x & HIGH
}

/// Position of the first ASCII digit at or after `from`.
///
/// Tests 8 bytes at a time with [`digit_lanes`], four words per step (the compiler turns the
/// step into two vector operations); the lowest set lane of the first non-zero word is the
/// answer.
#[inline]
pub(crate) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(32);
    let mut offset = from;
    for chunk in &mut chunks {
        let word = |i: usize| {
            let w = chunk.get(i * 8..i * 8 + 8).and_then(|w| w.try_into().ok());
            digit_lanes(u64::from_le_bytes(w.unwrap_or([0; 8])))
        };
        let lanes = [word(0), word(1), word(2), word(3)];
        if lanes[0] | lanes[1] | lanes[2] | lanes[3] != 0 {
            let mut at = offset;
            for l in lanes {
                if l != 0 {
                    return Some(at + (l.trailing_zeros() / 8) as usize);
                }
                at += 8;
            }
        }
        offset += 32;
    }
    chunks.remainder().iter().position(|&b| is_digit(b)).map(|p| offset + p)
}

/// Accessors of [`Group`]: whether its class bits hold a bit.
macro_rules! class_flags {
    ($($(#[$doc:meta])* $name:ident = $bit:ident;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(&self) -> bool {
            self.class & $bit != 0
        }
    )*};
}

/// One alphanumeric run of the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Group {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The OR of the class bits of its bytes (one byte, so that the runs a chain holds are
    /// cheap to copy).
    class: u8,
    /// The run is longer than the limit it was scanned with (`end` is then the limit, not the
    /// real end).
    pub long: bool,
}

impl Group {
    /// The run from `back.start` to `fwd.end`, two scans of one run from a digit, longer than
    /// its limit if `long`.
    #[inline]
    pub fn joined(back: Group, fwd: Group, long: bool) -> Group {
        Group { start: back.start, end: fwd.end, class: back.class | fwd.class | DIGIT, long }
    }

    /// Sets the class flags from the OR of the class bits of its bytes.
    #[inline]
    fn set_classes(&mut self, acc: u8) {
        self.class = acc;
    }

    class_flags! {
        /// The run contains at least one digit.
        digit = DIGIT;
        /// The run contains at least one letter.
        letter = LETTER;
        /// The run contains a lower-case letter.
        lower = LOWER;
        /// The run contains a letter OCR reads for a digit (`O`, `o`, `I`, `l`).
        misread = MISREAD;
        /// The run contains a letter OCR reads for a digit among digits only (`S`, `B`, `Z`).
        lookalike = LOOKALIKE;
    }

    /// Number of characters (= bytes, all ASCII).
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Letters only, all upper case, at most `max` long: may open or close a span
    /// (`EA 123 456 785 US`, `0998 0000 0200 33 F`).
    #[inline]
    pub fn is_affix(&self, max: usize) -> bool {
        !self.digit() && !self.lower() && !self.long && self.len() <= max
    }
}

/// Whether a capitalised word starts at `at`, right after a digit or an upper-case letter of
/// the same alphanumeric run: the boundary of two groups. Text stripped of its tags glues a
/// table cell to the next one (`1LS784860606149Scheduled`, `…8318Delivered`, `…9609In
/// transit`); no number holds a lower-case letter. The word is an upper-case letter and two
/// lower-case ones or more, or one that OCR does not read for a digit (`l`, `o`: `AAl0…` is
/// a misread `AA10…`) and then no letter or digit.
#[inline]
pub(crate) fn glued_word_at(bytes: &[u8], at: usize) -> bool {
    let class = |i: usize| bytes.get(i).map_or(0, |&b| CLASS[b as usize]);
    let upper = |c: u8| c & (LETTER | LOWER) == LETTER;
    let lower = |c: u8| c & LOWER != 0;
    let before = at.checked_sub(1).map_or(0, class);
    let (second, third) = (class(at + 1), class(at + 2));
    (before & DIGIT != 0 || upper(before))
        && upper(class(at))
        && lower(second)
        && (lower(third) || second & MISREAD == 0 && third & ALNUM == 0)
}

/// Whether the group at `start` with the class bits `acc` may hold a [`glued_word_at`]: a
/// lower-case and an upper-case letter, and a digit or a capital as its second character (no
/// word of prose, `Thank`, `iPhone`, `shipped`, does, nor a colour or a length in CSS,
/// `1a73e8`, `14px`).
#[inline]
fn may_hold_glued_word(bytes: &[u8], start: usize, acc: u8) -> bool {
    acc & (LOWER | UPPER) == LOWER | UPPER
        && (acc & DIGIT != 0 || bytes.get(start + 1).is_some_and(u8::is_ascii_uppercase))
}

/// The OR of the class bits of `bytes`.
#[inline]
fn classes(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0, |acc, &b| acc | CLASS[b as usize])
}

/// The group `bytes[start..end]` (all letters and digits), longer than its limit if `long`.
#[inline]
pub(crate) fn group(bytes: &[u8], start: usize, end: usize, long: bool) -> Group {
    let class = bytes.get(start..end).map_or(0, classes);
    Group { start, end, class, long }
}

/// Scans the group that starts at `start` forward, looking at no more than `limit` bytes: the
/// alphanumeric run, up to a capitalised word glued to it ([`glued_word_at`]).
#[inline]
pub(crate) fn scan_forward(bytes: &[u8], start: usize, limit: usize) -> Group {
    let mut g = Group { start, end: start, ..Group::default() };
    let stop = start.saturating_add(limit).min(bytes.len());
    let mut i = start;
    let mut acc = 0u8;
    while i < stop {
        let c = CLASS[bytes[i] as usize];
        if c & ALNUM == 0 {
            break;
        }
        acc |= c;
        i += 1;
    }
    g.end = i;
    g.set_classes(acc);
    g.long = i == stop && bytes.get(i).is_some_and(|&b| is_alnum(b));
    // the rare case: a lower-case letter, maybe of a glued word, after a digit or a capital
    // (`USShipped`); not in a word of prose, nor in a run longer than any number (base64,
    // hashes: never cut, so never read)
    if !g.long && may_hold_glued_word(bytes, start, acc) {
        cut_forward(bytes, &mut g);
    }
    g
}

/// Ends the group `g` (as scanned forward) before the first capitalised word glued into it.
#[cold]
#[inline(never)]
fn cut_forward(bytes: &[u8], g: &mut Group) {
    if let Some(at) = (g.start + 1..g.end).find(|&at| glued_word_at(bytes, at)) {
        g.end = at;
        g.set_classes(classes(&bytes[g.start..at]));
    }
}

/// Scans the group that ends at `end` backward, looking at no more than `limit` bytes: the
/// alphanumeric run, from the last capitalised word glued into it ([`glued_word_at`]).
#[inline]
pub(crate) fn scan_backward(bytes: &[u8], end: usize, limit: usize) -> Group {
    let mut g = Group { start: end, end, ..Group::default() };
    let stop = end.saturating_sub(limit);
    let mut i = end;
    let mut acc = 0u8;
    while i > stop {
        let c = CLASS[bytes[i - 1] as usize];
        if c & ALNUM == 0 {
            break;
        }
        acc |= c;
        i -= 1;
    }
    g.start = i;
    g.set_classes(acc);
    g.long = i == stop && i > 0 && is_alnum(bytes[i - 1]);
    // the rare case: a lower-case letter, of a glued word that starts this group (not in a
    // run longer than any number)
    if !g.long && may_hold_glued_word(bytes, i, acc) {
        cut_backward(bytes, &mut g);
    }
    g
}

/// Starts the group `g` (as scanned backward) at the last capitalised word glued into it.
#[cold]
#[inline(never)]
fn cut_backward(bytes: &[u8], g: &mut Group) {
    if let Some(at) = (g.start + 1..g.end).rev().find(|&at| glued_word_at(bytes, at)) {
        g.start = at;
        g.set_classes(classes(&bytes[at..g.end]));
    }
}

/// If the alphanumeric run that starts at `start` is all digits and shorter than `limit`, its
/// end.
#[inline]
pub(crate) fn short_digit_run(bytes: &[u8], start: usize, limit: usize) -> Option<usize> {
    let rest = bytes.get(start..)?;
    let rest = rest.get(..limit).unwrap_or(rest);
    let n = rest.iter().position(|&b| !is_digit(b)).unwrap_or(rest.len());
    let end = start + n;
    (n > 0 && n < limit && !bytes.get(end).is_some_and(|&b| is_alnum(b))).then_some(end)
}

/// Longest group [`digit_chain`] looks at whole (one more than the scanner's buffer).
const MAX_GROUP: usize = super::engine::MAX_LEN + 1;

/// Most groups [`digit_chain`] follows.
pub(crate) const CHAIN_GROUPS: usize = super::engine::MAX_GROUPS;

/// A sequence of digit groups joined by single separators that ends where no span can go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DigitChain {
    /// End of its last group.
    pub end: usize,
    /// Number of characters.
    pub total: usize,
    /// Number of groups.
    pub count: usize,
}

/// The common case of a digit in prose, told cheaply: the group starting at digit `d` (the
/// byte before `d` must be no letter or digit) and the groups joined after it, if they are
/// all digits and the sequence then ends: at no separator, or at a separator before a group
/// that cannot continue a span (no digit and a lower-case letter or more than 4 letters, or
/// longer than any span).
///
/// `None` (decide the slow way) as soon as the sequence reaches `limit` characters, one group
/// `group_limit` characters or the sequence [`CHAIN_GROUPS`] groups, or a group has letters
/// and may continue a span.
#[inline(always)]
pub(crate) fn digit_chain(
    bytes: &[u8],
    d: usize,
    limit: usize,
    group_limit: usize,
) -> Option<DigitChain> {
    if d.checked_sub(1).and_then(|i| bytes.get(i)).is_some_and(|&b| is_alnum(b)) {
        return None;
    }
    let mut c = DigitChain { end: d, total: 0, count: 0 };
    let mut i = d;
    loop {
        // a digit group starting at `i`
        let start = i;
        // the sequence may not reach `limit` characters, the group not `group_limit`
        let room = limit.checked_sub(c.total)?.min(group_limit);
        let stop = (start + room).min(bytes.len());
        while i < stop && is_digit(bytes[i]) {
            i += 1;
        }
        let len = i - start;
        if len >= room {
            return None;
        }
        if c.count == CHAIN_GROUPS {
            return None;
        }
        c.count += 1;
        c.total += len;
        c.end = i;
        let (width, line_break) = match bytes.get(i) {
            None => return Some(c),
            // (white space before a tag may be part of a separator written with inline tags)
            Some(b' ') if bytes.get(i + 1) != Some(&b'<') => (1, false),
            Some(b'-' | b'.') => (1, false),
            Some(b'\n') if bytes.get(i + 1) != Some(&b'<') => (1, true),
            Some(&b) if is_alnum(b) => return None,
            Some(_) => match sep_at(bytes, i) {
                // groups a reader sees as one: decided the slow way
                Some((Sep::Invisible, _)) => return None,
                Some((sep, width)) => (width, sep == Sep::Newline),
                None => return Some(c),
            },
        };
        i += width;
        match bytes.get(i) {
            // digits on the next line: each line may hold a number of its own (a list), and
            // the lines together one: decided the slow way
            Some(b) if is_digit(*b) && line_break => return None,
            Some(b) if is_digit(*b) => continue,
            Some(b) if is_alnum(*b) => {}
            _ => return Some(c),
        }
        // a group with a letter ends the sequence if it cannot continue a span: longer than
        // any span, or without digits and not an affix (a lower-case letter, or longer than 4)
        let g = scan_forward(bytes, i, MAX_GROUP);
        return (g.long || !g.digit() && (g.lower() || g.len() > 4)).then_some(c);
    }
}

/// The lengths of the first `count` groups of the [`digit_chain`] that starts at `d`.
pub(crate) fn group_lens(bytes: &[u8], d: usize, count: usize) -> [usize; CHAIN_GROUPS] {
    let mut lens = [0; CHAIN_GROUPS];
    let mut i = d;
    for len in lens.iter_mut().take(count) {
        let start = i;
        while bytes.get(i).is_some_and(|&b| is_digit(b)) {
            i += 1;
        }
        *len = i - start;
        // the separator (one to three bytes) before the next group
        i += sep_at(bytes, i).map_or(1, |(_, width)| width);
    }
    lens
}

/// End of the alphanumeric run containing position `from` (unbounded; used once per long run).
#[inline]
pub(crate) fn run_end(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or(&[]);
    from + rest.iter().position(|&b| !is_alnum(b)).unwrap_or(rest.len())
}

/// The separator that joins two groups, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sep {
    /// A space, a no-break space, a thin or narrow no-break space (U+2009, U+202F: the
    /// digit grouping of French and other locales' typography) or an ideographic space
    /// (U+3000).
    Space,
    /// A dash (`-`, the full-width `－`, or a Unicode hyphen: U+2010, U+2011).
    Dash,
    /// A dot (`.`, or the full-width `．`).
    Dot,
    /// A line break.
    Newline,
    /// A character that is not shown: a zero-width space, non-joiner or joiner (U+200B to
    /// U+200D), a word joiner (U+2060), a byte order mark (U+FEFF) or a soft hyphen
    /// (U+00AD). Mails put them inside numbers (against automatic links, or as
    /// hyphenation points); the reader sees no separator. So is the soft line break of
    /// quoted-printable mail (`=` at the end of a line, RFC 2045 section 6.7) in a message
    /// read undecoded: the line was cut there for transport only.
    Invisible,
}

/// The separator of printed numbers that starts at `i`, and its width in bytes.
#[inline(always)]
fn sep_at(bytes: &[u8], i: usize) -> Option<(Sep, usize)> {
    let at = |k: usize| bytes.get(i + k).copied();
    Some(match at(0)? {
        b' ' if at(1) == Some(b'<') => {
            return inline_tags_at(bytes, i).or(Some((Sep::Space, 1)));
        }
        b' ' => (Sep::Space, 1),
        // `(00) 3 4043413 …`: an SSCC's application identifier joins its digits
        b')' if ai_ends_at(bytes, i + 1) => (Sep::Space, if at(1) == Some(b' ') { 2 } else { 1 }),
        // raw HTML read as text: a separator written as markup (told from other markup by
        // its second byte first)
        b'&' if matches!(
            at(1),
            Some(b'#' | b'n' | b'N' | b's' | b'S' | b't' | b'T' | b'z' | b'Z')
        ) =>
        {
            return markup_at(bytes, i)
        }
        b'<' => return inline_tags_at(bytes, i),
        b'*' | b'_' => return emphasis_at(bytes, i),
        b'-' => (Sep::Dash, 1),
        b'.' => (Sep::Dot, 1),
        b'\n' if at(1) == Some(b'<') => {
            return inline_tags_at(bytes, i).or(Some((Sep::Newline, 1)));
        }
        b'\n' => (Sep::Newline, 1),
        b'\r' if at(1) == Some(b'\n') && at(2) == Some(b'<') => {
            return inline_tags_at(bytes, i).or(Some((Sep::Newline, 2)));
        }
        b'\r' if at(1) == Some(b'\n') => (Sep::Newline, 2),
        b'=' if at(1) == Some(b'\n') => (Sep::Invisible, 2),
        b'=' if at(1) == Some(b'\r') && at(2) == Some(b'\n') => (Sep::Invisible, 3),
        0xC2 => match at(1)? {
            0xA0 => (Sep::Space, 2),
            0xAD => (Sep::Invisible, 2),
            _ => return None,
        },
        0xE2 => match (at(1)?, at(2)?) {
            (0x80, 0x8B..=0x8D) | (0x81, 0xA0) => (Sep::Invisible, 3),
            (0x80, 0x89 | 0xAF) => (Sep::Space, 3),
            (0x80, 0x90 | 0x91) => (Sep::Dash, 3),
            _ => return None,
        },
        0xE3 if at(1) == Some(0x80) && at(2) == Some(0x80) => (Sep::Space, 3),
        0xEF => match (at(1)?, at(2)?) {
            (0xBB, 0xBF) => (Sep::Invisible, 3),
            (0xBC, 0x8D) => (Sep::Dash, 3),
            (0xBC, 0x8E) => (Sep::Dot, 3),
            _ => return None,
        },
        _ => return None,
    })
}

/// The separator of printed numbers that ends right before `end`, and its width in bytes.
#[inline(always)]
pub(crate) fn sep_ending_at(bytes: &[u8], end: usize) -> Option<(Sep, usize)> {
    let before = |k: usize| end.checked_sub(k).and_then(|i| bytes.get(i)).copied();
    Some(match before(1)? {
        b')' if ai_ends_at(bytes, end) => (Sep::Space, 1),
        b';' => return markup_ending_at(bytes, end),
        b'>' => return inline_tags_ending_at(bytes, end),
        b'*' | b'_' => return emphasis_ending_at(bytes, end),
        b' ' if before(2) == Some(b'>') => {
            return inline_tags_ending_at(bytes, end).or(Some((Sep::Space, 1)));
        }
        b' ' if ai_ends_at(bytes, end - 1) => (Sep::Space, 2),
        b' ' => (Sep::Space, 1),
        b'-' => (Sep::Dash, 1),
        b'.' => (Sep::Dot, 1),
        b'\n' if before(2) == Some(b'=') => (Sep::Invisible, 2),
        b'\n' if before(2) == Some(b'\r') && before(3) == Some(b'=') => (Sep::Invisible, 3),
        b'\n' if before(2) == Some(b'\r') && before(3) == Some(b'>') => {
            return inline_tags_ending_at(bytes, end).or(Some((Sep::Newline, 2)));
        }
        b'\n' if before(2) == Some(b'\r') => (Sep::Newline, 2),
        b'\n' if before(2) == Some(b'>') => {
            return inline_tags_ending_at(bytes, end).or(Some((Sep::Newline, 1)));
        }
        b'\n' => (Sep::Newline, 1),
        0xA0 if before(2) == Some(0xC2) => (Sep::Space, 2),
        0xAD if before(2) == Some(0xC2) => (Sep::Invisible, 2),
        0x8B..=0x8D if before(2) == Some(0x80) && before(3) == Some(0xE2) => (Sep::Invisible, 3),
        0xA0 if before(2) == Some(0x81) && before(3) == Some(0xE2) => (Sep::Invisible, 3),
        0x89 | 0xAF if before(2) == Some(0x80) && before(3) == Some(0xE2) => (Sep::Space, 3),
        0x90 | 0x91 if before(2) == Some(0x80) && before(3) == Some(0xE2) => (Sep::Dash, 3),
        0x80 if before(2) == Some(0x80) && before(3) == Some(0xE3) => (Sep::Space, 3),
        0xBF if before(2) == Some(0xBB) && before(3) == Some(0xEF) => (Sep::Invisible, 3),
        0x8D if before(2) == Some(0xBC) && before(3) == Some(0xEF) => (Sep::Dash, 3),
        0x8E if before(2) == Some(0xBC) && before(3) == Some(0xEF) => (Sep::Dot, 3),
        _ => return None,
    })
}

/// Markdown's emphasis markers inside a number, as converters print HTML's bold and italic
/// elements: `**1Z4E3V69****0312345675**` for `<b>1Z4E3V69</b><b>0312345675</b>` (`**` ends
/// the one and `**` opens the other), `_…__…_` for `<i>`. A run of exactly two or four `*`,
/// or of two or four `_`, right between two alphanumeric characters is a separator not
/// shown ([`Sep::Invisible`]): the reader of the rendered text sees none. One marker alone
/// (`2*3`) or three are not.
///
/// Source: CommonMark 0.31, 6.2 "Emphasis and strong emphasis" (`*`/`_` for emphasis,
/// `**`/`__` for strong emphasis).
#[cold]
#[inline(never)]
fn emphasis_at(bytes: &[u8], i: usize) -> Option<(Sep, usize)> {
    let c = *bytes.get(i)?;
    let n = bytes[i..].iter().take(5).take_while(|&&b| b == c).count();
    let before = i.checked_sub(1).and_then(|p| bytes.get(p)).is_some_and(|&b| is_alnum(b));
    let after = bytes.get(i + n).is_some_and(|&b| is_alnum(b));
    (matches!(n, 2 | 4) && before && after).then_some((Sep::Invisible, n))
}

/// [`emphasis_at`], for the run that ends right before `end`.
#[cold]
#[inline(never)]
fn emphasis_ending_at(bytes: &[u8], end: usize) -> Option<(Sep, usize)> {
    let head = bytes.get(..end)?;
    let c = *head.last()?;
    let n = head.iter().rev().take(5).take_while(|&&b| b == c).count();
    let before = end.checked_sub(n + 1).and_then(|p| bytes.get(p)).is_some_and(|&b| is_alnum(b));
    let after = bytes.get(end).is_some_and(|&b| is_alnum(b));
    (matches!(n, 2 | 4) && before && after).then_some((Sep::Invisible, n))
}

/// The separators of printed numbers as raw HTML writes them, read as text (a caller that
/// passes HTML without saying so): a no-break space as a reference (and the thin and narrow
/// ones, and the non-breaking hyphen), the characters that are not shown
/// ([`Sep::Invisible`]) as references, and the `<wbr>` element, a place where the
/// line may break that shows nothing. Mail templates put them inside numbers, against
/// automatic links or to let a long number wrap. Compared without regard to ASCII case (hex
/// digits, the `x` of a hex reference and tag names are case-insensitive).
///
/// Sources: the HTML Living Standard, "Named character references" (`&nbsp;` U+00A0,
/// `&shy;` U+00AD, `&ZeroWidthSpace;` U+200B, `&zwnj;` U+200C, `&zwj;` U+200D, `&NoBreak;`
/// U+2060, `&thinsp;` U+2009; the narrow no-break space U+202F and the non-breaking hyphen
/// U+2011 have no name), "Character references" (decimal `&#…;` and hexadecimal `&#x…;` forms) and
/// "The wbr element" (a void element: `<wbr>`, `<wbr/>`).
pub(crate) const MARKUP: &[(&[u8], Sep)] = &[
    (b"&nbsp;", Sep::Space),
    (b"&#160;", Sep::Space),
    (b"&#xa0;", Sep::Space),
    (b"&shy;", Sep::Invisible),
    (b"&#173;", Sep::Invisible),
    (b"&#xad;", Sep::Invisible),
    (b"&zerowidthspace;", Sep::Invisible),
    (b"&#8203;", Sep::Invisible),
    (b"&#x200b;", Sep::Invisible),
    (b"&zwnj;", Sep::Invisible),
    (b"&#8204;", Sep::Invisible),
    (b"&#x200c;", Sep::Invisible),
    (b"&zwj;", Sep::Invisible),
    (b"&#8205;", Sep::Invisible),
    (b"&#x200d;", Sep::Invisible),
    (b"&nobreak;", Sep::Invisible),
    (b"&#8288;", Sep::Invisible),
    (b"&#x2060;", Sep::Invisible),
    (b"&#65279;", Sep::Invisible),
    (b"&#xfeff;", Sep::Invisible),
    (b"&thinsp;", Sep::Space),
    (b"&#8201;", Sep::Space),
    (b"&#x2009;", Sep::Space),
    (b"&#8239;", Sep::Space),
    (b"&#x202f;", Sep::Space),
    (b"&#8209;", Sep::Dash),
    (b"&#x2011;", Sep::Dash),
    (b"<wbr>", Sep::Invisible),
    (b"<wbr/>", Sep::Invisible),
    (b"<wbr />", Sep::Invisible),
];

/// Longest entry of [`MARKUP`].
const MAX_MARKUP: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < MARKUP.len() {
        if MARKUP[i].0.len() > n {
            n = MARKUP[i].0.len();
        }
        i += 1;
    }
    n
};

/// The entry of [`MARKUP`] that `s` is, whole.
pub(crate) fn markup(s: &[u8]) -> Option<(Sep, usize)> {
    MARKUP
        .iter()
        .find(|(m, _)| m.len() == s.len() && s.eq_ignore_ascii_case(m))
        .map(|&(m, sep)| (sep, m.len()))
}

/// The separator written as markup ([`MARKUP`]) that starts at `i`, and its width in bytes.
#[cold]
#[inline(never)]
pub(crate) fn markup_at(bytes: &[u8], i: usize) -> Option<(Sep, usize)> {
    let rest = bytes.get(i..)?;
    let rest = rest.get(..MAX_MARKUP).unwrap_or(rest);
    // (every entry ends with its only `;` or `>`)
    let end = rest.iter().position(|&b| b == b';' || b == b'>')?;
    markup(&rest[..=end])
}

/// The separator written as markup ([`MARKUP`]) that ends right before `end`, and its width in
/// bytes.
#[cold]
#[inline(never)]
pub(crate) fn markup_ending_at(bytes: &[u8], end: usize) -> Option<(Sep, usize)> {
    let head = bytes.get(..end)?;
    let lo = end.saturating_sub(MAX_MARKUP);
    // (every entry starts with its only `&` or `<`)
    let start = lo + head[lo..].iter().rposition(|&b| b == b'&' || b == b'<')?;
    markup(&head[start..])
}

/// Longest tag looked over where markup is glue in raw HTML read as text ([`tag_before`],
/// [`tag_after`]).
const MAX_TAG: usize = 256;

/// The elements whose tags a mail client shows as nothing inside a line of text: text-level
/// formatting, which mail templates and editors wrap around parts of a number
/// (`<b>1Z999AA1</b><span>0123456784</span>`, a forwarded mail's `<span lang=EN-US>`
/// fragments). In raw HTML read as text, a run of at most [`MAX_INLINE_TAGS`] of their tags
/// right between two alphanumeric characters joins them as a separator not shown
/// ([`Sep::Invisible`]), as the `<wbr>` of [`MARKUP`] does. A conservative list: the HTML
/// mode ([`html`](super::html)) reads every tag it does not know as inline, but text read
/// without it joins only across these.
///
/// Sources: the HTML Living Standard, "Text-level semantics" (`span`, `b`, `strong`, `i`,
/// `em`, `u`, `s`, `small`, `mark`, `code`, `wbr`) and "Obsolete features" (`font`, `big`,
/// `tt`, still written by mail editors).
const INLINE_TAGS: &[&[u8]] = &[
    b"span", b"b", b"strong", b"i", b"em", b"u", b"s", b"small", b"mark", b"code", b"wbr", b"font",
    b"big", b"tt",
];

/// Most tags of [`INLINE_TAGS`] (and [`BREAK_TAG`]) read as one separator.
const MAX_INLINE_TAGS: usize = 4;

/// The element of a line break, which a mail template puts where it wraps a long number
/// onto the next line (`1Z 999 AA1<br>01 2345 6784`). In raw HTML read as text, one of its
/// tags among the tags of [`INLINE_TAGS`] right between two alphanumeric characters joins
/// them as a line break ([`Sep::Newline`]), as a reader sees them; two are a blank line,
/// which ends the sequence.
///
/// Source: the HTML Living Standard, "The br element" (a void element: `<br>`, `<br/>`;
/// "13.2.6.4.7 The 'in body' insertion mode" reads an end tag `</br>` as a `<br>`).
const BREAK_TAG: &[u8] = b"br";

/// What a tag is to a reader of a line of text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TagKind {
    /// A tag of [`INLINE_TAGS`]: shown as nothing.
    Inline,
    /// The tag of [`BREAK_TAG`]: a line break.
    Break,
}

/// What `tag` (a whole tag, `<` to `>`, holding no other `<` or `>`) is, when it is a start
/// or end tag of [`INLINE_TAGS`] or of [`BREAK_TAG`] whose quotes are balanced (a quoted
/// value holding `>` would make its end ambiguous; such a tag is never read as a separator,
/// from either side).
fn tag_kind(tag: &[u8]) -> Option<TagKind> {
    let (name, rest) = tag_name(tag);
    let ends_name = rest.first().is_none_or(|&b| b == b'/' || b.is_ascii_whitespace());
    let quotes = |q: u8| rest.iter().filter(|&&b| b == q).count() % 2 == 0;
    if !(ends_name && quotes(b'"') && quotes(b'\'')) {
        return None;
    }
    if name.eq_ignore_ascii_case(BREAK_TAG) {
        Some(TagKind::Break)
    } else {
        INLINE_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name)).then_some(TagKind::Inline)
    }
}

/// Whether `name` (lower case) is an element a mail client lays out as a block: a table's
/// rows and the table itself, paragraphs, divisions, lists and their items, headings, rules,
/// sections. The HTML mode reads their tags as line breaks ([`html`](super::html)); in raw
/// HTML read as text, a carrier's name past one of them is in another row or block than a
/// number before it ([`breaks_line`]).
///
/// Source: the HTML Living Standard, "Rendering", 15.3.3 "Flow content", 15.3.7 "Lists" and
/// 15.3.8 "Tables" (the elements displayed as blocks, list items, table rows and tables).
pub(crate) fn is_block(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"div"
            | b"tr"
            | b"table"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"li"
            | b"ul"
            | b"ol"
            | b"dl"
            | b"dt"
            | b"dd"
            | b"h1"
            | b"h2"
            | b"h3"
            | b"h4"
            | b"h5"
            | b"h6"
            | b"hr"
            | b"blockquote"
            | b"pre"
            | b"center"
            | b"section"
            | b"article"
            | b"header"
            | b"footer"
            | b"nav"
            | b"aside"
            | b"main"
            | b"address"
            | b"figure"
            | b"figcaption"
            | b"form"
            | b"fieldset"
            | b"legend"
            | b"caption"
            | b"body"
            | b"html"
            | b"head"
            | b"option"
            | b"details"
            | b"summary"
    )
}

/// The name of `tag` (a whole tag, `<` to `>`, start or end) and what follows it inside.
fn tag_name(tag: &[u8]) -> (&[u8], &[u8]) {
    let body = tag.get(1..tag.len().saturating_sub(1)).unwrap_or_default();
    let body = body.strip_prefix(b"/").unwrap_or(body);
    let name_len = body.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    body.split_at(name_len)
}

/// Whether `tag` (a whole tag, `<` to `>`) is a start or end tag of a block ([`is_block`]) or
/// of [`BREAK_TAG`], in any ASCII case: what follows it is on a line of its own.
pub(crate) fn breaks_line(tag: &[u8]) -> bool {
    let (name, _) = tag_name(tag);
    let mut lower = [0u8; 12];
    let Some(l) = lower.get_mut(..name.len()) else { return false };
    l.copy_from_slice(name);
    l.make_ascii_lowercase();
    name.eq_ignore_ascii_case(BREAK_TAG) || is_block(l)
}

/// A run of tags between two alphanumeric characters, read one piece at a time from either
/// end ([`inline_tags_at`], [`inline_tags_ending_at`]): the tags and white space seen so far.
#[derive(Default)]
struct TagRun {
    tags: usize,
    space: bool,
    newline: bool,
}

impl TagRun {
    /// Takes a tag of `kind`: `false` when the run cannot hold it (a second line break).
    fn tag(&mut self, kind: TagKind) -> bool {
        self.tags += 1;
        match kind {
            TagKind::Inline => true,
            TagKind::Break => !core::mem::replace(&mut self.newline, true),
        }
    }

    /// Takes white space (a space or a line break of the source, which a reader sees as one
    /// space): `false` when the run holds some already.
    fn space(&mut self) -> bool {
        !core::mem::replace(&mut self.space, true)
    }

    /// The separator the whole run reads as, once an alphanumeric character ends it.
    fn sep(&self) -> Option<Sep> {
        match (self.tags, self.newline, self.space) {
            (0, ..) => None,
            (_, true, _) => Some(Sep::Newline),
            (_, false, true) => Some(Sep::Space),
            (_, false, false) => Some(Sep::Invisible),
        }
    }
}

/// The run of tags of [`INLINE_TAGS`] that starts at `i` (at most [`MAX_INLINE_TAGS`], each
/// at most [`MAX_TAG`] bytes, with at most one space or source line break among them or
/// beside them, and at most one tag of [`BREAK_TAG`]) read as a separator, and its width in
/// bytes: only right between two alphanumeric characters. A line break if it holds a `<br>`
/// (`AA1<br>01…`); else, with white space, a space (`9400 1118 <b>9922</b> 3397…`); else one
/// not shown (`1Z999AA1</b><b>0123…`).
#[cold]
#[inline(never)]
fn inline_tags_at(bytes: &[u8], i: usize) -> Option<(Sep, usize)> {
    if !i.checked_sub(1).is_some_and(|k| is_alnum(bytes[k])) {
        return None;
    }
    let (mut at, mut run) = (i, TagRun::default());
    // (each step moves on: at most `MAX_INLINE_TAGS + 2` of them)
    loop {
        match bytes.get(at) {
            Some(b'<') if run.tags < MAX_INLINE_TAGS => {
                let end = tag_after(bytes, at)?;
                if !run.tag(tag_kind(&bytes[at..end])?) {
                    return None;
                }
                at = end;
            }
            Some(b' ' | b'\n') if run.space() => at += 1,
            Some(b'\r') if bytes.get(at + 1) == Some(&b'\n') && run.space() => at += 2,
            Some(&b) if is_alnum(b) => return run.sep().map(|sep| (sep, at - i)),
            _ => return None,
        }
    }
}

/// The run of tags of [`INLINE_TAGS`] that ends right before `end` (as [`inline_tags_at`]
/// reads it, from the other side), and its width in bytes.
#[cold]
#[inline(never)]
fn inline_tags_ending_at(bytes: &[u8], end: usize) -> Option<(Sep, usize)> {
    if !bytes.get(end).is_some_and(|&b| is_alnum(b)) {
        return None;
    }
    let (mut at, mut run) = (end, TagRun::default());
    loop {
        let before = |k: usize| at.checked_sub(k).and_then(|j| bytes.get(j)).copied();
        match before(1) {
            Some(b'>') if run.tags < MAX_INLINE_TAGS => {
                let start = tag_before(bytes, at)?;
                if !run.tag(tag_kind(&bytes[start..at])?) {
                    return None;
                }
                at = start;
            }
            Some(b'\n') if before(2) == Some(b'\r') && run.space() => at -= 2,
            Some(b' ' | b'\n') if run.space() => at -= 1,
            Some(b) if is_alnum(b) => return run.sep().map(|sep| (sep, end - at)),
            _ => return None,
        }
    }
}

/// Whether a tag (`<name …>` or `</name>`) opens at `at`: `<`, then a letter or `/` and a
/// letter.
fn opens_tag(text: &[u8], at: usize) -> bool {
    let name = text.get(at + 1).copied().unwrap_or(0);
    let name = if name == b'/' { text.get(at + 2).copied().unwrap_or(0) } else { name };
    text.get(at) == Some(&b'<') && name.is_ascii_alphabetic()
}

/// If a tag (`<name …>` or `</name>`, at most [`MAX_TAG`] bytes) ends at `end` (its `>` at
/// `end - 1`), where it starts: raw HTML read as text, markup between a label and its number.
pub(crate) fn tag_before(text: &[u8], end: usize) -> Option<usize> {
    let lo = end.saturating_sub(MAX_TAG);
    let mut j = end - 1;
    while j > lo {
        j -= 1;
        match text[j] {
            b'<' => return opens_tag(text, j).then_some(j),
            b'>' => return None,
            _ => {}
        }
    }
    None
}

/// If a tag (`<name …>` or `</name>`, at most [`MAX_TAG`] bytes) starts at `at`, where it
/// ends (after its `>`): raw HTML read as text, markup between a number's table cell and
/// the next.
pub(crate) fn tag_after(text: &[u8], at: usize) -> Option<usize> {
    if !opens_tag(text, at) {
        return None;
    }
    let rest = text.get(at..)?;
    let rest = rest.get(..MAX_TAG).unwrap_or(rest);
    let close = rest.iter().position(|&b| b == b'>')?;
    (!rest[1..close].contains(&b'<')).then_some(at + close + 1)
}

/// Whether the application identifier of an SSCC, `(00)`, ends at `end`.
#[inline]
fn ai_ends_at(bytes: &[u8], end: usize) -> bool {
    end.checked_sub(4)
        .and_then(|s| bytes.get(s..end))
        .is_some_and(|w| w == crate::normalize::GS1_SSCC_AI.as_bytes())
}

/// Whether the application identifier of an SSCC, `(00)`, has its digits at `start`.
#[inline]
pub(crate) fn ai_at(bytes: &[u8], start: usize) -> bool {
    ai_ends_at(bytes, start + 3)
}

/// If exactly one separator follows `end` and a group starts right after it, the separator
/// and the start of that group.
#[inline(always)]
pub(crate) fn sep_after(bytes: &[u8], end: usize) -> Option<(Sep, usize)> {
    let (sep, width) = sep_at(bytes, end)?;
    let next = end + width;
    bytes.get(next).filter(|&&b| is_alnum(b)).map(|_| (sep, next))
}

/// If exactly one separator precedes `start` and a group ends right before it, the separator
/// and the end of that group.
#[inline(always)]
pub(crate) fn sep_before(bytes: &[u8], start: usize) -> Option<(Sep, usize)> {
    let before = |k: usize| start.checked_sub(k).and_then(|i| bytes.get(i)).copied();
    let (sep, width) = sep_ending_at(bytes, start)?;
    let prev_end = start - width;
    before(width + 1).filter(|&b| is_alnum(b)).map(|_| (sep, prev_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capitalised_word_glued_after_a_number_starts_a_group() {
        use std::vec::Vec;
        let at =
            |t: &str| (0..=t.len()).filter(|&i| glued_word_at(t.as_bytes(), i)).collect::<Vec<_>>();
        assert_eq!(at("1LS784860606149Scheduled"), [15]);
        assert_eq!(at("8318Delivered"), [4]);
        assert_eq!(at("EA123456785USShipped"), [13]);
        assert_eq!(at("9609In transit"), [4]);
        // not after a lower-case letter, not one lower-case letter OCR reads for a digit, not
        // an upper-case word
        assert_eq!(at("McDonald iPhone 1Z999AAl0123456784 ZA94BLUE 9609Io"), Vec::<usize>::new());
        // the groups end and start there, whichever way they are scanned
        let t = b"x 1LS784860606149Scheduled: y";
        let g = scan_forward(t, 2, 64);
        assert_eq!((g.start, g.end, g.lower(), g.long), (2, 17, false, false));
        let g = scan_forward(t, 17, 64);
        assert_eq!((g.start, g.end, g.lower()), (17, 26, true));
        let g = scan_backward(t, 26, 64);
        assert_eq!((g.start, g.end), (17, 26));
        let g = scan_backward(t, 17, 64);
        assert_eq!((g.start, g.end, g.digit(), g.lower()), (2, 17, true, false));
        assert_eq!(group(t, 2, 17, false), scan_forward(t, 2, 64));
        // a run longer than the limit is never cut (base64, hashes)
        let g = scan_forward(t, 2, 20);
        assert_eq!((g.end, g.long), (22, true));
        let g = scan_backward(t, 26, 20);
        assert_eq!((g.start, g.long), (6, true));
    }

    #[test]
    fn next_digit_finds_first_digit_in_all_positions() {
        for len in 0..100 {
            for at in 0..len {
                let mut v = [b'x'; 100];
                v[at] = b'7';
                assert_eq!(next_digit(&v[..len], 0), Some(at));
                assert_eq!(next_digit(&v[..len], at), Some(at));
                assert_eq!(next_digit(&v[..len], at + 1), None);
            }
            assert_eq!(next_digit(&[b'a'; 100][..len], 0), None);
        }
        assert_eq!(next_digit(b"abc", 10), None);
    }

    #[test]
    fn next_digit_agrees_with_a_byte_loop_for_every_byte_value() {
        for b in 0..=255u8 {
            for at in 0..40 {
                let mut v = [b'x'; 40];
                v[at] = b;
                let want = v.iter().position(u8::is_ascii_digit);
                assert_eq!(next_digit(&v, 0), want, "byte {b:#x} at {at}");
                // non-ASCII neighbours must not carry into the digit test
                let mut w = [0xFFu8; 40];
                w[at] = b;
                assert_eq!(next_digit(&w, 0), w.iter().position(u8::is_ascii_digit));
                let mut z = [b'9' + 1; 40];
                z[at] = b;
                assert_eq!(next_digit(&z, 0), z.iter().position(u8::is_ascii_digit));
            }
            let x = u64::from_le_bytes([b; 8]);
            let want = if b.is_ascii_digit() { HIGH } else { 0 };
            assert_eq!(digit_lanes(x), want, "byte {b:#x}");
        }
    }

    #[test]
    fn groups_forward_and_backward() {
        let t = b"ab 1Z99x-";
        let g = scan_forward(t, 3, 100);
        assert_eq!(
            (g.start, g.end, g.digit(), g.letter(), g.lower(), g.long),
            (3, 8, true, true, true, false)
        );
        let g = scan_forward(t, 3, 2);
        assert_eq!((g.end, g.long), (5, true));
        let g = scan_backward(t, 8, 100);
        assert_eq!((g.start, g.long), (3, false));
        let g = scan_backward(t, 8, 3);
        assert_eq!((g.start, g.long), (5, true));
        let g = scan_backward(b"abc", 3, 3);
        assert!(!g.long);
        assert_eq!(run_end(t, 3), 8);
        assert_eq!(run_end(t, 99), 99);
    }

    #[test]
    fn short_digit_runs() {
        assert_eq!(short_digit_run(b"12 ab", 0, 8), Some(2));
        assert_eq!(short_digit_run(b"12", 0, 8), Some(2));
        assert_eq!(short_digit_run(b"12345678", 0, 8), None, "not shorter than 8");
        assert_eq!(short_digit_run(b"1234567-", 0, 8), Some(7));
        assert_eq!(short_digit_run(b"12a", 0, 8), None, "a letter follows");
        assert_eq!(short_digit_run(b"a12", 0, 8), None, "empty digit prefix, then a letter");
        assert_eq!(short_digit_run(b"x 1", 2, 8), Some(3));
        assert_eq!(short_digit_run(b"x", 5, 8), None);
    }

    #[test]
    fn digit_chains() {
        let chain = |t: &str, d: usize, limit: usize| {
            digit_chain(t.as_bytes(), d, limit, limit).map(|c| (c.end, c.total, c.count))
        };
        assert_eq!(digit_chain(b"12 345", 0, 20, 3), None, "a group too long");
        assert_eq!(digit_chain(b"12 34", 0, 20, 3).map(|c| c.total), Some(4));
        assert_eq!(chain("9 am", 0, 8), Some((1, 1, 1)));
        assert_eq!(chain("50%", 0, 8), Some((2, 2, 1)));
        assert_eq!(chain("12", 0, 8), Some((2, 2, 1)));
        assert_eq!(chain("3-5 business", 0, 8), Some((3, 2, 2)));
        assert_eq!(chain("on 2024 10:30", 3, 8), Some((10, 6, 2)));
        assert_eq!(chain("1600 Main", 0, 8), Some((4, 4, 1)));
        assert_eq!(chain("2024-01-15. ", 0, 20), Some((10, 8, 3)));
        assert_eq!(group_lens(b"2024-01-15", 0, 3), [4, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(group_lens("1\u{a0}2\r\n3".as_bytes(), 0, 3)[..4], [1, 1, 1, 0]);
        assert_eq!(chain("12 ABCDEFGH", 0, 8), Some((2, 2, 1)), "an upper-case word");
        assert_eq!(chain("12\r\nab", 0, 8), Some((2, 2, 1)));
        assert_eq!(chain("12\u{a0}34 ab", 0, 8), Some((6, 4, 2)));
        assert_eq!(chain("12  34", 0, 8), Some((2, 2, 1)), "two separators");
        assert_eq!(chain("12 34 56 78", 0, 8), None, "reaches the limit");
        assert_eq!(chain("1 2 3 4 5 6 7 8 9 1 2 3 4", 0, 40), None, "too many groups");
        assert_eq!(chain("1234", 0, 4), None);
        assert_eq!(chain("12 AB", 0, 8), None, "an affix may continue a span");
        assert_eq!(chain("12 ABCDE1", 0, 8), None, "a group with a digit may continue it");
        assert_eq!(chain("12 ab1", 0, 8), None);
        assert_eq!(chain("12a", 0, 8), None, "letters after the digits");
        assert_eq!(chain("x12", 1, 8), None, "letters before the digits");
        assert_eq!(chain("1", 0, 0), None);
    }

    #[test]
    fn separators() {
        assert_eq!(sep_after(b"a b", 1), Some((Sep::Space, 2)));
        assert_eq!(sep_after(b"a-b", 1), Some((Sep::Dash, 2)));
        assert_eq!(sep_after(b"a.b", 1), Some((Sep::Dot, 2)));
        assert_eq!(sep_after(b"a\nb", 1), Some((Sep::Newline, 2)));
        assert_eq!(sep_after(b"a\r\nb", 1), Some((Sep::Newline, 3)));
        assert_eq!(sep_after("a\u{a0}b".as_bytes(), 1), Some((Sep::Space, 3)));
        // full-width hyphen-minus and full stop, both ways
        for (sep, kind) in [("\u{ff0d}", Sep::Dash), ("\u{ff0e}", Sep::Dot)] {
            let text = std::format!("a{sep}b");
            assert_eq!(sep_after(text.as_bytes(), 1), Some((kind, 4)), "{text:?}");
            assert_eq!(sep_before(text.as_bytes(), 4), Some((kind, 1)), "{text:?}");
        }
        assert_eq!(sep_after("a\u{ff0f}b".as_bytes(), 1), None);
        // the spaces of typography (thin, narrow no-break: French and other locales group
        // digits with them; ideographic) and the Unicode hyphens, both ways
        for (sep, kind) in [
            ("\u{2009}", Sep::Space),
            ("\u{202f}", Sep::Space),
            ("\u{3000}", Sep::Space),
            ("\u{2010}", Sep::Dash),
            ("\u{2011}", Sep::Dash),
        ] {
            let text = std::format!("a{sep}b");
            assert_eq!(sep_after(text.as_bytes(), 1), Some((kind, 4)), "{text:?}");
            assert_eq!(sep_before(text.as_bytes(), 4), Some((kind, 1)), "{text:?}");
        }
        // Markdown's emphasis markers between two parts, both ways; one or three are not
        for (text, sep) in [("a**b", Some(2)), ("a****b", Some(4)), ("a__b", Some(2))] {
            let width = sep.unwrap_or(0);
            assert_eq!(sep_after(text.as_bytes(), 1), Some((Sep::Invisible, 1 + width)), "{text}");
            assert_eq!(sep_before(text.as_bytes(), 1 + width), Some((Sep::Invisible, 1)), "{text}");
        }
        for text in ["a*b", "a***b", "a*****b", "a_b", "a**", "a** b", "a*_b"] {
            assert_eq!(sep_after(text.as_bytes(), 1), None, "{text}");
        }
        assert_eq!(sep_before(b"a***b", 4), None);
        assert_eq!(sep_before(b"a *b", 3), None);
        assert_eq!(sep_before(b" **b", 3), None);
        // (their neighbours are not: figure dash, en dash, em space, ideographic comma)
        for other in ["\u{2012}", "\u{2013}", "\u{2003}", "\u{3001}"] {
            let text = std::format!("a{other}b");
            assert_eq!(sep_after(text.as_bytes(), 1), None, "{text:?}");
            assert_eq!(sep_before(text.as_bytes(), 4), None, "{text:?}");
        }
        for invisible in ["\u{ad}", "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}"] {
            let text = std::format!("a{invisible}b");
            let next = 1 + invisible.len();
            assert_eq!(sep_after(text.as_bytes(), 1), Some((Sep::Invisible, next)), "{text:?}");
            assert_eq!(sep_before(text.as_bytes(), next), Some((Sep::Invisible, 1)), "{text:?}");
        }
        // neighbours of those that are not separators
        assert_eq!(sep_after("a\u{200e}b".as_bytes(), 1), None);
        assert_eq!(sep_after("a\u{2061}b".as_bytes(), 1), None);
        assert_eq!(sep_before("a\u{2061}b".as_bytes(), 4), None);
        // quoted-printable soft line breaks
        assert_eq!(sep_after(b"a=\nb", 1), Some((Sep::Invisible, 3)));
        assert_eq!(sep_after(b"a=\r\nb", 1), Some((Sep::Invisible, 4)));
        assert_eq!(sep_before(b"a=\nb", 3), Some((Sep::Invisible, 1)));
        assert_eq!(sep_before(b"a=\r\nb", 4), Some((Sep::Invisible, 1)));
        assert_eq!(sep_after(b"a=b", 1), None);
        assert_eq!(sep_after(b"a= \nb", 1), None);
        assert_eq!(sep_after(b"a  b", 1), None);
        assert_eq!(sep_after(b"a. b", 1), None);
        assert_eq!(sep_after(b"a\r b", 1), None);
        assert_eq!(sep_after(b"a ", 1), None);
        assert_eq!(sep_after(b"a", 1), None);
        assert_eq!(sep_after(b"a,b", 1), None);

        assert_eq!(sep_before(b"a b", 2), Some((Sep::Space, 1)));
        assert_eq!(sep_before(b"a\r\nb", 3), Some((Sep::Newline, 1)));
        assert_eq!(sep_before(b"a\nb", 2), Some((Sep::Newline, 1)));
        assert_eq!(sep_before("a\u{a0}b".as_bytes(), 3), Some((Sep::Space, 1)));
        assert_eq!(sep_before(b"a  b", 3), None);
        assert_eq!(sep_before(b" b", 1), None);
        assert_eq!(sep_before(b"b", 0), None);
        assert_eq!(sep_before("\u{e9}\u{a0}b".as_bytes(), 4), None);
    }

    #[test]
    fn tags_that_break_the_line() {
        for tag in
            ["<tr>", "</TR>", "<p class=\"x\">", "</div>", "<br/>", "<br />", "<li>", "<PRE>"]
        {
            assert!(breaks_line(tag.as_bytes()), "{tag}");
        }
        let long = "<figcaptionfigcaption>";
        for tag in
            ["<td>", "</td>", "<span>", "<b>", "<a href=\"x\">", "<font>", "<tra>", "<>", long]
        {
            assert!(!breaks_line(tag.as_bytes()), "{tag}");
        }
    }

    #[test]
    fn an_sscc_identifier_and_a_no_break_space_reference_join_groups() {
        // (text, where the first group ends, where the second starts): an SSCC's application
        // identifier as printed under its barcode, `&nbsp;` in raw HTML read as text
        for (text, end, start) in [("(00) 3", 3, 5), ("(00)3", 3, 4), ("9361&nbsp;2850", 4, 10)] {
            assert_eq!(sep_after(text.as_bytes(), end), Some((Sep::Space, start)), "{text}");
            assert_eq!(sep_before(text.as_bytes(), start), Some((Sep::Space, end)), "{text}");
        }
        // other parentheses and references are no separators
        for (text, end) in [
            ("(01) 3", 3),
            ("(100) 3", 4),
            ("00) 3", 2),
            ("(00)  3", 3),
            ("9361&nbsp2850", 4),
            ("9361&amp;2850", 4),
        ] {
            assert_eq!(sep_after(text.as_bytes(), end), None, "{text}");
        }
        assert_eq!(sep_before(b"00) 3", 4), None);
        assert!(ai_at(b"(00) 3", 1));
    }

    #[test]
    fn tags_are_told_both_ways() {
        let t = b"12</td><td style=\"x\">UPS";
        assert_eq!(tag_after(t, 2), Some(7));
        assert_eq!(tag_after(t, 7), Some(21));
        assert_eq!(tag_before(t, 21), Some(7));
        assert_eq!(tag_before(t, 7), Some(2));
        // no tag: a bracket before a digit, a `<` inside, none closed
        assert_eq!(tag_after(b"1 < 2 > 3", 2), None);
        assert_eq!(tag_after(b"<a<b>", 0), None);
        assert_eq!(tag_after(b"<td", 0), None);
        assert_eq!(tag_before(b"3 > 2", 3), None);
    }

    #[test]
    fn separators_written_as_markup_join_groups_both_ways() {
        for &(m, sep) in MARKUP {
            let m = core::str::from_utf8(m).unwrap();
            for spelled in [std::string::String::from(m), m.to_ascii_uppercase()] {
                let text = std::format!("12{spelled}34");
                let (end, start) = (2, 2 + spelled.len());
                assert_eq!(sep_after(text.as_bytes(), end), Some((sep, start)), "{text}");
                assert_eq!(sep_before(text.as_bytes(), start), Some((sep, end)), "{text}");
                // unfinished: no separator (nor is one with a byte missing at the start)
                let cut = std::format!("12{}34", &spelled[..spelled.len() - 1]);
                assert_eq!(sep_after(cut.as_bytes(), end), None, "{cut}");
                let cut = std::format!("12{}34", &spelled[1..]);
                assert_eq!(sep_before(cut.as_bytes(), cut.len() - 2), None, "{cut}");
            }
        }
        assert_eq!(sep_after(b"12&#8203;;34", 2), None);
        assert_eq!(sep_after(b"12<br>34", 2), Some((Sep::Newline, 6)));
        assert_eq!(sep_before(b"12<br>34", 6), Some((Sep::Newline, 2)));
        assert_eq!(sep_after(b"12<p>34", 2), None);
        assert_eq!(sep_before(b"12<p>34", 5), None);
        assert!(!ai_at(b"00) 3", 0));
    }

    #[test]
    fn inline_tags_right_between_two_groups_join_them_both_ways() {
        let both = |text: &str, end: usize, start: usize| {
            let b = text.as_bytes();
            (sep_after(b, end), sep_before(b, start))
        };
        let joined =
            |end: usize, start: usize| (Some((Sep::Invisible, start)), Some((Sep::Invisible, end)));
        for tags in [
            "</span><span>",
            "<b>",
            "</B>",
            "<span style=\"font-weight:bold\">",
            "</strong><font color='#333' size=2>",
            "<i></i><em><u>",
            "<wbr/>",
            "<WBR />",
            "<span\nlang=EN-US>",
        ] {
            let text = std::format!("1Z999AA1{tags}0123456784");
            assert_eq!(both(&text, 8, 8 + tags.len()), joined(8, 8 + tags.len()), "{text}");
        }
        // with a space among them or beside them: a space
        for tags in [" <b>", "</b> ", "</b> <b>", "<i><b> </b></i>"] {
            let text = std::format!("9400 1118{tags}9922 3397");
            let (end, start) = (9, 9 + tags.len());
            let b = text.as_bytes();
            assert_eq!(sep_after(b, end), Some((Sep::Space, start)), "{text}");
            assert_eq!(sep_before(b, start), Some((Sep::Space, end)), "{text}");
        }
        for (text, end, start) in [
            // a block's or a link's tags, five tags, a tag holding a quoted `>` or unbalanced
            // quotes, a name that only starts like one of the list's
            ("12</td><td>34", 2, 11),
            ("12</a><a href=x>34", 2, 16),
            ("12<b><b><b><b><b>34", 2, 17),
            ("12<span title=\"a>b\">34", 2, 21),
            ("12<span title='a>34", 2, 17),
            ("12<bdi>34", 2, 7),
            ("12<bra>34", 2, 7),
            // two line breaks (a blank line), a paragraph's
            ("12<br><br>34", 2, 10),
            ("12<br>\n<br>34", 2, 11),
            ("12</p><p>34", 2, 9),
            // two spaces, markup on one side only
            ("12 <b> 34", 2, 8),
            ("12 <b>-34", 2, 7),
            ("12</b>\n 34", 2, 8),
            ("12\n\n<b>34", 2, 7),
        ] {
            assert_eq!(both(text, end, start), (None, None), "{text}");
        }
        // a source line break beside them is a space too, as a reader sees it
        for tags in ["</b>\n", "\n<b>", "</b>\r\n<b>"] {
            let text = std::format!("9400 1118{tags}9922 3397");
            let (end, start) = (9, 9 + tags.len());
            let b = text.as_bytes();
            assert_eq!(sep_after(b, end), Some((Sep::Space, start)), "{text:?}");
            assert_eq!(sep_before(b, start), Some((Sep::Space, end)), "{text:?}");
        }
        // one `<br>` among them (any of its spellings, white space beside it): a line break
        for tags in [
            "<br>",
            "<BR/>",
            "<br />",
            "</br>",
            "<br>\n",
            "\n<br>",
            "<br>\r\n",
            "</b><br><b>",
            " <br>",
        ] {
            let text = std::format!("1Z 999 AA1{tags}01 2345 6784");
            let (end, start) = (10, 10 + tags.len());
            let b = text.as_bytes();
            assert_eq!(sep_after(b, end), Some((Sep::Newline, start)), "{text:?}");
            assert_eq!(sep_before(b, start), Some((Sep::Newline, end)), "{text:?}");
        }
        // a tag longer than `MAX_TAG` bytes is too long either way
        let long = std::format!("12<span title=\"{}\">34", "x".repeat(MAX_TAG - 14));
        assert_eq!(both(&long, 2, long.len() - 2), (None, None));
        let shorter = std::format!("12<span title=\"{}\">34", "x".repeat(MAX_TAG - 15));
        assert_eq!(both(&shorter, 2, shorter.len() - 2), joined(2, shorter.len() - 2));
    }
}
