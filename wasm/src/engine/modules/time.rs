//! `time`, reading the virtual clock: `sleep` moves a thread's wake-up time,
//! never the wall clock.

use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::scheduler::Wait;
use crate::engine::vm::Vm;

/// Unix time at virtual time zero: 2026-01-01 09:00:00 UTC.
pub const EPOCH: f64 = 1_767_258_000.0;

/// Creates the `time` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("sleep", sleep),
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("process_time", monotonic),
            ("thread_time", monotonic),
        ],
    );
    d.set_by_str("timezone", Value::Int(0));
    d.set_by_str("altzone", Value::Int(0));
    d.set_by_str("daylight", Value::Int(0));
    d.set_by_str("tzname", Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]));
    Ok(())
}

/// Seconds of virtual time since the run started.
pub fn elapsed(vm: &Vm) -> f64 {
    vm.clock.now() as f64 / 1e9
}

fn sleep(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "sleep", a, 1)?;
    let Some(secs) = vm.to_f64(&a.pos[0])? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a.pos[0])
        )));
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let ns = (secs * 1e9).min(1e18) as u64;
    let until = vm.clock.now().saturating_add(ns);
    Err(Flow::Block(Wait::Sleep { until }))
}

fn time(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "time", a, 0)?;
    Ok(Value::Float(EPOCH + elapsed(vm)))
}

fn time_ns(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "time_ns", a, 0)?;
    Ok(Value::Int((EPOCH as i64) * 1_000_000_000 + vm.clock.now() as i64))
}

fn monotonic(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "monotonic", a, 0)?;
    Ok(Value::Float(1000.0 + elapsed(vm)))
}

fn monotonic_ns(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "monotonic_ns", a, 0)?;
    Ok(Value::Int(1_000_000_000_000 + vm.clock.now() as i64))
}
