//! `_weakref`: weak references (`weakref.ref`), their reuse and counts, and
//! running the callbacks of references whose referent has died.
//!
//! A weak reference holds an `Rc`'s `Weak`, so it sees its referent die the
//! moment the last strong reference goes. Callbacks are supported for
//! instances of classes, functions and classes (their `Drop` reports the
//! death, see `objects::weak`); asking for a callback on another kind of
//! object raises NotImplementedError.

use std::cell::RefCell;
use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::builtins::object::add_methods;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::Payload;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::{Object, WeakTarget};
use crate::engine::objects::weak;
use crate::engine::value::Value;
use crate::engine::vm::deferred::Site;
use crate::engine::vm::Vm;

/// Creates the `_weakref` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    );
    install(vm);
    d.set_by_str("ref", Value::Class(vm.types.weakref.clone()));
    d.set_by_str("ReferenceType", Value::Class(vm.types.weakref.clone()));
    Ok(())
}

fn install(vm: &Vm) {
    let cls = &vm.types.weakref;
    if cls.dict.get_by_str("__call__").is_some() {
        return;
    }
    add_methods(
        cls,
        "weakref",
        &[
            ("__new__", ref_new),
            ("__call__", ref_call),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
        ],
    );
    cls.dict.set_by_str("__module__", Value::str("weakref"));
}

/// A weak target for `v` and whether its death can run callbacks, or the
/// type name for "cannot create weak reference to 'T' object".
fn target_of(vm: &Vm, v: &Value) -> Result<(WeakTarget, bool), String> {
    let refused = || Err(vm.type_name(v));
    match v {
        Value::Instance(i) => {
            let weakrefable = match &i.payload {
                Payload::Exception(_) => false,
                Payload::Value(inner) => matches!(inner, Value::Str(_) | Value::Float(_)),
                _ => true,
            };
            if !weakrefable || !slots_allow_weakref(&i.class()) {
                return refused();
            }
            // Its place in creation order, for the cycle collector to meet
            // weakly referenced garbage in a stable order.
            if i.finalizer.get() == 0 {
                i.finalizer
                    .set(crate::engine::objects::deferred::next_serial());
            }
            Ok((WeakTarget::Instance(RefCell::new(Rc::downgrade(i))), true))
        }
        Value::Class(c) => Ok((WeakTarget::Class(Rc::downgrade(c)), true)),
        Value::Function(f) => Ok((WeakTarget::Function(Rc::downgrade(f)), true)),
        Value::BoundMethod(m) => Ok((WeakTarget::BoundMethod(Rc::downgrade(m)), false)),
        Value::Builtin(b) => Ok((WeakTarget::Builtin(Rc::downgrade(b)), false)),
        Value::Set(s) => Ok((WeakTarget::Set(Rc::downgrade(s), false), false)),
        Value::FrozenSet(s) => Ok((WeakTarget::Set(Rc::downgrade(s), true), false)),
        Value::Module(m) => Ok((WeakTarget::Module(Rc::downgrade(m)), false)),
        Value::Object(o) => match &**o {
            Object::Generator(_) | Object::Lock(_) | Object::Code(_) | Object::Native(_) => {
                Ok((WeakTarget::Object(Rc::downgrade(o)), false))
            }
            _ => refused(),
        },
        _ => refused(),
    }
}

/// Which instances accept weak references: those of a Python class unless
/// every Python level of it declares `__slots__` without `__weakref__` (and
/// without `__dict__`); of the built-in classes, only `threading.local`.
fn slots_allow_weakref(cls: &Rc<crate::engine::objects::class::Class>) -> bool {
    if cls.builtin {
        return cls.base_kind == crate::engine::objects::class::BaseKind::Local;
    }
    if cls.has_dict {
        return true;
    }
    for c in cls.full_mro() {
        if c.builtin {
            if c.base_kind == crate::engine::objects::class::BaseKind::Local {
                return true;
            }
            continue;
        }
        let names: Vec<Value> = match c.dict.get_by_str("__slots__") {
            None => return true,
            Some(Value::Str(s)) => vec![Value::Str(s)],
            Some(Value::Tuple(t)) => t.items().to_vec(),
            Some(Value::List(l)) => l.snapshot(),
            Some(_) => Vec::new(),
        };
        if names.iter().any(|x| x.as_str() == Some("__weakref__")) {
            return true;
        }
    }
    false
}

fn ref_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "ref", a)?;
    let given = a.pos.len().saturating_sub(1);
    if given < 1 {
        return Err(vm.type_error(format!("__new__ expected at least 1 argument, got {given}")));
    }
    if given > 2 {
        return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {given}")));
    }
    let obj = a.pos[1].clone();
    let callback = a.pos.get(2).cloned().unwrap_or(Value::None);
    let (target, reports_death) = match target_of(vm, &obj) {
        Ok(t) => t,
        Err(name) => {
            return Err(vm.type_error(format!("cannot create weak reference to '{name}' object")))
        }
    };
    let addr = obj.id() as usize;
    if callback.is_none() {
        // Like CPython, a plain reference to an object is shared.
        for r in weak::refs_to(addr) {
            let same = Value::Object(r.clone());
            if weak::callback_of(&r).is_none()
                && vm.weakref_target(&same).is_some_and(|t| t.is(&obj))
            {
                return Ok(same);
            }
        }
    } else if !reports_death {
        return Err(vm.unsupported(&format!(
            "a weakref callback on a '{}' object",
            vm.type_name(&obj)
        )));
    }
    let r = Rc::new(Object::WeakRef {
        target,
        callback,
        hash: std::cell::Cell::new(None),
    });
    weak::watch(addr, &r);
    Ok(Value::Object(r))
}

fn ref_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "weakref", a)?;
    let given = a.pos.len().saturating_sub(1);
    if given != 0 {
        return Err(vm.type_error(format!("weakref expected 0 arguments, got {given}")));
    }
    let this = args::this(vm, "__call__", a)?;
    Ok(vm.weakref_target(this).unwrap_or(Value::None))
}

/// Two references are equal when both referents live and are equal; else only to themselves.
fn refs_equal(vm: &mut Vm, a: &Args) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else {
        return Ok(None);
    };
    let is_ref =
        |v: &Value| matches!(v, Value::Object(o) if matches!(&**o, Object::WeakRef { .. }));
    if !is_ref(x) || !is_ref(y) {
        return Ok(None);
    }
    match (vm.weakref_target(x), vm.weakref_target(y)) {
        (Some(p), Some(q)) => Ok(Some(vm.eq(&p, &q)?)),
        _ => Ok(Some(x.is(y))),
    }
}

fn ref_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(match refs_equal(vm, a)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

fn ref_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(match refs_equal(vm, a)? {
        Some(b) => Value::Bool(!b),
        None => Value::NotImplemented,
    })
}

/// The live references pointing at `obj`.
fn refs_of(vm: &Vm, obj: &Value) -> Vec<Value> {
    if target_of(vm, obj).is_err() {
        return Vec::new();
    }
    weak::refs_to(obj.id() as usize)
        .into_iter()
        .map(Value::Object)
        .filter(|r| vm.weakref_target(r).is_some_and(|t| t.is(obj)))
        .collect()
}

fn getweakrefcount(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "getweakrefcount", a, 1)?;
    Ok(Value::Int(refs_of(vm, &a.pos[0]).len() as i64))
}

fn getweakrefs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "getweakrefs", a, 1)?;
    let mut refs = refs_of(vm, &a.pos[0]);
    refs.reverse();
    Ok(Value::list(refs))
}

/// Calls the callback of `r`, whose referent died; an error is reported as
/// CPython does, and not raised.
pub fn run_callback(vm: &mut Vm, r: Rc<Object>, site: &Site) -> PyResult<()> {
    let callback = weak::callback_of(&r);
    if callback.is_none() {
        return Ok(());
    }
    match vm.call(&callback, &[Value::Object(r)]) {
        Err(Flow::Exc(e)) => {
            let what = vm
                .repr(&callback)
                .unwrap_or_else(|_| "<callback>".to_string());
            vm.report_unraisable(Some(&what), &e, site)
        }
        other => other.map(drop),
    }
}
