//! The real `content/` folder: it must pass `check`, examples included.

use std::path::Path;

use threadwise::examples::{check_examples, CPython, Engine, ExampleRunner};
use threadwise::site::{Site, SiteSource};

#[test]
fn real_content_passes_check() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let questions = std::fs::read_dir(&content)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.ends_with(".md") && !name.eq_ignore_ascii_case("README.md")
                })
                .count()
        })
        .unwrap_or(0);
    if questions == 0 {
        println!("skipped: content/ has no questions yet");
        return;
    }
    let site = Site::load(&SiteSource {
        content_dir: content,
        base_url: None,
    })
    .unwrap_or_else(|e| panic!("content/ does not pass check:\n{e}"));
    assert_eq!(site.questions.len(), questions);
    // The engine runs everywhere: every example must print what CPython recorded.
    let engine = Engine::new();
    let report = check_examples(&site, &engine);
    assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
    assert!(report.compared > 0, "no example had a recorded output");
    println!("{} examples matched {}", report.compared, engine.name());
    match CPython::detect() {
        Some(cpython) => {
            let report = check_examples(&site, &cpython);
            assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
            println!("{} examples matched {}", report.compared, cpython.name());
        }
        None => println!("skipped: python3 is not on PATH, examples not run"),
    }
}
