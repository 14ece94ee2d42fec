//! The parser must never panic (nor overflow its stack) on any input, and
//! every error must point inside the source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use threadwise_playground::engine::error::CompileError;
use threadwise_playground::engine::parser::{parse_expression, parse_module};

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    for result in [parse_module(&src).err(), parse_expression(&src).err()] {
        let span = match result {
            Some(CompileError::Syntax(e)) => e.span,
            Some(CompileError::Unsupported { span, .. }) | Some(CompileError::TooDeep { span }) => span,
            None => continue,
        };
        assert!(span.start <= span.end && span.end as usize <= src.len() + 1, "{span:?}");
    }
});
