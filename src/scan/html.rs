//! Raw HTML read as a mail client shows it ([`ScannerBuilder::html`](super::ScannerBuilder::html)).
//!
//! The scanner core reads plain text, so HTML is turned into its *text view* on the fly, a
//! window at a time, with the original offset of every byte of the view kept beside it:
//!
//! - text content is kept, runs of white space read as one space;
//! - tags are separators: a table cell boundary (`<td>`, `<th>`) reads as a tab, a block
//!   boundary (`<p>`, `<div>`, `<tr>`, `<li>`, headings, …) as a tab and a line break (neither
//!   joins the groups of a printed number, both let a label reach the next cell), `<br>` as a
//!   line break; inline tags (`<span>`, `<b>`, `<a>`, `<font>`, …) as nothing, so
//!   `1Z<b>999</b>AA1…` reads `1Z999AA1…`;
//! - character references are decoded (`&nbsp;` is a no-break space, `&#8203;`, `&zwnj;`,
//!   `&shy;` and their literal characters are nothing, `&#49;` is `1`, `&amp;` is `&`);
//! - `<script>`, `<style>`, `<title>`, comments (`<!-- … -->`, Outlook's conditional ones
//!   included) and declarations are skipped;
//! - the `href` of a link to a carrier's tracking page is shown after the link's text, on a
//!   line of its own, so the number in it is found (and reported with the carrier, see
//!   [`url`](super::url)); the text of such a link starts a block of its own; other links
//!   are not shown, and their tags are inline. The view is thus in input order but for the
//!   `href`s shown; matches are reported in input order all the same: those found in a
//!   link's text are held until its `href` has been scanned;
//! - the soft line break of a quoted-printable mail read undecoded (`=` at the end of a line)
//!   is nothing, as in plain text;
//! - a data table's header row (two cells or more, none holding a digit) whose cell in some
//!   column is a tracking label and nothing else ("Package | Tracking number | Shipped on")
//!   labels that column: the header's text is shown again, in a cell of its own, before
//!   each cell of the column in the rows below, as a reader sees it above them (tables
//!   nested in one another are followed up to [`TABLE_DEPTH`] deep; a header labels its own
//!   table only; columns are counted in cells, a `colspan` not followed). Those bytes map to
//!   the offset of the cell's tag, so the view stays in input order.
//!
//! The view is built in windows of [`WINDOW`] bytes that overlap by `2 ×` [`MARGIN`]: a match
//! is taken from the window where it starts at least [`MARGIN`] bytes from either edge (so
//! everything the core looks at around it, context words, labels and URLs included, is in
//! the same window), and each byte of input and view is read at most twice. Nothing is
//! allocated but the window itself: with `alloc`, once per iteration (the view's bytes,
//! their input offsets and widths, each a vector with room for [`WINDOW`] of them that a
//! short input fills only in part); inline arrays without it.

use super::engine::{self, Classify, Found, Opts, State};
use super::url;
use crate::bits::byte_table;
use crate::swar;

/// Bytes of text view per window (with an allocator, grown as it fills: a short input
/// touches no more than it needs).
#[cfg(feature = "alloc")]
pub(crate) const WINDOW: usize = 32768;
/// Bytes of text view per window.
#[cfg(not(feature = "alloc"))]
pub(crate) const WINDOW: usize = 1024;
/// Context kept on either side of the part of a window matches are taken from (with an
/// allocator, more than the distance a carrier's name is looked for around a number).
#[cfg(feature = "alloc")]
pub(crate) const MARGIN: usize = 1536;
/// Context kept on either side of the part of a window matches are taken from.
#[cfg(not(feature = "alloc"))]
pub(crate) const MARGIN: usize = 256;

const _: () = assert!(WINDOW >= 4 * MARGIN && MARGIN > 2 * engine::MAX_LEN + 96);

/// Most view bytes one step emits (pending white space and a 4-byte character, or a
/// column's label shown before a cell with white space around it).
const STEP: usize = 8 + CELL_TEXT + 2;
/// Longest `href` shown.
const MAX_HREF: usize = 1024;

/// Pending white space: bits OR-ed together, written as `\t` then `\n`, or a space.
const SPACE: u8 = 1;
const CELL: u8 = 2;
const LINE: u8 = 4;
const BLOCK: u8 = CELL | LINE;

/// Where the transformation is; copied to restart a window.
#[derive(Clone, Copy, Debug)]
struct Cursor {
    /// Next input byte.
    pos: usize,
    /// Pending white space ([`SPACE`], [`CELL`], [`LINE`]) and the input offset it maps to.
    ws: u8,
    ws_at: usize,
    /// The tracking `href` of the link being read, shown at its end.
    link: Option<(usize, usize)>,
    /// Bytes of an `href` still to show.
    show: Option<(usize, usize)>,
    /// The next byte shown starts an `href` in the view.
    show_first: bool,
    /// The tables the cursor is in, for the labels of their columns.
    tables: Tables,
}

/// Longest text of a table cell (as shown) read as its column's label.
const CELL_TEXT: usize = 48;
/// Most tables nested in one another followed for column labels (mail layouts nest tables;
/// one deeper than this has none).
const TABLE_DEPTH: usize = 6;

/// A table column's label: the column (from 1) and the header cell's text as shown.
#[derive(Clone, Copy, Debug)]
struct Column {
    at: u16,
    text: [u8; CELL_TEXT],
    len: u8,
}

/// What is known of one table, for the labels of its columns.
#[derive(Clone, Copy, Debug)]
struct Table {
    /// Cells started in the current row.
    cells: u16,
    /// Whether the current row may be a header row: no cell of it so far holds a digit or
    /// more than [`CELL_TEXT`] bytes of text.
    header: bool,
    /// The first cell of the current row whose text is a tracking label.
    row_label: Option<Column>,
    /// The text of the row's first cell, not yet read for a label: a row of one cell (a
    /// layout's) is no header row, and its text is never read.
    first: Option<Column>,
    /// The column a header row before labels.
    label: Option<Column>,
}

impl Table {
    const NEW: Table = Table { cells: 0, header: true, row_label: None, first: None, label: None };

    /// Reads `c` (a cell's text) for a label, if the row has none yet.
    fn read(&mut self, c: Column) {
        if self.row_label.is_none() && super::label::is_whole_label(&c.text[..usize::from(c.len)]) {
            self.row_label = Some(c);
        }
    }
}

/// The tables around the cursor and the text of the cell it is in: a data table whose header
/// row (two cells or more, none holding a digit) has a tracking label in a column ("Carrier
/// | Tracking number | Date") labels each cell of that column in the rows below it, which the
/// view shows by writing the header's text (a copy) before each of them, in a cell of its own:
/// a mail client shows the header right above them.
#[derive(Clone, Copy, Debug)]
struct Tables {
    stack: [Table; TABLE_DEPTH],
    /// Tables open (more than [`TABLE_DEPTH`] when nested deeper).
    depth: usize,
    /// The text of the current cell of the innermost table, its first [`CELL_TEXT`] bytes.
    cell: [u8; CELL_TEXT],
    /// Bytes of text in the current cell: [`CELL_TEXT`]` + 1` when it holds more, [`OUT`]
    /// when the cursor is in no cell of a table followed.
    cell_len: usize,
}

/// [`Tables::cell_len`] out of any cell.
const OUT: usize = usize::MAX;

impl Tables {
    const NEW: Tables =
        Tables { stack: [Table::NEW; TABLE_DEPTH], depth: 0, cell: [0; CELL_TEXT], cell_len: OUT };

    /// The innermost table, if followed.
    fn table(&mut self) -> Option<&mut Table> {
        self.depth.checked_sub(1).and_then(|d| self.stack.get_mut(d))
    }

    /// Takes a byte of text shown.
    #[inline(always)]
    fn text(&mut self, b: u8) {
        if self.cell_len <= CELL_TEXT {
            if let Some(slot) = self.cell.get_mut(self.cell_len) {
                *slot = b;
            }
            self.cell_len += 1;
        }
    }

    /// Takes a run of bytes of text shown.
    #[inline]
    fn text_run(&mut self, run: &[u8]) {
        if self.cell_len <= CELL_TEXT {
            let room = CELL_TEXT - self.cell_len;
            let n = run.len().min(room);
            if let (Some(to), Some(from)) =
                (self.cell.get_mut(self.cell_len..self.cell_len + n), run.get(..n))
            {
                to.copy_from_slice(from);
            }
            self.cell_len = if run.len() > room { CELL_TEXT + 1 } else { self.cell_len + n };
        }
    }

    /// A table starts: the cell it is in, if any, holds more than a label.
    fn open_table(&mut self) {
        if core::mem::replace(&mut self.cell_len, OUT) != OUT {
            if let Some(t) = self.table() {
                t.header = false;
            }
        }
        if let Some(t) = self.stack.get_mut(self.depth) {
            *t = Table::NEW;
        }
        self.depth = self.depth.saturating_add(1);
    }

    /// A table ends (the cell around it, if any, goes on: its text is no longer read).
    fn close_table(&mut self) {
        if self.depth > 0 {
            self.end_row();
            self.depth -= 1;
        }
        self.cell_len = OUT;
    }

    /// A row ends (or the next starts): a header row's label labels its column from now on.
    fn end_row(&mut self) {
        self.end_cell();
        if let Some(t) = self.table() {
            if t.cells >= 2 && t.header && t.row_label.is_some() {
                t.label = t.row_label;
            }
            (t.cells, t.header, t.row_label, t.first) = (0, true, None, None);
        }
    }

    /// A cell starts: the label of its column, if any, to show before it.
    fn open_cell(&mut self) -> Option<Column> {
        self.end_cell();
        let t = self.table()?;
        t.cells = t.cells.saturating_add(1);
        let cells = t.cells;
        let label = t.label.filter(|c| c.at == cells);
        self.cell_len = 0;
        label
    }

    /// The current cell ends: it may be a header's label, or rule its row out as a header.
    fn end_cell(&mut self) {
        let len = core::mem::replace(&mut self.cell_len, OUT);
        if len == OUT {
            return;
        }
        let Some(t) = self.depth.checked_sub(1).and_then(|d| self.stack.get_mut(d)) else {
            return;
        };
        let Some(text) = self.cell.get(..len) else {
            t.header = false;
            return;
        };
        if text.iter().any(u8::is_ascii_digit) {
            t.header = false;
            return;
        }
        if !t.header {
            return;
        }
        let shown = text.trim_ascii();
        let mut column = Column { at: t.cells, text: [0; CELL_TEXT], len: 0 };
        column.text[..shown.len()].copy_from_slice(shown);
        column.len = u8::try_from(shown.len()).unwrap_or(0);
        if t.cells <= 1 {
            t.first = Some(column);
            return;
        }
        // a row of two cells or more: its first cell's text is read now
        if let Some(first) = t.first.take() {
            t.read(first);
        }
        t.read(column);
    }
}

/// One window of the text view of an HTML input and the scan state in it.
#[derive(Clone, Debug)]
pub(crate) struct View<I> {
    out: Store<u8>,
    /// Input offset of each view byte (of the character reference it comes from).
    map: Store<usize>,
    /// Input length of the unit each view byte comes from (1, or a reference's length).
    width: Store<u8>,
    len: usize,
    /// Index of `out[0]` in the whole view.
    base: usize,
    /// Where filling goes on.
    cursor: Cursor,
    /// The cursor where the next window starts, and that window's `base`.
    restart: Option<(Cursor, usize)>,
    /// The input ended inside this window.
    done: bool,
    /// View index from which matches are still to be reported.
    from: usize,
    /// HTML (tags, references, white space collapsed); else plain text, where only
    /// full-width letters and digits are read as ASCII ([`fullwidth`]).
    markup: bool,
    state: State<I>,
    /// Matches found and not yet reported, with input offsets: they are reported in input
    /// order, and a number in a link's `href`, shown after the link's text, starts before
    /// the numbers of that text.
    held: [Option<Found<I>>; HELD],
    /// The view index of the first byte of each `href` shown in this window, in view order,
    /// and the first of them not yet behind the scan.
    shown: [u16; SHOWN],
    shown_n: usize,
    shown_next: usize,
    /// View index up to which this window has been scanned (the end of the last match).
    scanned: usize,
    /// Once this window has no more matches to report: where the next window's start.
    spent: Option<usize>,
    /// Input offset where the last match reported ends: a match found later that starts
    /// before it (the `href` of a link with more matches in its text than are held) is not
    /// reported, so that matches stay in order.
    reported: usize,
}

/// A window's worth of view bytes, offsets or widths: with an allocator a vector with room
/// for [`WINDOW`] of them, filled by pushing (never zeroed); without one an array.
#[cfg(feature = "alloc")]
type Store<T> = alloc::vec::Vec<T>;
/// A window's worth of view bytes, offsets or widths: an array without an allocator.
#[cfg(not(feature = "alloc"))]
type Store<T> = [T; WINDOW];

/// An empty [`Store`].
#[cfg(feature = "alloc")]
fn store<T: Copy + Default>() -> Store<T> {
    alloc::vec::Vec::with_capacity(WINDOW)
}

/// An empty [`Store`].
#[cfg(not(feature = "alloc"))]
fn store<T: Copy + Default>() -> Store<T> {
    [T::default(); WINDOW]
}

/// Matches held at most, waiting for the `href` of their link to be scanned.
const HELD: usize = 16;
/// `href`s shown per window at most: each takes more than 8 view bytes (a tracking host and
/// the line breaks around it).
const SHOWN: usize = WINDOW / 8;
const _: () = assert!(WINDOW <= u16::MAX as usize);

impl<I: Copy> View<I> {
    /// A view of nothing yet, to be [`start`](Self::start)ed.
    #[inline(always)]
    pub(crate) fn empty(markup: bool) -> Self {
        View {
            markup,
            out: store(),
            map: store(),
            width: store(),
            len: 0,
            base: 0,
            cursor: Cursor {
                pos: 0,
                ws: 0,
                ws_at: 0,
                link: None,
                show: None,
                show_first: false,
                tables: Tables::NEW,
            },
            restart: None,
            done: false,
            from: 0,
            state: State::new(),
            held: [None; HELD],
            shown: [0; SHOWN],
            shown_n: 0,
            shown_next: 0,
            scanned: 0,
            spent: None,
            reported: 0,
        }
    }

    /// Fills the first window of `input`, read as HTML (`markup`) or as plain text.
    pub(crate) fn start(&mut self, input: &[u8]) {
        self.fill(input);
    }

    /// The first window of `input`, read as HTML (`markup`) or as plain text.
    #[cfg(test)]
    pub(crate) fn new(input: &[u8], markup: bool) -> Self {
        let mut v = Self::empty(markup);
        v.start(input);
        v
    }

    /// Whether the input is read as HTML.
    pub(crate) fn markup(&self) -> bool {
        self.markup
    }

    /// The next match of the view, with offsets into `input`, in input order.
    pub(crate) fn next<C: Classify<Item = I>>(
        &mut self,
        input: &[u8],
        c: &C,
        o: &Opts,
    ) -> Option<Found<I>> {
        loop {
            if let Some(f) = self.release() {
                return Some(f);
            }
            if let Some(hi) = self.spent {
                if self.done {
                    return None;
                }
                // the rest of this window belongs to the next one
                self.spent = None;
                self.advance(input, hi);
                continue;
            }
            let found = engine::next(&self.out[..self.len], c, o, &mut self.state);
            let hi = self.len.saturating_sub(MARGIN);
            match found {
                Some(f) if self.base + f.start < self.from => self.scanned = f.end,
                Some(f) if self.done || f.start < hi => {
                    self.scanned = f.end;
                    let start = self.map[f.start];
                    let last = f.end - 1;
                    let end = self.map[last] + usize::from(self.width[last]);
                    if let Some(slot) = self.held.iter_mut().find(|h| h.is_none()) {
                        *slot = Some(Found { start, end, ..f });
                    }
                }
                _ => self.spent = Some(hi),
            }
        }
    }

    /// The held match that starts first, once nothing this window may still give starts
    /// before it (or the window is spent, or no room is left to hold another).
    fn release(&mut self) -> Option<Found<I>> {
        let (k, f) = self
            .held
            .iter()
            .enumerate()
            .filter_map(|(k, h)| Some((k, (*h)?)))
            .min_by_key(|(_, f)| f.start)?;
        let full = self.held.iter().all(Option::is_some);
        // what the scan may still find starts at the view byte it resumes at, or (this window
        // spent) where the next window's matches start; nothing more once the input is done
        let bound = match self.spent {
            Some(_) if self.done => usize::MAX,
            Some(hi) => self.min_ahead(hi),
            None => self.min_ahead(self.scanned),
        };
        if full || f.start <= bound {
            self.held[k] = None;
            if f.start < self.reported {
                // behind a match already reported: dropped, and the next one looked at
                return self.release();
            }
            self.reported = f.end;
            Some(f)
        } else {
            None
        }
    }

    /// The lowest input offset a match found from view byte `q` on (not before the last `q`
    /// asked about) can start at. The view is in input order but for the `href`s shown after
    /// their link's text: the first of them from `q` on (the `href` of a link whose text the
    /// scan is in; the `href`s of later links start after that text), and view byte `q`.
    fn min_ahead(&mut self, q: usize) -> usize {
        while self.shown_next < self.shown_n && usize::from(self.shown[self.shown_next]) < q {
            self.shown_next += 1;
        }
        let at = |i: usize| self.map.get(i).filter(|_| i < self.len).copied();
        let here = at(q).unwrap_or(usize::MAX);
        let href = self.shown[..self.shown_n]
            .get(self.shown_next)
            .and_then(|&v| at(usize::from(v)))
            .unwrap_or(usize::MAX);
        here.min(href)
    }

    /// Shows the `href` `link` next.
    fn show(&mut self, link: (usize, usize)) {
        self.cursor.show = Some(link);
        self.cursor.show_first = true;
    }

    /// Moves to the next window; matches start at view index `base + hi` or later there.
    fn advance(&mut self, input: &[u8], hi: usize) {
        self.from = self.base + hi;
        let Some((cursor, base)) = self.restart.take() else {
            self.done = true;
            return;
        };
        self.cursor = cursor;
        self.base = base;
        self.state = State::new();
        self.fill(input);
    }

    /// Fills the window from the cursor, remembering where the next one starts.
    fn fill(&mut self, input: &[u8]) {
        self.len = 0;
        #[cfg(feature = "alloc")]
        {
            self.out.clear();
            self.map.clear();
            self.width.clear();
        }
        self.restart = None;
        self.scanned = 0;
        self.shown_n = 0;
        self.shown_next = 0;
        // an `href` cut by the window goes on in this one
        self.cursor.show_first |= self.cursor.show.is_some();
        loop {
            if self.restart.is_none() && self.len >= WINDOW - 2 * MARGIN {
                self.restart = Some((self.cursor, self.base + self.len));
            }
            if self.len + STEP > WINDOW {
                break;
            }
            if !self.step(input) {
                self.done = true;
                break;
            }
        }
    }

    /// Appends one view byte from input offset `at` (a unit `width` bytes long), after any
    /// pending white space.
    #[inline]
    fn push(&mut self, b: u8, at: usize, width: u8) {
        let ws = core::mem::take(&mut self.cursor.ws);
        if ws != 0 {
            // (a table cell's text reads any white space in it as a space)
            self.cursor.tables.text(b' ');
        }
        self.cursor.tables.text(b);
        if ws != 0 && self.base + self.len > 0 {
            let ws_at = self.cursor.ws_at;
            if ws & CELL != 0 {
                self.put(b'\t', ws_at, 1);
            }
            if ws & LINE != 0 {
                self.put(b'\n', ws_at, 1);
            }
            if ws & BLOCK == 0 {
                self.put(b' ', ws_at, 1);
            }
        }
        self.put(b, at, width);
    }

    #[inline]
    fn put(&mut self, b: u8, at: usize, width: u8) {
        if self.len < WINDOW {
            #[cfg(feature = "alloc")]
            {
                self.out.push(b);
                self.map.push(at);
                self.width.push(width);
            }
            #[cfg(not(feature = "alloc"))]
            {
                self.out[self.len] = b;
                self.map[self.len] = at;
                self.width[self.len] = width;
            }
            self.len += 1;
        }
    }

    /// Appends the bytes `input[from..to]` as they are (as much as fits); where they end.
    #[inline]
    fn put_run(&mut self, input: &[u8], from: usize, to: usize) -> usize {
        let n = (to - from).min(WINDOW - self.len);
        let to = from + n;
        #[cfg(feature = "alloc")]
        {
            self.out.extend_from_slice(&input[from..to]);
            self.map.extend(from..to);
            self.width.resize(self.width.len() + n, 1);
        }
        #[cfg(not(feature = "alloc"))]
        {
            let len = self.len;
            self.out[len..len + n].copy_from_slice(&input[from..to]);
            for (k, m) in self.map[len..len + n].iter_mut().enumerate() {
                *m = from + k;
            }
            self.width[len..len + n].fill(1);
        }
        self.len += n;
        to
    }

    /// Adds pending white space at input offset `at`.
    fn space(&mut self, kind: u8, at: usize) {
        if self.cursor.ws == 0 {
            self.cursor.ws_at = at;
        }
        self.cursor.ws |= kind;
    }

    /// One step of the transformation: a run of text, a tag, a reference, white space, or a
    /// byte of a link shown. `false` at the end of the input.
    fn step(&mut self, input: &[u8]) -> bool {
        if let Some((at, end)) = self.cursor.show {
            if at < end {
                self.push(input[at], at, 1);
                if core::mem::take(&mut self.cursor.show_first) {
                    if let (Some(slot), Ok(v)) =
                        (self.shown.get_mut(self.shown_n), u16::try_from(self.len - 1))
                    {
                        *slot = v;
                        self.shown_n += 1;
                    }
                }
                self.cursor.show = Some((at + 1, end));
            } else {
                self.cursor.show = None;
                self.space(BLOCK, end);
            }
            return true;
        }
        let pos = self.cursor.pos;
        let Some(&b) = input.get(pos) else {
            // a link left open at the end is shown all the same
            if let Some(link) = self.cursor.link.take() {
                self.space(BLOCK, pos);
                self.show(link);
                return true;
            }
            return false;
        };
        if !self.markup {
            self.plain(input, pos, b);
            return true;
        }
        match b {
            b'<' => self.tag(input, pos),
            b'&' => self.reference(input, pos),
            b' ' | b'\t' | b'\n' | b'\r' | 0x0C => {
                self.space(SPACE, pos);
                self.cursor.pos = pos + 1;
            }
            _ => {
                if let Some(n) = invisible(&input[pos..]).or_else(|| soft_break(&input[pos..])) {
                    self.cursor.pos = pos + n;
                    return true;
                }
                if let Some(a) = fullwidth(&input[pos..]) {
                    self.push(a, pos, 3);
                    self.cursor.pos = pos + 3;
                    return true;
                }
                // a run of ordinary text, as much as fits
                self.push(b, pos, 1);
                let room = WINDOW - STEP - self.len.min(WINDOW - STEP);
                let mut i = pos + 1;
                let stop = (i + room).min(input.len());
                while i < stop && !SPECIAL[usize::from(input[i])] {
                    i += 1;
                }
                self.cursor.tables.text_run(&input[pos + 1..i]);
                self.cursor.pos = self.put_run(input, pos + 1, i);
            }
        }
        true
    }

    /// Plain text at `pos` (first byte `b`): a full-width letter or digit as its ASCII form,
    /// else a run of bytes as they are.
    fn plain(&mut self, input: &[u8], pos: usize, b: u8) {
        if let Some(a) = fullwidth(&input[pos..]) {
            self.put(a, pos, 3);
            self.cursor.pos = pos + 3;
            return;
        }
        self.put(b, pos, 1);
        let room = WINDOW - STEP - self.len.min(WINDOW - STEP);
        let from = pos + 1;
        let stop = (from + room).min(input.len());
        let end = swar::find_byte(&input[from..stop], 0xEF).map_or(stop, |n| from + n);
        self.cursor.pos = self.put_run(input, from, end);
    }

    /// A character reference at `pos` (or a literal `&`).
    fn reference(&mut self, input: &[u8], pos: usize) {
        let Some((c, n)) = decode_reference(&input[pos..]) else {
            self.push(b'&', pos, 1);
            self.cursor.pos = pos + 1;
            return;
        };
        self.cursor.pos = pos + n;
        let width = u8::try_from(n).unwrap_or(u8::MAX);
        match c {
            ' ' | '\t' | '\n' | '\r' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{200A}' => {
                self.space(SPACE, pos)
            }
            c if is_invisible(c) => {}
            c => {
                let mut buf = [0u8; 4];
                for &b in c.encode_utf8(&mut buf).as_bytes() {
                    self.push(b, pos, width);
                }
            }
        }
    }

    /// A tag, comment or declaration at `pos` (or a literal `<`).
    fn tag(&mut self, input: &[u8], pos: usize) {
        let rest = &input[pos..];
        if rest.starts_with(b"<!--") {
            self.cursor.pos = find(input, pos + 4, b"-->").map_or(input.len(), |e| e + 3);
            return;
        }
        let next = rest.get(1).copied().unwrap_or(0);
        if next == b'!' || next == b'?' {
            self.cursor.pos = find(input, pos + 2, b">").map_or(input.len(), |e| e + 1);
            return;
        }
        let close = next == b'/';
        let name_at = pos + 1 + usize::from(close);
        if !input.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            self.push(b'<', pos, 1);
            self.cursor.pos = pos + 1;
            return;
        }
        let t = parse_tag(input, name_at);
        self.cursor.pos = t.end;
        let name = &t.name[..t.name_len];
        if !close && matches!(name, b"script" | b"style" | b"title" | b"xml") {
            // raw text up to the closing tag
            self.cursor.pos = closing(input, t.end, name);
            return;
        }
        match name {
            b"table" if close => self.cursor.tables.close_table(),
            b"table" => self.cursor.tables.open_table(),
            b"tr" => self.cursor.tables.end_row(),
            b"td" | b"th" if close => self.cursor.tables.end_cell(),
            b"td" | b"th" => {
                if let Some(c) = self.cursor.tables.open_cell() {
                    // the column's label, shown before the cell (the input offset of the
                    // cell's tag for each of its bytes)
                    self.space(CELL, pos);
                    for &b in &c.text[..usize::from(c.len)] {
                        self.push(b, pos, 1);
                    }
                    // (the label's bytes are no text of the cell)
                    self.cursor.tables.cell_len = 0;
                }
            }
            _ => {}
        }
        match kind(name) {
            Kind::Cell => self.space(CELL, pos),
            Kind::Block => self.space(BLOCK, pos),
            Kind::Break => self.space(LINE, pos),
            Kind::Link if close => {
                if let Some(link) = self.cursor.link.take() {
                    self.space(BLOCK, pos);
                    self.show(link);
                }
            }
            Kind::Link => {
                if let Some(link) = self.cursor.link.take() {
                    // a link left open: shown before the next one
                    self.space(BLOCK, pos);
                    self.show(link);
                }
                self.cursor.link = t
                    .href
                    .filter(|&(s, e)| e - s <= MAX_HREF && url::is_tracking_link(&input[s..e]));
                // the text of a link whose target is shown starts a block of its own: a span
                // across the opening tag would hold the target's matches
                if self.cursor.link.is_some() {
                    self.space(BLOCK, pos);
                }
            }
            Kind::Inline => {}
        }
    }
}

/// Calls `f` with each ASCII letter and digit of `span` as the text view shows it (tags
/// skipped, character references decoded): the normalised form of an HTML match.
pub(crate) fn visible_alnum(span: &[u8], mut f: impl FnMut(u8)) {
    let mut i = 0;
    while let Some(&b) = span.get(i) {
        match b {
            // the same reading of markup as `Builder::tag`
            b'<' if span[i..].starts_with(b"<!--") => {
                i = find(span, i + 4, b"-->").map_or(span.len(), |e| e + 3);
            }
            b'<' if matches!(span.get(i + 1), Some(b'!' | b'?')) => {
                i = find(span, i + 2, b">").map_or(span.len(), |e| e + 1);
            }
            b'<' => {
                let close = span.get(i + 1) == Some(&b'/');
                let name_at = i + 1 + usize::from(close);
                if !span.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
                    i += 1;
                    continue;
                }
                let t = parse_tag(span, name_at);
                let name = &t.name[..t.name_len];
                i = if !close && matches!(name, b"script" | b"style" | b"title" | b"xml") {
                    closing(span, t.end, name)
                } else {
                    t.end
                };
            }
            b'&' => match decode_reference(&span[i..]) {
                Some((c, n)) => {
                    if c.is_ascii_alphanumeric() {
                        f(c as u8);
                    }
                    i += n;
                }
                None => i += 1,
            },
            _ => i += alnum_at(span, i, &mut f),
        }
    }
}

/// Calls `f` with each ASCII letter and digit of a plain-text span, full-width ones as
/// ASCII: the normalised form of a plain-text match.
pub(crate) fn plain_alnum(span: &[u8], mut f: impl FnMut(u8)) {
    let mut i = 0;
    while i < span.len() {
        // a separator written as markup joins groups (raw HTML read as text)
        if matches!(span[i], b'&' | b'<') {
            if let Some((_, width)) = super::token::markup_at(&span[i..], 0) {
                i += width;
                continue;
            }
        }
        i += alnum_at(span, i, &mut f);
    }
}

/// Gives `f` the character at `span[i]` if it is a letter or digit, ASCII or full-width (as
/// ASCII); the bytes it takes.
fn alnum_at(span: &[u8], i: usize, f: &mut impl FnMut(u8)) -> usize {
    let (b, width) = match fullwidth(&span[i..]) {
        Some(a) => (a, 3),
        None => (span[i], 1),
    };
    if b.is_ascii_alphanumeric() {
        f(b);
    }
    width
}

/// How a tag separates text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Inline,
    Cell,
    Block,
    Break,
    Link,
}

/// The separator a tag name (lower case) stands for.
fn kind(name: &[u8]) -> Kind {
    match name {
        b"td" | b"th" => Kind::Cell,
        b"br" => Kind::Break,
        b"a" | b"area" => Kind::Link,
        n if super::token::is_block(n) => Kind::Block,
        _ => Kind::Inline,
    }
}

/// A parsed start or end tag.
struct Tag {
    /// Lower-case name (truncated to its first 12 bytes).
    name: [u8; 12],
    name_len: usize,
    /// The `href` value's range.
    href: Option<(usize, usize)>,
    /// Just after the closing `>` (the end of the input if there is none).
    end: usize,
}

/// Parses the tag whose name starts at `at`: name, attributes (quoted values may hold `>`),
/// up to its `>`.
fn parse_tag(input: &[u8], at: usize) -> Tag {
    let mut t = Tag { name: [0; 12], name_len: 0, href: None, end: input.len() };
    let mut i = at;
    while let Some(&b) = input.get(i) {
        if !(b.is_ascii_alphanumeric() || b == b':' || b == b'-') {
            break;
        }
        if t.name_len < t.name.len() {
            t.name[t.name_len] = b.to_ascii_lowercase();
            t.name_len += 1;
        }
        i += 1;
    }
    loop {
        // between attributes
        while input.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
            i += 1;
        }
        match input.get(i) {
            None => return t,
            Some(b'>') => {
                t.end = i + 1;
                return t;
            }
            Some(_) => {}
        }
        let name_start = i;
        while input
            .get(i)
            .is_some_and(|&b| !(b.is_ascii_whitespace() || matches!(b, b'=' | b'>' | b'/')))
        {
            i += 1;
        }
        if i == name_start {
            // a stray `=`
            i += 1;
            continue;
        }
        let href = input[name_start..i].eq_ignore_ascii_case(b"href");
        while input.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if input.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        // a quoted-printable body read undecoded writes the `=` as `=3D`
        if input
            .get(i..i + 3)
            .is_some_and(|q| super::url::qp_equals(&q[..2]) && matches!(q[2], b'"' | b'\''))
        {
            i += 2;
        }
        while input.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let (start, end) = match input.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let s = i + 1;
                let e = swar::find_byte(&input[s..], q).map_or(input.len(), |p| s + p);
                i = (e + 1).min(input.len());
                (s, e)
            }
            _ => {
                let s = i;
                while input.get(i).is_some_and(|&b| !(b.is_ascii_whitespace() || b == b'>')) {
                    i += 1;
                }
                (s, i)
            }
        };
        if href && t.href.is_none() {
            // leading and trailing white space inside the quotes is no part of the URL
            let v = &input[start..end];
            let lead = v.iter().take_while(|b| b.is_ascii_whitespace()).count();
            let trail = v[lead..].iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
            t.href = Some((start + lead, end - trail));
        }
    }
}

/// Just after the `>` of the `</name` that closes a raw-text element opened before `from`.
fn closing(input: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(p) = find(input, i, b"</") {
        let n = p + 2;
        let after = input.get(n + name.len()).copied();
        if input.get(n..n + name.len()).is_some_and(|s| s.eq_ignore_ascii_case(name))
            && !after.is_some_and(|b| b.is_ascii_alphanumeric())
        {
            return find(input, n, b">").map_or(input.len(), |e| e + 1);
        }
        i = n;
    }
    input.len()
}

/// Position of the first `needle` at or after `from`.
fn find(input: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = input.get(from..)?;
    let first = needle[0];
    let mut i = 0;
    while let Some(p) = swar::find_byte(&hay[i..], first) {
        let at = i + p;
        if hay[at..].starts_with(needle) {
            return Some(from + at);
        }
        i = at + 1;
    }
    None
}

/// Bytes that end a run of ordinary text.
static SPECIAL: [bool; 256] = byte_table(b"<&= \t\n\r\x0C\xC2\xCD\xE2\xEF");

/// If `rest` starts with a full-width digit, letter, hyphen-minus or full stop (U+FF10–FF19,
/// U+FF21–FF3A, U+FF41–FF5A, U+FF0D, U+FF0E: Japanese and Chinese text often writes numbers
/// so), its ASCII form; each is three bytes in UTF-8.
pub(crate) fn fullwidth(rest: &[u8]) -> Option<u8> {
    match rest {
        [0xEF, 0xBC, b @ 0x90..=0x99, ..] => Some(b'0' + (b - 0x90)),
        [0xEF, 0xBC, b @ 0xA1..=0xBA, ..] => Some(b'A' + (b - 0xA1)),
        [0xEF, 0xBD, b @ 0x81..=0x9A, ..] => Some(b'a' + (b - 0x81)),
        [0xEF, 0xBC, 0x8D, ..] => Some(b'-'),
        [0xEF, 0xBC, 0x8E, ..] => Some(b'.'),
        _ => None,
    }
}

/// Whether `text` holds a full-width letter or digit ([`fullwidth`]): the `0xEF` bytes that
/// start them are found eight bytes at a time.
pub(crate) fn has_fullwidth(text: &[u8]) -> bool {
    let mut from = 0;
    while let Some(at) = next_ef(text, from) {
        if fullwidth(&text[at..]).is_some_and(|a| a.is_ascii_alphanumeric()) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// The first `0xEF` byte at or after `from` ([`swar::find_byte`]).
fn next_ef(text: &[u8], from: usize) -> Option<usize> {
    swar::find_byte(text.get(from..)?, 0xEF).map(|p| from + p)
}

/// Characters that take no room: zero-width spaces and joiners, word joiner, byte order mark,
/// soft hyphen, combining grapheme joiner (used to pad preview text).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{34F}')
}

/// If `rest` starts with an invisible character (UTF-8), its length.
fn invisible(rest: &[u8]) -> Option<usize> {
    let n = match rest.first()? {
        0xC2 | 0xCD => 2,
        0xE2 | 0xEF => 3,
        _ => return None,
    };
    let c = core::str::from_utf8(rest.get(..n)?).ok()?.chars().next()?;
    is_invisible(c).then_some(n)
}

/// If `rest` starts with the soft line break of quoted-printable mail (`=` at the end of a
/// line, RFC 2045 section 6.7) in a message read undecoded, its length: the line was cut
/// there for transport only, and the view shows nothing of it (as the plain-text reading
/// joins the two sides, [`Sep::Invisible`](super::token::Sep::Invisible)).
fn soft_break(rest: &[u8]) -> Option<usize> {
    match rest {
        [b'=', b'\n', ..] => Some(2),
        [b'=', b'\r', b'\n', ..] => Some(3),
        _ => None,
    }
}

/// Named references decoded (the ones mail templates use; others stay as written).
const NAMED_ARRAY: [(&str, char); NAMED_LEN] = [
    ("nbsp", '\u{A0}'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("hairsp", '\u{200A}'),
    ("zwsp", '\u{200B}'),
    ("ZeroWidthSpace", '\u{200B}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("NoBreak", '\u{2060}'),
    ("shy", '\u{AD}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hyphen", '‐'),
    ("dash", '‐'),
    ("middot", '·'),
    ("bull", '•'),
    ("hellip", '…'),
    ("colon", ':'),
    ("num", '#'),
    ("period", '.'),
    ("comma", ','),
    ("sol", '/'),
    ("lpar", '('),
    ("rpar", ')'),
    ("deg", '°'),
    ("ordm", 'º'),
    ("ordf", 'ª'),
    ("numero", '№'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("sbquo", '‚'),
    ("bdquo", '„'),
    ("rarr", '→'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("aring", 'å'),
    ("aelig", 'æ'),
    ("ccedil", 'ç'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("oacute", 'ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("oslash", 'ø'),
    ("uacute", 'ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("szlig", 'ß'),
    ("Aacute", 'Á'),
    ("Agrave", 'À'),
    ("Auml", 'Ä'),
    ("Aring", 'Å'),
    ("AElig", 'Æ'),
    ("Ccedil", 'Ç'),
    ("Eacute", 'É'),
    ("Egrave", 'È'),
    ("Iacute", 'Í'),
    ("Ntilde", 'Ñ'),
    ("Oacute", 'Ó'),
    ("Ouml", 'Ö'),
    ("Oslash", 'Ø'),
    ("Uacute", 'Ú'),
    ("Uuml", 'Ü'),
];
const NAMED_LEN: usize = 92;
static NAMED: &[(&str, char)] = &NAMED_ARRAY;

/// [`NAMED`]'s names as integers (see [`name_key`]), in the same order.
static NAMED_KEYS: [u128; NAMED_LEN] = {
    let mut keys = [0u128; NAMED_LEN];
    let mut i = 0;
    while i < NAMED_LEN {
        keys[i] = name_key(NAMED_ARRAY[i].0.as_bytes());
        i += 1;
    }
    keys
};

/// A reference name of at most 16 bytes as one integer (its bytes, little-endian,
/// zero-padded): compared in one step instead of byte by byte.
const fn name_key(name: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < name.len() && i < 16 {
        k |= (name[i] as u128) << (8 * i);
        i += 1;
    }
    k
}

/// Names that may be written without the closing `;` (HTML's legacy references).
const LEGACY: &[&str] = &["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"];

/// The character a reference at the start of `rest` (`&…`) stands for, and its length.
pub(crate) fn decode_reference(rest: &[u8]) -> Option<(char, usize)> {
    // the references mails are full of (a preheader padded with `&zwnj;&nbsp;`), told first
    for (reference, c) in [("&nbsp;", '\u{A0}'), ("&zwnj;", '\u{200C}')] {
        if rest.starts_with(reference.as_bytes()) {
            return Some((c, reference.len()));
        }
    }
    if rest.get(1) == Some(&b'#') {
        let hex = matches!(rest.get(2), Some(b'x' | b'X'));
        let digits_at = if hex { 3 } else { 2 };
        let radix = if hex { 16 } else { 10 };
        let mut v: u32 = 0;
        let mut i = digits_at;
        let digit = |b: u8| match b {
            b'0'..=b'9' => Some(u32::from(b - b'0')),
            b'a'..=b'f' if hex => Some(u32::from(b - b'a') + 10),
            b'A'..=b'F' if hex => Some(u32::from(b - b'A') + 10),
            _ => None,
        };
        while let Some(d) = rest.get(i).and_then(|&b| digit(b)) {
            if i - digits_at >= 8 {
                return None;
            }
            v = v * radix + d;
            i += 1;
        }
        if i == digits_at {
            return None;
        }
        if rest.get(i) == Some(&b';') {
            i += 1;
        }
        let c = match v {
            0 => '\u{FFFD}',
            _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return Some((c, i));
    }
    let name_len = rest[1..].iter().take(15).take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = &rest[1..1 + name_len];
    if rest.get(1 + name_len) == Some(&b';') {
        let key = name_key(name);
        if let Some(k) = NAMED_KEYS.iter().position(|&n| n == key) {
            return Some((NAMED[k].1, name_len + 2));
        }
    }
    // a legacy name without its `;`, followed by anything (`&nbspx`, `&amp`)
    let legacy = LEGACY.iter().find(|n| name.starts_with(n.as_bytes()))?;
    let (_, c) = NAMED.iter().find(|(n, _)| n == legacy)?;
    Some((*c, legacy.len() + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::String;
    use std::vec::Vec;

    proptest::proptest! {
        #[test]
        fn next_ef_finds_the_first_0xef(
            bytes in proptest::collection::vec(proptest::prop_oneof![
                proptest::strategy::Just(0xEFu8), proptest::strategy::Just(0xEEu8),
                proptest::strategy::Just(0xF0u8), proptest::strategy::Just(0u8), 0u8..=255,
            ], 0..100),
            from in 0usize..104,
        ) {
            let naive = bytes.get(from..).and_then(|r| r.iter().position(|&b| b == 0xEF)).map(|p| p + from);
            proptest::prop_assert_eq!(next_ef(&bytes, from), naive);
        }
    }

    #[test]
    fn full_width_letters_and_digits_are_found() {
        assert!(has_fullwidth("伝票番号：１２３".as_bytes()));
        assert!(has_fullwidth("ｘ".as_bytes()));
        // a full-width colon or a byte order mark is no letter or digit
        assert!(!has_fullwidth("番号：123 \u{feff}".as_bytes()));
        assert!(!has_fullwidth(b"plain ASCII"));
        assert_eq!(fullwidth("－".as_bytes()), Some(b'-'));
        assert_eq!(fullwidth("Ｚ".as_bytes()), Some(b'Z'));
        assert_eq!(fullwidth("９".as_bytes()), Some(b'9'));
        assert_eq!(fullwidth("：".as_bytes()), None);
    }

    /// The whole text view of `html`, and the offset map, by filling windows one after another
    /// (the parts of each window up to the next window's start).
    fn view(html: &str) -> (String, Vec<usize>) {
        let input = html.as_bytes();
        let mut v: View<()> = View::new(input, true);
        let (mut out, mut map) = (Vec::new(), Vec::new());
        loop {
            let upto = match v.restart {
                Some((_, base)) if !v.done => base - v.base,
                _ => v.len,
            };
            out.extend_from_slice(&v.out[..upto]);
            map.extend_from_slice(&v.map[..upto]);
            let Some((cursor, base)) = v.restart.take().filter(|_| !v.done) else { break };
            v.cursor = cursor;
            v.base = base;
            v.fill(input);
        }
        (String::from_utf8(out).unwrap(), map)
    }

    #[test]
    fn text_view() {
        let cases = [
            ("<p>Hello <b>world</b></p>", "Hello world"),
            ("1Z<b>999</b>AA1", "1Z999AA1"),
            ("a&nbsp;b&amp;c&#49;&#x32;", "a\u{a0}b&c12"),
            ("a&#8203;b&zwnj;c\u{200b}d", "abcd"),
            ("<td>Tracking:</td><td>123</td>", "Tracking:\t123"),
            ("<p>one</p>\n\n   <p>two</p>", "one\t\ntwo"),
            ("a<br>b", "a\nb"),
            ("a<script>var x = '<b>1Z</b>';</script>b", "ab"),
            ("a<style>.x{width:600px}</style>b", "ab"),
            ("a<!-- 1234 -->b<!--[if mso]>x<![endif]-->c", "abc"),
            ("a<title>T</title>b", "ab"),
            ("x < y", "x < y"),
            ("AT&T &foo; &amp", "AT&T &foo; &"),
            ("<img alt=\"1Z999AA10123456784\" src=x>a", "a"),
            ("  lead  ", "lead"),
        ];
        for (html, want) in cases {
            assert_eq!(view(html).0, want, "{html:?}");
        }
    }

    #[test]
    fn a_column_s_label_is_shown_before_each_cell_below_it() {
        let shown = |html: &str| view(html).0;
        // a header row (two cells or more, no digit) with a label: each cell of that column
        // in the rows below gets the header's text before it, in a cell of its own
        let table = "<table><tr><th>Item</th><th><b>Tracking #</b></th><th>Shipped</th></tr>\
                     <tr><td>Boots</td><td>60532187449</td><td>Dec 3</td></tr>\
                     <tr><td>Socks</td><td>61018324783</td><td>Dec 4</td></tr></table>";
        assert_eq!(
            shown(table),
            "Item\tTracking #\tShipped\t\nBoots\tTracking #\t60532187449\tDec 3\t\n\
             Socks\tTracking #\t61018324783\tDec 4"
        );
        // a header in the first column, inside a layout table, with `<thead>` and `<tbody>`
        let nested = "<table><tr><td><table><thead><tr><td>Sendungsnummer</td><td>Versand</td>\
                      </tr></thead><tbody><tr><td>0034 0434</td><td>3.12.</td></tr></tbody>\
                      </table></td></tr></table>";
        assert!(shown(nested).contains("Sendungsnummer\t0034 0434\t3.12."), "{}", shown(nested));
        // the offsets of the label's copy are the cell tag's: the view stays in input order
        let (v, map) = view(table);
        assert_eq!(map.len(), v.len());
        assert!(map.windows(2).all(|w| w[0] <= w[1]));
        // not a header row: a label and its value side by side (a digit in the row), one cell
        // a row (a layout), a cell of more than a label, a table inside the header cell
        for html in [
            "<table><tr><td>Tracking number</td><td>1Z999AA10123456784</td></tr>\
             <tr><td>Order number</td><td>12345678901</td></tr></table>",
            "<table><tr><td>Tracking number</td></tr><tr><td>x</td></tr>\
             <tr><td>Call 0800 123 4567</td></tr></table>",
            "<table><tr><th>Tracking number and date</th><th>Date</th></tr>\
             <tr><td>60532187449</td><td>Dec 3</td></tr></table>",
            "<table><tr><th><table><tr><td>Tracking number</td></tr></table></th><th>Date</th>\
             </tr><tr><td>60532187449</td><td>Dec 3</td></tr></table>",
        ] {
            assert_eq!(shown(html).matches("Tracking number").count(), 1, "{}", shown(html));
        }
        // a cell of more than `CELL_TEXT` bytes of text is no label, and its row no header
        for (filler, labelled) in [(CELL_TEXT - 15, true), (CELL_TEXT - 14, false)] {
            let mut t = Tables::NEW;
            t.open_table();
            t.open_cell();
            std::format!("{}Tracking number", " ".repeat(filler)).bytes().for_each(|b| t.text(b));
            t.open_cell();
            t.end_row();
            assert_eq!(t.table().and_then(|t| t.label).is_some(), labelled, "{filler}");
        }
        // the header's table only: a table after it, or one nested in its cells, is not
        // labelled by it
        let after = "<table><tr><th>Tracking number</th><th>Date</th></tr></table>\
                     <table><tr><td>60532187449</td><td>Dec 3</td></tr></table>";
        assert_eq!(shown(after).matches("Tracking number").count(), 1);
        // tables nested deeper than `TABLE_DEPTH` are not followed
        let deep = std::format!(
            "{}<table><tr><th>Tracking number</th><th>Date</th></tr><tr><td>60532187449</td>\
             <td>Dec 3</td></tr></table>",
            "<table><tr><td>".repeat(TABLE_DEPTH)
        );
        assert_eq!(shown(&deep).matches("Tracking number").count(), 1);
        let followed = std::format!(
            "{}<table><tr><th>Tracking number</th><th>Date</th></tr><tr><td>60532187449</td>\
             <td>Dec 3</td></tr></table>",
            "<table><tr><td>".repeat(TABLE_DEPTH - 1)
        );
        assert_eq!(shown(&followed).matches("Tracking number").count(), 2);
    }

    #[test]
    fn tracking_links_are_shown_after_their_text() {
        let html = "<p>Track: <a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">here</a>.</p>";
        let (v, map) = view(html);
        assert_eq!(
            v,
            "Track:\t\nhere\t\nhttps://www.ups.com/track?tracknum=1Z999AA10123456784\t\n."
        );
        let at = v.find("https").unwrap();
        assert_eq!(&html[map[at]..map[at] + 5], "https");
        let other = "<a href=\"https://shop.example.com/orders/1234567890\">order</a>";
        assert_eq!(view(other).0, "order");
    }

    #[test]
    fn offsets_point_into_the_input() {
        let html = "<td>X&nbsp;1Z<b>999</b></td>";
        let (v, map) = view(html);
        assert_eq!(v, "X\u{a0}1Z999");
        assert_eq!(map[0], 4);
        assert_eq!(map[1], 5);
        assert_eq!(map[2], 5);
        assert_eq!(map[3], 11);
        assert_eq!(map[5], 16);
    }

    #[test]
    fn windows_join_seamlessly() {
        // long inputs: the windows' parts concatenate to the view of the whole
        let mut html = String::new();
        for i in 0..3000 {
            html.push_str(&std::format!("<tr><td>row {i}</td><td>&nbsp;value&#32;{i}</td></tr>\n"));
        }
        let (v, map) = view(&html);
        assert!(v.starts_with("row 0\t\u{a0}value 0\t\nrow 1\t"), "{}", &v[..40]);
        assert!(v.ends_with("row 2999\t\u{a0}value 2999"), "{}", &v[v.len() - 40..]);
        for i in [0, 1, 700, 1500, 2999] {
            assert!(
                v.contains(&std::format!("\nrow {i}\t\u{a0}value {i}\t")) || i == 0 || i == 2999
            );
        }
        assert_eq!(map.len(), v.len());
        assert!(map.windows(2).all(|w| w[0] <= w[1]));
    }

    #[cfg(feature = "std")]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        /// The windows find what one scan of the whole text view finds, at the same offsets.
        #[test]
        fn windows_agree_with_the_whole_view(
            parts in proptest::collection::vec(proptest::sample::select(std::vec![
                "<p>", "</p>", "<td>", "</td>", "<br>", "<b>", "</b>", " ", "\n", "&nbsp;",
                "&amp;", "Tracking: ", "DHL ", "order 4711 ", "1Z999AA10123456784",
                "RB 123 456 785 GB", "3318810025", "12345678901234", "TBA000000000000",
                "<script>1Z999AA10123456784</script>", "<!-- RB123456785GB -->", "lorem ipsum ",
                "<a href=\"https://www.dhl.com/x?tracking-id=3318810025\">link</a>", "&#8203;",
                "<a href=\"https://www.dhl.com/x?tracking-id=3318810025\">1Z999AA10123456784</a>",
                "<table>", "</table>", "<tr>", "</tr>", "<th>Tracking number</th>",
                "<th>Date</th>", "<td>60532187449</td>", "<td>Sendungsnummer</td>",
            ]), 0..1500),
        ) {
            use crate::scan::engine::tests::{Toy, DEFAULT};
            let html = parts.concat();
            let input = html.as_bytes();
            let (text, map) = view(&html);
            let mut whole = std::vec::Vec::new();
            let mut st = State::new();
            while let Some(f) = engine::next(text.as_bytes(), &Toy, &DEFAULT, &mut st) {
                whole.push((map[f.start], f.item));
            }
            // reported in input order (a link's `href` is shown after its text)
            whole.sort_by_key(|&(start, _)| start);
            let mut windows = std::vec::Vec::new();
            let mut v: View<crate::scan::engine::tests::T> = View::new(input, true);
            while let Some(f) = v.next(input, &Toy, &DEFAULT) {
                windows.push((f.start, f.item));
            }
            proptest::prop_assert_eq!(windows, whole);
        }
    }

    #[test]
    fn references() {
        assert_eq!(decode_reference(b"&nbsp;x"), Some(('\u{a0}', 6)));
        assert_eq!(decode_reference(b"&nbspx"), Some(('\u{a0}', 5)));
        assert_eq!(decode_reference(b"&zwnj;&nbsp;"), Some(('\u{200c}', 6)));
        // every name of the table, as the fast path would read it too
        for (name, c) in NAMED {
            let r = std::format!("&{name};");
            assert_eq!(decode_reference(r.as_bytes()), Some((*c, r.len())), "{r}");
        }
        assert_eq!(decode_reference(b"&eacute"), None);
        assert_eq!(decode_reference(b"&#160;"), Some(('\u{a0}', 6)));
        assert_eq!(decode_reference(b"&#xA0"), Some(('\u{a0}', 5)));
        assert_eq!(decode_reference(b"&#;"), None);
        assert_eq!(decode_reference(b"&#123456789;"), None);
        assert_eq!(decode_reference(b"&#xD800;"), Some(('\u{FFFD}', 8)));
        assert_eq!(decode_reference(b"&"), None);
    }
}
