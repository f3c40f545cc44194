//! Generation, validation and parsing of custom-format numbers allocate nothing: a counting
//! global allocator watches the hot paths.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

use tracking_number::custom::{detect_with, CustomFormat, Date, Parts};
use tracking_number::ExtraFormat;

/// Counts allocations made by the armed thread (the test harness's own threads may allocate
/// at any time).
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static ARMED: Cell<bool> = const { Cell::new(false) };
}

fn armed() -> bool {
    ARMED.try_with(Cell::get).unwrap_or(false)
}

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if armed() {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if armed() {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn count<T>(f: impl FnOnce() -> T) -> (T, usize) {
    ALLOCATIONS.store(0, Ordering::SeqCst);
    ARMED.with(|a| a.set(true));
    let out = std::hint::black_box(f());
    ARMED.with(|a| a.set(false));
    (out, ALLOCATIONS.load(Ordering::SeqCst))
}

#[test]
fn hot_paths_do_not_allocate() {
    let orders: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}"
        .parse()
        .unwrap();
    let orders = orders.with_key(9).with_id("acme").unwrap();
    let shop: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse().unwrap();
    let d = Date::new(2024, 3, 5).unwrap();
    let n = orders.from_sequence(42, Some(d)).unwrap();
    let typed = n.as_str().to_lowercase().replace('-', " ");
    let normalised = n.as_str().replace('-', "");
    let mut x = 1u64;

    let ((), allocs) = count(|| {
        for k in 0..1000u64 {
            let a = orders.from_sequence(k, Some(d)).unwrap();
            assert!(orders.is_valid(a.as_str()));
            let p = orders.parse(a.as_str()).unwrap();
            assert_eq!(p.sequence(), Some(k));
            let b = shop
                .generate_with_source(&Parts::new(), || {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                    x
                })
                .unwrap();
            assert!(shop.parse(b.as_str()).is_ok());
            let c = shop.from_parts(&Parts::new().random("0123456789")).unwrap();
            assert!(shop.is_valid(c.as_str()));
        }
        assert!(orders.parse_lenient(&typed).is_ok());
        assert!(orders.parse("ACME-2403-000042-X").is_err());
        assert!(orders.is_match(normalised.as_bytes()));
        assert!(!orders.is_match(b"ACME2403"));
        assert!(detect_with(&typed, &[&orders]).best().is_some());
        assert!(detect_with("1Z999AA10123456784", &[&orders])
            .best()
            .is_some());
        let _ = orders.capacity();
        let _ = shop.collision_probability(1_000_000);
        let _: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}"
            .parse()
            .unwrap();
        let _ = orders.conflicts().count();
    });
    assert_eq!(allocs, 0);
}
