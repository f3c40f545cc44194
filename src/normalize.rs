//! Lenient input: the normalisation rules shared by `parse_lenient`, the scanner and the CLI.

use crate::number::ParseErrorKind;
use crate::spec::MAX_LEN;

/// Lenient inputs longer than this many bytes are rejected before looking at them.
pub(crate) const LENIENT_MAX_INPUT: usize = 160;

/// Normalises a typed or printed tracking number into `buf`: trims surrounding whitespace,
/// upper-cases ASCII letters, and drops spaces, tabs, dashes (`-`), dots (`.`) and no-break
/// spaces (U+00A0) inside. Returns `None` if anything else is left (another character, or
/// more than [`TrackingNumber::MAX_LEN`](crate::TrackingNumber::MAX_LEN) characters, or
/// nothing at all). No allocation; time linear in the input, and inputs longer than 160
/// bytes are rejected at once.
///
/// ```
/// use tracking_number::{normalize, TrackingNumber};
///
/// let mut buf = [0u8; TrackingNumber::MAX_LEN];
/// assert_eq!(normalize(" 1z 999-aa1.01 2345 6784\n", &mut buf), Some("1Z999AA10123456784"));
/// assert_eq!(normalize("1Z/999", &mut buf), None);
/// assert_eq!(normalize("   ", &mut buf), None);
/// ```
pub fn normalize<'b>(s: &str, buf: &'b mut [u8; MAX_LEN]) -> Option<&'b str> {
    if s.len() > LENIENT_MAX_INPUT {
        return None;
    }
    let (n, _) = normalize_detailed(s, buf).ok()?;
    core::str::from_utf8(&buf[..n]).ok()
}

/// The normalisation with error detail: `(length, changed)`.
pub(crate) fn normalize_detailed(
    s: &str,
    buf: &mut [u8; MAX_LEN],
) -> Result<(usize, bool), ParseErrorKind> {
    let trimmed = s.trim_matches(|c: char| c.is_whitespace());
    let offset = s.len() - s.trim_start_matches(|c: char| c.is_whitespace()).len();
    let mut changed = trimmed.len() != s.len();
    let mut n = 0usize;
    for (i, ch) in trimmed.char_indices() {
        let b = match ch {
            '0'..='9' | 'A'..='Z' => ch as u8,
            'a'..='z' => {
                changed = true;
                ch.to_ascii_uppercase() as u8
            }
            ' ' | '\t' | '-' | '.' | '\u{a0}' => {
                changed = true;
                continue;
            }
            _ => {
                return Err(ParseErrorKind::InvalidChar {
                    ch,
                    index: offset + i,
                })
            }
        };
        match buf.get_mut(n) {
            Some(slot) => *slot = b,
            None => {
                return Err(ParseErrorKind::TooLong {
                    len: trimmed.len(),
                    max: MAX_LEN,
                });
            }
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
    fn reports_index_in_original() {
        let mut buf = [0u8; MAX_LEN];
        assert_eq!(
            normalize_detailed("  ab/", &mut buf),
            Err(ParseErrorKind::InvalidChar { ch: '/', index: 4 })
        );
        assert_eq!(normalize_detailed("ab", &mut buf), Ok((2, true)));
        assert_eq!(normalize_detailed("AB", &mut buf), Ok((2, false)));
        assert_eq!(
            normalize_detailed("\u{a0}A\u{a0}B", &mut buf),
            Ok((2, true))
        );
    }

    #[test]
    fn too_long_is_rejected() {
        let mut buf = [0u8; MAX_LEN];
        let long = "1".repeat(MAX_LEN + 1);
        assert!(matches!(
            normalize_detailed(&long, &mut buf),
            Err(ParseErrorKind::TooLong { .. })
        ));
        assert!(normalize(&"1 ".repeat(100), &mut buf).is_none());
    }
}
