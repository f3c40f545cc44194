//! The floor every scanning bench is measured against, shared by `benches/scan.rs` and
//! `benches/mail.rs`.

/// The floor: classify every byte and count runs of ASCII letters and digits.
pub fn floor(text: &[u8]) -> usize {
    static CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = (i as u8).is_ascii_alphanumeric() as u8;
            i += 1;
        }
        t
    };
    let mut runs = 0;
    let mut prev = 0u8;
    for &b in text {
        let c = CLASS[b as usize];
        runs += usize::from(c & !prev);
        prev = c;
    }
    runs
}
