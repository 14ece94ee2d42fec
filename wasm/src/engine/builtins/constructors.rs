//! Constructors of the built-in classes: `int(...)`, `list(...)`, `range(...)`,
//! `property(...)`, `super(...)` and the rest.

use std::rc::Rc;

use super::args;
use super::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::methods::codecs;
use crate::engine::numeric::int_text::DEFAULT_MAX_STR_DIGITS;
use crate::engine::numeric::parse::{parse_float, parse_int};
use crate::engine::numeric::{float_ops, Int};
use crate::engine::objects::class::{Class, Instance, Payload};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::iter::IterState;
use crate::engine::objects::list::PyList;
use crate::engine::objects::object::Object;
use crate::engine::objects::set::PySet;
use crate::engine::value::Value;
use crate::engine::vm::arith::{as_int, int_value};
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Installs the constructors into the built-in classes.
pub fn install(vm: &Vm) {
    let t = vm.types.clone();
    add_methods(&t.int, "int", &[("__new__", int_new)]);
    add_methods(&t.bool_, "bool", &[("__new__", bool_new)]);
    add_methods(&t.float, "float", &[("__new__", float_new)]);
    add_methods(&t.str_, "str", &[("__new__", str_new)]);
    add_methods(&t.bytes, "bytes", &[("__new__", bytes_new)]);
    add_methods(&t.tuple, "tuple", &[("__new__", tuple_new)]);
    add_methods(
        &t.list,
        "list",
        &[("__new__", list_new), ("__init__", list_init)],
    );
    add_methods(
        &t.dict,
        "dict",
        &[("__new__", dict_new), ("__init__", dict_init)],
    );
    add_methods(
        &t.set,
        "set",
        &[("__new__", set_new), ("__init__", set_init)],
    );
    add_methods(&t.frozenset, "frozenset", &[("__new__", frozenset_new)]);
    add_methods(&t.range, "range", &[("__new__", range_new)]);
    add_methods(&t.slice, "slice", &[("__new__", slice_new)]);
    add_methods(
        &t.property,
        "property",
        &[
            ("__new__", property_new),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__set_name__", property_set_name),
        ],
    );
    add_methods(
        &t.staticmethod,
        "staticmethod",
        &[("__new__", staticmethod_new)],
    );
    add_methods(
        &t.classmethod,
        "classmethod",
        &[("__new__", classmethod_new)],
    );
    add_methods(&t.super_, "super", &[("__new__", super_new)]);
    add_methods(&t.local, "_thread._local", &[("__new__", local_new)]);
    t.local
        .dict
        .set_by_str("__doc__", Value::str("Thread-local data"));
    t.local.dict.set_by_str("__module__", Value::str("_thread"));
    add_methods(
        &t.iterator("enumerate"),
        "enumerate",
        &[("__new__", enumerate_new)],
    );
    add_methods(&t.iterator("zip"), "zip", &[("__new__", zip_new)]);
    add_methods(&t.iterator("map"), "map", &[("__new__", map_new)]);
    add_methods(&t.iterator("filter"), "filter", &[("__new__", filter_new)]);
    add_methods(
        &t.iterator("reversed"),
        "reversed",
        &[("__new__", reversed_new)],
    );
}

fn cls_arg(vm: &Vm, a: &Args) -> PyResult<Rc<Class>> {
    match a.pos.first() {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

use crate::engine::objects::function::Args;

/// Wraps a built-in value for a subclass, or returns it as is for the class itself.
fn for_class(vm: &mut Vm, cls: &Rc<Class>, builtin: &Rc<Class>, v: Value) -> PyResult<Value> {
    if Rc::ptr_eq(cls, builtin) {
        return Ok(v);
    }
    let inst = Instance::new(cls.clone(), Payload::Value(v));
    let _ = vm;
    Ok(Value::Instance(crate::engine::objects::finalizer::track(
        inst,
    )))
}

/// `int(x)` conversion.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_ops::float_to_int(*f)
            .map(int_value)
            .map_err(|e| vm.num_err(e)),
        Value::Str(s) => parse_int(s.as_str(), 10, DEFAULT_MAX_STR_DIGITS)
            .map(int_value)
            .map_err(|e| vm.num_err(e)),
        Value::Bytes(b) => {
            crate::engine::numeric::parse::parse_int_bytes(b, 10, DEFAULT_MAX_STR_DIGITS)
                .map(int_value)
                .map_err(|e| vm.num_err(e))
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.class_of(v).lookup_str(name) {
                    if matches!(f, Value::Builtin(_)) {
                        continue;
                    }
                    let r = vm.call(&f, std::slice::from_ref(v))?;
                    return match as_int(&r) {
                        Some(i) => Ok(int_value(i)),
                        None => Err(vm.type_error(format!(
                            "{name} returned non-int (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
            }
            if let Value::Instance(i) = v {
                if let Payload::Value(inner) = &i.payload {
                    let inner = inner.clone();
                    return to_int(vm, &inner);
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

fn int_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    args::only_kw(vm, "int", a, &["base"])?;
    let rest = &a.pos[1..];
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            rest.len()
        )));
    }
    let base = args::arg(a, 2, "base").cloned();
    let v = match (rest.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let Some(b) = as_int(&b).and_then(|b| b.to_i64()) else {
                return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
            };
            match x {
                Value::Str(s) => parse_int(s.as_str(), b, DEFAULT_MAX_STR_DIGITS)
                    .map(int_value)
                    .map_err(|e| vm.num_err(e))?,
                Value::Bytes(bs) => {
                    crate::engine::numeric::parse::parse_int_bytes(bs, b, DEFAULT_MAX_STR_DIGITS)
                        .map(int_value)
                        .map_err(|e| vm.num_err(e))?
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    let int_cls = vm.types.int.clone();
    for_class(vm, &cls, &int_cls, v)
}

fn bool_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "bool", a)?;
    let rest = &a.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    match rest.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

/// `float(x)` conversion.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(vm.to_f64(v)?.unwrap_or(0.0)),
        Value::Str(s) => parse_float(s.as_str()).map_err(|e| vm.num_err(e)),
        _ => {
            for name in ["__float__", "__index__"] {
                if let Some(f) = vm.class_of(v).lookup_str(name) {
                    if matches!(f, Value::Builtin(_)) {
                        continue;
                    }
                    let r = vm.call(&f, std::slice::from_ref(v))?;
                    return match vm.to_f64(&r)? {
                        Some(x) if name == "__index__" || matches!(r, Value::Float(_)) => Ok(x),
                        _ => Err(vm.type_error(format!(
                            "{}.{name} returned non-float (type {})",
                            vm.type_name(v),
                            vm.type_name(&r)
                        ))),
                    };
                }
            }
            if let Value::Instance(i) = v {
                if let Payload::Value(inner) = &i.payload {
                    let inner = inner.clone();
                    return to_float(vm, &inner);
                }
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

fn float_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    args::no_kw(vm, "float", a)?;
    let rest = &a.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let v = match rest.first() {
        None => 0.0,
        Some(x) => to_float(vm, x)?,
    };
    let float_cls = vm.types.float.clone();
    for_class(vm, &cls, &float_cls, Value::Float(v))
}

fn str_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    args::only_kw(vm, "str", a, &["object", "encoding", "errors"])?;
    let encoding = args::arg(a, 2, "encoding");
    let errors = args::arg(a, 3, "errors");
    let v = match args::arg(a, 1, "object") {
        None => Value::str(""),
        Some(x) if encoding.is_none() && errors.is_none() => vm.str_value(x)?,
        Some(x) => {
            let encoding = codecs::name_arg(vm, encoding, "str", "encoding")?;
            let errors = codecs::name_arg(vm, errors, "str", "errors")?;
            let data = match vm.builtin_view(x) {
                Some(Value::Bytes(b)) => b,
                Some(Value::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
                _ => {
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(x)
                    )))
                }
            };
            let text = codecs::decode(
                vm,
                &data,
                encoding.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?;
            Value::string(text)
        }
    };
    let str_cls = vm.types.str_.clone();
    for_class(vm, &cls, &str_cls, v)
}

fn bytes_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    let rest = &a.pos[1..];
    let v = match rest.first() {
        None => Vec::new(),
        Some(Value::Str(s)) => {
            let Some(encoding) = a.kw("encoding").or(rest.get(1)) else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            let encoding = codecs::name_arg(vm, Some(encoding), "bytes", "encoding")?;
            let errors = codecs::name_arg(vm, a.kw("errors").or(rest.get(2)), "bytes", "errors")?;
            codecs::encode(
                vm,
                s.as_str(),
                encoding.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?
        }
        Some(_) if a.kw("encoding").or(rest.get(1)).is_some() => {
            return Err(vm.type_error("encoding without a string argument"))
        }
        Some(Value::Bytes(b)) => (**b).clone(),
        Some(n @ (Value::Int(_) | Value::Bool(_))) => {
            let k = as_int(n).and_then(|i| i.to_i64()).unwrap_or(0);
            if k < 0 {
                return Err(vm.value_error("negative count"));
            }
            vm.charge_alloc(k as usize)?;
            vec![0u8; k as usize]
        }
        Some(other) => {
            let items = vm.collect(other)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match as_int(&it).and_then(|i| i.to_i64()) {
                    Some(x) if (0..256).contains(&x) => out.push(x as u8),
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(&it)
                        )))
                    }
                }
            }
            out
        }
    };
    let bytes_cls = vm.types.bytes.clone();
    for_class(vm, &cls, &bytes_cls, Value::Bytes(Rc::new(v)))
}

fn tuple_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    args::no_kw(vm, "tuple", a)?;
    let rest = &a.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let v = match rest.first() {
        None => Value::tuple(Vec::new()),
        Some(x @ Value::Tuple(_)) => x.clone(),
        Some(x) => Value::tuple(vm.collect(x)?),
    };
    let tuple_cls = vm.types.tuple.clone();
    for_class(vm, &cls, &tuple_cls, v)
}

fn list_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    if Rc::ptr_eq(&cls, &vm.types.list) {
        return Ok(Value::list(Vec::new()));
    }
    Ok(Value::Instance(Instance::new_rc(
        cls,
        Payload::List(Rc::new(PyList::new(Vec::new()))),
    )))
}

fn list_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "list", a)?;
    let this = args::this(vm, "__init__", a)?.clone();
    let rest = &a.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let items = match rest.first() {
        None => Vec::new(),
        Some(x) => vm.collect(x)?,
    };
    match vm.builtin_view(&this) {
        Some(Value::List(l)) => {
            l.replace(items);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor '__init__' requires a 'list' object")),
    }
}

fn dict_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    if Rc::ptr_eq(&cls, &vm.types.dict) {
        return Ok(Value::Dict(PyDict::new_rc()));
    }
    Ok(Value::Instance(Instance::new_rc(
        cls,
        Payload::Dict(PyDict::new_rc()),
    )))
}

/// `dict(mapping_or_pairs, **kw)` into an existing dict.
pub fn dict_fill(vm: &mut Vm, d: &Rc<PyDict>, a: &Args, name: &str) -> PyResult<()> {
    let rest = &a.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    if let Some(src) = rest.first() {
        let is_mapping = match src {
            Value::Dict(_) => true,
            Value::Instance(_) => {
                let keys = Rc::new(crate::engine::objects::str::PyStr::new("keys"));
                vm.get_attr_opt(src, &keys)?.is_some()
            }
            _ => false,
        };
        if is_mapping {
            vm.dict_update_from(d, src, false, None)?;
        } else {
            let it = vm.get_iter(src)?;
            let mut n = 0;
            while let Some(item) = vm.iter_next(&it)? {
                dict_add_pair(vm, d, &item, n)?;
                n += 1;
            }
        }
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

/// Adds element number `n` of `dict(pairs)`'s argument, a key-value pair.
pub fn dict_add_pair(vm: &mut Vm, d: &Rc<PyDict>, item: &Value, n: usize) -> PyResult<()> {
    let pair = match vm.collect(item) {
        Ok(p) => p,
        Err(_) => {
            return Err(vm.type_error(format!(
                "cannot convert dictionary update sequence element #{n} to a sequence"
            )))
        }
    };
    if pair.len() != 2 {
        return Err(vm.value_error(format!(
            "dictionary update sequence element #{n} has length {}; 2 is required",
            pair.len()
        )));
    }
    let mut p = pair.into_iter();
    if let (Some(k), Some(v)) = (p.next(), p.next()) {
        d.set(vm, k, v)?;
    }
    Ok(())
}

fn dict_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "__init__", a)?.clone();
    match vm.builtin_view(&this) {
        Some(Value::Dict(d)) => {
            dict_fill(vm, &d, a, "dict")?;
            Ok(Value::None)
        }
        _ => Err(vm.type_error("descriptor '__init__' requires a 'dict' object")),
    }
}

fn set_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    let set_cls = vm.types.set.clone();
    for_class(vm, &cls, &set_cls, Value::Set(Rc::new(PySet::new())))
}

/// Fills a set from an iterable as CPython's `set_update_internal` does.
pub fn set_fill(vm: &mut Vm, s: &PySet, src: &Value) -> PyResult<()> {
    match src {
        Value::Set(o) | Value::FrozenSet(o) => s.merge(vm, o),
        Value::Dict(d) => {
            s.presize_for(d.len());
            for e in d.entries() {
                s.add_hashed(vm, e.hash, e.key)?;
            }
            Ok(())
        }
        other => {
            let it = vm.get_iter(other)?;
            while let Some(x) = vm.iter_next(&it)? {
                s.add(vm, x)?;
            }
            Ok(())
        }
    }
}

fn set_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "set", a)?;
    let this = args::this(vm, "__init__", a)?.clone();
    let rest = &a.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    // `set.__init__` empties the set first, even with no argument (subclass instances too).
    if let Some(Value::Set(s)) = vm.builtin_view(&this) {
        s.clear();
        if let Some(src) = rest.first() {
            set_fill(vm, &s, src)?;
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    let frozenset_cls = vm.types.frozenset.clone();
    if !Rc::ptr_eq(&cls, &frozenset_cls) {
        // A subclass gets a new instance wrapping its own table.
        let s = PySet::new();
        if let Some(src) = a.pos.get(1) {
            set_fill(vm, &s, src)?;
        }
        return for_class(vm, &cls, &frozenset_cls, Value::FrozenSet(Rc::new(s)));
    }
    args::no_kw(vm, "frozenset", a)?;
    let rest = &a.pos[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let s = PySet::new();
    if let Some(src) = rest.first() {
        if let Value::FrozenSet(_) = src {
            return Ok(src.clone());
        }
        set_fill(vm, &s, src)?;
    }
    Ok(Value::FrozenSet(Rc::new(s)))
}

fn range_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "range", a)?;
    let rest = &a.pos[1..];
    let mut nums = Vec::with_capacity(3);
    for v in rest {
        match vm.index_value(v)? {
            Some(Int::Small(i)) => nums.push(i),
            Some(Int::Big(_)) => return Err(vm.unsupported("range() with integers beyond 64 bits")),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        }
    }
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        more => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                more.len()
            )))
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Object(Rc::new(Object::Range { start, stop, step })))
}

fn slice_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let rest = &a.pos[1..];
    let (start, stop, step) = match rest {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "slice expected at least 1 argument, got {}",
                rest.len()
            )))
        }
    };
    Ok(Value::Object(Rc::new(Object::Slice { start, stop, step })))
}

fn property_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let get = |i: usize, k: &str| args::arg(a, i, k).cloned().unwrap_or(Value::None);
    let fget = get(1, "fget");
    let doc = match args::arg(a, 4, "doc") {
        Some(d) => d.clone(),
        None => match &fget {
            Value::Function(f) => f.doc.borrow().clone(),
            _ => Value::None,
        },
    };
    let _ = vm;
    Ok(Value::Object(Rc::new(Object::Property {
        fget,
        fset: get(2, "fset"),
        fdel: get(3, "fdel"),
        doc,
        name: std::cell::RefCell::new(None),
    })))
}

fn property_with(vm: &mut Vm, a: &Args, which: usize) -> PyResult<Value> {
    let this = args::this(vm, "property", a)?;
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Value::Object(o) = this else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let Object::Property {
        fget,
        fset,
        fdel,
        doc,
        name,
    } = &**o
    else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    Ok(Value::Object(Rc::new(Object::Property {
        fget: g,
        fset: s,
        fdel: d,
        doc: doc.clone(),
        name: name.clone(),
    })))
}

/// `property.__set_name__(owner, name)`: remembered for error messages.
fn property_set_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = args::this(vm, "property", a)?;
    let (Value::Object(o), Some(Value::Str(name))) = (this, a.pos.get(2)) else {
        return Err(vm.type_error("__set_name__() takes a property, an owner and a str name"));
    };
    if let Object::Property { name: slot, .. } = &**o {
        *slot.borrow_mut() = Some(name.clone());
    }
    Ok(Value::None)
}

fn property_getter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 0)
}

fn property_setter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 1)
}

fn property_deleter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 2)
}

fn staticmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos.get(1) {
        Some(f) => Ok(Value::Object(Rc::new(Object::StaticMethod(f.clone())))),
        None => Err(vm.type_error("staticmethod expected 1 argument, got 0")),
    }
}

fn classmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos.get(1) {
        Some(f) => Ok(Value::Object(Rc::new(Object::ClassMethod(f.clone())))),
        None => Err(vm.type_error("classmethod expected 1 argument, got 0")),
    }
}

fn super_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let rest = &a.pos[1..];
    let (class, obj) = match rest {
        [Value::Class(c), obj] => (c.clone(), obj.clone()),
        [] => return Err(vm.runtime_error("super(): no arguments")),
        [_, _] => return Err(vm.type_error("super() argument 1 must be a type")),
        [_] => return Err(vm.unsupported("super() with one argument")),
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    let obj_type = match &obj {
        Value::Class(c) if c.is_subclass(&class) => c.clone(),
        other => {
            let t = vm.class_of(other);
            if !t.is_subclass(&class) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    Ok(Value::Object(Rc::new(Object::Super {
        class,
        obj,
        obj_type,
    })))
}

fn local_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = cls_arg(vm, a)?;
    vm.new_instance(&cls, &a.pos[1..], a.kwnames, a.kwvals)
}

fn enumerate_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::only_kw(vm, "enumerate", a, &["iterable", "start"])?;
    let Some(src) = args::arg(a, 1, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match args::arg(a, 2, "start") {
        Some(s) => match as_int(s).and_then(|i| i.to_i64()) {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(s)
                )))
            }
        },
        None => 0,
    };
    let it = vm.get_iter(src)?;
    vm.lazy_iterator(IterState::Enumerate {
        iter: it,
        count: start,
    })
}

fn zip_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::only_kw(vm, "zip", a, &["strict"])?;
    let strict = match a.kw("strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut iters = Vec::new();
    for src in &a.pos[1..] {
        match vm.get_iter(src) {
            Ok(it) => iters.push(it),
            Err(crate::engine::flow::Flow::Exc(e)) if vm.exc_is(&e, ExcKind::TypeError) => {
                return Err(
                    vm.type_error(format!("'{}' object is not iterable", vm.type_name(src)))
                );
            }
            Err(e) => return Err(e),
        }
    }
    vm.lazy_iterator(IterState::Zip { iters, strict })
}

fn map_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "map", a)?;
    if a.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = a.pos[1].clone();
    let mut iters = Vec::new();
    for src in &a.pos[2..] {
        iters.push(vm.get_iter(src)?);
    }
    vm.lazy_iterator(IterState::Map { func, iters })
}

fn filter_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "filter", a)?;
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            a.pos.len() - 1
        )));
    }
    let func = a.pos[1].clone();
    let iter = vm.get_iter(&a.pos[2])?;
    vm.lazy_iterator(IterState::Filter { func, iter })
}

fn reversed_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "reversed", a)?;
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let seq = a.pos[1].clone();
    match &seq {
        Value::List(l) => return Ok(iter_value(IterState::ListReversed(l.clone(), l.len()))),
        Value::Tuple(t) => {
            let mut items = t.items().to_vec();
            items.reverse();
            return Ok(iter_value(IterState::Values(items, 0)));
        }
        Value::Str(s) => {
            let items: Vec<Value> = s
                .as_str()
                .chars()
                .rev()
                .map(|c| Value::string(c.to_string()))
                .collect();
            return Ok(iter_value(IterState::Values(items, 0)));
        }
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            return Ok(iter_value(IterState::Values(keys, 0)));
        }
        Value::Object(o) => {
            if let Object::Range { start, stop, step } = &**o {
                let n = crate::engine::vm::ops::range_len(*start, *stop, *step) as i64;
                let last = start + (n - 1) * step;
                return Ok(iter_value(IterState::Range {
                    next: last,
                    left: n.max(0) as u64,
                    step: -step,
                }));
            }
        }
        _ => {}
    }
    let cls = vm.class_of(&seq);
    if let Some(f) = cls.lookup(&vm.names.d_reversed) {
        if !f.is_none() {
            return vm.call(&f, std::slice::from_ref(&seq));
        }
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    if cls.lookup(&vm.names.d_getitem).is_some() && cls.lookup(&vm.names.d_len).is_some() {
        let n = vm.len(&seq)? as i64;
        return Ok(iter_value(IterState::ReversedSeq { seq, index: n - 1 }));
    }
    Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))))
}
