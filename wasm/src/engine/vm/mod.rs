//! The virtual machine: threads of frames, the scheduler loop, and the object
//! protocols (attributes, calls, operators) the bytecode relies on.

pub mod arith;
pub mod attr;
pub mod call;
pub mod collect;
pub mod deferred;
pub mod dispatch;
pub mod exceptions;
pub mod frame;
pub mod import;
pub mod iteration;
pub mod names;
pub mod native_dunder;
pub mod ops;
pub mod repr;
pub mod run;
pub mod scheduler;
pub mod setup;
pub mod suggestions;
pub mod threads;
pub mod tool_iter;
pub mod transfer;
pub mod types;
pub mod unnest;

use std::rc::{Rc, Weak};

use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::{Class, Instance};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::NativeKind;
use crate::engine::objects::object::Object;
use crate::engine::trace::{Event, EventSink, Stream, TraceEvent};
use crate::engine::value::Value;
use names::Names;
use scheduler::{Clock, SeedRng, ThreadState};
use types::{ExcKind, Types};

/// Settings of one run.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// The file name shown in tracebacks.
    pub filename: String,
    /// Changes the thread switch points (not the program's `random`).
    pub seed: u64,
    /// Instructions before the run is stopped.
    pub max_instructions: u64,
    /// Bytes the program may hold before MemoryError.
    pub memory_limit: usize,
    /// Bytes of output before the run is stopped.
    pub output_limit: usize,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: u32,
    /// Emit trace events.
    pub trace: bool,
    /// What `input()` and `sys.stdin` read.
    pub stdin: String,
    /// Deliver SIGINT to the main thread at this virtual time (seconds).
    pub interrupt_at: Option<f64>,
    /// Stop when virtual time passes this many seconds.
    pub time_limit: f64,
    /// Virtual nanoseconds one instruction takes.
    pub ns_per_tick: u64,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            filename: "main.py".to_string(),
            seed: 0,
            max_instructions: 2_000_000_000,
            memory_limit: 512 << 20,
            output_limit: 4 << 20,
            recursion_limit: 1000,
            trace: false,
            stdin: String::new(),
            interrupt_at: None,
            time_limit: 24.0 * 3600.0,
            ns_per_tick: 20,
        }
    }
}

/// One simulated process: its own modules and builtins (an isolated heap).
pub struct Process {
    /// `os.getpid()`.
    pub pid: i64,
    /// `multiprocessing.current_process().name`.
    pub name: String,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    /// The `builtins` namespace.
    pub builtins: Rc<PyDict>,
    /// Index of its main thread.
    pub main_thread: usize,
    /// Every `threading.local` created here (to drop a thread's values when it ends).
    pub locals: Vec<Weak<Instance>>,
    /// Exit status once ended.
    pub exitcode: Option<i64>,
    /// Python-level signal handlers by signal number.
    pub signal_handlers: Vec<(i64, Value)>,
    /// Signals waiting to be handled by the main thread.
    pub pending_signals: Vec<i64>,
    /// Functions registered with `atexit`.
    pub atexit: Vec<AtExit>,
}

/// A function registered with `atexit.register`.
pub struct AtExit {
    /// The function.
    pub func: Value,
    /// Its positional arguments.
    pub args: Vec<Value>,
    /// Its keyword names.
    pub kwnames: Vec<Value>,
    /// Its keyword values.
    pub kwvals: Vec<Value>,
}

/// The engine: every thread of every process, the clock and the scheduler.
pub struct Vm {
    /// Built-in classes.
    pub types: Rc<Types>,
    /// Interned special names.
    pub names: Rc<Names>,
    /// Run settings.
    pub config: RunConfig,
    /// Every thread ever started (finished ones stay, so indexes are stable).
    pub threads: Vec<ThreadState>,
    /// Every process.
    pub processes: Vec<Process>,
    /// Index of the running thread.
    pub current: usize,
    /// Virtual time.
    pub clock: Clock,
    /// Seed-dependent choices.
    pub rng: SeedRng,
    /// `sys.getswitchinterval()` in seconds.
    pub switch_interval: f64,
    /// Set when the running thread slept for no time (`time.sleep(0)`): it
    /// released the GIL, so a thread waiting for it goes first.
    pub yielded: bool,
    /// Whether the run has said that a parked thread changed the order of
    /// events (see `warn_if_parked_too_long`).
    pub parked_warned: bool,
    /// Tick at which the running thread's slice ends.
    pub switch_at: u64,
    /// Tick at which the run loop must look up (min of slice end, budget, pause).
    pub check_at: u64,
    /// Set late in shutdown, where CPython can no longer read source files:
    /// tracebacks then show no source lines.
    pub source_lines_gone: bool,
    /// Tick at which the host wants control back (level 0 only).
    pub pause_at: u64,
    /// Depth of nested scheduler loops (calls from native code into Python).
    pub level: u32,
    /// The thread that owns each nested loop level (index = level - 1).
    pub level_owner: Vec<usize>,
    /// Where events go.
    pub sink: Box<dyn EventSink>,
    /// Bytes written to stdout and stderr.
    pub output_bytes: usize,
    /// Next `threading.get_ident()`.
    pub next_ident: i64,
    /// The size `threading.stack_size()` reports (0: the platform's default).
    pub thread_stack_size: i64,
    /// Next lock number.
    pub next_lock_id: u32,
    /// Next `threading.local` number.
    pub next_local_id: u32,
    /// Unread standard input.
    pub stdin_pos: usize,
    /// Set once the configured SIGINT has been delivered.
    pub interrupt_delivered: bool,
    /// Level 0 pauses rather than let the clock jump past this time (real-time playback).
    pub pause_time: u64,
    /// Where the latest native call was made from (code and instruction).
    pub call_site: Option<(Rc<crate::engine::bytecode::Code>, u32)>,
    /// A one-instruction code object used while a native call waits.
    pub wait_stub: Rc<crate::engine::bytecode::Code>,
    /// Containers whose repr is being computed (cycle detection).
    pub repr_stack: Vec<i64>,
    /// Comparisons and tuple hashes in progress, nested (containers recurse item by item).
    pub compare_depth: u32,
    /// Set while a class call binds its `__init__` frame: in CPython that
    /// call first enters the interpreter from C, one more recursion unit.
    pub class_call_pending: bool,
    /// Compiled standard library modules, shared by every process.
    pub stdlib_cache: std::collections::HashMap<String, Rc<crate::engine::bytecode::Code>>,
    /// The calling frame's namespaces, for natives that ask for them.
    pub frame_ctx: Option<FrameCtx>,
    /// Classes of natively implemented module objects, created on first use.
    pub native_classes: std::collections::HashMap<&'static str, Rc<Class>>,
    /// Singleton values of native modules (sentinels and the like).
    pub native_values: std::collections::HashMap<&'static str, Value>,
    /// The main module's code, re-run by spawned processes.
    pub main_code: Option<Rc<crate::engine::bytecode::Code>>,
    /// Finished frames kept for reuse (saves allocations on every call).
    pub frame_pool: Vec<frame::Frame>,
    /// Bumped whenever any class namespace changes; invalidates lookup caches.
    pub type_epoch: u64,
    /// Interned `&'static str` names (dunders used by operators).
    pub interned: std::collections::HashMap<&'static str, Rc<crate::engine::objects::str::PyStr>>,
    /// What each spawned process's bootstrap receives (by process index).
    pub spawn_payloads: std::collections::HashMap<u32, crate::engine::vm::transfer::Wire>,
    /// Bumped when any class's special methods may have changed; classes
    /// compute their [`SpecialFlags`](crate::engine::objects::class::SpecialFlags) again after it.
    pub flags_epoch: u64,
    /// Set just before a bytecode call op prepares its call (see
    /// [`Vm::prepare_call_from_code`]); taken by `prepare_call`.
    pub call_from_code: bool,
    /// The functions of `unnest.py`, compiled on first use.
    pub unnest_helpers: Option<Rc<crate::engine::objects::dict::PyDict>>,
}

/// What `globals()`, `locals()`, `vars()` and `dir()` see of their caller.
pub struct FrameCtx {
    /// The caller's globals.
    pub globals: Rc<PyDict>,
    /// The caller's namespace (module or class body), if it has one.
    pub locals: Option<Rc<PyDict>>,
    /// Fast locals of a function caller: names and values (unbound ones skipped).
    pub fast: Vec<(Rc<crate::engine::objects::str::PyStr>, Value)>,
}

impl Vm {
    /// The running thread.
    pub fn thread(&self) -> &ThreadState {
        &self.threads[self.current]
    }

    /// The running thread, mutably.
    pub fn thread_mut(&mut self) -> &mut ThreadState {
        &mut self.threads[self.current]
    }

    /// The running thread's process.
    pub fn process(&self) -> &Process {
        &self.processes[self.threads[self.current].process as usize]
    }

    /// The running thread's process, mutably.
    pub fn process_mut(&mut self) -> &mut Process {
        let p = self.threads[self.current].process as usize;
        &mut self.processes[p]
    }

    /// The builtins namespace of the running process.
    pub fn builtins(&self) -> Rc<PyDict> {
        self.process().builtins.clone()
    }

    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => match b.kind() {
                NativeKind::MethodDescriptor => t.method_descriptor.clone(),
                NativeKind::SlotWrapper => t.wrapper_descriptor.clone(),
                NativeKind::MethodWrapper => t.method_wrapper.clone(),
                _ => t.builtin_function.clone(),
            },
            // A built-in type's classmethod (`dict.fromkeys`) binds as a native.
            Value::BoundMethod(m) if matches!(&m.func, Value::Builtin(b) if b.owner.is_some()) => {
                t.builtin_function.clone()
            }
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Object(o) => match &**o {
                Object::Range { .. } => t.range.clone(),
                Object::Slice { .. } => t.slice.clone(),
                Object::Iter(s) => t.iterator(s.borrow().type_name()),
                Object::Backed(b) => t.iterator(b.name),
                Object::Generator(_) => t.generator.clone(),
                Object::Property { .. } => t.property.clone(),
                Object::StaticMethod(_) => t.staticmethod.clone(),
                Object::ClassMethod(_) => t.classmethod.clone(),
                Object::Super { .. } => t.super_.clone(),
                Object::DictView(_, k) => match k {
                    crate::engine::objects::object::ViewKind::Keys => t.dict_keys.clone(),
                    crate::engine::objects::object::ViewKind::Values => t.dict_values.clone(),
                    crate::engine::objects::object::ViewKind::Items => t.dict_items.clone(),
                },
                Object::Cell(_) => t.cell.clone(),
                Object::Code(_) => t.code.clone(),
                Object::Lock(_) => t.lock.clone(),
                Object::WeakRef { .. } => t.weakref.clone(),
                Object::MappingProxy(_) => t.mappingproxy.clone(),
                Object::Traceback(_) => t.traceback.clone(),
                Object::Native(n) => n.class.clone(),
                Object::Deque(d) => d.class.clone(),
                Object::Random(r) => r.class.clone(),
                Object::Pickled(_) => t.object.clone(),
            },
        }
    }

    /// The type name CPython puts in messages (`'int' object is not callable`).
    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).name_string()
    }

    /// A new exception instance of a built-in kind with one message argument.
    pub fn new_exc(&self, kind: ExcKind, msg: impl Into<String>) -> Rc<Instance> {
        exceptions::new_exception(&self.types.exc(kind), vec![Value::string(msg.into())])
    }

    /// A `Flow` raising a built-in exception with a message.
    pub fn err(&self, kind: ExcKind, msg: impl Into<String>) -> Flow {
        Flow::Exc(self.new_exc(kind, msg))
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> Flow {
        self.err(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl Into<String>) -> Flow {
        self.err(ExcKind::ValueError, msg)
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(&self, msg: impl Into<String>) -> Flow {
        self.err(ExcKind::AttributeError, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&self, msg: impl Into<String>) -> Flow {
        self.err(ExcKind::IndexError, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(&self, msg: impl Into<String>) -> Flow {
        self.err(ExcKind::RuntimeError, msg)
    }

    /// `NotImplementedError` naming a feature this engine does not support.
    pub fn unsupported(&self, feature: &str) -> Flow {
        self.err(
            ExcKind::NotImplementedError,
            format!("{feature} is not supported in this playground yet"),
        )
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> Flow {
        Flow::Exc(exceptions::new_exception(
            &self.types.exc(ExcKind::KeyError),
            vec![key],
        ))
    }

    /// A bare exception instance of a kind with these args.
    pub fn exc_with_args(&self, kind: ExcKind, args: Vec<Value>) -> Flow {
        Flow::Exc(exceptions::new_exception(&self.types.exc(kind), args))
    }

    /// True when `exc` is an instance of the built-in kind (or a subclass).
    pub fn exc_is(&self, exc: &Instance, kind: ExcKind) -> bool {
        exc.class().is_subclass(&self.types.exc(kind))
    }

    /// Writes program output, enforcing the output cap.
    pub fn write_output(&mut self, stream: Stream, text: &str) -> PyResult<()> {
        if text.is_empty() {
            return Ok(());
        }
        self.output_bytes += text.len();
        if self.output_bytes > self.config.output_limit {
            return Err(Flow::Halt(crate::engine::flow::Halt::Internal(format!(
                "output limit reached: the program printed more than {} bytes",
                self.config.output_limit
            ))));
        }
        let thread = self.current as u32;
        let time = self.clock.now();
        self.sink.event(Event::Output {
            time,
            thread,
            stream,
            text: text.to_string(),
        });
        Ok(())
    }

    /// Emits a trace event when tracing is on.
    pub fn trace(&mut self, make: impl FnOnce(&Vm) -> TraceEvent) {
        if self.config.trace {
            let ev = make(self);
            self.sink.event(Event::Trace(ev));
        }
    }

    /// Charges `n` instructions of work done inside native code, stopping runaway loops.
    pub fn charge(&mut self, n: u64) -> PyResult<()> {
        self.clock.ticks += n;
        if self.clock.ticks >= self.config.max_instructions {
            return Err(Flow::Halt(crate::engine::flow::Halt::Budget(
                self.config.max_instructions,
            )));
        }
        if crate::engine::heap::over_limit() {
            return Err(self.err(ExcKind::MemoryError, ""));
        }
        Ok(())
    }

    /// A frame for `code`, reusing a finished one when possible.
    pub fn alloc_frame(
        &mut self,
        code: Rc<crate::engine::bytecode::Code>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> frame::Frame {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, locals);
                f
            }
            None => frame::new_frame(code, globals, locals),
        }
    }

    /// Returns a finished frame to the pool.
    pub fn recycle_frame(&mut self, mut f: frame::Frame) {
        // A synthetic code's constants are live objects (a thread's target,
        // a callback's arguments): a pooled frame would keep them alive.
        if self.frame_pool.len() < 64 && !f.code.flags.synthetic {
            f.stack.clear();
            f.fast.clear();
            f.cells.clear();
            f.func = None;
            f.locals = None;
            f.generator = None;
            self.frame_pool.push(f);
        }
    }

    /// An interned name.
    pub fn intern(&mut self, name: &'static str) -> Rc<crate::engine::objects::str::PyStr> {
        self.interned
            .entry(name)
            .or_insert_with(|| Rc::new(crate::engine::objects::str::PyStr::new(name)))
            .clone()
    }

    /// A class attribute along the MRO, through the class's lookup cache.
    pub fn cls_lookup(
        &self,
        cls: &Class,
        name: &Rc<crate::engine::objects::str::PyStr>,
    ) -> Option<Value> {
        cls.lookup_cached(name, self.type_epoch)
    }

    /// Line of the running instruction in the running thread's innermost frame
    /// that belongs to the user's file.
    pub fn current_line(&self) -> u32 {
        let t = self.thread();
        for f in t.frames.iter().rev() {
            if &*f.code.filename == self.config.filename.as_str() {
                return f.line();
            }
        }
        0
    }
}
