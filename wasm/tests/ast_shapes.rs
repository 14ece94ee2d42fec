//! The AST of tricky constructs: each `tests/syntax/shapes/<case>.py` must
//! parse to what CPython 3.11's `ast.parse` gives, as recorded in `<case>.ast`
//! by `tests/syntax/ast_dump.py --record` (positions included). Where `python3`
//! is installed, the recordings are checked against it live as well.

mod common;

use std::process::Command;

use common::ast_dump::dump_module;
use threadwise_playground::engine::parser::parse_tree;

#[test]
fn shapes_match_cpython() {
    let dir = common::syntax_dir().join("shapes");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("shapes folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let src = std::fs::read_to_string(case).expect("read case");
        let want = std::fs::read_to_string(case.with_extension("ast")).expect("recording");
        let name = case.file_name().map(|n| n.to_string_lossy().to_string());
        match parse_tree(&src) {
            Ok(m) => {
                let got = dump_module(&src, &m);
                if got != want {
                    let (i, (g, w)) = got
                        .lines()
                        .zip(want.lines())
                        .enumerate()
                        .find(|(_, (g, w))| g != w)
                        .unwrap_or((0, ("", "")));
                    failures.push(format!(
                        "{name:?}, statement {}:\n  ours: {g}\n  cpy:  {w}",
                        i + 1
                    ));
                }
            }
            Err(e) => failures.push(format!("{name:?}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shape_recordings_match_live_cpython() {
    let Some(python) = common::python311() else {
        println!("skipped: python3 3.11 is not installed, recordings not re-checked");
        return;
    };
    let script = common::syntax_dir().join("ast_dump.py");
    let out = Command::new(python)
        .arg(&script)
        .arg("--check")
        .arg(common::syntax_dir().join("shapes"))
        .output()
        .expect("run ast_dump.py");
    assert!(
        out.status.success(),
        "recordings drifted from CPython:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
