//! The `%` operator against `fixtures/printf.jsonl`, through a stand-in for the VM
//! that holds ints, floats and strs.

use super::common::{check_all_raw, Case, Val};
use proptest::prelude::*;
use threadwise_playground::engine::numeric::float_ops::float_to_int;
use threadwise_playground::engine::numeric::float_repr::float_repr;
use threadwise_playground::engine::numeric::int_text::int_to_decimal;
use threadwise_playground::engine::numeric::printf::{printf_format, PrintfArgs, PrintfValue};
use threadwise_playground::engine::numeric::{Int, NumError};

/// The stand-in's exception: a Python class name and message.
#[derive(Debug)]
struct PyErr(String, String);

impl From<NumError> for PyErr {
    fn from(e: NumError) -> PyErr {
        PyErr(e.kind.class_name().to_string(), e.message)
    }
}

fn type_error(msg: String) -> PyErr {
    PyErr("TypeError".into(), msg)
}

/// The right operand of `%` as the fixture describes it.
enum Operand {
    Tuple(Vec<Val>),
    Dict(Vec<(String, Val)>),
    One(Val),
}

struct StandIn(Operand);

/// Python-level repr of the stand-in values (enough for `%r` of these cases).
fn repr(v: &Val) -> String {
    match v {
        Val::Int(i) => int_to_decimal(i, 0).unwrap_or_default(),
        Val::Float(f) => float_repr(*f),
        Val::Str(s) => format!("'{s}'"),
        Val::List(_) => "(...)".into(),
        Val::Complex(..) => "complex".into(),
    }
}

fn type_name(v: &Val) -> &'static str {
    match v {
        Val::Int(_) => "int",
        Val::Float(_) => "float",
        Val::Str(_) => "str",
        _ => "tuple",
    }
}

impl PrintfArgs for StandIn {
    type Value = Val;
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match &self.0 {
            Operand::Tuple(items) => Some(items.len()),
            _ => None,
        }
    }
    fn tuple_item(&self, i: usize) -> Val {
        match &self.0 {
            Operand::Tuple(items) => items[i].clone(),
            _ => unreachable!(),
        }
    }
    fn whole(&self) -> Val {
        match &self.0 {
            Operand::One(v) => v.clone(),
            _ => Val::Str("<dict>".into()),
        }
    }
    fn is_mapping(&self) -> bool {
        matches!(self.0, Operand::Dict(_))
    }
    fn lookup(&mut self, key: &str) -> Result<Val, PyErr> {
        match &self.0 {
            Operand::Dict(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr("KeyError".into(), format!("'{key}'"))),
            _ => unreachable!(),
        }
    }
    fn star(&mut self, v: Val) -> Result<Int, PyErr> {
        match v {
            Val::Int(i) => Ok(i),
            _ => Err(type_error("* wants int".into())),
        }
    }
    fn convert(&mut self, v: Val, conversion: char) -> Result<PrintfValue, PyErr> {
        Ok(match (conversion, v) {
            ('s', Val::Str(s)) => PrintfValue::Str(s),
            ('s', other) => PrintfValue::Str(repr(&other)),
            ('r' | 'a', other) => PrintfValue::Str(repr(&other)),
            ('c', Val::Str(s)) if s.chars().count() == 1 => PrintfValue::Str(s),
            ('c', Val::Int(i)) => PrintfValue::Int(i),
            ('c', _) => return Err(type_error("%c requires int or char".into())),
            ('d' | 'i' | 'u', Val::Float(f)) => PrintfValue::Int(float_to_int(f)?),
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Val::Int(i)) => PrintfValue::Int(i),
            ('d' | 'i' | 'u', other) => {
                return Err(type_error(format!(
                    "%{conversion} format: a real number is required, not {}",
                    type_name(&other)
                )))
            }
            ('o' | 'x' | 'X', other) => {
                return Err(type_error(format!(
                    "%{conversion} format: an integer is required, not {}",
                    type_name(&other)
                )))
            }
            (_, Val::Float(f)) => PrintfValue::Float(f),
            (_, Val::Int(i)) => PrintfValue::Int(i),
            (_, other) => {
                return Err(type_error(format!(
                    "must be real number, not {}",
                    type_name(&other)
                )))
            }
        })
    }
}

fn operand(v: &Val) -> Operand {
    let Val::List(items) = v else {
        panic!("operand")
    };
    let rest = items[1..].to_vec();
    match items[0].str() {
        "tuple" => Operand::Tuple(rest),
        "one" => Operand::One(rest[0].clone()),
        _ => Operand::Dict(
            rest.iter()
                .map(|kv| match kv {
                    Val::List(p) => (p[0].str().to_string(), p[1].clone()),
                    _ => panic!("pair"),
                })
                .collect(),
        ),
    }
}

fn run(c: &Case) -> Option<Result<Val, (String, String)>> {
    if c.op != "printf" {
        return None;
    }
    let mut args = StandIn(operand(&c.args[1]));
    let r = printf_format(c.args[0].str(), &mut args);
    Some(r.map(Val::Str).map_err(|PyErr(k, m)| (k, m)))
}

#[test]
fn printf_matches_cpython() {
    let n = check_all_raw("printf.jsonl", run);
    assert!(n > 5_000);
}

proptest! {
    #[test]
    fn printf_never_panics(fmt in "\\PC{0,16}", spec in "%[-+ #0*.0-9()a-z%]{0,8}") {
        for f in [fmt.as_str(), spec.as_str()] {
            let mut args = StandIn(Operand::Tuple(vec![Val::Int(Int::from(3)), Val::Float(2.5), Val::Str("s".into())]));
            let _ = printf_format(f, &mut args);
        }
    }
}
