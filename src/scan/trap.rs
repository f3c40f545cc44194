//! Numbers that look like tracking numbers but are something else.
//!
//! Each test looks at a normalised span (upper-case ASCII, separators removed) and answers
//! whether it is, with high probability, a payment card number, an IBAN or an EAN/ISBN-13
//! product code. Such spans are never reported.

use crate::check::{CheckDigit, Gs1, Luhn};

/// A payment card number: Luhn-valid, with the issuer prefix and a length of a major card
/// network: Visa (`4`, 13/16/19 digits), Mastercard (`51`–`55`, `2221`–`2720`, 16), American
/// Express (`34`/`37`, 15), Discover (`6011`, `644`–`649`, `65`, 16–19), JCB (`3528`–`3589`,
/// 16–19), Diners Club (`30`/`36`/`38`, 14/16), UnionPay (`62`, 16–19).
pub(crate) fn is_card(n: &[u8]) -> bool {
    let len = n.len();
    if !(13..=19).contains(&len) || !n.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let p = |k: usize| {
        n[..k]
            .iter()
            .fold(0u32, |a, &d| a * 10 + u32::from(d - b'0'))
    };
    let long = (16..=19).contains(&len);
    let issuer = (n[0] == b'4' && matches!(len, 13 | 16 | 19))
        || (((51..=55).contains(&p(2)) || (2221..=2720).contains(&p(4))) && len == 16)
        || (matches!(p(2), 34 | 37) && len == 15)
        || ((p(4) == 6011 || (644..=649).contains(&p(3)) || p(2) == 65) && long)
        || ((3528..=3589).contains(&p(4)) && long)
        || (matches!(p(2), 30 | 36 | 38) && matches!(len, 14 | 16))
        || (p(2) == 62 && long);
    issuer && Luhn.verify(n)
}

/// An EAN-13 / ISBN-13 (13 digits) or EAN-8 (8 digits) with a valid GS1 check digit.
pub(crate) fn is_ean(n: &[u8]) -> bool {
    matches!(n.len(), 8 | 13) && n.iter().all(u8::is_ascii_digit) && Gs1.verify(n)
}

/// An IBAN: two letters, two check digits, 11–30 letters or digits, and the ISO 13616
/// remainder (country and check digits moved to the end, letters as 10–35) equal to 1.
pub(crate) fn is_iban(n: &[u8]) -> bool {
    if !(15..=34).contains(&n.len())
        || !n[..2].iter().all(u8::is_ascii_uppercase)
        || !n[2..4].iter().all(u8::is_ascii_digit)
        || !n
            .iter()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards() {
        assert!(is_card(b"4111111111111111"));
        assert!(is_card(b"5555555555554444"));
        assert!(is_card(b"378282246310005"));
        assert!(is_card(b"6011111111111117"));
        assert!(is_card(b"2223003122003222"));
        assert!(!is_card(b"4111111111111112"), "Luhn fails");
        assert!(!is_card(b"7035114477138472"), "no card issuer");
        assert!(!is_card(b"411111111111"), "too short");
        assert!(
            !is_card(b"545310484876854"),
            "Mastercard numbers have 16 digits"
        );
        assert!(is_card(b"4222222222222"));
        assert!(!is_card(b"41111111111111A1"));
    }

    #[test]
    fn eans() {
        assert!(is_ean(b"9783161484100"));
        assert!(is_ean(b"4006381333931"));
        assert!(is_ean(b"96385074"));
        assert!(!is_ean(b"9783161484101"));
        assert!(!is_ean(b"978316148410"));
    }

    #[test]
    fn ibans() {
        assert!(is_iban(b"DE89370400440532013000"));
        assert!(is_iban(b"GB82WEST12345698765432"));
        assert!(is_iban(b"NO9386011117947"));
        assert!(!is_iban(b"DE89370400440532013001"));
        assert!(!is_iban(b"RB123456785GB"));
        assert!(!is_iban(b"1Z999AA10123456784"));
        assert!(!is_iban(b"de89370400440532013000"));
    }
}
