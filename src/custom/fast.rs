//! Check characters on the generation and validation hot paths.
//!
//! A custom format only ever hands its check algorithm a payload it has already vouched
//! for: generated characters come from alphabets that `CustomFormat::check_compatible`
//! proved the algorithm accepts, and parsed characters are checked against their segment's
//! alphabet before the check segment is reached. The general [`crate::check`] functions
//! re-validate every byte and go through dynamic dispatch; the versions here skip both,
//! read digits as `byte & 15` and letters through one table (ISO 7064 systems step through
//! a precomputed state table, Damm takes two digits per lookup), and are tested equal to
//! the general ones on random payloads of every length for every algorithm they cover
//! (`fast_checks_equal_the_check_module`, `fast_checks_over_runs_equal_the_check_module`).
//! On bytes outside the alphabet they return some character without panicking; callers
//! never pass such bytes.

use crate::check::{Algorithm, ALNUM_STAR, DAMM, VERHOEFF_D, VERHOEFF_INV, VERHOEFF_P};

/// The built-in algorithms with a specialised path here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fast {
    Damm,
    Luhn,
    Gs1,
    Verhoeff,
    Mod11_2,
    Mod11_10,
    Mod37_2,
    Mod37_36,
    Mod97_10,
}

impl Fast {
    /// The specialised path for `alg`, if there is one.
    pub(super) const fn of(alg: Algorithm) -> Option<Fast> {
        Some(match alg {
            Algorithm::Damm => Fast::Damm,
            Algorithm::Luhn => Fast::Luhn,
            Algorithm::Gs1 => Fast::Gs1,
            Algorithm::Verhoeff => Fast::Verhoeff,
            Algorithm::Mod11_2 => Fast::Mod11_2,
            Algorithm::Mod11_10 => Fast::Mod11_10,
            Algorithm::Mod37_2 => Fast::Mod37_2,
            Algorithm::Mod37_36 => Fast::Mod37_36,
            Algorithm::Mod97_10 => Fast::Mod97_10,
            _ => return None,
        })
    }

    /// The check character(s) of `payload` (in the algorithm's alphabet): the bytes and
    /// how many of them (1 or 2).
    #[inline]
    pub(super) fn compute(self, payload: &[u8]) -> ([u8; 2], usize) {
        match self {
            Fast::Damm => ([damm(payload), 0], 1),
            Fast::Luhn => ([luhn(payload), 0], 1),
            Fast::Gs1 => ([gs1(payload), 0], 1),
            Fast::Verhoeff => ([verhoeff(payload), 0], 1),
            Fast::Mod11_2 => finish_iso7064(self, walk(&PURE11, payload, 0, true)),
            Fast::Mod11_10 => finish_iso7064(self, walk(&HYBRID11_10, payload, 10, true)),
            Fast::Mod37_2 => finish_iso7064(self, walk(&PURE37, payload, 0, false)),
            Fast::Mod37_36 => finish_iso7064(self, walk(&HYBRID37_36, payload, 36, false)),
            Fast::Mod97_10 => (mod97_finish(mod97_fold(0, payload)), 2),
        }
    }

    /// Like [`compute`](Self::compute) over the payload made of the runs `(start, len)` of
    /// `number` (in order), read in place: no gathering copy, and byte reads that the
    /// processor can forward from the byte stores that just wrote them. `None` for
    /// Verhoeff, which reads its payload from the right.
    #[inline]
    pub(super) fn compute_runs(self, number: &[u8], runs: &[(u8, u8)]) -> Option<([u8; 2], usize)> {
        let run = |&(start, len): &(u8, u8)| {
            let start = usize::from(start);
            number
                .get(start..start + usize::from(len))
                .unwrap_or_default()
        };
        Some(match self {
            Fast::Damm => {
                let mut s = 0;
                for r in runs {
                    s = damm_from(s, run(r));
                }
                ([b'0' + s as u8, 0], 1)
            }
            Fast::Luhn | Fast::Gs1 => {
                // Weights from the right: the last payload digit is doubled (Luhn) or
                // tripled (GS1).
                let luhn = self == Fast::Luhn;
                let mut sum = 0u32;
                let total: usize = runs.iter().map(|&(_, len)| usize::from(len)).sum();
                let mut heavy = total % 2 == 1;
                for r in runs {
                    for &b in run(r) {
                        let d = nibble(b);
                        sum += u32::from(match (heavy, luhn) {
                            (false, _) => d,
                            (true, true) => LUHN_DOUBLE[usize::from(d)],
                            (true, false) => 3 * d,
                        });
                        heavy = !heavy;
                    }
                }
                ([b'0' + ((10 - sum % 10) % 10) as u8, 0], 1)
            }
            Fast::Verhoeff => return None,
            Fast::Mod11_2 | Fast::Mod11_10 | Fast::Mod37_2 | Fast::Mod37_36 => {
                let (table, start, digits): (&[u8], u8, bool) = match self {
                    Fast::Mod11_2 => (&PURE11, 0, true),
                    Fast::Mod11_10 => (&HYBRID11_10, 10, true),
                    Fast::Mod37_2 => (&PURE37, 0, false),
                    _ => (&HYBRID37_36, 36, false),
                };
                let mut p = start;
                for r in runs {
                    p = walk(table, run(r), p, digits) as u8;
                }
                finish_iso7064(self, u32::from(p))
            }
            Fast::Mod97_10 => {
                let mut r = 0u64;
                for x in runs {
                    r = mod97_fold(r, run(x));
                }
                (mod97_finish(r), 2)
            }
        })
    }
}

/// The check character of an ISO 7064 single-character system from its final state.
#[inline]
fn finish_iso7064(alg: Fast, p: u32) -> ([u8; 2], usize) {
    let c = match alg {
        Fast::Mod11_2 => match (12 - p.min(11)) % 11 {
            10 => b'X',
            c => b'0' + c as u8,
        },
        Fast::Mod11_10 => b'0' + ((11 - p.min(10)) % 10) as u8,
        Fast::Mod37_2 => ALNUM_STAR[((38 - p.min(37)) % 37) as usize],
        _ => ALNUM_STAR[((37 - p.min(36)) % 36) as usize],
    };
    ([c, 0], 1)
}

/// Value of `0-9A-Z` (0 to 35) for every byte; 0 for other bytes.
const BASE36: [u8; 256] = {
    let mut t = [0u8; 256];
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

/// Value of a digit byte (any byte: its low nibble, 0 to 15).
#[inline(always)]
const fn nibble(b: u8) -> u8 {
    b & 15
}

/// The Damm quasigroup of [`check`](crate::check), row `i` at `16 * i`; rows and columns 10
/// to 15 are never reached from digits (and map to 0).
const DAMM16: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 10 {
        let mut j = 0;
        while j < 10 {
            t[16 * i + j] = DAMM[i][j];
            j += 1;
        }
        i += 1;
    }
    t
};

/// Two Damm steps at once: entry `256 s + 16 d₁ + d₂` is the interim digit after `d₁` then
/// `d₂` from interim `s` (zero where any index is above 9).
const DAMM_PAIRS: [u8; 4096] = {
    let mut t = [0u8; 4096];
    let mut s = 0;
    while s < 10 {
        let mut d1 = 0;
        while d1 < 10 {
            let mid = DAMM16[16 * s + d1] as usize;
            let mut d2 = 0;
            while d2 < 10 {
                t[256 * s + 16 * d1 + d2] = DAMM16[16 * mid + d2];
                d2 += 1;
            }
            d1 += 1;
        }
        s += 1;
    }
    t
};

#[inline]
fn damm(payload: &[u8]) -> u8 {
    b'0' + damm_from(0, payload) as u8
}

/// The Damm interim digit after `payload` from interim `s`.
#[inline]
fn damm_from(mut s: usize, payload: &[u8]) -> usize {
    // Two digits per lookup halves the dependency chain; s < 16 always, so every index
    // fits its table.
    let mut pairs = payload.chunks_exact(2);
    for pair in &mut pairs {
        if let [a, b] = *pair {
            let i = (s << 8) | usize::from(nibble(a)) << 4 | usize::from(nibble(b));
            s = usize::from(DAMM_PAIRS[i & 0xFFF]);
        }
    }
    if let [a] = *pairs.remainder() {
        s = usize::from(DAMM16[((s << 4) | usize::from(nibble(a))) & 0xFF]);
    }
    s
}

/// `2d` with its digits added (`2d − 9` above 9), by nibble.
const LUHN_DOUBLE: [u8; 16] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9, 0, 0, 0, 0, 0, 0];

#[inline]
fn luhn(payload: &[u8]) -> u8 {
    // Weights from the right: the last payload digit is doubled.
    let mut sum = 0u32;
    let mut double = payload.len() % 2 == 1;
    for &b in payload {
        let d = nibble(b);
        sum += u32::from(if double {
            LUHN_DOUBLE[usize::from(d)]
        } else {
            d
        });
        double = !double;
    }
    b'0' + ((10 - sum % 10) % 10) as u8
}

#[inline]
fn gs1(payload: &[u8]) -> u8 {
    // Weight 3 on the last payload digit, then 1, 3, … leftwards.
    let mut sum = 0u32;
    let mut three = payload.len() % 2 == 1;
    for &b in payload {
        let d = u32::from(nibble(b));
        sum += if three { 3 * d } else { d };
        three = !three;
    }
    b'0' + ((10 - sum % 10) % 10) as u8
}

/// Verhoeff's dihedral group table and permutations of [`check`](crate::check), flattened
/// with a stride of 16.
const VERHOEFF: ([u8; 160], [u8; 128]) = {
    let mut d = [0u8; 160];
    let mut p = [0u8; 128];
    let mut i = 0;
    while i < 10 {
        let mut j = 0;
        while j < 10 {
            d[16 * i + j] = VERHOEFF_D[i][j];
            j += 1;
        }
        i += 1;
    }
    let mut k = 0;
    while k < 8 {
        let mut j = 0;
        while j < 10 {
            p[16 * k + j] = VERHOEFF_P[k][j];
            j += 1;
        }
        k += 1;
    }
    (d, p)
};

/// Verhoeff inverses, padded to 16 entries.
const VERHOEFF_INV16: [u8; 16] = {
    let mut t = [0u8; 16];
    let mut i = 0;
    while i < 10 {
        t[i] = VERHOEFF_INV[i];
        i += 1;
    }
    t
};

#[inline]
fn verhoeff(payload: &[u8]) -> u8 {
    let (d, p) = (&VERHOEFF.0, &VERHOEFF.1);
    let mut c = 0usize;
    // i-th digit from the right uses permutation (i + 1) mod 8.
    for (i, &b) in payload.iter().rev().enumerate() {
        let row = ((i + 1) & 7) * 16;
        let x = usize::from(p[row + usize::from(nibble(b))]);
        c = usize::from(d[(c & 15) * 16 + (x & 15)] & 15);
    }
    b'0' + VERHOEFF_INV16[c & 15]
}

/// Value of a payload byte: `0-9A-Z` (below every alphanumeric modulus, 36 and 37) or a
/// digit nibble (clamped to 9, below the digit moduli 10 and 11), so the steps below keep
/// `p ≤ m` whatever the byte.
const fn value(b: u8, digits: bool) -> u32 {
    if digits {
        let n = (b & 15) as u32;
        if n > 9 {
            9
        } else {
            n
        }
    } else {
        BASE36[b as usize] as u32
    }
}

/// One step of the pure ISO 7064 system: `2(p + v) mod m`.
const fn pure_step(p: u32, v: u32, m: u32) -> u32 {
    (2 * ((p + v) % m)) % m
}

/// One step of the hybrid ISO 7064 system (M, M+1): `p ← 2 s mod (M+1)` with
/// `s = (p + v) mod M`, 0 read as `M`.
const fn hybrid_step(p: u32, v: u32, m: u32) -> u32 {
    let mut s = (p + v) % m;
    if s == 0 {
        s = m;
    }
    (2 * s) % (m + 1)
}

/// Step tables: entry `(p << 8) | b` (rows of 256 bytes) for `p ≤ m`, or `(p << 4) | b & 15`
/// (rows of 16) for digit systems, is the state after byte `b` from state `p`.
const fn step_table<const N: usize>(m: u32, hybrid: bool, digits: bool) -> [u8; N] {
    let mut t = [0u8; N];
    let shift = if digits { 4 } else { 8 };
    let mut p = 0;
    while p <= m {
        let mut b = 0;
        while b < (1 << shift) {
            let v = value(b as u8, digits);
            let next = if hybrid {
                hybrid_step(p, v, m)
            } else {
                pure_step(p, v, m)
            };
            t[((p as usize) << shift) | b] = next as u8;
            b += 1;
        }
        p += 1;
    }
    t
}

const PURE11: [u8; 12 * 16] = step_table(11, false, true);
const HYBRID11_10: [u8; 11 * 16] = step_table(10, true, true);
const PURE37: [u8; 38 * 256] = step_table(37, false, false);
const HYBRID37_36: [u8; 37 * 256] = step_table(36, true, false);

/// Runs an ISO 7064 step table over `payload` from state `start`: one load per byte.
#[inline]
fn walk(table: &[u8], payload: &[u8], start: u8, digits: bool) -> u32 {
    let mut p = usize::from(start);
    for &b in payload {
        let i = if digits {
            (p << 4) | usize::from(nibble(b))
        } else {
            (p << 8) | usize::from(b)
        };
        p = usize::from(table.get(i).copied().unwrap_or(0));
    }
    p as u32
}

/// The MOD 97-10 accumulator after `payload` from `r` (digits append one decimal digit,
/// letters two; reduced before it could overflow).
#[inline]
fn mod97_fold(mut r: u64, payload: &[u8]) -> u64 {
    for &b in payload {
        let v = u64::from(BASE36[usize::from(b)]);
        r = if v < 10 { r * 10 + v } else { r * 100 + v };
        if r >= 1 << 56 {
            r %= 97;
        }
    }
    r
}

/// The two MOD 97-10 check digits from the accumulator.
#[inline]
fn mod97_finish(r: u64) -> [u8; 2] {
    let c = 98 - ((r % 97) * 100) % 97;
    [b'0' + (c / 10) as u8, b'0' + (c % 10) as u8]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::CheckDigit;
    use proptest::prelude::*;
    use std::vec::Vec;

    const COVERED: [Algorithm; 9] = [
        Algorithm::Damm,
        Algorithm::Luhn,
        Algorithm::Gs1,
        Algorithm::Verhoeff,
        Algorithm::Mod11_2,
        Algorithm::Mod11_10,
        Algorithm::Mod37_2,
        Algorithm::Mod37_36,
        Algorithm::Mod97_10,
    ];

    fn reference(alg: Algorithm, payload: &[u8]) -> ([u8; 2], usize) {
        let c = alg.compute(payload).unwrap();
        let b = c.as_bytes();
        ([b[0], b.get(1).copied().unwrap_or(0)], b.len())
    }

    #[test]
    fn every_covered_algorithm_has_a_fast_path_and_no_other() {
        for alg in Algorithm::ALL {
            assert_eq!(Fast::of(alg).is_some(), COVERED.contains(&alg), "{alg:?}");
        }
    }

    #[test]
    fn fast_checks_on_known_vectors() {
        let cases: [(Algorithm, &[u8], &str); 9] = [
            (Algorithm::Damm, b"572", "4"),
            (Algorithm::Luhn, b"7992739871", "3"),
            (Algorithm::Gs1, b"34043383644263659", "7"),
            (Algorithm::Verhoeff, b"236", "3"),
            (Algorithm::Mod11_2, b"079", "X"),
            (Algorithm::Mod11_10, b"79462", "3"),
            (Algorithm::Mod37_2, b"G123489654321", "Y"),
            (Algorithm::Mod37_36, b"01015026003653", "C"),
            (Algorithm::Mod97_10, b"99991234567890121414", "90"),
        ];
        for (alg, payload, want) in cases {
            let (b, n) = Fast::of(alg).unwrap().compute(payload);
            assert_eq!(&b[..n], want.as_bytes(), "{alg:?}");
        }
    }

    #[test]
    fn fast_checks_never_panic_on_foreign_bytes() {
        let junk: [u8; 8] = [0, 0xFF, b'*', b'a', b'~', 0x80, b'z', b' '];
        for alg in COVERED {
            let (b, n) = Fast::of(alg).unwrap().compute(&junk);
            assert!(n == 1 || n == 2);
            assert!(b[..n].iter().all(u8::is_ascii_graphic), "{alg:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// The specialised paths equal the general `check` module on every payload in the
        /// algorithm's alphabet, for every length a custom format can produce.
        #[test]
        fn fast_checks_equal_the_check_module(
            k in 0..COVERED.len(),
            picks in proptest::collection::vec(any::<u8>(), 1..=64),
        ) {
            let alg = COVERED[k];
            let alphabet = alg.alphabet().as_str().as_bytes();
            let payload: Vec<u8> = picks
                .iter()
                .map(|&p| alphabet[usize::from(p) % alphabet.len()])
                .collect();
            prop_assert_eq!(
                Fast::of(alg).unwrap().compute(&payload),
                reference(alg, &payload),
                "{:?} {:?}", alg, core::str::from_utf8(&payload)
            );
        }

        /// The in-place version over runs separated by other bytes equals the general
        /// module on the concatenated runs.
        #[test]
        fn fast_checks_over_runs_equal_the_check_module(
            k in 0..COVERED.len(),
            runs in proptest::collection::vec(
                (proptest::collection::vec(any::<u8>(), 1..=12), 0..3usize),
                1..5,
            ),
        ) {
            let alg = COVERED[k];
            let alphabet = alg.alphabet().as_str().as_bytes();
            let mut number = Vec::new();
            let mut spans = Vec::new();
            let mut payload = Vec::new();
            for (picks, gap) in &runs {
                number.extend(core::iter::repeat_n(b'-', *gap));
                spans.push((number.len() as u8, picks.len() as u8));
                for &p in picks {
                    let b = alphabet[usize::from(p) % alphabet.len()];
                    number.push(b);
                    payload.push(b);
                }
            }
            let got = Fast::of(alg).unwrap().compute_runs(&number, &spans);
            if alg == Algorithm::Verhoeff {
                prop_assert!(got.is_none());
            } else {
                prop_assert_eq!(got, Some(reference(alg, &payload)), "{:?}", alg);
            }
        }
    }
}
