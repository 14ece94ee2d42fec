//! Methods of `set` and `frozenset`.
//!
//! Sets of ints print in hash-table order, so every operation builds its
//! result the way CPython's C code does (which set is copied, which one is
//! iterated, when the table is presized or purged of dummies): the same
//! steps on the same table layout give the same order.

use std::rc::Rc;

use super::check::{self, method_self, slot_self};
use crate::engine::builtins::object::add_methods;
use crate::engine::bytecode::CmpKind;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::function::Args;
use crate::engine::objects::iter::IterState;
use crate::engine::objects::set::PySet;
use crate::engine::value::Value;
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Installs the methods of `set` and `frozenset`.
pub fn install(vm: &Vm) {
    add_methods(
        &vm.types.set,
        "set",
        &[
            ("add", add),
            ("clear", clear),
            ("copy", set_copy),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
            ("union", set_union),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symmetric_difference),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
            ("__contains__", set_contains),
            ("__len__", set_len),
            ("__iter__", set_iter),
            ("__eq__", set_eq),
            ("__ne__", set_ne),
            ("__lt__", set_lt),
            ("__le__", set_le),
            ("__gt__", set_gt),
            ("__ge__", set_ge),
            ("__or__", set_or),
            ("__and__", set_and),
            ("__sub__", set_sub),
            ("__xor__", set_xor),
            ("__ror__", set_ror),
            ("__rand__", set_rand),
            ("__rsub__", set_rsub),
            ("__rxor__", set_rxor),
            ("__ior__", ior),
            ("__iand__", iand),
            ("__isub__", isub),
            ("__ixor__", ixor),
            ("__repr__", set_repr),
        ],
    );
    vm.types.set.dict.set_by_str("__hash__", Value::None);
    add_methods(
        &vm.types.frozenset,
        "frozenset",
        &[
            ("copy", frozenset_copy),
            ("union", frozenset_union),
            ("intersection", frozenset_intersection),
            ("difference", frozenset_difference),
            ("symmetric_difference", frozenset_symmetric_difference),
            ("issubset", frozenset_issubset),
            ("issuperset", frozenset_issuperset),
            ("isdisjoint", frozenset_isdisjoint),
            ("__contains__", frozenset_contains),
            ("__len__", frozenset_len),
            ("__iter__", frozenset_iter),
            ("__eq__", frozenset_eq),
            ("__ne__", frozenset_ne),
            ("__lt__", frozenset_lt),
            ("__le__", frozenset_le),
            ("__gt__", frozenset_gt),
            ("__ge__", frozenset_ge),
            ("__or__", frozenset_or),
            ("__and__", frozenset_and),
            ("__sub__", frozenset_sub),
            ("__xor__", frozenset_xor),
            ("__ror__", frozenset_ror),
            ("__rand__", frozenset_rand),
            ("__rsub__", frozenset_rsub),
            ("__rxor__", frozenset_rxor),
            ("__hash__", frozenset_hash),
            ("__repr__", frozenset_repr),
        ],
    );
}

// ---- The algorithms, after CPython's Objects/setobject.c ----

/// The table behind a set or frozenset value, or an instance of a subclass of either.
pub fn any_set(vm: &Vm, v: &Value) -> Option<Rc<PySet>> {
    match vm.builtin_view(v)? {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// Adds every element of `other` (CPython's `set_update_internal`).
pub fn update_internal(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = any_set(vm, other) {
        return so.merge(vm, &o);
    }
    if let Value::Dict(d) = other {
        so.presize_for(d.len());
        for e in d.entries() {
            so.add_hashed(vm, e.hash, e.key)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    let mut n: u64 = 0;
    while let Some(x) = vm.iter_next(&it)? {
        so.add(vm, x)?;
        n += 1;
        if n.is_multiple_of(4096) {
            vm.charge(4096)?;
        }
    }
    Ok(())
}

/// A new table holding the elements of `other`.
pub fn new_from(vm: &mut Vm, other: &Value) -> PyResult<Rc<PySet>> {
    let s = Rc::new(PySet::new());
    update_internal(vm, &s, other)?;
    Ok(s)
}

/// A copy of a table, laid out as CPython's `set.copy` lays it out.
fn copy_of(s: &PySet) -> Rc<PySet> {
    Rc::new(s.copy())
}

/// `so & other` for any iterable `other` (CPython's `set_intersection`).
pub fn intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_set = any_set(vm, other);
    if let Some(o) = &other_set {
        if Rc::ptr_eq(o, so) {
            return Ok(copy_of(so));
        }
    }
    let result = Rc::new(PySet::new());
    if let Some(o) = other_set {
        // Iterate the smaller set, probing the larger one.
        let (big, small) = if o.len() > so.len() {
            (o, so.clone())
        } else {
            (so.clone(), o)
        };
        for (h, key) in small.entries() {
            if big.contains_hashed(vm, h, &key)? {
                result.add_hashed(vm, h, key)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.iter_next(&it)? {
        let h = vm.hash(&key)?;
        if so.contains_hashed(vm, h, &key)? {
            result.add_hashed(vm, h, key)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// Intersection with every iterable in turn.
fn intersection_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    if others.is_empty() {
        return Ok(copy_of(so));
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

/// Removes every element of `other` (CPython's `set_difference_update_internal`).
pub fn difference_update_internal(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    match any_set(vm, other) {
        Some(o) if Rc::ptr_eq(&o, so) => {
            so.clear();
            return Ok(());
        }
        Some(o) => {
            for (h, key) in o.entries() {
                so.discard_hashed(vm, h, &key)?;
            }
        }
        None => {
            let it = vm.get_iter(other)?;
            while let Some(key) = vm.iter_next(&it)? {
                so.discard(vm, &key)?;
            }
        }
    }
    so.purge_dummies();
    Ok(())
}

/// `so - other` for any iterable `other` (CPython's `set_difference`).
pub fn difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_set = any_set(vm, other);
    let other_size = match (&other_set, other) {
        (Some(o), _) => Some(o.len()),
        (None, Value::Dict(d)) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (so.len() >> 2) <= n => {}
        _ => {
            let result = copy_of(so);
            difference_update_internal(vm, &result, other)?;
            return Ok(result);
        }
    }
    let result = Rc::new(PySet::new());
    for (h, key) in so.entries() {
        let present = match (&other_set, other) {
            (Some(o), _) => o.contains_hashed(vm, h, &key)?,
            (None, Value::Dict(d)) => d.get_hashed(vm, h, &key)?.is_some(),
            _ => false,
        };
        if !present {
            result.add_hashed(vm, h, key)?;
        }
    }
    Ok(result)
}

/// Difference with every iterable in turn.
fn difference_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    let Some((first, more)) = others.split_first() else {
        return Ok(copy_of(so));
    };
    let result = difference(vm, so, first)?;
    for other in more {
        difference_update_internal(vm, &result, other)?;
    }
    Ok(result)
}

/// Toggles every element of `other` (CPython's `set_symmetric_difference_update`).
pub fn symmetric_difference_update_internal(
    vm: &mut Vm,
    so: &Rc<PySet>,
    other: &Value,
) -> PyResult<()> {
    if let Value::Dict(d) = other {
        for e in d.entries() {
            if !so.discard_hashed(vm, e.hash, &e.key)? {
                so.add_hashed(vm, e.hash, e.key)?;
            }
        }
        return Ok(());
    }
    let other_set = match any_set(vm, other) {
        Some(o) if Rc::ptr_eq(&o, so) => {
            so.clear();
            return Ok(());
        }
        Some(o) => o,
        None => new_from(vm, other)?,
    };
    for (h, key) in other_set.entries() {
        if !so.discard_hashed(vm, h, &key)? {
            so.add_hashed(vm, h, key)?;
        }
    }
    Ok(())
}

/// `so ^ other`: a set of `other` toggled by `so`, as CPython builds it.
pub fn symmetric_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = new_from(vm, other)?;
    symmetric_difference_update_internal(vm, &result, &Value::Set(so.clone()))?;
    Ok(result)
}

/// `so | others...`: a copy updated with each iterable.
fn union_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    let result = copy_of(so);
    for other in others {
        if any_set(vm, other).is_some_and(|o| Rc::ptr_eq(&o, so)) {
            continue;
        }
        update_internal(vm, &result, other)?;
    }
    Ok(result)
}

/// `so <= other` for any iterable `other`.
pub fn issubset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let Some(o) = any_set(vm, other) else {
        let common = intersection(vm, so, other)?;
        return Ok(common.len() == so.len());
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    for (h, key) in so.entries() {
        if !o.contains_hashed(vm, h, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so >= other` for any iterable `other`.
pub fn issuperset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = any_set(vm, other) {
        return issubset(vm, &o, &Value::Set(so.clone()));
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.iter_next(&it)? {
        if !so.contains(vm, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// True when `so` and `other` share no element.
pub fn isdisjoint(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(o) = any_set(vm, other) {
        if Rc::ptr_eq(&o, so) {
            return Ok(so.is_empty());
        }
        let (big, small) = if o.len() > so.len() {
            (o, so.clone())
        } else {
            (so.clone(), o)
        };
        for (h, key) in small.entries() {
            if big.contains_hashed(vm, h, &key)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(key) = vm.iter_next(&it)? {
        if so.contains(vm, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A rich comparison of two sets; `None` when `other` is not a set.
pub fn richcompare(
    vm: &mut Vm,
    so: &Rc<PySet>,
    other: &Value,
    k: CmpKind,
) -> PyResult<Option<bool>> {
    let Some(o) = any_set(vm, other) else {
        return Ok(None);
    };
    let other = Value::Set(o.clone());
    Ok(Some(match k {
        CmpKind::Eq => so.len() == o.len() && issubset(vm, so, &other)?,
        CmpKind::Ne => !(so.len() == o.len() && issubset(vm, so, &other)?),
        CmpKind::Le => issubset(vm, so, &other)?,
        CmpKind::Ge => issuperset(vm, so, &other)?,
        CmpKind::Lt => so.len() < o.len() && issubset(vm, so, &other)?,
        CmpKind::Gt => so.len() > o.len() && issuperset(vm, so, &other)?,
    }))
}

/// Runs a lookup that hashes `key`; a `set` key that is unhashable is retried as a
/// frozenset, as CPython's `__contains__`, `remove` and `discard` do.
fn with_frozen_key<T>(
    vm: &mut Vm,
    key: &Value,
    op: impl Fn(&mut Vm, &Value) -> PyResult<T>,
) -> PyResult<T> {
    match op(vm, key) {
        Err(Flow::Exc(e)) if vm.exc_is(&e, ExcKind::TypeError) => match vm.builtin_view(key) {
            Some(Value::Set(s)) => {
                let frozen = Value::FrozenSet(copy_of(&s));
                op(vm, &frozen)
            }
            _ => Err(Flow::Exc(e)),
        },
        other => other,
    }
}

/// `key in so`, with the frozenset retry.
pub fn contains_key(vm: &mut Vm, so: &Rc<PySet>, key: &Value) -> PyResult<bool> {
    with_frozen_key(vm, key, |vm, k| so.contains(vm, k))
}

// ---- Receivers ----

/// Which of the two types a method was called through.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Set,
    Frozen,
}

impl Kind {
    fn owner(self) -> &'static str {
        match self {
            Kind::Set => "set",
            Kind::Frozen => "frozenset",
        }
    }

    fn pick(self) -> impl Fn(Value) -> Option<Rc<PySet>> {
        move |v| match (self, v) {
            (Kind::Set, Value::Set(s)) | (Kind::Frozen, Value::FrozenSet(s)) => Some(s),
            _ => None,
        }
    }

    /// A result of this type (CPython makes results of the base type, never a subclass).
    fn wrap(self, s: Rc<PySet>) -> Value {
        match self {
            Kind::Set => Value::Set(s),
            Kind::Frozen => Value::FrozenSet(s),
        }
    }
}

fn this(vm: &Vm, a: &Args, kind: Kind, name: &str) -> PyResult<Rc<PySet>> {
    method_self(vm, a, kind.owner(), name, kind.pick())
}

fn slot(vm: &Vm, a: &Args, kind: Kind, name: &str) -> PyResult<Rc<PySet>> {
    slot_self(vm, a, kind.owner(), name, kind.pick())
}

fn qual(kind: Kind, name: &str) -> String {
    format!("{}.{name}", kind.owner())
}

/// Defines the `set` and `frozenset` entry points of a method shared by both.
macro_rules! shared {
    ($imp:ident => $set_fn:ident, $frozen_fn:ident) => {
        fn $set_fn(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $imp(vm, a, Kind::Set)
        }
        fn $frozen_fn(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $imp(vm, a, Kind::Frozen)
        }
    };
}

// ---- Methods of both types ----

shared!(union => set_union, frozenset_union);
shared!(intersection_m => set_intersection, frozenset_intersection);
shared!(difference_m => set_difference, frozenset_difference);
shared!(symmetric_difference_m => set_symmetric_difference, frozenset_symmetric_difference);
shared!(issubset_m => set_issubset, frozenset_issubset);
shared!(issuperset_m => set_issuperset, frozenset_issuperset);
shared!(isdisjoint_m => set_isdisjoint, frozenset_isdisjoint);
shared!(contains => set_contains, frozenset_contains);
shared!(len => set_len, frozenset_len);
shared!(iter => set_iter, frozenset_iter);
shared!(eq => set_eq, frozenset_eq);
shared!(ne => set_ne, frozenset_ne);
shared!(lt => set_lt, frozenset_lt);
shared!(le => set_le, frozenset_le);
shared!(gt => set_gt, frozenset_gt);
shared!(ge => set_ge, frozenset_ge);
shared!(or => set_or, frozenset_or);
shared!(and => set_and, frozenset_and);
shared!(sub => set_sub, frozenset_sub);
shared!(xor => set_xor, frozenset_xor);
shared!(ror => set_ror, frozenset_ror);
shared!(rand => set_rand, frozenset_rand);
shared!(rsub => set_rsub, frozenset_rsub);
shared!(rxor => set_rxor, frozenset_rxor);
shared!(repr => set_repr, frozenset_repr);

fn varargs<'a>(vm: &Vm, a: &'a Args, kind: Kind, name: &str) -> PyResult<&'a [Value]> {
    check::no_kw(vm, a, &qual(kind, name))?;
    Ok(check::rest(a))
}

fn union(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "union")?;
    let others = varargs(vm, a, kind, "union")?;
    Ok(kind.wrap(union_multi(vm, &so, others)?))
}

fn intersection_m(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "intersection")?;
    let others = varargs(vm, a, kind, "intersection")?;
    Ok(kind.wrap(intersection_multi(vm, &so, others)?))
}

fn difference_m(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "difference")?;
    let others = varargs(vm, a, kind, "difference")?;
    Ok(kind.wrap(difference_multi(vm, &so, others)?))
}

fn symmetric_difference_m(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "symmetric_difference")?;
    let other = check::one(vm, a, &qual(kind, "symmetric_difference"))?.clone();
    Ok(kind.wrap(symmetric_difference(vm, &so, &other)?))
}

fn issubset_m(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "issubset")?;
    let other = check::one(vm, a, &qual(kind, "issubset"))?.clone();
    Ok(Value::Bool(issubset(vm, &so, &other)?))
}

fn issuperset_m(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "issuperset")?;
    let other = check::one(vm, a, &qual(kind, "issuperset"))?.clone();
    Ok(Value::Bool(issuperset(vm, &so, &other)?))
}

fn isdisjoint_m(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "isdisjoint")?;
    let other = check::one(vm, a, &qual(kind, "isdisjoint"))?.clone();
    Ok(Value::Bool(isdisjoint(vm, &so, &other)?))
}

fn contains(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = this(vm, a, kind, "__contains__")?;
    let key = check::one(vm, a, &qual(kind, "__contains__"))?.clone();
    Ok(Value::Bool(contains_key(vm, &so, &key)?))
}

fn len(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = slot(vm, a, kind, "__len__")?;
    check::wrapper(vm, a, "__len__", 0)?;
    Ok(Value::Int(so.len() as i64))
}

fn iter(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    let so = slot(vm, a, kind, "__iter__")?;
    check::wrapper(vm, a, "__iter__", 0)?;
    let len = so.len();
    Ok(iter_value(IterState::Set {
        set: so,
        pos: 0,
        len,
    }))
}

fn compare(vm: &mut Vm, a: &Args, kind: Kind, name: &str, k: CmpKind) -> PyResult<Value> {
    let so = slot(vm, a, kind, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    Ok(match richcompare(vm, &so, &other, k)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

fn eq(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    compare(vm, a, kind, "__eq__", CmpKind::Eq)
}

fn ne(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    compare(vm, a, kind, "__ne__", CmpKind::Ne)
}

fn lt(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    compare(vm, a, kind, "__lt__", CmpKind::Lt)
}

fn le(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    compare(vm, a, kind, "__le__", CmpKind::Le)
}

fn gt(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    compare(vm, a, kind, "__gt__", CmpKind::Gt)
}

fn ge(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    compare(vm, a, kind, "__ge__", CmpKind::Ge)
}

/// The binary operators on two sets, by symbol.
#[derive(Clone, Copy)]
enum Op {
    Or,
    And,
    Sub,
    Xor,
}

/// `left op right` for two sets; the result has the type of `left`.
pub fn binary(vm: &mut Vm, left: &Value, right: &Value, op: char) -> PyResult<Option<Value>> {
    let op = match op {
        '|' => Op::Or,
        '&' => Op::And,
        '-' => Op::Sub,
        '^' => Op::Xor,
        _ => return Ok(None),
    };
    let (Some(l), Some(r)) = (any_set(vm, left), any_set(vm, right)) else {
        return Ok(None);
    };
    let kind = match vm.builtin_view(left) {
        Some(Value::FrozenSet(_)) => Kind::Frozen,
        _ => Kind::Set,
    };
    let result = match op {
        Op::Or => {
            let result = copy_of(&l);
            if !Rc::ptr_eq(&l, &r) {
                update_internal(vm, &result, right)?;
            }
            result
        }
        Op::And => intersection(vm, &l, right)?,
        Op::Sub => difference(vm, &l, right)?,
        Op::Xor => symmetric_difference(vm, &l, right)?,
    };
    Ok(Some(kind.wrap(result)))
}

/// `so op= other` for a set and another set, updating `so` in place as CPython does.
pub fn inplace_binary(vm: &mut Vm, so: &Rc<PySet>, other: &Value, op: char) -> PyResult<()> {
    match op {
        '|' => update_internal(vm, so, other),
        '&' => {
            let result = intersection(vm, so, other)?;
            so.swap_contents(&result);
            Ok(())
        }
        '-' => difference_update_internal(vm, so, other),
        _ => symmetric_difference_update_internal(vm, so, other),
    }
}

fn binop(
    vm: &mut Vm,
    a: &Args,
    kind: Kind,
    name: &str,
    op: char,
    reflected: bool,
) -> PyResult<Value> {
    slot(vm, a, kind, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    let me = a.pos[0].clone();
    let (left, right) = if reflected { (other, me) } else { (me, other) };
    Ok(binary(vm, &left, &right, op)?.unwrap_or(Value::NotImplemented))
}

fn or(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__or__", '|', false)
}

fn and(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__and__", '&', false)
}

fn sub(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__sub__", '-', false)
}

fn xor(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__xor__", '^', false)
}

fn ror(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__ror__", '|', true)
}

fn rand(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__rand__", '&', true)
}

fn rsub(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__rsub__", '-', true)
}

fn rxor(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    binop(vm, a, kind, "__rxor__", '^', true)
}

/// `repr` of a set, frozenset or subclass instance (`S({1, 2})`, `S()`), as CPython writes it.
pub fn repr_of(vm: &mut Vm, value: &Value) -> PyResult<String> {
    let Some(view) = vm.builtin_view(value) else {
        return vm.repr(value);
    };
    let inner = vm.repr(&view)?;
    let Value::Instance(i) = value else {
        return Ok(inner);
    };
    let name = i.class().name_string();
    let frozen = matches!(view, Value::FrozenSet(_));
    let empty = any_set(vm, &view).is_none_or(|s| s.is_empty());
    if empty {
        return Ok(format!("{name}()"));
    }
    let body = if frozen {
        inner
            .strip_prefix("frozenset(")
            .and_then(|s| s.strip_suffix(')'))
            .unwrap_or(&inner)
    } else {
        &inner
    };
    Ok(format!("{name}({body})"))
}

fn repr(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    slot(vm, a, kind, "__repr__")?;
    check::wrapper(vm, a, "__repr__", 0)?;
    let me = a.pos[0].clone();
    Ok(Value::string(repr_of(vm, &me)?))
}

// ---- Methods of set only ----

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "add")?;
    let key = check::one(vm, a, "set.add")?.clone();
    so.add(vm, key)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "clear")?;
    check::noargs(vm, a, "set.clear")?;
    so.clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "copy")?;
    check::noargs(vm, a, "set.copy")?;
    Ok(Value::Set(copy_of(&so)))
}

fn frozenset_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Frozen, "copy")?;
    check::noargs(vm, a, "frozenset.copy")?;
    if matches!(a.pos[0], Value::FrozenSet(_)) {
        return Ok(a.pos[0].clone());
    }
    Ok(Value::FrozenSet(copy_of(&so)))
}

fn discard(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "discard")?;
    let key = check::one(vm, a, "set.discard")?.clone();
    with_frozen_key(vm, &key, |vm, k| so.discard(vm, k))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "remove")?;
    let key = check::one(vm, a, "set.remove")?.clone();
    if with_frozen_key(vm, &key, |vm, k| so.discard(vm, k))? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(key))
    }
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "pop")?;
    check::noargs(vm, a, "set.pop")?;
    so.pop()
        .ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
}

fn update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "update")?;
    for other in varargs(vm, a, Kind::Set, "update")? {
        update_internal(vm, &so, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "intersection_update")?;
    let others = varargs(vm, a, Kind::Set, "intersection_update")?;
    let result = intersection_multi(vm, &so, others)?;
    so.swap_contents(&result);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "difference_update")?;
    for other in varargs(vm, a, Kind::Set, "difference_update")? {
        difference_update_internal(vm, &so, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = this(vm, a, Kind::Set, "symmetric_difference_update")?;
    let other = check::one(vm, a, "set.symmetric_difference_update")?.clone();
    symmetric_difference_update_internal(vm, &so, &other)?;
    Ok(Value::None)
}

/// An in-place operator: `other` must be a set, else NotImplemented.
fn inplace(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    apply: fn(&mut Vm, &Rc<PySet>, &Value) -> PyResult<()>,
) -> PyResult<Value> {
    let so = slot(vm, a, Kind::Set, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    if any_set(vm, &other).is_none() {
        return Ok(Value::NotImplemented);
    }
    apply(vm, &so, &other)?;
    Ok(a.pos[0].clone())
}

fn ior(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace(vm, a, "__ior__", update_internal)
}

fn iand(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace(vm, a, "__iand__", |vm, so, other| {
        let result = intersection(vm, so, other)?;
        so.swap_contents(&result);
        Ok(())
    })
}

fn isub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace(vm, a, "__isub__", difference_update_internal)
}

fn ixor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace(vm, a, "__ixor__", symmetric_difference_update_internal)
}

// ---- frozenset only ----

fn frozenset_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let so = slot(vm, a, Kind::Frozen, "__hash__")?;
    check::wrapper(vm, a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::FrozenSet(so))?))
}
