//! The Threadwise engine as an example runner, so `check` proves that what a
//! reader sees in the browser is what CPython recorded.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use threadwise_playground::engine::flow::Halt;
use threadwise_playground::engine::trace::{Event, EventSink};
use threadwise_playground::engine::RunConfig;

use super::{ExampleRunner, Outcome, RunError, RunResult};
use crate::pyrun::run_with;

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

/// Collects stdout and stderr interleaved, as a terminal would show them.
struct Collect(Arc<Mutex<String>>);

impl EventSink for Collect {
    fn event(&mut self, e: Event) {
        if let Event::Output { text, .. } = e {
            if let Ok(mut out) = self.0.lock() {
                out.push_str(&text);
            }
        }
    }
}

impl ExampleRunner for Engine {
    fn name(&self) -> &str {
        &self.name
    }

    fn run(&self, source: &str) -> Result<RunResult, RunError> {
        let output = Arc::new(Mutex::new(String::new()));
        let sink = Collect(Arc::clone(&output));
        let outcome =
            run_with(source, RunConfig::default(), move || sink).map_err(|e| RunError {
                runner: self.name.clone(),
                message: e.to_string(),
            })?;
        let output = output.lock().map(|o| o.clone()).unwrap_or_default();
        let outcome = match outcome.halt {
            Some(Halt::Budget(_) | Halt::TimeLimit(_)) => {
                Outcome::TimedOut(Duration::from_secs_f64(outcome.virtual_seconds.max(0.0)))
            }
            _ => Outcome::Exited(Some(outcome.exit_code)),
        };
        Ok(RunResult { output, outcome })
    }
}
