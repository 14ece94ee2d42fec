//! The browser front of the engine: a step-by-step runner whose events cross to
//! JavaScript as JSON. Thin: everything of substance lives in `engine`.
//!
//! `wire` (the runner and its JSON) compiles everywhere so it is tested
//! natively; `bindings` exposes it with wasm-bindgen on wasm32.

pub mod wire;

#[cfg(target_arch = "wasm32")]
mod bindings;

#[cfg(target_arch = "wasm32")]
pub(crate) use bindings::stdlib_source;
