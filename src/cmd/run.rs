//! `threadwise run`: run a Python file on the engine natively, like `python3 FILE.py`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use threadwise::pyrun::timeline::{JsonLines, PlainOutput, Timeline};
use threadwise::pyrun::{exit_status, run_with};
use threadwise_playground::engine::RunConfig;

/// Arguments of `threadwise run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The Python file.
    pub file: PathBuf,
    /// Print the run as a per-thread timeline (output lines included) instead of plain output.
    #[arg(long, conflicts_with = "trace_json")]
    pub trace: bool,
    /// Print every event as one JSON array per line (the browser's wire format).
    #[arg(long)]
    pub trace_json: bool,
    /// Seed for the scheduler's switch points (not the program's `random`).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Deliver SIGINT (Ctrl-C) to the main thread at this many seconds of virtual time.
    #[arg(long, value_name = "SECONDS")]
    pub interrupt_at: Option<f64>,
    /// Stop the program after this many bytecode instructions.
    #[arg(long, default_value_t = 2_000_000_000)]
    pub max_instructions: u64,
}

/// Runs the file; the exit status is the program's, as `python3` would give.
pub fn run(args: RunArgs) -> anyhow::Result<ExitCode> {
    let source = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    if let Some(t) = args.interrupt_at {
        anyhow::ensure!(
            t.is_finite() && t >= 0.0,
            "--interrupt-at needs a number of seconds >= 0, not {t}"
        );
    }
    let config = RunConfig {
        filename: args.file.display().to_string(),
        seed: args.seed,
        trace: args.trace || args.trace_json,
        interrupt_at: args.interrupt_at,
        max_instructions: args.max_instructions,
        ..RunConfig::default()
    };
    let outcome = if args.trace {
        run_with(&source, config, || Timeline::new(std::io::stdout()))
    } else if args.trace_json {
        run_with(&source, config, || JsonLines::new(std::io::stdout()))
    } else {
        run_with(&source, config, || PlainOutput)
    }?;
    Ok(ExitCode::from(exit_status(&outcome)))
}
