//! Methods of `dict` and of its `keys()`, `values()` and `items()` views.

use std::rc::Rc;

use super::check::{self, method_self, slot_self};
use super::set;
use crate::engine::builtins::constructors::dict_fill;
use crate::engine::builtins::object::{add_classmethod, add_methods};
use crate::engine::bytecode::CmpKind;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, NativeFn};
use crate::engine::objects::iter::IterState;
use crate::engine::objects::object::{Object, ViewKind};
use crate::engine::objects::set::PySet;
use crate::engine::value::Value;
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::Vm;

/// Installs the methods of `dict` and its views.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(
        &t.dict,
        "dict",
        &[
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("copy", copy),
            ("clear", clear),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("__repr__", repr),
        ],
    );
    add_classmethod(&t.dict, "dict", "fromkeys", fromkeys);
    t.dict.dict.set_by_str("__hash__", Value::None);
    add_methods(
        &t.dict_keys,
        "dict_keys",
        &[
            ("__len__", keys_len),
            ("__iter__", keys_iter),
            ("__reversed__", keys_reversed),
            ("__contains__", keys_contains),
            ("isdisjoint", keys_isdisjoint),
            ("__eq__", keys_eq),
            ("__ne__", keys_ne),
            ("__lt__", keys_lt),
            ("__le__", keys_le),
            ("__gt__", keys_gt),
            ("__ge__", keys_ge),
            ("__and__", keys_and),
            ("__or__", keys_or),
            ("__sub__", keys_sub),
            ("__xor__", keys_xor),
            ("__rand__", keys_rand),
            ("__ror__", keys_ror),
            ("__rsub__", keys_rsub),
            ("__rxor__", keys_rxor),
        ],
    );
    add_methods(
        &t.dict_items,
        "dict_items",
        &[
            ("__len__", items_len),
            ("__iter__", items_iter),
            ("__reversed__", items_reversed),
            ("__contains__", items_contains),
            ("isdisjoint", items_isdisjoint),
            ("__eq__", items_eq),
            ("__ne__", items_ne),
            ("__lt__", items_lt),
            ("__le__", items_le),
            ("__gt__", items_gt),
            ("__ge__", items_ge),
            ("__and__", items_and),
            ("__or__", items_or),
            ("__sub__", items_sub),
            ("__xor__", items_xor),
            ("__rand__", items_rand),
            ("__ror__", items_ror),
            ("__rsub__", items_rsub),
            ("__rxor__", items_rxor),
        ],
    );
    add_methods(
        &t.dict_values,
        "dict_values",
        &[
            ("__len__", values_len),
            ("__iter__", values_iter),
            ("__reversed__", values_reversed),
        ],
    );
    add_methods(
        &t.mappingproxy,
        "mappingproxy",
        &[
            ("get", proxy_get),
            ("keys", proxy_keys),
            ("values", proxy_values),
            ("items", proxy_items),
            ("copy", proxy_copy),
        ],
    );
}

/// Runs the dict method `f` on the dict a `mappingproxy` receiver wraps.
fn proxied(vm: &mut Vm, a: &Args, name: &str, f: NativeFn) -> PyResult<Value> {
    let inner = match a.pos.first() {
        Some(Value::Object(o)) => match &**o {
            Object::MappingProxy(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(d) = inner else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'mappingproxy' objects needs a 'mappingproxy' object"
        )));
    };
    let mut pos = a.pos.to_vec();
    pos[0] = Value::Dict(d);
    f(
        vm,
        &Args {
            pos: &pos,
            kwnames: a.kwnames,
            kwvals: a.kwvals,
        },
    )
}

fn proxy_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    proxied(vm, a, "get", get)
}

fn proxy_keys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    proxied(vm, a, "keys", keys)
}

fn proxy_values(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    proxied(vm, a, "values", values)
}

fn proxy_items(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    proxied(vm, a, "items", items)
}

fn proxy_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    proxied(vm, a, "copy", copy)
}

fn pick(v: Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyDict>> {
    method_self(vm, a, "dict", name, pick)
}

fn slot(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<PyDict>> {
    slot_self(vm, a, "dict", name, pick)
}

/// A view object of a dict.
pub fn view(d: Rc<PyDict>, kind: ViewKind) -> Value {
    Value::Object(Rc::new(Object::DictView(d, kind)))
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &Rc<PyDict>, other: &Value) -> PyResult<()> {
    let pos = [Value::Dict(d.clone()), other.clone()];
    dict_fill(vm, d, &Args::positional(&pos), "update")
}

fn get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "get")?;
    let args = check::positional(vm, a, "dict.get", 1, 2)?;
    Ok(match d.get(vm, &args[0])? {
        Some(v) => v,
        None => args.get(1).cloned().unwrap_or(Value::None),
    })
}

fn setdefault(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "setdefault")?;
    let args = check::positional(vm, a, "dict.setdefault", 1, 2)?;
    let key = args[0].clone();
    let h = vm.hash(&key)?;
    if let Some(v) = d.get_hashed(vm, h, &key)? {
        return Ok(v);
    }
    let default = args.get(1).cloned().unwrap_or(Value::None);
    d.set_hashed(vm, h, key, default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "pop")?;
    let args = check::positional(vm, a, "dict.pop", 1, 2)?;
    match d.remove(vm, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[0].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "popitem")?;
    check::noargs(vm, a, "dict.popitem")?;
    match d.pop_last() {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "update")?;
    dict_fill(vm, &d, a, "update")?;
    Ok(Value::None)
}

fn keys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "keys")?;
    check::noargs(vm, a, "dict.keys")?;
    Ok(view(d, ViewKind::Keys))
}

fn values(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "values")?;
    check::noargs(vm, a, "dict.values")?;
    Ok(view(d, ViewKind::Values))
}

fn items(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "items")?;
    check::noargs(vm, a, "dict.items")?;
    Ok(view(d, ViewKind::Items))
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "copy")?;
    check::noargs(vm, a, "dict.copy")?;
    vm.charge_alloc(d.len() * 40)?;
    Ok(Value::Dict(Rc::new(d.copy())))
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "clear")?;
    check::noargs(vm, a, "dict.clear")?;
    d.clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = check::positional(vm, a, "dict.fromkeys", 1, 2)?;
    let cls = a.pos[0].clone();
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let target = vm.call(&cls, &[])?;
    let it = vm.get_iter(&args[0])?;
    match &target {
        Value::Dict(d) => {
            while let Some(k) = check::next_item(vm, &it)? {
                d.set(vm, k, value.clone())?;
            }
        }
        _ => {
            while let Some(k) = check::next_item(vm, &it)? {
                vm.set_item(&target, k, value.clone())?;
            }
        }
    }
    Ok(target)
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__getitem__")?;
    let key = check::one(vm, a, "dict.__getitem__")?.clone();
    if let Some(v) = d.get(vm, &key)? {
        return Ok(v);
    }
    // Subclasses may supply missing values.
    let me = a.pos[0].clone();
    if let Value::Instance(i) = &me {
        if let Some(missing) = i.class().lookup_str("__missing__") {
            return vm.call(&missing, &[me.clone(), key]);
        }
    }
    Err(vm.key_error(key))
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = slot(vm, a, "__setitem__")?;
    let args = check::wrapper_unpack(vm, a, "__setitem__", 2, 2)?;
    d.set(vm, args[0].clone(), args[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = slot(vm, a, "__delitem__")?;
    let key = check::wrapper(vm, a, "__delitem__", 1)?[0].clone();
    match d.remove(vm, &key)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(key)),
    }
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__contains__")?;
    let key = check::one(vm, a, "dict.__contains__")?.clone();
    Ok(Value::Bool(d.contains(vm, &key)?))
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = slot(vm, a, "__len__")?;
    check::wrapper(vm, a, "__len__", 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_iter(d: Rc<PyDict>, kind: ViewKind) -> Value {
    let len = d.len();
    iter_value(IterState::Dict {
        dict: d,
        pos: 0,
        len,
        kind,
    })
}

/// A reverse iterator over a snapshot of the dict (as `reversed(dict)` gives).
fn reversed_snapshot(d: &PyDict, kind: ViewKind) -> Value {
    let mut items: Vec<Value> = d
        .entries()
        .into_iter()
        .map(|e| match kind {
            ViewKind::Keys => e.key,
            ViewKind::Values => e.value,
            ViewKind::Items => Value::tuple(vec![e.key, e.value]),
        })
        .collect();
    items.reverse();
    iter_value(IterState::Values(items, 0))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = slot(vm, a, "__iter__")?;
    check::wrapper(vm, a, "__iter__", 0)?;
    Ok(dict_iter(d, ViewKind::Keys))
}

fn reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__reversed__")?;
    check::noargs(vm, a, "dict.__reversed__")?;
    Ok(reversed_snapshot(&d, ViewKind::Keys))
}

fn richcompare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let d = slot(vm, a, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    match (vm.builtin_view(&other), k) {
        (Some(Value::Dict(o)), CmpKind::Eq | CmpKind::Ne) => {
            vm.compare(k, &Value::Dict(d), &Value::Dict(o))
        }
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

/// `left | right` for two dicts: a plain-dict copy of `left` updated with `right`.
fn merged(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (Some(Value::Dict(l)), Some(Value::Dict(_))) =
        (vm.builtin_view(left), vm.builtin_view(right))
    else {
        return Ok(Value::NotImplemented);
    };
    let result = Rc::new(l.copy());
    update_from(vm, &result, right)?;
    Ok(Value::Dict(result))
}

fn or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    slot(vm, a, "__or__")?;
    let other = check::wrapper(vm, a, "__or__", 1)?[0].clone();
    merged(vm, &a.pos[0].clone(), &other)
}

fn ror(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    slot(vm, a, "__ror__")?;
    let other = check::wrapper(vm, a, "__ror__", 1)?[0].clone();
    merged(vm, &other, &a.pos[0].clone())
}

fn ior(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = slot(vm, a, "__ior__")?;
    let other = check::wrapper(vm, a, "__ior__", 1)?[0].clone();
    update_from(vm, &d, &other)?;
    Ok(a.pos[0].clone())
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = slot(vm, a, "__repr__")?;
    check::wrapper(vm, a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&Value::Dict(d))?))
}

// ---- Views ----

fn view_of(v: &Value, kind: ViewKind) -> Option<Rc<PyDict>> {
    match v {
        Value::Object(o) => match &**o {
            Object::DictView(d, k) if *k == kind => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn view_owner(kind: ViewKind) -> &'static str {
    match kind {
        ViewKind::Keys => "dict_keys",
        ViewKind::Values => "dict_values",
        ViewKind::Items => "dict_items",
    }
}

fn view_slot(vm: &Vm, a: &Args, kind: ViewKind, name: &str) -> PyResult<Rc<PyDict>> {
    slot_self(vm, a, view_owner(kind), name, |v| view_of(&v, kind))
}

/// True for `keys()` and `items()` views, which behave as sets.
fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::DictView(_, ViewKind::Keys | ViewKind::Items)))
}

/// A set of the view's elements (a keys view of a dict takes the dict's fast path).
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    if let Some(d) = view_of(v, ViewKind::Keys) {
        return set::new_from(vm, &Value::Dict(d));
    }
    set::new_from(vm, v)
}

/// Every element of `a` is in `b` (by `in`).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = check::next_item(vm, &it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `view & other` (either side may be the view), as CPython's `_PyDictView_Intersect`.
fn view_intersect(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (mut me, mut other) = if is_set_view(left) {
        (left.clone(), right.clone())
    } else {
        (right.clone(), left.clone())
    };
    let len_me = vm.len(&me)?;
    if let Value::Set(s) = &other {
        if len_me <= s.len() {
            let s = s.clone();
            return Ok(Value::Set(set::intersection(vm, &s, &me)?));
        }
    }
    if is_set_view(&other) && vm.len(&other)? > len_me {
        std::mem::swap(&mut me, &mut other);
    }
    let result = Rc::new(PySet::new());
    let it = vm.get_iter(&other)?;
    while let Some(x) = check::next_item(vm, &it)? {
        if vm.contains(&me, &x)? {
            result.add(vm, x)?;
        }
    }
    Ok(Value::Set(result))
}

/// The set operators of keys and items views; `left` or `right` is the view.
fn view_binop(vm: &mut Vm, left: &Value, right: &Value, op: char) -> PyResult<Value> {
    if op == '&' {
        return view_intersect(vm, left, right);
    }
    let result = if is_set_view(left) {
        view_to_set(vm, left)?
    } else {
        set::new_from(vm, left)?
    };
    match op {
        '|' => set::update_internal(vm, &result, right)?,
        '-' => set::difference_update_internal(vm, &result, right)?,
        _ => set::symmetric_difference_update_internal(vm, &result, right)?,
    }
    Ok(Value::Set(result))
}

fn view_isdisjoint(vm: &mut Vm, me: &Value, other: &Value) -> PyResult<bool> {
    if me.is(other) {
        return Ok(vm.len(me)? == 0);
    }
    let (mut big, mut small) = (me.clone(), other.clone());
    if (set::any_set(vm, other).is_some() || is_set_view(other)) && vm.len(other)? > vm.len(me)? {
        std::mem::swap(&mut big, &mut small);
    }
    let it = vm.get_iter(&small)?;
    while let Some(x) = check::next_item(vm, &it)? {
        if vm.contains(&big, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &mut Vm, me: &Value, other: &Value, k: CmpKind) -> PyResult<Value> {
    if set::any_set(vm, other).is_none() && !is_set_view(other) {
        return Ok(Value::NotImplemented);
    }
    let (la, lb) = (vm.len(me)?, vm.len(other)?);
    let r = match k {
        CmpKind::Eq | CmpKind::Ne => {
            let eq = la == lb && all_contained_in(vm, me, other)?;
            eq == (k == CmpKind::Eq)
        }
        CmpKind::Lt => la < lb && all_contained_in(vm, me, other)?,
        CmpKind::Le => la <= lb && all_contained_in(vm, me, other)?,
        CmpKind::Gt => la > lb && all_contained_in(vm, other, me)?,
        CmpKind::Ge => la >= lb && all_contained_in(vm, other, me)?,
    };
    Ok(Value::Bool(r))
}

/// Defines the entry points of a view method for one view kind.
macro_rules! view_methods {
    ($kind:expr, $owner:literal, $len:ident, $iter:ident, $reversed:ident) => {
        fn $len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let d = view_slot(vm, a, $kind, "__len__")?;
            check::wrapper(vm, a, "__len__", 0)?;
            Ok(Value::Int(d.len() as i64))
        }
        fn $iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let d = view_slot(vm, a, $kind, "__iter__")?;
            check::wrapper(vm, a, "__iter__", 0)?;
            Ok(dict_iter(d, $kind))
        }
        fn $reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let d = method_self(vm, a, $owner, "__reversed__", |v| view_of(&v, $kind))?;
            check::noargs(vm, a, concat!($owner, ".__reversed__"))?;
            Ok(reversed_snapshot(&d, $kind))
        }
    };
}

view_methods!(
    ViewKind::Keys,
    "dict_keys",
    keys_len,
    keys_iter,
    keys_reversed
);
view_methods!(
    ViewKind::Items,
    "dict_items",
    items_len,
    items_iter,
    items_reversed
);
view_methods!(
    ViewKind::Values,
    "dict_values",
    values_len,
    values_iter,
    values_reversed
);

/// Defines the set-like methods of a view kind.
macro_rules! set_view_methods {
    ($kind:expr, $owner:literal, $contains:ident, $isdisjoint:ident,
     [$($cmp:ident = $cmp_name:literal $cmp_kind:expr),*],
     [$($op:ident = $op_name:literal $op_char:literal $reflected:literal),*]) => {
        fn $contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            view_slot(vm, a, $kind, "__contains__")?;
            let x = check::wrapper(vm, a, "__contains__", 1)?[0].clone();
            let me = a.pos[0].clone();
            Ok(Value::Bool(vm.contains(&me, &x)?))
        }
        fn $isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            method_self(vm, a, $owner, "isdisjoint", |v| view_of(&v, $kind))?;
            let other = check::one(vm, a, concat!($owner, ".isdisjoint"))?.clone();
            let me = a.pos[0].clone();
            Ok(Value::Bool(view_isdisjoint(vm, &me, &other)?))
        }
        $(
            fn $cmp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                view_slot(vm, a, $kind, $cmp_name)?;
                let other = check::wrapper(vm, a, $cmp_name, 1)?[0].clone();
                let me = a.pos[0].clone();
                view_compare(vm, &me, &other, $cmp_kind)
            }
        )*
        $(
            fn $op(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                view_slot(vm, a, $kind, $op_name)?;
                let other = check::wrapper(vm, a, $op_name, 1)?[0].clone();
                let me = a.pos[0].clone();
                if $reflected {
                    view_binop(vm, &other, &me, $op_char)
                } else {
                    view_binop(vm, &me, &other, $op_char)
                }
            }
        )*
    };
}

set_view_methods!(
    ViewKind::Keys, "dict_keys", keys_contains, keys_isdisjoint,
    [keys_eq = "__eq__" CmpKind::Eq, keys_ne = "__ne__" CmpKind::Ne, keys_lt = "__lt__" CmpKind::Lt,
     keys_le = "__le__" CmpKind::Le, keys_gt = "__gt__" CmpKind::Gt, keys_ge = "__ge__" CmpKind::Ge],
    [keys_and = "__and__" '&' false, keys_or = "__or__" '|' false, keys_sub = "__sub__" '-' false,
     keys_xor = "__xor__" '^' false, keys_rand = "__rand__" '&' true, keys_ror = "__ror__" '|' true,
     keys_rsub = "__rsub__" '-' true, keys_rxor = "__rxor__" '^' true]
);

set_view_methods!(
    ViewKind::Items, "dict_items", items_contains, items_isdisjoint,
    [items_eq = "__eq__" CmpKind::Eq, items_ne = "__ne__" CmpKind::Ne, items_lt = "__lt__" CmpKind::Lt,
     items_le = "__le__" CmpKind::Le, items_gt = "__gt__" CmpKind::Gt, items_ge = "__ge__" CmpKind::Ge],
    [items_and = "__and__" '&' false, items_or = "__or__" '|' false, items_sub = "__sub__" '-' false,
     items_xor = "__xor__" '^' false, items_rand = "__rand__" '&' true, items_ror = "__ror__" '|' true,
     items_rsub = "__rsub__" '-' true, items_rxor = "__rxor__" '^' true]
);

/// `left op right` where one side is a keys or items view (for the operators themselves).
pub fn view_operator(
    vm: &mut Vm,
    left: &Value,
    right: &Value,
    op: char,
) -> PyResult<Option<Value>> {
    if !is_set_view(left) && !is_set_view(right) {
        return Ok(None);
    }
    view_binop(vm, left, right, op).map(Some)
}

/// A comparison where one side is a keys or items view (for the operators themselves).
pub fn view_richcompare(
    vm: &mut Vm,
    left: &Value,
    right: &Value,
    k: CmpKind,
) -> PyResult<Option<Value>> {
    if is_set_view(left) {
        let r = view_compare(vm, left, right, k)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(Some(r));
        }
        return Ok(None);
    }
    if is_set_view(right) {
        let reflected = match k {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
            other => other,
        };
        let r = view_compare(vm, right, left, reflected)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}
