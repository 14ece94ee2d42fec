//! Methods of `str`: case mapping, predicates, padding, stripping, joining,
//! encoding, translation and the special methods callable by name
//! (`str.__add__(a, b)`). Searching and splitting live in `str_search.rs`,
//! `str.format` in `str_format.rs`.

use std::rc::Rc;

use super::codecs;
use super::str_case;
use super::str_format;
use super::str_search;
use super::text_args::{
    clinic_type, keywords, no_args, one_arg, positional, recv_str, repeat_arg, size_arg, ssize_arg,
    wrapper_args,
};
use crate::engine::builtins::object::add_methods;
use crate::engine::bytecode::{BinOpKind, CmpKind};
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::engine::objects::object::Object;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::unnest::{tag_method, Unnest};
use crate::engine::vm::Vm;

/// Installs the methods of `str`.
pub fn install(vm: &Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isnumeric", isnumeric),
        ("isspace", isspace),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("join", join),
        ("encode", encode),
        ("translate", translate),
        ("format", str_format::format),
        ("format_map", str_format::format_map),
        ("__getitem__", dunder_getitem),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_rmul),
        ("__mod__", dunder_mod),
        ("__rmod__", dunder_rmod),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
        ("__hash__", dunder_hash),
        ("__iter__", dunder_iter),
        ("__repr__", dunder_repr),
        ("__str__", dunder_str),
        ("__format__", dunder_format),
        ("__getnewargs__", dunder_getnewargs),
    ];
    let cls = &vm.types.str_;
    add_methods(cls, "str", methods);
    add_methods(cls, "str", str_search::METHODS);
    tag_method(cls, "join", Unnest::Join);
    install_iterators(vm);
    let maketrans = Value::Builtin(Rc::new(BuiltinFunction::method(
        "str",
        "maketrans",
        maketrans,
    )));
    cls.dict.set_by_str(
        "maketrans",
        Value::Object(Rc::new(Object::StaticMethod(maketrans))),
    );
}

/// `__next__` and `__iter__` of the `str` and `bytes` iterators, one pair per
/// class so a wrong receiver is named as CPython names it (`next()` itself goes
/// through the VM).
macro_rules! iterator_methods {
    ($next:ident, $iter:ident, $class:literal) => {
        fn $next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let it = iterator_this(vm, a, "__next__", $class)?;
            wrapper_args(vm, a, "__next__", 0)?;
            match vm.iter_next(&it)? {
                Some(v) => Ok(v),
                None => Err(vm.exc_with_args(ExcKind::StopIteration, Vec::new())),
            }
        }

        fn $iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let it = iterator_this(vm, a, "__iter__", $class)?;
            wrapper_args(vm, a, "__iter__", 0)?;
            Ok(it)
        }
    };
}

iterator_methods!(str_ascii_next, str_ascii_iter, "str_ascii_iterator");
iterator_methods!(str_next, str_iter, "str_iterator");
iterator_methods!(bytes_next, bytes_iter, "bytes_iterator");

/// Installs `__next__`/`__iter__` on the `str` and `bytes` iterator classes.
fn install_iterators(vm: &Vm) {
    let classes: [(&'static str, NativeFn, NativeFn); 3] = [
        ("str_ascii_iterator", str_ascii_next, str_ascii_iter),
        ("str_iterator", str_next, str_iter),
        ("bytes_iterator", bytes_next, bytes_iter),
    ];
    for (name, next, iter) in classes {
        add_methods(
            &vm.types.iterator(name),
            name,
            &[("__next__", next), ("__iter__", iter)],
        );
    }
}

/// The iterator a `__next__`/`__iter__` was called on, if it is one of `class`.
fn iterator_this(vm: &Vm, a: &Args, name: &str, class: &str) -> PyResult<Value> {
    match a.pos.first() {
        Some(it @ Value::Object(o))
            if matches!(&**o, Object::Iter(_)) && vm.type_name(it) == class =>
        {
            Ok(it.clone())
        }
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{class}' object but received a '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of '{class}' object needs an argument"
        ))),
    }
}

/// The receiver as a `Value::Str` (a subclass instance becomes its plain text).
fn plain(s: &Rc<PyStr>) -> Value {
    Value::Str(s.clone())
}

/// The `str` inside a `str` or `str` subclass instance.
pub(super) fn as_text(vm: &Vm, v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match vm.builtin_view(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Charges the instruction budget for native work over `n` characters.
pub(super) fn charge_chars(vm: &mut Vm, n: usize) -> PyResult<()> {
    vm.charge((n / 32) as u64)
}

macro_rules! case_method {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let s = recv_str(vm, a, $py)?;
            no_args(vm, a, concat!("str.", $py))?;
            charge_chars(vm, s.len_bytes())?;
            vm.charge_alloc(s.len_bytes())?;
            Ok(Value::string($f(s.as_str())))
        }
    };
}

case_method!(upper, "upper", str_case::upper);
case_method!(lower, "lower", str_case::lower);
case_method!(casefold, "casefold", str_case::casefold);
case_method!(swapcase, "swapcase", str_case::swapcase);
case_method!(title, "title", str_case::title);
case_method!(capitalize, "capitalize", str_case::capitalize);

macro_rules! char_predicate {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let s = recv_str(vm, a, $py)?;
            no_args(vm, a, concat!("str.", $py))?;
            charge_chars(vm, s.len_bytes())?;
            let t = s.as_str();
            Ok(Value::Bool(!t.is_empty() && t.chars().all($f)))
        }
    };
}

char_predicate!(isalpha, "isalpha", str_case::is_alpha);
char_predicate!(isalnum, "isalnum", str_case::is_alnum);
char_predicate!(isdecimal, "isdecimal", str_case::is_decimal);
char_predicate!(isdigit, "isdigit", str_case::is_digit);
char_predicate!(isnumeric, "isnumeric", str_case::is_numeric);
char_predicate!(isspace, "isspace", str_case::is_space);

fn isprintable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "isprintable")?;
    no_args(vm, a, "str.isprintable")?;
    charge_chars(vm, s.len_bytes())?;
    Ok(Value::Bool(
        s.as_str().chars().all(str_case::is_printable_char),
    ))
}

fn isascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "isascii")?;
    no_args(vm, a, "str.isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

macro_rules! str_predicate {
    ($name:ident, $py:literal, $f:path) => {
        fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let s = recv_str(vm, a, $py)?;
            no_args(vm, a, concat!("str.", $py))?;
            charge_chars(vm, s.len_bytes())?;
            Ok(Value::Bool($f(s.as_str())))
        }
    };
}

str_predicate!(islower, "islower", str_case::str_islower);
str_predicate!(isupper, "isupper", str_case::str_isupper);
str_predicate!(istitle, "istitle", str_case::str_istitle);
str_predicate!(isidentifier, "isidentifier", str_case::is_identifier);

/// Where padding goes.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad_method(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
    qualname: &str,
    align: Align,
) -> PyResult<Value> {
    let s = recv_str(vm, a, name)?;
    let r = positional(vm, a, qualname, 1, 2)?;
    let width = ssize_arg(vm, &r[0])?;
    let fill = match r.get(1) {
        None => ' ',
        Some(v) => match as_text(vm, v) {
            Some(f) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"))
            }
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(if matches!(a.pos[0], Value::Str(_)) {
            plain(&s)
        } else {
            Value::str(s.as_str())
        });
    }
    let marg = size_arg(vm, width - len)?;
    let (left, right) = match align {
        Align::Left => (0, marg),
        Align::Right => (marg, 0),
        Align::Center => {
            let left = marg / 2 + (marg & (width & 1) as usize);
            (left, marg - left)
        }
    };
    Ok(Value::string(padded(vm, s.as_str(), left, right, fill)?))
}

/// `text` with `left` and `right` copies of `fill` around it.
pub(super) fn padded(
    vm: &mut Vm,
    text: &str,
    left: usize,
    right: usize,
    fill: char,
) -> PyResult<String> {
    let total = (left + right)
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(text.len()))
        .ok_or_else(|| vm.err(ExcKind::OverflowError, "padded string is too long"))?;
    vm.charge_alloc(total)?;
    charge_chars(vm, total)?;
    let mut out = String::with_capacity(total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

fn center(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_method(vm, a, "center", "str.center", Align::Center)
}

fn ljust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_method(vm, a, "ljust", "str.ljust", Align::Left)
}

fn rjust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_method(vm, a, "rjust", "str.rjust", Align::Right)
}

fn zfill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "zfill")?;
    let w = one_arg(vm, a, "str.zfill")?;
    let width = ssize_arg(vm, w)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(if matches!(a.pos[0], Value::Str(_)) {
            plain(&s)
        } else {
            Value::str(s.as_str())
        });
    }
    let fill = size_arg(vm, width - len)?;
    let text = s.as_str();
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => text.split_at(1),
        _ => ("", text),
    };
    let body = padded(vm, digits, fill, 0, '0')?;
    Ok(Value::string(format!("{sign}{body}")))
}

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_method(vm: &mut Vm, a: &Args, name: &'static str, side: Side) -> PyResult<Value> {
    let s = recv_str(vm, a, name)?;
    let r = positional(vm, a, &format!("str.{name}"), 0, 1)?;
    let text = s.as_str();
    charge_chars(vm, text.len())?;
    let out = match r.first() {
        None | Some(Value::None) => trim(text, side, str_case::is_space),
        Some(v) => match as_text(vm, v) {
            Some(chars) => {
                let set: Vec<char> = chars.as_str().chars().collect();
                if chars.is_ascii() {
                    let mut table = [false; 128];
                    for c in &set {
                        table[*c as usize] = true;
                    }
                    trim(text, side, |c| c.is_ascii() && table[c as usize])
                } else {
                    trim(text, side, |c| set.contains(&c))
                }
            }
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    if out.len() == text.len() && matches!(a.pos[0], Value::Str(_)) {
        return Ok(plain(&s));
    }
    Ok(Value::str(out))
}

fn trim(text: &str, side: Side, pred: impl Fn(char) -> bool) -> &str {
    match side {
        Side::Left => text.trim_start_matches(&pred),
        Side::Right => text.trim_end_matches(&pred),
        Side::Both => text.trim_start_matches(&pred).trim_end_matches(&pred),
    }
}

fn strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_method(vm, a, "strip", Side::Both)
}

fn lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_method(vm, a, "lstrip", Side::Left)
}

fn rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_method(vm, a, "rstrip", Side::Right)
}

fn affix_method(vm: &mut Vm, a: &Args, name: &'static str, prefix: bool) -> PyResult<Value> {
    let s = recv_str(vm, a, name)?;
    let v = one_arg(vm, a, &format!("str.{name}"))?;
    let Some(affix) = as_text(vm, v) else {
        return Err(vm.type_error(format!(
            "{name}() argument must be str, not {}",
            clinic_type(vm, v)
        )));
    };
    let text = s.as_str();
    let out = if prefix {
        text.strip_prefix(affix.as_str())
    } else {
        text.strip_suffix(affix.as_str())
    };
    match out {
        Some(rest) if !affix.as_str().is_empty() => Ok(Value::str(rest)),
        _ if matches!(a.pos[0], Value::Str(_)) => Ok(plain(&s)),
        _ => Ok(Value::str(text)),
    }
}

fn removeprefix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_method(vm, a, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_method(vm, a, "removesuffix", false)
}

fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sep = recv_str(vm, a, "join")?;
    let iterable = one_arg(vm, a, "str.join")?.clone();
    let items = match &iterable {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items().to_vec(),
        _ => {
            let it = match vm.get_iter(&iterable) {
                Ok(it) => it,
                Err(Flow::Exc(e)) if vm.exc_is(&e, ExcKind::TypeError) => {
                    return Err(vm.type_error("can only join an iterable"))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(v) = vm.iter_next(&it)? {
                out.push(v);
            }
            out
        }
    };
    if let [only @ Value::Str(_)] = items.as_slice() {
        return Ok(only.clone());
    }
    let mut parts = Vec::with_capacity(items.len());
    let mut total = sep
        .len_bytes()
        .saturating_mul(items.len().saturating_sub(1));
    for (i, v) in items.iter().enumerate() {
        match as_text(vm, v) {
            Some(t) => {
                total = total.saturating_add(t.len_bytes());
                parts.push(t);
            }
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(v)
                )))
            }
        }
    }
    vm.charge_alloc(total)?;
    charge_chars(vm, total)?;
    let mut out = String::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(p.as_str());
    }
    Ok(Value::string(out))
}

fn encode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "encode")?;
    let params = keywords(vm, a, "encode", &["encoding", "errors"])?;
    let encoding = codecs::name_arg(vm, params[0].as_ref(), "encode", "encoding")?;
    let errors = codecs::name_arg(vm, params[1].as_ref(), "encode", "errors")?;
    charge_chars(vm, s.len_bytes())?;
    let bytes = codecs::encode(
        vm,
        s.as_str(),
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn maketrans(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let out = Rc::new(PyDict::new());
    match a.pos {
        [] => return Err(vm.type_error("maketrans expected at least 1 argument, got 0")),
        [x] => {
            let Value::Dict(d) = x else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for e in d.entries() {
                let key = match &e.key {
                    Value::Str(k) => {
                        let mut chars = k.as_str().chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => Value::Int(c as i64),
                            _ => {
                                return Err(vm.value_error(
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    k @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => k.clone(),
                    _ => {
                        return Err(
                            vm.type_error("keys in translate table must be strings or integers")
                        )
                    }
                };
                out.set(vm, key, e.value)?;
            }
        }
        [x, y, rest @ ..] if rest.len() <= 1 => {
            let Some(y) = as_text(vm, y) else {
                return Err(vm.type_error(format!(
                    "maketrans() argument 2 must be str, not {}",
                    clinic_type(vm, y)
                )));
            };
            let z = match rest.first() {
                None => None,
                Some(z) => match as_text(vm, z) {
                    Some(z) => Some(z),
                    None => {
                        return Err(vm.type_error(format!(
                            "maketrans() argument 3 must be str, not {}",
                            clinic_type(vm, z)
                        )))
                    }
                },
            };
            let Some(x) = as_text(vm, x) else {
                return Err(vm.type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            if x.char_len() != y.char_len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c, d) in x.as_str().chars().zip(y.as_str().chars()) {
                out.set(vm, Value::Int(c as i64), Value::Int(d as i64))?;
            }
            for c in z.iter().flat_map(|z| z.as_str().chars()) {
                out.set(vm, Value::Int(c as i64), Value::None)?;
            }
        }
        more => {
            return Err(vm.type_error(format!(
                "maketrans expected at most 3 arguments, got {}",
                more.len()
            )))
        }
    }
    Ok(Value::Dict(out))
}

/// What a translation table says about one character.
#[derive(Clone)]
enum Mapping {
    Keep,
    Delete,
    Text(String),
}

fn translate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "translate")?;
    let table = one_arg(vm, a, "str.translate")?.clone();
    // A plain dict cannot run code on lookup, so its answers can be cached.
    let cacheable = matches!(table, Value::Dict(_));
    let mut cache: Vec<Option<Mapping>> = vec![None; 128];
    let mut out = String::with_capacity(s.len_bytes());
    for (n, c) in s.as_str().chars().enumerate() {
        if n % 64 == 0 {
            vm.charge(1)?;
        }
        let cached = if cacheable && c.is_ascii() {
            cache[c as usize].clone()
        } else {
            None
        };
        let m = match cached {
            Some(m) => m,
            None => {
                let m = translate_lookup(vm, &table, c)?;
                if cacheable && c.is_ascii() {
                    cache[c as usize] = Some(m.clone());
                }
                m
            }
        };
        match m {
            Mapping::Keep => out.push(c),
            Mapping::Delete => {}
            Mapping::Text(t) => {
                vm.charge_alloc(out.len() + t.len())?;
                out.push_str(&t);
            }
        }
    }
    Ok(Value::string(out))
}

fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapping> {
    let r = match vm.get_item(table, &Value::Int(c as i64)) {
        Ok(r) => r,
        Err(Flow::Exc(e)) if vm.exc_is(&e, ExcKind::LookupError) => return Ok(Mapping::Keep),
        Err(e) => return Err(e),
    };
    match &r {
        Value::None => Ok(Mapping::Delete),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = crate::engine::vm::arith::as_int(&r).and_then(|n| n.to_i64());
            match n
                .and_then(|n| u32::try_from(n).ok())
                .and_then(char::from_u32)
            {
                Some(ch) => Ok(Mapping::Text(ch.to_string())),
                None => Err(vm.value_error("character mapping must be in range(0x110000)")),
            }
        }
        other => match as_text(vm, other) {
            Some(t) => Ok(Mapping::Text(t.as_str().to_string())),
            None => Err(vm.type_error("character mapping must return integer, None or str")),
        },
    }
}

fn dunder_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__getitem__")?;
    let key = wrapper_args(vm, a, "__getitem__", 1)?[0].clone();
    vm.get_item(&plain(&s), &key)
}

fn dunder_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__len__")?;
    wrapper_args(vm, a, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn dunder_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__contains__")?;
    let item = wrapper_args(vm, a, "__contains__", 1)?[0].clone();
    match as_text(vm, &item) {
        Some(sub) => {
            charge_chars(vm, s.len_bytes())?;
            Ok(Value::Bool(s.as_str().contains(sub.as_str())))
        }
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&item)
        ))),
    }
}

fn dunder_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__add__")?;
    let other = wrapper_args(vm, a, "__add__", 1)?[0].clone();
    match as_text(vm, &other) {
        Some(o) => vm
            .builtin_binop(BinOpKind::Add, &plain(&s), &plain(&o))
            .map(|r| r.unwrap_or(Value::NotImplemented)),
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&other)
        ))),
    }
}

fn dunder_mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    repeat(vm, a, "__mul__")
}

fn dunder_rmul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    repeat(vm, a, "__rmul__")
}

fn repeat(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let s = recv_str(vm, a, name)?;
    let n = repeat_arg(vm, a, name)?;
    let Some(count) = vm.index_value(&n)? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&n)
        )));
    };
    vm.builtin_binop(
        BinOpKind::Mul,
        &plain(&s),
        &crate::engine::vm::arith::int_value(count),
    )
    .map(|r| r.unwrap_or(Value::NotImplemented))
}

fn dunder_mod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__mod__")?;
    let args = wrapper_args(vm, a, "__mod__", 1)?[0].clone();
    Ok(Value::string(vm.percent_format(s.as_str(), &args)?))
}

fn dunder_rmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__rmod__")?;
    let other = wrapper_args(vm, a, "__rmod__", 1)?[0].clone();
    match as_text(vm, &other) {
        Some(fmt) => Ok(Value::string(vm.percent_format(fmt.as_str(), &plain(&s))?)),
        None => Ok(Value::NotImplemented),
    }
}

fn compare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let s = recv_str(vm, a, name)?;
    let other = wrapper_args(vm, a, name, 1)?[0].clone();
    match as_text(vm, &other) {
        Some(o) => Ok(Value::Bool(Vm::ordering_result(
            k,
            Some(s.as_str().cmp(o.as_str())),
        ))),
        None => Ok(Value::NotImplemented),
    }
}

fn dunder_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__eq__", CmpKind::Eq)
}

fn dunder_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__ne__", CmpKind::Ne)
}

fn dunder_lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__lt__", CmpKind::Lt)
}

fn dunder_le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__le__", CmpKind::Le)
}

fn dunder_gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__gt__", CmpKind::Gt)
}

fn dunder_ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, "__ge__", CmpKind::Ge)
}

fn dunder_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__hash__")?;
    wrapper_args(vm, a, "__hash__", 0)?;
    Ok(Value::Int(s.hash()))
}

fn dunder_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__iter__")?;
    wrapper_args(vm, a, "__iter__", 0)?;
    vm.get_iter(&plain(&s))
}

fn dunder_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__repr__")?;
    wrapper_args(vm, a, "__repr__", 0)?;
    Ok(Value::string(crate::engine::numeric::str_repr::str_repr(
        s.as_str(),
    )))
}

fn dunder_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__str__")?;
    wrapper_args(vm, a, "__str__", 0)?;
    Ok(plain(&s))
}

fn dunder_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__format__")?;
    let spec = one_arg(vm, a, "str.__format__")?;
    let Some(spec) = as_text(vm, spec) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            clinic_type(vm, spec)
        )));
    };
    let this = a.pos[0].clone();
    if spec.len_bytes() == 0 {
        return match this {
            Value::Str(_) => Ok(this),
            _ => Ok(Value::string(vm.str_of(&this)?)),
        };
    }
    Ok(Value::string(vm.format(&plain(&s), spec.as_str())?))
}

fn dunder_getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "__getnewargs__")?;
    no_args(vm, a, "str.__getnewargs__")?;
    Ok(Value::tuple(vec![Value::str(s.as_str())]))
}
