//! `_collections`: the native half of `collections` — `deque`, and the counting
//! loop `Counter` uses.

use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::object::{add_classmethod, add_methods};
use crate::engine::bytecode::CmpKind;
use crate::engine::flow::PyResult;
use crate::engine::objects::class::{BaseKind, Class, Instance, Payload};
use crate::engine::objects::deque::DequeObj;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, BuiltinFunction};
use crate::engine::objects::iter::IterState;
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::types::{builtin_class, ExcKind};
use crate::engine::vm::Vm;

/// Creates the `_collections` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    d.set_by_str("deque", Value::Class(deque_class(vm)));
    add_functions(
        d,
        &[
            ("_count_elements", count_elements),
            (
                "_generic_alias",
                crate::engine::builtins::generic_alias::class_getitem,
            ),
        ],
    );
    Ok(())
}

fn deque_class(vm: &Vm) -> Rc<Class> {
    let cls = builtin_class(
        "collections.deque",
        std::slice::from_ref(&vm.types.object),
        BaseKind::Object,
    );
    add_methods(
        &cls,
        "deque",
        &[
            ("__new__", deque_new),
            ("__init__", deque_init),
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("clear", clear),
            ("copy", copy),
            ("__copy__", copy),
            ("count", count),
            ("index", index),
            ("insert", insert),
            ("remove", remove),
            ("reverse", reverse),
            ("rotate", rotate),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__repr__", repr),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
    let getter = Value::Builtin(Rc::new(BuiltinFunction::method("deque", "maxlen", maxlen)));
    cls.dict.set_by_str(
        "maxlen",
        Value::Object(Rc::new(Object::Property {
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::str("maximum size of a deque or None if unbounded"),
            name: std::cell::RefCell::new(None),
        })),
    );
    cls.dict.set_by_str("__hash__", Value::None);
    add_classmethod(
        &cls,
        "deque",
        "__class_getitem__",
        crate::engine::builtins::generic_alias::class_getitem,
    );
    cls
}

/// The deque behind a receiver (a deque, or an instance of a deque subclass).
fn deque_of(vm: &Vm, v: Option<&Value>, name: &str) -> PyResult<Rc<DequeObj>> {
    let inner = match v {
        Some(Value::Instance(i)) => match &i.payload {
            Payload::Value(x) => Some(x),
            _ => None,
        },
        other => other,
    };
    if let Some(Value::Object(o)) = inner {
        if let Object::Deque(d) = &**o {
            return Ok(d.clone());
        }
    }
    Err(match v {
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
        None => vm.type_error(format!("unbound method deque.{name}() needs an argument")),
    })
}

/// A method taking no arguments beyond the receiver.
fn noargs(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<DequeObj>> {
    let d = deque_of(vm, a.pos.first(), name)?;
    if a.has_kw() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(d)
}

/// A method taking exactly one argument.
fn onearg(vm: &Vm, a: &Args, name: &str) -> PyResult<(Rc<DequeObj>, Value)> {
    let d = deque_of(vm, a.pos.first(), name)?;
    if a.has_kw() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    match a.pos.get(1) {
        Some(v) if a.pos.len() == 2 => Ok((d, v.clone())),
        _ => Err(vm.type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

/// An integer argument through `__index__` (CPython's "cannot be interpreted" message).
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
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

/// A new empty deque of `cls` (wrapped in an instance for a subclass).
fn new_deque(cls: &Rc<Class>, maxlen: Option<usize>) -> (Value, Rc<DequeObj>) {
    let d = Rc::new(DequeObj::new(cls.clone()));
    d.maxlen.set(maxlen);
    let obj = Value::Object(Rc::new(Object::Deque(d.clone())));
    if cls.builtin {
        return (obj, d);
    }
    (
        Value::Instance(Instance::new_rc(cls.clone(), Payload::Value(obj))),
        d,
    )
}

fn deque_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    Ok(new_deque(cls, None).0)
}

fn deque_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = deque_of(vm, a.pos.first(), "__init__")?;
    let rest = &a.pos[1..];
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let mut iterable = rest.first().cloned();
    let mut maxlen = rest.get(1).cloned();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let slot = match k.as_str() {
            Some("iterable") => &mut iterable,
            Some("maxlen") => &mut maxlen,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for deque()",
                    other.unwrap_or("")
                )))
            }
        };
        if slot.is_some() {
            let name = k.as_str().unwrap_or("");
            let pos = if name == "iterable" { 1 } else { 2 };
            return Err(vm.type_error(format!(
                "argument for deque() given by name ('{name}') and position ({pos})"
            )));
        }
        *slot = Some(v.clone());
    }
    let max = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => {
            let Some(n) = as_int(&m) else {
                return Err(vm.type_error("an integer is required"));
            };
            let n = n.to_i64().ok_or_else(|| {
                vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            })?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(max);
    if !d.is_empty() {
        d.replace(Vec::new());
    }
    if let Some(src) = iterable {
        extend_from(vm, &d, &src, false)?;
    }
    Ok(Value::None)
}

/// Appends every item of `src` on one side, streaming (a bounded deque may take an endless iterator).
fn extend_from(vm: &mut Vm, d: &Rc<DequeObj>, src: &Value, left: bool) -> PyResult<()> {
    let same = match deque_of(vm, Some(src), "extend") {
        Ok(other) => Rc::ptr_eq(&other, d),
        Err(_) => false,
    };
    if same {
        for v in d.snapshot() {
            push(d, v, left);
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    let mut n = 0u64;
    while let Some(v) = vm.iter_next(&it)? {
        push(d, v, left);
        n += 1;
        if n.is_multiple_of(4096) {
            vm.charge(4096)?;
        }
    }
    Ok(())
}

fn push(d: &DequeObj, v: Value, left: bool) {
    if left {
        d.push_front(v);
    } else {
        d.push_back(v);
    }
}

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, v) = onearg(vm, a, "append")?;
    d.push_back(v);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, v) = onearg(vm, a, "appendleft")?;
    d.push_front(v);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "pop")?;
    if d.is_empty() {
        return Err(vm.index_error("pop from an empty deque"));
    }
    let v = d.borrow_mut().pop_back();
    Ok(v.unwrap_or(Value::None))
}

fn popleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "popleft")?;
    if d.is_empty() {
        return Err(vm.index_error("pop from an empty deque"));
    }
    let v = d.borrow_mut().pop_front();
    Ok(v.unwrap_or(Value::None))
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, src) = onearg(vm, a, "extend")?;
    extend_from(vm, &d, &src, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, src) = onearg(vm, a, "extendleft")?;
    extend_from(vm, &d, &src, true)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "clear")?;
    d.replace(Vec::new());
    Ok(Value::None)
}

/// A shallow copy with the same class and `maxlen`.
fn copy_of(d: &DequeObj) -> Value {
    let (v, new) = new_deque(&d.class, d.maxlen.get());
    new.replace(d.snapshot());
    v
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "copy")?;
    Ok(copy_of(&d))
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, x) = onearg(vm, a, "count")?;
    let mut n = 0i64;
    for v in d.snapshot() {
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn not_in_deque(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let r = vm.repr(x)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(n) => Ok(n.to_i64_saturating()),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = deque_of(vm, a.pos.first(), "index")?;
    if a.has_kw() {
        return Err(vm.type_error("deque.index() takes no keyword arguments"));
    }
    let rest = &a.pos[1..];
    if rest.is_empty() {
        return Err(vm.type_error("index() takes at least 1 argument (0 given)"));
    }
    if rest.len() > 3 {
        return Err(vm.type_error(format!(
            "index() takes at most 3 arguments ({} given)",
            rest.len()
        )));
    }
    let x = rest[0].clone();
    let items = d.snapshot();
    let n = items.len() as i64;
    let clamp = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let start = match rest.get(1) {
        Some(v) => clamp(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(2) {
        Some(v) => clamp(slice_index(vm, v)?),
        None => n,
    };
    for i in start..stop.max(start) {
        if vm.eq(&items[i as usize], &x)? {
            return Ok(Value::Int(i));
        }
    }
    not_in_deque(vm, &x)
}

fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = deque_of(vm, a.pos.first(), "insert")?;
    if a.has_kw() {
        return Err(vm.type_error("deque.insert() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let i = index_arg(vm, &a.pos[1])?;
    if d.maxlen.get().is_some_and(|m| d.len() >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.charge_item();
    d.borrow_mut().insert(at, a.pos[2].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, x) = onearg(vm, a, "remove")?;
    let items = d.snapshot();
    for (i, v) in items.iter().enumerate() {
        if vm.eq(v, &x)? {
            if d.len() != items.len() {
                return Err(vm.index_error("deque mutated during remove()."));
            }
            d.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    not_in_deque(vm, &x)
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "reverse")?;
    // In place without counting as a mutation: CPython's iterators keep going.
    let mut items = d.snapshot();
    items.reverse();
    for (i, v) in items.into_iter().enumerate() {
        d.set(i, v);
    }
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = deque_of(vm, a.pos.first(), "rotate")?;
    if a.has_kw() {
        return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let n = match a.pos.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => 1,
    };
    let mut items = d.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

/// A position for `d[i]`: `None` when out of range.
fn position(d: &DequeObj, i: i64) -> Option<usize> {
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, key) = onearg(vm, a, "__getitem__")?;
    let i = match vm.index_value(&key)? {
        Some(n) => n.to_i64_saturating(),
        None => {
            return Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(&key)
            )))
        }
    };
    match position(&d, i).and_then(|p| d.get(p)) {
        Some(v) => Ok(v),
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = deque_of(vm, a.pos.first(), "__setitem__")?;
    let (Some(key), Some(value), 3) = (a.pos.get(1), a.pos.get(2), a.pos.len()) else {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    };
    let i = index_arg(vm, key)?;
    match position(&d, i) {
        Some(p) => {
            d.set(p, value.clone());
            Ok(Value::None)
        }
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, key) = onearg(vm, a, "__delitem__")?;
    let i = index_arg(vm, &key)?;
    match position(&d, i) {
        Some(p) => {
            d.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.index_error("deque index out of range")),
    }
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, x) = onearg(vm, a, "__contains__")?;
    for v in d.snapshot() {
        if vm.eq(&v, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "__iter__")?;
    Ok(iter_value(IterState::Deque {
        index: 0,
        left: d.len(),
        stamp: d.state.get(),
        reverse: false,
        deque: d,
    }))
}

fn reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "__reversed__")?;
    let n = d.len();
    Ok(iter_value(IterState::Deque {
        index: n.wrapping_sub(1),
        left: n,
        stamp: d.state.get(),
        reverse: true,
        deque: d,
    }))
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = noargs(vm, a, "__repr__")?;
    let name = d.class.name_string();
    let name = name.rsplit('.').next().unwrap_or(&name).to_string();
    let id = Rc::as_ptr(&d) as i64;
    if vm.repr_stack.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    vm.repr_stack.push(id);
    let mut parts = Vec::with_capacity(d.len());
    let mut failed = None;
    for v in d.snapshot() {
        match vm.repr(&v) {
            Ok(s) => parts.push(s),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    vm.repr_stack.pop();
    if let Some(e) = failed {
        return Err(e);
    }
    let body = parts.join(", ");
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{name}([{body}], maxlen={m})"),
        None => format!("{name}([{body}])"),
    }))
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, other) = onearg(vm, a, "__add__")?;
    let Ok(o) = deque_of(vm, Some(&other), "__add__") else {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&other)
        )));
    };
    let out = copy_of(&d);
    let items = o.snapshot();
    if let Ok(new) = deque_of(vm, Some(&out), "__add__") {
        for v in items {
            new.push_back(v);
        }
    }
    Ok(out)
}

/// `d * n` as a new item list (the last `maxlen` items of the repetition).
fn repeated(vm: &mut Vm, d: &DequeObj, n: i64) -> PyResult<Vec<Value>> {
    let items = d.snapshot();
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let cap = d.maxlen.get().unwrap_or(usize::MAX);
    let total = items.len().saturating_mul(n as usize).min(cap);
    vm.charge_alloc(total.saturating_mul(16))?;
    let skip = items.len().saturating_mul(n as usize).saturating_sub(total);
    Ok(items
        .iter()
        .cycle()
        .skip(skip % items.len())
        .take(total)
        .cloned()
        .collect())
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, n) = onearg(vm, a, "__mul__")?;
    let Some(k) = as_int(&n) else {
        if vm.index_value(&n)?.is_none() {
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(&n)
            )));
        }
        let k = index_arg(vm, &n)?;
        return mul_by(vm, &d, k);
    };
    mul_by(vm, &d, k.to_i64_saturating())
}

fn mul_by(vm: &mut Vm, d: &DequeObj, k: i64) -> PyResult<Value> {
    let items = repeated(vm, d, k)?;
    let (v, new) = new_deque(&d.class, d.maxlen.get());
    new.replace(items);
    Ok(v)
}

fn rmul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, n) = onearg(vm, a, "__rmul__")?;
    match vm.index_value(&n)? {
        Some(k) => mul_by(vm, &d, k.to_i64_saturating()),
        None => Ok(Value::NotImplemented),
    }
}

fn iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, other) = onearg(vm, a, "__iadd__")?;
    extend_from(vm, &d, &other, false)?;
    Ok(a.pos[0].clone())
}

fn imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, n) = onearg(vm, a, "__imul__")?;
    let k = index_arg(vm, &n)?;
    if k != 1 {
        let items = repeated(vm, &d, k)?;
        d.replace(items);
    }
    Ok(a.pos[0].clone())
}

fn compare(vm: &mut Vm, a: &Args, k: CmpKind) -> PyResult<Value> {
    let (d, other) = onearg(vm, a, k.dunders().0)?;
    let Ok(o) = deque_of(vm, Some(&other), "__eq__") else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = (d.snapshot(), o.snapshot());
    if matches!(k, CmpKind::Eq | CmpKind::Ne) && x.len() != y.len() {
        return Ok(Value::Bool(k == CmpKind::Ne));
    }
    for (p, q) in x.iter().zip(&y) {
        if !vm.eq(p, q)? {
            return match k {
                CmpKind::Eq => Ok(Value::Bool(false)),
                CmpKind::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(k, p, q),
            };
        }
    }
    Ok(Value::Bool(Vm::ordering_result(
        k,
        Some(x.len().cmp(&y.len())),
    )))
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpKind::Eq)
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpKind::Ne)
}

fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpKind::Lt)
}

fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpKind::Le)
}

fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpKind::Gt)
}

fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpKind::Ge)
}

fn maxlen(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = deque_of(vm, a.pos.first(), "maxlen")?;
    Ok(match d.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each item.
fn count_elements(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "_count_elements expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let (mapping, src) = (a.pos[0].clone(), a.pos[1].clone());
    let it = vm.get_iter(&src)?;
    let one = Value::Int(1);
    let mut n = 0u64;
    while let Some(x) = vm.iter_next(&it)? {
        let cur = match vm.get_item(&mapping, &x) {
            Ok(v) => Some(v),
            Err(crate::engine::flow::Flow::Exc(e)) if vm.exc_is(&e, ExcKind::KeyError) => None,
            Err(e) => return Err(e),
        };
        let new = match cur {
            Some(c) => vm.binary_op(crate::engine::bytecode::BinOpKind::Add, &c, &one, false)?,
            None => one.clone(),
        };
        vm.set_item(&mapping, x, new)?;
        n += 1;
        if n.is_multiple_of(1024) {
            vm.charge(1024)?;
        }
    }
    Ok(Value::None)
}
