//! Every folder in `tests/fixtures/invalid/` is a site with one mistake; its
//! `expected.txt` holds the exact diagnostics, `file:line:column: message`,
//! with paths relative to the case folder. `check` and `build` must both
//! refuse it. Set THREADWISE_BLESS=1 to rewrite the expectations after a
//! deliberate wording change (then review the diff).

use std::path::{Path, PathBuf};
use std::process::Command;

use threadwise::assets::ThemeSource;
use threadwise::site::{Site, SiteError, SiteSource};

use crate::support::fixtures;

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures().join("invalid"))
        .expect("invalid fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

fn source(case: &Path) -> SiteSource {
    SiteSource {
        content_dir: case.join("content"),
        base_url: None,
    }
}

/// The diagnostics as text, with the case folder's prefix removed.
fn relative_diagnostics(case: &Path, error: &SiteError) -> String {
    let prefix = format!("{}/", case.display());
    error.to_string().replace(&prefix, "")
}

#[test]
fn each_invalid_site_fails_with_its_expected_diagnostics() {
    let bless = std::env::var_os("THREADWISE_BLESS").is_some();
    let cases = cases();
    assert!(
        cases.len() >= 15,
        "expected many invalid cases, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let error = match Site::load(&source(case)) {
            Ok(_) => {
                failures.push(format!("{name}: loaded without error"));
                continue;
            }
            Err(e) => e,
        };
        assert!(matches!(error, SiteError::Content(_)), "{name}: {error}");
        let actual = relative_diagnostics(case, &error);
        let expected_path = case.join("expected.txt");
        if bless {
            std::fs::write(&expected_path, format!("{actual}\n")).expect("write expected.txt");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{name}: missing expected.txt"));
        if actual != expected.trim_end() {
            failures.push(format!(
                "{name}:\n  expected: {}\n  actual:   {actual}",
                expected.trim_end()
            ));
        }
        // `build` refuses the same content with the same diagnostics.
        match threadwise::build(&source(case), &ThemeSource::Embedded) {
            Ok(_) => failures.push(format!("{name}: build succeeded")),
            Err(e) => {
                let built = relative_diagnostics(case, &e);
                if built != actual {
                    failures.push(format!("{name}: build said {built}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn check_command_exits_non_zero_with_file_line_column() {
    let case = fixtures().join("invalid/unknown-related");
    let output = Command::new(env!("CARGO_BIN_EXE_threadwise"))
        .args(["check", "--no-run", "--content"])
        .arg(case.join("content"))
        .output()
        .expect("run threadwise check");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = format!(
        "{}:4:17: unknown related question `nope`: no content file has that slug",
        case.join("content/a.md").display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn build_command_writes_nothing_on_error() {
    let case = fixtures().join("invalid/broken-link");
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("dist");
    let output = Command::new(env!("CARGO_BIN_EXE_threadwise"))
        .args(["build", "--content"])
        .arg(case.join("content"))
        .arg("--out")
        .arg(&target)
        .output()
        .expect("run threadwise build");
    assert!(!output.status.success());
    assert!(!target.exists(), "nothing may be written");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("a.md:6:5: broken link `missing.md`"),
        "{stderr}"
    );
}
