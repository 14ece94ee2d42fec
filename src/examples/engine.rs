//! The Threadwise engine as an example runner, so `check` proves that what a
//! reader sees in the browser is what CPython recorded.

use std::time::Duration;

use threadwise_playground::engine::flow::Halt;
use threadwise_playground::engine::RunConfig;

use super::{ExampleRunner, Outcome, RunError, RunResult};
use crate::pyrun::run_captured;

/// Runs examples natively on the engine, with the browser's default limits.
#[derive(Debug)]
pub struct Engine {
    name: String,
}

impl Engine {
    /// The engine, named with its version.
    pub fn new() -> Engine {
        Engine {
            name: format!("the Threadwise engine {}", threadwise_playground::VERSION),
        }
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl ExampleRunner for Engine {
    fn name(&self) -> &str {
        &self.name
    }

    fn run(&self, source: &str) -> Result<RunResult, RunError> {
        let (outcome, output) =
            run_captured(source, RunConfig::default(), true).map_err(|e| RunError {
                runner: self.name.clone(),
                message: e.to_string(),
            })?;
        let outcome = match outcome.halt {
            Some(Halt::Budget(_) | Halt::TimeLimit(_)) => {
                Outcome::TimedOut(Duration::from_secs_f64(outcome.virtual_seconds.max(0.0)))
            }
            _ => Outcome::Exited(Some(outcome.exit_code)),
        };
        Ok(RunResult { output, outcome })
    }
}
