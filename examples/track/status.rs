//! `track status` (work in progress: replaced when its issue lands).

use crate::CmdResult;

/// Runs `track status`.
pub fn run(_args: &[String]) -> CmdResult {
    Err("this subcommand is not available in this build yet".into())
}
