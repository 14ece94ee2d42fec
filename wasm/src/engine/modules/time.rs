//! `time`, reading the virtual clock: `sleep` moves a thread's wake-up time,
//! never the wall clock.

use std::rc::Rc;

use super::add_functions;
use super::time_struct::{self, Civil};
use crate::engine::builtins::args;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::scheduler::Wait;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Unix time at virtual time zero: 2026-01-01 09:00:00 UTC.
pub const EPOCH: f64 = 1_767_258_000.0;

/// Creates the `time` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
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
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("strftime", strftime),
            ("asctime", asctime),
            ("ctime", ctime),
        ],
    );
    d.set_by_str(
        "struct_time",
        Value::Class(time_struct::new_struct_time_class(vm)),
    );
    d.set_by_str("timezone", Value::Int(0));
    d.set_by_str("altzone", Value::Int(0));
    d.set_by_str("daylight", Value::Int(0));
    d.set_by_str(
        "tzname",
        Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
    );
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
    Ok(Value::Int(
        (EPOCH as i64) * 1_000_000_000 + vm.clock.now() as i64,
    ))
}

fn monotonic(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "monotonic", a, 0)?;
    Ok(Value::Float(1000.0 + elapsed(vm)))
}

fn monotonic_ns(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "monotonic_ns", a, 0)?;
    Ok(Value::Int(1_000_000_000_000 + vm.clock.now() as i64))
}

/// Whole seconds of a `secs` argument (None: now), as `gmtime` and friends take it.
fn whole_secs(vm: &mut Vm, func: &str, a: &Args) -> PyResult<i64> {
    args::range(vm, func, a, 0, 1)?;
    let now = EPOCH + elapsed(vm);
    let secs = match a.pos.first() {
        None | Some(Value::None) => now,
        Some(v) => match vm.to_f64(v)? {
            Some(x) => x,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        },
    };
    if !secs.is_finite() {
        return Err(vm.value_error(if secs.is_nan() {
            "Invalid value NaN (not a number)"
        } else {
            "cannot convert float infinity to integer"
        }));
    }
    // Years beyond 9999 are out of CPython's range on most platforms too.
    if secs.abs() > 253_402_300_799.0 {
        return Err(vm.err(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(secs.floor() as i64)
}

fn gmtime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let secs = whole_secs(vm, "gmtime", a)?;
    time_struct::make_struct_time(vm, &time_struct::civil_from_secs(secs), "GMT")
}

/// Local time is UTC in the engine.
fn localtime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let secs = whole_secs(vm, "localtime", a)?;
    time_struct::make_struct_time(vm, &time_struct::civil_from_secs(secs), "UTC")
}

fn mktime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "mktime", a, 1)?;
    let (c, _) = time_struct::civil_from_value(vm, "mktime", &a.pos[0])?;
    Ok(Value::Float(time_struct::secs_from_civil(&c) as f64))
}

/// The time a `strftime`/`asctime` argument names (the current local time if absent).
fn civil_arg(vm: &mut Vm, func: &str, v: Option<&Value>) -> PyResult<(Civil, String)> {
    match v {
        None => {
            let secs = (EPOCH + elapsed(vm)).floor() as i64;
            Ok((time_struct::civil_from_secs(secs), "UTC".to_string()))
        }
        Some(v) => {
            let (mut c, zone) = time_struct::civil_from_value(vm, func, v)?;
            time_struct::check_ranges(vm, &mut c)?;
            Ok((c, zone.unwrap_or_else(|| "UTC".to_string())))
        }
    }
}

fn strftime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::range(vm, "strftime", a, 1, 2)?;
    let Value::Str(fmt) = &a.pos[0] else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&a.pos[0])
        )));
    };
    let fmt = fmt.clone();
    let (c, zone) = civil_arg(vm, "strftime", a.pos.get(1))?;
    if fmt.as_str().contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    vm.charge(fmt.as_str().len() as u64)?;
    Ok(Value::string(time_struct::strftime_text(
        fmt.as_str(),
        &c,
        &zone,
    )))
}

fn asctime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::range(vm, "asctime", a, 0, 1)?;
    let (c, _) = civil_arg(vm, "asctime", a.pos.first())?;
    Ok(Value::string(time_struct::asctime_text(&c)))
}

fn ctime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let secs = whole_secs(vm, "ctime", a)?;
    Ok(Value::string(time_struct::asctime_text(
        &time_struct::civil_from_secs(secs),
    )))
}
