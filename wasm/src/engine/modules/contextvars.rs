//! `contextvars`: context variables, one context per thread (a new thread starts
//! with an empty one, as in CPython 3.11), `copy_context` and `Context.run`.

use std::cell::RefCell;
use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::builtins::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::objects::class::{BaseKind, Class};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::{NativeObj, Object};
use crate::engine::value::Value;
use crate::engine::vm::repr::addr;
use crate::engine::vm::types::{builtin_class, ExcKind};
use crate::engine::vm::Vm;

// State layouts (NativeObj::state):
// ContextVar: [name, default or Null]
// Token: [context, var, old value or Null, used: Bool]
// Context: [dict var -> value, entered: Bool]

/// Creates the `_contextvars`/`contextvars` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let (var_cls, token_cls, ctx_cls) = classes(vm);
    add_functions(d, &[("copy_context", copy_context)]);
    d.set_by_str("ContextVar", Value::Class(var_cls));
    d.set_by_str("Token", Value::Class(token_cls.clone()));
    d.set_by_str("Context", Value::Class(ctx_cls));
    token_cls.dict.set_by_str("MISSING", missing_marker(vm));
    Ok(())
}

fn missing_marker(vm: &mut Vm) -> Value {
    if let Some(m) = vm.native_values.get("Token.MISSING") {
        return m.clone();
    }
    let cls = builtin_class(
        "Token.MISSING",
        std::slice::from_ref(&vm.types.object),
        BaseKind::Final,
    );
    add_methods(&cls, "Token.MISSING", &[("__repr__", missing_repr)]);
    let v = Value::Object(Rc::new(Object::Native(NativeObj {
        class: cls,
        state: RefCell::new(Vec::new()),
    })));
    vm.native_values.insert("Token.MISSING", v.clone());
    v
}

fn missing_repr(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::str("<Token.MISSING>"))
}

fn classes(vm: &mut Vm) -> (Rc<Class>, Rc<Class>, Rc<Class>) {
    if let (Some(a), Some(b), Some(c)) = (
        vm.native_classes.get("ContextVar").cloned(),
        vm.native_classes.get("Token").cloned(),
        vm.native_classes.get("Context").cloned(),
    ) {
        return (a, b, c);
    }
    let o = std::slice::from_ref(&vm.types.object);
    let var = builtin_class("ContextVar", o, BaseKind::Final);
    add_methods(
        &var,
        "ContextVar",
        &[
            ("__new__", var_new),
            ("get", var_get),
            ("set", var_set),
            ("reset", var_reset),
            ("__repr__", var_repr),
            ("__getattr__", var_getattr),
        ],
    );
    let token = builtin_class("Token", o, BaseKind::Final);
    add_methods(
        &token,
        "Token",
        &[("__repr__", token_repr), ("__getattr__", token_getattr)],
    );
    let ctx = builtin_class("_contextvars.Context", o, BaseKind::Final);
    add_methods(
        &ctx,
        "Context",
        &[
            ("__new__", ctx_new),
            ("run", ctx_run),
            ("copy", ctx_copy),
            ("get", ctx_get),
            ("keys", ctx_keys),
            ("values", ctx_values),
            ("items", ctx_items),
            ("__getitem__", ctx_getitem),
            ("__contains__", ctx_contains),
            ("__len__", ctx_len),
            ("__iter__", ctx_iter),
        ],
    );
    vm.native_classes.insert("ContextVar", var.clone());
    vm.native_classes.insert("Token", token.clone());
    vm.native_classes.insert("Context", ctx.clone());
    (var, token, ctx)
}

fn native(class: &Rc<Class>, state: Vec<Value>) -> Value {
    Value::Object(Rc::new(Object::Native(NativeObj {
        class: class.clone(),
        state: RefCell::new(state),
    })))
}

fn state(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Object(o) => match &**o {
            Object::Native(n) => Some(n.state.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

fn set_state(v: &Value, i: usize, x: Value) {
    if let Value::Object(o) = v {
        if let Object::Native(n) = &**o {
            if let Some(slot) = n.state.borrow_mut().get_mut(i) {
                *slot = x;
            }
        }
    }
}

/// The running thread's context, created empty on first use.
fn current_context(vm: &mut Vm) -> Value {
    if let Some(c) = vm.thread().context.clone() {
        return c;
    }
    let (_, _, ctx_cls) = classes(vm);
    let c = native(
        &ctx_cls,
        vec![Value::Dict(PyDict::new_rc()), Value::Bool(true)],
    );
    vm.thread_mut().context = Some(c.clone());
    c
}

fn ctx_dict(ctx: &Value) -> Rc<PyDict> {
    match state(ctx).and_then(|s| s.first().cloned()) {
        Some(Value::Dict(d)) => d,
        _ => PyDict::new_rc(),
    }
}

fn var_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::only_kw(vm, "ContextVar", a, &["default"])?;
    let name = match a.pos.get(1) {
        Some(Value::Str(s)) => Value::Str(s.clone()),
        Some(_) => return Err(vm.type_error("context variable name must be a str")),
        None => return Err(vm.type_error("ContextVar() missing required argument 'name' (pos 1)")),
    };
    let default = a.kw("default").cloned().unwrap_or(Value::Null);
    let (var_cls, _, _) = classes(vm);
    Ok(native(&var_cls, vec![name, default]))
}

fn var_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "get", a)?.clone();
    let ctx = current_context(vm);
    if let Some(v) = ctx_dict(&ctx).get(vm, &this)? {
        return Ok(v);
    }
    if let Some(d) = a.pos.get(1) {
        return Ok(d.clone());
    }
    match state(&this).and_then(|s| s.get(1).cloned()) {
        Some(Value::Null) | None => Err(vm.exc_with_args(ExcKind::LookupError, vec![this])),
        Some(d) => Ok(d),
    }
}

fn var_set(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "set", &Args::positional(&a.pos[1..]), 1)?;
    let this = a.pos[0].clone();
    let ctx = current_context(vm);
    let d = ctx_dict(&ctx);
    let old = d.get(vm, &this)?.unwrap_or(Value::Null);
    d.set(vm, this.clone(), a.pos[1].clone())?;
    let (_, token_cls, _) = classes(vm);
    Ok(native(&token_cls, vec![ctx, this, old, Value::Bool(false)]))
}

fn var_reset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "reset", a)?.clone();
    let Some(token) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("ContextVar.reset() takes exactly one argument (0 given)"));
    };
    let Some(ts) = state(&token).filter(|s| s.len() == 4) else {
        return Err(vm.type_error(format!(
            "expected an instance of Token, got '{}'",
            vm.type_name(&token)
        )));
    };
    let token_repr = vm.repr(&token)?;
    if matches!(ts[3], Value::Bool(true)) {
        return Err(vm.runtime_error(format!("{token_repr} has already been used once")));
    }
    if !ts[1].is(&this) {
        return Err(vm.value_error(format!(
            "{token_repr} was created by a different ContextVar"
        )));
    }
    let ctx = current_context(vm);
    if !ts[0].is(&ctx) {
        return Err(vm.value_error(format!("{token_repr} was created in a different Context")));
    }
    let d = ctx_dict(&ctx);
    match &ts[2] {
        Value::Null => {
            d.remove(vm, &this)?;
        }
        old => d.set(vm, this.clone(), old.clone())?,
    }
    set_state(&token, 3, Value::Bool(true));
    Ok(Value::None)
}

fn var_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__repr__", a)?.clone();
    let s = state(&this).unwrap_or_default();
    let name = match s.first() {
        Some(n) => vm.repr(n)?,
        None => "''".into(),
    };
    let default = match s.get(1) {
        Some(Value::Null) | None => String::new(),
        Some(d) => format!(" default={}", vm.repr(d)?),
    };
    Ok(Value::string(format!(
        "<ContextVar name={name}{default} at {}>",
        addr(&this)
    )))
}

fn var_getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__getattr__", a)?.clone();
    match a.pos.get(1).and_then(|n| n.as_str()) {
        Some("name") => Ok(state(&this)
            .and_then(|s| s.first().cloned())
            .unwrap_or(Value::None)),
        other => Err(vm.no_attribute(&this, other.unwrap_or(""))),
    }
}

fn token_getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__getattr__", a)?.clone();
    let s = state(&this).unwrap_or_default();
    match a.pos.get(1).and_then(|n| n.as_str()) {
        Some("var") => Ok(s.get(1).cloned().unwrap_or(Value::None)),
        Some("old_value") => match s.get(2) {
            Some(Value::Null) | None => Ok(missing_marker(vm)),
            Some(v) => Ok(v.clone()),
        },
        other => Err(vm.no_attribute(&this, other.unwrap_or(""))),
    }
}

fn token_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__repr__", a)?.clone();
    let s = state(&this).unwrap_or_default();
    let used = if matches!(s.get(3), Some(Value::Bool(true))) {
        " used"
    } else {
        ""
    };
    let var = match s.get(1) {
        Some(v) => vm.repr(v)?,
        None => String::new(),
    };
    Ok(Value::string(format!(
        "<Token{used} var={var} at {}>",
        addr(&this)
    )))
}

fn copy_context(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "copy_context", a, 0)?;
    let ctx = current_context(vm);
    copy_of(vm, &ctx)
}

fn copy_of(vm: &mut Vm, ctx: &Value) -> PyResult<Value> {
    let d = ctx_dict(ctx);
    let (_, _, ctx_cls) = classes(vm);
    Ok(native(
        &ctx_cls,
        vec![Value::Dict(Rc::new(d.copy())), Value::Bool(false)],
    ))
}

fn ctx_new(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let (_, _, ctx_cls) = classes(vm);
    Ok(native(
        &ctx_cls,
        vec![Value::Dict(PyDict::new_rc()), Value::Bool(false)],
    ))
}

fn ctx_run(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "run", a)?.clone();
    let Some(f) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    };
    if matches!(
        state(&this).and_then(|s| s.get(1).cloned()),
        Some(Value::Bool(true))
    ) {
        let r = vm.repr(&this)?;
        return Err(vm.runtime_error(format!("cannot enter context: {r} is already entered")));
    }
    let previous = vm.thread().context.clone();
    set_state(&this, 1, Value::Bool(true));
    vm.thread_mut().context = Some(this.clone());
    let r = vm.call_kw(&f, &a.pos[2..], a.kwnames, a.kwvals);
    set_state(&this, 1, Value::Bool(false));
    vm.thread_mut().context = previous;
    r
}

fn ctx_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "copy", a)?.clone();
    copy_of(vm, &this)
}

fn ctx_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "get", a)?.clone();
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(ctx_dict(&this)
        .get(vm, &key)?
        .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn ctx_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__getitem__", a)?.clone();
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    match ctx_dict(&this).get(vm, &key)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(key)),
    }
}

fn ctx_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__contains__", a)?.clone();
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(ctx_dict(&this).contains(vm, &key)?))
}

fn ctx_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__len__", a)?;
    Ok(Value::Int(ctx_dict(this).len() as i64))
}

fn ctx_keys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "keys", a)?;
    Ok(Value::list(ctx_dict(this).keys()))
}

fn ctx_values(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "values", a)?;
    Ok(Value::list(ctx_dict(this).values()))
}

fn ctx_items(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "items", a)?;
    Ok(Value::list(
        ctx_dict(this)
            .entries()
            .into_iter()
            .map(|e| Value::tuple(vec![e.key, e.value]))
            .collect(),
    ))
}

fn ctx_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__iter__", a)?.clone();
    let keys = Value::list(ctx_dict(&this).keys());
    vm.get_iter(&keys)
}
