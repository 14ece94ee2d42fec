//! Acceptance over CPython's whole standard library on this machine: every
//! file CPython's parser accepts must parse to the same AST (compared in the
//! canonical form of `tests/syntax/ast_dump.py`, positions included), every
//! file it rejects must be rejected, and nothing may panic. Skipped, with the
//! reason printed, where `python3` 3.11 or its standard library is absent.

mod common;

use std::io::{BufReader, Read};
use std::process::{Command, Stdio};

use common::ast_dump::dump_module;
use threadwise_playground::engine::error::CompileError;
use threadwise_playground::engine::parser::parse_tree;

/// Reads one length-prefixed field of `ast_dump.py --stdlib`'s output.
fn field(r: &mut impl Read) -> Option<String> {
    let mut len = Vec::new();
    let mut byte = [0u8];
    loop {
        if r.read(&mut byte).ok()? == 0 {
            return None;
        }
        if byte[0] == b'\n' {
            break;
        }
        len.push(byte[0]);
    }
    let n: usize = std::str::from_utf8(&len).ok()?.parse().ok()?;
    let mut buf = vec![0; n];
    r.read_exact(&mut buf).ok()?;
    Some(String::from_utf8_lossy(&buf).into_owned())
}

#[derive(Default, Debug)]
struct Tally {
    files: usize,
    undecodable: usize,
    accepted: usize,
    rejected: usize,
    agreed: usize,
    same_ast: usize,
    same_error: usize,
    unsupported: usize,
    compiler_level: Vec<String>,
    problems: Vec<String>,
}

fn compare(path: &str, source: &str, verdict: &str, t: &mut Tally) {
    t.files += 1;
    if verdict.starts_with("UNDECODABLE") {
        t.undecodable += 1;
        println!(
            "skipped {path}: CPython cannot decode it either ({})",
            verdict.trim()
        );
        return;
    }
    let mut verdict = verdict;
    if let Some(rest) = verdict.strip_prefix("COMPILER\t") {
        let (msg, after) = rest.split_once('\n').unwrap_or((rest, ""));
        t.compiler_level.push(format!("{path}: {msg}"));
        verdict = after;
    }
    let ours = parse_tree(source);
    if let Some(dump) = verdict.strip_prefix("OK\n") {
        t.accepted += 1;
        match ours {
            Ok(m) => {
                t.agreed += 1;
                let mine = dump_module(source, &m);
                if mine == dump {
                    t.same_ast += 1;
                } else {
                    let line = mine
                        .lines()
                        .zip(dump.lines())
                        .position(|(a, b)| a != b)
                        .unwrap_or(0);
                    let a = mine.lines().nth(line).unwrap_or("");
                    let b = dump.lines().nth(line).unwrap_or("");
                    let at = a
                        .bytes()
                        .zip(b.bytes())
                        .position(|(x, y)| x != y)
                        .unwrap_or(0);
                    let lo = at.saturating_sub(120);
                    t.problems.push(format!(
                        "{path}: AST differs in top-level statement {}:\n   ours: ...{}\n   cpy:  ...{}",
                        line + 1,
                        a.get(lo..(at + 120).min(a.len())).unwrap_or(a),
                        b.get(lo..(at + 120).min(b.len())).unwrap_or(b),
                    ));
                }
            }
            Err(CompileError::Unsupported { feature, .. }) => {
                t.agreed += 1;
                t.unsupported += 1;
                println!("unsupported in {path}: {feature}");
            }
            Err(e) => t
                .problems
                .push(format!("{path}: CPython accepts it, we say {e}")),
        }
    } else if let Some(err) = verdict.strip_prefix("ERR\t") {
        t.rejected += 1;
        let want: Vec<&str> = err.trim_end().split('\t').collect();
        match ours {
            Err(CompileError::Syntax(e)) => {
                t.agreed += 1;
                let map = threadwise_playground::engine::source::SourceMap::new(source);
                let (line, col) = map.line_col(e.span.start);
                let got = [
                    e.kind.class_name().to_string(),
                    e.msg.clone(),
                    line.to_string(),
                    (col + 1).to_string(),
                ];
                if want.len() >= 4 && got.iter().zip(&want).all(|(a, b)| a == b) {
                    t.same_error += 1;
                } else {
                    println!("message differs for {path}: ours {got:?}, CPython's {want:?}");
                }
            }
            Err(CompileError::TooDeep { .. }) if want.first() == Some(&"RecursionError") => {
                t.agreed += 1;
            }
            other => t.problems.push(format!(
                "{path}: CPython rejects it ({}), we say {:?}",
                err.trim_end(),
                other.err()
            )),
        }
    }
}

#[test]
fn stdlib_parses_like_cpython() {
    let Some(python) = common::python311() else {
        println!("skipped: python3 3.11 is not installed");
        return;
    };
    let out = Command::new(python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3");
    let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if root.is_empty() || !std::path::Path::new(&root).is_dir() {
        println!("skipped: no standard library folder at {root:?}");
        return;
    }
    // THREADWISE_STDLIB_RECORDS names a saved `ast_dump.py --stdlib` output to
    // use instead of running it again (a convenience while working on the parser).
    let saved = std::env::var_os("THREADWISE_STDLIB_RECORDS");
    let mut child = None;
    let input: Box<dyn Read + Send> = match saved {
        Some(path) => Box::new(std::fs::File::open(path).expect("saved records")),
        None => {
            let script = common::syntax_dir().join("ast_dump.py");
            let mut c = Command::new(python)
                .arg(&script)
                .arg("--stdlib")
                .arg(&root)
                .stdout(Stdio::piped())
                .spawn()
                .expect("run ast_dump.py");
            let stdout = c.stdout.take().expect("stdout");
            child = Some(c);
            Box::new(stdout)
        }
    };
    let tally = common::with_big_stack(move || {
        let mut r = BufReader::with_capacity(1 << 20, input);
        let mut t = Tally::default();
        while let (Some(path), Some(source), Some(verdict)) =
            (field(&mut r), field(&mut r), field(&mut r))
        {
            let source = source
                .strip_prefix('\u{feff}')
                .unwrap_or(&source)
                .to_string();
            compare(&path, &source, &verdict, &mut t);
        }
        t
    });
    if let Some(mut c) = child {
        let _ = c.wait();
    }
    for p in tally.problems.iter().take(40) {
        println!("{p}");
    }
    println!("files seen as compiler-level errors by CPython (the parser accepts them):");
    for c in &tally.compiler_level {
        println!("  {c}");
    }
    println!(
        "standard library: {} files; {} accepted and {} rejected by CPython's parser; \
         {} verdicts agree; {} identical ASTs; {} identical errors; {} unsupported (\\N escapes); \
         {} undecodable",
        tally.files,
        tally.accepted,
        tally.rejected,
        tally.agreed,
        tally.same_ast,
        tally.same_error,
        tally.unsupported,
        tally.undecodable
    );
    assert!(
        tally.files > 1000,
        "only {} files found under {root}",
        tally.files
    );
    assert!(
        tally.problems.is_empty(),
        "{} files differ from CPython (first ones above)",
        tally.problems.len()
    );
}
