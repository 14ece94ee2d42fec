//! The compiler must never panic on anything the parser accepts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use threadwise_playground::engine::compiler::compile_source;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let _ = compile_source(&src, "main.py");
});
