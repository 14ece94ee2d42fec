//! Running any program must end (budget, limits) without a panic: errors are
//! Python exceptions or an engine halt, never a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use threadwise_playground::engine::{run, RunConfig};

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let config = RunConfig {
        max_instructions: 200_000,
        memory_limit: 64 << 20,
        output_limit: 1 << 16,
        time_limit: 60.0,
        ..RunConfig::default()
    };
    let _ = run(&src, config);
});
