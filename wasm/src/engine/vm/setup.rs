//! Building an engine: built-in classes, the first process and its main thread.

use std::collections::HashMap;
use std::rc::Rc;

use crate::engine::bytecode::Op;
use crate::engine::objects::dict::PyDict;
use crate::engine::trace::{EventSink, TraceEvent};
use crate::engine::vm::names::Names;
use crate::engine::vm::run::synthetic_code;
use crate::engine::vm::scheduler::{Clock, SeedRng, ThreadState};
use crate::engine::vm::types::Types;
use crate::engine::vm::{Process, RunConfig, Vm};

/// `threading.get_ident()` of the first thread; later threads count up from it.
const FIRST_IDENT: i64 = 140_245_236_455_232;
/// Distance between thread idents (CPython's are stack addresses, 8 MiB apart).
const IDENT_STRIDE: i64 = 8_392_704;

impl Vm {
    /// A new engine with one process whose main thread has no frames yet.
    pub fn new(config: RunConfig, sink: Box<dyn EventSink>) -> Vm {
        crate::engine::heap::set_limit(config.memory_limit);
        crate::engine::objects::weak::reset();
        crate::engine::objects::deferred::reset();
        crate::engine::objects::finalizer::reset();
        crate::engine::objects::generator::reset();
        let clock = Clock::new(config.ns_per_tick.max(1));
        let rng = SeedRng::new(config.seed);
        let mut vm = Vm {
            types: Rc::new(Types::new()),
            names: Rc::new(Names::new()),
            threads: Vec::new(),
            processes: Vec::new(),
            current: 0,
            clock,
            rng,
            switch_interval: 0.005,
            yielded: false,
            parked_warned: false,
            switch_at: u64::MAX,
            check_at: u64::MAX,
            source_lines_gone: false,
            pause_at: u64::MAX,
            level: 0,
            level_owner: Vec::new(),
            sink,
            output_bytes: 0,
            next_ident: FIRST_IDENT,
            thread_stack_size: 0,
            next_lock_id: 1,
            next_local_id: 1,
            stdin_pos: 0,
            interrupt_delivered: false,
            pause_time: u64::MAX,
            call_site: None,
            wait_stub: synthetic_code("<wait>", vec![Op::ReturnValue], Vec::new()),
            repr_stack: Vec::new(),
            compare_depth: 0,
            class_call_pending: false,
            stdlib_cache: HashMap::new(),
            frame_ctx: None,
            native_classes: HashMap::new(),
            native_values: HashMap::new(),
            main_code: None,
            spawn_payloads: HashMap::new(),
            type_epoch: 0,
            frame_pool: Vec::new(),
            interned: HashMap::new(),
            unnest_helpers: None,
            call_from_code: false,
            flags_epoch: 1,
            config,
        };
        crate::engine::builtins::install_types(&vm);
        vm.add_process("MainProcess");
        vm.new_slice();
        vm
    }

    /// Adds a process with a fresh namespace and a main thread (without frames).
    pub fn add_process(&mut self, name: &str) -> usize {
        let builtins = crate::engine::builtins::namespace(self);
        let idx = self.processes.len();
        let ident = self.next_ident;
        self.next_ident += IDENT_STRIDE;
        let main_thread = self.threads.len();
        self.threads.push(ThreadState::new(
            idx as u32,
            ident,
            "MainThread".into(),
            false,
        ));
        self.processes.push(Process {
            pid: 4242 + 17 * idx as i64,
            name: name.to_string(),
            modules: PyDict::new_rc(),
            builtins,
            main_thread,
            locals: Vec::new(),
            exitcode: None,
            signal_handlers: Vec::new(),
            pending_signals: Vec::new(),
            atexit: Vec::new(),
        });
        let time = self.clock.now();
        self.trace(|_| TraceEvent::ThreadStart {
            time,
            thread: main_thread as u32,
            name: "MainThread".into(),
            daemon: false,
            process: idx as u32,
        });
        idx
    }
}
