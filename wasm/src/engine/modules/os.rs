//! `os`: process identity and the few helpers programs about threads use.

use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// CPUs the simulated machine reports (`os.cpu_count()`).
pub const CPU_COUNT: i64 = 2;

/// Creates the `os` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("getpid", getpid),
            ("getppid", getppid),
            ("cpu_count", cpu_count),
            ("getenv", getenv),
            ("getcwd", getcwd),
            ("get_native_id", crate::engine::modules::os::native_id),
        ],
    );
    d.set_by_str("name", Value::str("posix"));
    d.set_by_str("sep", Value::str("/"));
    d.set_by_str("linesep", Value::str("\n"));
    d.set_by_str("pathsep", Value::str(":"));
    d.set_by_str("curdir", Value::str("."));
    let env = PyDict::new_rc();
    env.set_by_str("HOME", Value::str("/home/user"));
    env.set_by_str("LANG", Value::str("C.UTF-8"));
    d.set_by_str("environ", Value::Dict(env));
    Ok(())
}

fn getpid(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "getpid", a, 0)?;
    Ok(Value::Int(vm.process().pid))
}

fn getppid(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "getppid", a, 0)?;
    let p = vm.thread().process as usize;
    Ok(Value::Int(if p == 0 { 4100 } else { vm.processes[0].pid }))
}

fn cpu_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "cpu_count", a, 0)?;
    Ok(Value::Int(CPU_COUNT))
}

fn getenv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::range(vm, "getenv", a, 1, 2)?;
    let env = match vm.load_module("os")? {
        Value::Module(m) => m.dict.get_by_str("environ"),
        _ => None,
    };
    if let Some(Value::Dict(e)) = env {
        if let Some(v) = e.get(vm, &a.pos[0])? {
            return Ok(v);
        }
    }
    Ok(a.pos.get(1).cloned().unwrap_or(Value::None))
}

fn getcwd(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::str("/home/user"))
}

fn native_id(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(4000 + vm.current as i64))
}
