//! `track`: the crate from the command line.
//!
//! ```text
//! cargo run --example track -- detect   < numbers.txt   # one candidate per line -> JSON per line
//! cargo run --example track -- detect --carrier fedex < numbers.txt   # with a carrier hint
//! cargo run --example track -- scan     < email.txt     # free text -> one JSON object per match
//! cargo run --example track -- formats                  # the built-in formats, one per line
//! cargo run --example track -- generate '<pattern>' --count 5 --seed 1
//! cargo run --example track -- validate '<pattern>'     < numbers.txt
//! cargo run --example track -- status   < examples/events.jsonl
//! ```
//!
//! Every subcommand reads standard input, writes one JSON object per line to a buffered
//! standard output, prints `--help` on standard output (exit 0), and reports bad arguments
//! and unreadable input on standard error, naming the flag or the line (exit 2). A closed
//! standard output ends it quietly (exit 0). Each lives in its own file here.

mod custom;
mod detect;
mod formats;
mod input;
mod scan;
mod status;

use std::process::ExitCode;

/// The result every subcommand returns: an error is printed on stderr, exit code 2.
pub type CmdResult = Result<(), Box<dyn std::error::Error>>;

const USAGE: &str =
    "usage: track <detect|scan|formats|generate|validate|status> [options]  (see --help of each)";

fn main() -> ExitCode {
    let mut args = Vec::new();
    for (i, a) in std::env::args_os().skip(1).enumerate() {
        match a.into_string() {
            Ok(s) => args.push(s),
            Err(raw) => {
                eprintln!("track: argument {} is not valid UTF-8: {raw:?}", i + 1);
                return ExitCode::from(2);
            }
        }
    }
    let (cmd, rest) = match args.split_first() {
        Some((cmd, rest)) => (cmd.as_str(), rest),
        None => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match cmd {
        "detect" => detect::run(rest),
        "scan" => scan::run(rest),
        "formats" => formats::run(rest),
        "generate" => custom::run_generate(rest),
        "validate" => custom::run_validate(rest),
        "status" => status::run(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown subcommand {other:?}; {USAGE}").into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if input::is_broken_pipe(&*e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("track {cmd}: {e}");
            ExitCode::from(2)
        }
    }
}
