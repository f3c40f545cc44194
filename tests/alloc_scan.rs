//! `find_iter` allocates nothing: a counting global allocator around a scan of a large text
//! with thousands of matches (strong, weak with context, extra formats) and traps.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

use tracking_number::scan::{Scanner, MAX_NORMALIZED};
use tracking_number::ExtraFormat;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Only allocations of the measuring thread count (the test harness has threads too).
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

fn count() {
    if COUNTING.with(Cell::get) {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
    }
}

// SAFETY: forwards every call unchanged to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

struct Acme;

impl ExtraFormat for Acme {
    fn id(&self) -> &str {
        "acme"
    }
    fn len_range(&self) -> (usize, usize) {
        (10, 10)
    }
    fn has_check(&self) -> bool {
        false
    }
    fn is_match(&self, n: &[u8]) -> bool {
        n.starts_with(b"ACME") && n[4..].iter().all(u8::is_ascii_digit)
    }
}

/// Runs `f` and returns how many allocations it made on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

#[test]
fn find_iter_allocates_nothing() {
    let chunk = "Hello! UPS 1Z 999 AA1 01 2345 6784, Royal Mail RB123456785GB, \
                 tracking: 3318810025, https://www.fedex.com/fedextrack/?trknbr=986578788855 \
                 ref ACME-123456. Call (555) 123-4567, card 4111 1111 1111 1111, 2024-01-15.\n";
    let text = chunk.repeat(20_000);
    let scanner = Scanner::builder().extra(&Acme).build().unwrap();
    let eager = Scanner::builder().eager(true).build().unwrap();
    let mut matches = 0usize;
    let mut bytes = 0usize;
    let n = allocations(|| {
        let mut buf = [0u8; MAX_NORMALIZED];
        for m in scanner.find_iter(&text) {
            matches += 1;
            bytes += m.normalized(&mut buf).len() + m.as_str().len();
            if let Some(n) = m.number() {
                bytes += n.as_str().len();
            }
        }
        matches += eager.find_iter(&text).count();
        matches += usize::from(tracking_number::is_match(&text));
        matches += tracking_number::find_iter(&text).count();
    });
    assert_eq!(n, 0, "{n} allocations for {matches} matches");
    assert_eq!(matches, 20_000 * (5 + 4 + 4) + 1, "bytes {bytes}");
}

#[test]
fn the_counter_sees_allocations() {
    let n = allocations(|| {
        let v: Vec<u8> = Vec::with_capacity(std::hint::black_box(16));
        std::hint::black_box(v);
    });
    assert_eq!(n, 1);
}
