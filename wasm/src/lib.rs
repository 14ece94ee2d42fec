//! The Threadwise playground: a Python engine that simulates threads on a
//! virtual clock, and (on wasm32) the bindings that run it in a Web Worker.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod web;
