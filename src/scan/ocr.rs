//! Reading OCR output: the letters an OCR engine reads for digits, and an anchor's groups
//! written again with those letters taken for digits.

use super::engine::{MAX_GROUPS, MAX_LEN};
use super::token::{Group, Sep};

/// Letters an OCR engine reads for digits: `O`/`o` for 0, `I` and `l` for 1 (not `L` or
/// `i`, which do not look like 1).
pub(super) fn ocr_digit(b: u8) -> Option<u8> {
    match b {
        b'O' | b'o' => Some(b'0'),
        b'I' | b'l' => Some(b'1'),
        _ => None,
    }
}

/// Letters an OCR engine reads for digits in a run of digits: those of [`ocr_digit`], and `S`
/// for 5, `B` for 8, `Z` for 2 (upper case only; among letters they are letters, as the `Z`
/// of `1Z`).
pub(super) fn ocr_digit_among_digits(b: u8) -> Option<u8> {
    match b {
        b'S' => Some(b'5'),
        b'B' => Some(b'8'),
        b'Z' => Some(b'2'),
        _ => ocr_digit(b),
    }
}

/// At most this many letters are taken for digits in one span.
pub(super) const OCR_LETTERS: usize = 2;

/// For digit groups in which OCR read a few digits as letters (`94001112O6206406260787`,
/// `9400 1118 99Z2 …`; `1ZO…` is not one: it holds other letters): writes the groups to
/// `out` with those letters ([`ocr_digit_among_digits`]) as digits and returns how many of
/// `groups` (from the first) were written, `0` if none can be: each written group is digits
/// and such letters only, the first holds a digit and opens with no `S`, `B` or `Z` (a letter
/// prefix: `Z1234567890`), and together they hold at most [`OCR_LETTERS`] of them. Spans of
/// the written groups are reported only with a verified check digit (see
/// [`judge`](super::engine)).
pub(super) fn ocr_digits(text: &[u8], groups: &[(Sep, Group)], out: &mut [u8]) -> usize {
    let mut n = 0;
    let mut letters = 0;
    let mut count = 0;
    for (_, g) in groups {
        let Some(bytes) = text.get(g.start..g.end) else {
            break;
        };
        // a span that opens with `S`, `B` or `Z` is a letter prefix (`Z1234567890`)
        if count == 0
            && bytes.first().is_some_and(|&b| ocr_digit(b).is_none() && !b.is_ascii_digit())
        {
            break;
        }
        let mut group_letters = 0;
        let fits = bytes.iter().all(|&b| {
            b.is_ascii_digit()
                || ocr_digit_among_digits(b).is_some() && {
                    group_letters += 1;
                    true
                }
        });
        if !fits || letters + group_letters > OCR_LETTERS || out.len() < n + bytes.len() {
            break;
        }
        for (o, &b) in out[n..].iter_mut().zip(bytes) {
            *o = ocr_digit_among_digits(b).unwrap_or(b);
        }
        n += bytes.len();
        letters += group_letters;
        count += 1;
    }
    // nothing to repair: the plain pass reads the same
    if letters == 0 {
        0
    } else {
        count
    }
}

/// For groups of letters and digits in which OCR read a few digits as letters
/// (`1Z999AA1O123456784`, `IZ999AA10123456784`): writes the letter `prefix` (if given; it must
/// keep a letter) and the groups to `out`, upper-cased, with those letters ([`ocr_digit`]) as
/// digits, each span's end and whether it holds a letter to `ends`, and returns how many of
/// `groups` (from the first) were written: together they hold at most [`OCR_LETTERS`] such
/// letters, and none a lower-case letter but `l` (a word). `0` when none holds such a letter.
/// Spans of the written groups are reported only with a strong reading (a distinctive
/// structure with its check digit, see [`judge`](super::engine)).
pub(super) fn ocr_mixed(
    text: &[u8],
    prefix: Option<Group>,
    groups: &[(Sep, Group)],
    out: &mut [u8; MAX_LEN],
    ends: &mut [(usize, bool); MAX_GROUPS],
) -> usize {
    /// Bytes written, such letters taken for digits, whether a letter was written.
    struct Written {
        n: usize,
        misread: usize,
        letters: bool,
    }
    // writes one group; false when it does not fit
    let write = |w: &mut Written, out: &mut [u8; MAX_LEN], g: &Group| {
        let Some(bytes) = text.get(g.start..g.end) else { return false };
        let here = bytes.iter().filter(|&&b| ocr_digit(b).is_some()).count();
        // lower-case letters (but `l`) are words, not misread labels: `order3318…`
        let word = g.lower() && bytes.iter().any(|&b| b.is_ascii_lowercase() && b != b'l');
        if word || w.misread + here > OCR_LETTERS || out.len() < w.n + bytes.len() {
            return false;
        }
        for (o, &b) in out[w.n..].iter_mut().zip(bytes) {
            *o = ocr_digit(b).unwrap_or(b.to_ascii_uppercase());
            w.letters |= o.is_ascii_uppercase();
        }
        w.n += bytes.len();
        w.misread += here;
        true
    };
    let mut w = Written { n: 0, misread: 0, letters: false };
    // a prefix stays a letter prefix (`IZ` is read `1Z`; `I` before a number is a word)
    if prefix.is_some_and(|p| !write(&mut w, out, &p) || !w.letters) {
        return 0;
    }
    let mut count = 0;
    for ((_, g), end) in groups.iter().zip(ends.iter_mut()) {
        if !write(&mut w, out, g) {
            break;
        }
        count += 1;
        *end = (w.n, w.letters);
    }
    if w.misread == 0 {
        0
    } else {
        count
    }
}
