//! The data model of the carrier table and the engine that interprets it.
//!
//! Every carrier file under `src/carrier/` describes its formats as [`FormatDef`] values: a
//! list of layouts ([`Row`]), each a sequence of character-class segments ([`Seg`]), an
//! optional check-digit rule ([`CheckSpec`]), field spans, a grouping for printing and a URL
//! rule. Nothing here is public API; the public types in `carrier`, `number` and `detect` read
//! these tables.

use crate::carrier::{Carrier, Confidence, Format};

/// The longest normalised number any built-in format accepts.
pub(crate) const MAX_LEN: usize = 39;

/// [`MAX_LEN`] rounded up to whole 8-byte words (the zero-padded classification buffer).
pub(crate) const PADDED: usize = 40;

/// The character class of one segment.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Class {
    /// `0-9`.
    Digit,
    /// `A-Z`.
    Upper,
    /// `0-9A-Z`.
    Alnum,
    /// Exactly these bytes.
    Lit(&'static [u8]),
    /// One byte out of this set (segment length 1).
    OneOf(&'static [u8]),
    /// One of several two-byte literals, flattened (`b"PQPK"` = `PQ` or `PK`; length 2).
    Pairs(&'static [u8]),
    /// One digit in an inclusive range.
    DigitRange(u8, u8),
}

/// A run of characters of one class; `min < max` makes it the (single) variable segment.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Seg {
    class: Class,
    min: u8,
    max: u8,
}

/// A literal.
pub(crate) const fn lit(s: &'static [u8]) -> Seg {
    Seg {
        class: Class::Lit(s),
        min: s.len() as u8,
        max: s.len() as u8,
    }
}
/// `n` digits.
pub(crate) const fn digits(n: u8) -> Seg {
    Seg {
        class: Class::Digit,
        min: n,
        max: n,
    }
}
/// Between `min` and `max` digits (the variable segment).
pub(crate) const fn digits_var(min: u8, max: u8) -> Seg {
    Seg {
        class: Class::Digit,
        min,
        max,
    }
}
/// `n` letters.
pub(crate) const fn upper(n: u8) -> Seg {
    Seg {
        class: Class::Upper,
        min: n,
        max: n,
    }
}
/// `n` letters or digits.
pub(crate) const fn alnum(n: u8) -> Seg {
    Seg {
        class: Class::Alnum,
        min: n,
        max: n,
    }
}
/// Between `min` and `max` letters or digits (the variable segment).
pub(crate) const fn alnum_var(min: u8, max: u8) -> Seg {
    Seg {
        class: Class::Alnum,
        min,
        max,
    }
}
/// One byte out of `set`.
pub(crate) const fn one_of(set: &'static [u8]) -> Seg {
    Seg {
        class: Class::OneOf(set),
        min: 1,
        max: 1,
    }
}
/// One of several two-letter literals, flattened.
pub(crate) const fn pairs(set: &'static [u8]) -> Seg {
    Seg {
        class: Class::Pairs(set),
        min: 2,
        max: 2,
    }
}
/// One digit from `lo` to `hi` (ASCII bytes).
pub(crate) const fn digit_range(lo: u8, hi: u8) -> Seg {
    Seg {
        class: Class::DigitRange(lo, hi),
        min: 1,
        max: 1,
    }
}

/// A check-digit algorithm of the catalogue, as used by carrier layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Algo {
    Gs1,
    /// GS1 mod 10 computed as if `91` preceded the data (USPS legacy 20, second convention).
    Gs1Implied91,
    Ups,
    S10,
    FedEx,
    Mod7,
    Luhn,
    DeutschePost,
    Mod37_36,
}

impl Algo {
    /// The expected check byte of `data`, or `None` if the data is outside the alphabet.
    ///
    /// These are straight-line versions of the `check` module's algorithms for the hot path
    /// (no per-character error plumbing, no division by a run-time weight count); the unit
    /// tests below compare them with `check` on random payloads of every length.
    #[inline(never)]
    pub(crate) fn compute(self, data: &[u8]) -> Option<u8> {
        if data.is_empty() {
            return None;
        }
        match self {
            Algo::Gs1 => gs1(data, 0),
            Algo::Gs1Implied91 => {
                // "91" in front: '1' is the digit just left of the data, '9' the next one
                let n = data.len();
                let w1 = if n % 2 == 0 { 3 } else { 1 };
                let w9 = if n % 2 == 0 { 1 } else { 3 };
                gs1(data, w1 + 9 * w9)
            }
            Algo::Ups => ups(data),
            Algo::S10 => {
                if data.len() != 8 {
                    return None;
                }
                let sum = weighted_sum::<false>(data, &S10_W)?;
                Some(match 11 - sum % 11 {
                    10 => b'0',
                    11 => b'5',
                    c => b'0' + c as u8,
                })
            }
            Algo::FedEx => {
                if let Some(sum) = weighted_sum::<false>(data, &FEDEX_W) {
                    return Some(b'0' + (sum % 11 % 10) as u8);
                }
                const W: [u32; 3] = [1, 3, 7];
                let mut sum = 0u32;
                let mut k = 0;
                for &b in data.iter().rev() {
                    sum += digit(b)? * W[k];
                    k = if k == 2 { 0 } else { k + 1 };
                }
                Some(b'0' + (sum % 11 % 10) as u8)
            }
            Algo::Mod7 => {
                // the value modulo 7 is the sum of each digit times 10^r modulo 7
                if let Some(sum) = weighted_sum::<false>(data, &MOD7_W) {
                    return Some(b'0' + (sum % 7) as u8);
                }
                // accumulate up to 18 digits before reducing (fits in u64)
                let mut r = 0u64;
                for chunk in data.chunks(18) {
                    for &b in chunk {
                        r = r * 10 + u64::from(digit(b)?);
                    }
                    r %= 7;
                }
                Some(b'0' + r as u8)
            }
            Algo::Luhn => {
                if let Some(sum) = weighted_sum::<true>(data, &LUHN_W) {
                    return Some(complement10(sum));
                }
                const DOUBLED: [u32; 10] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
                let mut sum = 0u32;
                for (i, &b) in data.iter().rev().enumerate() {
                    let d = digit(b)?;
                    sum += if i & 1 == 0 { DOUBLED[d as usize] } else { d };
                }
                Some(complement10(sum))
            }
            Algo::DeutschePost => {
                let w = if data.len() % 2 == 0 {
                    &DP_EVEN_W
                } else {
                    &DP_ODD_W
                };
                if let Some(sum) = weighted_sum::<false>(data, w) {
                    return Some(complement10(sum));
                }
                let mut sum = 0u32;
                for (i, &b) in data.iter().enumerate() {
                    sum += digit(b)? * if i & 1 == 0 { 4 } else { 9 };
                }
                Some(complement10(sum))
            }
            Algo::Mod37_36 => {
                const ALPHABET: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
                let mut p = 36u32;
                for &b in data {
                    let v = match b {
                        b'0'..=b'9' => u32::from(b - b'0'),
                        b'A'..=b'Z' => u32::from(b - b'A') + 10,
                        _ => return None,
                    };
                    let mut t = (p + v) % 36;
                    if t == 0 {
                        t = 36;
                    }
                    p = (2 * t) % 37;
                }
                Some(ALPHABET[((37 - p) % 36) as usize])
            }
        }
    }
}

#[inline]
fn digit(b: u8) -> Option<u32> {
    let d = b.wrapping_sub(b'0');
    if d < 10 {
        Some(u32::from(d))
    } else {
        None
    }
}

#[inline]
fn complement10(sum: u32) -> u8 {
    b'0' + ((10 - sum % 10) % 10) as u8
}

/// Calls `f` with the words of `data` for SWAR arithmetic: `(bytes little-endian
/// zero-padded, 0x01 in every byte that is present)`.
#[inline(always)]
fn for_words(data: &[u8], mut f: impl FnMut(u64, u64)) {
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        f(<[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes), SWAR_L);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        f(tail_word(data, rest), SWAR_L >> (8 * (8 - rest.len())));
    }
}

/// Weight words for [`weighted_sum`]: for each of the five words of a right-aligned
/// 40-byte buffer, `(weights of bytes 0, 2, 4, 6, weights of bytes 1, 3, 5, 7)` as 16-bit
/// lanes in reverse order, so that one multiplication leaves the dot product in the top
/// lane. `w[r]` is the weight of the digit `r` places from the right end of the data.
const fn weight_words(w: &[u32; PADDED]) -> [(u64, u64); PADDED / 8] {
    let mut out = [(0u64, 0u64); PADDED / 8];
    let mut k = 0;
    while k < PADDED / 8 {
        let mut b = 0;
        while b < 4 {
            let a = 3 - b;
            let even = 8 * k + 2 * a;
            out[k].0 |= (w[PADDED - 1 - even] as u64) << (16 * b);
            out[k].1 |= (w[PADDED - 1 - (even + 1)] as u64) << (16 * b);
            b += 1;
        }
        k += 1;
    }
    out
}

/// Weights by place from the right, repeating `pattern`, zero from `len` places on.
const fn weights(pattern: &[u32], len: usize) -> [u32; PADDED] {
    let mut w = [0u32; PADDED];
    let mut r = 0;
    while r < PADDED && r < len {
        w[r] = pattern[r % pattern.len()];
        r += 1;
    }
    w
}

/// GS1 3, 1 from the rightmost data digit.
const GS1_W: [(u64, u64); 5] = weight_words(&weights(&[3, 1], PADDED));
const FEDEX_W: [(u64, u64); 5] = weight_words(&weights(&[1, 3, 7], PADDED));
/// 10^r mod 7.
const MOD7_W: [(u64, u64); 5] = weight_words(&weights(&[1, 3, 2, 6, 4, 5], PADDED));
/// Doubled digits from the rightmost one; the digits 5–9 among them are corrected by -9.
const LUHN_W: [(u64, u64); 5] = weight_words(&weights(&[2, 1], PADDED));
/// Deutsche Post 4, 9 from the left: for even lengths the rightmost digit weighs 9.
const DP_EVEN_W: [(u64, u64); 5] = weight_words(&weights(&[9, 4], PADDED));
const DP_ODD_W: [(u64, u64); 5] = weight_words(&weights(&[4, 9], PADDED));
/// S10 8, 6, 4, 2, 3, 5, 9, 7 from the left over exactly 8 digits.
const S10_W: [(u64, u64); 5] = weight_words(&weights(&[7, 9, 5, 3, 2, 4, 6, 8], 8));

/// `Σ digit × weight` over `data` (digits only, at most [`PADDED`] bytes, else `None`),
/// eight digits per step: the data is right-aligned in a buffer of `'0'`s (which weigh
/// nothing) and each word's even and odd bytes are multiplied by the lane-reversed weight
/// words. With `LUHN`, 9 is taken off for each digit 5–9 at a doubled place (odd buffer
/// positions: the places 0, 2, 4, … from the right).
#[inline(always)]
fn weighted_sum<const LUHN: bool>(data: &[u8], w: &[(u64, u64); PADDED / 8]) -> Option<u32> {
    const LANES: u64 = 0x00FF_00FF_00FF_00FF;
    let n = data.len();
    if n > PADDED {
        return None;
    }
    let (mut sum, mut big, mut bad) = (0u32, 0u32, 0u64);
    // one word: `valid` has 0x01 in the bytes that hold data; `(we, wo)` are the weights of
    // its buffer word
    let mut step = |x: u64, valid: u64, (we, wo): (u64, u64)| {
        let (d, _) = class_bits(x);
        bad |= d ^ (valid << 7);
        let v = x.wrapping_sub(0x30 * valid);
        // at most 4 × 9 × 9 per lane: no carry into the top lane
        sum += ((v & LANES).wrapping_mul(we) >> 48) as u32;
        sum += (((v >> 8) & LANES).wrapping_mul(wo) >> 48) as u32;
        if LUHN {
            let ge5 = x.wrapping_add(0x4B * SWAR_L) & 0x8000_8000_8000_8000 & (valid << 7);
            big += ((ge5 >> 7).wrapping_mul(SWAR_L) >> 56) as u32;
        }
    };
    if let Some(head) = data.first_chunk::<8>() {
        // words from the right end (the weights depend only on the place from the right);
        // the leftover head bytes go to the top of one overlapping load
        let mut end = n;
        let mut k = PADDED / 8;
        while end >= 8 && k > 0 {
            k -= 1;
            let x = data
                .get(end - 8..end)
                .and_then(|c| c.first_chunk::<8>())
                .map_or(0, |c| u64::from_le_bytes(*c));
            step(x, SWAR_L, w[k]);
            end -= 8;
        }
        if end > 0 && k > 0 {
            let shift = 8 * (8 - end) as u32;
            step(
                u64::from_le_bytes(*head) << shift,
                SWAR_L << shift,
                w[k - 1],
            );
        }
    } else {
        // fewer than 8 digits: right-aligned in one word of '0's (which weigh nothing)
        let mut buf = [b'0'; 8];
        buf.get_mut(8 - n..)?.copy_from_slice(data);
        step(u64::from_le_bytes(buf), SWAR_L, w[PADDED / 8 - 1]);
    }
    if bad != 0 {
        return None;
    }
    Some(sum - 9 * big)
}

/// Bytes at even positions of a word.
const EVEN: u64 = 0x00FF_00FF_00FF_00FF;

/// GS1 mod 10 (3-1 from the right), with `extra` added to the weighted sum. Eight digits
/// at a time: the digit values of the bytes of weight 3 and of weight 1 are summed with one
/// multiplication each.
#[inline]
fn gs1(data: &[u8], extra: u32) -> Option<u8> {
    let n = data.len();
    if n <= PADDED {
        return Some(complement10(extra + weighted_sum::<false>(data, &GS1_W)?));
    }
    // bytes at index parity == (n - 1) parity carry weight 3
    let m3 = if (n - 1) % 2 == 0 { EVEN } else { !EVEN };
    let (mut s3, mut s1, mut bad) = (0u32, 0u32, 0u64);
    for_words(data, |x, valid| {
        // every valid byte must be an ASCII digit
        let (digit, _) = class_bits(x);
        bad |= digit ^ (valid << 7);
        let v = x.wrapping_sub(0x30 * valid);
        s3 += ((v & m3).wrapping_mul(SWAR_L) >> 56) as u32;
        s1 += ((v & !m3).wrapping_mul(SWAR_L) >> 56) as u32;
    });
    if bad != 0 {
        return None;
    }
    Some(complement10(extra + 3 * s3 + s1))
}

/// The UPS check digit (weights 1, 2 from the left; letters valued `(c - 63) mod 10`),
/// eight characters at a time. Only the sum modulo 10 matters: a letter's value is its
/// byte minus `0x30` plus 5 (mod 10), a digit's its byte minus `0x30`.
#[inline]
fn ups(data: &[u8]) -> Option<u8> {
    let (mut s1, mut s2, mut bad) = (0u32, 0u32, 0u64);
    let mut step = |x: u64, valid: u64| {
        let (d, u) = class_bits(x);
        bad |= (d | u) ^ (valid << 7);
        let v = x.wrapping_sub(0x30 * valid).wrapping_add(5 * (u >> 7));
        s1 += ((v & EVEN).wrapping_mul(SWAR_L) >> 56) as u32;
        s2 += ((v & !EVEN).wrapping_mul(SWAR_L) >> 56) as u32;
    };
    // the 1Z payload (15 characters): two words, no loop
    if let (Some(head), Some(last)) = (data.first_chunk::<8>(), data.last_chunk::<8>()) {
        if data.len() <= 16 {
            let r = data.len() - 8;
            step(u64::from_le_bytes(*head), SWAR_L);
            if r > 0 {
                step(
                    u64::from_le_bytes(*last) >> (8 * (8 - r)),
                    SWAR_L >> (8 * (8 - r)),
                );
            }
            return if bad != 0 {
                None
            } else {
                Some(complement10(s1 + 2 * s2))
            };
        }
    }
    for_words(data, |x, valid| {
        let (d, u) = class_bits(x);
        bad |= (d | u) ^ (valid << 7);
        // at most 42 + 5 per byte, four bytes per sum: no carry between bytes (and a
        // rejected input's sums do not matter)
        let v = x.wrapping_sub(0x30 * valid).wrapping_add(5 * (u >> 7));
        s1 += ((v & EVEN).wrapping_mul(SWAR_L) >> 56) as u32;
        s2 += ((v & !EVEN).wrapping_mul(SWAR_L) >> 56) as u32;
    });
    if bad != 0 {
        return None;
    }
    Some(complement10(s1 + 2 * s2))
}

/// How strictly a failing check digit is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strictness {
    /// A wrong digit is a mismatch.
    Hard,
    /// The rule is unconfirmed: a pass is evidence, a failure is treated as "no check digit".
    Soft,
}

/// A position: `>= 0` from the left, `< 0` from the right, [`END`] = the length.
pub(crate) type Pos = i8;
/// The end of the string, for spans over a variable-length tail.
pub(crate) const END: Pos = i8::MAX;

/// Resolves a position against a length.
pub(crate) const fn resolve(p: Pos, n: usize) -> usize {
    if p == END {
        n
    } else if p < 0 {
        let back = (-(p as i16)) as usize;
        n.saturating_sub(back)
    } else if (p as usize) > n {
        n
    } else {
        p as usize
    }
}

/// Where the check digit sits and what it covers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CheckSpec {
    pub(crate) algo: Algo,
    pub(crate) data: (Pos, Pos),
    pub(crate) at: Pos,
    pub(crate) strictness: Strictness,
    /// For a fixed-length layout: `[length, data start, data end, check position]`
    /// resolved at compile time.
    pub(crate) resolved: Option<[u8; 4]>,
}

impl CheckSpec {
    const fn new(row: &Row, algo: Algo, data: (Pos, Pos), at: Pos, strictness: Strictness) -> Self {
        let n = row.min_len as usize;
        CheckSpec {
            algo,
            data,
            at,
            strictness,
            resolved: if row.min_len == row.max_len {
                Some([
                    n as u8,
                    resolve(data.0, n) as u8,
                    resolve(data.1, n) as u8,
                    resolve(at, n) as u8,
                ])
            } else {
                None
            },
        }
    }

    /// `(data start, data end, check position)` for an input of length `n`.
    #[inline(always)]
    pub(crate) fn positions(&self, n: usize) -> (usize, usize, usize) {
        match self.resolved {
            Some([len, a, b, at]) if usize::from(len) == n => {
                (usize::from(a), usize::from(b), usize::from(at))
            }
            _ => (
                resolve(self.data.0, n),
                resolve(self.data.1, n),
                resolve(self.at, n),
            ),
        }
    }
}

/// A named field of a layout (the public `Field` enum names them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldKind {
    Service,
    Shipper,
    Serial,
    Package,
    Country,
    CountryNumeric,
    Zip,
    Depot,
}

/// A field and its span.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldSpan {
    pub(crate) kind: FieldKind,
    pub(crate) start: Pos,
    pub(crate) end: Pos,
}

/// A field span.
pub(crate) const fn field(kind: FieldKind, start: Pos, end: Pos) -> FieldSpan {
    FieldSpan { kind, start, end }
}

/// Extra structural rules beyond the segments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Extra {
    None,
    /// Must not start with these bytes (USPS legacy 20 vs SSCC `00`).
    NotPrefix(&'static [u8]),
    /// UPU S10: the service indicator's first letter is not a reserved one (J K S T W).
    S10Service,
    /// At least one digit and one letter (GLS Track-ID).
    Mixed,
    /// S10 service rule plus this country suffix (not counted as specificity, so a plain
    /// S10 reading of the same number ranks first).
    S10Suffix(&'static [u8]),
}

/// Which carrier a number belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CarrierRule {
    /// The format's default carrier.
    Inherit,
    /// A fixed carrier for this layout.
    Fixed(Carrier),
    /// The postal operator of the S10 country code (last two letters).
    ByCountry,
}

/// Which tracking page a number links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UrlRule {
    /// The format's URL.
    Inherit,
    /// This template (`{}` = the display number).
    Template(&'static str),
    /// The operator of the S10 country code.
    ByCountry,
}

/// How service codes are named.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Services {
    None,
    /// Exact codes.
    Codes(&'static [(&'static str, &'static str)]),
    /// Numeric ranges (inclusive) of a numeric code.
    Ranges(&'static [(u16, u16, &'static str)]),
    /// The UPU S10 service-indicator table.
    S10,
}

impl Services {
    /// The human name of `code`, if known.
    pub(crate) fn name(&self, code: &str) -> Option<&'static str> {
        match *self {
            Services::None => None,
            Services::Codes(table) => {
                let mut i = 0;
                while i < table.len() {
                    if table[i].0 == code {
                        return Some(table[i].1);
                    }
                    i += 1;
                }
                None
            }
            Services::Ranges(table) => {
                let v = code.parse::<u16>().ok()?;
                table
                    .iter()
                    .find(|(lo, hi, _)| *lo <= v && v <= *hi)
                    .map(|t| t.2)
            }
            Services::S10 => crate::carrier::s10::service_name(code.as_bytes()),
        }
    }
}

/// One layout of a format.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Row {
    pub(crate) segs: &'static [Seg],
    pub(crate) min_len: u8,
    pub(crate) max_len: u8,
    fixed_len: u8,
    pub(crate) specificity: u8,
    pub(crate) check: Option<CheckSpec>,
    pub(crate) fields: &'static [FieldSpan],
    pub(crate) confidence: Option<Confidence>,
    pub(crate) carrier: CarrierRule,
    pub(crate) url: UrlRule,
    pub(crate) display: Option<(Pos, Pos)>,
    pub(crate) group: &'static [u8],
    pub(crate) extra: Extra,
    /// Fixed-length layouts are matched with precomputed masks (see [`FastMasks`]).
    fast: Option<FastMasks>,
}

/// Precomputed masks of a layout whose only variable segment (if any) is the last one:
/// positions that must be digits or letters, the literal bytes within the first 16
/// positions, and up to two single-byte sets (one-of, digit range) at fixed positions.
#[derive(Clone, Copy, Debug)]
struct FastMasks {
    digits: u64,
    upper: u64,
    lit_val: u128,
    lit_mask: u128,
    /// Single-byte sets: `(position, bit set over byte values < 128)`; `n_sets` are used.
    sets: [(u8, u128); 2],
    n_sets: u8,
    /// Whether some segment (pairs) still needs the segment loop.
    special: bool,
    /// A variable-length last segment from `tail_start` to the end: 0 = none or
    /// alphanumeric, 1 = digits, 2 = letters.
    tail: u8,
    tail_start: u8,
}

/// The bytes of a single-byte class as a bit set over byte values (all are ASCII).
const fn byte_set(class: Class) -> u128 {
    let mut m = 0u128;
    match class {
        Class::OneOf(set) => {
            let mut i = 0;
            while i < set.len() {
                if set[i] < 128 {
                    m |= 1u128 << set[i];
                }
                i += 1;
            }
        }
        Class::DigitRange(lo, hi) => {
            let mut b = lo;
            while b <= hi && b < 128 {
                m |= 1u128 << b;
                b += 1;
            }
        }
        _ => {}
    }
    m
}

const fn fast_masks(segs: &[Seg]) -> Option<FastMasks> {
    let mut m = FastMasks {
        digits: 0,
        upper: 0,
        lit_val: 0,
        lit_mask: 0,
        sets: [(0, 0); 2],
        n_sets: 0,
        special: false,
        tail: 0,
        tail_start: 0,
    };
    let mut pos = 0usize;
    let mut i = 0;
    while i < segs.len() {
        let s = segs[i];
        if s.min != s.max {
            // a variable segment is only supported last, and only a plain class
            if i + 1 != segs.len() {
                return None;
            }
            m.tail_start = pos as u8;
            m.tail = match s.class {
                Class::Digit => 1,
                Class::Upper => 2,
                Class::Alnum => 0,
                _ => return None,
            };
            return Some(m);
        }
        let len = s.min as usize;
        let range = ((1u64 << len) - 1) << pos;
        match s.class {
            Class::Digit => m.digits |= range,
            Class::Upper => m.upper |= range,
            Class::Alnum => {}
            Class::Lit(l) => {
                if pos + len > 16 {
                    return None;
                }
                let mut j = 0;
                while j < len {
                    m.lit_val |= (l[j] as u128) << (8 * (pos + j));
                    m.lit_mask |= 0xFFu128 << (8 * (pos + j));
                    j += 1;
                }
            }
            Class::OneOf(_) | Class::DigitRange(..) => {
                if (m.n_sets as usize) < m.sets.len() && len == 1 {
                    m.sets[m.n_sets as usize] = (pos as u8, byte_set(s.class));
                    m.n_sets += 1;
                } else {
                    m.special = true;
                }
            }
            Class::Pairs(_) => m.special = true,
        }
        pos += len;
        i += 1;
    }
    Some(m)
}

impl Row {
    /// A layout made of `segs` (at most one variable-length segment).
    pub(crate) const fn new(segs: &'static [Seg]) -> Row {
        let mut min = 0u32;
        let mut max = 0u32;
        let mut fixed = 0u32;
        let mut spec = 0u32;
        let mut vars = 0;
        let mut i = 0;
        while i < segs.len() {
            let s = segs[i];
            min += s.min as u32;
            max += s.max as u32;
            if s.min == s.max {
                fixed += s.min as u32;
            } else {
                vars += 1;
            }
            spec += match s.class {
                Class::Digit | Class::Alnum => 0,
                Class::Upper | Class::OneOf(_) | Class::DigitRange(..) => s.min as u32,
                Class::Lit(_) | Class::Pairs(_) => 2 * s.min as u32,
            };
            i += 1;
        }
        assert!(vars <= 1, "at most one variable segment per layout");
        assert!(max as usize <= MAX_LEN, "layout longer than MAX_LEN");
        assert!(min > 0, "empty layout");
        Row {
            segs,
            min_len: min as u8,
            max_len: max as u8,
            fixed_len: fixed as u8,
            specificity: if spec > 255 { 255 } else { spec as u8 },
            check: None,
            fields: &[],
            confidence: None,
            carrier: CarrierRule::Inherit,
            url: UrlRule::Inherit,
            display: None,
            group: &[],
            extra: Extra::None,
            fast: fast_masks(segs),
        }
    }

    /// A hard check digit at `at` over `data`.
    pub(crate) const fn check(mut self, algo: Algo, data: (Pos, Pos), at: Pos) -> Row {
        self.check = Some(CheckSpec::new(&self, algo, data, at, Strictness::Hard));
        self
    }

    /// An unconfirmed check digit (pass = evidence, failure = none).
    pub(crate) const fn soft_check(mut self, algo: Algo, data: (Pos, Pos), at: Pos) -> Row {
        self.check = Some(CheckSpec::new(&self, algo, data, at, Strictness::Soft));
        self
    }

    /// Field spans.
    pub(crate) const fn fields(mut self, fields: &'static [FieldSpan]) -> Row {
        self.fields = fields;
        self
    }

    /// A confidence below (or above) the format's.
    pub(crate) const fn confidence(mut self, c: Confidence) -> Row {
        self.confidence = Some(c);
        self
    }

    /// A carrier rule other than the format's default.
    pub(crate) const fn carrier(mut self, rule: CarrierRule) -> Row {
        self.carrier = rule;
        self
    }

    /// A URL rule other than the format's.
    pub(crate) const fn url(mut self, rule: UrlRule) -> Row {
        self.url = rule;
        self
    }

    /// The span of the number to display and link (default: all of it).
    pub(crate) const fn display(mut self, start: Pos, end: Pos) -> Row {
        self.display = Some((start, end));
        self
    }

    /// Group sizes for printing; characters beyond them go in groups of four.
    pub(crate) const fn group(mut self, group: &'static [u8]) -> Row {
        self.group = group;
        self
    }

    /// An extra structural rule.
    pub(crate) const fn extra(mut self, extra: Extra) -> Row {
        self.extra = extra;
        self
    }

    /// Whether `s` (classified as `cls`) has this layout (classes, length, extra rules);
    /// the check digit is not looked at. Each segment is one mask test or a short compare.
    #[inline(always)]
    pub(crate) fn matches(&self, s: &[u8], cls: &Classes) -> bool {
        let n = s.len();
        if n < self.min_len as usize || n > self.max_len as usize {
            return false;
        }
        if let Some(f) = self.fast {
            if cls.digits & f.digits != f.digits
                || cls.upper & f.upper != f.upper
                || cls.head & f.lit_mask != f.lit_val
            {
                return false;
            }
            if f.tail != 0 {
                let tail = ((1u64 << n) - 1) & !((1u64 << f.tail_start) - 1);
                let have = if f.tail == 1 { cls.digits } else { cls.upper };
                if have & tail != tail {
                    return false;
                }
            }
            let mut k = 0;
            while k < f.n_sets as usize && k < f.sets.len() {
                let (at, set) = f.sets[k];
                match s.get(at as usize) {
                    Some(&b) if b < 128 && set >> b & 1 == 1 => {}
                    _ => return false,
                }
                k += 1;
            }
            if !f.special {
                return self.extra_ok(s, cls);
            }
        }
        self.matches_segments(s, cls)
    }

    /// [`matches`](Self::matches) by walking the segments (the reference for the masks).
    #[inline]
    pub(crate) fn matches_segments(&self, s: &[u8], cls: &Classes) -> bool {
        let n = s.len();
        if n < self.min_len as usize || n > self.max_len as usize {
            return false;
        }
        let var_len = n - self.fixed_len as usize;
        let mut pos = 0usize;
        for seg in self.segs {
            let len = if seg.min == seg.max {
                seg.min as usize
            } else {
                var_len
            };
            let Some(part) = s.get(pos..pos + len) else {
                return false;
            };
            let range = ((1u64 << len) - 1) << pos;
            let ok = match seg.class {
                Class::Digit => cls.digits & range == range,
                Class::Upper => cls.upper & range == range,
                Class::Alnum => (cls.digits | cls.upper) & range == range,
                Class::Lit(l) => l.len() == part.len() && l.iter().zip(part).all(|(a, b)| a == b),
                Class::OneOf(set) => part.len() == 1 && set.contains(&part[0]),
                Class::Pairs(set) => {
                    part.len() == 2
                        && set
                            .chunks_exact(2)
                            .any(|p| p[0] == part[0] && p[1] == part[1])
                }
                Class::DigitRange(lo, hi) => part.len() == 1 && part[0] >= lo && part[0] <= hi,
            };
            if !ok {
                return false;
            }
            pos += len;
        }
        self.extra_ok(s, cls)
    }

    #[inline(always)]
    fn extra_ok(&self, s: &[u8], cls: &Classes) -> bool {
        match self.extra {
            Extra::None => true,
            Extra::NotPrefix(p) => !s.starts_with(p),
            Extra::S10Service => !matches!(s.first(), Some(b'J' | b'K' | b'S' | b'T' | b'W')),
            Extra::S10Suffix(c) => {
                !matches!(s.first(), Some(b'J' | b'K' | b'S' | b'T' | b'W')) && s.ends_with(c)
            }
            Extra::Mixed => cls.digits != 0 && cls.upper != 0,
        }
    }

    /// The first bytes this layout can start with, as a bit set over `0-9A-Z` (bit 0 = `0`,
    /// bit 10 = `A`).
    pub(crate) const fn first_set(&self) -> u64 {
        class_set(self.segs[0].class, false)
    }
}

/// The bytes a segment accepts, as a bit set over `0-9A-Z`, at position `k` of the segment
/// (`k` = 0 first byte, `k` = 1 the last byte).
const fn class_set(class: Class, last: bool) -> u64 {
    match class {
        Class::Digit => 0x3FF,
        Class::Upper => 0xF_FFFF_FC00,
        Class::Alnum => 0xF_FFFF_FFFF,
        Class::Lit(l) => bit_of(if last { l[l.len() - 1] } else { l[0] }),
        Class::OneOf(set) => {
            let mut m = 0;
            let mut i = 0;
            while i < set.len() {
                m |= bit_of(set[i]);
                i += 1;
            }
            m
        }
        Class::Pairs(set) => {
            let mut m = 0;
            let mut i = if last { 1 } else { 0 };
            while i < set.len() {
                m |= bit_of(set[i]);
                i += 2;
            }
            m
        }
        Class::DigitRange(lo, hi) => {
            let mut m = 0;
            let mut b = lo;
            while b <= hi {
                m |= bit_of(b);
                b += 1;
            }
            m
        }
    }
}

impl Row {
    /// The bytes this layout can have at position `pos` (bit set over `0-9A-Z`), for inputs
    /// longer than `pos`; conservative (every byte) once a variable segment could shift it.
    pub(crate) const fn set_at(&self, pos: usize) -> u64 {
        let mut start = 0usize;
        let mut i = 0;
        while i < self.segs.len() {
            let s = self.segs[i];
            if pos < start + s.min as usize {
                let k = pos - start;
                return match s.class {
                    Class::Lit(l) => bit_of(l[k]),
                    Class::Pairs(set) => {
                        let mut m = 0;
                        let mut j = k;
                        while j < set.len() {
                            m |= bit_of(set[j]);
                            j += 2;
                        }
                        m
                    }
                    c => class_set(c, false),
                };
            }
            if s.min != s.max {
                return 0xF_FFFF_FFFF;
            }
            start += s.min as usize;
            i += 1;
        }
        0xF_FFFF_FFFF
    }

    /// The bytes this layout can end with (bit set over `0-9A-Z`).
    pub(crate) const fn last_set(&self) -> u64 {
        let mut i = self.segs.len();
        // skip trailing variable segments that may be empty (none in the tables, but safe)
        while i > 1 && self.segs[i - 1].max == 0 {
            i -= 1;
        }
        class_set(self.segs[i - 1].class, true)
    }

    /// Whether an all-digit string can have this layout.
    pub(crate) const fn digits_possible(&self) -> bool {
        let mut i = 0;
        while i < self.segs.len() {
            let s = self.segs[i];
            let ok = s.max == 0
                || match s.class {
                    Class::Digit | Class::Alnum | Class::DigitRange(..) => true,
                    Class::Upper => false,
                    Class::Lit(l) => all_digits(l, 0, 1),
                    Class::OneOf(set) => any_digit(set),
                    Class::Pairs(set) => {
                        let mut found = false;
                        let mut j = 0;
                        while j + 1 < set.len() {
                            if set[j].is_ascii_digit() && set[j + 1].is_ascii_digit() {
                                found = true;
                            }
                            j += 2;
                        }
                        found
                    }
                };
            if !ok {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Whether a string with a letter can have this layout.
    pub(crate) const fn letters_possible(&self) -> bool {
        let mut i = 0;
        while i < self.segs.len() {
            let s = self.segs[i];
            let set = class_set(s.class, false) | class_set(s.class, true);
            if s.max > 0 && set & !0x3FF != 0 {
                return true;
            }
            i += 1;
        }
        false
    }
}

const fn all_digits(l: &[u8], start: usize, step: usize) -> bool {
    let mut j = start;
    while j < l.len() {
        if !l[j].is_ascii_digit() {
            return false;
        }
        j += step;
    }
    true
}

const fn any_digit(l: &[u8]) -> bool {
    let mut j = 0;
    while j < l.len() {
        if l[j].is_ascii_digit() {
            return true;
        }
        j += 1;
    }
    false
}

const SWAR_L: u64 = 0x0101_0101_0101_0101;
const SWAR_H: u64 = 0x8080_8080_8080_8080;

/// The high bits of a SWAR byte mask gathered into the low 8 bits.
#[inline(always)]
fn gather(high: u64) -> u64 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Per-byte high-bit masks of the digits and the upper-case letters of a word.
#[inline(always)]
fn class_bits(x: u64) -> (u64, u64) {
    let xh = x | SWAR_H;
    let ascii = !x & SWAR_H;
    let d = (xh.wrapping_sub(0x30 * SWAR_L) & !xh.wrapping_sub(0x3A * SWAR_L)) & ascii;
    let u = (xh.wrapping_sub(0x41 * SWAR_L) & !xh.wrapping_sub(0x5B * SWAR_L)) & ascii;
    (d, u)
}

/// The last `rest.len()` (1–7) bytes of `s` as a little-endian word, zero-padded: one
/// overlapping load when `s` has at least 8 bytes.
#[inline(always)]
fn tail_word(s: &[u8], rest: &[u8]) -> u64 {
    let r = rest.len();
    match s.len().checked_sub(8).and_then(|a| s.get(a..)) {
        Some(last) if r > 0 => {
            <[u8; 8]>::try_from(last).map_or(0, u64::from_le_bytes) >> (8 * (8 - r))
        }
        _ => {
            let mut x = 0u64;
            for (j, &b) in rest.iter().enumerate() {
                x |= u64::from(b) << (8 * j);
            }
            x
        }
    }
}

/// Which positions of an input (at most 64 bytes) hold digits and which upper-case letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Classes {
    pub(crate) digits: u64,
    pub(crate) upper: u64,
    /// The first 16 bytes, little-endian, zero-padded.
    pub(crate) head: u128,
}

impl Classes {
    /// Classifies `s`; `None` if it is longer than [`MAX_LEN`] or has a byte outside
    /// `0-9A-Z`.
    #[cfg(test)]
    pub(crate) fn of(s: &[u8]) -> Option<Classes> {
        let mut buf = [0u8; PADDED];
        buf.get_mut(..s.len())?.copy_from_slice(s);
        Classes::of_padded(&buf, s.len())
    }

    /// Classifies the first `n` bytes of `buf` (the rest must be zero); `None` if `n` is
    /// over [`MAX_LEN`] or a byte is outside `0-9A-Z`. One step per 8-byte word.
    #[inline(always)]
    pub(crate) fn of_padded(buf: &[u8; PADDED], n: usize) -> Option<Classes> {
        if n > MAX_LEN {
            return None;
        }
        // eight bytes at a time (SWAR): the high bit of each byte says "in range"; the zero
        // padding is neither a digit nor a letter
        let word = |k: usize| {
            buf.get(8 * k..8 * k + 8)
                .and_then(|c| <[u8; 8]>::try_from(c).ok())
                .map_or(0, u64::from_le_bytes)
        };
        let (mut digits, mut alnum) = (0u64, 0u64);
        for k in 0..n.div_ceil(8) {
            let (d, u) = class_bits(word(k));
            digits |= gather(d) << (8 * k);
            alnum |= gather(d | u) << (8 * k);
        }
        if alnum != (1u64 << n) - 1 {
            return None;
        }
        Some(Classes {
            digits,
            upper: alnum & !digits,
            head: u128::from(word(0)) | (u128::from(word(1)) << 64),
        })
    }

    /// Whether every byte is a digit.
    #[inline]
    pub(crate) fn all_digits(&self) -> bool {
        self.upper == 0
    }
}

/// The index of an input byte in `0-9A-Z`, or `None`.
#[inline]
pub(crate) const fn class_index(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'A'..=b'Z' => Some((b - b'A') as u32 + 10),
        _ => None,
    }
}

const fn bit_of(b: u8) -> u64 {
    match class_index(b) {
        Some(i) => 1u64 << i,
        None => 0,
    }
}

/// Everything about one format.
#[derive(Debug)]
pub(crate) struct FormatDef {
    pub(crate) format: Format,
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) carrier: Carrier,
    pub(crate) confidence: Confidence,
    pub(crate) url: Option<&'static str>,
    pub(crate) example: &'static str,
    pub(crate) services: Services,
    pub(crate) rows: &'static [Row],
}

/// A layout together with the format it belongs to (the flattened registry).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RowRef {
    pub(crate) def: &'static FormatDef,
    pub(crate) row: &'static Row,
}

impl RowRef {
    /// The confidence of this layout.
    #[inline]
    pub(crate) fn confidence(&self) -> Confidence {
        match self.row.confidence {
            Some(c) => c,
            None => self.def.confidence,
        }
    }

    /// The carrier of `s` under this layout.
    pub(crate) fn carrier(&self, s: &[u8]) -> Carrier {
        match self.row.carrier {
            CarrierRule::Inherit => self.def.carrier,
            CarrierRule::Fixed(c) => c,
            CarrierRule::ByCountry => {
                crate::carrier::s10::operator(s.get(s.len().saturating_sub(2)..).unwrap_or(b""))
                    .map_or(Carrier::Upu, |o| o.carrier)
            }
        }
    }

    /// The URL template for `s` under this layout.
    pub(crate) fn url(&self, s: &[u8]) -> Option<&'static str> {
        match self.row.url {
            UrlRule::Inherit => self.def.url,
            UrlRule::Template(t) => Some(t),
            UrlRule::ByCountry => {
                crate::carrier::s10::operator(s.get(s.len().saturating_sub(2)..).unwrap_or(b""))
                    .and_then(|o| o.url)
            }
        }
    }

    /// The span of a field.
    pub(crate) fn field(&self, kind: FieldKind, n: usize) -> Option<(usize, usize)> {
        self.row.fields.iter().find(|f| f.kind == kind).map(|f| {
            let a = resolve(f.start, n);
            let b = resolve(f.end, n);
            (a, if b < a { a } else { b })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check;
    use proptest::prelude::*;

    fn oracle(algo: Algo, data: &[u8]) -> Option<u8> {
        if data.is_empty() {
            return None;
        }
        match algo {
            Algo::Gs1 => check::Gs1::digit(data),
            Algo::Gs1Implied91 => {
                let mut v = [0u8; 64];
                v[0] = b'9';
                v[1] = b'1';
                v[2..data.len() + 2].copy_from_slice(data);
                check::Gs1::digit(&v[..data.len() + 2])
            }
            Algo::Ups => check::Ups::digit(data),
            Algo::S10 => check::S10::digit(data),
            Algo::FedEx => check::WeightedMod11::FEDEX.digit(data),
            Algo::Mod7 => check::Mod7::digit(data),
            Algo::Luhn => check::Luhn::digit(data),
            Algo::DeutschePost => check::DeutschePost::digit(data),
            Algo::Mod37_36 => check::Mod37_36::digit(data),
        }
        .ok()
    }

    const ALGOS: [Algo; 9] = [
        Algo::Gs1,
        Algo::Gs1Implied91,
        Algo::Ups,
        Algo::S10,
        Algo::FedEx,
        Algo::Mod7,
        Algo::Luhn,
        Algo::DeutschePost,
        Algo::Mod37_36,
    ];

    proptest! {
        #[test]
        fn fast_checks_agree_with_the_check_module(
            data in "[0-9]{0,40}",
            alnum in "[0-9A-Z]{0,40}",
            junk in "[0-9A-Za-z -]{0,12}",
        ) {
            for algo in ALGOS {
                for d in [&data, &alnum, &junk] {
                    prop_assert_eq!(algo.compute(d.as_bytes()), oracle(algo, d.as_bytes()), "{:?} {}", algo, d);
                }
            }
        }
    }

    proptest! {
        #[test]
        fn classes_match_a_byte_loop(s in proptest::collection::vec(any::<u8>(), 0..45)) {
            let c = Classes::of(&s);
            let valid = s.len() <= MAX_LEN
                && s.iter().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
            prop_assert_eq!(c.is_some(), valid);
            if let Some(c) = c {
                for (i, b) in s.iter().enumerate() {
                    prop_assert_eq!(c.digits >> i & 1 == 1, b.is_ascii_digit());
                    prop_assert_eq!(c.upper >> i & 1 == 1, b.is_ascii_uppercase());
                }
                let mut head = [0u8; 16];
                let k = s.len().min(16);
                head[..k].copy_from_slice(&s[..k]);
                prop_assert_eq!(c.head, u128::from_le_bytes(head));
            }
        }

        #[test]
        fn classes_of_alnum(s in "[0-9A-Z]{0,39}") {
            let c = Classes::of(s.as_bytes()).unwrap();
            prop_assert_eq!(c.all_digits(), s.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn fast_checks_agree_at_every_length_and_extreme_digit() {
        // the SWAR paths use every buffer word and lane: all nines (largest lane sums),
        // fives (the Luhn correction), a counting pattern, and a bad byte at every place
        for n in 1..=42usize {
            for fill in [b'9', b'5', b'0', b'4'] {
                let mut d: [u8; 42] = [fill; 42];
                for (i, b) in d.iter_mut().enumerate().skip(n / 2) {
                    *b = b'0' + (i % 10) as u8;
                }
                for algo in ALGOS {
                    assert_eq!(algo.compute(&d[..n]), oracle(algo, &d[..n]), "{algo:?} {n}");
                    for bad in [0, n / 2, n - 1] {
                        let mut e = d;
                        e[bad] = b'/';
                        assert_eq!(algo.compute(&e[..n]), oracle(algo, &e[..n]), "{algo:?} {n}");
                        e[bad] = b':';
                        assert_eq!(algo.compute(&e[..n]), oracle(algo, &e[..n]), "{algo:?} {n}");
                    }
                }
            }
        }
    }

    #[test]
    fn worked_examples() {
        assert_eq!(Algo::Gs1.compute(b"34043383644263659"), Some(b'7'));
        assert_eq!(Algo::S10.compute(b"47312482"), Some(b'9'));
        assert_eq!(Algo::Ups.compute(b"999AA1012345678"), Some(b'4'));
        assert_eq!(Algo::FedEx.compute(b"98657878885"), Some(b'5'));
        assert_eq!(Algo::Mod7.compute(b"331881002"), Some(b'5'));
        assert_eq!(Algo::Luhn.compute(b"32059546393"), Some(b'8'));
        assert_eq!(Algo::DeutschePost.compute(b"20129845227"), Some(b'7'));
        assert_eq!(Algo::Mod37_36.compute(b"01015026003653"), Some(b'C'));
        assert_eq!(
            Algo::Gs1Implied91.compute(b"7196901075600307738"),
            Some(b'5')
        );
    }
}
