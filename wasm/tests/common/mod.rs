//! Helpers shared by the integration tests.

// Each test binary uses a different part of these.
#![allow(dead_code)]

pub mod ast_dump;

use std::path::{Path, PathBuf};
use std::process::Command;

/// `python3` if it is CPython 3.11 (the reference these tests hold the parser to).
pub fn python311() -> Option<&'static str> {
    let out = Command::new("python3").arg("--version").output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .starts_with("Python 3.11")
        .then_some("python3")
}

/// Folder of the parser's test material.
pub fn syntax_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax")
}

/// Runs `f` on a thread with room for unoptimized builds, whose frames are
/// several times larger than release ones (the release budget is measured by
/// `examples/stack_probe.rs`).
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("test thread panicked")
}
