//! The fast paths: every [`Algorithm`] computed without error plumbing, for the hot paths of
//! carrier detection, text scanning and custom numbers.
//!
//! The reference implementations in the sibling files return an [`Error`](super::Error)
//! naming each bad byte and run a textbook loop. The hot paths only need "the check
//! character, or nothing if a byte is outside the alphabet", so here:
//!
//! - the weighted codes (GS1, Luhn, UPS, Deutsche Post, FedEx mod 11, mod 7) sum eight digits
//!   per step with SWAR arithmetic on `u64` words, at any length: the weight of a digit only
//!   depends on its place from the right modulo the weight period (2, 3 or 6, all dividing
//!   24), so three precomputed weight words cover every word of the input;
//! - the ISO 7064 systems step through precomputed state tables, one load per byte;
//! - Damm takes two digits per table load; Verhoeff and MOD 97-10 are plain loops.
//!
//! [`compute`] is tested equal to the reference [`CheckDigit::compute`](super::CheckDigit)
//! for every algorithm on random payloads of every length from 1 to 80, in and out of the
//! alphabet (`fast_paths_equal_the_references` below).

use super::iso7064::ALNUM_STAR;
use super::table::{DAMM, VERHOEFF_D, VERHOEFF_INV, VERHOEFF_P};
use super::{Algorithm, CheckChars};

/// The check character(s) of `data` under `alg`; `None` if `data` is empty, has a byte
/// outside the algorithm's payload alphabet, or (S10) is not 8 digits long.
#[inline]
pub(crate) fn compute(alg: Algorithm, data: &[u8]) -> Option<CheckChars> {
    if data.is_empty() {
        return None;
    }
    let one = |b: u8| Some(CheckChars::one(b));
    match alg {
        Algorithm::Gs1 => one(complement10(sum::<false, false>(data, &GS1)?)),
        Algorithm::Luhn => one(complement10(sum::<true, false>(data, &LUHN)?)),
        Algorithm::Ups => {
            // weights 1, 2 from the left: seen from the right they depend on the parity
            let w = if data.len() % 2 == 1 { &ONE_TWO } else { &TWO_ONE };
            one(complement10(sum::<false, true>(data, w)?))
        }
        Algorithm::DeutschePost => {
            let w = if data.len() % 2 == 1 { &FOUR_NINE } else { &NINE_FOUR };
            one(complement10(sum::<false, false>(data, w)?))
        }
        Algorithm::FedEx => one(b'0' + (sum::<false, false>(data, &FEDEX)? % 11 % 10) as u8),
        Algorithm::Mod7 => one(b'0' + (sum::<false, false>(data, &MOD7)? % 7) as u8),
        Algorithm::S10 => {
            if data.len() != 8 {
                return None;
            }
            let s = sum::<false, false>(data, &S10)?;
            one(match 11 - s % 11 {
                10 => b'0',
                11 => b'5',
                c => b'0' + c as u8,
            })
        }
        Algorithm::Mod11_2 => {
            let p = walk(&PURE11, data, 0, true)?;
            one(match (12 - p) % 11 {
                10 => b'X',
                c => b'0' + c as u8,
            })
        }
        Algorithm::Mod11_10 => one(b'0' + ((11 - walk(&HYBRID11_10, data, 10, true)?) % 10) as u8),
        Algorithm::Mod37_2 => {
            one(ALNUM_STAR[((38 - walk(&PURE37, data, 0, false)?) % 37) as usize])
        }
        Algorithm::Mod37_36 => {
            one(ALNUM_STAR[((37 - walk(&HYBRID37_36, data, 36, false)?) % 36) as usize])
        }
        Algorithm::Mod97_10 => {
            let c = 98 - ((mod97(data)? % 97) * 100) % 97;
            Some(CheckChars::two(b'0' + (c / 10) as u8, b'0' + (c % 10) as u8))
        }
        Algorithm::Damm => one(b'0' + damm(data)?),
        Algorithm::Verhoeff => one(b'0' + verhoeff(data)?),
    }
}

/// [`compute`] over `prefix` followed by `data`, without the caller building the string: a
/// check digit computed as if an application identifier had been printed in front (USPS
/// legacy numbers with an implied `91`, FedEx SmartPost numbers with an implied `92`).
pub(crate) fn compute_prefixed(alg: Algorithm, prefix: &[u8], data: &[u8]) -> Option<CheckChars> {
    let mut buf = [0u8; 96];
    let n = prefix.len() + data.len();
    let out = buf.get_mut(..n)?;
    let (head, tail) = out.split_at_mut(prefix.len());
    head.copy_from_slice(prefix);
    tail.copy_from_slice(data);
    compute(alg, out)
}

#[inline]
fn complement10(sum: u32) -> u8 {
    b'0' + ((10 - sum % 10) % 10) as u8
}

// ---------------------------------------------------------------------------------------------
// Weighted sums, eight digits per step
// ---------------------------------------------------------------------------------------------

use crate::swar::{class_bits, L as SWAR_L};
/// The even bytes of a word (16-bit lanes).
const LANES: u64 = 0x00FF_00FF_00FF_00FF;

/// Weight words of a code: for the three phases of a word (its index from the right modulo
/// 3), the weights of its even bytes and of its odd bytes as 16-bit lanes in reverse order,
/// so that one multiplication leaves the dot product in the top lane.
type Weights = [(u64, u64); 3];

/// The weight words for weights `w(r)` by place from the right, `w(r) = pattern[r % len]`
/// (`pattern.len()` divides 24), or only for the first eight places (`once`, for S10).
///
/// Byte `j` of word `k` (little-endian, word 0 the rightmost) is at place `8k + 7 - j`; lane
/// `m` of the even half holds byte `2m`, and the top lane of `lanes × weights` is
/// `Σ lane[m] · weights[3 - m]`.
const fn weights(pattern: &[u32], once: bool) -> Weights {
    let mut out = [(0u64, 0u64); 3];
    let mut k = 0;
    while k < 3 {
        let mut b = 0;
        while b < 4 {
            let m = 3 - b;
            let even_place = 8 * k + 7 - 2 * m;
            let odd_place = even_place - 1;
            out[k].0 |= weight_at(pattern, once, even_place) << (16 * b);
            out[k].1 |= weight_at(pattern, once, odd_place) << (16 * b);
            b += 1;
        }
        k += 1;
    }
    out
}

const fn weight_at(pattern: &[u32], once: bool, place: usize) -> u64 {
    if once && place >= pattern.len() {
        0
    } else {
        pattern[place % pattern.len()] as u64
    }
}

/// GS1: 3, 1 from the rightmost payload digit.
const GS1: Weights = weights(&[3, 1], false);
/// Luhn: the rightmost payload digit doubled (the digit sums are fixed up separately).
const LUHN: Weights = weights(&[2, 1], false);
/// 1, 2 from the left, for an odd / even number of characters.
const ONE_TWO: Weights = weights(&[1, 2], false);
const TWO_ONE: Weights = weights(&[2, 1], false);
/// 4, 9 from the left, for an odd / even number of digits.
const FOUR_NINE: Weights = weights(&[4, 9], false);
const NINE_FOUR: Weights = weights(&[9, 4], false);
/// FedEx: 1, 3, 7 from the right.
const FEDEX: Weights = weights(&[1, 3, 7], false);
/// 10^r mod 7.
const MOD7: Weights = weights(&[1, 3, 2, 6, 4, 5], false);
/// S10: 8 6 4 2 3 5 9 7 from the left over exactly 8 digits.
const S10: Weights = weights(&[7, 9, 5, 3, 2, 4, 6, 8], true);

/// `Σ value × weight` over `data`, eight bytes per step from the right; `None` if a byte is
/// not a digit (or, with `LETTERS`, an upper-case letter: valued as in the UPS code, which
/// is its byte minus `0x30` plus 5 modulo 10). With `LUHN`, 9 is taken off for each digit
/// 5–9 at a doubled place (even places from the right).
#[inline(always)]
fn sum<const LUHN: bool, const LETTERS: bool>(data: &[u8], w: &Weights) -> Option<u32> {
    let (mut total, mut big, mut bad) = (0u32, 0u32, 0u64);
    // one word: `valid` has 0x01 in the bytes that hold data; `k` is its index from the right
    let mut step = |x: u64, valid: u64, k: usize| {
        let (d, u) = class_bits(x);
        let ok = if LETTERS { d | u } else { d };
        bad |= ok ^ (valid << 7);
        let mut v = x.wrapping_sub(0x30 * valid);
        if LETTERS {
            v = v.wrapping_add(5 * (u >> 7));
        }
        let (we, wo) = w[k % 3];
        // at most 4 × 14 × 9 per lane: no carry into the top lane
        total += ((v & LANES).wrapping_mul(we) >> 48) as u32;
        total += (((v >> 8) & LANES).wrapping_mul(wo) >> 48) as u32;
        if LUHN {
            let ge5 = x.wrapping_add(0x4B * SWAR_L) & 0x8000_8000_8000_8000 & (valid << 7);
            big += ((ge5 >> 7).wrapping_mul(SWAR_L) >> 56) as u32;
        }
    };
    let n = data.len();
    if let Some(head) = data.first_chunk::<8>() {
        let mut end = n;
        let mut k = 0;
        while end >= 8 {
            let x = data
                .get(end - 8..end)
                .and_then(|c| c.first_chunk::<8>())
                .map_or(0, |c| u64::from_le_bytes(*c));
            step(x, SWAR_L, k);
            end -= 8;
            k += 1;
        }
        if end > 0 {
            // the leftover head bytes go to the top of one overlapping load
            let shift = 8 * (8 - end) as u32;
            step(u64::from_le_bytes(*head) << shift, SWAR_L << shift, k);
        }
    } else {
        // fewer than 8 bytes: right-aligned in one word of '0's (which weigh nothing)
        let mut buf = [b'0'; 8];
        buf.get_mut(8 - n..)?.copy_from_slice(data);
        step(u64::from_le_bytes(buf), SWAR_L, 0);
    }
    if bad != 0 {
        return None;
    }
    Some(total - 9 * big)
}

// ---------------------------------------------------------------------------------------------
// ISO 7064 state tables
// ---------------------------------------------------------------------------------------------

/// Value of a byte in `0-9A-Z` (0 to 35), 0xFF for any other byte.
const BASE36: [u8; 256] = {
    let mut t = [0xFFu8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 26 {
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

/// The state after value `v` from state `p`: pure `2(p + v) mod m`, or hybrid (M, M+1)
/// `2s mod (M+1)` with `s = (p + v) mod M`, 0 read as `M`.
const fn step(p: u32, v: u32, m: u32, hybrid: bool) -> u32 {
    if hybrid {
        let mut s = (p + v) % m;
        if s == 0 {
            s = m;
        }
        (2 * s) % (m + 1)
    } else {
        (2 * ((p + v) % m)) % m
    }
}

/// Step table, `radix` columns (10 for digit systems, 36 for alphanumeric ones): entry
/// `p * radix + v` is the state after value `v` from state `p`, for `p ≤ m`.
const fn step_table<const N: usize>(m: u32, radix: u32, hybrid: bool) -> [u8; N] {
    let mut t = [0u8; N];
    let mut p = 0;
    while p <= m {
        let mut v = 0;
        while v < radix {
            t[(p * radix + v) as usize] = step(p, v, m, hybrid) as u8;
            v += 1;
        }
        p += 1;
    }
    t
}

const PURE11: [u8; 12 * 10] = step_table(11, 10, false);
const HYBRID11_10: [u8; 11 * 10] = step_table(10, 10, true);
const PURE37: [u8; 38 * 36] = step_table(37, 36, false);
const HYBRID37_36: [u8; 37 * 36] = step_table(36, 36, true);

/// Runs an ISO 7064 step table over `data` from state `start`; `None` on a byte outside the
/// alphabet (digits, or `0-9A-Z`).
#[inline]
fn walk(table: &[u8], data: &[u8], start: u32, digits: bool) -> Option<u32> {
    let radix = if digits { 10 } else { 36 };
    let mut p = start as usize;
    for &b in data {
        let v = usize::from(BASE36[usize::from(b)]);
        if v >= radix {
            return None;
        }
        p = usize::from(*table.get(p * radix + v)?);
    }
    Some(p as u32)
}

/// The MOD 97-10 accumulator of `data` (digits append one decimal digit, letters two;
/// reduced before it could overflow).
#[inline]
fn mod97(data: &[u8]) -> Option<u64> {
    let mut r = 0u64;
    for &b in data {
        let v = u64::from(BASE36[usize::from(b)]);
        if v >= 36 {
            return None;
        }
        r = if v < 10 { r * 10 + v } else { r * 100 + v };
        if r >= 1 << 56 {
            r %= 97;
        }
    }
    Some(r)
}

// ---------------------------------------------------------------------------------------------
// Damm and Verhoeff
// ---------------------------------------------------------------------------------------------

/// Two Damm steps at once: entry `100 s + 10 d₁ + d₂` is the interim digit after `d₁` then
/// `d₂` from interim `s`.
const DAMM_PAIRS: [u8; 1000] = {
    let mut t = [0u8; 1000];
    let mut s = 0;
    while s < 10 {
        let mut d1 = 0;
        while d1 < 10 {
            let mid = DAMM[s][d1] as usize;
            let mut d2 = 0;
            while d2 < 10 {
                t[100 * s + 10 * d1 + d2] = DAMM[mid][d2];
                d2 += 1;
            }
            d1 += 1;
        }
        s += 1;
    }
    t
};

#[inline]
fn digit(b: u8) -> Option<usize> {
    let d = b.wrapping_sub(b'0');
    (d < 10).then_some(usize::from(d))
}

/// The Damm interim digit after `data`, two digits per lookup (halving the dependency chain).
#[inline]
fn damm(data: &[u8]) -> Option<u8> {
    let mut s = 0usize;
    let mut pairs = data.chunks_exact(2);
    for pair in &mut pairs {
        if let [a, b] = *pair {
            s = usize::from(*DAMM_PAIRS.get(100 * s + 10 * digit(a)? + digit(b)?)?);
        }
    }
    if let [a] = *pairs.remainder() {
        s = usize::from(*DAMM.get(s)?.get(digit(a)?)?);
    }
    Some(s as u8)
}

#[inline]
fn verhoeff(data: &[u8]) -> Option<u8> {
    let mut c = 0usize;
    // the i-th digit from the right uses permutation (i + 1) mod 8
    for (i, &b) in data.iter().rev().enumerate() {
        let x = usize::from(*VERHOEFF_P.get((i + 1) & 7)?.get(digit(b)?)?);
        c = usize::from(*VERHOEFF_D.get(c)?.get(x)?);
    }
    VERHOEFF_INV.get(c).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::CheckDigit;
    use proptest::prelude::*;
    use std::string::ToString;
    use std::vec::Vec;

    fn reference(alg: Algorithm, data: &[u8]) -> Option<CheckChars> {
        alg.compute(data).ok()
    }

    #[test]
    fn known_vectors() {
        let cases: [(Algorithm, &[u8], &str); 14] = [
            (Algorithm::Gs1, b"34043383644263659", "7"),
            (Algorithm::Ups, b"999AA1012345678", "4"),
            (Algorithm::S10, b"47312482", "9"),
            (Algorithm::FedEx, b"98657878885", "5"),
            (Algorithm::Mod7, b"331881002", "5"),
            (Algorithm::Luhn, b"32059546393", "8"),
            (Algorithm::DeutschePost, b"20129845227", "7"),
            (Algorithm::Mod37_36, b"01015026003653", "C"),
            (Algorithm::Damm, b"572", "4"),
            (Algorithm::Verhoeff, b"236", "3"),
            (Algorithm::Mod11_2, b"079", "X"),
            (Algorithm::Mod11_10, b"79462", "3"),
            (Algorithm::Mod37_2, b"G123489654321", "Y"),
            (Algorithm::Mod97_10, b"99991234567890121414", "90"),
        ];
        for (alg, data, want) in cases {
            assert_eq!(compute(alg, data).map(|c| c.to_string()).as_deref(), Some(want), "{alg:?}");
        }
        // USPS legacy with an implied "91" in front
        assert_eq!(
            compute_prefixed(Algorithm::Gs1, b"91", b"7196901075600307738"),
            Some(CheckChars::one(b'5'))
        );
    }

    #[test]
    fn every_length_and_extreme_digit() {
        // every word and lane: all nines (largest lane sums), fives (the Luhn fix-up), a
        // counting pattern, and a bad byte at every place
        for n in 1..=80usize {
            for fill in [b'9', b'5', b'0', b'4', b'Z'] {
                let mut d = [fill; 80];
                for (i, b) in d.iter_mut().enumerate().skip(n / 2) {
                    *b = b'0' + (i % 10) as u8;
                }
                for &alg in Algorithm::ALL {
                    assert_eq!(compute(alg, &d[..n]), reference(alg, &d[..n]), "{alg:?} {n}");
                    for bad in [0, n / 2, n - 1] {
                        for junk in [b'/', b':', b'@', b'[', b'a', 0x80, 0xFF] {
                            let mut e = d;
                            e[bad] = junk;
                            assert_eq!(compute(alg, &e[..n]), None, "{alg:?} {n} {junk}");
                        }
                    }
                }
            }
        }
        for &alg in Algorithm::ALL {
            assert_eq!(compute(alg, b""), None);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The fast path of every algorithm equals its reference implementation on payloads in
        /// its alphabet, near it and far from it, at every length from 1 to 80.
        #[test]
        fn fast_paths_equal_the_references(
            k in 0..Algorithm::ALL.len(),
            picks in proptest::collection::vec(any::<u8>(), 1..=80),
            foreign in any::<bool>(),
        ) {
            let alg = Algorithm::ALL[k];
            let alphabet = alg.alphabet().as_str().as_bytes();
            let data: Vec<u8> = if foreign {
                picks.clone()
            } else {
                picks.iter().map(|&p| alphabet[usize::from(p) % alphabet.len()]).collect()
            };
            prop_assert_eq!(compute(alg, &data), reference(alg, &data), "{:?} {:?}", alg, data);
            let eight: Vec<u8> = data.iter().take(8).copied().collect();
            prop_assert_eq!(compute(alg, &eight), reference(alg, &eight));
        }

        /// With a prefix, the result is that of the concatenated payload.
        #[test]
        fn prefixes_equal_the_concatenation(
            k in 0..Algorithm::ALL.len(),
            picks in proptest::collection::vec(any::<u8>(), 2..=40),
        ) {
            let alg = Algorithm::ALL[k];
            let alphabet = alg.alphabet().as_str().as_bytes();
            let payload: Vec<u8> = picks.iter().map(|&p| alphabet[usize::from(p) % alphabet.len()]).collect();
            let (head, tail) = payload.split_at(payload.len() / 2);
            prop_assert_eq!(compute_prefixed(alg, head, tail), reference(alg, &payload));
        }
    }
}
