//! A keyed, format-preserving permutation of `0..n` (Feistel network with cycle walking).

use core::fmt;

const ROUNDS: usize = 8;
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// A 64-bit finaliser (xor-shift / multiply, as in SplitMix64): a bijection on `u64` whose
/// output bits all depend on all input bits.
const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A keyed bijection on `0..domain`: consecutive counters map to unrelated-looking numbers of
/// the same range, and [`invert`](Self::invert) gives the counter back. Two different
/// counters never map to the same number.
///
/// **Obfuscation, not encryption.** It hides the order volume from a casual reader of two
/// order numbers; it is not a cipher and has not been analysed as one. Anyone who learns a
/// few (counter, number) pairs may be able to recover the mapping. Never use it to protect
/// secrets or to make numbers unguessable: use random segments for that.
///
/// # Construction
///
/// The domain `n` is covered by a rectangle `a × b` with `a = ⌈√n⌉` and `b = ⌈n / a⌉`
/// (so `a·b − n < a`). A value `x < a·b` is split into `l = x / b` and `r = x mod b`;
/// eight alternating rounds add a keyed pseudo-random function of one half to the other,
/// `l ← (l + F₀(r)) mod a`, `r ← (r + F₁(l)) mod b`, … , each round invertible by
/// subtraction. `F` is a 64-bit mixing function of a per-round key (derived from the
/// 64-bit key) and the other half, scaled into range by a multiply-high. A result outside
/// `0..n` is fed through the network again (*cycle walking*), which stays a bijection on
/// `0..n` and needs on average fewer than `a·b / n` passes, at most `a·b − n + 1`.
///
/// Very small domains (below about 100) have little room to look random.
///
/// ```
/// use tracking_number::custom::Permutation;
///
/// let p = Permutation::decimal(6, 0x5EED).unwrap(); // 0..1_000_000
/// let a = p.apply(41).unwrap();
/// let b = p.apply(42).unwrap();
/// assert!(a < 1_000_000 && b < 1_000_000 && a != b);
/// assert_eq!(p.invert(b), Some(42));
/// assert_eq!(p.apply(1_000_000), None); // outside the domain
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Permutation {
    domain: u64,
    key: u64,
    a: u64,
    b: u64,
    /// `a·b − domain`: the most cycle-walking passes ever needed.
    walk: u64,
    keys: [u64; ROUNDS],
}

impl Permutation {
    /// A permutation of `0..domain` selected by `key`; `None` for an empty domain.
    ///
    /// ```
    /// use tracking_number::custom::Permutation;
    ///
    /// let p = Permutation::new(36 * 36, 7).unwrap();
    /// assert_eq!(p.domain(), 1296);
    /// assert!(Permutation::new(0, 7).is_none());
    /// ```
    #[must_use]
    pub const fn new(domain: u64, key: u64) -> Option<Permutation> {
        if domain == 0 {
            return None;
        }
        let mut a = domain.isqrt();
        if a * a < domain {
            a += 1;
        }
        let b = domain.div_ceil(a);
        let mut keys = [0u64; ROUNDS];
        let mut i = 0;
        while i < ROUNDS {
            keys[i] = mix(key ^ mix((i as u64 + 1).wrapping_mul(GOLDEN)));
            i += 1;
        }
        let walk = (a as u128 * b as u128 - domain as u128) as u64;
        Some(Permutation { domain, key, a, b, walk, keys })
    }

    /// A permutation of `0..10^digits` (1 to 19 digits); `None` otherwise.
    ///
    /// ```
    /// use tracking_number::custom::Permutation;
    ///
    /// assert_eq!(Permutation::decimal(3, 1).unwrap().domain(), 1000);
    /// assert!(Permutation::decimal(20, 1).is_none());
    /// ```
    #[must_use]
    pub const fn decimal(digits: u32, key: u64) -> Option<Permutation> {
        if digits == 0 || digits > 19 {
            return None;
        }
        Permutation::new(10u64.pow(digits), key)
    }

    /// The size `n` of the domain `0..n`.
    ///
    /// ```
    /// use tracking_number::custom::Permutation;
    ///
    /// assert_eq!(Permutation::new(10, 0).unwrap().domain(), 10);
    /// ```
    #[must_use]
    pub const fn domain(&self) -> u64 {
        self.domain
    }

    /// The key it was built with.
    ///
    /// ```
    /// use tracking_number::custom::Permutation;
    ///
    /// assert_eq!(Permutation::new(10, 99).unwrap().key(), 99);
    /// ```
    #[must_use]
    pub const fn key(&self) -> u64 {
        self.key
    }

    /// The image of `x`, or `None` when `x` is outside `0..domain`.
    ///
    /// ```
    /// use tracking_number::custom::Permutation;
    ///
    /// let p = Permutation::new(1000, 1).unwrap();
    /// let mut seen = [false; 1000];
    /// for x in 0..1000 {
    ///     let y = p.apply(x).unwrap() as usize;
    ///     assert!(!seen[y]);
    ///     seen[y] = true;
    /// }
    /// ```
    #[must_use]
    #[inline]
    pub fn apply(&self, x: u64) -> Option<u64> {
        self.cycle_walk(x, Self::forward)
    }

    /// The counter that [`apply`](Self::apply) maps to `y`, or `None` outside the domain.
    ///
    /// ```
    /// use tracking_number::custom::Permutation;
    ///
    /// let p = Permutation::decimal(9, 0xC0FFEE).unwrap();
    /// for x in [0, 1, 2, 123_456_789, 999_999_999] {
    ///     assert_eq!(p.invert(p.apply(x).unwrap()), Some(x));
    /// }
    /// ```
    #[must_use]
    #[inline]
    pub fn invert(&self, y: u64) -> Option<u64> {
        self.cycle_walk(y, Self::backward)
    }

    /// Applies `round` (one pass of the cipher or of its inverse) until the value falls in
    /// the domain again. Cycle walking terminates within a·b − n + 1 passes (see the type
    /// docs); `walk` bounds it all the same.
    #[inline]
    fn cycle_walk(&self, v: u64, round: fn(&Self, u64) -> u64) -> Option<u64> {
        if v >= self.domain {
            return None;
        }
        let mut w = round(self, v);
        let mut budget = self.walk;
        while w >= self.domain && budget > 0 {
            w = round(self, w);
            budget -= 1;
        }
        Some(w)
    }

    /// Round function: a value in `0..m` from round `i` and the other half `v`.
    #[inline(always)]
    fn f(&self, i: usize, v: u64, m: u64) -> u64 {
        let h = mix(self.keys[i] ^ v.wrapping_mul(GOLDEN));
        ((u128::from(h) * u128::from(m)) >> 64) as u64
    }

    /// One pass of the network on `0..a·b`.
    #[inline]
    fn forward(&self, x: u64) -> u64 {
        let (a, b) = (self.a, self.b);
        let (mut l, mut r) = (x / b, x % b);
        let mut i = 0;
        while i < ROUNDS {
            l = add_mod(l, self.f(i, r, a), a);
            r = add_mod(r, self.f(i + 1, l, b), b);
            i += 2;
        }
        l * b + r
    }

    /// The inverse pass.
    #[inline]
    fn backward(&self, y: u64) -> u64 {
        let (a, b) = (self.a, self.b);
        let (mut l, mut r) = (y / b, y % b);
        let mut i = ROUNDS;
        while i > 0 {
            i -= 2;
            r = sub_mod(r, self.f(i + 1, l, b), b);
            l = sub_mod(l, self.f(i, r, a), a);
        }
        l * b + r
    }
}

/// `(x + y) mod m` for `x, y < m`.
#[inline(always)]
const fn add_mod(x: u64, y: u64, m: u64) -> u64 {
    let s = x + y; // both below m ≤ 2^32 + 1, no overflow
    if s >= m {
        s - m
    } else {
        s
    }
}

/// `(x − y) mod m` for `x, y < m`.
#[inline(always)]
const fn sub_mod(x: u64, y: u64, m: u64) -> u64 {
    if x >= y {
        x - y
    } else {
        x + m - y
    }
}

impl fmt::Debug for Permutation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key is not printed: logs are not the place for it.
        f.debug_struct("Permutation").field("domain", &self.domain).finish_non_exhaustive()
    }
}

#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct PermutationRepr {
    domain: u64,
    key: u64,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Permutation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        PermutationRepr { domain: self.domain, key: self.key }.serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Permutation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let r = PermutationRepr::deserialize(deserializer)?;
        Permutation::new(r.domain, r.key)
            .ok_or_else(|| serde::de::Error::custom("permutation domain must be at least 1"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bijection_on_every_small_domain() {
        for domain in 1..=300u64 {
            for key in [0u64, 1, 0xDEAD_BEEF] {
                let p = Permutation::new(domain, key).unwrap();
                let mut seen = [false; 300];
                for x in 0..domain {
                    let y = p.apply(x).unwrap();
                    assert!(y < domain);
                    assert!(!seen[y as usize], "domain {domain} key {key}: collision at {y}");
                    seen[y as usize] = true;
                    assert_eq!(p.invert(y), Some(x));
                }
            }
        }
    }

    #[test]
    fn rectangle_covers_the_domain() {
        for domain in [1u64, 2, 3, 10, 99, 1_000, 10u64.pow(19), u64::MAX] {
            let p = Permutation::new(domain, 0).unwrap();
            assert!(u128::from(p.a) * u128::from(p.b) >= u128::from(domain));
            assert!(u128::from(p.a) * u128::from(p.b) - u128::from(domain) < u128::from(p.a));
            assert!(p.a <= (1 << 32) && p.b <= (1 << 32));
        }
        let p = Permutation::new(u64::MAX, 3).unwrap();
        for x in [0, 1, u64::MAX - 1] {
            assert_eq!(p.invert(p.apply(x).unwrap()), Some(x));
        }
    }
}
