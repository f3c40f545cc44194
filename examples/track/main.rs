//! `track`: the crate from the command line.
//!
//! ```text
//! cargo run --example track -- detect   < numbers.txt   # one candidate per line -> JSON per line
//! cargo run --example track -- scan     < email.txt     # free text -> one JSON object per match
//! cargo run --example track -- generate '<pattern>' --count 5 --seed 1
//! cargo run --example track -- validate '<pattern>'     < numbers.txt
//! cargo run --example track -- status   < examples/events.jsonl
//! ```
//!
//! Every subcommand reads standard input, writes one JSON object per line to a buffered
//! standard output and exits non-zero on bad arguments. Each lives in its own file here.

mod custom;
mod detect;
mod scan;
mod status;

use std::process::ExitCode;

/// The result every subcommand returns: an error is printed on stderr, exit code 2.
pub type CmdResult = Result<(), Box<dyn std::error::Error>>;

const USAGE: &str =
    "usage: track <detect|scan|generate|validate|status> [options]  (see --help of each)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
        Err(e) => {
            eprintln!("track {cmd}: {e}");
            ExitCode::from(2)
        }
    }
}
