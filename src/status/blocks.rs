//! A sorted sequence in blocks: O(log n) search, O(B) insertion and removal (B ≤ 128 items
//! move, never the whole sequence), and a per-block summary (the union of the items'
//! tags) that lets a walk skip whole blocks. The order is the caller's: it finds positions
//! with a monotone predicate ([`Blocks::partition_point`]) and inserts there.

use alloc::vec::Vec;

/// An item: `Copy` and small; its tag is OR-ed into its block's summary.
pub(crate) trait Tagged: Copy {
    /// The bits this item contributes to its block's summary.
    fn tag(&self) -> u32;

    /// The first sort key (the sequence is sorted by it, ties broken by the caller's order):
    /// searches by key never touch a block that cannot hold it.
    fn key(&self) -> i64;
}

/// The most items a block holds before it splits.
const MAX: usize = 128;

#[derive(Clone, Debug)]
struct Block<T> {
    items: Vec<T>,
    /// The OR of the items' tags.
    tags: u32,
}

impl<T: Tagged> Block<T> {
    fn retag(&mut self) {
        self.tags = self.items.iter().fold(0, |t, i| t | i.tag());
    }
}

/// A place in the sequence: block and index in it. Only valid until the next insertion or
/// removal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    block: usize,
    index: usize,
}

/// The sorted sequence.
#[derive(Clone, Debug)]
pub(crate) struct Blocks<T> {
    blocks: Vec<Block<T>>,
    /// The key of each block's last item, so a search by key reads one array.
    lasts: Vec<i64>,
    /// A segment tree of the blocks' tags (leaf `i` at `cap + i`, each node the OR of its
    /// children), so a walk finds the next block with a wanted tag in O(log blocks).
    tree: Vec<u32>,
    len: usize,
}

impl<T> Default for Blocks<T> {
    fn default() -> Self {
        Blocks::EMPTY
    }
}

impl<T> Blocks<T> {
    /// No items.
    pub(crate) const EMPTY: Blocks<T> =
        Blocks { blocks: Vec::new(), lasts: Vec::new(), tree: Vec::new(), len: 0 };
}

impl<T: Tagged> Blocks<T> {
    /// The number of items.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The position of the first item for which `before` is false, where every item of a
    /// smaller key than `key` is before and every item of a greater key is not: the blocks
    /// are found by key, `before` decides among the items of key `key`.
    pub(crate) fn partition_point_keyed(
        &self,
        key: i64,
        mut before: impl FnMut(&T) -> bool,
    ) -> Pos {
        let mut block = self.lasts.partition_point(|&k| k < key);
        // the first block whose last item is not before (ties may span blocks)
        while self.blocks.get(block).is_some_and(|b| b.items.last().is_some_and(&mut before)) {
            block += 1;
        }
        match self.blocks.get(block) {
            Some(b) => Pos { block, index: b.items.partition_point(before) },
            None => self.end(),
        }
    }

    /// The position after the last item.
    pub(crate) fn end(&self) -> Pos {
        Pos { block: self.blocks.len(), index: 0 }
    }

    /// The position of the first item.
    #[cfg(test)]
    pub(crate) fn start(&self) -> Pos {
        Pos { block: 0, index: 0 }
    }

    /// The item at `p`, if `p` is not the end.
    pub(crate) fn get(&self, p: Pos) -> Option<&T> {
        self.blocks.get(p.block)?.items.get(p.index)
    }

    /// The item at `p`, mutably (its tag must not change).
    pub(crate) fn get_mut(&mut self, p: Pos) -> Option<&mut T> {
        self.blocks.get_mut(p.block)?.items.get_mut(p.index)
    }

    /// The last item.
    pub(crate) fn last(&self) -> Option<&T> {
        self.blocks.last()?.items.last()
    }

    /// The position after `p`.
    pub(crate) fn next(&self, p: Pos) -> Pos {
        match self.blocks.get(p.block) {
            Some(b) if p.index + 1 < b.items.len() => Pos { block: p.block, index: p.index + 1 },
            Some(_) => Pos { block: p.block + 1, index: 0 },
            None => self.end(),
        }
    }

    /// The position before `p`, or `None` at the start.
    pub(crate) fn prev(&self, p: Pos) -> Option<Pos> {
        if p.index > 0 {
            return Some(Pos { block: p.block, index: p.index - 1 });
        }
        let block = p.block.checked_sub(1)?;
        let len = self.blocks.get(block)?.items.len();
        Some(Pos { block, index: len.checked_sub(1)? })
    }

    /// The first position at or after `p` whose item's tag meets `wanted`: blocks whose
    /// summary does not are skipped whole.
    pub(crate) fn find_from(&self, p: Pos, wanted: u32) -> Pos {
        let mut p = p;
        while let Some(b) = self.blocks.get(p.block) {
            if b.tags & wanted != 0 {
                if let Some(i) = b
                    .items
                    .get(p.index..)
                    .and_then(|s| s.iter().position(|item| item.tag() & wanted != 0))
                {
                    return Pos { block: p.block, index: p.index + i };
                }
            }
            match self.next_block(p.block + 1, wanted) {
                Some(block) => p = Pos { block, index: 0 },
                None => break,
            }
        }
        self.end()
    }

    /// The last position strictly before `p` whose item's tag meets `wanted`.
    pub(crate) fn find_back(&self, p: Pos, wanted: u32) -> Option<Pos> {
        let mut block = p.block.min(self.blocks.len());
        let mut end = if block < self.blocks.len() { p.index } else { usize::MAX };
        loop {
            if let Some(b) = self.blocks.get(block) {
                if b.tags & wanted != 0 {
                    let upto = end.min(b.items.len());
                    if let Some(i) = b
                        .items
                        .get(..upto)
                        .and_then(|s| s.iter().rposition(|item| item.tag() & wanted != 0))
                    {
                        return Some(Pos { block, index: i });
                    }
                }
            }
            block = self.prev_block(block, wanted)?;
            end = usize::MAX;
        }
    }

    /// The number of leaves of the tag tree.
    fn cap(&self) -> usize {
        self.tree.len() / 2
    }

    /// The first block at or after `from` whose tags meet `wanted`.
    fn next_block(&self, from: usize, wanted: u32) -> Option<usize> {
        if from >= self.blocks.len() {
            return None;
        }
        self.nearest_block(from, wanted, true)
    }

    /// The last block strictly before `to` whose tags meet `wanted`.
    fn prev_block(&self, to: usize, wanted: u32) -> Option<usize> {
        let last = to.min(self.blocks.len()).checked_sub(1)?;
        self.nearest_block(last, wanted, false)
    }

    /// The nearest block whose tags meet `wanted`, from block `at` (a block that exists)
    /// on, searching forwards or backwards.
    fn nearest_block(&self, at: usize, wanted: u32, forwards: bool) -> Option<usize> {
        let cap = self.cap();
        let mut i = cap + at;
        if self.tree.get(i)? & wanted != 0 {
            return Some(at);
        }
        // climb until the sibling on the searched side holds a match (forwards, the right
        // sibling of a left child; backwards, the left sibling of a right child) ...
        loop {
            if i <= 1 {
                return None;
            }
            if (i % 2 == 0) == forwards && self.tree.get(i ^ 1)? & wanted != 0 {
                i ^= 1;
                break;
            }
            i /= 2;
        }
        // ... then descend to its leaf nearest `at`
        let near_child = usize::from(!forwards);
        while i < cap {
            let near = 2 * i + near_child;
            i = if self.tree.get(near)? & wanted != 0 { near } else { near ^ 1 };
        }
        let block = i - cap;
        (block < self.blocks.len()).then_some(block)
    }

    /// Rebuilds the tag tree (after blocks were added or removed).
    fn rebuild_tree(&mut self) {
        let cap = self.blocks.len().max(1).next_power_of_two();
        self.tree.clear();
        self.tree.resize(2 * cap, 0);
        for (i, b) in self.blocks.iter().enumerate() {
            self.tree[cap + i] = b.tags;
        }
        for i in (1..cap).rev() {
            self.tree[i] = self.tree[2 * i] | self.tree[2 * i + 1];
        }
    }

    /// Updates the tag tree for block `block` (whose tags changed).
    fn update_tree(&mut self, block: usize) {
        let cap = self.cap();
        let Some(tags) = self.blocks.get(block).map(|b| b.tags) else { return };
        let mut i = cap + block;
        if let Some(leaf) = self.tree.get_mut(i) {
            *leaf = tags;
        }
        while i > 1 {
            i /= 2;
            let t = self.tree.get(2 * i).copied().unwrap_or(0)
                | self.tree.get(2 * i + 1).copied().unwrap_or(0);
            if let Some(node) = self.tree.get_mut(i) {
                *node = t;
            }
        }
    }

    /// Re-reads the keys of the blocks' last items (after blocks were added, removed or
    /// changed at their ends).
    fn relast(&mut self) {
        self.lasts.clear();
        self.lasts.extend(self.blocks.iter().map(|b| b.items.last().map_or(i64::MIN, T::key)));
    }

    /// Re-reads the last key of block `block`.
    fn relast_one(&mut self, block: usize) {
        if let (Some(b), Some(k)) = (self.blocks.get(block), self.lasts.get_mut(block)) {
            *k = b.items.last().map_or(i64::MIN, T::key);
        }
    }

    /// Inserts `item` at `p` (before the item there).
    pub(crate) fn insert(&mut self, p: Pos, item: T) {
        self.len += 1;
        if self.blocks.is_empty() {
            self.blocks.push(Block { items: Vec::with_capacity(8), tags: 0 });
            self.lasts.push(i64::MIN);
            self.rebuild_tree();
        }
        // the end position goes into the last block
        let (block, index) = if p.block >= self.blocks.len() {
            let last = self.blocks.len() - 1;
            (last, self.blocks[last].items.len())
        } else {
            (p.block, p.index)
        };
        let b = &mut self.blocks[block];
        b.items.insert(index.min(b.items.len()), item);
        b.tags |= item.tag();
        if b.items.len() > MAX {
            let tail = b.items.split_off(MAX / 2);
            b.retag();
            let mut next = Block { items: tail, tags: 0 };
            next.retag();
            self.blocks.insert(block + 1, next);
            self.lasts.insert(block + 1, i64::MIN);
            self.relast_one(block + 1);
            self.relast_one(block);
            self.rebuild_tree();
            return;
        }
        self.relast_one(block);
        self.update_tree(block);
    }

    /// Removes and returns the item at `p`.
    pub(crate) fn remove(&mut self, p: Pos) -> Option<T> {
        let b = self.blocks.get_mut(p.block)?;
        if p.index >= b.items.len() {
            return None;
        }
        let item = b.items.remove(p.index);
        self.len -= 1;
        if b.items.is_empty() {
            self.blocks.remove(p.block);
            self.lasts.remove(p.block);
            self.rebuild_tree();
            return Some(item);
        }
        b.retag();
        // merge a small block into its successor to keep blocks reasonably full
        if b.items.len() < MAX / 8 && p.block + 1 < self.blocks.len() {
            let next = self.blocks.remove(p.block + 1);
            let b = &mut self.blocks[p.block];
            b.items.extend(next.items);
            b.tags |= next.tags;
            if b.items.len() > MAX {
                let tail = b.items.split_off(MAX / 2);
                b.retag();
                let mut n = Block { items: tail, tags: 0 };
                n.retag();
                self.blocks.insert(p.block + 1, n);
            }
            self.relast();
            self.rebuild_tree();
        } else {
            self.relast_one(p.block);
            self.update_tree(p.block);
        }
        Some(item)
    }

    /// Every item in order.
    #[cfg(any(test, feature = "serde"))]
    pub(crate) fn iter(&self) -> Iter<'_, T> {
        Iter {
            blocks: &self.blocks,
            front: Pos { block: 0, index: 0 },
            back: Pos { block: self.blocks.len(), index: 0 },
            left: self.len,
        }
    }

    /// Approximate heap bytes held (for the memory figures).
    pub(crate) fn heap_bytes(&self) -> usize {
        self.blocks.capacity() * core::mem::size_of::<Block<T>>()
            + self.lasts.capacity() * core::mem::size_of::<i64>()
            + self.tree.capacity() * core::mem::size_of::<u32>()
            + self
                .blocks
                .iter()
                .map(|b| b.items.capacity() * core::mem::size_of::<T>())
                .sum::<usize>()
    }
}

/// The items of a [`Blocks`] in order, both ways, with an exact length.
#[cfg(any(test, feature = "serde"))]
pub(crate) struct Iter<'a, T> {
    blocks: &'a [Block<T>],
    front: Pos,
    /// One past the last item not yet yielded from the back.
    back: Pos,
    left: usize,
}

#[cfg(any(test, feature = "serde"))]
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.left == 0 {
            return None;
        }
        let b = self.blocks.get(self.front.block)?;
        let item = b.items.get(self.front.index)?;
        self.front = if self.front.index + 1 < b.items.len() {
            Pos { block: self.front.block, index: self.front.index + 1 }
        } else {
            Pos { block: self.front.block + 1, index: 0 }
        };
        self.left -= 1;
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

#[cfg(any(test, feature = "serde"))]
impl<T> DoubleEndedIterator for Iter<'_, T> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        if self.back.index == 0 {
            let block = self.back.block.checked_sub(1)?;
            self.back = Pos { block, index: self.blocks.get(block)?.items.len() };
        }
        self.back.index -= 1;
        self.left -= 1;
        self.blocks.get(self.back.block)?.items.get(self.back.index)
    }
}

#[cfg(any(test, feature = "serde"))]
impl<T> ExactSizeIterator for Iter<'_, T> {}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct N(u32);

    impl Tagged for N {
        fn tag(&self) -> u32 {
            1 << (self.0 % 7) | u32::from(self.0 / 500 % 3 == 0) << 7
        }
        fn key(&self) -> i64 {
            i64::from(self.0 / 4)
        }
    }

    proptest! {
        /// Against a sorted `Vec`: inserts at the partition point, removals, tag searches.
        #[test]
        fn behaves_like_a_sorted_vec(ops in proptest::collection::vec((proptest::bool::weighted(0.8), 0u32..5000), 0..2000)) {
            let mut b: Blocks<N> = Blocks::default();
            let mut v: Vec<u32> = Vec::new();
            for (insert, x) in ops {
                if insert || v.is_empty() {
                    let p = b.partition_point_keyed(i64::from(x / 4), |n| n.0 < x);
                    b.insert(p, N(x));
                    let i = v.partition_point(|&n| n < x);
                    v.insert(i, x);
                } else {
                    let i = (x as usize) % v.len();
                    let target = v.remove(i);
                    let p = b.partition_point_keyed(i64::from(target / 4), |n| n.0 < target);
                    prop_assert_eq!(b.remove(p), Some(N(target)));
                }
                prop_assert_eq!(b.len(), v.len());
            }
            let got: Vec<u32> = b.iter().map(|n| n.0).collect();
            prop_assert_eq!(&got, &v);
            let mut rev: Vec<u32> = b.iter().rev().map(|n| n.0).collect();
            rev.reverse();
            prop_assert_eq!(&rev, &v);
            prop_assert_eq!(b.iter().len(), v.len());
            // searching by key (the key orders coarsely, the predicate decides ties)
            for probe in [0u32, 1, 7, 100, 250, 499, 600] {
                let p = b.partition_point_keyed(i64::from(probe / 4), |n| n.0 < probe);
                let i = v.partition_point(|&n| n < probe);
                prop_assert_eq!(b.get(p).map(|n| n.0), v.get(i).copied());
            }
            // walking by positions, forward and back
            let mut p = b.start();
            let mut walked = Vec::new();
            while let Some(n) = b.get(p) {
                walked.push(n.0);
                p = b.next(p);
            }
            prop_assert_eq!(&walked, &v);
            let mut back = Vec::new();
            let mut q = b.end();
            while let Some(pp) = b.prev(q) {
                back.push(b.get(pp).unwrap().0);
                q = pp;
            }
            back.reverse();
            prop_assert_eq!(&back, &v);
            // tag searches agree with a linear scan
            for bit in 0..7 {
                let want = 1u32 << bit;
                let first = v.iter().position(|x| (1 << (x % 7)) & want != 0);
                let p = b.find_from(b.start(), want);
                prop_assert_eq!(b.get(p).map(|n| n.0), first.map(|i| v[i]));
                let last = v.iter().rposition(|x| (1 << (x % 7)) & want != 0);
                let q = b.find_back(b.end(), want);
                prop_assert_eq!(q.and_then(|q| b.get(q)).map(|n| n.0), last.map(|i| v[i]));
            }
            // ... and from every position, for a tag that whole blocks lack (the tree walk
            // climbs and descends)
            let rare = 1u32 << 7;
            let is_rare = |x: u32| x / 500 % 3 == 0;
            let mut next_rare = alloc::vec![None; v.len() + 1];
            for i in (0..v.len()).rev() {
                next_rare[i] = if is_rare(v[i]) { Some(v[i]) } else { next_rare[i + 1] };
            }
            let mut last_rare = None;
            let mut p = b.start();
            for (k, next) in next_rare.iter().enumerate() {
                prop_assert_eq!(b.get(b.find_from(p, rare)).map(|n| n.0), *next);
                let q = b.find_back(p, rare);
                prop_assert_eq!(q.and_then(|q| b.get(q)).map(|n| n.0), last_rare);
                if let Some(&x) = v.get(k) {
                    last_rare = if is_rare(x) { Some(x) } else { last_rare };
                }
                p = b.next(p);
            }
        }
    }
}
