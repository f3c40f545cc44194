//! How many numbers a format has, and how likely random ones collide.

use super::format::*;

impl CustomFormat {
    // -----------------------------------------------------------------------------------------
    // Capacity and collisions
    // -----------------------------------------------------------------------------------------

    /// Distinct numbers per date bucket (per day, month or week; the whole format if it has
    /// no date): the product of the sequence range and of every random segment's
    /// possibilities, saturated at `u128::MAX`.
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse()?;
    /// assert_eq!(f.capacity(), 1_000_000); // a million orders a month
    /// let g: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// assert_eq!(g.capacity(), 1u128 << 50);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn capacity(&self) -> u128 {
        self.sequence_space().saturating_mul(self.random_space())
    }

    pub(super) fn sequence_space(&self) -> u128 {
        self.segments()
            .iter()
            .map(|s| match s {
                Seg::Seq { width, .. } => 10u128.pow(u32::from(*width)),
                _ => 1,
            })
            .fold(1u128, u128::saturating_mul)
    }

    pub(super) fn random_space(&self) -> u128 {
        let mut space = 1u128;
        for s in self.segments() {
            if let Seg::Rand { len, alpha } = *s {
                let m = self.alpha_bytes(alpha).len() as u128;
                for _ in 0..len {
                    space = space.saturating_mul(m);
                }
            }
        }
        space
    }

    /// The probability that `n` numbers of one date bucket are not all distinct.
    ///
    /// - With a seq segment, numbers from distinct counters never collide: 0 while `n` fits
    ///   the sequence range, and beyond it the random part must separate the rest (birthday
    ///   bound over [`capacity`](Self::capacity)).
    /// - With random segments only, the birthday bound `1 − exp(−n(n−1) / 2N)` over the
    ///   `N` random possibilities (an excellent approximation for large `N`).
    /// - 1 when `n` exceeds the capacity.
    ///
    /// Size random formats so this stays small at your yearly volume; or draw again on a
    /// collision (the database's unique index tells you).
    ///
    /// ```
    /// use tracking_number::custom::CustomFormat;
    ///
    /// let f: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse()?;
    /// let p = f.collision_probability(1_000_000);
    /// assert!(p > 4.0e-4 && p < 4.5e-4); // about 1 in 2250 for a million numbers
    /// let small: CustomFormat = "{rand:4}".parse()?;
    /// assert!(small.collision_probability(200) > 0.8);
    /// assert_eq!(small.collision_probability(10_001), 1.0);
    /// # Ok::<(), tracking_number::custom::PatternError>(())
    /// ```
    #[must_use]
    pub fn collision_probability(&self, n: u64) -> f64 {
        let n128 = u128::from(n);
        if n < 2 {
            return 0.0;
        }
        if n128 > self.capacity() {
            return 1.0;
        }
        let space = if self.has_sequence() {
            if n128 <= self.sequence_space() {
                return 0.0;
            }
            self.capacity()
        } else {
            self.random_space()
        };
        let nf = n as f64;
        one_minus_exp_neg(nf * (nf - 1.0) / (2.0 * space as f64))
    }
}

/// `1 − e^(−x)` for `x ≥ 0`, accurate also for tiny `x`; no `std` needed.
pub(super) fn one_minus_exp_neg(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return 0.0;
    }
    if x > 40.0 {
        return 1.0;
    }
    if x < 0.5 {
        // x − x²/2! + x³/3! − …
        let mut term = x;
        let mut sum = x;
        let mut k = 2.0;
        while k < 40.0 {
            term *= -x / k;
            sum += term;
            k += 1.0;
        }
        return sum;
    }
    // e^(−x) = (e^(−x/64))^64, the inner one by its series.
    let y = x / 64.0;
    let mut term = 1.0;
    let mut e = 1.0;
    let mut k = 1.0;
    while k < 30.0 {
        term *= -y / k;
        e += term;
        k += 1.0;
    }
    for _ in 0..6 {
        e *= e;
    }
    1.0 - e
}
