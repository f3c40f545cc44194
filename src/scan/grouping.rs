//! How the groups of a digits-only span are printed: as one block, in blocks of four, in a
//! consistent grouping; and whether a group belongs to an IBAN printed in groups.

use super::engine::MAX_GROUPS;
use super::token::{self, Group, Sep};

/// The groups of a span as a reader sees them: groups joined by a separator that is not
/// shown ([`Sep::Invisible`]) read as one.
pub(super) struct Visible {
    /// Each visible group's length.
    lens: [usize; MAX_GROUPS + 1],
    /// The separator before each visible group (the first one's is meaningless).
    seps: [Sep; MAX_GROUPS + 1],
    /// Visible groups.
    n: usize,
}

impl Visible {
    /// The visible groups of `groups`.
    pub(super) fn of(groups: &[(Sep, Group)]) -> Visible {
        let mut v = Visible { lens: [0; MAX_GROUPS + 1], seps: [Sep::Space; MAX_GROUPS + 1], n: 0 };
        for (k, &(sep, g)) in groups.iter().take(MAX_GROUPS + 1).enumerate() {
            if k > 0 && sep == Sep::Invisible {
                v.lens[v.n - 1] += g.len();
            } else {
                v.lens[v.n] = g.len();
                v.seps[v.n] = sep;
                v.n += 1;
            }
        }
        v
    }

    fn len(&self, i: usize) -> usize {
        self.lens.get(i).copied().unwrap_or(0)
    }

    /// Each visible group's length, in order.
    pub(super) fn lengths(&self) -> &[usize] {
        &self.lens[..self.n]
    }
}

/// Whether `groups` read as one group: one, or several joined by separators not shown.
pub(super) fn one_block(groups: &[(Sep, Group)]) -> bool {
    groups.iter().skip(1).all(|&(sep, _)| sep == Sep::Invisible)
}

/// The block rule for a digits-only span of several groups shorter than 20 characters: groups
/// of four (the first and the last may be shorter), or the 3-2-5-1 grouping of Japan Post.
pub(super) fn printed_in_blocks(groups: &[(Sep, Group)]) -> bool {
    let v = Visible::of(groups);
    blocks(v.n, |i| v.len(i))
}

/// The grouping rule for a labelled digits-only span: [`consistent`] group lengths, one kind
/// of separator between them, not line breaks.
pub(super) fn printed_consistently(groups: &[(Sep, Group)]) -> bool {
    let v = Visible::of(groups);
    let seps = &v.seps[1..v.n.max(1)];
    let sep = seps.first().copied();
    sep != Some(Sep::Newline)
        && seps.iter().all(|&s| Some(s) == sep)
        && consistent(v.n, |i| v.len(i))
}

/// Whether `count` groups of lengths `len(0..count)` are printed in a consistent grouping:
/// all of the same length of 2 to 6 characters, except that the first or the last (not both)
/// may be shorter (`911 240 020 713`, `436 385 205 4`, `698-106-040-916`, `12 3456 7890`).
pub(super) fn consistent(count: usize, len: impl Fn(usize) -> usize) -> bool {
    if count < 2 {
        return false;
    }
    let last = count - 1;
    let k = (0..count).map(&len).max().unwrap_or(0);
    (2..=6).contains(&k)
        && (1..last).all(|i| len(i) == k)
        && (len(0) == k || len(last) == k)
        && len(0) > 0
        && len(last) > 0
}

/// The block rule of [`printed_in_blocks`] for `count` groups of lengths `len(0..count)`.
pub(super) fn blocks(count: usize, len: impl Fn(usize) -> usize) -> bool {
    let last = count.saturating_sub(1);
    let fours = len(0) <= 4 && len(last) <= 4 && (1..last).all(|i| len(i) == 4);
    let japan = count == 4 && (0..4).map(&len).eq([3, 2, 5, 1]);
    fours || japan
}

/// Whether `first` (the first group of a span) is one of the four-character groups of an IBAN
/// printed in groups (`GB82 WEST 1234 5698 7654 32`): it, or one of the up to 8 four-character
/// groups joined to it by single spaces before it, is two letters and two digits.
pub(super) fn inside_iban(text: &[u8], first: Group) -> bool {
    let is_start = |g: &Group| {
        let b = &text[g.start..g.end];
        b.len() == 4
            && b[..2].iter().all(u8::is_ascii_uppercase)
            && b[2..].iter().all(u8::is_ascii_digit)
    };
    let mut g = first;
    for _ in 0..9 {
        if g.len() != 4 || g.long {
            return false;
        }
        if is_start(&g) {
            return true;
        }
        match token::sep_before(text, g.start) {
            Some((Sep::Space, end)) => g = token::scan_backward(text, end, 5),
            _ => return false,
        }
    }
    false
}
