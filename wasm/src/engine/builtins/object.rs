//! Methods of `object`, `type` and `BaseException`: what `super().__init__()`,
//! `object.__setattr__(self, ...)` and friends reach.

use std::rc::Rc;

use super::args;
use crate::engine::flow::PyResult;
use crate::engine::objects::class::Class;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Adds native methods to a built-in class.
pub fn add_methods(cls: &Class, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        cls.dict.set_by_str(
            name,
            Value::Builtin(Rc::new(BuiltinFunction::method(owner, name, *f))),
        );
    }
}

/// Adds a native class method (`dict.fromkeys`).
pub fn add_classmethod(cls: &Class, owner: &'static str, name: &'static str, f: NativeFn) {
    let b = Value::Builtin(Rc::new(BuiltinFunction::method(owner, name, f)));
    cls.dict
        .set_by_str(name, Value::Object(Rc::new(Object::ClassMethod(b))));
}

/// Installs `object`, `type` and `BaseException` methods.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(
        &t.object,
        "object",
        &[
            ("__new__", object_new),
            ("__init__", object_init),
            ("__setattr__", object_setattr),
            ("__getattribute__", object_getattribute),
            ("__delattr__", object_delattr),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__lt__", object_not_implemented),
            ("__le__", object_not_implemented),
            ("__gt__", object_not_implemented),
            ("__ge__", object_not_implemented),
            ("__dir__", object_dir),
            ("__getstate__", object_getstate),
            ("__reduce__", object_reduce),
            ("__reduce_ex__", object_reduce),
            ("__sizeof__", object_sizeof),
        ],
    );
    add_classmethod(
        &t.object,
        "object",
        "__init_subclass__",
        object_init_subclass,
    );
    add_classmethod(&t.object, "object", "__subclasshook__", object_subclasshook);
    t.object.dict.set_by_str("__doc__", Value::str(OBJECT_DOC));
    add_methods(
        &t.type_,
        "type",
        &[("mro", type_mro), ("__subclasses__", type_subclasses)],
    );
    let base = t.exc(ExcKind::BaseException);
    add_methods(
        &base,
        "BaseException",
        &[
            ("__new__", exc_new),
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
        ],
    );
    for (_, cls) in &t.exception_names {
        cls.dict.set_by_str("__module__", Value::str("builtins"));
    }
}

fn object_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = match a.pos.first() {
        Some(Value::Class(cls)) => cls,
        Some(other) => {
            return Err(vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    let cls = cls.clone();
    let rest = &a.pos[1..];
    if !rest.is_empty() || a.has_kw() {
        let new_overridden = !matches!(cls.lookup(&vm.names.d_new), Some(Value::Builtin(b)) if b.owner == Some("object"));
        let init_is_object = matches!(cls.lookup(&vm.names.d_init), Some(Value::Builtin(b)) if b.owner == Some("object"));
        if new_overridden {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if init_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name_string())));
        }
    }
    vm.new_instance(&cls, &[], &[], &[])
}

fn object_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__init__", a)?;
    if a.pos.len() > 1 || a.has_kw() {
        let cls = vm.class_of(this);
        let init_overridden = !matches!(cls.lookup(&vm.names.d_init), Some(Value::Builtin(b)) if b.owner == Some("object"));
        let new_is_object = matches!(cls.lookup(&vm.names.d_new), Some(Value::Builtin(b)) if b.owner == Some("object"));
        if init_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if new_is_object {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                cls.name_string()
            )));
        }
    }
    Ok(Value::None)
}

fn name_arg(vm: &Vm, a: &Args, i: usize) -> PyResult<Rc<crate::engine::objects::str::PyStr>> {
    match a.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("expected an attribute name")),
    }
}

fn object_setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(
        vm,
        "__setattr__",
        &Args::positional(a.pos.get(1..).unwrap_or(&[])),
        2,
    )
    .map_err(|_| {
        vm.type_error(format!(
            "expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        ))
    })?;
    let obj = a.pos[0].clone();
    let name = name_arg(vm, a, 1)?;
    let value = a.pos[2].clone();
    match &obj {
        Value::Instance(i) => {
            let cls = i.class();
            vm.instance_setattr(&obj, i, &cls, &name, value)?;
        }
        other => vm.set_attr(other, &name, value)?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = args::this(vm, "__getattribute__", a)?.clone();
    let name = name_arg(vm, a, 1)?;
    match &obj {
        Value::Instance(i) => {
            let cls = i.class();
            vm.instance_getattr(&obj, i, &cls, &name)
        }
        other => vm.get_attr(other, &name),
    }
}

fn object_delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = args::this(vm, "__delattr__", a)?.clone();
    let name = name_arg(vm, a, 1)?;
    match &obj {
        Value::Instance(i) => {
            let cls = i.class();
            vm.instance_delattr(&obj, i, &cls, &name)?;
        }
        other => vm.del_attr(other, &name)?,
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = args::this(vm, "__repr__", a)?;
    Ok(Value::string(vm.default_repr(obj)))
}

fn object_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = args::this(vm, "__str__", a)?.clone();
    Ok(Value::string(vm.repr(&obj)?))
}

fn object_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__eq__", a)?;
    let other = a
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("expected 1 argument, got 0"))?;
    Ok(if this.is(other) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__ne__", a)?.clone();
    let other = a
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("expected 1 argument, got 0"))?;
    let eq = vm.compare(crate::engine::bytecode::CmpKind::Eq, &this, &other)?;
    match eq {
        Value::NotImplemented => Ok(Value::NotImplemented),
        v => Ok(Value::Bool(!vm.truthy(&v)?)),
    }
}

fn object_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__hash__", a)?;
    Ok(Value::Int(this.id() >> 4))
}

fn object_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__format__", a)?.clone();
    let spec = match a.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&this)
        )));
    }
    Ok(Value::string(vm.str_of(&this)?))
}

fn object_init_subclass(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__doc__`, as CPython words it.
const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\n\
When called, it accepts no arguments and returns a new featureless\n\
instance that has no instance attributes and cannot be given any.\n";

/// `object.__subclasshook__`: no opinion, so `issubclass` decides as usual.
fn object_subclasshook(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `object.__lt__` and the other orderings: no opinion either.
fn object_not_implemented(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::this(vm, "__lt__", a)?;
    Ok(Value::NotImplemented)
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with
/// the set slots when there are any.
fn object_getstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__getstate__", a)?.clone();
    let Value::Instance(inst) = &this else {
        return Ok(Value::None);
    };
    let state = match &inst.dict {
        Some(d) if !d.is_empty() => Value::Dict(d.clone()),
        _ => Value::None,
    };
    let cls = inst.class();
    let slots = PyDict::new_rc();
    for (name, v) in cls.slot_names.iter().zip(inst.slots.borrow().iter()) {
        if let Some(v) = v {
            slots.set_str(name.clone(), v.clone());
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    Ok(Value::tuple(vec![state, Value::Dict(slots)]))
}

/// Sizes in bytes are CPython's memory layout, which the engine does not share.
fn object_sizeof(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("__sizeof__ (memory sizes)"))
}

fn object_dir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__dir__", a)?.clone();
    let mut names: Vec<String> = Vec::new();
    if let Value::Instance(i) = &this {
        if let Some(d) = &i.dict {
            names.extend(d.keys().iter().filter_map(|k| k.as_str().map(String::from)));
        }
    }
    for c in vm.class_of(&this).full_mro() {
        names.extend(
            c.dict
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(String::from)),
        );
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn object_reduce(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("pickling"))
}

fn type_mro(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.full_mro().into_iter().map(Value::Class).collect(),
        )),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("type.__subclasses__()"))
}

fn exc_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    if !cls.is_subclass(&vm.types.exc(ExcKind::BaseException)) {
        return Err(vm.type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            cls.name_string(),
            cls.name_string()
        )));
    }
    let mut cls = cls;
    let rest = &a.pos[1..];
    let os_error = vm.types.exc(ExcKind::OSError);
    if Rc::ptr_eq(&cls, &os_error) && (2..=5).contains(&rest.len()) {
        if let Some(Value::Int(errno)) = rest.first() {
            if let Some(name) = os_error_subclass(*errno) {
                if let Some(Value::Class(sub)) = vm.builtins().get_by_str(name) {
                    cls = sub;
                }
            }
        }
    }
    let inst = vm.new_instance(&cls, rest, &[], &[])?;
    Ok(inst)
}

/// The OSError subclass CPython picks for an errno.
fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

fn exc_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__init__", a)?;
    if a.has_kw() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(this)
        )));
    }
    if let Value::Instance(i) = this {
        let mut args = a.pos[1..].to_vec();
        if i.class().is_subclass(&vm.types.exc(ExcKind::OSError)) && (3..=5).contains(&args.len()) {
            // OSError(errno, strerror, filename): args keeps only the first two.
            if let Some(d) = &i.dict {
                d.set_by_str("filename", args[2].clone());
            }
            args.truncate(2);
        }
        if let Some(d) = i.exc() {
            d.borrow_mut().args = Value::tuple(args.clone());
        }
        set_exc_fields(vm, i, &args);
    }
    Ok(Value::None)
}

/// Per-class attributes CPython derives from the args (`StopIteration.value`, `SystemExit.code`, ...).
fn set_exc_fields(vm: &Vm, i: &crate::engine::objects::class::Instance, args: &[Value]) {
    let Some(d) = &i.dict else { return };
    let cls = i.class();
    let first = args.first().cloned().unwrap_or(Value::None);
    if cls.is_subclass(&vm.types.exc(ExcKind::StopIteration)) {
        d.set_by_str("value", first.clone());
    }
    if cls.is_subclass(&vm.types.exc(ExcKind::SystemExit)) {
        let code = match args.len() {
            0 => Value::None,
            1 => first.clone(),
            _ => Value::tuple(args.to_vec()),
        };
        d.set_by_str("code", code);
    }
    if cls.is_subclass(&vm.types.exc(ExcKind::ImportError)) && d.get_by_str("name").is_none() {
        d.set_by_str("name", Value::None);
        d.set_by_str("msg", first.clone());
    }
    if cls.is_subclass(&vm.types.exc(ExcKind::OSError)) {
        if d.get_by_str("filename").is_none() {
            d.set_by_str("filename", Value::None);
        }
        if args.len() >= 2 {
            d.set_by_str("errno", args[0].clone());
            d.set_by_str("strerror", args[1].clone());
        } else {
            d.set_by_str("errno", Value::None);
            d.set_by_str("strerror", Value::None);
        }
    }
}

fn exc_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__str__", a)?.clone();
    let Value::Instance(i) = &this else {
        return Ok(Value::string(vm.str_of(&this)?));
    };
    let i = i.clone();
    Ok(Value::string(vm.exception_str(&i)?))
}

fn exc_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__repr__", a)?.clone();
    let Value::Instance(i) = &this else {
        return Ok(Value::string(vm.repr(&this)?));
    };
    let name = i.class().name_string();
    let args = i
        .exc()
        .map(|d| d.borrow().args.clone())
        .unwrap_or(Value::None);
    Ok(Value::string(match &args {
        Value::Tuple(t) if t.len() == 1 => {
            let v = t.items()[0].clone();
            format!("{name}({})", vm.repr(&v)?)
        }
        Value::Tuple(t) if t.is_empty() => format!("{name}()"),
        other => format!("{name}{}", vm.repr(other)?),
    }))
}

fn exc_with_traceback(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "with_traceback", a)?.clone();
    if let (Value::Instance(i), Some(tb)) = (&this, a.pos.get(1)) {
        if let Some(d) = i.exc() {
            let mut d = d.borrow_mut();
            match tb {
                Value::None => d.traceback.clear(),
                Value::Object(o) => {
                    if let Object::Traceback(entries) = &**o {
                        d.traceback = entries.clone();
                    }
                }
                _ => {}
            }
        }
    }
    Ok(this)
}

fn exc_add_note(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "add_note", a)?.clone();
    let note = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !matches!(note, Value::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    if let Value::Instance(i) = &this {
        if let Some(d) = i.exc() {
            d.borrow_mut().notes.push(note);
        }
    }
    Ok(Value::None)
}
