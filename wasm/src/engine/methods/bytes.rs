//! Methods of `bytes`: decoding, hex, searching, splitting, stripping,
//! padding, ASCII case mapping and predicates, translation, and the special
//! methods callable by name. Positions are byte offsets; case and whitespace
//! rules are ASCII-only, as in CPython.

use std::rc::Rc;

use super::bytes_search::{self, find_sub, is_space};
use super::codecs;
use super::str::charge_chars;
use super::text_args::{
    c_int_arg, clinic_type, keywords, no_args, one_arg, positional, recv_bytes, repeat_arg,
    size_arg, ssize_arg, wrapper_args,
};
use crate::engine::builtins::object::{add_classmethod, add_methods};
use crate::engine::bytecode::{BinOpKind, CmpKind};
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Installs the methods of `bytes`.
pub fn install(vm: &Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("join", join),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isdigit", isdigit),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isascii", isascii),
        ("__getitem__", dunder_getitem),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_rmul),
        ("__mod__", dunder_mod),
        ("__eq__", dunder_eq),
        ("__ne__", dunder_ne),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
        ("__hash__", dunder_hash),
        ("__iter__", dunder_iter),
        ("__repr__", dunder_repr),
        ("__getnewargs__", dunder_getnewargs),
    ];
    let cls = &vm.types.bytes;
    add_methods(cls, "bytes", methods);
    add_methods(cls, "bytes", bytes_search::METHODS);
    add_classmethod(cls, "bytes", "fromhex", fromhex);
    let maketrans = Value::Builtin(Rc::new(BuiltinFunction::method(
        "bytes",
        "maketrans",
        maketrans,
    )));
    cls.dict.set_by_str(
        "maketrans",
        Value::Object(Rc::new(Object::StaticMethod(maketrans))),
    );
}

/// Shared byte storage.
pub(super) type Bytes = Rc<Vec<u8>>;

/// The bytes inside a `bytes` or `bytes` subclass instance.
pub(super) fn as_bytes(vm: &Vm, v: &Value) -> Option<Bytes> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(_) => match vm.builtin_view(v) {
            Some(Value::Bytes(b)) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
pub(super) fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Bytes> {
    as_bytes(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

pub(super) fn new_bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

/// The receiver itself when a method leaves an exact `bytes` unchanged.
pub(super) fn same_or_new(this: &Value, b: &Bytes, out: Vec<u8>) -> Value {
    if matches!(this, Value::Bytes(_)) && out[..] == b[..] {
        return Value::Bytes(b.clone());
    }
    new_bytes(out)
}

/// Where padding goes: (left share of the margin, given the margin and the width).
fn pad_method(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
    split: fn(usize, usize) -> usize,
) -> PyResult<Value> {
    let b = recv_bytes(vm, a, name)?;
    let r = positional(vm, a, &format!("bytes.{name}"), 1, 2)?;
    let width = ssize_arg(vm, &r[0])?;
    let fill = match r.get(1) {
        None => b' ',
        Some(v) => match as_bytes(vm, v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    clinic_type(vm, v)
                )))
            }
        },
    };
    let len = b.len() as i64;
    if width <= len {
        return Ok(same_or_new(&a.pos[0], &b, b.to_vec()));
    }
    let marg = size_arg(vm, width - len)?;
    let width = size_arg(vm, width)?;
    let left = split(marg, width);
    vm.charge_alloc(width)?;
    let mut out = Vec::with_capacity(width);
    out.resize(left, fill);
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(new_bytes(out))
}

fn center(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_method(vm, a, "center", |marg, width| marg / 2 + (marg & width & 1))
}

fn ljust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_method(vm, a, "ljust", |_, _| 0)
}

fn rjust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_method(vm, a, "rjust", |marg, _| marg)
}

fn zfill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "zfill")?;
    let width = ssize_arg(vm, one_arg(vm, a, "bytes.zfill")?)?;
    let len = b.len() as i64;
    if width <= len {
        return Ok(same_or_new(&a.pos[0], &b, b.to_vec()));
    }
    let fill = size_arg(vm, width - len)?;
    vm.charge_alloc(size_arg(vm, width)?)?;
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&b);
    if let Some(&sign @ (b'+' | b'-')) = b.first() {
        out[0] = sign;
        out[fill] = b'0';
    }
    Ok(new_bytes(out))
}

fn expandtabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "expandtabs")?;
    let p = keywords(vm, a, "expandtabs", &["tabsize"])?;
    let tabsize = match &p[0] {
        None => 8,
        Some(v) => c_int_arg(vm, v)?,
    };
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut size: u128 = 0;
    let mut col: u128 = 0;
    for &c in b.iter() {
        match c {
            b'\t' if tab > 0 => {
                let incr = tab as u128 - col % tab as u128;
                col += incr;
                size += incr;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                col = 0;
                size += 1;
            }
            _ => {
                col += 1;
                size += 1;
            }
        }
    }
    let size = usize::try_from(size)
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| vm.err(ExcKind::OverflowError, "result too long"))?;
    vm.charge_alloc(size)?;
    charge_chars(vm, size)?;
    let mut out = Vec::with_capacity(size);
    let mut col = 0usize;
    for &c in b.iter() {
        match c {
            b'\t' if tab > 0 => {
                let incr = tab - col % tab;
                out.resize(out.len() + incr, b' ');
                col += incr;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(same_or_new(&a.pos[0], &b, out))
}

fn translate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "translate")?;
    let p = keywords(vm, a, "translate", &["\0table", "delete"])?;
    let table = match &p[0] {
        None => {
            return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"))
        }
        Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &p[1] {
        None => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    charge_chars(vm, b.len())?;
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.as_ref().is_some_and(|d| d.contains(c)))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_or_new(&a.pos[0], &b, out))
}

fn maketrans(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("bytes.maketrans() takes no keyword arguments"));
    }
    let [from, to] = a.pos else {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len()
        )));
    };
    let from = bytes_arg(vm, from)?;
    let to = bytes_arg(vm, to)?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

fn decode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "decode")?;
    let p = keywords(vm, a, "decode", &["encoding", "errors"])?;
    let encoding = codecs::name_arg(vm, p[0].as_ref(), "decode", "encoding")?;
    let errors = codecs::name_arg(vm, p[1].as_ref(), "decode", "errors")?;
    charge_chars(vm, b.len())?;
    let text = codecs::decode(
        vm,
        &b,
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(Value::string(text))
}

fn hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "hex")?;
    let p = keywords(vm, a, "hex", &["sep", "bytes_per_sep"])?;
    let per = match &p[1] {
        None => 1,
        Some(v) => c_int_arg(vm, v)?,
    };
    let sep = match &p[0] {
        None => None,
        Some(v) => {
            if vm.len(v)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = match (super::str::as_text(vm, v), as_bytes(vm, v)) {
                (Some(s), _) => s.as_str().chars().next().map_or(0, |c| c as u32),
                (None, Some(bs)) => bs.first().map_or(0, |&c| c as u32),
                (None, None) => return Err(vm.type_error("sep must be str or bytes.")),
            };
            if c >= 0x80 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8)
        }
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    vm.charge_alloc(b.len().saturating_mul(3))?;
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &c) in b.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0 && group > 0) {
            // Groups count from the right for a positive size, from the left for a negative one.
            let boundary = if per > 0 {
                (b.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s as char);
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    Ok(Value::string(out))
}

fn fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or(Value::None);
    if a.has_kw() {
        return Err(vm.type_error("bytes.fromhex() takes no keyword arguments"));
    }
    let [_, arg] = a.pos else {
        return Err(vm.type_error(format!(
            "bytes.fromhex() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    };
    let Some(text) = super::str::as_text(vm, arg) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            clinic_type(vm, arg)
        )));
    };
    let invalid = |vm: &Vm, pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !text.is_ascii() {
        let pos = text
            .as_str()
            .chars()
            .position(|c| !c.is_ascii())
            .unwrap_or(0);
        return Err(invalid(vm, pos));
    }
    let s = text.as_str().as_bytes();
    charge_chars(vm, s.len())?;
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i < s.len() {
        if is_space(s[i]) {
            while i < s.len() && is_space(s[i]) {
                i += 1;
            }
            if i >= s.len() {
                break;
            }
        }
        let hi = s
            .get(i)
            .and_then(|c| (*c as char).to_digit(16))
            .ok_or_else(|| invalid(vm, i))?;
        let lo = s
            .get(i + 1)
            .and_then(|c| (*c as char).to_digit(16))
            .ok_or_else(|| invalid(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let result = new_bytes(out);
    match &cls {
        Value::Class(c) if !Rc::ptr_eq(c, &vm.types.bytes) => vm.call(&cls, &[result]),
        _ => Ok(result),
    }
}

fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sep = recv_bytes(vm, a, "join")?;
    let iterable = one_arg(vm, a, "bytes.join")?.clone();
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
    let mut parts = Vec::with_capacity(items.len());
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, v) in items.iter().enumerate() {
        match as_bytes(vm, v) {
            Some(p) => {
                total = total.saturating_add(p.len());
                parts.push(p);
            }
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(v)
                )))
            }
        }
    }
    vm.charge_alloc(total)?;
    charge_chars(vm, total)?;
    let mut out = Vec::with_capacity(total);
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
    }
    Ok(new_bytes(out))
}

macro_rules! map_method {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let b = recv_bytes(vm, a, $py)?;
            no_args(vm, a, concat!("bytes.", $py))?;
            charge_chars(vm, b.len())?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(new_bytes(f(&b)))
        }
    };
}

map_method!(upper, "upper", |b| b.to_ascii_uppercase());
map_method!(lower, "lower", |b| b.to_ascii_lowercase());
map_method!(swapcase, "swapcase", |b| b
    .iter()
    .map(|c| if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    })
    .collect());
map_method!(capitalize, "capitalize", |b| b
    .iter()
    .enumerate()
    .map(|(i, c)| if i == 0 {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    })
    .collect());
map_method!(title, "title", |b| {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&c| {
            let out = if previous_is_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_is_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
});

macro_rules! byte_predicate {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let b = recv_bytes(vm, a, $py)?;
            no_args(vm, a, concat!("bytes.", $py))?;
            let f: fn(&u8) -> bool = $f;
            Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
        }
    };
}

byte_predicate!(isalpha, "isalpha", u8::is_ascii_alphabetic);
byte_predicate!(isalnum, "isalnum", u8::is_ascii_alphanumeric);
byte_predicate!(isdigit, "isdigit", u8::is_ascii_digit);
byte_predicate!(isspace, "isspace", |c| is_space(*c));

fn isascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "isascii")?;
    no_args(vm, a, "bytes.isascii")?;
    Ok(Value::Bool(b.is_ascii()))
}

fn islower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "islower")?;
    no_args(vm, a, "bytes.islower")?;
    let no_upper = !b.iter().any(u8::is_ascii_uppercase);
    Ok(Value::Bool(
        no_upper && b.iter().any(u8::is_ascii_lowercase),
    ))
}

fn isupper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "isupper")?;
    no_args(vm, a, "bytes.isupper")?;
    let no_lower = !b.iter().any(u8::is_ascii_lowercase);
    Ok(Value::Bool(
        no_lower && b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn istitle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "istitle")?;
    no_args(vm, a, "bytes.istitle")?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in b.iter() {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return Ok(Value::Bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return Ok(Value::Bool(false));
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `item in data` for bytes (also used by the `in` operator).
pub fn contains(vm: &mut Vm, data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = as_bytes(vm, item) {
        charge_chars(vm, data.len())?;
        return Ok(find_sub(data, &sub).is_some());
    }
    match vm.index_value(item)? {
        Some(n) => match n.to_i64().and_then(|i| u8::try_from(i).ok()) {
            Some(byte) => Ok(data.contains(&byte)),
            None => Err(vm.value_error("byte must be in range(0, 256)")),
        },
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(item)
        ))),
    }
}

fn dunder_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "__getitem__")?;
    let key = wrapper_args(vm, a, "__getitem__", 1)?[0].clone();
    vm.get_item(&Value::Bytes(b), &key)
}

fn dunder_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "__len__")?;
    wrapper_args(vm, a, "__len__", 0)?;
    Ok(Value::Int(b.len() as i64))
}

fn dunder_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "__contains__")?;
    let item = wrapper_args(vm, a, "__contains__", 1)?[0].clone();
    Ok(Value::Bool(contains(vm, &b, &item)?))
}

fn dunder_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "__add__")?;
    let other = wrapper_args(vm, a, "__add__", 1)?[0].clone();
    match as_bytes(vm, &other) {
        Some(o) => {
            vm.charge_alloc(b.len() + o.len())?;
            let mut out = Vec::with_capacity(b.len() + o.len());
            out.extend_from_slice(&b);
            out.extend_from_slice(&o);
            Ok(new_bytes(out))
        }
        None => Err(vm.type_error(format!("can't concat {} to bytes", vm.type_name(&other)))),
    }
}

fn dunder_mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    repeat(vm, a, "__mul__")
}

fn dunder_rmul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    repeat(vm, a, "__rmul__")
}

fn repeat(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let b = recv_bytes(vm, a, name)?;
    let n = repeat_arg(vm, a, name)?;
    let Some(count) = vm.index_value(&n)? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&n)
        )));
    };
    vm.builtin_binop(
        BinOpKind::Mul,
        &Value::Bytes(b),
        &crate::engine::vm::arith::int_value(count),
    )
    .map(|r| r.unwrap_or(Value::NotImplemented))
}

fn dunder_mod(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("bytes % formatting"))
}

fn compare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let b = recv_bytes(vm, a, name)?;
    let other = wrapper_args(vm, a, name, 1)?[0].clone();
    match as_bytes(vm, &other) {
        Some(o) => Ok(Value::Bool(Vm::ordering_result(k, Some(b.cmp(&o))))),
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
    let b = recv_bytes(vm, a, "__hash__")?;
    wrapper_args(vm, a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Bytes(b))?))
}

fn dunder_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "__iter__")?;
    wrapper_args(vm, a, "__iter__", 0)?;
    vm.get_iter(&Value::Bytes(b))
}

fn dunder_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "__repr__")?;
    wrapper_args(vm, a, "__repr__", 0)?;
    Ok(Value::string(crate::engine::vm::repr::bytes_repr(&b)))
}

fn dunder_getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "__getnewargs__")?;
    no_args(vm, a, "bytes.__getnewargs__")?;
    Ok(Value::tuple(vec![new_bytes(b.to_vec())]))
}
