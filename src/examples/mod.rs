//! Checking runnable examples: each ```` ```python run ```` block that has an
//! ```` ```output ```` block must print exactly that output.
//!
//! A runner executes one example: CPython, and the Threadwise engine beside it,
//! each implementing [`ExampleRunner`].

pub mod cpython;
pub mod diff;
pub mod engine;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use thiserror::Error;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markdown::Example;
use crate::site::{Question, Site};

pub use cpython::CPython;
pub use engine::Engine;

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The program exited, with this status if it had one.
    Exited(Option<i32>),
    /// The program was stopped after this long.
    TimedOut(Duration),
}

/// What a runner saw: stdout and stderr interleaved as written, and the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunResult {
    /// Standard output and standard error, in the order they were written.
    pub output: String,
    /// How the run ended.
    pub outcome: Outcome,
}

/// A runner could not run a program at all (as opposed to the program failing).
#[derive(Debug, Error)]
#[error("{runner}: {message}")]
pub struct RunError {
    /// The runner's name.
    pub runner: String,
    /// What went wrong.
    pub message: String,
}

/// Runs one Python program as `main.py` with empty standard input.
pub trait ExampleRunner: Sync {
    /// The name shown in messages, e.g. `CPython 3.11.9`.
    fn name(&self) -> &str;
    /// Runs `source` and returns what it printed.
    fn run(&self, source: &str) -> Result<RunResult, RunError>;
}

/// The result of checking every example of a site against one runner.
#[derive(Debug, Default)]
pub struct ExampleReport {
    /// Examples whose output was compared.
    pub compared: usize,
    /// Runnable examples without a recorded output (not compared).
    pub without_output: usize,
    /// Mismatches, timeouts and runner failures.
    pub diagnostics: Diagnostics,
}

/// How many examples run at once: most examples sleep, so this can exceed the
/// core count without slowing anything down.
const PARALLEL_RUNS: usize = 4;

/// Runs every example that has a recorded output and compares.
pub fn check_examples(site: &Site, runner: &dyn ExampleRunner) -> ExampleReport {
    let mut report = ExampleReport::default();
    let mut jobs: Vec<(&Question, &Example)> = Vec::new();
    for q in &site.questions {
        for example in &q.body.examples {
            if example.output.is_some() {
                jobs.push((q, example));
            } else {
                report.without_output += 1;
            }
        }
    }
    report.compared = jobs.len();
    let next = AtomicUsize::new(0);
    let found = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..PARALLEL_RUNS.min(jobs.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((q, example)) = jobs.get(i) else {
                    break;
                };
                if let Some(d) = check_one(q, example, runner) {
                    if let Ok(mut found) = found.lock() {
                        found.push(d);
                    }
                }
            });
        }
    });
    report.diagnostics = Diagnostics(found.into_inner().unwrap_or_default());
    report.diagnostics.sort();
    report
}

fn check_one(q: &Question, example: &Example, runner: &dyn ExampleRunner) -> Option<Diagnostic> {
    let recorded = example.output.as_ref()?;
    let at = |message: String| {
        Diagnostic::at_offset(
            &q.source.path,
            &q.source.text,
            q.source.body_start + recorded.offset,
            message,
        )
    };
    let number = example.number;
    let name = runner.name();
    match runner.run(&example.source) {
        Err(e) => Some(at(format!("example {number}: could not run it: {e}"))),
        Ok(RunResult {
            outcome: Outcome::TimedOut(limit),
            output,
        }) => Some(at(format!(
            "example {number}: did not finish within {} s under {name}; output so far:\n{}",
            limit.as_secs(),
            diff::indent(&output)
        ))),
        Ok(result) if result.output != recorded.text => Some(at(format!(
            "example {number}: the recorded output differs from what {name} printed (- recorded, + {name}):\n{}",
            diff::lines(&recorded.text, &result.output)
        ))),
        Ok(_) => None,
    }
}
