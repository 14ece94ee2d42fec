//! Methods of `int` (and the few `bool` overrides).
//!
//! The arithmetic dunders take only ints: `(5).__truediv__(0.5)` is
//! NotImplemented, as in CPython, so Python falls back to `float.__rtruediv__`.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};

use super::check::{self, method_self, slot_self};
use crate::engine::builtins::object::{add_classmethod, add_methods};
use crate::engine::bytecode::{BinOpKind, CmpKind};
use crate::engine::flow::PyResult;
use crate::engine::numeric::{float_ops, Int};
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::arith::{as_int, int_value};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Installs the methods of `int` and `bool`.
pub fn install(vm: &Vm) {
    add_methods(
        &vm.types.int,
        "int",
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("to_bytes", to_bytes),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", conjugate),
            ("__index__", index),
            ("__int__", int),
            ("__float__", float),
            ("__trunc__", trunc),
            ("__floor__", floor),
            ("__ceil__", ceil),
            ("__round__", round),
            ("__abs__", abs),
            ("__neg__", neg),
            ("__pos__", pos),
            ("__invert__", invert),
            ("__bool__", bool_),
            ("__add__", add),
            ("__radd__", radd),
            ("__sub__", sub),
            ("__rsub__", rsub),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__truediv__", truediv),
            ("__rtruediv__", rtruediv),
            ("__floordiv__", floordiv),
            ("__rfloordiv__", rfloordiv),
            ("__mod__", mod_),
            ("__rmod__", rmod),
            ("__divmod__", divmod),
            ("__rdivmod__", rdivmod),
            ("__pow__", pow),
            ("__rpow__", rpow),
            ("__lshift__", lshift),
            ("__rlshift__", rlshift),
            ("__rshift__", rshift),
            ("__rrshift__", rrshift),
            ("__and__", and),
            ("__rand__", rand),
            ("__or__", or),
            ("__ror__", ror),
            ("__xor__", xor),
            ("__rxor__", rxor),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__format__", format),
            ("__getnewargs__", getnewargs),
        ],
    );
    add_classmethod(&vm.types.int, "int", "from_bytes", from_bytes);
    add_methods(
        &vm.types.bool_,
        "bool",
        &[
            ("__and__", bool_and),
            ("__rand__", bool_and),
            ("__or__", bool_or),
            ("__ror__", bool_or),
            ("__xor__", bool_xor),
            ("__rxor__", bool_xor),
            ("__repr__", bool_repr),
        ],
    );
}

fn pick(v: Value) -> Option<Int> {
    as_int(&v)
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Int> {
    method_self(vm, a, "int", name, pick)
}

fn slot(vm: &Vm, a: &Args, name: &str) -> PyResult<Int> {
    slot_self(vm, a, "int", name, pick)
}

/// The int behind an operand (an int, bool or int-subclass instance).
fn operand(vm: &Vm, v: &Value) -> Option<Int> {
    vm.builtin_view(v).and_then(|v| as_int(&v))
}

fn bit_length(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "bit_length")?;
    check::noargs(vm, a, "int.bit_length")?;
    Ok(Value::Int(n.bit_length() as i64))
}

fn bit_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "bit_count")?;
    check::noargs(vm, a, "int.bit_count")?;
    let ones = match &n {
        Int::Small(v) => u64::from(v.unsigned_abs().count_ones()),
        Int::Big(b) => b.magnitude().count_ones(),
    };
    Ok(Value::Int(ones as i64))
}

/// The `byteorder` argument: true for big-endian.
fn byteorder(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn to_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "to_bytes")?;
    let args = check::bind(vm, a, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let length = match args[0] {
        Some(v) => check::ssize(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big_endian = byteorder(vm, args[1], "to_bytes")?;
    let signed = match args[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if n.is_negative() && !signed {
        return Err(vm.err(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    if length > isize::MAX as i64 - 64 {
        return Err(vm.err(ExcKind::OverflowError, "byte string is too large"));
    }
    let length = length as usize;
    let b = n.to_bigint();
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    // `to_signed_bytes_le` gives at least one byte; zero needs none.
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.err(ExcKind::OverflowError, "int too big to convert"));
    }
    vm.charge_alloc(length)?;
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn from_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = check::bind(vm, a, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = args[0].cloned() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let big_endian = byteorder(vm, args[1], "from_bytes")?;
    let signed = match args[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let bytes: Vec<u8> = match &src {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::None => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(&src)
            )))
        }
        other => {
            let items = vm.collect(other)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                match vm.index_value(it)? {
                    Some(Int::Small(x)) if (0..256).contains(&x) => out.push(x as u8),
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => return Err(check::not_integer(vm, it)),
                }
            }
            out
        }
    };
    let value = if big_endian {
        if signed {
            BigInt::from_signed_bytes_be(&bytes)
        } else {
            BigInt::from_bytes_be(Sign::Plus, &bytes)
        }
    } else if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let value = Value::from_bigint(value);
    match &a.pos[0] {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types.int) => Ok(value),
        cls => {
            let cls = cls.clone();
            vm.call(&cls, &[value])
        }
    }
}

fn as_integer_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "as_integer_ratio")?;
    check::noargs(vm, a, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![int_value(n), Value::Int(1)]))
}

fn conjugate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "conjugate")?;
    check::noargs(vm, a, "int.conjugate")?;
    Ok(int_value(n))
}

/// Defines unary slot wrappers computing an int from the receiver.
macro_rules! unary_slots {
    ($($f:ident = $name:literal $body:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let n = slot(vm, a, $name)?;
                check::wrapper(vm, a, $name, 0)?;
                let body: fn(&Vm, Int) -> PyResult<Value> = $body;
                body(vm, n)
            }
        )*
    };
}

unary_slots! {
    index = "__index__" |_, n| Ok(int_value(n));
    int = "__int__" |_, n| Ok(int_value(n));
    float = "__float__" |vm, n| n.to_f64().map(Value::Float).map_err(|e| vm.num_err(e));
    abs = "__abs__" |_, n| Ok(int_value(n.abs()));
    neg = "__neg__" |_, n| Ok(int_value(n.neg()));
    pos = "__pos__" |_, n| Ok(int_value(n));
    invert = "__invert__" |_, n| Ok(int_value(n.invert()));
    bool_ = "__bool__" |_, n| Ok(Value::Bool(!n.is_zero()));
    hash = "__hash__" |_, n| Ok(Value::Int(crate::engine::numeric::hash::hash_int(&n)));
    repr = "__repr__" |vm, n| {
        crate::engine::numeric::int_text::int_to_decimal(&n, crate::engine::vm::repr::INT_MAX_STR_DIGITS)
            .map(Value::string)
            .map_err(|e| vm.num_err(e))
    };
}

/// Defines methods taking no arguments and returning the int itself (`__trunc__`, ...).
macro_rules! identity_methods {
    ($($f:ident = $name:literal $qual:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let n = this(vm, a, $name)?;
                check::noargs(vm, a, $qual)?;
                Ok(int_value(n))
            }
        )*
    };
}

identity_methods! {
    trunc = "__trunc__" "int.__trunc__";
    floor = "__floor__" "int.__floor__";
    ceil = "__ceil__" "int.__ceil__";
}

fn getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "__getnewargs__")?;
    check::noargs(vm, a, "int.__getnewargs__")?;
    Ok(Value::tuple(vec![int_value(n)]))
}

fn round(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "__round__")?;
    let args = check::positional(vm, a, "int.__round__", 0, 1)?;
    match args.first().filter(|v| !v.is_none()) {
        None => Ok(int_value(n)),
        Some(nd) => {
            let nd = match vm.index_value(nd)? {
                Some(i) => i.to_i64_saturating(),
                None => return Err(check::not_integer(vm, nd)),
            };
            Ok(int_value(float_ops::int_round_ndigits(&n, nd)))
        }
    }
}

fn format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = this(vm, a, "__format__")?;
    let spec = check::one(vm, a, "int.__format__")?;
    let Value::Str(spec) = spec else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    // A bool formats as "True"/"False" only with an empty spec.
    let v = match vm.builtin_view(&a.pos[0]) {
        Some(b @ Value::Bool(_)) => b,
        _ => int_value(n),
    };
    Ok(Value::string(vm.format(&v, spec.as_str())?))
}

/// `x op y` for two ints.
fn int_binop(vm: &mut Vm, k: BinOpKind, x: Int, y: Int) -> PyResult<Value> {
    let r = vm.number_binop(k, &int_value(x), &int_value(y))?;
    Ok(r.unwrap_or(Value::NotImplemented))
}

/// Defines a binary operator and its reflected form.
macro_rules! binops {
    ($($f:ident, $rf:ident = $name:literal $rname:literal $kind:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let x = slot(vm, a, $name)?;
                let other = check::wrapper(vm, a, $name, 1)?[0].clone();
                match operand(vm, &other) {
                    Some(y) => int_binop(vm, $kind, x, y),
                    None => Ok(Value::NotImplemented),
                }
            }
            fn $rf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let y = slot(vm, a, $rname)?;
                let other = check::wrapper(vm, a, $rname, 1)?[0].clone();
                match operand(vm, &other) {
                    Some(x) => int_binop(vm, $kind, x, y),
                    None => Ok(Value::NotImplemented),
                }
            }
        )*
    };
}

binops! {
    add, radd = "__add__" "__radd__" BinOpKind::Add;
    sub, rsub = "__sub__" "__rsub__" BinOpKind::Sub;
    mul, rmul = "__mul__" "__rmul__" BinOpKind::Mul;
    truediv, rtruediv = "__truediv__" "__rtruediv__" BinOpKind::TrueDiv;
    floordiv, rfloordiv = "__floordiv__" "__rfloordiv__" BinOpKind::FloorDiv;
    mod_, rmod = "__mod__" "__rmod__" BinOpKind::Mod;
    lshift, rlshift = "__lshift__" "__rlshift__" BinOpKind::LShift;
    rshift, rrshift = "__rshift__" "__rrshift__" BinOpKind::RShift;
    and, rand = "__and__" "__rand__" BinOpKind::And;
    or, ror = "__or__" "__ror__" BinOpKind::Or;
    xor, rxor = "__xor__" "__rxor__" BinOpKind::Xor;
}

fn int_divmod(vm: &Vm, x: Int, y: Int) -> PyResult<Value> {
    let (q, r) = x.div_mod(&y).map_err(|e| vm.num_err(e))?;
    Ok(Value::tuple(vec![int_value(q), int_value(r)]))
}

fn divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = slot(vm, a, "__divmod__")?;
    let other = check::wrapper(vm, a, "__divmod__", 1)?[0].clone();
    match operand(vm, &other) {
        Some(y) => int_divmod(vm, x, y),
        None => Ok(Value::NotImplemented),
    }
}

fn rdivmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let y = slot(vm, a, "__rdivmod__")?;
    let other = check::wrapper(vm, a, "__rdivmod__", 1)?[0].clone();
    match operand(vm, &other) {
        Some(x) => int_divmod(vm, x, y),
        None => Ok(Value::NotImplemented),
    }
}

/// `pow(x, y, m)` for ints; NotImplemented when `m` is given and not an int.
fn int_pow(vm: &mut Vm, x: Int, y: Int, m: Option<&Value>) -> PyResult<Value> {
    match m.filter(|m| !m.is_none()) {
        None => int_binop(vm, BinOpKind::Pow, x, y),
        Some(m) => match operand(vm, m) {
            Some(m) => x.pow_mod(&y, &m).map(int_value).map_err(|e| vm.num_err(e)),
            None => Ok(Value::NotImplemented),
        },
    }
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = slot(vm, a, "__pow__")?;
    let args = check::wrapper_unpack(vm, a, "__pow__", 1, 2)?;
    match operand(vm, &args[0]) {
        Some(y) => int_pow(vm, x, y, args.get(1)),
        None => Ok(Value::NotImplemented),
    }
}

fn rpow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let y = slot(vm, a, "__rpow__")?;
    let args = check::wrapper_unpack(vm, a, "__rpow__", 1, 2)?;
    match operand(vm, &args[0]) {
        Some(x) => int_pow(vm, x, y, args.get(1)),
        None => Ok(Value::NotImplemented),
    }
}

fn richcompare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let x = slot(vm, a, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    match operand(vm, &other) {
        Some(y) => Ok(Value::Bool(Vm::ordering_result(k, Some(x.cmp(&y))))),
        None => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__eq__", CmpKind::Eq)
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__ne__", CmpKind::Ne)
}

fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__lt__", CmpKind::Lt)
}

fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__le__", CmpKind::Le)
}

fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__gt__", CmpKind::Gt)
}

fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    richcompare(vm, a, "__ge__", CmpKind::Ge)
}

// ---- bool ----

fn bool_self(vm: &Vm, a: &Args, name: &str) -> PyResult<bool> {
    slot_self(vm, a, "bool", name, |v| match v {
        Value::Bool(b) => Some(b),
        _ => None,
    })
}

/// `bool op bool` stays a bool; anything else is int arithmetic.
fn bool_logic(vm: &mut Vm, a: &Args, name: &str, k: BinOpKind) -> PyResult<Value> {
    let x = bool_self(vm, a, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    if let Value::Bool(y) = other {
        return Ok(Value::Bool(match k {
            BinOpKind::And => x & y,
            BinOpKind::Or => x | y,
            _ => x ^ y,
        }));
    }
    match operand(vm, &other) {
        Some(y) => int_binop(vm, k, Int::Small(x as i64), y),
        None => Ok(Value::NotImplemented),
    }
}

fn bool_and(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__and__", BinOpKind::And)
}

fn bool_or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__or__", BinOpKind::Or)
}

fn bool_xor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    bool_logic(vm, a, "__xor__", BinOpKind::Xor)
}

fn bool_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = bool_self(vm, a, "__repr__")?;
    check::wrapper(vm, a, "__repr__", 0)?;
    Ok(Value::str(if b { "True" } else { "False" }))
}
