//! The lexer, in both modes, must never panic and must produce tokens that are
//! in order, inside the source and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use threadwise_playground::engine::lexer::{tokenize, tokenize_lenient};

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let lexed = tokenize(&src);
    let lenient = tokenize_lenient(&src, 0, src.len(), false);
    for toks in [&lexed.tokens, &lenient] {
        let mut last = 0u32;
        for t in toks.iter() {
            assert!(t.start <= t.end, "{t:?}");
            assert!(t.end as usize <= src.len(), "{t:?}");
            assert!(t.start >= last, "tokens out of order at {t:?}");
            assert!(src.is_char_boundary(t.start as usize) && src.is_char_boundary(t.end as usize));
            last = t.start;
        }
    }
});
