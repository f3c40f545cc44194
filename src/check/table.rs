//! The table-driven codes: Damm and Verhoeff.

use super::helpers::{digit_at, split_last};
use super::{Alphabet, CheckChars, CheckDigit, Error};

/// The Damm quasigroup table (shared with the custom-number fast paths).
pub(crate) const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

unit_algorithm! {
    /// Damm (a weakly totally anti-symmetric quasigroup of order 10). Detects every single
    /// substitution and every adjacent transposition.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Damm};
    ///
    /// assert_eq!(Damm::digit(b"572")?, b'4');
    /// assert!(Damm.verify(b"5724"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Damm: Alphabet::DIGITS => Alphabet::DIGITS;
    |payload| {
        let mut interim = 0usize;
        let mut i = 0;
        while i < payload.len() {
            interim = DAMM[interim][try_const!(digit_at(payload, i)) as usize] as usize;
            i += 1;
        }
        Ok(b'0' + interim as u8)
    }
}

/// Verhoeff's dihedral group D5 as a table: elements 0–4 are the rotations, 5–9 the
/// reflections; rotations compose by adding, a reflection after anything subtracts.
pub(crate) const VERHOEFF_D: [[u8; 10]; 10] = {
    let mut d = [[0u8; 10]; 10];
    let mut j = 0;
    while j < 10 {
        let mut k = 0;
        while k < 10 {
            // (j, k) as (rotation part, reflected?)
            let (a, b) = (j % 5, k % 5);
            d[j][k] = match (j < 5, k < 5) {
                (true, true) => (a + b) % 5,
                (true, false) => 5 + (a + b) % 5,
                (false, true) => 5 + (a + 5 - b) % 5,
                (false, false) => (a + 5 - b) % 5,
            } as u8;
            k += 1;
        }
        j += 1;
    }
    d
};

/// Row `k` is the base permutation applied `k` times.
pub(crate) const VERHOEFF_P: [[u8; 10]; 8] = {
    const BASE: [u8; 10] = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
    let mut p = [[0u8; 10]; 8];
    let mut j = 0;
    while j < 10 {
        p[0][j] = j as u8;
        j += 1;
    }
    let mut k = 1;
    while k < 8 {
        let mut j = 0;
        while j < 10 {
            p[k][j] = BASE[p[k - 1][j] as usize];
            j += 1;
        }
        k += 1;
    }
    p
};

/// Verhoeff inverses.
pub(crate) const VERHOEFF_INV: [u8; 10] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

unit_algorithm! {
    /// Verhoeff (dihedral group D5). Detects every single substitution and every adjacent
    /// transposition.
    ///
    /// ```
    /// use tracking_number::check::{CheckDigit, Verhoeff};
    ///
    /// assert_eq!(Verhoeff::digit(b"236")?, b'3');
    /// assert_eq!(Verhoeff::digit(b"1234")?, b'0');
    /// assert!(Verhoeff.verify(b"2363"));
    /// # Ok::<(), tracking_number::check::Error>(())
    /// ```
    pub struct Verhoeff: Alphabet::DIGITS => Alphabet::DIGITS;
    |payload| {
        let n = payload.len();
        let mut c = 0usize;
        let mut i = 0;
        while i < n {
            // i-th digit from the right, the check position being 0.
            let d = try_const!(digit_at(payload, n - 1 - i)) as usize;
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d] as usize] as usize;
            i += 1;
        }
        Ok(b'0' + VERHOEFF_INV[c])
    }
}
