//! `track generate` and `track validate`: custom formats (order references, branded numbers).
//!
//! ```text
//! track generate '<pattern>' [--count N] [--seed S] [--from-sequence K] [--key KEY] [--date YYYY-MM-DD]
//! track validate '<pattern>' [--key KEY] [--date YYYY-MM-DD] [--lenient]   < numbers.txt
//! ```
//!
//! `generate` prints one number per line: random parts from ChaCha8 seeded with `--seed`
//! (a portable RNG: the same seed gives the same numbers everywhere; without `--seed` the
//! seed comes from the clock), sequence numbers K, K+1, … (default K = 1; permuted where the
//! pattern says `perm`, with `--key`), the date from `--date` (default: today, UTC).
//!
//! A pattern with a permuted sequence (`{seq:N:perm}`) needs `--key`: the numbers' counters
//! cannot be decoded (or made) without it, and a wrong key cannot be detected.
//!
//! `validate` reads numbers from standard input and prints one JSON object per line:
//! `{"input":…,"valid":bool,"error":…,"fields":{…}}` where `fields` holds the segments the
//! format has (`number` canonical, `date`, `sequence` un-permuted, `random`, `check`), or
//! `null` when the number is invalid. `--date` also requires the number's date segment to
//! be the bucket of that date; `--lenient` accepts lower case and missing separators.

use std::io::{BufWriter, Write};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tracking_number::check::CheckChars;
use tracking_number::custom::{CustomFormat, CustomNumber, Date, DateStamp, ParsedNumber, Parts};

use crate::CmdResult;

const GENERATE_USAGE: &str = "usage: track generate '<pattern>' [--count N] [--seed S] \
     [--from-sequence K] [--key KEY] [--date YYYY-MM-DD]";
const VALIDATE_USAGE: &str =
    "usage: track validate '<pattern>' [--key KEY] [--date YYYY-MM-DD] [--lenient] < numbers.txt";

/// Options shared by both subcommands.
struct Options {
    format: CustomFormat,
    count: u64,
    seed: Option<u64>,
    from_sequence: Option<u64>,
    date: Option<Date>,
    lenient: bool,
}

/// Parses a `u64` in decimal or `0x` hexadecimal.
fn parse_u64(name: &str, s: &str) -> Result<u64, String> {
    let parsed = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(&hex.replace('_', ""), 16),
        None => s.replace('_', "").parse(),
    };
    parsed.map_err(|_| format!("{name}: expected a number (decimal or 0x hex), found {s:?}"))
}

/// Parsed arguments, or `None` after `--help` was printed.
fn parse_args(args: &[String], usage: &str, generate: bool) -> Result<Option<Options>, String> {
    let mut pattern = None;
    let mut key = None;
    let mut opts = Options {
        format: "{seq:1}".parse().map_err(|e| format!("{e}"))?,
        count: 1,
        seed: None,
        from_sequence: None,
        date: None,
        lenient: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value =
            |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value; {usage}"));
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{usage}");
                return Ok(None);
            }
            "--key" => key = Some(parse_u64("--key", &value("--key")?)?),
            "--date" => {
                let v = value("--date")?;
                opts.date = Some(v.parse().map_err(|e| format!("--date {v:?}: {e}"))?);
            }
            "--count" if generate => opts.count = parse_u64("--count", &value("--count")?)?,
            "--seed" if generate => opts.seed = Some(parse_u64("--seed", &value("--seed")?)?),
            "--from-sequence" if generate => {
                opts.from_sequence = Some(parse_u64("--from-sequence", &value("--from-sequence")?)?)
            }
            "--lenient" if !generate => opts.lenient = true,
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other:?}; {usage}"))
            }
            other if pattern.is_none() => pattern = Some(other.to_string()),
            other => return Err(format!("unexpected argument {other:?}; {usage}")),
        }
    }
    let pattern = pattern.ok_or_else(|| format!("missing pattern; {usage}"))?;
    let format: CustomFormat = pattern.parse().map_err(|e| format!("pattern {pattern:?}: {e}"))?;
    opts.format = match key {
        Some(k) => format.with_key(k),
        None if format.needs_key() => {
            return Err(format!(
                "--key is required: the pattern {pattern:?} has a permuted sequence \
                 (a wrong key cannot be detected: use the one the numbers were made with)"
            ))
        }
        None => format,
    };
    Ok(Some(opts))
}

/// Today (UTC) from the system clock: the library itself never reads a clock.
fn today() -> Result<Date, String> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| format!("system clock before 1970: {e}"))?
        .as_secs();
    Date::from_unix_days((secs / 86_400) as i64).ok_or_else(|| "system clock out of range".into())
}

/// Runs `track generate`.
pub fn run_generate(args: &[String]) -> CmdResult {
    let Some(opts) = parse_args(args, GENERATE_USAGE, true)? else {
        return Ok(());
    };
    let f = opts.format;
    let date = match opts.date {
        Some(d) => Some(d),
        None if f.has_date() => Some(today()?),
        None => None,
    };
    let seed = match opts.seed {
        Some(s) => s,
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0),
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let first = opts.from_sequence.unwrap_or(1);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for k in 0..opts.count {
        let mut parts = Parts::new();
        if let Some(d) = date {
            parts = parts.date(d);
        }
        if f.has_sequence() {
            let n = first.checked_add(k).ok_or("sequence number overflows u64")?;
            parts = parts.sequence(n);
        }
        let n = f.generate_with_source(&parts, || rng.next_u64())?;
        writeln!(out, "{n}")?;
    }
    out.flush()?;
    Ok(())
}

/// One output line of `validate`, fields in the documented order; written from borrowed
/// values, so nothing is allocated per line.
#[derive(serde::Serialize)]
struct Line<'a> {
    input: &'a str,
    valid: bool,
    error: Option<Text<Problem>>,
    fields: Option<Fields<'a>>,
}

/// Why a line is not valid.
enum Problem {
    Parse(tracking_number::custom::NumberError),
    DateOutside(DateStamp, Date),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Parse(e) => e.fmt(f),
            Problem::DateOutside(stamp, d) => {
                write!(f, "date segment {stamp} does not contain {d}")
            }
        }
    }
}

/// A value written as its `Display` text.
struct Text<T>(T);

impl<T: std::fmt::Display> serde::Serialize for Text<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// The segments of a valid number (absent segments are left out).
#[derive(serde::Serialize)]
struct Fields<'a> {
    number: Text<CustomNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<Text<DateStamp>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sequence: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    random: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    check: Option<Text<CheckChars>>,
}

fn fields(p: &ParsedNumber) -> Fields<'_> {
    Fields {
        number: Text(p.number()),
        date: p.date().map(Text),
        sequence: p.sequence(),
        random: (!p.random().is_empty()).then(|| p.random()),
        check: p.check().map(Text),
    }
}

/// A `validate` line that is not text.
#[derive(serde::Serialize)]
struct BadLine<'a> {
    input: &'a str,
    valid: bool,
    error: &'a str,
}

/// Runs `track validate`.
pub fn run_validate(args: &[String]) -> CmdResult {
    let Some(opts) = parse_args(args, VALIDATE_USAGE, false)? else {
        return Ok(());
    };
    let f = opts.format;
    let mut lines = crate::input::Lines::new(std::io::stdin().lock());
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    while let Some(line) = lines.next_any()? {
        let text = match line {
            Ok(text) => text,
            Err(bad) => {
                // a line that is not text: reported, and the run goes on
                let reason = bad.to_string();
                let lossy = String::from_utf8_lossy(lines.raw());
                let obj = BadLine { input: &lossy, valid: false, error: &reason };
                serde_json::to_writer(&mut out, &obj)?;
                out.write_all(b"\n")?;
                continue;
            }
        };
        let parsed = if opts.lenient { f.parse_lenient(text) } else { f.parse(text) };
        let written = match &parsed {
            Ok(p) => {
                let error = match (opts.date, p.date()) {
                    (Some(d), Some(stamp)) if !stamp.contains(d) => {
                        Some(Text(Problem::DateOutside(stamp, d)))
                    }
                    _ => None,
                };
                let obj =
                    Line { input: text, valid: error.is_none(), error, fields: Some(fields(p)) };
                serde_json::to_writer(&mut out, &obj)
            }
            Err(e) => {
                let obj = Line {
                    input: text,
                    valid: false,
                    error: Some(Text(Problem::Parse(*e))),
                    fields: None,
                };
                serde_json::to_writer(&mut out, &obj)
            }
        };
        written?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
