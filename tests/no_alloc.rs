//! The allocation proof: every hot path of the crate allocates nothing.
//!
//! One test binary with a counting global allocator. Counting is per thread (libtest runs
//! each test on its own thread and allocates for its own bookkeeping), and only while a
//! closure given to [`allocations`] runs. Covered: check-digit compute/verify, `parse`,
//! `is_valid`, `parse_lenient`, `detect` (iterated), the default and hinted answers, grouped/URL encoding,
//! `find_iter` over more than 1 MB of text (default, eager and extra-format scanners), and
//! custom-number generation, validation and parsing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write;

use tracking_number::check::{Algorithm, CheckDigit};
use tracking_number::custom::{CustomFormat, Date, Parts};
use tracking_number::scan::{Scanner, MAX_NORMALIZED};
use tracking_number::{detect, normalize, Carrier, ExtraFormat, Format, Grouped, TrackingNumber};

struct Counting;

thread_local! {
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

fn record() {
    // `try_with`: the allocator can run while thread-locals are being torn down.
    let _ = ARMED.try_with(|armed| {
        if armed.get() {
            let _ = COUNT.try_with(|c| c.set(c.get() + 1));
        }
    });
}

// SAFETY: every call is forwarded unchanged to the system allocator; we only count.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record();
        // SAFETY: same contract as ours.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as ours.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        record();
        // SAFETY: same contract as ours.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result and the number of allocations it made on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> (R, usize) {
    COUNT.with(|c| c.set(0));
    ARMED.with(|a| a.set(true));
    let r = std::hint::black_box(f());
    ARMED.with(|a| a.set(false));
    (r, COUNT.with(Cell::get))
}

#[test]
fn the_counter_counts() {
    let (v, n) = allocations(|| vec![1u8, 2, 3]);
    assert_eq!(v.len(), 3);
    assert_eq!(n, 1);
}

// ---- check digits ----

#[test]
fn check_digits_do_not_allocate() {
    let payload = b"3404338364426365934043383644";
    let ((), n) = allocations(|| {
        for &alg in Algorithm::ALL {
            let p: &[u8] = if alg == Algorithm::S10 { &payload[..8] } else { payload };
            let c = alg.compute(p).unwrap();
            let mut full = [0u8; 40];
            full[..p.len()].copy_from_slice(p);
            full[p.len()..p.len() + c.len()].copy_from_slice(c.as_bytes());
            let full = &full[..p.len() + c.len()];
            assert!(alg.verify(full));
            assert!(alg.validate(full).is_ok());
            assert!(alg.compute(b"12x").is_err() || alg.alphabet().contains(b'x'));
        }
    });
    assert_eq!(n, 0);
}

// ---- carriers ----

/// A fixed-size `fmt::Write` sink.
struct Sink {
    buf: [u8; 256],
    len: usize,
}

impl Write for Sink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(s.as_bytes());
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
fn carrier_hot_paths_do_not_allocate() {
    for format in Format::ALL {
        let s = format.example();
        let ((), n) = allocations(|| {
            assert!(format.is_valid(s));
            assert!(detect(s).any(|c| c.format() == *format));
        });
        assert_eq!(n, 0, "{format:?}");
    }
    for s in INPUTS {
        let ((), n) = allocations(|| {
            let c = detect(s);
            for cand in c {
                let _ = cand.number();
                let _ = cand.expected_check();
                let _ = cand.corrected();
            }
            let _ = c.is_ambiguous();
            let _ = c.accepted();
            let _ = c.best_for(&[Carrier::Fedex, Carrier::Gls]);
            let _ = TrackingNumber::parse_for(s, &[Carrier::Inpost]);
            let _ = TrackingNumber::is_valid(s);
            if let Ok(t) = TrackingNumber::parse(s) {
                let _ = (t.service(), t.country(), t.display_number(), t.check_digit());
                let mut buf = [0u8; Grouped::BUF_LEN];
                let _ = t.grouped().encode(&mut buf);
                let mut sink = Sink { buf: [0; 256], len: 0 };
                if let Some(u) = t.tracking_url() {
                    write!(sink, "{u}").unwrap();
                }
                write!(sink, "{}", t.grouped()).unwrap();
            }
            let _ = TrackingNumber::parse_lenient(s);
            let mut nb = [0u8; TrackingNumber::MAX_LEN];
            let _ = normalize(s, &mut nb);
        });
        assert_eq!(n, 0, "{s:?} allocated {n} times");
    }
}

// ---- scanner ----

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

#[test]
fn find_iter_over_megabytes_allocates_nothing() {
    let chunk = "Hello! UPS 1Z 999 AA1 01 2345 6784, Royal Mail RB123456785GB, \
                 tracking: 3318810025, https://www.fedex.com/fedextrack/?trknbr=986578788855 \
                 ref ACME-123456. Call (555) 123-4567, card 4111 1111 1111 1111, 2024-01-15.\n";
    let text = chunk.repeat(20_000);
    assert!(text.len() > 1_000_000);
    let scanner = Scanner::builder().extra(&Acme).build().unwrap();
    let eager = Scanner::builder().eager(true).build().unwrap();
    let (matches, n) = allocations(|| {
        let mut matches = 0usize;
        let mut buf = [0u8; MAX_NORMALIZED];
        for m in scanner.find_iter(&text) {
            matches += 1;
            let _ = m.normalized(&mut buf);
            let _ = m.number().map(|n| n.as_str().len());
        }
        matches += eager.find_iter(&text).count();
        matches += usize::from(tracking_number::is_match(&text));
        matches += tracking_number::find_iter(&text).count();
        matches
    });
    assert_eq!(n, 0, "{n} allocations for {matches} matches");
    // default with the extra format: 4 carrier numbers + ACME; eager: the 4 and two guesses
    // (`ACME-123456` and `123-4567` fit DHL Global Forwarding's weak shapes); the free
    // function: the 4
    assert_eq!(matches, 20_000 * (5 + 6 + 4) + 1);
}

// ---- custom numbers ----

#[test]
fn custom_numbers_do_not_allocate() {
    let orders: CustomFormat = "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}".parse().unwrap();
    let orders = orders.with_key(9).with_id("acme").unwrap();
    let shop: CustomFormat = "SHOP{rand:10:crockford}{check:mod37_36}".parse().unwrap();
    let d = Date::new(2024, 3, 5).unwrap();
    let typed = orders.from_sequence(42, Some(d)).unwrap().as_str().to_lowercase();
    let mut x = 1u64;
    let ((), n) = allocations(|| {
        for k in 0..1000u64 {
            let a = orders.from_sequence(k, Some(d)).unwrap();
            assert!(orders.is_valid(a.as_str()));
            assert_eq!(orders.parse(a.as_str()).unwrap().sequence(), Some(k));
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
        assert!(tracking_number::custom::detect_with(&typed, &[&orders]).best().is_some());
        let _ = orders.capacity();
        let _ = shop.collision_probability(1_000_000);
        let _ = orders.conflicts().count();
    });
    assert_eq!(n, 0);
}

#[path = "common/generators.rs"]
mod generators;
#[path = "common/identification_set.rs"]
mod identification_set;

#[test]
fn the_default_answer_allocates_nothing_on_the_identification_set() {
    let items = identification_set::set(11, 3, 40);
    let (accepted, n) = allocations(|| {
        let mut accepted = 0usize;
        for item in &items {
            let text = item.text();
            accepted += usize::from(TrackingNumber::parse_lenient(text).is_ok());
            let _ = TrackingNumber::parse_for(text, &[Carrier::Dhl, Carrier::Gls]);
        }
        accepted
    });
    assert_eq!(n, 0, "{n} allocations over {} strings", items.len());
    assert!(accepted > items.len() / 3);
}
