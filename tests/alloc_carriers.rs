//! `parse`, `parse_lenient`, `detect`, `is_valid`, `normalize`, grouping and URL encoding
//! allocate nothing: checked with a counting global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

use tracking_number::{
    detect, detect_with, normalize, ExtraFormat, Format, TrackingNumber, GROUPED_BUF_LEN,
};

/// An extra format for `detect_with`: 9 digits.
struct Nine;

impl ExtraFormat for Nine {
    fn id(&self) -> &str {
        "nine"
    }
    fn len_range(&self) -> (usize, usize) {
        (9, 9)
    }
    fn has_check(&self) -> bool {
        false
    }
    fn is_match(&self, s: &[u8]) -> bool {
        s.iter().all(u8::is_ascii_digit)
    }
}

struct Counting;

thread_local! {
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; we only count.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCS.with(|c| c.set(c.get() + 1));
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = ALLOCS.with(Cell::get);
    let r = f();
    (r, ALLOCS.with(Cell::get) - before)
}

/// A fixed-size `fmt::Write` sink.
struct Sink {
    buf: [u8; 256],
    len: usize,
}

impl Write for Sink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

const INPUTS: &[&str] = &[
    "1Z999AA10123456784",
    "1Z999AA10123456785",
    "RB123456785GB",
    "9400111206206406260787",
    "4201002334249200190132607600833457",
    "123456789012",
    "73891051146",
    "09980000020033F",
    "JJD0123456789012345",
    "NOT A NUMBER",
    "123456789",
    "",
    "ÄÖÜ",
    "99999999999999999999999999999999999999999999999999",
];

#[test]
fn hot_paths_do_not_allocate() {
    // warm up thread-locals and lazy statics outside the measured region
    let _ = TrackingNumber::parse("1Z999AA10123456784");
    let mut count_total = 0;
    for s in INPUTS {
        let ((), n) = allocations(|| {
            let c = detect(s);
            for cand in c {
                let _ = cand.number();
                let _ = cand.expected_check();
                let _ = cand.carrier();
            }
            let _ = c.is_ambiguous();
            for r in detect_with(s, &[&Nine]) {
                let _ = r.id();
            }
            let _ = TrackingNumber::is_valid(s);
            let _ = Format::Ups1Z.is_valid(s);
            if let Ok(t) = TrackingNumber::parse(s) {
                let _ = t.service();
                let _ = t.country();
                let _ = t.display_number();
                let mut buf = [0u8; GROUPED_BUF_LEN];
                let _ = t.grouped().encode(&mut buf);
                let mut sink = Sink {
                    buf: [0; 256],
                    len: 0,
                };
                if let Some(u) = t.tracking_url() {
                    write!(sink, "{u}").unwrap();
                }
                write!(sink, "{}", t.grouped()).unwrap();
            }
            let _ = TrackingNumber::parse_lenient(s);
            let mut nb = [0u8; TrackingNumber::MAX_LEN];
            let _ = normalize(s, &mut nb);
        });
        count_total += n;
        assert_eq!(n, 0, "{s:?} allocated {n} times");
    }
    assert_eq!(count_total, 0);
}

#[test]
fn the_counter_counts() {
    let (v, n) = allocations(|| vec![1u8, 2, 3]);
    assert_eq!(v.len(), 3);
    assert!(n >= 1);
}
