//! `list[int]`: `types.GenericAlias`, a class with type arguments, as
//! annotations write it (PEP 585). It prints as written, compares by origin
//! and arguments, calls its origin, and refuses `isinstance()`, as in CPython.

use std::cell::RefCell;
use std::rc::Rc;

use super::args;
use super::object::{add_classmethod, add_methods};
use crate::engine::flow::PyResult;
use crate::engine::objects::class::{BaseKind, Class};
use crate::engine::objects::function::Args;
use crate::engine::objects::object::{NativeObj, Object};
use crate::engine::value::Value;
use crate::engine::vm::types::builtin_class;
use crate::engine::vm::Vm;

/// Gives the built-in classes CPython lets programs subscript their
/// `__class_getitem__`, as there (subclasses inherit it).
pub fn install(vm: &Vm) {
    let t = &vm.types;
    for cls in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_] {
        add_classmethod(cls, "type", "__class_getitem__", class_getitem);
    }
}

/// `cls.__class_getitem__(item)`: `cls[item]` as a `types.GenericAlias`.
pub fn class_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos {
        [cls, item] => Ok(alias(vm, cls.clone(), item)),
        _ => Err(vm.type_error("__class_getitem__() takes exactly one argument")),
    }
}

/// The origin and arguments of a generic alias value, if it is one.
pub fn parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let Value::Object(o) = v else { return None };
    let Object::Native(n) = &**o else { return None };
    if n.class.name_string() != "types.GenericAlias" {
        return None;
    }
    let state = n.state.borrow();
    let (origin, args) = state.split_first()?;
    Some((origin.clone(), args.to_vec()))
}

/// `origin[item]`: a tuple `item` gives several arguments.
pub fn alias(vm: &mut Vm, origin: Value, item: &Value) -> Value {
    let mut state = vec![origin];
    match item {
        Value::Tuple(t) => state.extend(t.items().iter().cloned()),
        other => state.push(other.clone()),
    }
    Value::Object(Rc::new(Object::Native(NativeObj {
        class: alias_class(vm),
        state: RefCell::new(state),
    })))
}

fn alias_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get("GenericAlias") {
        return c.clone();
    }
    let c = builtin_class(
        "types.GenericAlias",
        std::slice::from_ref(&vm.types.object),
        BaseKind::Final,
    );
    add_methods(
        &c,
        "GenericAlias",
        &[
            ("__repr__", repr),
            ("__getattr__", getattr),
            ("__call__", call),
            ("__eq__", eq),
            ("__hash__", hash),
            ("__getitem__", getitem),
            ("__mro_entries__", mro_entries),
            ("__or__", super::union::or),
            ("__ror__", super::union::ror),
        ],
    );
    vm.native_classes.insert("GenericAlias", c.clone());
    c
}

/// How an annotation argument prints: classes by (qualified) name, `...`
/// as is, anything else by its repr.
pub fn type_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.none_type) => Ok("None".to_string()),
        Value::Class(c) => Ok(vm.class_path(c)),
        Value::Ellipsis => Ok("...".to_string()),
        other => match parts(other) {
            Some((origin, args)) => {
                let mut text = type_repr(vm, &origin)?;
                text.push('[');
                if args.is_empty() {
                    text.push_str("()");
                }
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        text.push_str(", ");
                    }
                    text.push_str(&type_repr(vm, a)?);
                }
                text.push(']');
                Ok(text)
            }
            None => vm.repr(other),
        },
    }
}

fn this_parts(vm: &Vm, name: &str, a: &Args) -> PyResult<(Value, Vec<Value>)> {
    let this = args::this(vm, name, a)?;
    parts(this).ok_or_else(|| vm.type_error(format!("descriptor '{name}' needs a GenericAlias")))
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__repr__", a)?.clone();
    Ok(Value::string(type_repr(vm, &this)?))
}

fn getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__getattr__", a)?.clone();
    let (origin, items) = this_parts(vm, "__getattr__", a)?;
    let name = a.pos.get(1).and_then(|n| n.as_str()).unwrap_or("");
    match name {
        "__origin__" => Ok(origin),
        "__args__" => Ok(Value::tuple(items)),
        "__parameters__" => Ok(Value::tuple(Vec::new())),
        // Other special names are the alias's own; plain ones are the origin's
        // (`list[int].append`).
        _ if name.starts_with("__") && name.ends_with("__") => Err(vm.no_attribute(&this, name)),
        _ => vm.get_attr(
            &origin,
            &Rc::new(crate::engine::objects::str::PyStr::new(name)),
        ),
    }
}

fn call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (origin, _) = this_parts(vm, "__call__", a)?;
    vm.call_kw(&origin, &a.pos[1..], a.kwnames, a.kwvals)
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (origin, items) = this_parts(vm, "__eq__", a)?;
    let Some((other_origin, other_items)) = a.pos.get(1).and_then(parts) else {
        return Ok(Value::NotImplemented);
    };
    if !vm.eq(&origin, &other_origin)? || items.len() != other_items.len() {
        return Ok(Value::Bool(false));
    }
    for (x, y) in items.iter().zip(&other_items) {
        if !vm.eq(x, y)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (origin, items) = this_parts(vm, "__hash__", a)?;
    let h = vm.hash(&origin)? ^ vm.hash(&Value::tuple(items))?;
    Ok(Value::Int(h))
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__getitem__", a)?.clone();
    let text = type_repr(vm, &this)?;
    Err(vm.type_error(format!("{text} is not a generic class")))
}

fn mro_entries(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (origin, _) = this_parts(vm, "__mro_entries__", a)?;
    Ok(Value::tuple(vec![origin]))
}
