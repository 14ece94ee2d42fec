//! The `str` Unicode tables against CPython 3.11: every code point's predicates
//! and case mappings, and the generated table files against their generators.
//! Both checks run only where `python3` is CPython 3.11.

use std::path::PathBuf;
use std::process::Command;

use threadwise_playground::engine::methods::str_case as sc;

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

fn here() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("str_unicode")
}

fn python(script: &str) -> String {
    let out = Command::new("python3")
        .arg(here().join(script))
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// What the engine says about one character, in `dump_chars.py`'s format.
fn engine_line(c: char) -> (String, Vec<String>) {
    let s = c.to_string();
    let flags = [
        sc::is_alpha(c),
        sc::is_alnum(c),
        sc::is_decimal(c),
        sc::is_digit(c),
        sc::is_numeric(c),
        sc::is_space(c),
        sc::is_printable_char(c),
        sc::str_islower(&s),
        sc::str_isupper(&s),
        sc::str_istitle(&s),
        sc::is_identifier(&s),
    ];
    let flags: String = flags.iter().map(|&f| if f { '1' } else { '0' }).collect();
    let maps = [
        sc::upper(&s),
        sc::lower(&s),
        sc::title(&s),
        sc::casefold(&s),
        sc::swapcase(&s),
        sc::capitalize(&s),
    ];
    let hexes = maps
        .iter()
        .map(|m| {
            m.chars()
                .map(|x| format!("{:X}", x as u32))
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    (flags, hexes)
}

#[test]
fn every_code_point_matches_cpython() {
    if !python311() {
        eprintln!("python3 3.11 not found: per-character check skipped");
        return;
    }
    let dump = python("dump_chars.py");
    let mut listed = std::collections::HashMap::new();
    for line in dump.lines() {
        let mut parts = line.split(' ');
        let cp = u32::from_str_radix(parts.next().expect("code point"), 16).expect("hex");
        listed.insert(cp, line.to_string());
    }
    let mut mismatches = Vec::new();
    for cp in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let (flags, hexes) = engine_line(c);
        let ours = format!("{cp:X} {flags} {}", hexes.join(" "));
        let expected = match listed.get(&cp) {
            Some(l) => l.clone(),
            None => {
                let id = format!("{cp:X}");
                format!("{cp:X} 00000010000 {id} {id} {id} {id} {id} {id}")
            }
        };
        if ours != expected {
            mismatches.push(format!("engine {ours}\npython {expected}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} code points differ, first ones:\n{}",
        mismatches.len(),
        mismatches[..mismatches.len().min(10)].join("\n")
    );
}

#[test]
fn generated_tables_are_current() {
    if !python311() {
        eprintln!("python3 3.11 not found: generated tables used unchecked");
        return;
    }
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/engine/methods");
    for (script, file) in [
        ("gen_str_tables.py", "unicode_props.rs"),
        ("gen_codec_names.py", "codec_names.rs"),
    ] {
        let committed = std::fs::read_to_string(src.join(file)).expect("table file");
        assert!(
            python(script) == committed,
            "{file} is stale: regenerate it with `python3 {script} > ../../src/engine/methods/{file}`"
        );
    }
}
