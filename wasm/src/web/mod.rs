//! wasm-bindgen entry points. Thin: everything of substance lives in `engine`.

use wasm_bindgen::prelude::*;

/// Answers the page's first message so it knows the worker loaded the wasm.
#[wasm_bindgen]
pub fn engine_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
