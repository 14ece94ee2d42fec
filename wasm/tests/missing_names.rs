//! The engine's table of missing standard library names
//! (`engine::stdlib::missing`) against CPython 3.11: every public name and
//! submodule CPython gives a module the engine ships is either in the
//! engine's module or in the table, so none fails with a plain
//! AttributeError; and the table lists nothing the engine has. On a
//! mismatch the test prints the table as it should be.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use threadwise_playground::engine::stdlib::missing::{is_missing, TABLE};
use threadwise_playground::engine::{run, RunConfig};

/// The standard library modules (and submodules) the engine ships.
const COVERED: &[&str] = &[
    "_thread",
    "abc",
    "atexit",
    "bisect",
    "collections",
    "collections.abc",
    "concurrent",
    "concurrent.futures",
    "contextlib",
    "contextvars",
    "copy",
    "dataclasses",
    "functools",
    "gc",
    "heapq",
    "itertools",
    "keyword",
    "logging",
    "logging.handlers",
    "math",
    "multiprocessing",
    "multiprocessing.dummy",
    "multiprocessing.pool",
    "operator",
    "os",
    "queue",
    "random",
    "signal",
    "string",
    "sys",
    "textwrap",
    "threading",
    "time",
    "traceback",
    "typing",
    "warnings",
    "weakref",
];

/// `module name name ...` lines from CPython.
fn cpython_names(python: &str) -> Vec<(String, Vec<String>)> {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/stdlib_names/cpython_names.py");
    let out = Command::new(python)
        .arg(script)
        .args(COVERED)
        .output()
        .expect("run cpython_names.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| {
            let mut words = line.split(' ').map(String::from);
            let module = words.next().unwrap_or_default();
            (module, words.collect())
        })
        .collect()
}

/// A program printing, per module, the names the engine lacks: neither in
/// `dir(module)` nor an importable submodule.
fn probe(modules: &[(String, Vec<String>)]) -> String {
    let mut src = String::new();
    for (module, names) in modules {
        src.push_str(&format!(
            "import {module} as m\nhave = set(dir(m))\nlacks = []\nfor n in {names:?}:\n    if n in have:\n        continue\n    try:\n        __import__('{module}.' + n)\n    except BaseException:\n        lacks.append(n)\nprint('{module}', *lacks)\n"
        ));
    }
    src
}

#[test]
fn the_missing_names_table_matches_cpython_and_the_engine() {
    let Some(python) = common::python311() else {
        println!("skipped: CPython 3.11 is not installed");
        return;
    };
    let modules = cpython_names(python);
    let result = run(&probe(&modules), RunConfig::default());
    assert_eq!(result.outcome.exit_code, 0, "{}", result.stderr);
    let expected: String = result
        .stdout
        .lines()
        .filter(|line| line.contains(' '))
        .map(|line| format!("{line}\n"))
        .collect();
    let table_lines: BTreeSet<&str> = TABLE.lines().collect();
    let expected_lines: BTreeSet<&str> = expected.lines().collect();
    if table_lines != expected_lines {
        println!("engine::stdlib::missing::TABLE should be:\n{expected}");
    }
    assert_eq!(
        table_lines, expected_lines,
        "the table of missing names is out of date (the right one is printed above)"
    );
}

#[test]
fn a_missing_name_is_reported_as_not_supported() {
    assert!(is_missing("os", "path"));
    assert!(!is_missing("os", "getpid"));
    let program = "\
import gc
for use in (lambda: gc.get_count(), lambda: __import__('os.path'), lambda: __import__('multiprocessing.connection')):
    try:
        use()
    except NotImplementedError as e:
        print(e)
try:
    from os import path
except NotImplementedError as e:
    print(e)
try:
    gc.no_such_name
except AttributeError as e:
    print(e)
";
    let r = run(program, RunConfig::default());
    assert_eq!(
        r.stdout,
        "\
gc.get_count is not supported in this playground yet
the os.path module is not supported in this playground yet
the multiprocessing.connection module is not supported in this playground yet
os.path is not supported in this playground yet
module 'gc' has no attribute 'no_such_name'
",
        "{}",
        r.stderr
    );
}
