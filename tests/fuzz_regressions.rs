//! The fuzz targets' properties without a fuzzer: crash inputs found by fuzzing (kept here as
//! regression tests) and edge cases, plus a deterministic random-input sweep. The long sweep
//! (`cargo test --release --test fuzz_regressions -- --ignored`) is the libFuzzer-free
//! harness for machines without a nightly toolchain.

#[path = "common/fuzz_props.rs"]
mod props;

/// Inputs that once broke a property, or sit on an edge the fuzzers like to find.
const REGRESSIONS: &[&str] = &[
    "",
    " ",
    "\u{a0}",
    "1Z",
    "1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z1Z",
    "1z 999 aa1 01 2345 6784",
    "RB 123 456 785 GB",
    "rb123456785gb\u{a0}",
    "9400 1112 0620 6406 2607 87",
    "4201002334249200190132607600833457",
    "42010023342492001901326076008334579",
    "0998 0000 0200 33 F",
    "008182709980000020033350276C",
    "73891051146",
    "986578788856",
    "12345678",
    "ÄÖÜ1Z999AA10123456784ß",
    "tracking: 33 1881 0025\r\n1Z 999 AA1\n01 2345 6784",
    "https://www.ups.com/track?tracknum=1Z999AA10123456784",
    "-.-.- 1-Z-9-9-9 . . .",
    "9999999999999999999999999999999999999999999999999999999999",
    "\u{0}\u{7f}\u{ffff}",
    // HTML mode: a quoted attribute value holding `>` (the match's normalised form once read
    // the tag differently from the text view)
    "2\n1\n111<a href=\n1\n111<a href=\"ii067j5\n1>22\"ii067j5\n1>2228",
    "<p>Tracking&nbsp;number:</p><td>1Z999AA1&#8203;0123456784</td><script>1Z999AA10123456784</script>",
    "<a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">track</a> < 1Z <!-- 1Z999AA10123456784 -->",
    // HTML mode: a span across the opening tag of a tracking link held the match read from
    // its target (overlapping spans); such a link's text now starts a block of its own
    "x 1Z999AA1<a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">0123456784</a>",
    "C202\u{0}22222222,1<a;=\rO 222,<a href=\"dungp>9909tps://wwW.dhl.de/&amp;9400-990=9 y\r5555558\u{fffd}22558&#55558 <a href=\"Se 02222222222,<a href=\"dungp>9909tps://wwW.dhl.de/&amp;9400",
    // HTML mode: a link's target is read after its text, so its spans come after the text's
    // (an unclosed quote makes the target run on)
    "02 <a href=\"Sendung8&&C 02222222222,02222://www.dhl.de/&amp;9400-990=29 99999HtUS<a href=\"dungp>9909tps://www.dhl.de/&amp;9400-990=9 a href=\"du",
    "<a href=\"https://www.ups.com/track?tracknum=1Z999AA10123456784\">1Z999AA10123456784</a> 1Z999AA10123456784",
];

/// Custom-format patterns on the edges of the pattern grammar.
const PATTERNS: &[&str] = &[
    "",
    "{",
    "}}",
    "{{}}",
    "{seq:0}",
    "{seq:19:perm}",
    "{seq:20}",
    "{rand:64:alnum}",
    "{check:luhn}",
    "{date:YYWW}{check:mod97_10}",
    "ACME-{date:YYMM}-{seq:6:perm}-{check:damm}",
    "SHOP{rand:10:crockford}{check:mod37_36}",
    "{seq:8}{check:s10}",
    "{rand:3:[AB]}{check:mod11_2}",
];

#[test]
fn regression_inputs_hold_every_property() {
    for s in REGRESSIONS {
        props::check(s.as_bytes());
        props::parse(s);
        props::detect_props(s);
        props::find_iter(s);
        for p in PATTERNS {
            props::custom(p, 7, 42, 1, s);
        }
    }
    #[cfg(feature = "serde")]
    {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/payloads");
        for entry in std::fs::read_dir(dir).expect("payload fixtures") {
            let bytes = std::fs::read(entry.expect("entry").path()).expect("fixture");
            props::payload(&bytes);
            // every prefix of a real document: truncated input
            for cut in (0..bytes.len()).step_by(97) {
                props::payload(&bytes[..cut]);
            }
        }
        for doc in [
            "null",
            "[]",
            "{}",
            r#"{"shipments":[{"events":[{"timestamp":"2026-02-30T00:00:00"}]}]}"#,
            r#"{"trackResponse":{"shipment":[{"package":[{"activity":[{"date":"2026","time":"99"}]}]}]}}"#,
            r#"{"data":{"accepted":[{"number":1e400}]}}"#,
        ] {
            props::payload(doc.as_bytes());
        }
    }
    #[cfg(feature = "alloc")]
    {
        props::status(&[], 1);
        props::status(&[0; 64], 2);
        props::status(&[255; 64], 3);
    }
    for p in PATTERNS {
        for seq in [0, 1, 999_999, u64::MAX] {
            props::custom(p, 0x5EED, seq, 9, p);
        }
    }
}

/// A small deterministic generator of fuzz-like strings: digits, letters, separators and
/// multi-byte characters, biased towards the shapes of tracking numbers.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn text(&mut self, max_len: usize) -> String {
        const PIECES: &[&str] = &[
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            "1Z",
            "RB",
            "GB",
            "US",
            "A",
            "Z",
            "X",
            " ",
            "-",
            ".",
            "\n",
            "\u{a0}",
            "é",
            "tracking ",
            "{",
            "}",
            "seq:",
            "rand:",
            "check:",
            "date:",
            "YYMM",
            "perm",
            "420",
            "94",
            "00",
            "JJD",
            "TBA",
            "%",
        ];
        let len = (self.next() % max_len as u64) as usize;
        (0..len).map(|_| PIECES[(self.next() % PIECES.len() as u64) as usize]).collect()
    }
}

fn sweep(cases: usize, seed: u64) {
    let mut g = Gen(seed);
    for _ in 0..cases {
        let s = g.text(40);
        props::check(s.as_bytes());
        props::parse(&s);
        props::detect_props(&s);
        let normalised: String =
            s.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_uppercase();
        props::parse(&normalised);
        props::detect_props(&normalised);
        props::find_iter(&g.text(120));
        let pattern = g.text(12);
        props::custom(&pattern, g.next(), g.next() % 1_000_000, g.next(), &s);
        #[cfg(feature = "alloc")]
        {
            let script: Vec<u8> = (0..(g.next() % 48)).map(|_| g.next() as u8).collect();
            props::status(&script, g.next());
        }
    }
}

#[test]
fn random_sweep() {
    sweep(20_000, 0x9E37_79B9_7F4A_7C15);
}

/// The libFuzzer-free harness: run with `--release -- --ignored` for a long sweep.
#[test]
#[ignore = "long: a fuzz-like sweep for machines without cargo-fuzz"]
fn long_random_sweep() {
    sweep(5_000_000, 0xD1B5_4A32_D192_ED03);
}
