//! Checking runnable examples against a runner: the plumbing with a fake
//! runner, and the real thing with CPython where `python3` is present.

use threadwise::examples::{check_examples, CPython, ExampleRunner, Outcome, RunError, RunResult};
use threadwise::site::{Site, SiteSource};

use crate::support::fixtures;

fn load(name: &str) -> Site {
    Site::load(&SiteSource {
        content_dir: fixtures().join(name).join("content"),
        base_url: None,
    })
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Prints the program's last line back, so outputs are predictable.
struct EchoLastLine;

impl ExampleRunner for EchoLastLine {
    fn name(&self) -> &str {
        "echo"
    }

    fn run(&self, source: &str) -> Result<RunResult, RunError> {
        Ok(RunResult {
            output: format!("{}\n", source.lines().last().unwrap_or_default()),
            outcome: Outcome::Exited(Some(0)),
        })
    }
}

#[test]
fn mismatches_point_at_the_output_fence_with_a_diff() {
    let site = load("site");
    let report = check_examples(&site, &EchoLastLine);
    assert_eq!(report.compared, 3);
    assert_eq!(report.without_output, 1);
    assert_eq!(report.diagnostics.0.len(), 3);
    let first = report.diagnostics.0[0].to_string();
    let file = fixtures().join("site/content/locks.md");
    assert!(
        first.starts_with(&format!(
            "{}:31:1: example 1: the recorded output differs from what echo printed (- recorded, + echo):\n",
            file.display()
        )),
        "{first}"
    );
    assert!(first.contains("    - 4000\n    + print(count)"), "{first}");
}

#[test]
fn fixture_examples_match_cpython() {
    let Some(cpython) = CPython::detect() else {
        println!("skipped: python3 is not on PATH");
        return;
    };
    let report = check_examples(&load("site"), &cpython);
    assert_eq!(report.compared, 3);
    assert!(report.diagnostics.is_empty(), "{}", report.diagnostics);
}

#[test]
fn wrong_recorded_output_fails_under_cpython() {
    let Some(cpython) = CPython::detect() else {
        println!("skipped: python3 is not on PATH");
        return;
    };
    let report = check_examples(&load("examples-wrong-output"), &cpython);
    assert_eq!(report.compared, 2);
    let text = report.diagnostics.to_string();
    let file = fixtures().join("examples-wrong-output/content/wrong.md");
    assert!(
        text.contains(&format!(
            "{}:16:1: example 1: the recorded output differs",
            file.display()
        )),
        "{text}"
    );
    assert!(text.contains("    - 1\n    + 0\n"), "{text}");
    // The traceback names the script `main.py`, not a temporary path.
    assert_eq!(report.diagnostics.0.len(), 1, "{text}");
}

#[test]
fn endless_examples_time_out() {
    let Some(cpython) = CPython::detect() else {
        println!("skipped: python3 is not on PATH");
        return;
    };
    let cpython = cpython.with_timeout(std::time::Duration::from_secs(3));
    let result = cpython.run("import time\nprint('start')\nwhile True:\n    time.sleep(0.01)\n");
    let result = result.expect("runs");
    assert_eq!(
        result.outcome,
        Outcome::TimedOut(std::time::Duration::from_secs(3))
    );
    assert_eq!(result.output, "start\n");
}

#[test]
fn stdout_and_stderr_interleave_in_order() {
    let Some(cpython) = CPython::detect() else {
        println!("skipped: python3 is not on PATH");
        return;
    };
    let result = cpython
        .run("import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')\n")
        .expect("runs");
    assert_eq!(result.output, "a\nb\nc\n");
    assert_eq!(result.outcome, Outcome::Exited(Some(0)));
}
