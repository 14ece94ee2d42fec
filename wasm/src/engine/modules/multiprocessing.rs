//! `_multiprocessing`: the engine's side of `multiprocessing`. A child process is
//! a new interpreter state on the same virtual clock, started spawn-style: it
//! re-runs the main module as `__mp_main__`, then calls the target, whose
//! arguments cross by value.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::bytecode::Op;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::BaseKind;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::module::Module;
use crate::engine::objects::object::{NativeObj, Object};
use crate::engine::value::Value;
use crate::engine::vm::frame::{new_frame, ReturnMode};
use crate::engine::vm::run::synthetic_code_named;
use crate::engine::vm::scheduler::Wait;
use crate::engine::vm::types::builtin_class;
use crate::engine::vm::Vm;

/// Creates the `_multiprocessing` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("spawn", spawn),
            ("payload", payload),
            ("join", join),
            ("exitcode", exitcode),
            ("terminate", terminate),
            ("current", current),
            ("dumps", dumps),
            ("loads", loads),
            ("queue_new", queue_new),
            ("queue_put", queue_put),
            ("queue_get", queue_get),
            ("queue_size", queue_size),
        ],
    );
    d.set_by_str("EMPTY", empty_marker(&vm.native_values));
    Ok(())
}

/// The value a queue get returns when it times out (a per-engine sentinel).
pub fn empty_marker(values: &HashMap<&'static str, Value>) -> Value {
    values.get("mp.EMPTY").cloned().unwrap_or(Value::Ellipsis)
}

fn ensure_marker(vm: &mut Vm) -> Value {
    if let Some(v) = vm.native_values.get("mp.EMPTY") {
        return v.clone();
    }
    let cls = builtin_class(
        "_multiprocessing.Empty",
        std::slice::from_ref(&vm.types.object),
        BaseKind::Final,
    );
    let v = Value::Object(Rc::new(Object::Native(NativeObj {
        class: cls,
        state: RefCell::new(Vec::new()),
    })));
    vm.native_values.insert("mp.EMPTY", v.clone());
    v
}

fn process_index(vm: &Vm, pid: &Value) -> PyResult<usize> {
    let Value::Int(pid) = pid else {
        return Err(vm.type_error("expected a process id"));
    };
    vm.processes
        .iter()
        .position(|p| p.pid == *pid)
        .ok_or_else(|| vm.value_error("no such process"))
}

/// `spawn(payload, name, daemon)`: pickles the payload, creates the process and
/// its main thread (main module first, then `multiprocessing._child_main()`);
/// returns the child's pid.
fn spawn(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "spawn", a, 3)?;
    let wire = vm.dump_value(&a.pos[0])?;
    let name = vm.str_of(&a.pos[1])?;
    let daemon = vm.truthy(&a.pos[2])?;
    let Some(main_code) = vm.main_code.clone() else {
        return Err(vm.runtime_error("no main module to start a process from"));
    };
    ensure_marker(vm);
    let parent = vm.thread().process;
    let proc = vm.add_process(&name);
    vm.spawn_payloads.insert(proc as u32, wire);
    let main_thread = vm.processes[proc].main_thread;
    vm.threads[main_thread].daemon = daemon;
    let _ = parent;
    // The child's main module: the program re-run as __mp_main__.
    let globals = PyDict::new_rc();
    globals.set_by_str("__name__", Value::str("__mp_main__"));
    globals.set_by_str("__doc__", Value::None);
    globals.set_by_str("__file__", Value::str(&vm.config.filename));
    globals.set_by_str(
        "__builtins__",
        Value::Dict(vm.processes[proc].builtins.clone()),
    );
    let module = Value::Module(Rc::new(Module::new("__mp_main__", globals.clone())));
    let modules = vm.processes[proc].modules.clone();
    modules.set_by_str("__main__", module.clone());
    modules.set_by_str("__mp_main__", module);
    let boot = synthetic_code_named(
        "<process>",
        vec![
            Op::LoadConst(0),
            Op::LoadConst(1),
            Op::ImportName(0),
            Op::LoadAttr(1),
            Op::Call(0),
            Op::ReturnValue,
        ],
        vec![Value::Int(0), Value::tuple(vec![Value::str("_child_main")])],
        &["multiprocessing", "_child_main"],
    );
    let mut boot_frame = new_frame(boot, globals.clone(), None);
    boot_frame.mode = ReturnMode::ThreadEntry;
    let mut main_frame = new_frame(main_code, globals.clone(), Some(globals));
    main_frame.mode = ReturnMode::Discard;
    vm.threads[main_thread].frames.push(boot_frame);
    vm.threads[main_thread].frames.push(main_frame);
    Ok(Value::Int(vm.processes[proc].pid))
}

/// `payload()`: what the parent passed to this process, unpickled here.
fn payload(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let p = vm.thread().process;
    match vm.spawn_payloads.remove(&p) {
        Some(w) => vm.load_value(&w),
        None => Ok(Value::None),
    }
}

/// `join(pid, timeout)`.
fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "join", a, 2)?;
    let proc = process_index(vm, &a.pos[0])?;
    if vm.processes[proc].exitcode.is_some() {
        return Ok(Value::None);
    }
    let deadline = match vm.to_f64(&a.pos[1])? {
        Some(t) => Some(vm.clock.now() + (t.max(0.0) * 1e9) as u64),
        None => None,
    };
    Err(Flow::Block(Wait::Process {
        process: proc as u32,
        deadline,
    }))
}

fn exitcode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "exitcode", a, 1)?;
    let proc = process_index(vm, &a.pos[0])?;
    Ok(vm.processes[proc]
        .exitcode
        .map(Value::Int)
        .unwrap_or(Value::None))
}

fn terminate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "terminate", a, 1)?;
    let proc = process_index(vm, &a.pos[0])?;
    if vm.processes[proc].exitcode.is_none() {
        vm.end_process(proc, -15);
    }
    Ok(Value::None)
}

/// `current()`: `(name, pid, parent pid or None, is_main)` of the running process.
fn current(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let p = vm.thread().process as usize;
    let proc = &vm.processes[p];
    let parent = if p == 0 {
        Value::None
    } else {
        Value::Int(vm.processes[0].pid)
    };
    Ok(Value::tuple(vec![
        Value::str(&proc.name),
        Value::Int(proc.pid),
        parent,
        Value::Bool(p == 0),
    ]))
}

fn dumps(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "dumps", a, 1)?;
    let w = vm.dump_value(&a.pos[0])?;
    Ok(Value::Object(Rc::new(Object::Pickled(w))))
}

fn loads(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "loads", a, 1)?;
    match &a.pos[0] {
        Value::Object(o) => match &**o {
            Object::Pickled(w) => {
                let w = w.clone();
                vm.load_value(&w)
            }
            _ => Err(vm.type_error("loads() expects pickled data")),
        },
        _ => Err(vm.type_error("loads() expects pickled data")),
    }
}

fn queue_class(vm: &mut Vm) -> Rc<crate::engine::objects::class::Class> {
    if let Some(c) = vm.native_classes.get("mp.queue") {
        return c.clone();
    }
    let c = builtin_class(
        "_multiprocessing.queue",
        std::slice::from_ref(&vm.types.object),
        BaseKind::Final,
    );
    vm.native_classes.insert("mp.queue", c.clone());
    c
}

/// `queue_new(maxsize)`: state is `[maxsize, item, item, ...]`.
fn queue_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let maxsize = a.pos.first().cloned().unwrap_or(Value::Int(0));
    let cls = queue_class(vm);
    ensure_marker(vm);
    Ok(Value::Object(Rc::new(Object::Native(NativeObj {
        class: cls,
        state: RefCell::new(vec![maxsize]),
    }))))
}

fn queue_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Rc<Object>> {
    if let Value::Object(o) = v {
        if let Object::Native(n) = &**o {
            if n.class.name_string() == "_multiprocessing.queue" {
                return Ok(o);
            }
        }
    }
    Err(vm.type_error("expected a multiprocessing queue"))
}

/// `queue_put(q, item)`: pickles now, so later changes to `item` do not travel.
fn queue_put(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "queue_put", a, 2)?;
    let q = queue_of(vm, &a.pos[0])?.clone();
    let w = vm.dump_value(&a.pos[1])?;
    if let Object::Native(n) = &*q {
        n.state
            .borrow_mut()
            .push(Value::Object(Rc::new(Object::Pickled(w))));
    }
    Ok(Value::None)
}

/// `queue_get(q, block, timeout)`: a pickled item, or `EMPTY` (non-blocking or timed out).
fn queue_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "queue_get", a, 3)?;
    let q = queue_of(vm, &a.pos[0])?.clone();
    let block = vm.truthy(&a.pos[1])?;
    let timeout = vm.to_f64(&a.pos[2])?;
    if let Object::Native(n) = &*q {
        let mut st = n.state.borrow_mut();
        if st.len() > 1 {
            return Ok(st.remove(1));
        }
    }
    let marker = ensure_marker(vm);
    if !block {
        return Ok(marker);
    }
    let deadline = timeout.map(|t| vm.clock.now() + (t.max(0.0) * 1e9) as u64);
    Err(Flow::Block(Wait::MpQueue { queue: q, deadline }))
}

fn queue_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "queue_size", a, 1)?;
    let q = queue_of(vm, &a.pos[0])?;
    let n = match &**q {
        Object::Native(n) => n.state.borrow().len().saturating_sub(1),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}
