//! `sys`: streams, limits, the switch interval, `exc_info`, `exit`.

use std::cell::RefCell;
use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::{NativeObj, Object};
use crate::engine::trace::Stream;
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::types::{builtin_class, ExcKind};
use crate::engine::vm::Vm;

/// Creates the `sys` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("exit", exit),
            ("exc_info", exc_info),
            ("exception", exception),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("intern", intern),
            ("getsizeof", getsizeof),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("getrefcount", getrefcount),
            ("_current_frames", super::frames::current_frames),
            ("excepthook", excepthook),
        ],
    );
    d.set_by_str(
        "__excepthook__",
        d.get_by_str("excepthook").unwrap_or(Value::None),
    );
    d.set_by_str("_getframe", super::frames::getframe_builtin());
    super::frames::install(vm);
    d.set_by_str("stdout", stream_object(vm, Stream::Stdout));
    d.set_by_str("stderr", stream_object(vm, Stream::Stderr));
    d.set_by_str("__stdout__", d.get_by_str("stdout").unwrap_or(Value::None));
    d.set_by_str("__stderr__", d.get_by_str("stderr").unwrap_or(Value::None));
    d.set_by_str("argv", Value::list(vec![Value::str(&vm.config.filename)]));
    d.set_by_str("modules", Value::Dict(vm.process().modules.clone()));
    d.set_by_str("path", Value::list(vec![]));
    d.set_by_str("platform", Value::str("linux"));
    d.set_by_str("byteorder", Value::str("little"));
    d.set_by_str("maxsize", Value::Int(i64::MAX));
    d.set_by_str("executable", Value::str("/usr/bin/python3"));
    d.set_by_str("version", Value::str("3.11.7 (threadwise) [Rust]"));
    d.set_by_str("version_info", version_info(vm));
    d.set_by_str("hexversion", Value::Int(0x030b07f0));
    Ok(())
}

/// The `sys.stdout` / `sys.stderr` object.
fn stream_object(vm: &mut Vm, s: Stream) -> Value {
    let cls = text_io_class(vm);
    Value::Object(Rc::new(Object::Native(NativeObj {
        class: cls,
        state: RefCell::new(vec![Value::Int(if s == Stream::Stdout { 1 } else { 2 })]),
    })))
}

fn text_io_class(vm: &mut Vm) -> Rc<crate::engine::objects::class::Class> {
    let cls = builtin_class(
        "_io.TextIOWrapper",
        std::slice::from_ref(&vm.types.object),
        crate::engine::objects::class::BaseKind::Final,
    );
    crate::engine::builtins::object::add_methods(
        &cls,
        "TextIOWrapper",
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("isatty", stream_isatty),
            ("fileno", stream_fileno),
        ],
    );
    cls
}

/// Which stream a `sys.stdout`-like object writes to, if it is one of ours.
pub fn stream_of(v: &Value) -> Option<Stream> {
    let Value::Object(o) = v else { return None };
    let Object::Native(n) = &**o else { return None };
    if n.class.name_string() != "_io.TextIOWrapper" {
        return None;
    }
    match n.state.borrow().first() {
        Some(Value::Int(1)) => Some(Stream::Stdout),
        Some(Value::Int(2)) => Some(Stream::Stderr),
        _ => None,
    }
}

/// `sys.<name>` if `sys` is imported in the running process.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    super::module_attr(vm, "sys", name)
}

fn stream_write(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "write", a)?;
    let Some(s) = stream_of(this) else {
        return Err(vm.type_error("write on a closed stream"));
    };
    match a.pos.get(1) {
        Some(Value::Str(text)) => {
            let n = text.char_len();
            vm.write_output(s, text.as_str())?;
            Ok(Value::Int(n as i64))
        }
        Some(other) => Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("write() takes exactly one argument (0 given)")),
    }
}

fn stream_flush(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn stream_isatty(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_fileno(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "fileno", a)?;
    Ok(Value::Int(if stream_of(this) == Some(Stream::Stdout) {
        1
    } else {
        2
    }))
}

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::range(vm, "exit", a, 0, 1)?;
    let args = a.pos.first().cloned().into_iter().collect();
    Err(vm.exc_with_args(ExcKind::SystemExit, args))
}

fn exc_info(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "exc_info", a, 0)?;
    Ok(match vm.thread().handled.clone() {
        Some(e) => {
            let v = Value::Instance(e.clone());
            let tb = vm.traceback_object(&v);
            Value::tuple(vec![Value::Class(e.class()), v, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "exception", a, 0)?;
    Ok(vm
        .thread()
        .handled
        .clone()
        .map(Value::Instance)
        .unwrap_or(Value::None))
}

fn getrecursionlimit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "getrecursionlimit", a, 0)?;
    Ok(Value::Int(vm.config.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "setrecursionlimit", a, 1)?;
    let Some(n) = as_int(&a.pos[0]).and_then(|n| n.to_i64()) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a.pos[0])
        )));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // Frames live on the heap, so deep limits are safe; cap them to keep memory sane.
    vm.config.recursion_limit = n.min(100_000) as u32;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "getswitchinterval", a, 0)?;
    Ok(Value::Float(vm.switch_interval))
}

fn setswitchinterval(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "setswitchinterval", a, 1)?;
    let Some(x) = vm.to_f64(&a.pos[0])? else {
        return Err(vm.type_error(format!(
            "must be real number, not {}",
            vm.type_name(&a.pos[0])
        )));
    };
    if x <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.switch_interval = x;
    vm.new_slice();
    Ok(Value::None)
}

/// Reference counts here are Rust's, which count differently from
/// CPython's: any number would be a wrong answer, so it says so instead.
fn getrefcount(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("sys.getrefcount"))
}

fn intern(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "intern", a, 1)?;
    match &a.pos[0] {
        v @ Value::Str(_) => Ok(v.clone()),
        other => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn getsizeof(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("sys.getsizeof()"))
}

fn get_int_max_str_digits(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(4300))
}

const VERSION_FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];

/// `sys.version_info`: a tuple whose items are also named (`.major`).
fn version_info(vm: &Vm) -> Value {
    use crate::engine::objects::class::{BaseKind, Instance, Payload};
    use crate::engine::objects::function::BuiltinFunction;
    let cls = builtin_class(
        "sys.version_info",
        std::slice::from_ref(&vm.types.tuple),
        BaseKind::Tuple,
    );
    crate::engine::builtins::object::add_methods(
        &cls,
        "version_info",
        &[("__repr__", version_info_repr)],
    );
    let getters: [crate::engine::objects::function::NativeFn; 5] = [
        |vm, a| version_field(vm, a, 0),
        |vm, a| version_field(vm, a, 1),
        |vm, a| version_field(vm, a, 2),
        |vm, a| version_field(vm, a, 3),
        |vm, a| version_field(vm, a, 4),
    ];
    for (name, f) in VERSION_FIELDS.into_iter().zip(getters) {
        let fget = Value::Builtin(Rc::new(BuiltinFunction::method("version_info", name, f)));
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
    cls.dict.set_by_str("__module__", Value::str("sys"));
    let items = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::str("final"),
        Value::Int(0),
    ];
    Value::Instance(Instance::new_rc(cls, Payload::Value(Value::tuple(items))))
}

fn version_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Instance(i) => match &i.payload {
            crate::engine::objects::class::Payload::Value(Value::Tuple(t)) => t.items().to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn version_field(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Value> {
    let this = args::this(vm, "version_info", a)?;
    Ok(version_items(this).get(i).cloned().unwrap_or(Value::None))
}

fn version_info_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__repr__", a)?;
    let mut parts = Vec::with_capacity(VERSION_FIELDS.len());
    for (name, v) in VERSION_FIELDS.iter().zip(version_items(this)) {
        parts.push(format!("{name}={}", vm.repr(&v)?));
    }
    Ok(Value::string(format!(
        "sys.version_info({})",
        parts.join(", ")
    )))
}

/// `sys.excepthook(type, value, traceback)`, the default: prints the
/// traceback to stderr as the interpreter does for an uncaught exception.
fn excepthook(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 3 || !a.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            a.pos.len() + a.kwnames.len()
        )));
    }
    match &a.pos[1] {
        Value::Instance(e) if e.exc().is_some() => vm.print_exception(e)?,
        other => {
            let text = format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                vm.type_name(other)
            );
            vm.write_output(Stream::Stderr, &text)?;
        }
    }
    Ok(Value::None)
}

/// Whether `hook`, the value of `sys.excepthook`, is the default one.
pub fn is_default_excepthook(hook: &Value) -> bool {
    matches!(hook, Value::Builtin(b) if b.name == "excepthook")
}
