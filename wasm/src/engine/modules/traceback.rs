//! `traceback`: printing and formatting exceptions the way the interpreter does.

use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::flow::PyResult;
use crate::engine::objects::class::Instance;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::str::PyStr;
use crate::engine::trace::Stream;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// Creates the `traceback` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("print_exception", print_exception),
            ("format_exception", format_exception),
            ("format_exception_only", format_exception_only),
            ("print_exc", print_exc),
            ("format_exc", format_exc),
            ("print_stack", print_stack),
            ("format_stack", format_stack),
        ],
    );
    Ok(())
}

/// The exception an argument list names: `(exc)` or `(type, value, tb)`.
fn exception_arg(a: &Args) -> Option<Rc<Instance>> {
    let value = args::arg(a, 1, "value").filter(|v| !v.is_none());
    match value {
        Some(Value::Instance(i)) => Some(i.clone()),
        _ => match a.pos.first() {
            Some(Value::Instance(i)) => Some(i.clone()),
            _ => None,
        },
    }
}

fn write(vm: &mut Vm, file: Option<&Value>, text: &str) -> PyResult<()> {
    match file.filter(|f| !f.is_none()) {
        None => vm.write_output(Stream::Stderr, text),
        Some(f) => match super::sys::stream_of(f) {
            Some(s) => vm.write_output(s, text),
            None => {
                let w = Rc::new(PyStr::new("write"));
                let m = vm.get_attr(f, &w)?;
                vm.call(&m, &[Value::str(text)])?;
                Ok(())
            }
        },
    }
}

fn lines(text: &str) -> Value {
    Value::list(text.split_inclusive('\n').map(Value::str).collect())
}

fn print_exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(e) = exception_arg(a) {
        let text = vm.format_exception(&e);
        write(vm, a.kw("file"), &text)?;
    } else if let Some(v) = a.pos.first() {
        if v.is_none() {
            write(vm, a.kw("file"), "NoneType: None\n")?;
        }
    }
    Ok(Value::None)
}

fn format_exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match exception_arg(a) {
        Some(e) => Ok(lines(&vm.format_exception(&e))),
        None => Ok(Value::list(vec![Value::str("NoneType: None\n")])),
    }
}

fn format_exception_only(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match exception_arg(a) {
        Some(e) => {
            let line = vm.exception_line(&e);
            Ok(lines(&format!("{line}\n")))
        }
        None => Ok(Value::list(vec![Value::str("NoneType: None\n")])),
    }
}

fn print_exc(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = match vm.thread().handled.clone() {
        Some(e) => vm.format_exception(&e),
        None => "NoneType: None\n".to_string(),
    };
    write(vm, a.kw("file"), &text)?;
    Ok(Value::None)
}

fn format_exc(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::string(match vm.thread().handled.clone() {
        Some(e) => vm.format_exception(&e),
        None => "NoneType: None\n".to_string(),
    }))
}

/// The running thread's stack as traceback entries, outermost first.
fn stack_text(vm: &mut Vm) -> String {
    let mut entries: Vec<crate::engine::objects::exception::TbEntry> = vm
        .thread()
        .frames
        .iter()
        .filter(|f| !f.code.flags.synthetic)
        .map(|f| crate::engine::objects::exception::TbEntry {
            code: f.code.clone(),
            ip: f.ip.saturating_sub(1),
        })
        .collect();
    if let Some((code, ip)) = vm.call_site.clone() {
        entries.push(crate::engine::objects::exception::TbEntry { code, ip });
    }
    vm.format_entries(&entries)
}

fn print_stack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = stack_text(vm);
    write(vm, a.kw("file"), &text)?;
    Ok(Value::None)
}

fn format_stack(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let text = stack_text(vm);
    Ok(lines(&text))
}
