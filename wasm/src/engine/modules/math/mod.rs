//! `math`: CPython 3.11's functions and constants, with its argument conversions
//! and its "math domain error" / "math range error" rules.

mod exact;
mod float_fns;
mod int_fns;

use std::rc::Rc;

use super::add_functions;
use crate::engine::flow::PyResult;
use crate::engine::numeric::Int;
use crate::engine::objects::class::Payload;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Creates the `math` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(d, float_fns::FUNCTIONS);
    add_functions(d, int_fns::FUNCTIONS);
    add_functions(d, exact::FUNCTIONS);
    d.set_by_str("pi", Value::Float(std::f64::consts::PI));
    d.set_by_str("e", Value::Float(std::f64::consts::E));
    d.set_by_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_by_str("inf", Value::Float(f64::INFINITY));
    d.set_by_str("nan", Value::Float(f64::NAN));
    Ok(())
}

/// The one argument of a `math.f(x)` function.
fn one<'a>(vm: &Vm, name: &str, a: &'a Args) -> PyResult<&'a Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    match a.pos {
        [x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

/// The two arguments of a `math.f(x, y)` function.
fn two<'a>(vm: &Vm, name: &str, a: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    match a.pos {
        [x, y] => Ok((x, y)),
        _ => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.pos.len()))),
    }
}

/// `ValueError: math domain error`.
fn domain(vm: &Vm) -> crate::engine::flow::Flow {
    vm.value_error("math domain error")
}

/// `OverflowError: math range error`.
fn range(vm: &Vm) -> crate::engine::flow::Flow {
    vm.err(ExcKind::OverflowError, "math range error")
}

/// A real-number argument as a float (`__float__`, then `__index__`), with
/// CPython's "must be real number" message.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        Value::BigInt(_) => {
            let n = as_int(v).unwrap_or(Int::ZERO);
            return n.to_f64().map_err(|e| vm.num_err(e));
        }
        _ => {}
    }
    if let Value::Instance(inst) = v {
        let cls = inst.class();
        if let Some(f) = cls
            .lookup_str("__float__")
            .filter(|f| !matches!(f, Value::Builtin(_)))
        {
            let r = vm.call(&f, std::slice::from_ref(v))?;
            return match r {
                Value::Float(x) => Ok(x),
                other => Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    cls.name_string(),
                    vm.type_name(&other)
                ))),
            };
        }
        if let Payload::Value(inner) = &inst.payload {
            if matches!(
                inner,
                Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
            ) {
                let inner = inner.clone();
                return to_float(vm, &inner);
            }
        }
        if let Some(n) = vm.index_value(v)? {
            return n.to_f64().map_err(|e| vm.num_err(e));
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// An integer argument through `__index__` ("'float' object cannot be interpreted as an integer").
fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Int> {
    match vm.index_value(v)? {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}
