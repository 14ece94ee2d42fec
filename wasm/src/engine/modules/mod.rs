//! Standard library modules implemented natively, one file per module.

pub mod atexit;
pub mod collections;
pub mod contextvars;
pub mod frames;
pub mod gc;
pub mod itertools;
pub mod math;
pub mod multiprocessing;
pub mod os;
pub mod random;
pub mod signal;
pub mod sys;
pub mod thread;
pub mod time;
pub mod time_struct;
pub mod traceback;
pub mod warnings;
pub mod weakref;

use std::rc::Rc;

use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{BuiltinFunction, NativeFn};
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// Fills a new module's namespace.
pub type ModuleInit = fn(&mut Vm, &Rc<PyDict>) -> PyResult<()>;

/// The initialiser of a native module, if `name` is one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "sys" => sys::init,
        "_collections" => collections::init,
        "itertools" => itertools::init,
        "math" => math::init,
        "random" => random::init,
        "time" => time::init,
        "_thread" => thread::init,
        "_traceback" => traceback::init,
        "_signal" => signal::init,
        "os" => os::init,
        "atexit" => atexit::init,
        "gc" => gc::init,
        "_multiprocessing" => multiprocessing::init,
        "contextvars" | "_contextvars" => contextvars::init,
        "warnings" => warnings::init,
        "_weakref" => weakref::init,
        _ => return None,
    })
}

/// `module.name` if `module` is imported in the running process.
pub fn module_attr(vm: &Vm, module: &str, name: &str) -> Option<Value> {
    match vm.process().modules.get_by_str(module)? {
        Value::Module(m) => m.dict.get_by_str(name),
        _ => None,
    }
}

/// Adds native functions to a module namespace.
pub fn add_functions(d: &PyDict, functions: &[(&'static str, NativeFn)]) {
    for (name, f) in functions {
        d.set_by_str(
            name,
            Value::Builtin(Rc::new(BuiltinFunction::new(name, *f))),
        );
    }
}
