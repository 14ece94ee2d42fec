//! `function.__get__` (functions are descriptors) and the `method` constructor
//! (`types.MethodType(func, obj)`), which Python-level descriptors such as
//! `functools.partialmethod` and the lru_cache wrapper use to bind methods.

use std::rc::Rc;

use crate::engine::builtins::functions::is_callable;
use crate::engine::builtins::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::objects::function::{Args, BoundMethod};
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// Installs `function.__get__` and `method.__new__`.
pub fn install(vm: &Vm) {
    add_methods(&vm.types.function, "function", &[("__get__", function_get)]);
    add_methods(&vm.types.method, "method", &[("__new__", method_new)]);
}

fn function_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("__get__() takes no keyword arguments"));
    }
    let given = a.pos.len().saturating_sub(1);
    if !(1..=2).contains(&given) {
        let msg = if given < 1 {
            format!(" expected at least 1 argument, got {given}")
        } else {
            format!(" expected at most 2 arguments, got {given}")
        };
        return Err(vm.type_error(msg));
    }
    let func = a.pos[0].clone();
    let obj = a.pos[1].clone();
    let owner = a.pos.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        if owner.is_none() {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(func);
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func,
        receiver: obj,
    })))
}

fn method_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let given = a.pos.len().saturating_sub(1);
    if given != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {given}")));
    }
    let func = a.pos[1].clone();
    let obj = a.pos[2].clone();
    if !is_callable(vm, &func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func,
        receiver: obj,
    })))
}
