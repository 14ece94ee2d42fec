//! `_thread`: starting threads, primitive locks, thread identity. Everything in
//! `threading` is built on these.

use std::cell::Cell;
use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::builtins::object::add_methods;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::numeric::Int;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::{LockObj, Object};
use crate::engine::trace::TraceEvent;
use crate::engine::value::Value;
use crate::engine::vm::scheduler::Wait;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// `threading.TIMEOUT_MAX` on 64-bit Linux.
pub const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// Creates the `_thread` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("start_new_thread", start_new_thread),
            ("_start_named", start_named),
            ("start_new", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("stack_size", stack_size),
            ("interrupt_main", interrupt_main),
            ("_set_name", set_name),
            ("_set_daemon", set_daemon),
            ("_index_of", index_of),
            ("_release_when_done", release_when_done),
            ("_is_main_thread", is_main_thread),
            ("_current_daemon", current_daemon),
        ],
    );
    install_lock_methods(vm);
    d.set_by_str("LockType", Value::Class(vm.types.lock.clone()));
    d.set_by_str("_local", Value::Class(vm.types.local.clone()));
    d.set_by_str("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    d.set_by_str("error", Value::Class(vm.types.exc(ExcKind::RuntimeError)));
    Ok(())
}

fn install_lock_methods(vm: &Vm) {
    let lock = &vm.types.lock;
    if lock.dict.get_by_str("acquire").is_some() {
        return;
    }
    add_methods(
        lock,
        "lock",
        &[
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("__enter__", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("__exit__", lock_exit),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
        ],
    );
}

/// A new unlocked primitive lock.
pub fn new_lock(vm: &mut Vm) -> Value {
    let id = vm.next_lock_id;
    vm.next_lock_id += 1;
    Value::Object(Rc::new(Object::Lock(LockObj {
        locked: Cell::new(false),
        id,
    })))
}

fn allocate_lock(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "allocate_lock", a, 0)?;
    Ok(new_lock(vm))
}

fn lock_of<'a>(vm: &Vm, a: &'a Args) -> PyResult<(&'a Rc<Object>, &'a LockObj)> {
    if let Some(Value::Object(o)) = a.pos.first() {
        if let Object::Lock(l) = &**o {
            return Ok((o, l));
        }
    }
    Err(vm.type_error("descriptor requires a 'lock' object"))
}

/// Parses `acquire(blocking=True, timeout=-1)` into an optional deadline; `Ok(None)` for non-blocking.
pub fn acquire_deadline(vm: &mut Vm, a: &Args) -> PyResult<Option<Option<u64>>> {
    args::only_kw(vm, "acquire", a, &["blocking", "timeout"])?;
    let blocking = match args::arg(a, 1, "blocking") {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = match args::arg(a, 2, "timeout") {
        Some(t) => match vm.to_f64(t)? {
            Some(x) => x,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(t)
                )))
            }
        },
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.err(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    if !blocking {
        return Ok(None);
    }
    if timeout == -1.0 {
        return Ok(Some(None));
    }
    Ok(Some(Some(vm.clock.now() + (timeout * 1e9) as u64)))
}

fn lock_acquire(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (o, l) = lock_of(vm, a)?;
    let o = o.clone();
    let deadline = acquire_deadline(vm, a)?;
    if !l.locked.get() {
        l.locked.set(true);
        return Ok(Value::Bool(true));
    }
    match deadline {
        None => Ok(Value::Bool(false)),
        Some(Some(d)) if d <= vm.clock.now() => Ok(Value::Bool(false)),
        Some(d) => Err(Flow::Block(Wait::Lock {
            lock: o,
            deadline: d,
        })),
    }
}

fn lock_release(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, l) = lock_of(vm, a)?;
    if !l.locked.get() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    l.locked.set(false);
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    lock_release(vm, &Args::positional(&a.pos[..1.min(a.pos.len())]))?;
    Ok(Value::Bool(false))
}

fn lock_locked(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, l) = lock_of(vm, a)?;
    Ok(Value::Bool(l.locked.get()))
}

fn start_new_thread(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "start_new_thread", a)?;
    args::range(vm, "start_new_thread", a, 2, 3)?;
    let func = a.pos[0].clone();
    if !crate::engine::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Value::Tuple(t) = &a.pos[1] else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let kwargs = match a.pos.get(2) {
        None => None,
        Some(d @ Value::Dict(_)) => Some(d.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let daemon = vm.thread().daemon;
    let n = vm.threads.len();
    let idx = vm.spawn_thread(
        func,
        t.items().to_vec(),
        kwargs,
        format!("Thread-{n}"),
        daemon,
    );
    Ok(Value::Int(vm.threads[idx].ident))
}

/// `_thread._start_named(func, args, name, daemon)`: `threading.Thread.start`'s
/// spawn, so the thread's start event carries its real name and daemon flag.
fn start_named(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "_start_named", a, 4)?;
    let (Value::Tuple(t), Value::Str(name)) = (&a.pos[1], &a.pos[2]) else {
        return Err(vm.type_error("_start_named(func, args: tuple, name: str, daemon)"));
    };
    let (func, items, name) = (
        a.pos[0].clone(),
        t.items().to_vec(),
        name.as_str().to_string(),
    );
    let daemon = vm.truthy(&a.pos[3])?;
    let idx = vm.spawn_thread(func, items, None, name, daemon);
    Ok(Value::Int(vm.threads[idx].ident))
}

fn get_ident(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "get_ident", a, 0)?;
    Ok(Value::Int(vm.thread().ident))
}

fn get_native_id(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "get_native_id", a, 0)?;
    Ok(Value::Int(4000 + vm.current as i64))
}

fn count(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let p = vm.thread().process;
    let main = vm.process().main_thread;
    let n = vm
        .threads
        .iter()
        .enumerate()
        .filter(|(i, t)| t.process == p && *i != main && !t.is_finished())
        .count();
    Ok(Value::Int(n as i64))
}

/// `_thread.stack_size([size])`: the engine's threads have no native stack,
/// so the size is only recorded and validated, as CPython does on Linux;
/// returns the previous size.
fn stack_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let old = vm.thread_stack_size;
    let Some(v) = a.pos.first() else {
        return Ok(Value::Int(old));
    };
    let size = match vm.index_value(v)? {
        Some(Int::Small(n)) => n,
        Some(Int::Big(_)) => {
            return Err(vm.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ))
        }
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    };
    if size < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    // CPython's THREAD_STACK_MIN on Linux.
    if size != 0 && size < 0x8000 {
        return Err(vm.value_error(format!("size not valid: {size} bytes")));
    }
    vm.thread_stack_size = size;
    Ok(Value::Int(old))
}

fn interrupt_main(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    vm.raise_signal_in_main(2);
    Ok(Value::None)
}

/// `_thread._set_name(name)`: keeps the engine's view of the running thread's name
/// in step with `threading` (for traces and deadlock reports).
fn set_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (t, name) = match (a.pos.first(), a.pos.get(1)) {
        (Some(Value::Int(i)), Some(Value::Str(s))) => (*i as usize, s.as_str().to_string()),
        _ => return Err(vm.type_error("_set_name(index, name)")),
    };
    if let Some(th) = vm.threads.get_mut(t) {
        if th.name == name {
            return Ok(Value::None);
        }
        th.name = name.clone();
        let daemon = th.daemon;
        let time = vm.clock.now();
        vm.trace(|_| TraceEvent::ThreadName {
            time,
            thread: t as u32,
            name,
            daemon,
        });
    }
    Ok(Value::None)
}

/// `_thread._set_daemon(index, flag)`.
fn set_daemon(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let (Some(Value::Int(i)), Some(flag)) = (a.pos.first(), a.pos.get(1)) {
        let f = vm.truthy(flag)?;
        if let Some(th) = vm.threads.get_mut(*i as usize) {
            th.daemon = f;
        }
    }
    Ok(Value::None)
}

/// `_thread._release_when_done(lock)`: the running thread's lock to release
/// once it has ended and its thread-local values are freed.
fn release_when_done(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (o, _) = lock_of(vm, a)?;
    let o = o.clone();
    let t = vm.current;
    vm.threads[t].done_lock = Some(o);
    Ok(Value::None)
}

/// `_thread._index_of(ident)`: the engine's index of a thread, or the running one's.
fn index_of(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Int(ident)) => Ok(vm
            .threads
            .iter()
            .position(|t| t.ident == *ident)
            .map(|i| Value::Int(i as i64))
            .unwrap_or(Value::None)),
        _ => Ok(Value::Int(vm.current as i64)),
    }
}

fn is_main_thread(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.current == vm.process().main_thread))
}

fn current_daemon(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.thread().daemon))
}
