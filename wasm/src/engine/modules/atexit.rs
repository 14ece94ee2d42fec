//! `atexit`: functions run when the main thread ends (after non-daemon threads finish).

use std::rc::Rc;

use super::add_functions;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::{AtExit, Vm};

/// Creates the `atexit` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("register", register),
            ("unregister", unregister),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    );
    Ok(())
}

fn register(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(func) = a.pos.first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !crate::engine::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    vm.process_mut().atexit.push(AtExit {
        func: func.clone(),
        args: a.pos[1..].to_vec(),
        kwnames: a.kwnames.to_vec(),
        kwvals: a.kwvals.to_vec(),
    });
    Ok(func)
}

fn unregister(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(func) = a.pos.first().cloned() else {
        return Err(vm.type_error("unregister() takes exactly one argument (0 given)"));
    };
    let entries = std::mem::take(&mut vm.process_mut().atexit);
    let mut kept = Vec::with_capacity(entries.len());
    for e in entries {
        if !vm.eq(&e.func, &func)? {
            kept.push(e);
        }
    }
    vm.process_mut().atexit = kept;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    vm.process_mut().atexit.clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.process().atexit.len() as i64))
}
