//! Byte classes, the fast skip to the next digit, and printed-group tokenising.
//!
//! A *group* is a maximal run of ASCII letters and digits. Two groups belong to the same printed
//! number when exactly one separator joins them: a space, `-`, `.`, a no-break space (U+00A0,
//! two bytes in UTF-8) or one line break (`\n` or `\r\n`). Anything else, including two
//! separators in a row, ends the sequence.

/// Class bit: ASCII letter or digit.
const ALNUM: u8 = 1;
/// Class bit: ASCII digit.
const DIGIT: u8 = 2;
/// Class bit: ASCII lower-case letter.
const LOWER: u8 = 4;
/// Class bit: ASCII letter.
const LETTER: u8 = 8;

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
            t[b] = ALNUM | LETTER;
        } else if c.is_ascii_lowercase() {
            t[b] = ALNUM | LETTER | LOWER;
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

/// Position of the first ASCII digit at or after `from`.
///
/// Scans 32-byte blocks into a bit mask of digits with a branch-free fold (which the compiler
/// vectorises); the first set bit is the answer.
#[inline]
pub(crate) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(32);
    let mut offset = from;
    for chunk in &mut chunks {
        // one bit per digit; written so that it compiles to a vector compare and a mask move
        let mask = chunk
            .iter()
            .enumerate()
            .fold(0u32, |m, (i, &b)| m | (u32::from(is_digit(b)) << i));
        if mask != 0 {
            return Some(offset + mask.trailing_zeros() as usize);
        }
        offset += 32;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is_digit(b))
        .map(|p| offset + p)
}

/// One alphanumeric run of the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Group {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The run contains at least one digit.
    pub digit: bool,
    /// The run contains at least one letter.
    pub letter: bool,
    /// The run contains a lower-case letter.
    pub lower: bool,
    /// The run is longer than the limit it was scanned with (`end` is then the limit, not the
    /// real end).
    pub long: bool,
}

impl Group {
    /// Sets the class flags from the OR of the class bits of its bytes.
    #[inline]
    fn set_classes(&mut self, acc: u8) {
        self.digit = acc & DIGIT != 0;
        self.letter = acc & LETTER != 0;
        self.lower = acc & LOWER != 0;
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
        !self.digit && !self.lower && !self.long && self.len() <= max
    }
}

/// Scans the run that starts at `start` forward, looking at no more than `limit` bytes.
#[inline]
pub(crate) fn scan_forward(bytes: &[u8], start: usize, limit: usize) -> Group {
    let mut g = Group {
        start,
        end: start,
        ..Group::default()
    };
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
    g
}

/// Scans the run that ends at `end` backward, looking at no more than `limit` bytes.
#[inline]
pub(crate) fn scan_backward(bytes: &[u8], end: usize, limit: usize) -> Group {
    let mut g = Group {
        start: end,
        end,
        ..Group::default()
    };
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
    g
}

/// End of the alphanumeric run containing position `from` (unbounded; used once per long run).
#[inline]
pub(crate) fn run_end(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or(&[]);
    from + rest
        .iter()
        .position(|&b| !is_alnum(b))
        .unwrap_or(rest.len())
}

/// The separator that joins two groups, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sep {
    /// A space or a no-break space.
    Space,
    /// A dash.
    Dash,
    /// A dot.
    Dot,
    /// A line break.
    Newline,
}

/// If exactly one separator follows `end` and a group starts right after it, the separator
/// and the start of that group.
#[inline]
pub(crate) fn sep_after(bytes: &[u8], end: usize) -> Option<(Sep, usize)> {
    let (sep, width) = match *bytes.get(end)? {
        b' ' => (Sep::Space, 1),
        b'-' => (Sep::Dash, 1),
        b'.' => (Sep::Dot, 1),
        b'\n' => (Sep::Newline, 1),
        b'\r' if bytes.get(end + 1) == Some(&b'\n') => (Sep::Newline, 2),
        0xC2 if bytes.get(end + 1) == Some(&0xA0) => (Sep::Space, 2),
        _ => return None,
    };
    let next = end + width;
    bytes
        .get(next)
        .filter(|&&b| is_alnum(b))
        .map(|_| (sep, next))
}

/// If exactly one separator precedes `start` and a group ends right before it, the separator
/// and the end of that group.
#[inline]
pub(crate) fn sep_before(bytes: &[u8], start: usize) -> Option<(Sep, usize)> {
    let last = *bytes.get(start.checked_sub(1)?)?;
    let before = |k: usize| start.checked_sub(k).and_then(|i| bytes.get(i)).copied();
    let (sep, width) = match last {
        b' ' => (Sep::Space, 1),
        b'-' => (Sep::Dash, 1),
        b'.' => (Sep::Dot, 1),
        b'\n' if before(2) == Some(b'\r') => (Sep::Newline, 2),
        b'\n' => (Sep::Newline, 1),
        0xA0 if before(2) == Some(0xC2) => (Sep::Space, 2),
        _ => return None,
    };
    let prev_end = start - width;
    before(width + 1)
        .filter(|&b| is_alnum(b))
        .map(|_| (sep, prev_end))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn groups_forward_and_backward() {
        let t = b"ab 1Z99x-";
        let g = scan_forward(t, 3, 100);
        assert_eq!(
            (g.start, g.end, g.digit, g.letter, g.lower, g.long),
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
    fn separators() {
        assert_eq!(sep_after(b"a b", 1), Some((Sep::Space, 2)));
        assert_eq!(sep_after(b"a-b", 1), Some((Sep::Dash, 2)));
        assert_eq!(sep_after(b"a.b", 1), Some((Sep::Dot, 2)));
        assert_eq!(sep_after(b"a\nb", 1), Some((Sep::Newline, 2)));
        assert_eq!(sep_after(b"a\r\nb", 1), Some((Sep::Newline, 3)));
        assert_eq!(sep_after("a\u{a0}b".as_bytes(), 1), Some((Sep::Space, 3)));
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
}
