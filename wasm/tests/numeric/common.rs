//! Fixture loading and comparison shared by the numeric tests.
//!
//! Fixtures are JSON lines printed by the generators in `gen/` (see `gen/common.py`
//! for the encoding); `fixtures_match_live_python` re-runs them when python3 3.11 is
//! present, so the committed expectations cannot drift from CPython.

use serde_json::Value;
use std::path::PathBuf;
use threadwise_playground::engine::numeric::{Int, NumError};

/// A decoded fixture value.
#[derive(Clone, Debug)]
pub enum Val {
    Int(Int),
    Float(f64),
    Str(String),
    Complex(f64, f64),
    List(Vec<Val>),
}

impl Val {
    pub fn int(&self) -> &Int {
        match self {
            Val::Int(i) => i,
            other => panic!("expected an int, got {other:?}"),
        }
    }
    pub fn float(&self) -> f64 {
        match self {
            Val::Float(f) => *f,
            other => panic!("expected a float, got {other:?}"),
        }
    }
    pub fn str(&self) -> &str {
        match self {
            Val::Str(s) => s,
            other => panic!("expected a str, got {other:?}"),
        }
    }
    pub fn i64(&self) -> i64 {
        self.int().to_i64().expect("small int")
    }
}

fn same_float(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

impl PartialEq for Val {
    fn eq(&self, other: &Val) -> bool {
        match (self, other) {
            (Val::Int(a), Val::Int(b)) => a == b,
            (Val::Float(a), Val::Float(b)) => same_float(*a, *b),
            (Val::Str(a), Val::Str(b)) => a == b,
            (Val::Complex(a, b), Val::Complex(c, d)) => same_float(*a, *c) && same_float(*b, *d),
            (Val::List(a), Val::List(b)) => a == b,
            _ => false,
        }
    }
}

pub fn parse_float(s: &str) -> f64 {
    match s {
        "inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "nan" => f64::NAN,
        _ => s.parse().unwrap_or_else(|_| panic!("bad float {s}")),
    }
}

fn decode(v: &Value) -> Val {
    match v {
        Value::String(s) => {
            let (tag, body) = s.split_at(2);
            match tag {
                "i:" => Val::Int(Int::from(
                    body.parse::<num_bigint::BigInt>().expect("fixture int"),
                )),
                "f:" => Val::Float(parse_float(body)),
                "s:" => Val::Str(body.to_string()),
                "c:" => {
                    let (re, im) = body.split_once(',').expect("complex");
                    Val::Complex(parse_float(re), parse_float(im))
                }
                _ => panic!("bad tag in {s}"),
            }
        }
        Value::Array(items) => Val::List(items.iter().map(decode).collect()),
        other => panic!("bad fixture value {other}"),
    }
}

/// One fixture line.
pub struct Case {
    pub op: String,
    pub args: Vec<Val>,
    pub expected: Result<Val, (String, String)>,
    pub line: usize,
}

pub fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/numeric")
}

pub fn load(name: &str) -> Vec<Case> {
    let path = fixture_dir().join("fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let v: Value = serde_json::from_str(line).expect("fixture json");
            let op = v["op"].as_str().expect("op").to_string();
            let args = v["args"]
                .as_array()
                .expect("args")
                .iter()
                .map(decode)
                .collect();
            let expected = if let Some(ok) = v.get("ok") {
                Ok(decode(ok))
            } else {
                let e = v["err"].as_array().expect("err");
                Err((
                    e[0].as_str().unwrap_or_default().to_string(),
                    e[1].as_str().unwrap_or_default().to_string(),
                ))
            };
            Case {
                op,
                args,
                expected,
                line: i + 1,
            }
        })
        .collect()
}

/// Converts an engine result to the comparable form.
pub fn outcome(r: Result<Val, NumError>) -> Result<Val, (String, String)> {
    r.map_err(|e| (e.kind.class_name().to_string(), e.message))
}

/// Shortens long debug text (huge ints) for failure reports.
fn clip(s: String) -> String {
    if s.chars().count() > 300 {
        let head: String = s.chars().take(300).collect();
        format!("{head}...")
    } else {
        s
    }
}

/// Runs every case through `run` (returning `None` for ops it does not know, which
/// fails) and asserts that all agree with CPython; reports up to 20 mismatches.
pub fn check_all(name: &str, run: impl Fn(&Case) -> Option<Result<Val, NumError>>) -> usize {
    check_all_raw(name, |c| run(c).map(outcome))
}

/// Like [`check_all`] for runners whose errors are already `(class, message)`.
pub fn check_all_raw(
    name: &str,
    run: impl Fn(&Case) -> Option<Result<Val, (String, String)>>,
) -> usize {
    let cases = load(name);
    assert!(!cases.is_empty(), "{name} has no cases");
    let mut failures = Vec::new();
    for case in &cases {
        let got = match run(case) {
            Some(r) => r,
            None => {
                failures.push(format!("line {}: unknown op {}", case.line, case.op));
                continue;
            }
        };
        if got != case.expected {
            failures.push(format!(
                "line {}: {}{}\n    expected {}\n    got      {}",
                case.line,
                case.op,
                clip(format!("{:?}", case.args)),
                clip(format!("{:?}", case.expected)),
                clip(format!("{got:?}"))
            ));
        }
    }
    let n = failures.len();
    assert!(
        failures.is_empty(),
        "{name}: {n} of {} cases differ from CPython:\n{}",
        cases.len(),
        failures.into_iter().take(20).collect::<Vec<_>>().join("\n")
    );
    cases.len()
}
