//! The descriptors that a new class's namespace gains for its instance
//! layout, as CPython's `type.__new__` adds them: a `member_descriptor` per
//! own `__slots__` name, and `__dict__` and `__weakref__` getset descriptors
//! where no base provides them. Attribute access on instances does not go
//! through them (`vm/attr.rs` reads slots and dicts directly); they are there
//! so `vars(C)`, `dir(obj)` and `hasattr(C, "slot")` answer as in CPython.

use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::builtins::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::objects::class::{BaseKind, Class};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::{NativeObj, Object};
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::types::builtin_class;
use crate::engine::vm::Vm;

/// Adds the layout descriptors to `ns`, the namespace of class `name` being
/// made from `bases`. `own_slots` are the slot names this class declares.
pub fn add_descriptors(
    vm: &mut Vm,
    name: &str,
    ns: &PyDict,
    bases: &[Rc<Class>],
    own_slots: &[Rc<PyStr>],
    has_dict: bool,
) {
    for slot in own_slots {
        let d = descriptor(vm, "member_descriptor", slot.as_str(), name);
        ns.set_str(slot.clone(), d);
    }
    let declared = ns.get_by_str("__slots__");
    let declares = |wanted: &str| match &declared {
        None => true,
        Some(Value::Str(s)) => s.as_str() == wanted,
        Some(other) => slot_items(other).iter().any(|x| x.as_str() == Some(wanted)),
    };
    if has_dict && !bases.iter().any(|b| provides_dict(b)) {
        let d = descriptor(vm, "getset_descriptor", "__dict__", name);
        ns.set_by_str("__dict__", d);
    }
    if declares("__weakref__") && !bases.iter().any(provides_weakref) {
        let d = descriptor(vm, "getset_descriptor", "__weakref__", name);
        ns.set_by_str("__weakref__", d);
    }
}

/// The items of a `__slots__` value that is not a single string.
fn slot_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.items().to_vec(),
        Value::List(l) => l.snapshot(),
        Value::Dict(d) => d.keys(),
        _ => Vec::new(),
    }
}

/// Whether instances of `cls` already carry a `__dict__` slot of CPython's.
fn provides_dict(cls: &Class) -> bool {
    if cls.builtin {
        return cls.base_kind == BaseKind::Exception;
    }
    cls.has_dict
}

/// Whether instances of `cls` already take weak references, or, for `int`,
/// `tuple` and `bytes` (variable-size in CPython), never can through a subclass.
fn provides_weakref(cls: &Rc<Class>) -> bool {
    cls.full_mro().iter().any(|c| {
        if c.builtin {
            matches!(
                c.base_kind,
                BaseKind::Int
                    | BaseKind::Tuple
                    | BaseKind::Bytes
                    | BaseKind::Set
                    | BaseKind::FrozenSet
                    | BaseKind::Local
            )
        } else {
            c.dict.get_by_str("__weakref__").is_some()
        }
    })
}

/// One descriptor: its class, and the attribute and owner names it reports.
fn descriptor(vm: &mut Vm, kind: &'static str, attr: &str, owner: &str) -> Value {
    let class = descriptor_class(vm, kind);
    Value::Object(Rc::new(Object::Native(NativeObj {
        class,
        state: RefCell::new(vec![Value::str(attr), Value::str(owner)]),
    })))
}

fn descriptor_class(vm: &mut Vm, kind: &'static str) -> Rc<Class> {
    if let Some(c) = vm.native_classes.get(kind) {
        return c.clone();
    }
    let cls = builtin_class(
        kind,
        std::slice::from_ref(&vm.types.object),
        BaseKind::Final,
    );
    let repr: crate::engine::objects::function::NativeFn = if kind == "member_descriptor" {
        member_repr
    } else {
        getset_repr
    };
    add_methods(&cls, kind, &[("__repr__", repr)]);
    vm.native_classes.insert(kind, cls.clone());
    cls
}

/// The attribute and owner names a descriptor holds.
fn names_of(a: &Args) -> (String, String) {
    let text = |i: usize| match a.pos.first() {
        Some(Value::Object(o)) => match &**o {
            Object::Native(n) => n
                .state
                .borrow()
                .get(i)
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    (text(0), text(1))
}

fn member_repr(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (attr, owner) = names_of(a);
    Ok(Value::string(format!(
        "<member '{attr}' of '{owner}' objects>"
    )))
}

fn getset_repr(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (attr, owner) = names_of(a);
    Ok(Value::string(format!(
        "<attribute '{attr}' of '{owner}' objects>"
    )))
}
