//! Re-runs every generator under `gen/` when python3 3.11 is present and checks that
//! the committed fixture is exactly what CPython prints today.

use super::common::fixture_dir;
use std::process::Command;

/// (generator script, fixture file it writes)
const GENERATORS: &[(&str, &str)] = &[
    ("gen_int_ops.py", "fixtures/int_ops.jsonl"),
    ("gen_float_ops.py", "fixtures/float_ops.jsonl"),
    ("gen_format.py", "fixtures/format.jsonl"),
    ("gen_printf.py", "fixtures/printf.jsonl"),
    ("gen_parse.py", "fixtures/parse.jsonl"),
    ("gen_random.py", "fixtures/random.jsonl"),
];

pub fn python311() -> bool {
    Command::new("python3")
        .args([
            "-c",
            "import sys; sys.exit(sys.version_info[:2] != (3, 11))",
        ])
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

#[test]
fn fixtures_match_live_python() {
    if !python311() {
        eprintln!("python3 3.11 not found: committed fixtures are used unchecked");
        return;
    }
    let dir = fixture_dir();
    for (script, fixture) in GENERATORS {
        let out = Command::new("python3")
            .arg(dir.join("gen").join(script))
            .current_dir(dir.join("gen"))
            .output()
            .expect("run python3");
        assert!(
            out.status.success(),
            "{script} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let committed = std::fs::read(dir.join(fixture)).expect("fixture");
        assert!(
            out.stdout == committed,
            "{fixture} is stale: regenerate it with `python3 gen/{script} > {fixture}`"
        );
    }
}
