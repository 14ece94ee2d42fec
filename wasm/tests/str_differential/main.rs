//! Random calls of str and bytes methods, run on CPython 3.11 and on the engine:
//! every line of output (result, or exception type and message) must agree.
//! `gen_calls.py --all` writes the programs with CPython's output; the check runs
//! only where `python3` is 3.11.

use std::path::PathBuf;
use std::process::Command;

/// Seeds per mode (str, bytes, format, args).
const SEEDS: u32 = 10;

fn python311() -> bool {
    Command::new("python3")
        .args([
            "-c",
            "import sys; sys.exit(sys.version_info[:2] != (3, 11))",
        ])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Runs a program on the engine (on a thread with room for deep native stacks, as `pyrun` does).
fn engine(src: String) -> String {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || threadwise_playground::engine::run(&src, Default::default()).stdout)
        .expect("spawn")
        .join()
        .expect("engine thread")
}

#[test]
fn random_calls_match_cpython() {
    if !python311() {
        eprintln!("python3 3.11 not found: differential check skipped");
        return;
    }
    let gen = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/str_differential/gen_calls.py");
    let out = Command::new("python3")
        .arg(&gen)
        .args(["--all", &SEEDS.to_string()])
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut failures = Vec::new();
    let mut lines = 0;
    for record in String::from_utf8(out.stdout).expect("utf-8").lines() {
        let case: serde_json::Value = serde_json::from_str(record).expect("json");
        let (mode, seed) = (&case["mode"], &case["seed"]);
        let program = case["program"].as_str().expect("program").to_string();
        let expected = case["output"].as_str().expect("output");
        let got = engine(program.clone());
        lines += expected.lines().count();
        let calls: Vec<&str> = program.lines().filter(|l| l.starts_with("show(")).collect();
        for (i, (e, g)) in expected.lines().zip(got.lines()).enumerate() {
            if e != g {
                let call = calls.get(i).copied().unwrap_or("?");
                failures.push(format!(
                    "{mode} seed {seed}: {call}\n  cpython {e}\n  engine  {g}"
                ));
            }
        }
        if expected.lines().count() != got.lines().count() {
            failures.push(format!("{mode} seed {seed}: output lengths differ"));
        }
    }
    assert!(lines > 10_000, "too few calls checked: {lines}");
    assert!(
        failures.is_empty(),
        "{} differences, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}
