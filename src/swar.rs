//! Eight bytes at a time: the byte classes of a `u64` word (SWAR arithmetic), shared by the
//! layout classifier, the check-digit fast paths and the distractor rules.

/// `0x01` in every byte.
pub(crate) const L: u64 = 0x0101_0101_0101_0101;
/// `0x80` in every byte.
pub(crate) const H: u64 = 0x8080_8080_8080_8080;

/// Per-byte high bits of the ASCII digits and of the upper-case ASCII letters of a word.
///
/// Every byte has its high bit set before the subtractions, so no byte borrows from the
/// next one: each lane is tested on its own.
#[inline(always)]
pub(crate) fn class_bits(x: u64) -> (u64, u64) {
    let xh = x | H;
    let ascii = !x & H;
    let d = (xh.wrapping_sub(0x30 * L) & !xh.wrapping_sub(0x3A * L)) & ascii;
    let u = (xh.wrapping_sub(0x41 * L) & !xh.wrapping_sub(0x5B * L)) & ascii;
    (d, u)
}

/// The high bits of a byte mask gathered into the low 8 bits (byte `i` to bit `i`).
#[inline(always)]
pub(crate) fn gather(high: u64) -> u64 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Whether every byte of `s` is an ASCII digit (true for an empty `s`).
#[inline]
pub(crate) fn all_digits(s: &[u8]) -> bool {
    let mut words = s.chunks_exact(8);
    words.by_ref().all(|w| {
        let x = w.first_chunk::<8>().map_or(0, |c| u64::from_le_bytes(*c));
        class_bits(x).0 == H
    }) && words.remainder().iter().all(u8::is_ascii_digit)
}

/// Whether every byte of `s` is an ASCII digit or upper-case letter (true for an empty `s`).
#[inline]
pub(crate) fn all_digits_or_upper(s: &[u8]) -> bool {
    let mut words = s.chunks_exact(8);
    words.by_ref().all(|w| {
        let (d, u) = class_bits(w.first_chunk::<8>().map_or(0, |c| u64::from_le_bytes(*c)));
        d | u == H
    }) && words.remainder().iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
}

/// The position of the first `byte` in `hay`: 32 bytes a step (a lane that XORs to zero
/// flags it; the lowest flagged lane is the first zero lane, since borrows only flag lanes
/// above it), then byte by byte.
#[inline]
pub(crate) fn find_byte(hay: &[u8], byte: u8) -> Option<usize> {
    let lanes = |chunk: &[u8], i: usize| {
        let x = chunk[8 * i..].first_chunk::<8>().map_or(0, |c| u64::from_le_bytes(*c))
            ^ (u64::from(byte) * L);
        x.wrapping_sub(L) & !x & H
    };
    let mut chunks = hay.chunks_exact(32);
    let mut at = 0;
    for chunk in &mut chunks {
        let z = [lanes(chunk, 0), lanes(chunk, 1), lanes(chunk, 2), lanes(chunk, 3)];
        if z[0] | z[1] | z[2] | z[3] != 0 {
            let (i, word) = z.iter().enumerate().find(|(_, &w)| w != 0)?;
            return Some(at + 8 * i + (word.trailing_zeros() / 8) as usize);
        }
        at += 32;
    }
    chunks.remainder().iter().position(|&b| b == byte).map(|p| at + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_byte_agrees_with_a_naive_search() {
        // every position of the needle in every length up to three words and a half, with
        // bytes around it that differ from it by one bit and by the borrow of a lane below
        for len in 0..112usize {
            for at in 0..=len {
                for (needle, other) in [(b'"', b'#'), (0xEF, 0xEE), (0x00, 0x01), (0x80, 0x7F)] {
                    let mut hay = [other; 112];
                    let hay = &mut hay[..len];
                    if at < len {
                        hay[at] = needle;
                        if at + 1 < len {
                            hay[at + 1] = needle;
                        }
                    }
                    let naive = hay.iter().position(|&b| b == needle);
                    assert_eq!(find_byte(hay, needle), naive, "{len} {at} {needle}");
                }
            }
        }
    }

    #[test]
    fn class_bits_agree_with_the_byte_tests() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                // the byte in one lane, its neighbours the bytes most likely to borrow
                let mut w = [0x00u8, 0xFF, 0x30, 0x39, 0x41, 0x5A, 0x80, 0x2F];
                w[lane] = b;
                let (d, u) = class_bits(u64::from_le_bytes(w));
                for (i, &c) in w.iter().enumerate() {
                    assert_eq!(d >> (8 * i + 7) & 1 == 1, c.is_ascii_digit(), "{w:?}");
                    assert_eq!(u >> (8 * i + 7) & 1 == 1, c.is_ascii_uppercase(), "{w:?}");
                }
                assert_eq!(
                    gather(d),
                    (0..8).filter(|&i| w[i].is_ascii_digit()).map(|i| 1u64 << i).sum::<u64>()
                );
            }
        }
    }

    #[test]
    fn all_digits_agrees_with_the_byte_test() {
        let samples: [&[u8]; 9] = [
            b"",
            b"0",
            b"0123456789",
            b"01234567",
            b"0123456/",
            b"012345678:",
            b"12345678901234567A",
            b"ABCDEFGH0123456@",
            b"abcdefgh",
        ];
        for s in samples {
            assert_eq!(all_digits(s), s.iter().all(u8::is_ascii_digit), "{s:?}");
            let alnum = s.iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
            assert_eq!(all_digits_or_upper(s), alnum, "{s:?}");
        }
    }
}
