//! wasm-bindgen exports used by the worker and the page.

use wasm_bindgen::prelude::*;

use super::wire::{self, RunOptions};

/// The engine's version, for the page's first round trip.
#[wasm_bindgen]
pub fn engine_version() -> String {
    crate::VERSION.to_string()
}

/// Highlighted HTML of Python source.
#[wasm_bindgen]
pub fn highlight_html(src: &str) -> String {
    wire::highlight_html(src)
}

/// The first compile error as JSON, or `null`.
#[wasm_bindgen]
pub fn check_syntax(src: &str) -> String {
    wire::check_syntax(src)
}

/// A program run, advanced by `step`.
#[wasm_bindgen]
pub struct Runner(wire::Runner);

#[wasm_bindgen]
impl Runner {
    /// Compiles `source`; `seed` moves switch points, `trace` records events for the views.
    #[wasm_bindgen(constructor)]
    pub fn new(source: &str, seed: f64, trace: bool, stdin: &str, max_instructions: f64) -> Runner {
        let options = RunOptions {
            seed: seed.max(0.0) as u64,
            trace,
            stdin: stdin.to_string(),
            max_instructions: max_instructions.max(0.0) as u64,
        };
        Runner(wire::Runner::new(source, &options))
    }

    /// Runs up to `max_instructions`; `until_ns` < 0 means no time limit. Returns JSON.
    pub fn step(&mut self, max_instructions: f64, until_ns: f64) -> String {
        let until = if until_ns < 0.0 {
            None
        } else {
            Some(until_ns as u64)
        };
        self.0.step(max_instructions.max(1.0) as u64, until)
    }

    /// Sends SIGINT to the main thread.
    pub fn interrupt(&mut self) {
        self.0.interrupt();
    }

    /// Virtual nanoseconds so far.
    pub fn now(&mut self) -> f64 {
        self.0.now() as f64
    }
}

#[wasm_bindgen]
extern "C" {
    /// The worker's loader of standard library sources (`worker.js`): the
    /// module's text, or a thrown string saying why it could not be fetched.
    #[wasm_bindgen(catch, js_name = threadwiseStdlibSource)]
    fn threadwise_stdlib_source(name: &str) -> Result<String, JsValue>;
}

/// The source of the standard library module `name`, fetched by the worker.
pub(crate) fn stdlib_source(name: &str) -> Result<String, String> {
    threadwise_stdlib_source(name).map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| "the page gave no reason".to_string())
    })
}

/// The modules `source` imports anywhere, as a JSON list (empty when it does
/// not parse): the worker fetches those it has files for before a run.
#[wasm_bindgen]
pub fn imports_of(source: &str) -> String {
    wire::imports_json(source)
}
