//! Methods of `list`.
//!
//! Loops that compare items with Python code (`remove`, `index`, `count`)
//! re-read the list at every step, as CPython does, so an `__eq__` that
//! mutates the list sees a consistent (if surprising) result, never a panic.

use std::rc::Rc;

use super::check::{self, method_self, slot_self};
use crate::engine::builtins::functions::sort_values;
use crate::engine::builtins::object::add_methods;
use crate::engine::bytecode::CmpKind;
use crate::engine::flow::PyResult;
use crate::engine::numeric::Int;
use crate::engine::objects::function::Args;
use crate::engine::objects::iter::IterState;
use crate::engine::objects::list::PyList;
use crate::engine::value::Value;
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::unnest::{tag_method, Unnest};
use crate::engine::vm::Vm;

/// Installs the methods of `list`.
pub fn install(vm: &Vm) {
    let list = &vm.types.list;
    add_methods(
        list,
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("sort", sort),
            ("copy", copy),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__repr__", repr),
        ],
    );
    tag_method(list, "extend", Unnest::Extend);
    // Lists are unhashable, and so are instances of list subclasses.
    list.dict.set_by_str("__hash__", Value::None);
}

fn pick(v: Value) -> Option<Rc<PyList>> {
    match v {
        Value::List(l) => Some(l),
        _ => None,
    }
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyList>> {
    method_self(vm, a, "list", name, pick)
}

fn slot(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyList>> {
    slot_self(vm, a, "list", name, pick)
}

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "append")?;
    let x = check::one(vm, a, "list.append")?;
    l.push(x.clone());
    Ok(Value::None)
}

/// Appends every item of an iterable, one at a time for general iterables (as CPython does).
pub fn extend_from(vm: &mut Vm, l: &Rc<PyList>, src: &Value) -> PyResult<()> {
    let view = vm.builtin_view(src);
    match view {
        Some(Value::List(other)) => {
            let items = other.snapshot();
            vm.charge_alloc(items.len() * 16)?;
            l.extend(items);
        }
        Some(Value::Tuple(t)) => {
            vm.charge_alloc(t.len() * 16)?;
            l.extend(t.items().to_vec());
        }
        _ => {
            let it = vm.get_iter(src)?;
            while let Some(x) = check::next_item(vm, &it)? {
                l.push(x);
            }
        }
    }
    Ok(())
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "extend")?;
    let src = check::one(vm, a, "list.extend")?;
    extend_from(vm, &l, src)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "insert")?;
    let args = check::positional(vm, a, "list.insert", 2, 2)?;
    let i = check::ssize(vm, &args[0])?;
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    // Appending then rotating the tail keeps the heap accounting in `push`.
    l.push(args[1].clone());
    let mut items = l.borrow_mut();
    if let Some(tail) = items.get_mut(at as usize..) {
        tail.rotate_right(1);
    }
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "remove")?;
    let x = check::one(vm, a, "list.remove")?.clone();
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq(&item, &x)? {
            let mut items = l.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "pop")?;
    let args = check::positional(vm, a, "list.pop", 0, 1)?;
    let i = match args.first() {
        Some(v) => check::ssize(vm, v)?,
        None => -1,
    };
    let mut items = l.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(items);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "clear")?;
    check::noargs(vm, a, "list.clear")?;
    // Dropping the old items after the list is empty again, as CPython does.
    crate::engine::objects::list::free_back_to_front(l.replace(Vec::new()));
    Ok(Value::None)
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "index")?;
    let args = check::positional(vm, a, "list.index", 1, 3)?;
    let x = args[0].clone();
    let (start, stop) = check::index_bounds(vm, &args[1..], l.len())?;
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if vm.eq(&item, &x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(&x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "count")?;
    let x = check::one(vm, a, "list.count")?.clone();
    let mut n = 0i64;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq(&item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "reverse")?;
    check::noargs(vm, a, "list.reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "sort")?;
    if !check::rest(a).is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    for k in a.kwnames {
        let name = k.as_str().unwrap_or("");
        if name != "key" && name != "reverse" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for sort()"
            )));
        }
    }
    let key = a.kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match a.kw("reverse") {
        Some(r) => match vm.index_value(r)? {
            Some(Int::Small(n)) if i32::try_from(n).is_ok() => n != 0,
            Some(_) => {
                return Err(vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                ))
            }
            None => return Err(check::not_integer(vm, r)),
        },
        None => false,
    };
    // While sorting, the list looks empty; anything added meanwhile is an error.
    let mut items = l.replace(Vec::new());
    let sorted = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.is_empty();
    l.replace(items);
    sorted?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "copy")?;
    check::noargs(vm, a, "list.copy")?;
    let items = l.snapshot();
    vm.charge_alloc(items.len() * 16)?;
    Ok(Value::list(items))
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "__getitem__")?;
    let key = check::one(vm, a, "list.__getitem__")?.clone();
    vm.get_item(&Value::List(l), &key)
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__setitem__")?;
    let args = check::wrapper_unpack(vm, a, "__setitem__", 2, 2)?;
    vm.set_item(&Value::List(l), args[0].clone(), args[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__delitem__")?;
    let args = check::wrapper(vm, a, "__delitem__", 1)?;
    vm.del_item(&Value::List(l), &args[0])?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__len__")?;
    check::wrapper(vm, a, "__len__", 0)?;
    Ok(Value::Int(l.len() as i64))
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__contains__")?;
    let args = check::wrapper(vm, a, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&Value::List(l), &args[0])?))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__iter__")?;
    check::wrapper(vm, a, "__iter__", 0)?;
    Ok(iter_value(IterState::List(l, 0)))
}

fn reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "__reversed__")?;
    check::noargs(vm, a, "list.__reversed__")?;
    let n = l.len();
    Ok(iter_value(IterState::ListReversed(l, n)))
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__add__")?;
    let other = check::wrapper(vm, a, "__add__", 1)?[0].clone();
    match vm.builtin_view(&other) {
        Some(Value::List(o)) => {
            let mut items = l.snapshot();
            items.extend(o.snapshot());
            vm.charge_alloc(items.len() * 16)?;
            Ok(Value::list(items))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&other)
        ))),
    }
}

fn iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__iadd__")?;
    let other = check::wrapper(vm, a, "__iadd__", 1)?[0].clone();
    extend_from(vm, &l, &other)?;
    Ok(a.pos[0].clone())
}

/// A repeat count as CPython's `sq_repeat` slots take it (negative counts mean 0).
pub fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    match vm.index_value(n)? {
        // Past usize (32-bit targets) the product overflows and `repeated` says MemoryError.
        Some(Int::Small(c)) => Ok(usize::try_from(c.max(0)).unwrap_or(usize::MAX)),
        Some(_) => Err(vm.err(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        None => Err(check::not_integer(vm, n)),
    }
}

/// `items * count`, refusing results past the memory cap.
pub fn repeated(vm: &Vm, items: &[Value], count: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items
        .len()
        .checked_mul(count)
        .ok_or_else(|| vm.err(ExcKind::MemoryError, ""))?;
    vm.charge_alloc(total.saturating_mul(16))?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..count {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__mul__")?;
    let n = check::wrapper(vm, a, "__mul__", 1)?[0].clone();
    let count = repeat_count(vm, &n)?;
    let items = l.snapshot();
    Ok(Value::list(repeated(vm, &items, count)?))
}

fn imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__imul__")?;
    let n = check::wrapper(vm, a, "__imul__", 1)?[0].clone();
    let count = repeat_count(vm, &n)?;
    if count != 1 {
        let items = l.snapshot();
        let out = repeated(vm, &items, count)?;
        l.replace(out);
    }
    Ok(a.pos[0].clone())
}

fn richcompare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let l = slot(vm, a, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    match vm.builtin_view(&other) {
        Some(Value::List(o)) => vm.compare(k, &Value::List(l), &Value::List(o)),
        _ => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__eq__", CmpKind::Eq)
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__ne__", CmpKind::Ne)
}

fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__lt__", CmpKind::Lt)
}

fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__le__", CmpKind::Le)
}

fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__gt__", CmpKind::Gt)
}

fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__ge__", CmpKind::Ge)
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = slot(vm, a, "__repr__")?;
    check::wrapper(vm, a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&Value::List(l))?))
}
