//! `int | str`: the union types of annotations and `isinstance` (3.10+).

use std::cell::RefCell;
use std::rc::Rc;

use super::args;
use super::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::objects::class::BaseKind;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::{NativeObj, Object};
use crate::engine::value::Value;
use crate::engine::vm::types::builtin_class;
use crate::engine::vm::Vm;

/// The members of a union value, if it is one.
pub fn members(v: &Value) -> Option<Vec<Value>> {
    if let Value::Object(o) = v {
        if let Object::Native(n) = &**o {
            if n.class.name_string() == "types.UnionType" {
                return Some(n.state.borrow().clone());
            }
        }
    }
    None
}

fn can_join(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None)
        || members(v).is_some()
        || super::generic_alias::parts(v).is_some()
}

/// `a | b` for types, None and unions; `None` when the operands are not types.
pub fn union(vm: &mut Vm, a: &Value, b: &Value) -> Option<Value> {
    if !(can_join(a) && can_join(b)) || (a.is_none() && b.is_none()) {
        return None;
    }
    let mut items: Vec<Value> = Vec::new();
    for v in [a, b] {
        let part = members(v).unwrap_or_else(|| vec![v.clone()]);
        for p in part {
            let p = if p.is_none() {
                Value::Class(vm.types.none_type.clone())
            } else {
                p
            };
            if !items.iter().any(|x| x.is(&p)) {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return items.pop();
    }
    let cls = union_class(vm);
    Some(Value::Object(Rc::new(Object::Native(NativeObj {
        class: cls,
        state: RefCell::new(items),
    }))))
}

fn union_class(vm: &mut Vm) -> Rc<crate::engine::objects::class::Class> {
    if let Some(c) = vm.native_classes.get("UnionType") {
        return c.clone();
    }
    let c = builtin_class(
        "types.UnionType",
        std::slice::from_ref(&vm.types.object),
        BaseKind::Final,
    );
    add_methods(
        &c,
        "UnionType",
        &[
            ("__repr__", repr),
            ("__getattr__", getattr),
            ("__or__", or),
            ("__ror__", ror),
        ],
    );
    vm.native_classes.insert("UnionType", c.clone());
    c
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__repr__", a)?;
    let mut parts = Vec::new();
    for m in members(this).unwrap_or_default() {
        parts.push(super::generic_alias::type_repr(vm, &m)?);
    }
    Ok(Value::string(parts.join(" | ")))
}

fn getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__getattr__", a)?.clone();
    match a.pos.get(1).and_then(|n| n.as_str()) {
        Some("__args__") => Ok(Value::tuple(members(&this).unwrap_or_default())),
        other => Err(vm.no_attribute(&this, other.unwrap_or(""))),
    }
}

/// `a | b`, the `__or__` of unions and generic aliases.
pub(super) fn or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = (
        a.pos.first().cloned().unwrap_or(Value::None),
        a.pos.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(union(vm, &x, &y).unwrap_or(Value::NotImplemented))
}

/// `b | a`, their `__ror__`.
pub(super) fn ror(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = (
        a.pos.first().cloned().unwrap_or(Value::None),
        a.pos.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(union(vm, &y, &x).unwrap_or(Value::NotImplemented))
}
