//! The built-in functions (`print`, `len`, `sorted`, ...).

use std::rc::Rc;

use super::args;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::numeric::float_ops;
use crate::engine::numeric::int_text::{int_bin, int_hex, int_oct};
use crate::engine::numeric::Int;
use crate::engine::objects::class::Payload;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::engine::objects::object::Object;
use crate::engine::objects::str::PyStr;
use crate::engine::trace::Stream;
use crate::engine::value::Value;
use crate::engine::vm::arith::{as_int, int_value};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::unnest::Unnest;
use crate::engine::vm::Vm;

/// Every built-in function with its name.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("id", id),
    ("hash", hash),
    ("abs", abs),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("iter", iter),
    ("next", next),
    ("any", any),
    ("all", all),
    ("sum", sum),
    ("min", min),
    ("max", max),
    ("sorted", sorted),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("format", format),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("input", input),
    ("open", open),
    ("exit", exit),
    ("quit", exit),
    ("eval", eval),
    ("exec", exec),
    ("ExceptionGroup", exception_group),
    ("BaseExceptionGroup", exception_group),
    ("compile", compile),
    ("__import__", import),
    ("breakpoint", breakpoint),
    ("help", help),
];

/// Functions that need the caller's namespaces.
pub const FRAME_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
];

fn one<'a>(vm: &Vm, name: &str, a: &'a Args) -> PyResult<&'a Value> {
    args::exact(vm, name, a, 1)?;
    Ok(&a.pos[0])
}

/// The stream a file argument writes to, or the object whose `write` to call.
enum Sink {
    Stream(Stream),
    Object(Value),
}

fn sink_of(vm: &mut Vm, file: Option<&Value>, default: Stream) -> PyResult<Sink> {
    let f = match file {
        None | Some(Value::None) => {
            let name = if default == Stream::Stdout {
                "stdout"
            } else {
                "stderr"
            };
            match crate::engine::modules::sys::sys_attr(vm, name) {
                Some(v) => v,
                None => return Ok(Sink::Stream(default)),
            }
        }
        Some(v) => v.clone(),
    };
    Ok(match crate::engine::modules::sys::stream_of(&f) {
        Some(s) => Sink::Stream(s),
        None => Sink::Object(f),
    })
}

fn write_to(vm: &mut Vm, sink: &Sink, text: &str) -> PyResult<()> {
    match sink {
        Sink::Stream(_) if text.is_empty() => Ok(()),
        Sink::Stream(s) => vm.write_output(*s, text),
        Sink::Object(o) => {
            let w = Rc::new(PyStr::new("write"));
            let f = vm.get_attr(o, &w)?;
            vm.call(&f, &[Value::str(text)])?;
            Ok(())
        }
    }
}

fn print(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::only_kw(vm, "print", a, &["sep", "end", "file", "flush"])?;
    let text_arg = |vm: &Vm, v: Option<&Value>, name: &str, default: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{name} must be None or a string, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let sep = text_arg(vm, a.kw("sep"), "sep", " ")?;
    let end = text_arg(vm, a.kw("end"), "end", "\n")?;
    let sink = sink_of(vm, a.kw("file"), Stream::Stdout)?;
    if let Sink::Object(_) = sink {
        // A Python file object gets one write() per piece, as CPython does.
        for (i, v) in a.pos.iter().enumerate() {
            if i > 0 {
                write_to(vm, &sink, &sep)?;
            }
            let text = vm.str_of(v)?;
            write_to(vm, &sink, &text)?;
        }
        write_to(vm, &sink, &end)?;
        if let (Some(flush), Sink::Object(o)) = (a.kw("flush"), &sink) {
            if vm.truthy(flush)? {
                let name = Rc::new(PyStr::new("flush"));
                let f = vm.get_attr(o, &name)?;
                vm.call(&f, &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.str_of(v) {
            Ok(text) => out.push_str(&text),
            Err(e) => {
                // What was printed before the failing argument still appears.
                write_to(vm, &sink, &out)?;
                return Err(e);
            }
        }
    }
    out.push_str(&end);
    write_to(vm, &sink, &out)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "len", a)?;
    Ok(Value::Int(vm.len(v)? as i64))
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "repr", a)?;
    Ok(Value::string(vm.repr(v)?))
}

fn ascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "ascii", a)?;
    Ok(Value::string(vm.ascii(v)?))
}

fn id(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "id", a)?;
    Ok(Value::Int(v.id() & 0x7fff_ffff_ffff))
}

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "hash", a)?;
    Ok(Value::Int(vm.hash(v)?))
}

fn abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "abs", a)?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => int_value(Int::Small(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(_) => Ok(int_value(as_int(v).unwrap_or(Int::ZERO).abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            let name = vm.names.d_abs.clone();
            match vm.lookup_special(v, &name) {
                // Built-in `__abs__` too: instances of int and float subclasses.
                Some(f) => vm.call(&f, std::slice::from_ref(v)),
                _ => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
                }
            }
        }
    }
}

/// `isinstance` against a class or a tuple of classes.
pub fn is_instance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            if let Some(check) = c.lookup(&vm.names.d_instancecheck) {
                if !matches!(check, Value::Builtin(_)) && !c.builtin {
                    let r = vm.call(&check, &[cls.clone(), v.clone()])?;
                    return vm.truthy(&r);
                }
            }
            Ok(vm.class_of(v).is_subclass(c))
        }
        Value::Tuple(t) => {
            for item in t.items() {
                if is_instance(vm, v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other if super::generic_alias::parts(other).is_some() => {
            Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
        }
        other => {
            match super::union::members(other) {
                Some(ms) => {
                    for m in ms {
                        if is_instance(vm, v, &m)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
    }
}

fn isinstance(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "isinstance", a, 2)?;
    Ok(Value::Bool(is_instance(vm, &a.pos[0], &a.pos[1])?))
}

fn issubclass(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "issubclass", a, 2)?;
    let Value::Class(c) = &a.pos[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    fn check(
        vm: &mut Vm,
        c: &Rc<crate::engine::objects::class::Class>,
        target: &Value,
    ) -> PyResult<bool> {
        match target {
            Value::Class(t) => {
                // A class's own hook stands in for a metaclass's (see abc.py).
                if let Some(hook) = t.lookup(&vm.names.d_subclasscheck) {
                    if !matches!(hook, Value::Builtin(_)) && !t.builtin {
                        let r = vm.call(&hook, &[target.clone(), Value::Class(c.clone())])?;
                        return vm.truthy(&r);
                    }
                }
                Ok(c.is_subclass(t))
            }
            Value::Tuple(items) => {
                for i in items.items() {
                    if check(vm, c, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            other if super::generic_alias::parts(other).is_some() => {
                Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
            }
            other if super::union::members(other).is_some() => {
                for i in super::union::members(other).unwrap_or_default() {
                    if check(vm, c, &i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(
                vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
            ),
        }
    }
    Ok(Value::Bool(check(vm, c, &a.pos[1])?))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class().lookup(&vm.names.d_call).is_some(),
        Value::Object(o) => {
            matches!(&**o, Object::StaticMethod(_))
                || vm.class_of(v).lookup(&vm.names.d_call).is_some()
        }
        _ => false,
    }
}

fn callable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "callable", a)?;
    Ok(Value::Bool(is_callable(vm, v)))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        // A `str` subclass names the attribute its text spells.
        Value::Instance(i) if matches!(&i.payload, Payload::Value(Value::Str(_))) => {
            match &i.payload {
                Payload::Value(Value::Str(s)) => Ok(s.clone()),
                _ => Err(vm.type_error("attribute name must be string")),
            }
        }
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "getattr", a)?;
    args::range(vm, "getattr", a, 2, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    match a.pos.get(2) {
        Some(default) => Ok(vm
            .get_attr_opt(&a.pos[0], &name)?
            .unwrap_or_else(|| default.clone())),
        None => vm.get_attr(&a.pos[0], &name),
    }
}

fn setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "setattr", a, 3)?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.set_attr(&a.pos[0], &name, a.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "hasattr", a, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    Ok(Value::Bool(vm.get_attr_opt(&a.pos[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "delattr", a, 2)?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.del_attr(&a.pos[0], &name)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "iter", a)?;
    args::range(vm, "iter", a, 1, 2)?;
    if let Some(sentinel) = a.pos.get(1) {
        if !is_callable(vm, &a.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::engine::vm::iteration::iter_value(
            crate::engine::objects::iter::IterState::Callable {
                func: a.pos[0].clone(),
                sentinel: sentinel.clone(),
            },
        ));
    }
    vm.get_iter(&a.pos[0])
}

fn next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "next", a)?;
    args::range(vm, "next", a, 1, 2)?;
    let it = &a.pos[0];
    if !vm.is_iterator(it) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match vm.iter_next_full(it)? {
        Ok(v) => Ok(v),
        Err(ret) => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::engine::methods::misc::stop_iteration(vm, ret)),
        },
    }
}

fn any(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "any", a)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "all", a)?;
    let it = vm.get_iter(v)?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::only_kw(vm, "sum", a, &["start"])?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at {} 2 arguments ({} given)",
            if a.pos.is_empty() {
                "least 1 positional argument and at most"
            } else {
                "most"
            },
            a.pos.len()
        )));
    }
    let mut acc = args::arg(a, 1, "start").cloned().unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = vm.binary_op(crate::engine::bytecode::BinOpKind::Add, &acc, &x, false)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, a: &Args, name: &str, want_max: bool) -> PyResult<Value> {
    args::only_kw(vm, name, a, &["key", "default"])?;
    let key = a.kw("key").filter(|k| !k.is_none()).cloned();
    let default = a.kw("default").cloned();
    // Items are compared as they come, as CPython does: the key of each is
    // taken before the next is read.
    let it = match a.pos.len() {
        0 => {
            return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
        }
        1 => vm.get_iter(&a.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            vm.get_iter(&Value::tuple(a.pos.to_vec()))?
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.iter_next(&it)? {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if want_max {
                    crate::engine::bytecode::CmpKind::Gt
                } else {
                    crate::engine::bytecode::CmpKind::Lt
                };
                let r = vm.compare(op, &k, bk)?;
                vm.truthy(&r)?
            }
        };
        if replace {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "min", false)
}

fn max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "max", true)
}

/// Sorts values in place with an optional key and reverse flag (list.sort's semantics).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(it))?);
            }
            ks
        }
        None => items.clone(),
    };
    if reverse {
        keys.reverse();
        items.reverse();
    }
    super::sort::timsort(vm, &mut keys, items)?;
    if reverse {
        items.reverse();
    }
    Ok(())
}

fn sorted(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // CPython passes the keywords on to list.sort, which words this itself.
    for k in a.kwnames {
        let name = k.as_str().unwrap_or("");
        if name != "key" && name != "reverse" {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for sort()"
            )));
        }
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let mut items = vm.collect(&a.pos[0])?;
    let key = a.kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match a.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn chr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "chr", a)?;
    let Some(n) = as_int(v) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    match n
        .to_i64()
        .and_then(|n| u32::try_from(n).ok())
        .and_then(char::from_u32)
    {
        Some(c) => Ok(Value::string(c.to_string())),
        None => match n.to_i64() {
            Some(x) if (0xd800..=0xdfff).contains(&x) => {
                Err(vm.unsupported("lone surrogate characters"))
            }
            Some(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
            None => Err(vm.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )),
        },
    }
}

fn ord(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "ord", a)?;
    match v {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map_or(0, |c| c as i64),
            ))
        }
        Value::Bytes(b) => {
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<Int> {
    match vm.index_value(v)? {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "hex", a)?.clone();
    let n = int_arg(vm, &v)?;
    Ok(Value::string(int_hex(&n)))
}

fn bin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "bin", a)?.clone();
    let n = int_arg(vm, &v)?;
    Ok(Value::string(int_bin(&n)))
}

fn oct(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, "oct", a)?.clone();
    let n = int_arg(vm, &v)?;
    Ok(Value::string(int_oct(&n)))
}

fn format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "format", a)?;
    args::range(vm, "format", a, 1, 2)?;
    let spec = match a.pos.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    Ok(Value::string(vm.format(&a.pos[0], &spec)?))
}

fn round(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::only_kw(vm, "round", a, &["number", "ndigits"])?;
    let Some(x) = args::arg(a, 0, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = args::arg(a, 1, "ndigits").filter(|v| !v.is_none()).cloned();
    match x {
        Value::Float(f) => match nd {
            None => float_ops::float_round(*f)
                .map(int_value)
                .map_err(|e| vm.num_err(e)),
            Some(n) => {
                let n = int_arg(vm, &n)?;
                float_ops::float_round_ndigits(*f, n.to_i64_saturating())
                    .map(Value::Float)
                    .map_err(|e| vm.num_err(e))
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let i = as_int(x).unwrap_or(Int::ZERO);
            match nd {
                None => Ok(int_value(i)),
                Some(n) => {
                    let n = int_arg(vm, &n)?;
                    Ok(int_value(float_ops::int_round_ndigits(
                        &i,
                        n.to_i64_saturating(),
                    )))
                }
            }
        }
        _ => {
            let name = vm.names.d_round.clone();
            match vm.lookup_special(x, &name) {
                Some(f) => {
                    let mut call_args = vec![x.clone()];
                    if let Some(n) = nd {
                        call_args.push(n);
                    }
                    vm.call(&f, &call_args)
                }
                _ => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(x)
                ))),
            }
        }
    }
}

fn divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "divmod", a, 2)?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    if let (Some(p), Some(q)) = (as_int(x), as_int(y)) {
        let (d, m) = p.div_mod(&q).map_err(|e| vm.num_err(e))?;
        return Ok(Value::tuple(vec![int_value(d), int_value(m)]));
    }
    if let (Some(p), Some(q)) = (vm.to_f64(x)?, vm.to_f64(y)?) {
        let (d, m) = float_ops::float_divmod(p, q).map_err(|e| vm.num_err(e))?;
        return Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]));
    }
    for (obj, other, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
        if let Value::Instance(i) = obj {
            if let Some(f) = i.class().lookup_str(name) {
                let r = vm.call(&f, &[obj.clone(), other.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(x),
        vm.type_name(y)
    )))
}

fn int_operand(vm: &Vm, v: &Value) -> Option<Int> {
    vm.builtin_view(v).and_then(|v| as_int(&v))
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::only_kw(vm, "pow", a, &["base", "exp", "mod"])?;
    let (Some(b), Some(e)) = (args::arg(a, 0, "base"), args::arg(a, 1, "exp")) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match args::arg(a, 2, "mod").filter(|m| !m.is_none()) {
        None => vm.binary_op(crate::engine::bytecode::BinOpKind::Pow, b, e, false),
        // Instances of int subclasses count as ints.
        Some(m) => match (int_operand(vm, b), int_operand(vm, e), int_operand(vm, m)) {
            (Some(x), Some(y), Some(z)) => x
                .pow_mod(&y, &z)
                .map(int_value)
                .map_err(|err| vm.num_err(err)),
            _ => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
        },
    }
}

fn input(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "input", a)?;
    args::range(vm, "input", a, 0, 1)?;
    if let Some(p) = a.pos.first() {
        let s = vm.str_of(p)?;
        vm.write_output(Stream::Stdout, &s)?;
    }
    let rest = vm
        .config
        .stdin
        .get(vm.stdin_pos..)
        .unwrap_or("")
        .to_string();
    if rest.is_empty() {
        return Err(vm.err(ExcKind::EOFError, "EOF when reading a line"));
    }
    let (line, used) = match rest.find('\n') {
        Some(i) => (rest[..i].to_string(), i + 1),
        None => (rest.clone(), rest.len()),
    };
    vm.stdin_pos += used;
    Ok(Value::string(line.trim_end_matches('\r').to_string()))
}

fn open(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("open() (files)"))
}

fn eval(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("eval()"))
}

fn exec(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("exec()"))
}

/// Exception groups (3.11) are not built: the names exist so that using
/// them says so, rather than raising NameError as if they were a typo.
fn exception_group(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("ExceptionGroup"))
}

fn compile(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("compile()"))
}

fn breakpoint(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("breakpoint() (debuggers)"))
}

fn help(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("help()"))
}

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = a.pos.first().cloned().into_iter().collect();
    Err(vm.exc_with_args(ExcKind::SystemExit, args))
}

fn import(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Str(name)) = a.pos.first() else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let fromlist = args::arg(a, 3, "fromlist").cloned().unwrap_or(Value::None);
    let name = name.clone();
    let globals = vm.builtins();
    vm.import_name(&name, &fromlist, &Value::Int(0), &globals)
}

fn frame_ctx(vm: &mut Vm) -> PyResult<crate::engine::vm::FrameCtx> {
    vm.frame_ctx
        .take()
        .ok_or_else(|| vm.runtime_error("no calling frame"))
}

fn globals(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "globals", a, 0)?;
    let ctx = frame_ctx(vm)?;
    Ok(Value::Dict(ctx.globals))
}

fn locals_of(ctx: crate::engine::vm::FrameCtx) -> Value {
    match ctx.locals {
        Some(l) => Value::Dict(l),
        None => {
            let d = PyDict::new_rc();
            for (n, v) in ctx.fast {
                d.set_str(n, v);
            }
            Value::Dict(d)
        }
    }
}

fn locals(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::exact(vm, "locals", a, 0)?;
    let ctx = frame_ctx(vm)?;
    Ok(locals_of(ctx))
}

fn vars(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "vars", a)?;
    args::range(vm, "vars", a, 0, 1)?;
    let ctx = frame_ctx(vm)?;
    match a.pos.first() {
        None => Ok(locals_of(ctx)),
        Some(v) => {
            let name = vm.names.d_dict.clone();
            match vm.get_attr_opt(v, &name)? {
                Some(d) => Ok(d),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }
    }
}

fn dir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    args::no_kw(vm, "dir", a)?;
    args::range(vm, "dir", a, 0, 1)?;
    let ctx = frame_ctx(vm)?;
    let mut names: Vec<String> = Vec::new();
    match a.pos.first() {
        None => {
            if let Value::Dict(d) = locals_of(ctx) {
                names.extend(d.keys().iter().filter_map(|k| k.as_str().map(String::from)));
            }
        }
        Some(v) => {
            let push_dict = |names: &mut Vec<String>, d: &PyDict| {
                names.extend(d.keys().iter().filter_map(|k| k.as_str().map(String::from)));
            };
            match v {
                Value::Module(m) => push_dict(&mut names, &m.dict),
                Value::Class(c) => {
                    for k in c.full_mro() {
                        push_dict(&mut names, &k.dict);
                    }
                }
                Value::Instance(i) => {
                    if let Some(d) = &i.dict {
                        push_dict(&mut names, d);
                    }
                    if let Payload::Local(data) = &i.payload {
                        // Reading the namespace runs `__init__` for a new thread.
                        let d = vm.local_dict(v, i, data)?;
                        push_dict(&mut names, &d);
                    }
                    for k in i.class().full_mro() {
                        push_dict(&mut names, &k.dict);
                    }
                    names.push("__class__".into());
                }
                other => {
                    for k in vm.class_of(other).full_mro() {
                        push_dict(&mut names, &k.dict);
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// Registers every built-in function into a namespace.
pub fn install(d: &PyDict) {
    for (name, f) in FUNCTIONS {
        d.set_by_str(
            name,
            Value::Builtin(Rc::new(BuiltinFunction {
                unnest: Unnest::of_builtin(name),
                ..BuiltinFunction::new(name, *f)
            })),
        );
    }
    for (name, f) in FRAME_FUNCTIONS {
        let mut b = BuiltinFunction::new(name, *f);
        b.needs_frame = true;
        d.set_by_str(name, Value::Builtin(Rc::new(b)));
    }
}

/// Wraps an error-free result.
pub fn ok(v: Value) -> Result<Value, Flow> {
    Ok(v)
}
