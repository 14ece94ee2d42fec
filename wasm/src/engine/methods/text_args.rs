//! Receivers and argument checking for `str` and `bytes` methods, with the
//! messages CPython 3.11's argument parsers give (Argument Clinic, `METH_O`,
//! `PyArg_ParseTuple` and slot wrappers each word them differently).

use std::rc::Rc;

use crate::engine::flow::PyResult;
use crate::engine::objects::function::Args;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// The built-in value behind a receiver (a `str` subclass instance holds its text as payload).
fn unwrap_builtin(vm: &Vm, v: &Value) -> Value {
    match v {
        Value::Instance(_) => vm.builtin_view(v).unwrap_or(Value::None),
        other => other.clone(),
    }
}

/// How Argument Clinic names an argument's type in "must be str, not X": `None` for None.
pub fn clinic_type(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        other => vm.type_name(other),
    }
}

/// The receiver's wrong-type or missing-receiver error for `owner.name`.
fn receiver_error(
    vm: &Vm,
    owner: &str,
    name: &str,
    got: Option<&Value>,
) -> crate::engine::flow::Flow {
    // Special methods are slot wrappers in CPython, except these plain methods.
    let plain = matches!(name, "__format__" | "__getnewargs__" | "__sizeof__");
    let slot = name.starts_with("__") && name.ends_with("__") && !plain;
    match (got, slot) {
        (None, true) => vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )),
        (None, false) => {
            vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))
        }
        (Some(v), true) => vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(v)
        )),
        (Some(v), false) => vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

/// The `str` a method was called on.
pub fn recv_str(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    let this = a.pos.first();
    match this.map(|v| unwrap_builtin(vm, v)) {
        Some(Value::Str(s)) => Ok(s),
        _ => Err(receiver_error(vm, "str", name, this)),
    }
}

/// The `bytes` a method was called on.
pub fn recv_bytes(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Vec<u8>>> {
    let this = a.pos.first();
    match this.map(|v| unwrap_builtin(vm, v)) {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(receiver_error(vm, "bytes", name, this)),
    }
}

/// The arguments after the receiver.
fn rest<'a>(a: &'a Args) -> &'a [Value] {
    a.pos.get(1..).unwrap_or(&[])
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
pub fn no_args(vm: &Vm, a: &Args, qualname: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let k = rest(a).len();
    if k != 0 {
        return Err(vm.type_error(format!("{qualname}() takes no arguments ({k} given)")));
    }
    Ok(())
}

/// `METH_O`: "str.join() takes exactly one argument (2 given)".
pub fn one_arg<'a>(vm: &Vm, a: &'a Args, qualname: &str) -> PyResult<&'a Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    match rest(a) {
        [v] => Ok(v),
        r => Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            r.len()
        ))),
    }
}

/// Positional-only Argument Clinic parameters: "replace expected at least 2 arguments, got 1".
pub fn positional<'a>(
    vm: &Vm,
    a: &'a Args,
    qualname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let short = qualname.rsplit('.').next().unwrap_or(qualname);
    let r = rest(a);
    let k = r.len();
    if k < min || k > max {
        let msg = if min == max {
            format!("{short} expected {min} argument{}, got {k}", plural(min))
        } else if k < min {
            format!(
                "{short} expected at least {min} argument{}, got {k}",
                plural(min)
            )
        } else {
            format!(
                "{short} expected at most {max} argument{}, got {k}",
                plural(max)
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(r)
}

/// `PyArg_ParseTuple` style: "find() takes at least 1 argument (0 given)".
pub fn tuple_args<'a>(
    vm: &Vm,
    a: &'a Args,
    qualname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let short = qualname.rsplit('.').next().unwrap_or(qualname);
    let r = rest(a);
    let k = r.len();
    if k < min {
        return Err(vm.type_error(format!(
            "{short}() takes at least {min} argument{} ({k} given)",
            plural(min)
        )));
    }
    if k > max {
        return Err(vm.type_error(format!(
            "{short}() takes at most {max} argument{} ({k} given)",
            plural(max)
        )));
    }
    Ok(r)
}

/// Argument Clinic parameters that may be passed by keyword: the value of each,
/// positional or keyword, in order. Names starting with `\0` are required and
/// positional-only (they never match a keyword).
pub fn keywords(vm: &Vm, a: &Args, name: &str, params: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let r = rest(a);
    let total = r.len() + a.kwnames.len();
    if total > params.len() {
        // CPython says "keyword argument" when every argument came by keyword.
        return Err(vm.type_error(format!(
            "{name}() takes at most {} {}argument{} ({total} given)",
            params.len(),
            if r.is_empty() { "keyword " } else { "" },
            plural(params.len())
        )));
    }
    let required = params.iter().take_while(|p| p.starts_with('\0')).count();
    if r.len() < required {
        return Err(vm.type_error(format!(
            "{name}() takes at least {required} positional argument{} ({} given)",
            plural(required),
            r.len()
        )));
    }
    let mut out: Vec<Option<Value>> = params.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(r) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = k.as_str().unwrap_or("");
        match params.iter().position(|p| *p == key) {
            Some(i) if i < r.len() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

/// Slot wrappers (`__add__`, `__len__`, ...): "expected 1 argument, got 0".
pub fn wrapper_args<'a>(vm: &Vm, a: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if a.has_kw() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let r = rest(a);
    if r.len() != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            r.len()
        )));
    }
    Ok(r)
}

/// The count of `__mul__`/`__rmul__` (CPython's wrapper words its count error
/// with an empty function name, hence the leading space).
pub fn repeat_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match rest(a) {
        [v] => Ok(v.clone()),
        r => Err(vm.type_error(format!(" expected 1 argument, got {}", r.len()))),
    }
}

/// An index-sized integer (`Py_ssize_t`) through `__index__`.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(n) => n.to_i64().ok_or_else(|| {
            vm.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// A C `int` through `__index__` (`expandtabs`' tab size).
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(n) => match n.to_i64() {
            Some(i) if i32::try_from(i).is_ok() => Ok(i),
            _ => Err(vm.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )),
        },
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// A `start`/`end` bound of `find` and friends: None, or an int clamped to `i64`
/// (CPython clamps out-of-range values rather than failing).
pub fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(n) => Ok(Some(n.to_i64_saturating())),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// A non-negative size computed in `i64` as a `usize`, or MemoryError where it cannot be one.
pub fn size_arg(vm: &Vm, n: i64) -> PyResult<usize> {
    usize::try_from(n).map_err(|_| vm.err(ExcKind::MemoryError, ""))
}

/// CPython's `ADJUST_INDICES`: resolves `start`/`end` against a length
/// (the result may have `start > end`, which callers treat as empty).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    // Any start past the end behaves alike; clamping keeps it in range of usize.
    (start.min(len + 1) as usize, end as usize)
}
