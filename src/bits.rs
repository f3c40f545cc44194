//! Small fixed-size bit sets: over the indices of an id enum (carriers, formats), and over
//! bytes (an ASCII mask, a byte table).

/// A set of up to `64 * W` indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Bits<const W: usize>([u64; W]);

impl<const W: usize> Bits<W> {
    /// Every index.
    pub(crate) const ALL: Self = Bits([u64::MAX; W]);
    /// No index.
    pub(crate) const NONE: Self = Bits([0; W]);

    /// The set of `items`' indices.
    pub(crate) fn of(items: impl IntoIterator<Item = usize>) -> Self {
        let mut s = Self::NONE;
        for i in items {
            if let Some(w) = s.0.get_mut(i / 64) {
                *w |= 1 << (i % 64);
            }
        }
        s
    }

    /// Whether `i` is in the set.
    #[inline]
    pub(crate) fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// Whether this is [`ALL`](Self::ALL).
    #[inline]
    pub(crate) fn is_all(&self) -> bool {
        *self == Self::ALL
    }
}

/// Bit `b` set for every ASCII byte `b` of `bytes` (non-ASCII bytes ignored).
pub(crate) const fn ascii_mask(bytes: &[u8]) -> u128 {
    let mut m = 0u128;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 128 {
            m |= 1u128 << bytes[i];
        }
        i += 1;
    }
    m
}

/// A table that is `true` at every byte of `bytes`.
pub(crate) const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_sets() {
        assert_eq!(ascii_mask(b"AC\xFF"), 1u128 << b'A' | 1u128 << b'C');
        assert_eq!(ascii_mask("é0".as_bytes()), 1 << b'0');
        let t = byte_table(b"a\xFF");
        assert!(t[usize::from(b'a')] && t[0xFF] && !t[usize::from(b'b')]);
        assert_eq!(t.iter().filter(|&&b| b).count(), 2);
    }

    #[test]
    fn membership() {
        let s = Bits::<2>::of([0, 63, 64, 127, 500]);
        assert!(s.contains(0) && s.contains(63) && s.contains(64) && s.contains(127));
        assert!(!s.contains(1) && !s.contains(500));
        assert!(Bits::<2>::ALL.contains(100) && Bits::<2>::ALL.is_all());
    }
}
