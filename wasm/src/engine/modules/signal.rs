//! `_signal`: Python-level signal handlers, run in the main thread as CPython runs them.

use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, BuiltinFunction};
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Signal numbers and names on Linux (the ones a program can meet here).
pub const SIGNALS: &[(&str, i64, &str)] = &[
    ("SIGHUP", 1, "Hangup"),
    ("SIGINT", 2, "Interrupt"),
    ("SIGQUIT", 3, "Quit"),
    ("SIGABRT", 6, "Aborted"),
    ("SIGKILL", 9, "Killed"),
    ("SIGUSR1", 10, "User defined signal 1"),
    ("SIGUSR2", 12, "User defined signal 2"),
    ("SIGALRM", 14, "Alarm clock"),
    ("SIGTERM", 15, "Terminated"),
    ("SIGCHLD", 17, "Child exited"),
];

/// Creates the `_signal` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("pause", pause),
            ("alarm", alarm),
        ],
    );
    d.set_by_str("default_int_handler", default_int_handler_value());
    for (name, n, _) in SIGNALS {
        d.set_by_str(name, Value::Int(*n));
    }
    d.set_by_str("NSIG", Value::Int(65));
    Ok(())
}

thread_local! {
    static DEFAULT_INT_HANDLER: Value =
        Value::Builtin(Rc::new(BuiltinFunction::new("default_int_handler", default_int_handler)));
}

/// The one `default_int_handler` object (identity matters: `getsignal(...) is default_int_handler`).
fn default_int_handler_value() -> Value {
    DEFAULT_INT_HANDLER.with(|v| v.clone())
}

fn default_int_handler(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.exc_with_args(ExcKind::KeyboardInterrupt, vec![]))
}

fn signum_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v).and_then(|n| n.to_i64()).or_else(|| match v {
        Value::Instance(i) => match &i.payload {
            crate::engine::objects::class::Payload::Value(inner) => {
                as_int(inner).and_then(|n| n.to_i64())
            }
            _ => None,
        },
        _ => None,
    }) {
        Some(n) if (1..65).contains(&n) => Ok(n),
        Some(_) => Err(vm.value_error("signal number out of range")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// The handler installed for `signum` (SIGINT's default is `default_int_handler`).
fn current_handler(vm: &Vm, signum: i64) -> Value {
    match vm
        .process()
        .signal_handlers
        .iter()
        .find(|(s, _)| *s == signum)
    {
        Some((_, h)) => h.clone(),
        None if signum == 2 => default_int_handler_value(),
        None => Value::Int(0),
    }
}

fn signal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "signal", a, 2)?;
    let signum = signum_arg(vm, &a.pos[0])?;
    if vm.current != vm.process().main_thread || vm.thread().process != 0 {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    if signum == 9 {
        return Err(vm.err(ExcKind::OSError, "[Errno 22] Invalid argument"));
    }
    let handler = a.pos[1].clone();
    let valid = matches!(handler, Value::Int(0) | Value::Int(1))
        || crate::engine::builtins::functions::is_callable(vm, &handler)
        || matches!(&handler, Value::Instance(i) if matches!(&i.payload, crate::engine::objects::class::Payload::Value(Value::Int(0 | 1))));
    if !valid {
        return Err(vm.type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    let handler = match &handler {
        Value::Instance(i) => match &i.payload {
            crate::engine::objects::class::Payload::Value(v @ Value::Int(_)) => v.clone(),
            _ => handler.clone(),
        },
        _ => handler,
    };
    let old = current_handler(vm, signum);
    let handlers = &mut vm.process_mut().signal_handlers;
    handlers.retain(|(s, _)| *s != signum);
    if !(signum == 2 && matches!(handler, Value::Builtin(ref b) if b.name == "default_int_handler"))
    {
        handlers.push((signum, handler));
    }
    Ok(old)
}

fn getsignal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "getsignal", a, 1)?;
    let signum = signum_arg(vm, &a.pos[0])?;
    Ok(current_handler(vm, signum))
}

fn raise_signal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "raise_signal", a, 1)?;
    let signum = signum_arg(vm, &a.pos[0])?;
    vm.deliver_signal(signum)?;
    Ok(Value::None)
}

fn strsignal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "strsignal", a, 1)?;
    let signum = signum_arg(vm, &a.pos[0])?;
    Ok(SIGNALS
        .iter()
        .find(|(_, n, _)| *n == signum)
        .map(|(_, _, d)| Value::str(d))
        .unwrap_or(Value::None))
}

fn pause(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(crate::engine::flow::Flow::Block(
        crate::engine::vm::scheduler::Wait::Forever,
    ))
}

fn alarm(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("signal.alarm()"))
}

impl Vm {
    /// Raises a signal in this process: the main thread runs its handler now if it
    /// is the running thread, else as soon as it next runs.
    pub fn deliver_signal(&mut self, signum: i64) -> PyResult<()> {
        let main = self.process().main_thread;
        let handler = current_handler(self, signum);
        if self.current == main {
            return match handler {
                Value::Int(1) => Ok(()),
                Value::Int(0) => Err(self
                    .unsupported("the default action of this signal (it would end the process)")),
                h => {
                    let frame = crate::engine::modules::frames::thread_frame(self, main);
                    self.call(&h, &[Value::Int(signum), frame])?;
                    Ok(())
                }
            };
        }
        if self.thread().process == 0 {
            self.raise_signal_in_main(signum);
        }
        Ok(())
    }
}
