//! Numbers that are more plausibly something else than a tracking number.
//!
//! A payment card number passes a Canada Post check digit one time in ten; a date written
//! `21.06.2021` normalises to eight digits; a phone number is ten digits with a mod 7 check
//! one time in seven. The default answer ([`TrackingNumber::parse`](crate::TrackingNumber::parse),
//! `parse_lenient`) and the text scanner reject such strings, whatever format they also fit:
//!
//! - on the normalised string: payment card numbers (the Luhn check with the issuer prefix and
//!   length of a card network: ISO/IEC 7812 and the networks' published ranges), GS1 product
//!   codes (EAN-8, EAN-13 / ISBN-13 and GTIN-14 with a valid GS1 check: GS1 General
//!   Specifications), calendar dates written as 8 digits, IBANs (ISO 13616: the country,
//!   the MOD 97-10 remainder of 1);
//! - on the normalised string, too: one digit repeated (`000000000000`), which a template
//!   prints as a placeholder and no carrier issues;
//! - on the printed form: phone numbers (North American 3-3-4 and 1-3-3-4 groupings, UK
//!   numbers starting `0` in their 3-4-4, 4-3-4 and 5-6 groupings), dates with separators
//!   (`21.06.2021`, `2021-06-21`), and Amazon order numbers (`123-1234567-1234567`).
//!
//! A carrier hint ([`TrackingNumber::parse_for`](crate::TrackingNumber::parse_for)) overrides
//! these rules: the caller knows the carrier.

use core::fmt;

use crate::calendar;
use crate::check::fast;
use crate::check::Algorithm;
use crate::id::id_enum;
use crate::swar;

id_enum! {
    /// What a string that looks like a tracking number more plausibly is.
    ///
    /// ```
    /// use tracking_number::{Distractor, ParseErrorKind, TrackingNumber};
    ///
    /// let err = TrackingNumber::parse_lenient("4111 1111 1111 1111").unwrap_err();
    /// assert_eq!(err.kind(), ParseErrorKind::LooksLike { what: Distractor::PaymentCard });
    /// assert_eq!(err.to_string(), "looks like a payment card number, not a tracking number");
    /// ```
    #[non_exhaustive]
    pub enum Distractor: "distractor", "tracking_number::Distractor", example PaymentCard {
        /// A payment card number (Luhn check, issuer prefix and length of a card network).
        PaymentCard = ("payment_card", "payment card number"),
        /// A GS1 product code: EAN-8, EAN-13 / ISBN-13 or GTIN-14 with a valid check digit.
        ProductCode = ("product_code", "product code"),
        /// A calendar date.
        Date = ("date", "date"),
        /// A phone number in one of its printed forms.
        PhoneNumber = ("phone_number", "phone number"),
        /// An IBAN with a valid check.
        Iban = ("iban", "IBAN"),
        /// An order number printed as Amazon's are (`123-1234567-1234567`).
        OrderNumber = ("order_number", "order number"),
        /// One digit repeated (`000000000000`, `1111 1111 1111`), or eight digits or more
        /// counting up or down (`12345678901234567890`, `9876543210`): a placeholder or a
        /// test value in a template, never an issued number.
        Placeholder = ("placeholder", "placeholder"),
    }
}

/// Whether `n` is one digit repeated (at least two of them), or at least [`COUNTING`] digits
/// each one more (or each one less) than the one before, 9 and 0 adjacent (see
/// [`Distractor::Placeholder`]).
pub(crate) fn is_placeholder(n: &[u8]) -> bool {
    if n.len() < 2 || !n.iter().all(u8::is_ascii_digit) {
        return false;
    }
    // the step from each digit to the next, modulo 10: one step throughout
    let step = |w: &[u8]| (w[1] + 10 - w[0]) % 10;
    let first = step(&n[..2]);
    let steady = n.windows(2).all(|w| step(w) == first);
    steady && (first == 0 || n.len() >= COUNTING && matches!(first, 1 | 9))
}

/// Fewest digits counting up or down that make a placeholder (a random run of this length
/// counts so by chance once in 5 million: 20 of its 10⁸ values).
const COUNTING: usize = 8;

/// What the normalised string `n` (`0-9A-Z`) more plausibly is, if anything.
pub(crate) fn of_normalized(n: &[u8]) -> Option<Distractor> {
    // (longer strings are refused for their length)
    if n.len() <= crate::layout::MAX_LEN && is_placeholder(n) {
        return Some(Distractor::Placeholder);
    }
    // the lengths first: every rule below needs one of these
    if !matches!(n.len(), 8 | 13..=34) {
        return None;
    }
    if n.first().is_some_and(u8::is_ascii_uppercase) {
        return is_iban(n).then_some(Distractor::Iban);
    }
    if n.len() > 19 || !swar::all_digits(n) {
        return None;
    }
    if is_card(n) {
        Some(Distractor::PaymentCard)
    } else if n.len() == 8 && is_date8(n) {
        Some(Distractor::Date)
    } else if matches!(n.len(), 8 | 13 | 14) && gs1_valid(n) {
        Some(Distractor::ProductCode)
    } else {
        None
    }
}

/// What the printed (not yet normalised) string `s` more plausibly is, if anything: the
/// groups of digits and the separators between them tell phone numbers, dates and order
/// numbers apart.
pub(crate) fn of_printed(s: &str) -> Option<Distractor> {
    let g = Groups::of(s.trim())?;
    let lens = g.lens();
    if g.n == 3 && g.sep != b' ' && is_date_groups(&g) {
        return Some(Distractor::Date);
    }
    if lens == [3, 7, 7] && g.sep == b'-' {
        return Some(Distractor::OrderNumber);
    }
    // North American numbers: 3-3-4 and 1-3-3-4
    if lens == [3, 3, 4] || (lens == [1, 3, 3, 4] && g.first_digit == Some(b'1')) {
        return Some(Distractor::PhoneNumber);
    }
    // UK numbers: a leading 0, 11 digits in 3-4-4, 4-3-4, 5-6 or 5-3-3
    if g.first_digit == Some(b'0') && matches!(lens, [3, 4, 4] | [4, 3, 4] | [5, 6] | [5, 3, 3]) {
        return Some(Distractor::PhoneNumber);
    }
    // French numbers: a leading 0, ten digits written in five pairs (ARCEP numbering plan)
    if g.first_digit == Some(b'0') && lens == [2, 2, 2, 2, 2] {
        return Some(Distractor::PhoneNumber);
    }
    None
}

/// The digit groups of a printed string: lengths, values, the one separator between them.
struct Groups {
    len: [u8; 8],
    value: [u32; 8],
    n: usize,
    sep: u8,
    first_digit: Option<u8>,
}

impl Groups {
    /// `None` unless `s` is made of 2 to 8 digit groups joined by single separators of one
    /// kind (space, dash or dot).
    fn of(s: &str) -> Option<Groups> {
        let mut g =
            Groups { len: [0; 8], value: [0; 8], n: 0, sep: 0, first_digit: s.bytes().next() };
        let mut in_group = false;
        for b in s.bytes() {
            match b {
                b'0'..=b'9' => {
                    if !in_group {
                        if g.n == g.len.len() {
                            return None;
                        }
                        g.n += 1;
                        in_group = true;
                    }
                    let k = g.n - 1;
                    g.len[k] = g.len[k].saturating_add(1);
                    g.value[k] = g.value[k].saturating_mul(10).saturating_add(u32::from(b - b'0'));
                }
                b' ' | b'-' | b'.' => {
                    if !in_group || (g.sep != 0 && g.sep != b) {
                        return None;
                    }
                    g.sep = b;
                    in_group = false;
                }
                _ => return None,
            }
        }
        (in_group && g.n >= 2).then_some(g)
    }

    fn lens(&self) -> &[u8] {
        &self.len[..self.n]
    }
}

fn is_date_groups(g: &Groups) -> bool {
    let v = &g.value;
    let year = |y: u32, four: bool| if four { y } else { 2000 + y };
    let either = |a: u32, b: u32, y: u32| valid_date(y, a, b) || valid_date(y, b, a);
    match g.lens() {
        [4, 1..=2, 1..=2] => valid_date(v[0], v[1], v[2]),
        [1..=2, 1..=2, 4] => either(v[0], v[1], year(v[2], true)),
        [1..=2, 1..=2, 2] => either(v[0], v[1], year(v[2], false)),
        _ => false,
    }
}

/// Whether `n` is eight digits that read as a date ([`is_date8`]).
pub(crate) fn is_date(n: &[u8]) -> bool {
    n.len() == 8 && swar::all_digits(n) && is_date8(n)
}

/// Eight digits that read as a date: `YYYYMMDD`, `DDMMYYYY` or `MMDDYYYY`.
fn is_date8(n: &[u8]) -> bool {
    let num = |a: usize, b: usize| {
        n.get(a..b)
            .map(|s| s.iter().fold(0u32, |acc, &d| acc * 10 + u32::from(d.wrapping_sub(b'0'))))
            .unwrap_or(0)
    };
    valid_date(num(0, 4), num(4, 6), num(6, 8))
        || valid_date(num(4, 8), num(2, 4), num(0, 2))
        || valid_date(num(4, 8), num(0, 2), num(2, 4))
}

/// Whether `y-m-d` is a day of the calendar in the years 1900–2099.
fn valid_date(y: u32, m: u32, d: u32) -> bool {
    (1900..=2099).contains(&y) && calendar::is_valid(i64::from(y), m, d)
}

fn gs1_valid(n: &[u8]) -> bool {
    match n.split_last() {
        Some((&check, data)) => {
            fast::compute(Algorithm::Gs1, data).is_some_and(|c| c.first() == check)
        }
        None => false,
    }
}

/// An EAN-8 or EAN-13 / ISBN-13 with a valid GS1 check digit.
pub(crate) fn is_ean(n: &[u8]) -> bool {
    matches!(n.len(), 8 | 13) && n.iter().all(u8::is_ascii_digit) && gs1_valid(n)
}

/// A payment card number: Luhn-valid, with the issuer prefix and a length of a major card
/// network: Visa (`4`, 13/16/19 digits), Mastercard (`51`–`55`, `2221`–`2720`, 16), American
/// Express (`34`/`37`, 15), Discover (`6011`, `644`–`649`, `65`, 16–19), JCB (`3528`–`3589`,
/// 16–19), Diners Club (`30`/`36`/`38`, 14/16), UnionPay (`62`, 16–19).
pub(crate) fn is_card(n: &[u8]) -> bool {
    let len = n.len();
    if !(13..=19).contains(&len) || !swar::all_digits(n) {
        return false;
    }
    let p = |k: usize| n.iter().take(k).fold(0u32, |a, &d| a * 10 + u32::from(d - b'0'));
    let (p2, p3, p4) = (p(2), p(3), p(4));
    let long = (16..=19).contains(&len);
    let issuer = (p2 / 10 == 4 && matches!(len, 13 | 16 | 19))
        || (((51..=55).contains(&p2) || (2221..=2720).contains(&p4)) && len == 16)
        || (matches!(p2, 34 | 37) && len == 15)
        || ((p4 == 6011 || (644..=649).contains(&p3) || p2 == 65) && long)
        || ((3528..=3589).contains(&p4) && long)
        || (matches!(p2, 30 | 36 | 38) && matches!(len, 14 | 16))
        || (p2 == 62 && long);
    issuer
        && n.split_last().is_some_and(|(&check, data)| {
            fast::compute(Algorithm::Luhn, data).is_some_and(|c| c.first() == check)
        })
}

/// The countries of the IBAN registry and the length of their IBANs.
///
/// Source: SWIFT, "IBAN Registry" (ISO 13616 registration authority), the IBAN structure of
/// each participating country.
/// [`IBAN_LENGTHS`] by country code (`AA` = 0 … `ZZ` = 675), 0 for a code with no IBAN.
static IBAN_LENGTH: [u8; 26 * 26] = {
    let mut t = [0u8; 26 * 26];
    let mut i = 0;
    while i < IBAN_LENGTHS.len() {
        let ([a, b], len) = IBAN_LENGTHS[i];
        t[(a - b'A') as usize * 26 + (b - b'A') as usize] = len;
        i += 1;
    }
    t
};

const IBAN_LENGTHS: &[([u8; 2], u8)] = &[
    (*b"AD", 24),
    (*b"AE", 23),
    (*b"AL", 28),
    (*b"AT", 20),
    (*b"AZ", 28),
    (*b"BA", 20),
    (*b"BE", 16),
    (*b"BG", 22),
    (*b"BH", 22),
    (*b"BI", 27),
    (*b"BR", 29),
    (*b"BY", 28),
    (*b"CH", 21),
    (*b"CR", 22),
    (*b"CY", 28),
    (*b"CZ", 24),
    (*b"DE", 22),
    (*b"DJ", 27),
    (*b"DK", 18),
    (*b"DO", 28),
    (*b"EE", 20),
    (*b"EG", 29),
    (*b"ES", 24),
    (*b"FI", 18),
    (*b"FK", 18),
    (*b"FO", 18),
    (*b"FR", 27),
    (*b"GB", 22),
    (*b"GE", 22),
    (*b"GI", 23),
    (*b"GL", 18),
    (*b"GR", 27),
    (*b"GT", 28),
    (*b"HR", 21),
    (*b"HU", 28),
    (*b"IE", 22),
    (*b"IL", 23),
    (*b"IQ", 23),
    (*b"IS", 26),
    (*b"IT", 27),
    (*b"JO", 30),
    (*b"KW", 30),
    (*b"KZ", 20),
    (*b"LB", 28),
    (*b"LC", 32),
    (*b"LI", 21),
    (*b"LT", 20),
    (*b"LU", 20),
    (*b"LV", 21),
    (*b"LY", 25),
    (*b"MC", 27),
    (*b"MD", 24),
    (*b"ME", 22),
    (*b"MK", 19),
    (*b"MN", 20),
    (*b"MR", 27),
    (*b"MT", 31),
    (*b"MU", 30),
    (*b"NI", 28),
    (*b"NL", 18),
    (*b"NO", 15),
    (*b"OM", 23),
    (*b"PK", 24),
    (*b"PL", 28),
    (*b"PS", 29),
    (*b"PT", 25),
    (*b"QA", 29),
    (*b"RO", 24),
    (*b"RS", 22),
    (*b"RU", 33),
    (*b"SA", 24),
    (*b"SC", 31),
    (*b"SD", 18),
    (*b"SE", 24),
    (*b"SI", 19),
    (*b"SK", 24),
    (*b"SM", 27),
    (*b"SO", 23),
    (*b"ST", 25),
    (*b"SV", 28),
    (*b"TL", 23),
    (*b"TN", 24),
    (*b"TR", 26),
    (*b"UA", 29),
    (*b"VA", 22),
    (*b"VG", 24),
    (*b"XK", 20),
    (*b"YE", 30),
];

/// An IBAN: a country of the IBAN registry, its length, two check digits, letters or
/// digits, and the ISO 13616 remainder (country and check digits moved to the end, letters
/// as 10–35) equal to 1.
pub(crate) fn is_iban(n: &[u8]) -> bool {
    // the cheap tests first: two letters, two digits, a length some country uses
    let [a, b, c, d, ..] = *n else {
        return false;
    };
    if !(a.is_ascii_uppercase()
        && b.is_ascii_uppercase()
        && c.is_ascii_digit()
        && d.is_ascii_digit()
        && (15..=34).contains(&n.len()))
    {
        return false;
    }
    if usize::from(IBAN_LENGTH[usize::from(a - b'A') * 26 + usize::from(b - b'A')]) != n.len()
        || !n.iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
    {
        return false;
    }
    let mut r = 0u32;
    for &b in n[4..].iter().chain(&n[..4]) {
        r = if b.is_ascii_digit() {
            (r * 10 + u32::from(b - b'0')) % 97
        } else {
            (r * 100 + u32::from(b - b'A') + 10) % 97
        };
    }
    r == 1
}

/// The message of a parse error: "looks like a payment card number, not a tracking number".
pub(crate) struct LooksLike(pub(crate) Distractor);

impl fmt::Display for LooksLike {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // (by the sound of the name's first letter: "an IBAN", "an order number")
        let vowel = self.0.name().starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
        let article = if vowel { "an" } else { "a" };
        write!(f, "looks like {article} {}, not a tracking number", self.0.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        use std::string::ToString;
        for (d, message) in [
            (Distractor::PaymentCard, "looks like a payment card number, not a tracking number"),
            (Distractor::ProductCode, "looks like a product code, not a tracking number"),
            (Distractor::Date, "looks like a date, not a tracking number"),
            (Distractor::PhoneNumber, "looks like a phone number, not a tracking number"),
            (Distractor::Iban, "looks like an IBAN, not a tracking number"),
            (Distractor::OrderNumber, "looks like an order number, not a tracking number"),
            (Distractor::Placeholder, "looks like a placeholder, not a tracking number"),
        ] {
            assert_eq!(LooksLike(d).to_string(), message);
        }
    }

    #[test]
    fn placeholders() {
        assert_eq!(of_normalized(b"000000000000"), Some(Distractor::Placeholder));
        assert_eq!(of_normalized(b"999999999999999"), Some(Distractor::Placeholder));
        assert!(!is_placeholder(b"0"));
        assert!(!is_placeholder(b"000000000001"));
        assert!(!is_placeholder(b"AAAAAAAA"));
        assert!(!is_placeholder(b""));
        // counting up or down, through 9 and 0
        assert_eq!(of_normalized(b"12345678901234567890"), Some(Distractor::Placeholder));
        assert!(is_placeholder(b"9876543210"));
        assert!(is_placeholder(b"78901234"));
        assert!(!is_placeholder(b"1234567"));
        assert!(!is_placeholder(b"123456789013"));
        assert!(!is_placeholder(b"13579135"));
    }

    #[test]
    fn cards_products_dates_ibans() {
        assert_eq!(of_normalized(b"4111111111111111"), Some(Distractor::PaymentCard));
        assert_eq!(of_normalized(b"378282246310005"), Some(Distractor::PaymentCard));
        assert_eq!(of_normalized(b"4111111111111112"), None);
        assert_eq!(of_normalized(b"7035114477138472"), None, "no card issuer");
        assert_eq!(of_normalized(b"9783161484100"), Some(Distractor::ProductCode));
        assert_eq!(of_normalized(b"96385074"), Some(Distractor::ProductCode));
        assert_eq!(of_normalized(b"20190507"), Some(Distractor::Date));
        assert_eq!(of_normalized(b"21062021"), Some(Distractor::Date));
        assert_eq!(of_normalized(b"12345679"), None);
        assert_eq!(of_normalized(b"DE89370400440532013000"), Some(Distractor::Iban));
        assert_eq!(of_normalized(b"RB123456785GB"), None);
        assert!(is_ean(b"9783161484100") && !is_ean(b"9783161484101"));
        assert!(is_card(b"5555555555554444") && !is_card(b"545310484876854"));
        assert!(is_iban(b"GB82WEST12345698765432") && !is_iban(b"de89370400440532013000"));
    }

    #[test]
    fn printed_forms() {
        assert_eq!(of_printed("21.06.2021"), Some(Distractor::Date));
        assert_eq!(of_printed("2021-06-21"), Some(Distractor::Date));
        assert_eq!(of_printed("6/21/2021"), None, "a slash is not a separator here");
        assert_eq!(of_printed("317-4843426-5344727"), Some(Distractor::OrderNumber));
        assert_eq!(of_printed("555-123-4567"), Some(Distractor::PhoneNumber));
        assert_eq!(of_printed("555 123 4567"), Some(Distractor::PhoneNumber));
        assert_eq!(of_printed("1-800-555-1234"), Some(Distractor::PhoneNumber));
        assert_eq!(of_printed("020 7946 0958"), Some(Distractor::PhoneNumber));
        assert_eq!(of_printed("33 1881 0025"), None);
        assert_eq!(of_printed("911 240 020 713"), None);
        assert_eq!(of_printed("698-106-040-916"), None);
        assert_eq!(of_printed("1Z 999 AA1 01 2345 6784"), None);
        assert_eq!(of_printed("3318810025"), None);
    }

    #[test]
    fn dates_in_range() {
        assert!(valid_date(2024, 2, 29) && !valid_date(2023, 2, 29));
        assert!(!valid_date(1899, 1, 1) && !valid_date(2100, 1, 1));
    }
}
