//! `gc`: objects are freed when their last reference goes (reference
//! counting); `collect()` frees the reference cycles that hold an instance
//! with `__del__` or a weak reference (see `vm::collect`). Other cycles are
//! never freed, and `collect()` does not count them.

use std::cell::Cell;
use std::rc::Rc;

use super::add_functions;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

thread_local! {
    /// `gc.isenabled()`: only reported, as the engine never collects on its own.
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

/// Creates the `gc` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    ENABLED.with(|e| e.set(true));
    add_functions(
        d,
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
        ],
    );
    Ok(())
}

fn collect(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let found = vm.collect_cycles(false)?;
    Ok(Value::Int(found as i64))
}

fn enable(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    ENABLED.with(|e| e.set(true));
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    ENABLED.with(|e| e.set(false));
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(ENABLED.with(Cell::get)))
}
