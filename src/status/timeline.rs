//! The fold engine: events in timeline order and the points where the state changes.
//!
//! The state a policy sees before an event only changes at a *status change*: an applied
//! event whose status differs from the current one (a same-status event leaves the state as
//! it was, whatever the policy calls it, and so does a stale or informational event). So
//! the engine keeps, besides the events in timeline order, only the ordered set of status
//! changes with the state after each: the state before any event is the state after the
//! last change before it, found by binary search.
//!
//! When an event lands in the past, the changes after it are re-derived by a walk that
//! visits only the events that can change the state (whose status differs from the current
//! one, found by skipping whole blocks of same-status events) and the old changes, and
//! stops at the first old change whose state comes out as before: every later event then
//! sees the same state as before. An event that does not change the state where it lands
//! costs one policy call and the insertion.
//!
//! Per-event outputs (kind, anomaly) are never stored: the history re-derives them from the
//! state before each event, so nothing has to be rewritten when a change moves.
//!
//! A view is one timeline (a tracker) or two merged (a piece of a shipment: the shipment's
//! events and the piece's own), so a piece never copies the shipment's events.

use core::cmp::Ordering;

use super::blocks::{Blocks, Pos, Tagged};
use super::{MachineState, Status, TrackingEvent, TransitionKind, TransitionPolicy};

/// The status bits of a tag: bit `i` for [`Status::ALL`]`[i]` (0 to 13).
const STATUS_BITS: u32 = (1 << 14) - 1;
/// An event without a status the fold reads (none, or `Expired`).
const NO_STATUS: u32 = 1 << 14;
/// An event with a detail.
pub(crate) const HAS_DETAIL: u32 = 1 << 15;

/// The tag bit of a status.
fn status_bit(s: Status) -> u32 {
    match s {
        Status::Expired => NO_STATUS,
        s => 1 << (s as u32),
    }
}

/// An event's place in a timeline: its time (the first sort key, kept inline so searches
/// rarely touch the events), its index in the arena and its tag.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Item {
    pub(crate) ms: i64,
    pub(crate) id: u32,
    tag: u32,
}

impl Tagged for Item {
    fn tag(&self) -> u32 {
        self.tag
    }
    fn key(&self) -> i64 {
        self.ms
    }
}

impl Item {
    pub(crate) fn of(id: u32, event: &TrackingEvent) -> Item {
        let status = match event.effective_status() {
            Some(s) => status_bit(s),
            None => NO_STATUS,
        };
        let detail = if event.detail().is_some() { HAS_DETAIL } else { 0 };
        Item { ms: event.occurred_at().unix_ms(), id, tag: status | detail }
    }
}

/// A reference to an event of a view: which timeline (0 or 1) and its arena index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ref {
    pub(crate) src: u8,
    pub(crate) id: u32,
    pub(crate) ms: i64,
}

/// A status change: the event and the anchor rank after it (the status after it is the
/// event's effective status, the time its `occurred_at`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Change {
    ms: i64,
    id: u32,
    src: u8,
    anchor: u8,
    /// The status after it (the event's effective status), as its index.
    status: u8,
}

impl Tagged for Change {
    fn tag(&self) -> u32 {
        0
    }
    fn key(&self) -> i64 {
        self.ms
    }
}

impl Change {
    fn r(&self) -> Ref {
        Ref { src: self.src, id: self.id, ms: self.ms }
    }
}

/// One timeline: the arena and the order.
#[derive(Clone, Copy)]
pub(crate) struct Source<'a> {
    pub(crate) events: &'a [TrackingEvent],
    pub(crate) order: &'a Blocks<Item>,
}

/// What a fold walks: one timeline, or two merged.
#[derive(Clone, Copy)]
pub(crate) struct View<'a> {
    pub(crate) sources: [Option<Source<'a>>; 2],
}

impl<'a> View<'a> {
    pub(crate) fn one(events: &'a [TrackingEvent], order: &'a Blocks<Item>) -> Self {
        View { sources: [Some(Source { events, order }), None] }
    }

    /// The view of one event set.
    pub(crate) fn one_set(set: &'a EventSet) -> Self {
        View { sources: [Some(set.source()), None] }
    }

    pub(crate) fn two(a: Source<'a>, b: Source<'a>) -> Self {
        View { sources: [Some(a), Some(b)] }
    }

    pub(crate) fn event(&self, r: Ref) -> &'a TrackingEvent {
        let s: Source<'a> = match self.sources[usize::from(r.src & 1)] {
            Some(s) => s,
            None => unreachable_source(),
        };
        &s.events[r.id as usize]
    }

    /// The timeline order of two events of the view.
    pub(crate) fn cmp(&self, a: Ref, b: Ref) -> Ordering {
        a.ms.cmp(&b.ms).then_with(|| {
            if a == b {
                Ordering::Equal
            } else {
                self.event(a).timeline_cmp(self.event(b))
            }
        })
    }

    /// The range from the earlier to the later end of `range` and `placed` (`placed` alone
    /// when there is no range yet): the events a batch re-derives.
    pub(crate) fn widen(&self, range: Option<(Ref, Ref)>, placed: (Ref, Ref)) -> (Ref, Ref) {
        match range {
            None => placed,
            Some((f, l)) => (
                if self.cmp(placed.0, f) == Ordering::Less { placed.0 } else { f },
                if self.cmp(placed.1, l) == Ordering::Greater { placed.1 } else { l },
            ),
        }
    }

    /// The position in source `src` of the first item at or after `r` (inclusive) or
    /// strictly after it.
    fn seek(&self, src: u8, r: Ref, inclusive: bool) -> Pos {
        let Some(s) = self.sources[usize::from(src & 1)] else {
            return Pos::default();
        };
        let order = s.order;
        let before = |item: &Item| {
            let c = self.cmp(Ref { src, id: item.id, ms: item.ms }, r);
            c == Ordering::Less || (!inclusive && c == Ordering::Equal)
        };
        // the common case first: at or past the end (events arriving in order)
        match order.last() {
            None => order.end(),
            Some(last) if before(last) => order.end(),
            Some(_) => order.partition_point_keyed(r.ms, before),
        }
    }

    /// Every event in timeline order.
    pub(crate) fn refs(&self) -> impl DoubleEndedIterator<Item = Ref> + '_ {
        // the merged order of the two sources; one source is a plain walk
        Merge::new(*self)
    }

    /// The number of events.
    pub(crate) fn len(&self) -> usize {
        self.sources.iter().flatten().map(|s| s.order.len()).sum()
    }

    /// Every event in timeline order, with an exact length.
    pub(crate) fn refs_exact(
        &self,
    ) -> impl DoubleEndedIterator<Item = Ref> + ExactSizeIterator + 'a {
        Merge::new(*self)
    }
}

#[cold]
fn unreachable_source() -> Source<'static> {
    // a Ref always names a source of its view; an empty source keeps this total
    static EMPTY: Blocks<Item> = Blocks::EMPTY;
    Source { events: &[], order: &EMPTY }
}

/// Where a walk starts.
#[derive(Clone, Copy)]
enum Bound {
    At(Ref),
    After(Ref),
}

/// The merged order of a view's timelines, both ways.
struct Merge<'a> {
    view: View<'a>,
    front: [Pos; 2],
    back: [Pos; 2],
    left: usize,
}

impl<'a> Merge<'a> {
    fn new(view: View<'a>) -> Self {
        let ends = |i: usize| view.sources[i].map_or(Pos::default(), |s| s.order.end());
        Merge { view, front: [Pos::default(); 2], back: [ends(0), ends(1)], left: view.len() }
    }

    fn at(&self, src: usize, p: Pos) -> Option<Ref> {
        let item = self.view.sources[src]?.order.get(p)?;
        Some(Ref { src: src as u8, id: item.id, ms: item.ms })
    }
}

impl Iterator for Merge<'_> {
    type Item = Ref;

    fn next(&mut self) -> Option<Ref> {
        if self.left == 0 {
            return None;
        }
        let a = self.at(0, self.front[0]);
        let b = self.at(1, self.front[1]);
        let src = match (a, b) {
            (Some(x), Some(y)) => usize::from(self.view.cmp(y, x) == Ordering::Less),
            (Some(_), None) => 0,
            (None, Some(_)) => 1,
            (None, None) => return None,
        };
        let r = if src == 0 { a } else { b };
        if let Some(s) = self.view.sources[src] {
            self.front[src] = s.order.next(self.front[src]);
        }
        self.left -= 1;
        r
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Merge<'_> {}

impl DoubleEndedIterator for Merge<'_> {
    fn next_back(&mut self) -> Option<Ref> {
        if self.left == 0 {
            return None;
        }
        let prev = |i: usize, p: Pos| self.view.sources[i].and_then(|s| s.order.prev(p));
        let pa = prev(0, self.back[0]);
        let pb = prev(1, self.back[1]);
        let a = pa.and_then(|p| self.at(0, p));
        let b = pb.and_then(|p| self.at(1, p));
        let src = match (a, b) {
            (Some(x), Some(y)) => usize::from(self.view.cmp(y, x) == Ordering::Greater),
            (Some(_), None) => 0,
            (None, Some(_)) => 1,
            (None, None) => return None,
        };
        let (r, p) = if src == 0 { (a, pa) } else { (b, pb) };
        if let Some(p) = p {
            self.back[src] = p;
        }
        self.left -= 1;
        r
    }
}

/// The status changes of one view, in timeline order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Changes {
    list: Blocks<Change>,
}

impl Changes {
    /// No changes.
    pub(crate) const EMPTY: Changes = Changes { list: Blocks::EMPTY };
}

/// What the fold says about one event, given the state before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Step {
    pub(crate) kind: TransitionKind,
    pub(crate) before: MachineState,
    pub(crate) after: MachineState,
}

/// One fold step: the kind the policy gives `event` in state `before`, and the state
/// after it.
pub(crate) fn step<P: TransitionPolicy + ?Sized>(
    policy: &P,
    before: MachineState,
    event: &TrackingEvent,
) -> Step {
    let facts = event.facts();
    let kind = policy.classify(&before, &facts);
    let to = facts.status.filter(|s| *s != Status::Expired);
    let after = match to.filter(|_| kind.is_applied()) {
        Some(to) => before.enter(to, facts.at),
        None => before,
    };
    let kind = if to.is_none() && kind.is_applied() { TransitionKind::Informational } else { kind };
    Step { kind, before, after }
}

impl Changes {
    /// The state after change `c`.
    fn state(view: &View<'_>, c: &Change) -> MachineState {
        MachineState {
            status: Status::ALL.get(usize::from(c.status)).copied().unwrap_or(Status::Unknown),
            anchor_rank: c.anchor,
            since: Some(view.event(c.r()).occurred_at()),
        }
    }

    /// The state after the last change (the current state).
    pub(crate) fn last_state(&self, view: &View<'_>) -> MachineState {
        self.list.last().map_or(MachineState::INITIAL, |c| Self::state(view, c))
    }

    /// The last change, if any.
    pub(crate) fn last(&self) -> Option<Ref> {
        self.list.last().map(Change::r)
    }

    /// The position of the first change at or after `r`.
    fn seek(&self, view: &View<'_>, r: Ref) -> Pos {
        let before = |c: &Change| view.cmp(c.r(), r) == Ordering::Less;
        match self.list.last() {
            None => self.list.end(),
            Some(last) if before(last) => self.list.end(),
            Some(_) => self.list.partition_point_keyed(r.ms, before),
        }
    }

    /// The state before event `r`: after the last change strictly before it.
    pub(crate) fn state_before(&self, view: &View<'_>, r: Ref) -> MachineState {
        if let Some(last) = self.list.last() {
            if view.cmp(last.r(), r) == Ordering::Less {
                return Self::state(view, last);
            }
        }
        let p = self.seek(view, r);
        self.list
            .prev(p)
            .and_then(|p| self.list.get(p))
            .map_or(MachineState::INITIAL, |c| Self::state(view, c))
    }

    /// The state after event `r`: after the last change at or before it.
    fn state_through(&self, view: &View<'_>, r: Ref) -> MachineState {
        let p = self.list.partition_point_keyed(r.ms, |c| view.cmp(c.r(), r) != Ordering::Greater);
        self.list
            .prev(p)
            .and_then(|p| self.list.get(p))
            .map_or(MachineState::INITIAL, |c| Self::state(view, c))
    }

    /// The change that entered the current status, if any.
    pub(crate) fn entered(&self) -> Option<Ref> {
        self.last()
    }

    /// Records event `r` as a change with the state `after` it (it must not be one yet).
    pub(crate) fn enter(&mut self, view: &View<'_>, r: Ref, after: MachineState) {
        let p = self.seek(view, r);
        let c = Change {
            ms: r.ms,
            id: r.id,
            src: r.src,
            anchor: after.anchor_rank,
            status: after.status as u8,
        };
        self.list.insert(p, c);
    }

    /// Re-derives the changes after event `r` (exclusive), when `r` was just recorded as a
    /// change (or stopped being one) and nothing else moved: stops at the first old change
    /// that comes out as before.
    pub(crate) fn refold_after<P: TransitionPolicy + ?Sized>(
        &mut self,
        view: &View<'_>,
        policy: &P,
        r: Ref,
        steps: &mut u64,
    ) {
        self.refold_from(view, policy, Bound::After(r), Some(r), steps);
    }

    /// Removes the change of event `r`, if it is one.
    pub(crate) fn forget(&mut self, view: &View<'_>, r: Ref) {
        let p = self.seek(view, r);
        if self.list.get(p).is_some_and(|c| c.r() == r) {
            self.list.remove(p);
        }
    }

    /// Re-derives the changes from event `from` on (inclusive), when every change before it
    /// is still right and events were placed, removed or changed at or after it, the latest
    /// at `until` (`None`: from the start of the view, every event may have changed).
    /// `steps` counts the policy calls.
    ///
    /// Walks the events whose status differs from the current one and the old changes, in
    /// timeline order; past `until`, stops at the first old change that comes out with the
    /// same state after it.
    pub(crate) fn refold<P: TransitionPolicy + ?Sized>(
        &mut self,
        view: &View<'_>,
        policy: &P,
        from: Ref,
        until: Option<Ref>,
        steps: &mut u64,
    ) {
        self.refold_from(view, policy, Bound::At(from), until, steps);
    }

    fn refold_from<P: TransitionPolicy + ?Sized>(
        &mut self,
        view: &View<'_>,
        policy: &P,
        from: Bound,
        until: Option<Ref>,
        steps: &mut u64,
    ) {
        // past `until` (or anywhere without one), an old change that comes out as before
        // ends the walk
        let settled = |r: Ref| until.is_none_or(|u| view.cmp(r, u) == Ordering::Greater);
        let mut state = match from {
            Bound::At(r) => self.state_before(view, r),
            Bound::After(r) => self.state_through(view, r),
        };
        // one cursor per timeline (the timelines do not change during the walk), and the
        // last event looked at
        let mut cursors: [Pos; 2] = [Pos::default(); 2];
        for (i, src) in view.sources.iter().enumerate() {
            if src.is_some() {
                cursors[i] = match from {
                    Bound::At(r) => view.seek(i as u8, r, true),
                    Bound::After(r) => view.seek(i as u8, r, false),
                };
            }
        }
        let mut last = match from {
            Bound::At(_) => None,
            Bound::After(r) => Some(r),
        };
        loop {
            let wanted = STATUS_BITS & !status_bit(state.status);
            // the first candidate of each timeline: an event of another status
            let mut cand: Option<(usize, Pos, Ref)> = None;
            for (i, src) in view.sources.iter().enumerate() {
                let Some(src) = src else { continue };
                let p = src.order.find_from(cursors[i], wanted);
                if let Some(item) = src.order.get(p) {
                    let r = Ref { src: i as u8, id: item.id, ms: item.ms };
                    if cand.is_none_or(|(_, _, c)| view.cmp(r, c) == Ordering::Less) {
                        cand = Some((i, p, r));
                    }
                }
            }
            // the first old change not yet looked at
            let old_pos = match last {
                None => match from {
                    Bound::At(r) | Bound::After(r) => self.seek(view, r),
                },
                Some(r) => {
                    let p = self.seek(view, r);
                    match self.list.get(p) {
                        Some(c) if c.r() == r => self.list.next(p),
                        _ => p,
                    }
                }
            };
            let old = self.list.get(old_pos).copied();
            // the next event to look at: a candidate or an old change, whichever is first
            let (r, was_change) = match (cand, old) {
                (None, None) => return,
                (Some((_, _, c)), None) => (c, false),
                (None, Some(o)) => (o.r(), true),
                (Some((_, _, c)), Some(o)) => match view.cmp(c, o.r()) {
                    Ordering::Less => (c, false),
                    Ordering::Equal => (c, true),
                    Ordering::Greater => (o.r(), true),
                },
            };
            *steps += 1;
            let s = step(policy, state, view.event(r));
            let enters = s.after.status != state.status;
            match (was_change, enters) {
                (true, true) => {
                    let Some(o) = old else { return };
                    if s.after == Self::state(view, &o) && settled(r) {
                        // the same state as before from here on: every later event sees
                        // the input it saw before
                        return;
                    }
                    if let Some(c) = self.list.get_mut(old_pos) {
                        c.anchor = s.after.anchor_rank;
                    }
                }
                (true, false) => {
                    self.list.remove(old_pos);
                }
                (false, true) => {
                    let c = Change {
                        ms: r.ms,
                        id: r.id,
                        src: r.src,
                        anchor: s.after.anchor_rank,
                        status: s.after.status as u8,
                    };
                    self.list.insert(old_pos, c);
                }
                (false, false) => {}
            }
            state = s.after;
            last = Some(r);
            // move every cursor past `r`
            for (i, src) in view.sources.iter().enumerate() {
                let Some(src) = src else { continue };
                cursors[i] = match cand {
                    Some((ci, p, c)) if ci == i && c == r => src.order.next(p),
                    _ => match src.order.get(cursors[i]) {
                        Some(item)
                            if view.cmp(Ref { src: i as u8, id: item.id, ms: item.ms }, r)
                                != Ordering::Greater =>
                        {
                            view.seek(i as u8, r, false)
                        }
                        _ => cursors[i],
                    },
                };
            }
        }
    }

    /// Approximate heap bytes held.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.list.heap_bytes()
    }
}

/// One event of a view with what the fold did with it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Folded<'a> {
    pub(crate) event: &'a TrackingEvent,
    pub(crate) step: Step,
}

/// The fold of a view, event by event (both ways): each step re-derived from the state
/// before the event.
pub(crate) struct Steps<'a, P: ?Sized> {
    view: View<'a>,
    changes: &'a Changes,
    policy: &'a P,
    refs: Merge<'a>,
}

impl<'a, P: TransitionPolicy + ?Sized> Steps<'a, P> {
    pub(crate) fn new(view: View<'a>, changes: &'a Changes, policy: &'a P) -> Self {
        Steps { view, changes, policy, refs: Merge::new(view) }
    }

    fn at(&self, r: Ref) -> Folded<'a> {
        let before = self.changes.state_before(&self.view, r);
        let event = self.view.event(r);
        Folded { event, step: step(self.policy, before, event) }
    }
}

impl<'a, P: TransitionPolicy + ?Sized> Iterator for Steps<'a, P> {
    type Item = Folded<'a>;

    fn next(&mut self) -> Option<Folded<'a>> {
        let r = self.refs.next()?;
        Some(self.at(r))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.refs.size_hint()
    }
}

impl<P: TransitionPolicy + ?Sized> DoubleEndedIterator for Steps<'_, P> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let r = self.refs.next_back()?;
        Some(self.at(r))
    }
}

impl<P: TransitionPolicy + ?Sized> ExactSizeIterator for Steps<'_, P> {}

/// Walks back from the end of the view over the events whose tag meets `wanted` (blocks
/// without one skipped whole), latest first, while `visit` returns `true`.
pub(crate) fn find_back(view: &View<'_>, wanted: u32, mut visit: impl FnMut(Ref) -> bool) {
    let mut ends: [Option<Pos>; 2] = [None, None];
    for (i, s) in view.sources.iter().enumerate() {
        if let Some(s) = s {
            ends[i] = Some(s.order.end());
        }
    }
    loop {
        let mut best: Option<(usize, Pos, Ref)> = None;
        for (i, s) in view.sources.iter().enumerate() {
            let (Some(s), Some(end)) = (s, ends[i]) else { continue };
            if let Some(p) = s.order.find_back(end, wanted) {
                if let Some(item) = s.order.get(p) {
                    let r = Ref { src: i as u8, id: item.id, ms: item.ms };
                    if best.is_none_or(|(_, _, b)| view.cmp(r, b) == Ordering::Greater) {
                        best = Some((i, p, r));
                    }
                }
            }
        }
        let Some((i, p, r)) = best else { return };
        if !visit(r) {
            return;
        }
        ends[i] = Some(p);
    }
}

/// The distinct events of one source: an arena in arrival order (a merged copy updates its
/// event in place) and the timeline order over it.
#[derive(Clone, Debug, Default)]
pub(crate) struct EventSet {
    events: alloc::vec::Vec<TrackingEvent>,
    order: Blocks<Item>,
}

/// Where a merged copy went.
pub(crate) struct Replaced {
    /// The same place and the same fold input as before: nothing after it can change.
    pub(crate) unmoved: bool,
    /// The earliest event whose input may have changed (inclusive).
    pub(crate) from: Ref,
    /// The latest place that changed: the copy's new place, or the event that followed its
    /// old place when that is later (a fold settles only past it).
    pub(crate) until: Ref,
    /// The copy.
    pub(crate) new: Ref,
}

impl EventSet {
    /// No events.
    pub(crate) const EMPTY: EventSet =
        EventSet { events: alloc::vec::Vec::new(), order: Blocks::EMPTY };

    /// The events as a timeline (`src` names it within a view).
    pub(crate) fn source(&self) -> Source<'_> {
        Source { events: &self.events, order: &self.order }
    }

    /// The number of events.
    pub(crate) fn len(&self) -> usize {
        self.order.len()
    }

    /// The events in timeline order.
    #[cfg(feature = "serde")]
    pub(crate) fn in_order(
        &self,
    ) -> impl DoubleEndedIterator<Item = &TrackingEvent> + ExactSizeIterator {
        self.order.iter().map(|item| &self.events[item.id as usize])
    }

    /// The events in arrival order.
    pub(crate) fn arrived(&self) -> &[TrackingEvent] {
        &self.events
    }

    pub(crate) fn r(&self, src: u8, id: u32) -> Ref {
        Ref { src, id, ms: self.events[id as usize].occurred_at().unix_ms() }
    }

    /// The copy of `event` already held, if any: O(log n) plus the events of its second.
    pub(crate) fn find_same(&self, src: u8, event: &TrackingEvent) -> Option<Ref> {
        let lo = event.second().saturating_mul(1_000);
        let hi = lo.saturating_add(1_000);
        if self.order.last().is_none_or(|last| last.ms < lo) {
            return None;
        }
        let mut p = self.order.partition_point_keyed(lo, |item| item.ms < lo);
        while let Some(item) = self.order.get(p) {
            if item.ms >= hi {
                break;
            }
            if self.events[item.id as usize].same_event(event) {
                return Some(self.r(src, item.id));
            }
            p = self.order.next(p);
        }
        None
    }

    /// The first event of this set (as timeline `src` of a view) strictly after `event`,
    /// which need not be held, in timeline order.
    pub(crate) fn first_after(&self, src: u8, event: &TrackingEvent) -> Option<Ref> {
        let ms = event.occurred_at().unix_ms();
        let p = self.order.partition_point_keyed(ms, |item| {
            item.ms < ms
                || item.ms == ms
                    && self.events[item.id as usize].timeline_cmp(event) != Ordering::Greater
        });
        self.order.get(p).map(|item| self.r(src, item.id))
    }

    /// The event `r` of this set.
    pub(crate) fn event(&self, r: Ref) -> &TrackingEvent {
        &self.events[r.id as usize]
    }

    /// `copy` merged with `event`, or `None` when that adds nothing.
    pub(crate) fn merged(&self, copy: Ref, event: &TrackingEvent) -> Option<TrackingEvent> {
        let old = &self.events[copy.id as usize];
        let mut merged = old.clone();
        merged.merge(event);
        (merged != *old).then_some(merged)
    }

    /// The position of event `r` (of this set) in the order.
    fn position(&self, r: Ref) -> Pos {
        let view = View::one(&self.events, &self.order);
        let before = |item: &Item| {
            view.cmp(Ref { src: 0, id: item.id, ms: item.ms }, Ref { src: 0, ..r })
                == Ordering::Less
        };
        match self.order.last() {
            Some(last) if before(last) => self.order.end(),
            _ => self.order.partition_point_keyed(r.ms, before),
        }
    }

    /// Replaces `copy` by `merged` (every change list naming `copy` must have forgotten it
    /// first: its place may move).
    pub(crate) fn replace(&mut self, copy: Ref, merged: TrackingEvent) -> Replaced {
        let idx = copy.id as usize;
        let same_fold = merged.facts() == self.events[idx].facts()
            && merged.detail().is_some() == self.events[idx].detail().is_some();
        let p = self.position(copy);
        let next =
            self.order.get(self.order.next(p)).map(|i| Ref { src: copy.src, id: i.id, ms: i.ms });
        self.order.remove(p);
        self.events[idx] = merged;
        let new = self.r(copy.src, copy.id);
        let q = self.position(new);
        self.order.insert(q, Item::of(copy.id, &self.events[idx]));
        let view = View::one(&self.events, &self.order);
        // the events from the earlier of the two places to the later one may see another
        // input: the copy's old place is told by the event that followed it
        let (from, until) = match next {
            Some(n) => match view.cmp(Ref { src: 0, ..n }, Ref { src: 0, ..new }) {
                Ordering::Less => (n, new),
                _ => (new, n),
            },
            None => (new, new),
        };
        Replaced { unmoved: same_fold && q == p, from, until, new }
    }

    /// Adds a new event (not a copy of one held).
    pub(crate) fn push(&mut self, src: u8, event: TrackingEvent) -> Ref {
        let id = u32::try_from(self.events.len()).unwrap_or(u32::MAX);
        self.events.push(event);
        let r = self.r(src, id);
        let p = self.position(r);
        self.order.insert(p, Item::of(id, &self.events[id as usize]));
        r
    }

    /// Approximate heap bytes held, the events' own strings included.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.events.capacity() * core::mem::size_of::<TrackingEvent>()
            + self.events.iter().map(TrackingEvent::heap_bytes).sum::<usize>()
            + self.order.heap_bytes()
    }
}

/// Adds `event`, placed at `r` (its own position, already in the view), to the fold: one
/// step says what it does where it lands; only a status change there re-derives what
/// follows. Returns the outcome and counts the steps.
pub(crate) fn apply_placed<P: TransitionPolicy + ?Sized>(
    changes: &mut Changes,
    view: &View<'_>,
    policy: &P,
    r: Ref,
    before: Status,
    steps: &mut u64,
) -> super::ApplyOutcome {
    use super::ApplyOutcome;
    let state = changes.state_before(view, r);
    let event = view.event(r);
    let s = step(policy, state, event);
    *steps += 1;
    let anomaly = policy.anomaly(&state, &event.facts(), s.kind);
    if s.after != state {
        changes.enter(view, r, s.after);
        changes.refold_after(view, policy, r, steps);
    }
    match s.kind {
        TransitionKind::Stale => ApplyOutcome::Stale { anomaly },
        TransitionKind::Informational => ApplyOutcome::Informational,
        kind => ApplyOutcome::Applied { from: before, to: changes.last_state(view).status, kind },
    }
}

/// Puts back the change of `r` if it is one, after a merge that left its place and fold
/// input as they were.
pub(crate) fn restore<P: TransitionPolicy + ?Sized>(
    changes: &mut Changes,
    view: &View<'_>,
    policy: &P,
    r: Ref,
) {
    let state = changes.state_before(view, r);
    let s = step(policy, state, view.event(r));
    if s.after != state {
        changes.enter(view, r, s.after);
    }
}
