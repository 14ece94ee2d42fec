//! Frame objects for `sys._getframe()`, `sys._current_frames()` and
//! `traceback.tb_frame`.
//!
//! The engine's frames live in each thread's frame stack and change as code
//! runs, so Python never sees them directly. `sys._getframe(depth)` instead
//! returns a read-only snapshot of the running thread's stack: `f_code`,
//! `f_lineno`, `f_globals` and `f_back` (the next snapshot entry out) work as
//! in CPython; `f_locals` raises NotImplementedError. A snapshot remembers its
//! thread, so while a frame it holds is still running, its line is read live,
//! as from CPython's frame objects. The snapshot holds the
//! Python-to-Python call chain; a frame whose call came through native code
//! (a `key=` function called by `sorted`, say) starts a chain of its own, so
//! `f_back` ends there. This is what `logging` needs for `%(funcName)s` and
//! `%(lineno)d`, and `traceback.print_stack(f)` / `format_stack(f)` accept it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::builtins::args;
use crate::engine::builtins::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::objects::exception::TbEntry;
use crate::engine::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::engine::objects::object::{NativeObj, Object};
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::scheduler::ThreadStatus;
use crate::engine::vm::Vm;

/// Adds the attribute getters of the `frame` class (once per engine).
pub fn install(vm: &Vm) {
    let cls = &vm.types.frame;
    if cls.dict.get_by_str("f_code").is_some() {
        return;
    }
    let getters: [(&'static str, NativeFn); 7] = [
        ("f_code", f_code),
        ("f_lineno", f_lineno),
        ("f_back", f_back),
        ("f_globals", f_globals),
        ("f_locals", f_locals),
        ("f_lasti", f_lasti),
        ("f_builtins", f_builtins),
    ];
    for (name, f) in getters {
        let fget = Value::Builtin(Rc::new(BuiltinFunction::method("frame", name, f)));
        cls.dict.set_by_str(
            name,
            Value::Object(Rc::new(Object::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: std::cell::RefCell::new(None),
            })),
        );
    }
    add_methods(cls, "frame", &[("__repr__", frame_repr)]);
}

/// A frame snapshot: `entries` outermost first, `globals` aligned with them
/// (None where unknown), the index of the frame this object stands for, and
/// the thread whose stack it was taken from (None for a traceback's frame).
pub fn frame_value(
    vm: &Vm,
    entries: Rc<Object>,
    globals: Value,
    index: usize,
    thread: Option<usize>,
) -> Value {
    let thread = thread.map_or(Value::None, |t| Value::Int(t as i64));
    Value::Object(Rc::new(Object::Native(NativeObj {
        class: vm.types.frame.clone(),
        state: RefCell::new(vec![
            Value::Object(entries),
            globals,
            Value::Int(index as i64),
            thread,
        ]),
    })))
}

/// The frame for the head of a traceback (its own frame only: `f_back` is None).
pub fn traceback_frame(vm: &Vm, entry: &TbEntry) -> Value {
    // A program may walk a traceback without ever importing `sys`.
    install(vm);
    let entries = Rc::new(Object::Traceback(vec![entry.clone()]));
    frame_value(vm, entries, Value::tuple(vec![Value::None]), 0, None)
}

/// What a frame object holds: its stack entries and globals, its index,
/// and its thread.
struct Snapshot {
    entries: Rc<Object>,
    globals: Value,
    index: usize,
    thread: Option<usize>,
}

impl Snapshot {
    fn entries(&self) -> &[TbEntry] {
        match &*self.entries {
            Object::Traceback(t) => t,
            _ => &[],
        }
    }

    /// The entries up to this frame, each at its current instruction when
    /// the thread still runs that frame at the same depth.
    fn live_entries(&self, vm: &Vm) -> Vec<TbEntry> {
        let taken = self.entries().get(..=self.index).unwrap_or(&[]);
        let now = self
            .thread
            .filter(|&t| t < vm.threads.len())
            .map(|t| thread_entries(vm, t).0)
            .unwrap_or_default();
        taken
            .iter()
            .enumerate()
            .map(|(i, e)| match now.get(i) {
                Some(n) if Rc::ptr_eq(&n.code, &e.code) => n.clone(),
                _ => e.clone(),
            })
            .collect()
    }

    /// This frame's own entry, live as in [`Snapshot::live_entries`].
    fn entry(&self, vm: &Vm) -> Option<TbEntry> {
        self.live_entries(vm).pop()
    }
}

/// Whether `v` is a frame object.
#[inline]
pub fn is_frame(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::Native(n) if Rc::ptr_eq(&n.class, &vm.types.frame)))
}

fn snapshot_of(v: &Value) -> Option<Snapshot> {
    let Value::Object(o) = v else { return None };
    let Object::Native(n) = &**o else { return None };
    let state = n.state.borrow();
    match (state.first(), state.get(1), state.get(2)) {
        (Some(Value::Object(entries)), Some(globals), Some(Value::Int(i))) => Some(Snapshot {
            entries: entries.clone(),
            globals: globals.clone(),
            index: usize::try_from(*i).ok()?,
            thread: match state.get(3) {
                Some(Value::Int(t)) => usize::try_from(*t).ok(),
                _ => None,
            },
        }),
        _ => None,
    }
}

fn this(vm: &Vm, a: &Args) -> PyResult<Snapshot> {
    a.pos
        .first()
        .filter(|v| is_frame(vm, v))
        .and_then(snapshot_of)
        .ok_or_else(|| vm.type_error("descriptor requires a 'frame' object"))
}

/// The entries a frame object stands for, outermost first, ending with its own.
pub fn stack_entries(vm: &Vm, v: &Value) -> Option<Vec<TbEntry>> {
    if !is_frame(vm, v) {
        return None;
    }
    let s = snapshot_of(v)?;
    Some(s.live_entries(vm))
}

fn f_code(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(s.entry(vm).map_or(Value::None, |e| {
        Value::Object(Rc::new(Object::Code(e.code)))
    }))
}

fn f_lineno(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(s.entry(vm).map_or(Value::None, |e| {
        Value::Int(e.code.line_at(e.ip as usize) as i64)
    }))
}

fn f_lasti(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(s.entry(vm)
        .map_or(Value::None, |e| Value::Int(e.ip as i64 * 2)))
}

fn f_back(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    if s.index == 0 {
        return Ok(Value::None);
    }
    Ok(frame_value(vm, s.entries, s.globals, s.index - 1, s.thread))
}

fn f_globals(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    match &s.globals {
        Value::Tuple(t) => match t.items().get(s.index) {
            Some(g @ Value::Dict(_)) => Ok(g.clone()),
            _ => Err(vm.unsupported("f_globals of a traceback's frame")),
        },
        _ => Err(vm.unsupported("f_globals of this frame")),
    }
}

fn f_builtins(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a)?;
    Ok(Value::Dict(vm.builtins()))
}

fn f_locals(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a)?;
    Err(vm.unsupported("frame.f_locals"))
}

fn frame_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let addr = a.pos.first().map_or(0, |v| v.id());
    Ok(Value::string(match s.entry(vm) {
        Some(e) => format!(
            "<frame at {addr:#x}, file '{}', line {}, code {}>",
            e.code.filename,
            e.code.line_at(e.ip as usize),
            e.code.name.as_str()
        ),
        None => format!("<frame at {addr:#x}>"),
    }))
}

/// `sys._getframe(depth=0)`: the caller's frame, or one `depth` calls further out.
pub fn getframe(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::range(vm, "_getframe", a, 0, 1)?;
    let depth = match a.pos.first() {
        None => 0,
        Some(v) => match as_int(v).and_then(|i| i.to_i64()) {
            Some(d) => d.max(0) as usize,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        },
    };
    let caller_globals = vm.frame_ctx.take().map(|c| Value::Dict(c.globals));
    let t = vm.current;
    let (entries, mut globals) = thread_entries(vm, t);
    // The call-site entry's globals are unknown to the stack; the caller's.
    if let (Some(g), Some(last)) = (caller_globals, globals.last_mut()) {
        if last.is_none() {
            *last = g;
        }
    }
    if depth >= entries.len() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let index = entries.len() - 1 - depth;
    Ok(frame_value(
        vm,
        Rc::new(Object::Traceback(entries)),
        Value::tuple(globals),
        index,
        Some(t),
    ))
}

/// Thread `t`'s stack as entries, outermost first, with each frame's
/// globals (None where unknown); for the running thread the frame making
/// the current native call comes last (it is not on the thread's stack).
fn thread_entries(vm: &Vm, t: usize) -> (Vec<TbEntry>, Vec<Value>) {
    let mut entries = Vec::new();
    let mut globals = Vec::new();
    for f in vm.threads[t].frames.iter() {
        if f.code.flags.synthetic {
            continue;
        }
        entries.push(TbEntry::new(f.code.clone(), f.ip.saturating_sub(1)));
        globals.push(Value::Dict(f.globals.clone()));
    }
    if t == vm.current {
        if let Some((code, ip)) = vm.call_site.clone() {
            entries.push(TbEntry::new(code, ip));
            globals.push(Value::None);
        }
    }
    (entries, globals)
}

/// Registers `sys._getframe` (it needs its caller's globals).
pub fn getframe_builtin() -> Value {
    let mut b = BuiltinFunction::new("_getframe", getframe);
    b.needs_frame = true;
    Value::Builtin(Rc::new(b))
}

/// The innermost frame of thread `t` (with the running native call's caller
/// when `t` is the running thread), for signal handlers' `frame` argument.
pub fn thread_frame(vm: &Vm, t: usize) -> Value {
    let (entries, globals) = thread_entries(vm, t);
    let Some(index) = entries.len().checked_sub(1) else {
        return Value::None;
    };
    frame_value(
        vm,
        Rc::new(Object::Traceback(entries)),
        Value::tuple(globals),
        index,
        Some(t),
    )
}

/// `sys._current_frames()`: each live thread of this process by ident, the
/// newest first as CPython lists them, with its innermost frame.
pub fn current_frames(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "_current_frames", a, 0)?;
    let process = vm.threads[vm.current].process;
    let frames = crate::engine::objects::dict::PyDict::new_rc();
    for t in (0..vm.threads.len()).rev() {
        let th = &vm.threads[t];
        if th.process != process || matches!(th.status, ThreadStatus::Finished) {
            continue;
        }
        let ident = th.ident;
        let frame = thread_frame(vm, t);
        if !frame.is_none() {
            frames.set(vm, Value::Int(ident), frame)?;
        }
    }
    Ok(Value::Dict(frames))
}
