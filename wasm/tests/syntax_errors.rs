//! Every program in `tests/syntax/invalid/` must fail to parse with the error
//! CPython 3.11 gives for it: class, message, line and columns, as recorded in
//! the `.expected` file beside it by `tests/syntax/record.py`. Where `python3`
//! is installed, the recordings are checked against it live as well.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::with_big_stack;

use threadwise_playground::engine::error::CompileError;
use threadwise_playground::engine::parser::parse_module;
use threadwise_playground::engine::source::SourceMap;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/invalid")
}

#[derive(Debug, Default)]
struct Expected {
    class: String,
    msg: String,
    lineno: Option<u32>,
    offset: Option<i64>,
    end_lineno: Option<u32>,
    end_offset: Option<i64>,
}

fn parse_expected(text: &str) -> Expected {
    let mut e = Expected::default();
    for line in text.lines() {
        let Some((key, value)) = line.split_once(": ") else {
            continue;
        };
        match key {
            "class" => e.class = value.to_string(),
            "msg" => e.msg = value.to_string(),
            "lineno" => e.lineno = value.parse().ok(),
            "offset" => e.offset = value.parse().ok(),
            "end_lineno" => e.end_lineno = value.parse().ok(),
            "end_offset" => e.end_offset = value.parse().ok(),
            _ => {}
        }
    }
    e
}

/// Compares one case; returns a description of any difference.
fn check_case(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().to_string();
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return Some(format!("{name}: unreadable: {e}")),
    };
    let expected_text = std::fs::read_to_string(path.with_extension("expected")).ok()?;
    let want = parse_expected(&expected_text);
    let err = match parse_module(&source) {
        Ok(_) => {
            return Some(format!(
                "{name}: parsed, but CPython says {}: {}",
                want.class, want.msg
            ))
        }
        Err(CompileError::Syntax(e)) => e,
        Err(other) => return Some(format!("{name}: {other}")),
    };
    let map = SourceMap::new(&source);
    let (line, col) = map.line_col(err.span.start);
    let (end_line, end_col) = map.line_col(err.span.end);
    let mut diffs = Vec::new();
    if err.kind.class_name() != want.class {
        diffs.push(format!("class {} != {}", err.kind.class_name(), want.class));
    }
    if err.msg != want.msg {
        diffs.push(format!("msg {:?} != {:?}", err.msg, want.msg));
    }
    if let (Some(l), Some(o)) = (want.lineno, want.offset) {
        // CPython's offset 0 means "before the first column", which a span
        // cannot say; the parser marks the first column instead.
        let want_col = if o == 0 { 1 } else { o };
        if (line, i64::from(col) + 1) != (l, want_col) {
            diffs.push(format!("start {}:{} != {l}:{o}", line, col + 1));
        }
    }
    // An end column of 0 or less means CPython gives no end.
    if let (Some(l), Some(o)) = (want.end_lineno, want.end_offset) {
        if o > 0 && (end_line, i64::from(end_col) + 1) != (l, o) {
            diffs.push(format!("end {}:{} != {l}:{o}", end_line, end_col + 1));
        }
    }
    if diffs.is_empty() {
        None
    } else {
        Some(format!("{name}: {}", diffs.join("; ")))
    }
}

#[test]
fn invalid_programs_fail_like_cpython() {
    with_big_stack(invalid_programs);
}

fn invalid_programs() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 80, "only {} cases", cases.len());
    let failures: Vec<String> = cases.iter().filter_map(|p| check_case(p)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    println!(
        "{} invalid programs fail exactly as in CPython",
        cases.len()
    );
}

#[test]
fn recordings_match_live_cpython() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax/record.py");
    let version = Command::new("python3").arg("--version").output();
    match version {
        Ok(out) if String::from_utf8_lossy(&out.stdout).starts_with("Python 3.11") => {}
        _ => {
            println!("skipped: python3 3.11 is not installed, recordings not re-checked");
            return;
        }
    }
    let out = Command::new("python3")
        .arg(&script)
        .arg("--check")
        .output()
        .expect("run record.py");
    assert!(
        out.status.success(),
        "recordings drifted from CPython:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
