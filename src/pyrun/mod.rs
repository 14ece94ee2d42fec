//! Running Python natively on the Threadwise engine: `threadwise run` and the
//! engine's side of `threadwise check`.
//!
//! The engine is single-threaded and keeps Python calls off the Rust stack, but
//! parsing and some native protocols still recurse, so every run gets its own
//! OS thread with a generous stack.

pub mod timeline;

use std::sync::{Arc, Mutex};

use threadwise_playground::engine::trace::{Event, EventSink, Stream};
use threadwise_playground::engine::{Outcome, RunConfig, Session};

/// The stack each run's OS thread gets (address space only until touched).
const RUN_STACK: usize = 256 << 20;

/// A run could not happen at all (the OS refused a thread, or the engine panicked).
#[derive(Debug, thiserror::Error)]
pub enum NativeRunError {
    /// The run's thread could not be started.
    #[error("could not start the engine's thread: {0}")]
    Spawn(std::io::Error),
    /// The engine panicked: a bug in Threadwise, never the program's fault.
    #[error("the engine crashed (a bug in Threadwise, please report it)")]
    Panicked,
}

/// Runs `source` to the end, sending every event to the sink `make_sink` builds
/// on the run's thread (sinks need not be `Send`).
pub fn run_with<S, F>(
    source: &str,
    config: RunConfig,
    make_sink: F,
) -> Result<Outcome, NativeRunError>
where
    S: EventSink + 'static,
    F: FnOnce() -> S + Send + 'static,
{
    let source = source.to_string();
    let handle = std::thread::Builder::new()
        .name("threadwise-engine".into())
        .stack_size(RUN_STACK)
        .spawn(move || {
            let mut session = Session::new(&source, config, Box::new(make_sink()));
            session.run_to_end()
        })
        .map_err(NativeRunError::Spawn)?;
    handle.join().map_err(|_| NativeRunError::Panicked)
}

/// Runs `source` to the end and returns its output: stdout, or stdout and
/// stderr interleaved as a terminal shows them when `with_stderr`.
pub fn run_captured(
    source: &str,
    config: RunConfig,
    with_stderr: bool,
) -> Result<(Outcome, String), NativeRunError> {
    let output = Arc::new(Mutex::new(String::new()));
    let sink = Captured {
        output: Arc::clone(&output),
        with_stderr,
    };
    let outcome = run_with(source, config, move || sink)?;
    let text = output.lock().map(|o| o.clone()).unwrap_or_default();
    Ok((outcome, text))
}

/// Collects a run's output in memory (the engine's thread writes, the caller reads).
struct Captured {
    output: Arc<Mutex<String>>,
    with_stderr: bool,
}

impl EventSink for Captured {
    fn event(&mut self, e: Event) {
        if let Event::Output { stream, text, .. } = e {
            if stream == Stream::Stdout || self.with_stderr {
                if let Ok(mut out) = self.output.lock() {
                    out.push_str(&text);
                }
            }
        }
    }
}

/// The process exit status `python3` would end with for this outcome (an
/// uncaught KeyboardInterrupt ends it as SIGINT does: 130 in a shell).
pub fn exit_status(outcome: &Outcome) -> u8 {
    match outcome.exit_code {
        -2 => 130,
        code => (code & 0xff) as u8,
    }
}
