//! Printed forms: the separator rule and the normalisation shared by lenient parsing, custom
//! numbers and the CLI.
//!
//! **The separator rule.** A printed number may carry, between its characters, any of:
//! space, tab, `-`, `.`, no-break space (U+00A0), narrow no-break space (U+202F), thin space
//! (U+2009), the Unicode hyphens U+2010 and U+2011, and the characters that are not shown
//! (zero-width space, non-joiner and joiner U+200B–U+200D, word joiner U+2060, byte order
//! mark U+FEFF, soft hyphen U+00AD: text copied from a mail carries them), and the
//! ideographic space U+3000 and full-width hyphen-minus U+FF0D of Japanese and Chinese text.
//! Full-width digits and letters (`１Ｚ９９９…`) are read as their ASCII forms. Normalising
//! drops the separators, trims
//! surrounding whitespace and what a number pasted from a list, a spreadsheet or a message is
//! often wrapped in (see [`is_wrapper_start`] and [`is_wrapper_end`]: `#1Z…`, `"…"`, `(…)`,
//! `…,`), and upper-cases ASCII letters. A leading `(00)`, the application identifier of an
//! SSCC as printed under its barcode, reads as `00`. Custom numbers use the same rule
//! ([`is_separator`]). The text scanner is stricter on purpose: in running text a number's
//! groups must be joined by exactly one separator (or one line break), so that two numbers
//! separated by a space are not read as one (see the `scan` module); it also joins the groups
//! that a quoted-printable soft line break (`=` at the end of a line) cuts, and those that a
//! no-break space written as `&nbsp;` joins, which only a message read undecoded or raw HTML
//! read as text contain and which lenient parsing does not accept.

use crate::layout::MAX_LEN;
use crate::parse_error::ParseErrorKind;

/// The GS1 application identifier of an SSCC as the human-readable line under a GS1-128
/// barcode prints it (`(00) 3 4043413 879811351 7`): read as the digits `00` at the start of
/// a number (GS1 General Specifications, human-readable interpretation).
pub(crate) const GS1_SSCC_AI: &str = "(00)";

/// Lenient inputs longer than this many bytes are rejected before looking at them.
pub(crate) const LENIENT_MAX_INPUT: usize = 160;

/// Whether `ch` is a separator of printed numbers (see the module docs).
#[inline]
pub(crate) const fn is_separator(ch: char) -> bool {
    matches!(
        ch,
        ' ' | '\t'
            | '-'
            | '.'
            | '\u{a0}'
            | '\u{202f}'
            | '\u{2009}'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{200b}'
            ..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{3000}' | '\u{ff0d}'
    )
}

/// What may open a pasted number before its first character (whitespace aside): a number
/// sign (`#1Z…`, "order #"), quotes and opening brackets.
#[inline]
pub(crate) const fn is_wrapper_start(ch: char) -> bool {
    matches!(
        ch,
        '#' | '"' | '\'' | '(' | '[' | '{' | '<' | '\u{201c}' | '\u{2018}' | '\u{201e}' | '\u{ab}'
    )
}

/// What may close a pasted number after its last character (whitespace aside): quotes,
/// closing brackets and the punctuation of the sentence or list it came from.
#[inline]
pub(crate) const fn is_wrapper_end(ch: char) -> bool {
    matches!(
        ch,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '>'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\u{201d}'
            | '\u{2019}'
            | '\u{bb}'
    )
}

/// Normalises a typed or printed tracking number into `buf`: trims surrounding whitespace and
/// wrappers (a leading `#`, quotes, brackets, trailing punctuation), upper-cases ASCII and
/// full-width letters, reads full-width digits as ASCII, and drops the separators of the
/// printed form (spaces, tabs, dashes, dots, no-break and thin spaces). Returns `None` if
/// anything else is left (another character, more than
/// [`TrackingNumber::MAX_LEN`](crate::TrackingNumber::MAX_LEN) characters, or nothing at
/// all). No allocation; time linear in the input, and inputs longer than 160 bytes are
/// rejected at once.
///
/// ```
/// use tracking_number::{normalize, TrackingNumber};
///
/// let mut buf = [0u8; TrackingNumber::MAX_LEN];
/// assert_eq!(normalize(" 1z 999-aa1.01 2345 6784\n", &mut buf), Some("1Z999AA10123456784"));
/// assert_eq!(normalize("#1Z999AA10123456784", &mut buf), Some("1Z999AA10123456784"));
/// assert_eq!(normalize("\"RB123456785GB\",", &mut buf), Some("RB123456785GB"));
/// assert_eq!(normalize("１Ｚ９９９ＡＡ１０１２３４５６７８４", &mut buf), Some("1Z999AA10123456784"));
/// assert_eq!(normalize("1Z/999", &mut buf), None);
/// assert_eq!(normalize("   ", &mut buf), None);
/// ```
pub fn normalize<'b>(s: &str, buf: &'b mut [u8; MAX_LEN]) -> Option<&'b str> {
    if s.len() > LENIENT_MAX_INPUT {
        return None;
    }
    let (n, _) = normalize_detailed(s, buf).ok()?;
    core::str::from_utf8(buf.get(..n)?).ok()
}

/// The normalisation with error detail: `(length, changed)`. Indices in errors are into `s`.
pub(crate) fn normalize_detailed(
    s: &str,
    buf: &mut [u8; MAX_LEN],
) -> Result<(usize, bool), ParseErrorKind> {
    let wrap_start = |c: char| c.is_whitespace() || is_wrapper_start(c);
    let wrap_end = |c: char| c.is_whitespace() || is_wrapper_end(c);
    // an SSCC as printed under its barcode: the application identifier in parentheses
    let lead = s.len() - s.trim_start().len();
    let (ai, body) = match s[lead..].strip_prefix(GS1_SSCC_AI) {
        Some(_) => (true, lead + GS1_SSCC_AI.len()),
        None => (false, 0),
    };
    let trimmed = s[body..].trim_start_matches(wrap_start).trim_end_matches(wrap_end);
    let offset = s.len() - s[body..].trim_start_matches(wrap_start).len();
    let mut changed = trimmed.len() != s.len();
    let mut n = 0usize;
    if ai {
        buf[..2].copy_from_slice(b"00");
        n = 2;
    }
    for (i, ch) in trimmed.char_indices() {
        let b = match ch {
            '0'..='9' | 'A'..='Z' => ch as u8,
            'a'..='z' => {
                changed = true;
                ch.to_ascii_uppercase() as u8
            }
            // full-width digits and letters (Japanese and Chinese input): their ASCII forms
            '\u{ff10}'..='\u{ff19}' | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}' => {
                changed = true;
                ((ch as u32 - 0xFEE0) as u8).to_ascii_uppercase()
            }
            c if is_separator(c) => {
                changed = true;
                continue;
            }
            _ => return Err(ParseErrorKind::InvalidChar { ch, index: offset + i }),
        };
        match buf.get_mut(n) {
            Some(slot) => *slot = b,
            None => return Err(ParseErrorKind::TooLong { len: trimmed.len(), max: MAX_LEN }),
        }
        n += 1;
    }
    if n == 0 {
        return Err(ParseErrorKind::Empty);
    }
    Ok((n, changed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_digits_letters_and_separators() {
        let mut buf = [0u8; MAX_LEN];
        let n = normalize_detailed("ｒｂ１２３　４５６－７８５ＧＢ", &mut buf);
        assert_eq!(n, Ok((13, true)));
        assert_eq!(&buf[..13], b"RB123456785GB");
        // other full-width punctuation is no separator
        assert!(matches!(
            normalize_detailed("１２／３４", &mut buf),
            Err(ParseErrorKind::InvalidChar { ch: '／', index: 6 })
        ));
    }

    #[test]
    fn reports_index_in_original() {
        let mut buf = [0u8; MAX_LEN];
        assert_eq!(
            normalize_detailed("  ab/", &mut buf),
            Err(ParseErrorKind::InvalidChar { ch: '/', index: 4 })
        );
        assert_eq!(normalize_detailed("ab", &mut buf), Ok((2, true)));
        assert_eq!(normalize_detailed("AB", &mut buf), Ok((2, false)));
        assert_eq!(normalize_detailed("\u{a0}A\u{a0}B", &mut buf), Ok((2, true)));
        assert_eq!(normalize_detailed("A\u{202f}B\u{2011}C", &mut buf), Ok((3, true)));
        assert_eq!(normalize_detailed("A\u{200b}B\u{ad}C\u{feff}", &mut buf), Ok((3, true)));
    }

    #[test]
    fn wrappers_are_trimmed() {
        let mut buf = [0u8; MAX_LEN];
        for s in [
            "#1Z999AA10123456784",
            "# 1Z999AA10123456784",
            "(1Z999AA10123456784)",
            "\"1Z999AA10123456784\"",
            "'1Z999AA10123456784',",
            "\u{201c}1Z999AA10123456784\u{201d}",
            "\u{ab} 1Z999AA10123456784 \u{bb}",
            "[1Z 999 AA1 01 2345 678 4];",
        ] {
            assert_eq!(normalize(s, &mut buf), Some("1Z999AA10123456784"), "{s:?}");
        }
        // an SSCC's application identifier as printed under its barcode reads as `00`
        for s in ["(00) 3 4043383 644263659 7", "(00)340433836442636597", " (00)340433836442636597"]
        {
            assert_eq!(normalize(s, &mut buf), Some("00340433836442636597"), "{s:?}");
        }
        assert_eq!(normalize("(01)340433836442636597", &mut buf), None);
        assert_eq!(
            normalize_detailed("(00)3404/", &mut buf),
            Err(ParseErrorKind::InvalidChar { ch: '/', index: 8 })
        );
        // inside the number, or on the wrong side, they are not wrappers
        assert_eq!(normalize("1Z999AA1#0123456784", &mut buf), None);
        assert_eq!(normalize("1Z999AA10123456784#", &mut buf), None);
        assert_eq!(normalize(",1Z999AA10123456784", &mut buf), None);
        assert_eq!(normalize("#", &mut buf), None);
        // indices stay those of the original input
        assert_eq!(
            normalize_detailed("(#AB/C)", &mut buf),
            Err(ParseErrorKind::InvalidChar { ch: '/', index: 4 })
        );
    }

    #[test]
    fn too_long_is_rejected() {
        let mut buf = [0u8; MAX_LEN];
        let long = "1".repeat(MAX_LEN + 1);
        assert!(matches!(normalize_detailed(&long, &mut buf), Err(ParseErrorKind::TooLong { .. })));
        assert!(normalize(&"1 ".repeat(100), &mut buf).is_none());
    }
}
