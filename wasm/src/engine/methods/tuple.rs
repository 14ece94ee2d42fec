//! Methods of `tuple`.

use std::rc::Rc;

use super::check::{self, method_self, slot_self};
use super::list::{repeat_count, repeated};
use crate::engine::builtins::object::add_methods;
use crate::engine::bytecode::CmpKind;
use crate::engine::flow::PyResult;
use crate::engine::objects::function::Args;
use crate::engine::objects::iter::IterState;
use crate::engine::objects::tuple::PyTuple;
use crate::engine::value::Value;
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::Vm;

/// Installs the methods of `tuple`.
pub fn install(vm: &Vm) {
    add_methods(
        &vm.types.tuple,
        "tuple",
        &[
            ("index", index),
            ("count", count),
            ("__getitem__", getitem),
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__getnewargs__", getnewargs),
        ],
    );
}

fn pick(v: Value) -> Option<Rc<PyTuple>> {
    match v {
        Value::Tuple(t) => Some(t),
        _ => None,
    }
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyTuple>> {
    method_self(vm, a, "tuple", name, pick)
}

fn slot(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyTuple>> {
    slot_self(vm, a, "tuple", name, pick)
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = this(vm, a, "index")?;
    let args = check::positional(vm, a, "tuple.index", 1, 3)?;
    let x = args[0].clone();
    let (start, stop) = check::index_bounds(vm, &args[1..], t.len())?;
    for (i, item) in t.items().iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = this(vm, a, "count")?;
    let x = check::one(vm, a, "tuple.count")?.clone();
    let mut n = 0i64;
    for item in t.items() {
        if vm.eq(item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = this(vm, a, "__getitem__")?;
    let key = check::one(vm, a, "tuple.__getitem__")?.clone();
    vm.get_item(&Value::Tuple(t), &key)
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = slot(vm, a, "__len__")?;
    check::wrapper(vm, a, "__len__", 0)?;
    Ok(Value::Int(t.len() as i64))
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = slot(vm, a, "__contains__")?;
    let args = check::wrapper(vm, a, "__contains__", 1)?;
    Ok(Value::Bool(vm.contains(&Value::Tuple(t), &args[0])?))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = slot(vm, a, "__iter__")?;
    check::wrapper(vm, a, "__iter__", 0)?;
    Ok(iter_value(IterState::Tuple(t, 0)))
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = slot(vm, a, "__add__")?;
    let other = check::wrapper(vm, a, "__add__", 1)?[0].clone();
    match vm.builtin_view(&other) {
        Some(Value::Tuple(o)) => {
            let mut items = t.items().to_vec();
            items.extend(o.items().iter().cloned());
            vm.charge_alloc(items.len() * 16)?;
            Ok(Value::tuple(items))
        }
        _ => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&other)
        ))),
    }
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = slot(vm, a, "__mul__")?;
    let n = check::wrapper(vm, a, "__mul__", 1)?[0].clone();
    let count = repeat_count(vm, &n)?;
    Ok(Value::tuple(repeated(vm, t.items(), count)?))
}

fn richcompare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let t = slot(vm, a, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    match vm.builtin_view(&other) {
        Some(Value::Tuple(o)) => vm.compare(k, &Value::Tuple(t), &Value::Tuple(o)),
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

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = slot(vm, a, "__hash__")?;
    check::wrapper(vm, a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Tuple(t))?))
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = slot(vm, a, "__repr__")?;
    check::wrapper(vm, a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&Value::Tuple(t))?))
}

fn getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = this(vm, a, "__getnewargs__")?;
    check::noargs(vm, a, "tuple.__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Tuple(t)]))
}
