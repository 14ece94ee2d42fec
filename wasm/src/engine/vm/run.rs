//! The scheduler loop: runs frames of the current thread, moves results between
//! frames, switches threads, advances the virtual clock, and nests when native
//! code calls back into Python.

use std::rc::Rc;

use crate::engine::ast::Span;
use crate::engine::bytecode::{Code, CodeFlags, Op};
use crate::engine::flow::{Flow, Halt, PyResult};
use crate::engine::objects::class::Instance;
use crate::engine::objects::exception::TbEntry;
use crate::engine::objects::generator::{GenObj, GenState};
use crate::engine::objects::object::Object;
use crate::engine::objects::str::PyStr;
use crate::engine::source::SourceMap;
use crate::engine::trace::TraceEvent;
use crate::engine::value::Value;
use crate::engine::vm::call::Called;
use crate::engine::vm::dispatch::Exit;
use crate::engine::vm::frame::{new_frame, Frame, ReturnMode};
use crate::engine::vm::scheduler::{ThreadStatus, Wait};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::{Stream, Vm};

/// How many native-to-Python nestings are allowed before RecursionError.
/// Each costs wasm and V8 stack; a recursive `__repr__` (the heaviest kind)
/// overflowed Chromium's worker between 220 and 240 levels when measured
/// (the browser test `python_called_back_by_builtins_...` guards this).
const MAX_NESTING: u32 = 200;

/// What a parked thread carries back to its level.
pub enum ParkedResult {
    /// The boundary frame returned or raised.
    Returned(Result<Value, Rc<Instance>>),
    /// The boundary frame (a generator) yielded.
    Yielded(Value),
}

/// Why a scheduler loop ended.
pub enum LoopEnd {
    /// The boundary frame of this level returned or raised.
    Returned(Result<Value, Rc<Instance>>),
    /// The boundary frame of this level (a generator) yielded.
    Yielded(Value),
    /// Level 0: the main thread's first frame finished.
    MainFinished(Result<Value, Rc<Instance>>),
    /// Level 0: the host asked for control back.
    Paused,
    /// The run is over.
    Halt(Halt),
}

/// One step of a generator driven from native code.
pub enum GenStep {
    /// It yielded a value.
    Yield(Value),
    /// It returned (StopIteration with this value).
    Return(Value),
}

/// A synthetic code object (never shown in tracebacks).
pub fn synthetic_code(name: &str, ops: Vec<Op>, consts: Vec<Value>) -> Rc<Code> {
    synthetic_code_named(name, ops, consts, &[])
}

/// A synthetic code object that also uses names (imports, attributes).
pub fn synthetic_code_named(
    name: &str,
    ops: Vec<Op>,
    consts: Vec<Value>,
    names: &[&str],
) -> Rc<Code> {
    let n = ops.len();
    Rc::new(Code {
        name: Rc::new(PyStr::new(name)),
        qualname: Rc::new(PyStr::new(name)),
        filename: Rc::from("<synthetic>"),
        source: Rc::new(SourceMap::new("")),
        spans: vec![Span::default(); n],
        ops,
        consts,
        names: names.iter().map(|n| Rc::new(PyStr::new(n))).collect(),
        varnames: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        cell_args: Vec::new(),
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: CodeFlags {
            synthetic: true,
            ..CodeFlags::default()
        },
        codes: Vec::new(),
        exc_table: Vec::new(),
        max_stack: 4,
        first_line: 0,
        doc: None,
        caches: crate::engine::bytecode::NameCaches::new(names.len()),
    })
}

impl Vm {
    /// Runs threads until this level's boundary frame finishes (or, at level 0,
    /// the main thread finishes or the host wants control).
    pub fn run_loop(&mut self, level: u32) -> LoopEnd {
        loop {
            if let Some(end) = self.take_parked(level) {
                return end;
            }
            if let Err(end) = self.ensure_runnable(level) {
                return end;
            }
            let t = self.current;
            let Some(mut frame) = self.threads[t].frames.pop() else {
                return LoopEnd::Halt(Halt::Internal("runnable thread without frames".into()));
            };
            let pending = self.threads[t].pending_exc.take();
            let exit = self.execute(&mut frame, pending);
            match exit {
                Exit::Call(new) => {
                    let th = &mut self.threads[t];
                    th.frames.push(frame);
                    th.frames.push(new);
                }
                Exit::Return(v) => {
                    if let Some(end) = self.frame_done(frame, Ok(v), level) {
                        return end;
                    }
                }
                Exit::Raise(e) => {
                    if let Some(end) = self.frame_done(frame, Err(e), level) {
                        return end;
                    }
                }
                Exit::Yield(v) => {
                    if let Some(end) = self.frame_yielded(frame, v, level) {
                        return end;
                    }
                }
                Exit::Block(w) => {
                    self.threads[t].frames.push(frame);
                    self.block_current(w);
                }
                Exit::Preempt => {
                    self.threads[t].frames.push(frame);
                    if let Some(end) = self.at_check_point(level) {
                        return end;
                    }
                }
                Exit::Halt(h) => {
                    self.threads[t].frames.push(frame);
                    return LoopEnd::Halt(h);
                }
            }
        }
    }

    /// The thread that owns nested loop `level` (the main thread for 0).
    fn level_owner_of(&self, level: u32) -> Option<usize> {
        if level == 0 {
            self.processes.first().map(|p| p.main_thread)
        } else {
            self.level_owner.get(level as usize - 1).copied()
        }
    }

    /// The owner of loop `level`, if it has parked a result for it.
    fn parked_owner(&self, level: u32) -> Option<usize> {
        self.level_owner_of(level).filter(|&owner| {
            matches!(
                &self.threads[owner].status,
                ThreadStatus::Parked { level: l, .. } if *l == level
            )
        })
    }

    /// Whether the owner of loop `level` has parked a result for it.
    pub(crate) fn parked_here(&self, level: u32) -> bool {
        self.parked_owner(level).is_some()
    }

    /// A thread parked for this level gets its result delivered here.
    fn take_parked(&mut self, level: u32) -> Option<LoopEnd> {
        let owner = self.parked_owner(level)?;
        let status = std::mem::replace(&mut self.threads[owner].status, ThreadStatus::Runnable);
        self.switch_to(owner);
        if let ThreadStatus::Parked { result, .. } = status {
            if level == 0 {
                return Some(LoopEnd::MainFinished(match result {
                    ParkedResult::Returned(r) => r,
                    ParkedResult::Yielded(v) => Ok(v),
                }));
            }
            return Some(match result {
                ParkedResult::Returned(r) => LoopEnd::Returned(r),
                ParkedResult::Yielded(v) => LoopEnd::Yielded(v),
            });
        }
        None
    }

    fn park(&mut self, level: u32, result: ParkedResult) {
        let t = self.current;
        let since = self.clock.now();
        self.threads[t].status = ThreadStatus::Parked {
            level,
            result,
            since,
        };
    }

    /// Says once, on stderr, when a parked thread has waited longer than a
    /// switch interval: CPython would have let it go on by now, so from here
    /// the order of events may differ from CPython's. A thread parks when a
    /// Python function called from a built-in (`map`, `sorted`'s key,
    /// `print`'s file) returns while another thread is inside a call of its
    /// own made the same way: the inner call's Rust frames must unwind first.
    fn warn_if_parked_too_long(&mut self) {
        if self.parked_warned {
            return;
        }
        let now = self.clock.now();
        let interval = (self.switch_interval * 1e9) as u64;
        let Some(waiting) = self.threads.iter().position(|th| {
            matches!(th.status, ThreadStatus::Parked { since, .. } if now.saturating_sub(since) > interval)
        }) else {
            return;
        };
        self.parked_warned = true;
        let holder = self
            .level_owner
            .last()
            .map_or("another thread", |&t| self.threads[t].name.as_str());
        let text = format!(
            "threadwise: thread '{}' finished a Python call made from a built-in function \
             but must wait for thread '{holder}' to finish one of its own; CPython would \
             let it go on sooner, so the order of events from here may differ from \
             CPython's (a limitation of this playground)\n",
            self.threads[waiting].name
        );
        let _ = self.write_output(Stream::Stderr, &text);
    }

    /// The RuntimeError a StopIteration becomes when it leaves a generator
    /// (`raise RuntimeError(...) from stop`, as CPython words it).
    fn generator_raised_stop_iteration(&self, stop: &Rc<Instance>) -> Rc<Instance> {
        let new = self.new_exc(ExcKind::RuntimeError, "generator raised StopIteration");
        if let Some(d) = new.exc() {
            let mut d = d.borrow_mut();
            d.cause = Some(stop.clone());
            d.context = Some(stop.clone());
            d.suppress_context = true;
        }
        new
    }

    /// Gives a returning frame's result to whoever waits for it.
    fn frame_done(
        &mut self,
        mut frame: Frame,
        result: Result<Value, Rc<Instance>>,
        level: u32,
    ) -> Option<LoopEnd> {
        let mode = std::mem::replace(&mut frame.mode, ReturnMode::Normal);
        let generator = frame.generator.take();
        self.recycle_frame(frame);
        self.frame_finished(mode, generator, result, level)
    }

    fn frame_finished(
        &mut self,
        mode: ReturnMode,
        generator: Option<Rc<Object>>,
        result: Result<Value, Rc<Instance>>,
        level: u32,
    ) -> Option<LoopEnd> {
        let mut result = result;
        if let Some(g) = generator {
            if let Object::Generator(gen) = &*g {
                gen.state.set(GenState::Finished);
                self.leave_generator(gen);
                gen.saved_handled.set(None);
            }
            if let Err(e) = &result {
                if self.exc_is(e, ExcKind::StopIteration) {
                    result = Err(self.generator_raised_stop_iteration(e));
                }
            }
        }
        match mode {
            ReturnMode::Normal => self.deliver(result),
            ReturnMode::Init(inst) => match result {
                Ok(Value::None) => self.deliver(Ok(inst)),
                Ok(other) => {
                    let msg = format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&other)
                    );
                    let e = self.new_exc(ExcKind::TypeError, msg);
                    self.deliver(Err(e))
                }
                Err(e) => self.deliver(Err(e)),
            },
            ReturnMode::Boundary(l) => {
                if l == level {
                    return Some(LoopEnd::Returned(result));
                }
                self.park(l, ParkedResult::Returned(result));
            }
            ReturnMode::ThreadEntry => return self.thread_entry_done(result, level),
            ReturnMode::GenForIter(target) => match result {
                Ok(_) => {
                    if let Some(caller) = self.threads[self.current].frames.last_mut() {
                        caller.stack.pop();
                        caller.ip = target;
                    }
                }
                Err(e) => self.deliver(Err(e)),
            },
            ReturnMode::GenSend(target) => match result {
                Ok(v) => {
                    if let Some(caller) = self.threads[self.current].frames.last_mut() {
                        caller.stack.pop();
                        caller.stack.push(v);
                        caller.ip = target;
                    }
                }
                Err(e) => self.deliver(Err(e)),
            },
            ReturnMode::NextForIter(target) => match result {
                Err(e) if self.exc_is(&e, ExcKind::StopIteration) => {
                    if let Some(caller) = self.threads[self.current].frames.last_mut() {
                        caller.stack.pop();
                        caller.ip = target;
                    }
                }
                other => self.deliver(other),
            },
            ReturnMode::GenNext(default) => match (result, default) {
                (Ok(_), Some(d)) => self.deliver(Ok(d)),
                (Ok(v), None) => {
                    if let Flow::Exc(e) = crate::engine::methods::misc::stop_iteration(self, v) {
                        self.deliver(Err(e));
                    }
                }
                (Err(e), _) => self.deliver(Err(e)),
            },
            ReturnMode::Discard => {
                if let Err(e) = result {
                    self.deliver(Err(e));
                }
            }
            ReturnMode::ResumeWait(w) => match result {
                Ok(_) => {
                    let t = self.current;
                    self.threads[t].status = ThreadStatus::Blocked(w);
                }
                Err(e) => self.deliver(Err(e)),
            },
        }
        None
    }

    /// Pushes a result onto the current thread's top frame, or makes it raise there.
    fn deliver(&mut self, result: Result<Value, Rc<Instance>>) {
        let t = self.current;
        let th = &mut self.threads[t];
        match result {
            Ok(v) => {
                if let Some(top) = th.frames.last_mut() {
                    top.stack.push(v);
                }
            }
            Err(e) => th.pending_exc = Some(e),
        }
    }

    /// A generator's body stops running: the exception its resumer was
    /// handling is the thread's again. Returns the one the body itself was
    /// handling, if any (CPython's `gi_exc_state`).
    fn leave_generator(&mut self, gen: &GenObj) -> Option<Rc<Instance>> {
        let outer = gen.outer_handled.take();
        let th = &mut self.threads[self.current];
        if th.handled.is_none() && outer.is_none() {
            return None;
        }
        let inner = std::mem::replace(&mut th.handled, outer.clone());
        match (inner, &outer) {
            (Some(a), Some(b)) if Rc::ptr_eq(&a, b) => None,
            (inner, _) => inner,
        }
    }

    /// Puts a yielding frame back into its generator, suspended; returns the
    /// frame's return mode, or None for a frame of no generator.
    pub(crate) fn suspend_generator(&mut self, mut frame: Frame) -> Option<ReturnMode> {
        let g = frame.generator.take()?;
        let mode = std::mem::replace(&mut frame.mode, ReturnMode::Normal);
        if let Object::Generator(gen) = &*g {
            // The body's handled exception goes with it.
            if let Some(own) = self.leave_generator(gen) {
                gen.saved_handled.set(Some(own));
            }
            *gen.frame.borrow_mut() = Some(frame);
            gen.state.set(GenState::Suspended);
        }
        Some(mode)
    }

    fn frame_yielded(&mut self, frame: Frame, v: Value, level: u32) -> Option<LoopEnd> {
        let Some(mode) = self.suspend_generator(frame) else {
            return Some(LoopEnd::Halt(Halt::Internal(
                "yield outside a generator frame".into(),
            )));
        };
        match mode {
            ReturnMode::Boundary(l) => {
                if l == level {
                    return Some(LoopEnd::Yielded(v));
                }
                self.park(l, ParkedResult::Yielded(v));
            }
            _ => self.deliver(Ok(v)),
        }
        None
    }

    /// The first frame of a thread finished.
    fn thread_entry_done(
        &mut self,
        result: Result<Value, Rc<Instance>>,
        level: u32,
    ) -> Option<LoopEnd> {
        let t = self.current;
        let proc = self.threads[t].process as usize;
        if proc == 0 && self.processes[0].main_thread == t {
            if level == 0 {
                return Some(LoopEnd::MainFinished(result));
            }
            self.park(0, ParkedResult::Returned(result));
            return None;
        }
        if self.processes[proc].main_thread == t {
            self.finish_process(proc, result);
            return None;
        }
        if let Err(e) = &result {
            self.report_unhandled_thread_exception(e);
        }
        self.finish_thread(t);
        // What its thread-local values leave to run (`__del__`, weak reference
        // callbacks) runs in the ending thread, as in CPython, where
        // `threading` has already forgotten it (`current_thread()` is a dummy).
        if crate::engine::objects::deferred::pending() {
            self.threads[t].status = ThreadStatus::Runnable;
            let r = self.run_deferred(None);
            self.threads[t].status = ThreadStatus::Finished;
            if let Err(Flow::Halt(h)) = r {
                return Some(LoopEnd::Halt(h));
            }
        }
        self.release_done_lock(t);
        None
    }

    /// Lets `join()` return: the thread has ended and what it left is freed.
    fn release_done_lock(&mut self, t: usize) {
        if let Some(lock) = self.threads[t].done_lock.take() {
            if let Object::Lock(l) = &*lock {
                l.locked.set(false);
            }
        }
    }

    /// A child process's main thread ended: its exit status is set and every
    /// thread it still has stops (as the OS would end them).
    fn finish_process(&mut self, proc: usize, result: Result<Value, Rc<Instance>>) {
        let code = match result {
            Ok(Value::Int(c)) => c,
            Ok(_) => 0,
            Err(e) => {
                let _ = self.print_exception(&e);
                1
            }
        };
        self.end_process(proc, code);
    }

    /// Ends every thread of a process and records its exit status.
    pub fn end_process(&mut self, proc: usize, code: i64) {
        for t in 0..self.threads.len() {
            if self.threads[t].process as usize == proc && !self.threads[t].is_finished() {
                self.finish_thread(t);
                self.release_done_lock(t);
            }
        }
        if self.processes[proc].exitcode.is_none() {
            self.processes[proc].exitcode = Some(code);
        }
    }

    /// Marks a thread ended and drops its thread-local values.
    pub fn finish_thread(&mut self, t: usize) {
        self.threads[t].status = ThreadStatus::Finished;
        self.threads[t].frames.clear();
        let key = (self.threads[t].process, t as u32);
        let proc = self.threads[t].process as usize;
        let locals: Vec<_> = self.processes[proc]
            .locals
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        self.processes[proc].locals.retain(|w| w.strong_count() > 0);
        for l in locals {
            if let crate::engine::objects::class::Payload::Local(data) = &l.payload {
                // Dropping the namespace here (not later) is what frees the values, as in CPython.
                let d = data.forget(key);
                drop(d);
            }
        }
        let time = self.clock.now();
        self.trace(|_| TraceEvent::ThreadEnd {
            time,
            thread: t as u32,
        });
    }

    /// Makes the current thread wait.
    fn block_current(&mut self, w: Wait) {
        let t = self.current;
        let line = self.current_line_of(t);
        // Words for the wait are only needed by the trace and a deadlock
        // report (which describes the wait itself, from the same frames).
        let reason = self.config.trace.then(|| self.describe_wait(t, &w));
        self.threads[t].wait_line = Some(line);
        // A sleep that is already over still released the GIL, and a thread
        // waiting for it usually takes it first (CPython gives no guarantee).
        self.yielded = matches!(w, Wait::Sleep { until } if until <= self.clock.now());
        self.threads[t].status = ThreadStatus::Blocked(w);
        if let Some(reason) = reason {
            let time = self.clock.now();
            self.trace(|_| TraceEvent::Block {
                time,
                thread: t as u32,
                reason,
                line,
            });
        }
    }

    /// Makes the current thread runnable, waking it or picking another, and
    /// advancing the clock when every thread waits.
    fn ensure_runnable(&mut self, level: u32) -> Result<(), LoopEnd> {
        if std::mem::take(&mut self.yielded) {
            let t = self.current;
            if let Some(n) = self.find_runnable(t).filter(|&n| n != t) {
                self.switch_to(n);
                return Ok(());
            }
        }
        loop {
            let t = self.current;
            if self.ready_or_woken(t) {
                return Ok(());
            }
            if let Some(n) = self.find_runnable(t) {
                self.switch_to(n);
                return Ok(());
            }
            let mut next: Option<u64> = self
                .threads
                .iter()
                .filter_map(|th| match &th.status {
                    ThreadStatus::Blocked(w) => w.deadline(),
                    _ => None,
                })
                .min();
            if let Some(ia) = self.pending_interrupt_time() {
                next = Some(next.map_or(ia, |n| n.min(ia)));
            }
            match next {
                Some(d) => {
                    if (d as f64) / 1e9 > self.config.time_limit {
                        return Err(LoopEnd::Halt(Halt::TimeLimit(self.config.time_limit)));
                    }
                    if level == 0 && d > self.pause_time {
                        return Err(LoopEnd::Paused);
                    }
                    self.clock.advance_to(d);
                    self.warn_if_parked_too_long();
                    self.deliver_interrupt_if_due();
                }
                None => {
                    let threads = self.waiting_threads(level);
                    let parked = self
                        .threads
                        .iter()
                        .any(|th| matches!(th.status, ThreadStatus::Parked { .. }));
                    // Not the program's deadlock: a thread waits only because
                    // of how the engine nests calls made from built-ins.
                    return Err(LoopEnd::Halt(if parked {
                        Halt::Limitation(format!(
                            "this playground cannot run it on from here, though CPython would. \
                             A thread finished a Python call made from a built-in function \
                             (a sort key, a class's __eq__ or __str__, ...) and must wait \
                             until another thread's such call ends, but that thread waits for \
                             the first. Where the threads are:\n{threads}"
                        ))
                    } else {
                        Halt::Deadlock(format!(
                            "every thread is waiting and none can continue\n{threads}"
                        ))
                    }));
                }
            }
        }
    }

    /// Whether thread `t` can run now: runnable with frames, or blocked on something
    /// that has just become available.
    fn ready_or_woken(&mut self, t: usize) -> bool {
        match self.threads[t].status {
            ThreadStatus::Runnable => !self.threads[t].frames.is_empty(),
            ThreadStatus::Blocked(_) => self.try_wake(t),
            _ => false,
        }
    }

    /// The next thread after `t` (round robin) that can run now.
    fn find_runnable(&mut self, t: usize) -> Option<usize> {
        let n = self.threads.len();
        for k in 1..=n {
            let i = (t + k) % n;
            if self.ready_or_woken(i) {
                return Some(i);
            }
        }
        None
    }

    /// Wakes a blocked thread if its wait is over, pushing the wait's result.
    fn try_wake(&mut self, t: usize) -> bool {
        let now = self.clock.now();
        let ThreadStatus::Blocked(w) = &self.threads[t].status else {
            return false;
        };
        let (value, timed_out) = match w {
            Wait::Sleep { until } => {
                if now >= *until {
                    (Value::None, false)
                } else {
                    return false;
                }
            }
            Wait::Lock { lock, deadline } => {
                let Object::Lock(l) = &**lock else {
                    return false;
                };
                if !l.locked.get() {
                    l.locked.set(true);
                    (Value::Bool(true), false)
                } else if deadline.is_some_and(|d| now >= d) {
                    (Value::Bool(false), true)
                } else {
                    return false;
                }
            }
            Wait::Process { process, deadline } => {
                let done = self
                    .processes
                    .get(*process as usize)
                    .is_some_and(|p| p.exitcode.is_some());
                if done {
                    (Value::None, false)
                } else if deadline.is_some_and(|d| now >= d) {
                    (Value::None, true)
                } else {
                    return false;
                }
            }
            Wait::MpQueue { queue, deadline } => {
                let item = match &**queue {
                    Object::Native(n) => {
                        let mut st = n.state.borrow_mut();
                        if st.len() > 1 {
                            Some(st.remove(1))
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                match item {
                    Some(v) => (v, false),
                    None if deadline.is_some_and(|d| now >= d) => (
                        crate::engine::modules::multiprocessing::empty_marker(&self.native_values),
                        true,
                    ),
                    None => return false,
                }
            }
            Wait::Forever => return false,
        };
        let th = &mut self.threads[t];
        th.status = ThreadStatus::Runnable;
        th.wait_line = None;
        if let Some(top) = th.frames.last_mut() {
            top.stack.push(value);
        }
        self.trace(|_| TraceEvent::Wake {
            time: now,
            thread: t as u32,
            timed_out,
        });
        true
    }

    /// Makes `t` the running thread with a fresh slice.
    pub fn switch_to(&mut self, t: usize) {
        if t != self.current {
            let from = self.current as u32;
            let time = self.clock.now();
            self.trace(|_| TraceEvent::Switch {
                time,
                from,
                to: t as u32,
            });
            self.current = t;
        }
        self.new_slice();
    }

    /// Starts a new switch-interval slice for the running thread.
    pub fn new_slice(&mut self) {
        let interval_ticks =
            ((self.switch_interval * 1e9) / self.config.ns_per_tick as f64).max(1.0);
        let ticks = if self.config.seed == 0 {
            interval_ticks
        } else {
            // A seed moves the switch points: each slice is 25%-175% of the interval.
            let f = (self.rng.next_u64() % 1000) as f64 / 1000.0;
            (interval_ticks * (0.25 + 1.5 * f)).max(1.0)
        };
        self.switch_at = self.clock.ticks + ticks as u64;
        self.recompute_check();
    }

    /// Recomputes the tick at which the loop must look up.
    pub fn recompute_check(&mut self) {
        let mut at = self.switch_at.min(self.config.max_instructions);
        if self.level == 0 {
            at = at.min(self.pause_at);
        }
        if let Some(ia) = self.pending_interrupt_time() {
            let now = self.clock.now();
            let dt = ia.saturating_sub(now) / self.config.ns_per_tick.max(1);
            at = at.min(self.clock.ticks + dt);
        }
        self.check_at = at;
    }

    /// At a switch point with a check due: budget, memory, signals, pause, switch.
    fn at_check_point(&mut self, level: u32) -> Option<LoopEnd> {
        if self.clock.ticks >= self.config.max_instructions {
            return Some(LoopEnd::Halt(Halt::Budget(self.config.max_instructions)));
        }
        if crate::engine::heap::over_limit() {
            let e = self.new_exc(ExcKind::MemoryError, "");
            let t = self.current;
            self.threads[t].pending_exc = Some(e);
        }
        self.deliver_interrupt_if_due();
        self.warn_if_parked_too_long();
        if level == 0 && self.clock.ticks >= self.pause_at {
            self.recompute_check();
            return Some(LoopEnd::Paused);
        }
        if self.clock.ticks >= self.switch_at {
            let t = self.current;
            match self.find_runnable(t) {
                Some(n) => self.switch_to(n),
                None => self.new_slice(),
            }
        }
        self.recompute_check();
        None
    }

    /// When SIGINT is due, in virtual nanoseconds.
    fn pending_interrupt_time(&self) -> Option<u64> {
        if self.interrupt_delivered {
            return None;
        }
        self.config.interrupt_at.map(|s| (s.max(0.0) * 1e9) as u64)
    }

    fn deliver_interrupt_if_due(&mut self) {
        if let Some(at) = self.pending_interrupt_time() {
            if self.clock.now() >= at {
                self.interrupt_delivered = true;
                self.raise_signal_in_main(2);
            }
        }
    }

    /// Schedules SIGINT for now, as `interrupt_at` would: it is delivered at
    /// the run loop's next check point, inside whatever `try` the main thread
    /// is in (raising it from outside the loop, between steps, would not be).
    pub fn interrupt_soon(&mut self) {
        self.config.interrupt_at = Some(self.clock.now() as f64 / 1e9);
        self.interrupt_delivered = false;
        self.recompute_check();
    }

    /// Delivers a signal to process 0's main thread: runs its Python handler
    /// there, or raises KeyboardInterrupt for SIGINT's default handler.
    pub fn raise_signal_in_main(&mut self, signum: i64) {
        let m = self.processes[0].main_thread;
        if self.threads[m].is_finished() {
            return;
        }
        let handler = self.processes[0]
            .signal_handlers
            .iter()
            .find(|(s, _)| *s == signum)
            .map(|(_, h)| h.clone());
        let saved_wait = match &self.threads[m].status {
            ThreadStatus::Blocked(w) => Some(w.clone()),
            _ => None,
        };
        match handler {
            Some(Value::Int(1)) => {} // SIG_IGN
            Some(h) if !matches!(h, Value::Int(_)) => {
                let prev = self.current;
                self.current = m;
                let frame = crate::engine::modules::frames::thread_frame(self, m);
                let called = self.prepare_call(&h, &[Value::Int(signum), frame], &[], &[]);
                self.current = prev;
                if let Ok(Called::Frame(mut f)) = called {
                    f.mode = match saved_wait {
                        Some(w) => ReturnMode::ResumeWait(w),
                        None => ReturnMode::Discard,
                    };
                    let th = &mut self.threads[m];
                    th.status = ThreadStatus::Runnable;
                    th.frames.push(f);
                }
            }
            _ => {
                if signum == 2 {
                    let e = self.new_exc(ExcKind::KeyboardInterrupt, "");
                    if let Some(d) = e.exc() {
                        d.borrow_mut().args = Value::tuple(vec![]);
                    }
                    let th = &mut self.threads[m];
                    if matches!(th.status, ThreadStatus::Blocked(_)) {
                        th.status = ThreadStatus::Runnable;
                        // The blocking call returns (its value is discarded by the raise).
                        if let Some(top) = th.frames.last_mut() {
                            top.stack.push(Value::None);
                        }
                    }
                    th.pending_exc = Some(e);
                }
            }
        }
    }

    /// Calls any callable from native code and waits for its result.
    pub fn call(&mut self, f: &Value, pos: &[Value]) -> PyResult<Value> {
        self.call_kw(f, pos, &[], &[])
    }

    /// Calls with keyword arguments from native code.
    pub fn call_kw(
        &mut self,
        f: &Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        match self.prepare_call(f, pos, kwnames, kwvals) {
            Ok(Called::Value(v)) => Ok(v),
            Ok(Called::Frame(fr)) => self.run_frame_sync(fr),
            Ok(Called::Init(fr, inst)) => {
                let r = self.run_frame_sync(fr)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
                Ok(inst)
            }
            Err(Flow::Block(w)) => self.block_in_place(w),
            Err(e) => Err(e),
        }
    }

    /// Runs one frame to completion in a nested scheduler loop.
    pub fn run_frame_sync(&mut self, frame: Frame) -> PyResult<Value> {
        match self.run_nested(frame)? {
            LoopEnd::Returned(Ok(v)) => Ok(v),
            LoopEnd::Returned(Err(e)) => Err(Flow::Exc(e)),
            LoopEnd::Yielded(_) => Err(Flow::Halt(Halt::Internal("unexpected yield".into()))),
            LoopEnd::Halt(h) => Err(Flow::Halt(h)),
            LoopEnd::MainFinished(_) | LoopEnd::Paused => Err(Flow::Halt(Halt::Internal(
                "nested loop ended the program".into(),
            ))),
        }
    }

    fn run_nested(&mut self, mut frame: Frame) -> PyResult<LoopEnd> {
        if self.level >= MAX_NESTING {
            return Err(self.err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        let level = self.level + 1;
        frame.mode = ReturnMode::Boundary(level);
        let t = self.current;
        self.threads[t].frames.push(frame);
        self.level = level;
        self.level_owner.push(t);
        self.recompute_check();
        let end = self.run_loop(level);
        self.level -= 1;
        self.level_owner.pop();
        self.recompute_check();
        Ok(end)
    }

    /// Waits inside native code: the thread blocks, other threads run, and the
    /// wait's result comes back here.
    pub fn block_in_place(&mut self, w: Wait) -> PyResult<Value> {
        let mut frame = new_frame(
            self.wait_stub.clone(),
            self.process().builtins.clone(),
            None,
        );
        frame.ip = 0;
        if self.level >= MAX_NESTING {
            return Err(self.err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        let level = self.level + 1;
        frame.mode = ReturnMode::Boundary(level);
        let t = self.current;
        self.threads[t].frames.push(frame);
        self.block_current(w);
        self.level = level;
        self.level_owner.push(t);
        self.recompute_check();
        let end = self.run_loop(level);
        self.level -= 1;
        self.level_owner.pop();
        self.recompute_check();
        match end {
            LoopEnd::Returned(Ok(v)) => Ok(v),
            LoopEnd::Returned(Err(e)) => Err(Flow::Exc(e)),
            LoopEnd::Halt(h) => Err(Flow::Halt(h)),
            _ => Err(Flow::Halt(Halt::Internal(
                "unexpected end of a wait".into(),
            ))),
        }
    }

    /// Takes a generator's frame out to run it with `mode`; `None` when exhausted.
    pub fn resume_generator(
        &mut self,
        g: &Rc<Object>,
        send: Value,
        mode: ReturnMode,
    ) -> PyResult<Option<Frame>> {
        let Object::Generator(gen) = &**g else {
            return Err(Flow::Halt(Halt::Internal(
                "resume of a non-generator".into(),
            )));
        };
        match gen.state.get() {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => return Ok(None),
            GenState::Created => {
                if !send.is_none() {
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
                }
            }
            GenState::Suspended => {}
        }
        let was_created = gen.state.get() == GenState::Created;
        let Some(frame) = gen.frame.borrow_mut().take() else {
            return Ok(None);
        };
        let mut frame = frame;
        if !was_created {
            frame.stack.push(send);
        }
        frame.mode = mode;
        frame.generator = Some(g.clone());
        gen.state.set(GenState::Running);
        let th = &mut self.threads[self.current];
        if th.handled.is_some() {
            gen.outer_handled.set(th.handled.clone());
        }
        if let Some(own) = gen.saved_handled.take() {
            th.handled = Some(own);
        }
        Ok(Some(frame))
    }

    /// `gen.send(value)` / `next(gen)` from native code.
    pub fn gen_send(&mut self, g: &Rc<Object>, value: Value) -> PyResult<GenStep> {
        match self.resume_generator(g, value, ReturnMode::Normal)? {
            None => Ok(GenStep::Return(Value::None)),
            Some(frame) => self.run_gen_frame(frame, None),
        }
    }

    /// `gen.throw(exc)` from native code.
    pub fn gen_throw(&mut self, g: &Rc<Object>, exc: Rc<Instance>) -> PyResult<GenStep> {
        let Object::Generator(gen) = &**g else {
            return Err(Flow::Halt(Halt::Internal(
                "throw into a non-generator".into(),
            )));
        };
        if gen.state.get() == GenState::Finished {
            return Err(Flow::Exc(exc));
        }
        if gen.state.get() == GenState::Created {
            // Throwing into a fresh generator finishes it without running its
            // body; the traceback still passes through its frame, at the
            // function's first line (where CPython shows it). A StopIteration
            // leaving a generator is a RuntimeError there too.
            gen.state.set(GenState::Finished);
            if let (Some(frame), Some(data)) = (gen.frame.borrow_mut().take(), exc.exc()) {
                data.borrow_mut()
                    .traceback
                    .push(TbEntry::new(frame.code.clone(), u32::MAX));
            }
            if self.exc_is(&exc, ExcKind::StopIteration) {
                return Err(Flow::Exc(self.generator_raised_stop_iteration(&exc)));
            }
            return Err(Flow::Exc(exc));
        }
        match self.resume_generator(g, Value::None, ReturnMode::Normal)? {
            None => Err(Flow::Exc(exc)),
            Some(mut frame) => {
                // The sent value pushed by resume is the yield's result; the exception replaces it.
                frame.stack.pop();
                self.run_gen_frame(frame, Some(exc))
            }
        }
    }

    fn run_gen_frame(&mut self, frame: Frame, exc: Option<Rc<Instance>>) -> PyResult<GenStep> {
        let t = self.current;
        let had_pending = self.threads[t].pending_exc.take();
        if let Some(e) = exc {
            self.threads[t].pending_exc = Some(e);
        }
        let end = self.run_nested(frame);
        if had_pending.is_some() {
            self.threads[self.current].pending_exc = had_pending;
        }
        match end? {
            LoopEnd::Yielded(v) => Ok(GenStep::Yield(v)),
            LoopEnd::Returned(Ok(v)) => Ok(GenStep::Return(v)),
            LoopEnd::Returned(Err(e)) => Err(Flow::Exc(e)),
            LoopEnd::Halt(h) => Err(Flow::Halt(h)),
            _ => Err(Flow::Halt(Halt::Internal(
                "unexpected end of a generator step".into(),
            ))),
        }
    }

    /// Wraps a fresh frame of a generator function in a generator object.
    pub fn make_generator(&self, frame: Frame) -> Value {
        let name = frame.code.name.clone();
        let qualname = frame
            .func
            .as_ref()
            .map(|f| f.qualname.borrow().clone())
            .unwrap_or_else(|| frame.code.qualname.clone());
        // Only a body with a `try` or `with` can pause where closing it runs
        // code, so only such generators are tracked for the cycle collector.
        let cleanup = !frame.code.exc_table.is_empty();
        let g = Rc::new(Object::Generator(GenObj::new(frame, name, qualname)));
        if cleanup {
            crate::engine::objects::generator::track(&g);
        }
        Value::Object(g)
    }

    /// The program's line the running thread is at: the running frame's when it
    /// is the program's own code (its position is in `call_site`, set before
    /// calls and, while tracing, before attribute access), else the innermost
    /// program frame below it.
    pub fn user_line_now(&self) -> u32 {
        if let Some((code, ip)) = &self.call_site {
            if *code.filename == *self.config.filename {
                return code.line_at(*ip as usize);
            }
        }
        self.current_line_of(self.current)
    }

    /// The user's line a thread is at (innermost frame from the program file).
    pub fn current_line_of(&self, t: usize) -> u32 {
        let th = &self.threads[t];
        for f in th.frames.iter().rev() {
            if *f.code.filename == *self.config.filename {
                return f.line();
            }
        }
        if t == self.current {
            if let Some((code, ip)) = &self.call_site {
                return code.line_at(*ip as usize);
            }
        }
        0
    }

    /// A name the thread's innermost program frame knows a value by (a
    /// local, then a global), so a report can say `the lock a` rather than a
    /// number; `is_it` picks the value.
    fn name_in_scope(&self, t: usize, is_it: impl Fn(&Value) -> bool) -> Option<String> {
        let frame = self.threads[t]
            .frames
            .iter()
            .rev()
            .find(|f| *f.code.filename == *self.config.filename)?;
        let local = frame
            .fast
            .iter()
            .position(&is_it)
            .and_then(|i| frame.code.varnames.get(i));
        if let Some(name) = local {
            return Some(name.as_str().to_string());
        }
        frame
            .globals
            .entries()
            .into_iter()
            .find_map(|e| match &e.key {
                Value::Str(k) if is_it(&e.value) => Some(k.as_str().to_string()),
                _ => None,
            })
    }

    /// Words for a thread blocked on `lock`: the program's name for it, or for
    /// the `RLock` it is the inner lock of (threading.py builds RLock on one).
    fn describe_lock(&self, t: usize, lock: &Rc<Object>) -> String {
        let is_lock = |v: &Value| matches!(v, Value::Object(o) if Rc::ptr_eq(o, lock));
        if let Some(name) = self.name_in_scope(t, is_lock) {
            return format!("the lock {name}");
        }
        let is_rlock_of = |v: &Value| match v {
            Value::Instance(i) => i
                .dict
                .as_ref()
                .and_then(|d| d.get_by_str("_inner"))
                .is_some_and(|inner| is_lock(&inner)),
            _ => false,
        };
        if let Some(name) = self.name_in_scope(t, is_rlock_of) {
            return format!("the RLock {name}");
        }
        match &**lock {
            Object::Lock(l) => format!("Lock #{}", l.id),
            _ => "a lock".to_string(),
        }
    }

    /// Whether `f` runs the program's own code (not the library's).
    fn is_program_frame(&self, f: &crate::engine::vm::frame::FrameData) -> bool {
        *f.code.filename == *self.config.filename
    }

    /// Words for what a blocked thread waits on: the outermost library call
    /// made from the program's own code, or the primitive itself.
    fn describe_wait(&self, t: usize, w: &Wait) -> String {
        let th = &self.threads[t];
        let mut after_user: Option<String> = None;
        let mut seen_user = false;
        for f in th.frames.iter() {
            if self.is_program_frame(f) {
                seen_user = true;
                after_user = None;
            } else if seen_user && after_user.is_none() && !f.code.flags.synthetic {
                after_user = Some(f.code.qualname.as_str().to_string());
            }
        }
        if !seen_user {
            // A thread whose target is a library function (`target=ev.wait`):
            // the outermost library call it runs.
            after_user = th
                .frames
                .iter()
                .find(|f| {
                    !f.code.flags.synthetic
                        && !matches!(
                            f.code.qualname.as_str(),
                            "Thread._bootstrap" | "Thread._bootstrap_inner" | "Thread.run"
                        )
                })
                .map(|f| f.code.qualname.as_str().to_string());
        }
        match (after_user, w) {
            (Some(name), _) => format!("{name}()"),
            (None, Wait::Sleep { until }) => {
                let now = self.clock.now();
                format!(
                    "sleep({})",
                    crate::engine::vm::repr::short_seconds(until.saturating_sub(now))
                )
            }
            (None, Wait::Lock { lock, .. }) => self.describe_lock(t, lock),
            (None, Wait::Process { .. }) => "Process.join()".to_string(),
            (None, Wait::MpQueue { .. }) => "Queue.get()".to_string(),
            (None, Wait::Forever) => "signal.pause()".to_string(),
        }
    }

    /// Whether thread `t` is in `threading._shutdown`, which the engine calls
    /// when the main module ends: it joins the non-daemon threads.
    fn waits_at_exit(&self, t: usize) -> bool {
        self.threads[t].frames.first().is_some_and(|f| {
            &*f.code.filename == "<frozen threading>" && f.code.qualname.as_str() == "_shutdown"
        })
    }

    /// One line per waiting thread: what it waits for, and where.
    fn waiting_threads(&self, level: u32) -> String {
        let mut lines = Vec::new();
        for (i, th) in self.threads.iter().enumerate() {
            match &th.status {
                ThreadStatus::Blocked(_) if self.waits_at_exit(i) => {
                    lines.push(format!(
                        "  {} waits at exit for the non-daemon threads to finish",
                        th.name
                    ));
                }
                ThreadStatus::Blocked(w) => {
                    let (what, line) = match th.wait_line {
                        Some(line) => (self.describe_wait(i, w), line),
                        None => ("something".into(), 0),
                    };
                    let in_program = th.frames.iter().any(|f| self.is_program_frame(f));
                    // A line of the engine's own library code would mislead.
                    let at = if line > 0 && in_program {
                        format!(" at line {line}")
                    } else {
                        String::new()
                    };
                    lines.push(format!("  {} waits in {what}{at}", th.name));
                }
                ThreadStatus::Parked { .. } => {
                    lines.push(format!(
                        "  {} is finishing a call made from native code (thread {i})",
                        th.name
                    ));
                }
                _ => {}
            }
        }
        if level > 0 {
            lines.push("  (while a call from native code was in progress)".into());
        }
        lines.join("\n")
    }
}
