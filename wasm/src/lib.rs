//! The Threadwise playground: a Python engine that simulates threads on a
//! virtual clock, and (on wasm32) the bindings that run it in a Web Worker.

pub mod engine;
pub mod web;

/// The engine's version, as pages and `check` report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
