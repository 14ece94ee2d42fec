//! `threadwise run`: run a Python file on the engine natively.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `threadwise run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The Python file.
    pub file: PathBuf,
    /// Print the thread timeline.
    #[arg(long)]
    pub trace: bool,
    /// Seed for the scheduler's switch points.
    #[arg(long)]
    pub seed: Option<u64>,
}

/// Not yet available: the engine cannot run programs yet.
pub fn run(_args: RunArgs) -> anyhow::Result<ExitCode> {
    eprintln!("threadwise run: not yet available (the engine cannot run programs yet)");
    Ok(ExitCode::from(2))
}
