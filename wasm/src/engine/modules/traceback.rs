//! `_traceback`: printing and formatting exceptions the way the interpreter
//! does, and the raw frame data behind `traceback.extract_tb` and
//! `extract_stack` (whose summary objects `stdlib/traceback.py` defines).

use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::Instance;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::exception::TbEntry;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::Object;
use crate::engine::objects::str::PyStr;
use crate::engine::trace::Stream;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// Creates the `_traceback` module namespace.
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
            ("print_tb", print_tb),
            ("format_tb", format_tb),
            ("_extract_tb", extract_tb),
            ("_extract_stack", extract_stack),
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

/// The running thread's stack as traceback entries, outermost first; from
/// frame `f` outwards when a frame object is given.
fn stack_entries(vm: &mut Vm, f: Option<&Value>) -> Vec<TbEntry> {
    if let Some(entries) = f.and_then(|f| super::frames::stack_entries(vm, f)) {
        return entries;
    }
    let mut entries: Vec<TbEntry> = vm
        .thread()
        .frames
        .iter()
        .filter(|f| !f.code.flags.synthetic)
        .map(|f| TbEntry::new(f.code.clone(), f.ip.saturating_sub(1)))
        .collect();
    if let Some((code, ip)) = vm.call_site.clone() {
        entries.push(TbEntry::new(code, ip));
    }
    entries
}

/// `print_tb(tb, limit=None, file=None)` / `format_tb(tb, limit=None)`: the
/// traceback's entries, outermost first; a positive `limit` keeps the first
/// ones, a negative one the last.
fn tb_text(vm: &mut Vm, a: &Args, name: &str) -> PyResult<String> {
    let entries = tb_entries(vm, a, name)?;
    Ok(vm.format_entries(&entries, true))
}

/// The entries of `print_tb`'s, `format_tb`'s or `extract_tb`'s traceback
/// argument, outermost first, cut by its `limit`.
fn tb_entries(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Vec<TbEntry>> {
    let Some(tb) = args::arg(a, 0, "tb") else {
        return Err(vm.type_error(format!(
            "{name}() missing 1 required positional argument: 'tb'"
        )));
    };
    let mut entries: Vec<TbEntry> = match tb {
        Value::Object(o) => match &**o {
            Object::Traceback(t) => t
                .iter()
                .rev()
                .filter(|e| !e.code.flags.synthetic)
                .cloned()
                .collect(),
            _ => return Err(tb_type_error(vm, tb)),
        },
        Value::None => Vec::new(),
        _ => return Err(tb_type_error(vm, tb)),
    };
    if let Some(n) = limit_arg(vm, a)? {
        let keep = n.unsigned_abs() as usize;
        if n >= 0 {
            entries.truncate(keep);
        } else {
            let drop = entries.len().saturating_sub(keep);
            entries.drain(..drop);
        }
    }
    Ok(entries)
}

/// What CPython's `walk_tb` fails with on something that is not a traceback.
fn tb_type_error(vm: &Vm, tb: &Value) -> Flow {
    vm.attribute_error(format!(
        "'{}' object has no attribute 'tb_frame'",
        vm.type_name(tb)
    ))
}

/// The `limit` argument (position 1 or keyword), if given and not None, with
/// the errors CPython's `limit >= 0`, `islice` and `deque(maxlen=)` give.
fn limit_arg(vm: &Vm, a: &Args) -> PyResult<Option<i64>> {
    let Some(l) = args::arg(a, 1, "limit").filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Some(n) = l.as_i64() {
        return Ok(Some(n));
    }
    Err(match l {
        Value::Float(f) if *f >= 0.0 => vm.value_error(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ),
        Value::Float(_) => vm.type_error("an integer is required"),
        _ => vm.type_error(format!(
            "'>=' not supported between instances of '{}' and 'int'",
            vm.type_name(l)
        )),
    })
}

fn print_tb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = tb_text(vm, a, "print_tb")?;
    write(vm, args::arg(a, 2, "file"), &text)?;
    Ok(Value::None)
}

fn format_tb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = tb_text(vm, a, "format_tb")?;
    Ok(frame_chunks(&text))
}

/// `print_stack(f=None, limit=None, file=None)` / `format_stack(f=None, limit=None)`:
/// the frames from `f` (default: the caller) outwards, the last `limit` of them.
fn stack_text(vm: &mut Vm, a: &Args) -> PyResult<String> {
    let entries = stack_entries_limited(vm, a)?;
    Ok(vm.format_entries(&entries, false))
}

/// The frames `print_stack`, `format_stack` or `extract_stack` covers.
fn stack_entries_limited(vm: &mut Vm, a: &Args) -> PyResult<Vec<TbEntry>> {
    let f = args::arg(a, 0, "f").filter(|v| !v.is_none());
    let mut entries = stack_entries(vm, f);
    if let Some(n) = limit_arg(vm, a)? {
        // A positive limit keeps the innermost frames; a negative one the outermost.
        let keep = n.unsigned_abs() as usize;
        if n >= 0 {
            let drop = entries.len().saturating_sub(keep);
            entries.drain(..drop);
        } else {
            entries.truncate(keep);
        }
    }
    Ok(entries)
}

fn print_stack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = stack_text(vm, a)?;
    write(vm, args::arg(a, 2, "file"), &text)?;
    Ok(Value::None)
}

fn format_stack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let text = stack_text(vm, a)?;
    Ok(frame_chunks(&text))
}

/// Splits formatted entries into one string per frame, as `format_stack` returns them.
fn frame_chunks(text: &str) -> Value {
    let mut chunks: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        match chunks.last_mut() {
            Some(last) if !line.starts_with("  File ") && !line.starts_with("  [Previous") => {
                last.push_str(line)
            }
            _ => chunks.push(line.to_string()),
        }
    }
    Value::list(chunks.into_iter().map(Value::string).collect())
}

/// `_extract_tb(tb, limit)`: one [`frame_data`] tuple per entry.
fn extract_tb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let entries = tb_entries(vm, a, "extract_tb")?;
    Ok(frame_data(vm, &entries, true))
}

/// `_extract_stack(f, limit)`: one [`frame_data`] tuple per frame.
fn extract_stack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let entries = stack_entries_limited(vm, a)?;
    Ok(frame_data(vm, &entries, false))
}

/// For each entry: filename, line number, function name, source line,
/// end line, start and end column (UTF-8 bytes, as CPython counts them; a
/// stack's frames have none, as in CPython), and the entry's formatted lines.
fn frame_data(vm: &mut Vm, entries: &[TbEntry], columns: bool) -> Value {
    let rows = entries
        .iter()
        .map(|e| {
            let line = e.code.line_at(e.ip as usize);
            let text = e.code.source.line_text(line).trim();
            let span = e.code.spans.get(e.ip as usize).copied().unwrap_or_default();
            let (start_line, colno) = e.code.source.line_byte_col(span.start);
            let (end_line, end_colno) = e.code.source.line_byte_col(span.end);
            let known = columns && span.end > span.start && start_line == line;
            let or_none = |v: u32| {
                if known {
                    Value::Int(v as i64)
                } else {
                    Value::None
                }
            };
            Value::tuple(vec![
                Value::str(&e.code.filename),
                Value::Int(line as i64),
                Value::Str(Rc::new(PyStr::new(e.code.name.as_str()))),
                Value::str(text),
                or_none(end_line),
                or_none(colno),
                or_none(end_colno),
                Value::string(vm.format_entry(&e.code, e.ip, columns)),
            ])
        })
        .collect();
    Value::list(rows)
}
