//! `track generate` and `track validate` (work in progress: replaced when its issue lands).

use crate::CmdResult;

/// Runs `track generate`.
pub fn run_generate(_args: &[String]) -> CmdResult {
    Err("this subcommand is not available in this build yet".into())
}

/// Runs `track validate`.
pub fn run_validate(_args: &[String]) -> CmdResult {
    Err("this subcommand is not available in this build yet".into())
}
