//! Running a program: the public entry point of the engine.
//!
//! A [`Session`] runs in steps so a host (the browser worker) can take control
//! back between them; [`run`] runs to the end and collects everything.

use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::error::{syntax_caret_row, CompileError, SyntaxError, SyntaxErrorKind};
use crate::engine::flow::{Flow, Halt, PyResult};
use crate::engine::objects::class::Instance;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::module::Module;
use crate::engine::objects::str::PyStr;
use crate::engine::source::SourceMap;
use crate::engine::trace::{Event, EventSink, Stream};
use crate::engine::value::Value;
use crate::engine::vm::call::Called;
use crate::engine::vm::frame::{new_frame, ReturnMode};
use crate::engine::vm::run::LoopEnd;
use crate::engine::vm::scheduler::ThreadStatus;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::{RunConfig, Vm};

/// How a run ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The process exit status (`python3`'s: 0, 1 for an uncaught exception, `sys.exit` codes; -2 for an uncaught KeyboardInterrupt).
    pub exit_code: i32,
    /// Set when the engine stopped the program (budget, deadlock, time limit, internal error).
    pub halt: Option<Halt>,
    /// Virtual seconds the run took.
    pub virtual_seconds: f64,
    /// Instructions executed.
    pub instructions: u64,
}

/// The result of one step.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// More to do: call `step` again.
    Paused,
    /// Finished.
    Done(Outcome),
}

enum Phase {
    /// The main module (and later shutdown work) is running.
    Main,
    /// `threading._shutdown()` is running: non-daemon threads are being joined.
    Shutdown,
    /// A `sys.excepthook` the program set is handling this uncaught exception.
    Excepthook(Rc<Instance>),
    /// `atexit` handlers are running: the one now running.
    Atexit(Value),
    /// Over.
    Done(Outcome),
}

/// What became of an uncaught exception offered to `sys.excepthook`.
enum Hook {
    /// The hook is the default: the session prints the traceback itself.
    NotSet,
    /// The program's hook is running on the main thread.
    Running,
    /// The program's hook has already finished (a built-in) or failed.
    Done,
}

/// One program run.
pub struct Session {
    vm: Vm,
    phase: Phase,
    exit_code: i32,
    /// The atexit handlers that have run, freed together after the last.
    ran_atexit: Vec<Value>,
}

/// Formats a compile error as CPython prints it.
pub fn format_compile_error(err: &CompileError, source: &str, filename: &str) -> String {
    let map = SourceMap::new(source);
    match err {
        CompileError::Syntax(SyntaxError { kind, msg, span }) => {
            let (line, col) = map.line_col(span.start);
            let text = map.line_text(line);
            let mut out = format!("  File \"{filename}\", line {line}\n");
            let stripped = text.trim_start();
            let indent = text.chars().count() - stripped.chars().count();
            if !stripped.trim().is_empty() {
                out.push_str(&format!("    {}\n", stripped.trim_end()));
                let (eline, ecol) = map.line_col(span.end);
                // CPython's printer draws a single caret for indentation errors,
                // whatever their span.
                let single = matches!(kind, SyntaxErrorKind::Indentation | SyntaxErrorKind::Tab);
                let width = if eline == line && ecol > col && !single {
                    (ecol - col) as usize
                } else {
                    1
                };
                if let Some(row) = syntax_caret_row(col as usize, indent, width) {
                    out.push_str(&row);
                }
            }
            out.push_str(&format!("{}: {msg}\n", kind.class_name()));
            out
        }
        CompileError::TooDeep { span } => {
            let (line, _) = map.line_col(span.start);
            format!("  File \"{filename}\", line {line}\nRecursionError: maximum recursion depth exceeded during compilation\n")
        }
        CompileError::Unsupported { feature, span } => {
            let (line, _) = map.line_col(span.start);
            let text = map.line_text(line).trim();
            format!(
                "  File \"{filename}\", line {line}\n    {text}\nNotImplementedError: {feature} is not supported in this playground yet\n"
            )
        }
    }
}

/// SyntaxWarnings as CPython's warnings module shows them: where, what,
/// then the line of source.
fn format_compile_warnings(
    warnings: &[crate::engine::compiler::CompileWarning],
    source: &str,
    filename: &str,
) -> String {
    if warnings.is_empty() {
        return String::new();
    }
    let map = SourceMap::new(source);
    let mut text = String::new();
    for w in warnings {
        let line = map.line_text(w.line).trim();
        text.push_str(&format!(
            "{filename}:{}: SyntaxWarning: {}\n  {line}\n",
            w.line, w.message
        ));
    }
    text
}

impl Session {
    /// Compiles `source` and prepares its main thread; a compile error is
    /// reported on stderr and the session is already done.
    pub fn new(source: &str, config: RunConfig, sink: Box<dyn EventSink>) -> Session {
        let filename = config.filename.clone();
        let mut vm = Vm::new(config, sink);
        let code = match crate::engine::compiler::compile_main(source, &filename) {
            Ok((c, warnings)) => {
                let text = format_compile_warnings(&warnings, source, &filename);
                let _ = vm.write_output(Stream::Stderr, &text);
                c
            }
            Err(e) => {
                let text = format_compile_error(&e, source, &filename);
                let _ = vm.write_output(Stream::Stderr, &text);
                let outcome = Outcome {
                    exit_code: 1,
                    halt: None,
                    virtual_seconds: 0.0,
                    instructions: 0,
                };
                return Session {
                    vm,
                    phase: Phase::Done(outcome),
                    exit_code: 1,
                    ran_atexit: Vec::new(),
                };
            }
        };
        let globals = crate::engine::objects::dict::PyDict::new_rc();
        globals.set_by_str("__name__", Value::str("__main__"));
        globals.set_by_str("__doc__", Value::None);
        globals.set_by_str("__file__", Value::str(&filename));
        // In the main module CPython binds the builtins module, elsewhere its dict.
        let builtins = vm
            .load_module("builtins")
            .unwrap_or_else(|_| Value::Dict(vm.builtins()));
        globals.set_by_str("__builtins__", builtins);
        let main_module = Value::Module(Rc::new(Module::new("__main__", globals.clone())));
        vm.process().modules.set_by_str("__main__", main_module);
        vm.main_code = Some(code.clone());
        let mut frame = new_frame(code, globals.clone(), Some(globals));
        frame.mode = ReturnMode::ThreadEntry;
        let main = vm.process().main_thread;
        vm.threads[main].frames.push(frame);
        vm.current = main;
        Session {
            vm,
            phase: Phase::Main,
            exit_code: 0,
            ran_atexit: Vec::new(),
        }
    }

    /// The engine (for hosts that deliver signals or read state).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs about `max_instructions` more instructions (and never lets virtual
    /// time pass `until_ns`, when given), then returns.
    pub fn step(&mut self, max_instructions: u64, until_ns: Option<u64>) -> Step {
        loop {
            if let Phase::Done(o) = &self.phase {
                return Step::Done(o.clone());
            }
            self.vm.pause_at = self.vm.clock.ticks.saturating_add(max_instructions.max(1));
            self.vm.pause_time = until_ns.unwrap_or(u64::MAX);
            self.vm.recompute_check();
            match self.vm.run_loop(0) {
                LoopEnd::Paused => return Step::Paused,
                LoopEnd::MainFinished(result) => self.main_finished(result),
                LoopEnd::Halt(h) => self.halted(h),
                LoopEnd::Returned(_) | LoopEnd::Yielded(_) => {
                    self.halted(Halt::Internal("the main loop ended unexpectedly".into()))
                }
            }
        }
    }

    /// Runs to the end.
    pub fn run_to_end(&mut self) -> Outcome {
        loop {
            if let Step::Done(o) = self.step(1 << 40, None) {
                return o;
            }
        }
    }

    fn outcome(&self, halt: Option<Halt>) -> Outcome {
        Outcome {
            exit_code: self.exit_code,
            halt,
            virtual_seconds: self.vm.clock.now() as f64 / 1e9,
            instructions: self.vm.clock.ticks,
        }
    }

    fn halted(&mut self, h: Halt) {
        let msg = match &h {
            Halt::Budget(n) => format!(
                "\nThreadwise stopped the program: it ran more than {n} instructions (an endless loop?).\n"
            ),
            Halt::Deadlock(report) => format!("\nThreadwise stopped the program: deadlock: {report}\n"),
            Halt::TimeLimit(s) => format!(
                "\nThreadwise stopped the program: it ran past {s} seconds of virtual time.\n"
            ),
            Halt::Internal(m) | Halt::Limitation(m) => {
                format!("\nThreadwise stopped the program: {m}\n")
            }
        };
        let _ = self.vm.write_output(Stream::Stderr, &msg);
        if self.exit_code == 0 {
            self.exit_code = 1;
        }
        self.phase = Phase::Done(self.outcome(Some(h)));
    }

    fn main_finished(&mut self, result: Result<Value, Rc<Instance>>) {
        match std::mem::replace(&mut self.phase, Phase::Main) {
            Phase::Main => {
                if let Err(e) = result {
                    match self.call_excepthook(&e) {
                        Hook::Running => return,
                        Hook::Done => {}
                        Hook::NotSet => self.report_exit_exception(&e),
                    }
                }
                self.start_shutdown();
            }
            Phase::Excepthook(original) => {
                if let Err(e) = result {
                    self.report_hook_error(&e, &original);
                }
                self.start_shutdown();
            }
            Phase::Shutdown => {
                if let Err(e) = result {
                    if self.vm.exc_is(&e, ExcKind::KeyboardInterrupt) {
                        let _ = self.vm.write_output(
                            Stream::Stderr,
                            "Exception ignored in: <module 'threading'>\n",
                        );
                        let _ = self.vm.print_exception(&e);
                    } else {
                        self.report_exit_exception(&e);
                    }
                }
                self.next_atexit();
            }
            Phase::Atexit(callback) => {
                if let Err(e) = result {
                    let what = self
                        .vm
                        .repr(&callback)
                        .unwrap_or_else(|_| "<callback>".to_string());
                    let _ = self.vm.write_output(
                        Stream::Stderr,
                        &format!("Exception ignored in atexit callback: {what}\n"),
                    );
                    let _ = self.vm.print_exception(&e);
                }
                // Kept until every handler has run, as CPython's atexit keeps
                // its list; then what only they held is freed (finalize_main).
                self.ran_atexit.push(callback);
                self.next_atexit();
            }
            Phase::Done(o) => self.phase = Phase::Done(o),
        }
    }

    /// At exit, on the main thread: closes the generators an uncaught
    /// exception let go, then the paused generators and the objects with
    /// `__del__` the program's namespace holds (oldest first), then empties the namespace and frees its values
    /// in insertion order, as CPython's shutdown does; then the run is over.
    fn finalize_main(&mut self) {
        // CPython freezes daemon threads before this step, and their frames
        // usually keep the namespace alive; this engine would let them run on
        // and see the names vanish, so with any thread alive it skips the step.
        let main_thread = self.vm.processes[0].main_thread;
        let others_alive = self
            .vm
            .threads
            .iter()
            .enumerate()
            .any(|(i, t)| i != main_thread && !matches!(t.status, ThreadStatus::Finished));
        let namespace = match self.vm.process().modules.get_by_str("__main__") {
            Some(Value::Module(m)) if !others_alive => Some(m.dict.clone()),
            _ => None,
        };
        if let Some(namespace) = namespace {
            self.vm.current = main_thread;
            self.vm.threads[main_thread].status = ThreadStatus::Runnable;
            if let Err(h) = self.release_main(&namespace) {
                self.halted(h);
                return;
            }
        }
        self.phase = Phase::Done(self.outcome(None));
    }

    /// The steps of [`Session::finalize_main`] once it runs; only a halt
    /// stops them (errors in cleanup are reported where they happen).
    fn release_main(&mut self, namespace: &PyDict) -> Result<(), Halt> {
        let halt_only = |r: PyResult<()>| match r {
            Err(Flow::Halt(h)) => Err(h),
            _ => Ok(()),
        };
        // Generators freed as an uncaught exception unwound the stack, or held
        // only by atexit handlers, close now, as CPython frees those frames and
        // handlers then; the handlers go in the order they were registered
        // (the last to run goes first).
        while let Some(handler) = self.ran_atexit.pop() {
            drop(handler);
        }
        halt_only(self.vm.run_deferred(None))?;
        // The program's functions tie the namespace into a cycle, so CPython's
        // collector finalizes its paused generators and objects with `__del__`
        // first, with every name still bound; what is left goes as the namespace goes. By then CPython
        // reads no source files for its reports.
        self.vm.source_lines_gone = true;
        halt_only(self.vm.finalize_reachable(namespace.values()))?;
        let values: Vec<Value> = namespace.entries().into_iter().map(|e| e.value).collect();
        namespace.clear();
        for value in values {
            drop(value);
            halt_only(self.vm.run_deferred_at_exit())?;
        }
        // The cycles left are freed too (their finalizers have run), so a
        // worker that runs program after program does not keep them.
        halt_only(self.vm.collect_cycles(true).map(drop))
    }

    /// SystemExit sets the status; anything else prints a traceback (status 1).
    fn report_exit_exception(&mut self, e: &Rc<Instance>) {
        if self.vm.exc_is(e, ExcKind::SystemExit) {
            let code = match e.dict.as_ref().and_then(|d| d.get_by_str("code")) {
                Some(c) => c,
                None => match e.exc().map(|d| d.borrow().args.clone()) {
                    Some(Value::Tuple(t)) if t.len() == 1 => t.items()[0].clone(),
                    _ => Value::None,
                },
            };
            self.exit_code = match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = self.vm.str_of(&other).unwrap_or_default();
                    let _ = self.vm.write_output(Stream::Stderr, &format!("{s}\n"));
                    1
                }
            };
            return;
        }
        let _ = self.vm.print_exception(e);
        self.exit_code = self.uncaught_exit_code(e);
    }

    /// The exit status an uncaught exception other than SystemExit gives.
    fn uncaught_exit_code(&self, e: &Rc<Instance>) -> i32 {
        if self.vm.exc_is(e, ExcKind::KeyboardInterrupt) {
            -2
        } else {
            1
        }
    }

    /// Hands an uncaught exception (not SystemExit) to the `sys.excepthook`
    /// the program set, if any.
    fn call_excepthook(&mut self, e: &Rc<Instance>) -> Hook {
        if self.vm.exc_is(e, ExcKind::SystemExit) {
            return Hook::NotSet;
        }
        let hook = crate::engine::modules::sys::sys_attr(&self.vm, "excepthook");
        let Some(hook) = hook.filter(|h| !crate::engine::modules::sys::is_default_excepthook(h))
        else {
            return Hook::NotSet;
        };
        self.exit_code = self.uncaught_exit_code(e);
        let value = Value::Instance(e.clone());
        let traceback = self
            .vm
            .get_attr(&value, &Rc::new(PyStr::new("__traceback__")))
            .unwrap_or(Value::None);
        let args = [Value::Class(e.class()), value, traceback];
        match self.begin_main_call(&hook, &args, &[], &[]) {
            Ok(true) => {
                self.phase = Phase::Excepthook(e.clone());
                Hook::Running
            }
            Ok(false) => Hook::Done,
            Err(Flow::Exc(hook_error)) => {
                self.report_hook_error(&hook_error, e);
                Hook::Done
            }
            Err(_) => Hook::Done,
        }
    }

    /// Reports a `sys.excepthook` that raised, as CPython does.
    fn report_hook_error(&mut self, hook_error: &Rc<Instance>, original: &Rc<Instance>) {
        let _ = self
            .vm
            .write_output(Stream::Stderr, "Error in sys.excepthook:\n");
        let _ = self.vm.print_exception(hook_error);
        let _ = self
            .vm
            .write_output(Stream::Stderr, "\nOriginal exception was:\n");
        let _ = self.vm.print_exception(original);
    }

    /// Calls `threading._shutdown()` on the main thread when threading was imported.
    fn start_shutdown(&mut self) {
        let shutdown = crate::engine::modules::module_attr(&self.vm, "threading", "_shutdown");
        match shutdown {
            Some(f) if self.push_main_call(&f, &[], &[], &[]) => self.phase = Phase::Shutdown,
            _ => {
                self.next_atexit();
            }
        }
    }

    /// Runs the next `atexit` handler, or finishes.
    fn next_atexit(&mut self) {
        loop {
            let next = self.vm.processes[0].atexit.pop();
            match next {
                Some(e) => {
                    if self.push_main_call(&e.func, &e.args, &e.kwnames, &e.kwvals) {
                        self.phase = Phase::Atexit(e.func);
                        return;
                    }
                }
                None => {
                    self.finalize_main();
                    return;
                }
            }
        }
    }

    /// Makes the main thread call `f` as a fresh first frame; false if it
    /// finished at once (an error in starting it is printed).
    fn push_main_call(
        &mut self,
        f: &Value,
        args: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> bool {
        match self.begin_main_call(f, args, kwnames, kwvals) {
            Ok(pushed) => pushed,
            Err(Flow::Exc(e)) => {
                let _ = self.vm.print_exception(&e);
                false
            }
            Err(_) => false,
        }
    }

    /// [`Session::push_main_call`], handing back an error in starting the call.
    fn begin_main_call(
        &mut self,
        f: &Value,
        args: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<bool> {
        let main = self.vm.processes[0].main_thread;
        self.vm.current = main;
        self.vm.threads[main].status = ThreadStatus::Runnable;
        self.vm.threads[main].pending_exc = None;
        match self.vm.prepare_call(f, args, kwnames, kwvals)? {
            Called::Frame(mut fr) | Called::Init(mut fr, _) => {
                fr.mode = ReturnMode::ThreadEntry;
                self.vm.threads[main].frames.push(fr);
                Ok(true)
            }
            Called::Value(_) => Ok(false),
        }
    }
}

/// Everything a finished run produced.
#[derive(Clone, Debug)]
pub struct RunResult {
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// How it ended.
    pub outcome: Outcome,
    /// Every event, in order (output and, if enabled, trace).
    pub events: Vec<Event>,
}

/// A sink that shares its events with the caller.
#[derive(Clone, Default)]
pub struct SharedEvents(pub Rc<RefCell<Vec<Event>>>);

impl EventSink for SharedEvents {
    fn event(&mut self, e: Event) {
        self.0.borrow_mut().push(e);
    }
}

/// Runs a program to the end and collects its output.
pub fn run(source: &str, config: RunConfig) -> RunResult {
    let events = SharedEvents::default();
    let mut session = Session::new(source, config, Box::new(events.clone()));
    let outcome = session.run_to_end();
    drop(session);
    let events = std::mem::take(&mut *events.0.borrow_mut());
    let mut stdout = String::new();
    let mut stderr = String::new();
    for e in &events {
        if let Event::Output { stream, text, .. } = e {
            match stream {
                Stream::Stdout => stdout.push_str(text),
                Stream::Stderr => stderr.push_str(text),
            }
        }
    }
    RunResult {
        stdout,
        stderr,
        outcome,
        events,
    }
}
