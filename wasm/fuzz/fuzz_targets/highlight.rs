//! The highlighter runs on every keystroke: it must never panic, and its spans
//! must be sorted, disjoint, non-empty and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use threadwise_playground::engine::highlight::highlight;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let spans = highlight(&src);
    let mut last_end = 0;
    for s in &spans {
        assert!(s.start < s.end, "{s:?}");
        assert!(s.start >= last_end, "overlap at {s:?}");
        assert!(s.end <= src.len());
        assert!(src.is_char_boundary(s.start) && src.is_char_boundary(s.end), "{s:?}");
        last_end = s.end;
    }
});
