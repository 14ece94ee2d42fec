//! Receiver and argument checks for methods of the built-in types, with the
//! messages CPython gives for each way a method is declared: plain methods
//! (`list.pop`), methods taking one argument or none, and the slot wrappers
//! behind dunders (`list.__len__`).

use std::rc::Rc;

use crate::engine::flow::PyResult;
use crate::engine::numeric::Int;
use crate::engine::objects::class::Class;
use crate::engine::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The receiver of a method such as `list.pop`, as the built-in value behind it.
pub fn method_self<T>(
    vm: &Vm,
    a: &Args,
    owner: &str,
    name: &str,
    pick: impl Fn(Value) -> Option<T>,
) -> PyResult<T> {
    let Some(this) = a.pos.first() else {
        return Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument")));
    };
    match vm.builtin_view(this).and_then(pick) {
        Some(t) => Ok(t),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        ))),
    }
}

/// The receiver of a slot wrapper such as `list.__len__`.
pub fn slot_self<T>(
    vm: &Vm,
    a: &Args,
    owner: &str,
    name: &str,
    pick: impl Fn(Value) -> Option<T>,
) -> PyResult<T> {
    let Some(this) = a.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    };
    match vm.builtin_view(this).and_then(pick) {
        Some(t) => Ok(t),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(this)
        ))),
    }
}

/// The arguments after the receiver.
pub fn rest<'a>(a: &'a Args) -> &'a [Value] {
    a.pos.get(1..).unwrap_or(&[])
}

/// `qual() takes no keyword arguments`.
pub fn no_kw(vm: &Vm, a: &Args, qual: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// A method taking no arguments (`list.clear`).
pub fn noargs(vm: &Vm, a: &Args, qual: &str) -> PyResult<()> {
    no_kw(vm, a, qual)?;
    let n = rest(a).len();
    if n != 0 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method taking exactly one argument (`list.append`).
pub fn one<'a>(vm: &Vm, a: &'a Args, qual: &str) -> PyResult<&'a Value> {
    no_kw(vm, a, qual)?;
    match rest(a) {
        [x] => Ok(x),
        r => Err(vm.type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            r.len()
        ))),
    }
}

/// A method with positional-only parameters (`list.pop`, `dict.get`): between
/// `min` and `max` arguments, counted in CPython's "pop expected ..." style.
pub fn positional<'a>(
    vm: &Vm,
    a: &'a Args,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, a, qual)?;
    let short = qual.rsplit('.').next().unwrap_or(qual);
    let r = rest(a);
    expect_count(vm, short, r.len(), min, max)?;
    Ok(r)
}

/// CPython's `_PyArg_CheckPositional` messages.
pub fn expect_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// The arguments of a slot wrapper taking exactly `n` (`list.__add__`).
pub fn wrapper<'a>(vm: &Vm, a: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
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

/// The arguments of a slot wrapper that unpacks its tuple (`__setitem__`, `__pow__`).
pub fn wrapper_unpack<'a>(
    vm: &Vm,
    a: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if a.has_kw() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let r = rest(a);
    // CPython unpacks these with an empty function name, hence the leading space.
    expect_count(vm, "", r.len(), min, max)?;
    Ok(r)
}

/// An index argument converted as `__index__` then `Py_ssize_t` (`list.pop(i)`).
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(Int::Small(i)) => Ok(i),
        Some(Int::Big(_)) => Err(vm.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        None => Err(not_integer(vm, v)),
    }
}

/// An index clamped into `Py_ssize_t` (`list.index` bounds, sequence repeat counts).
pub fn clamped_index(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(n) => Ok(n.to_i64_saturating()),
        None => Err(vm.type_error(what.to_string())),
    }
}

/// `'T' object cannot be interpreted as an integer`.
pub fn not_integer(vm: &Vm, v: &Value) -> crate::engine::flow::Flow {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}

/// Start and stop of `seq.index(x, start, stop)` resolved against `len`.
pub fn index_bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    const MSG: &str = "slice indices must be integers or have an __index__ method";
    let len = len as i64;
    let resolve = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let start = match args.first() {
        Some(v) => resolve(clamped_index(vm, v, MSG)?),
        None => 0,
    };
    let stop = match args.get(1) {
        Some(v) => resolve(clamped_index(vm, v, MSG)?),
        None => len,
    };
    // Clamped to the length, so the casts are exact on 32-bit targets too.
    Ok((start.min(len) as usize, stop.min(len) as usize))
}

/// Binds the arguments of a method with named parameters (`int.to_bytes`):
/// `names` in order, of which the first `max_pos` may also be given by position.
pub fn bind<'a>(
    vm: &Vm,
    a: &'a Args,
    fname: &str,
    names: &[&str],
    max_pos: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = rest(a);
    if pos.len() > max_pos {
        return Err(vm.type_error(if max_pos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes at most {max_pos} positional argument{} ({} given)",
                plural(max_pos),
                pos.len()
            )
        }));
    }
    let mut out: Vec<Option<&Value>> = names.iter().enumerate().map(|(i, _)| pos.get(i)).collect();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = k.as_str().unwrap_or("");
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for {fname}()"
            )));
        };
        if i < pos.len() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    Ok(out)
}

/// Adds read-only attributes computed by natives (`int.real`), as properties of the class.
pub fn add_getters(cls: &Class, owner: &'static str, getters: &[(&'static str, NativeFn)]) {
    for (name, f) in getters {
        let fget = Value::Builtin(Rc::new(BuiltinFunction::method(owner, name, *f)));
        let prop = Object::Property {
            fget,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(Some(Rc::new(crate::engine::objects::str::PyStr::new(
                name,
            )))),
        };
        cls.dict.set_by_str(name, Value::Object(Rc::new(prop)));
    }
}

/// The next item of an iterator driven from native code. `iter_next` already counts the
/// step as virtual time; this also checks the budget and the memory cap, so an endless
/// iterator (`s.update(itertools.count())`) stops like a Python loop would.
pub fn next_item(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    vm.charge(0)?;
    vm.iter_next(it)
}
