//! The conformance suite: every program under `tests/conformance/` runs on the
//! engine and must print exactly what CPython 3.11 printed (`.out`), end with the
//! same status (`.status`) and, for uncaught exceptions, the same traceback lines
//! for the program's own frames (`.err`). Where `python3` 3.11 is present, the
//! recorded files are also checked against it, so they cannot drift.
//!
//! Programs the engine does not yet pass are listed, with a reason, in
//! `tests/conformance/known_failures.txt`; a listed program that passes fails
//! the suite too, so the list only shrinks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use threadwise_playground::engine::{run, RunConfig};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance")
}

fn programs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(dirs) = std::fs::read_dir(root()) else {
        return out;
    };
    for d in dirs.flatten() {
        if !d.path().is_dir() {
            continue;
        }
        if let Ok(files) = std::fs::read_dir(d.path()) {
            for f in files.flatten() {
                if f.path().extension().is_some_and(|e| e == "py") {
                    out.push(f.path());
                }
            }
        }
    }
    out.sort();
    out
}

fn name_of(p: &Path) -> String {
    p.strip_prefix(root())
        .unwrap_or(p)
        .to_string_lossy()
        .trim_end_matches(".py")
        .to_string()
}

fn known_failures() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root().join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(' ') {
            Some((n, why)) => (n.trim().to_string(), why.trim().to_string()),
            None => (l.trim().to_string(), String::new()),
        })
        .collect()
}

/// Keeps only what a traceback says about the program itself: its own frames
/// (with their source and caret lines) and every line that is not part of a frame.
fn program_lines(stderr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_foreign_frame = false;
    for line in stderr.lines() {
        if line.starts_with("  File \"") {
            in_foreign_frame = !line.starts_with("  File \"main.py\"");
            if !in_foreign_frame {
                out.push(line.to_string());
            }
            continue;
        }
        if line.starts_with("    ") && in_foreign_frame {
            continue;
        }
        in_foreign_frame = false;
        out.push(line.to_string());
    }
    out
}

struct Outcome {
    name: String,
    problem: Option<String>,
}

fn check_engine(path: &Path) -> Outcome {
    let name = name_of(path);
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let expected_out = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
    let expected_err = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
    let expected_status: i32 = std::fs::read_to_string(path.with_extension("status"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let config = RunConfig {
        max_instructions: 400_000_000,
        ..RunConfig::default()
    };
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(&source, config));
    let result = match handle.map(|h| h.join()) {
        Ok(Ok(r)) => r,
        _ => {
            return Outcome {
                name,
                problem: Some("the engine panicked".into()),
            }
        }
    };
    let unsupported_dir = name.starts_with("unsupported/");
    let problem = if unsupported_dir {
        if result
            .stderr
            .contains("is not supported in this playground yet")
            && result.outcome.exit_code == 1
        {
            None
        } else {
            Some(format!(
                "expected a clear 'not supported' error, got stderr:\n{}",
                result.stderr
            ))
        }
    } else if result.stdout != expected_out {
        Some(format!(
            "stdout differs\n--- expected\n{expected_out}--- engine\n{}--- engine stderr\n{}",
            result.stdout, result.stderr
        ))
    } else if result.outcome.exit_code != expected_status {
        Some(format!(
            "exit status {} instead of {expected_status}; stderr:\n{}",
            result.outcome.exit_code, result.stderr
        ))
    } else if program_lines(&result.stderr) != program_lines(&expected_err) {
        Some(format!(
            "stderr differs\n--- expected\n{expected_err}--- engine\n{}",
            result.stderr
        ))
    } else {
        None
    };
    Outcome { name, problem }
}

#[test]
fn engine_matches_recorded_cpython_output() {
    let programs = programs();
    assert!(
        programs.len() >= 150,
        "conformance programs missing: found {}",
        programs.len()
    );
    let known = known_failures();
    let queue = Arc::new(Mutex::new(programs.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let queue = queue.clone();
            let results = results.clone();
            std::thread::spawn(move || loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some(p) = next else { break };
                let o = check_engine(&p);
                if let Ok(mut r) = results.lock() {
                    r.push(o);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let results = std::mem::take(&mut *results.lock().unwrap_or_else(|e| e.into_inner()));
    let mut failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    let mut passed = 0;
    for o in &results {
        match (&o.problem, known.contains_key(&o.name)) {
            (None, false) => passed += 1,
            (None, true) => unexpected_passes.push(o.name.clone()),
            (Some(p), false) => failures.push(format!("{}: {p}", o.name)),
            (Some(_), true) => {}
        }
    }
    let stale: Vec<&String> = known
        .keys()
        .filter(|k| !results.iter().any(|o| &o.name == *k))
        .collect();
    eprintln!(
        "conformance: {passed} passed, {} known failures, {} new failures, {} now passing but listed",
        known.len(),
        failures.len(),
        unexpected_passes.len()
    );
    assert!(
        stale.is_empty(),
        "known_failures.txt names missing programs: {stale:?}"
    );
    assert!(
        unexpected_passes.is_empty(),
        "these programs pass now; remove them from known_failures.txt: {unexpected_passes:?}"
    );
    assert!(
        failures.is_empty(),
        "{} programs differ from CPython:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn python311() -> Option<String> {
    let out = Command::new("python3").arg("--version").output().ok()?;
    let v = String::from_utf8_lossy(&out.stdout).to_string();
    v.starts_with("Python 3.11").then(|| "python3".to_string())
}

/// Runs one program on CPython as `record.py` does; stdout and status.
fn cpython_run(python: &str, path: &Path) -> Option<(String, i32)> {
    let dir = tempdir()?;
    let target = dir.join("main.py");
    std::fs::copy(path, &target).ok()?;
    let out = Command::new(python)
        .arg("main.py")
        .current_dir(&dir)
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    let status = out.status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        -out.status.signal().unwrap_or(0)
    });
    Some((String::from_utf8_lossy(&out.stdout).to_string(), status))
}

fn tempdir() -> Option<PathBuf> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let d = std::env::temp_dir().join(format!(
        "threadwise-conf-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&d).ok()?;
    Some(d)
}

#[test]
fn recorded_outputs_are_cpythons() {
    let Some(python) = python311() else {
        eprintln!("skipped: python3 3.11 is not on PATH, so recordings were not re-checked");
        return;
    };
    let queue = Arc::new(Mutex::new(programs()));
    let problems = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let (queue, problems, python) = (queue.clone(), problems.clone(), python.clone());
            std::thread::spawn(move || loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some(p) = next else { break };
                let expected_out =
                    std::fs::read_to_string(p.with_extension("out")).unwrap_or_default();
                let expected_status: i32 = std::fs::read_to_string(p.with_extension("status"))
                    .ok()
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(0);
                // Real threads are scheduled by the OS: retry before calling a mismatch.
                let mut last = None;
                for _ in 0..3 {
                    let got = cpython_run(&python, &p);
                    if got.as_ref() == Some(&(expected_out.clone(), expected_status)) {
                        last = None;
                        break;
                    }
                    last = Some(got);
                }
                if let Some(got) = last {
                    if let Ok(mut pr) = problems.lock() {
                        pr.push(format!("{}: CPython now gives {:?}", name_of(&p), got));
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let problems = problems.lock().map(|p| p.clone()).unwrap_or_default();
    assert!(
        problems.is_empty(),
        "recordings differ from CPython:\n{}",
        problems.join("\n")
    );
}
