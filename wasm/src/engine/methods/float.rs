//! Methods of `float`.
//!
//! The arithmetic dunders accept floats and ints (`(0.5).__add__(1)` is 1.5)
//! and return NotImplemented for anything else.

use super::check::{self, method_self, slot_self};
use super::float_hex::{float_fromhex, float_hex, FromHexError};
use crate::engine::builtins::object::{add_classmethod, add_methods};
use crate::engine::bytecode::{BinOpKind, CmpKind};
use crate::engine::flow::PyResult;
use crate::engine::numeric::float_ops;
use crate::engine::numeric::float_repr::float_repr;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::arith::{int_value, is_number};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Installs the methods of `float`.
pub fn install(vm: &Vm) {
    let float = &vm.types.float;
    add_methods(
        float,
        "float",
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", conjugate),
            ("hex", hex),
            ("__int__", int),
            ("__float__", to_float),
            ("__trunc__", trunc),
            ("__floor__", floor),
            ("__ceil__", ceil),
            ("__round__", round),
            ("__abs__", abs),
            ("__neg__", neg),
            ("__pos__", pos),
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
    add_classmethod(float, "float", "fromhex", fromhex);
    add_classmethod(float, "float", "__getformat__", getformat);
}

fn pick(v: Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f),
        _ => None,
    }
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<f64> {
    method_self(vm, a, "float", name, pick)
}

fn slot(vm: &Vm, a: &Args, name: &str) -> PyResult<f64> {
    slot_self(vm, a, "float", name, pick)
}

/// The number behind an operand: a float or an int (or a subclass instance of either).
fn operand(vm: &Vm, v: &Value) -> Option<Value> {
    vm.builtin_view(v).filter(is_number)
}

fn is_integer(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "is_integer")?;
    check::noargs(vm, a, "float.is_integer")?;
    Ok(Value::Bool(float_ops::float_is_integer(x)))
}

fn as_integer_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "as_integer_ratio")?;
    check::noargs(vm, a, "float.as_integer_ratio")?;
    let (n, d) = float_ops::float_as_integer_ratio(x).map_err(|e| vm.num_err(e))?;
    Ok(Value::tuple(vec![int_value(n), int_value(d)]))
}

fn conjugate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "conjugate")?;
    check::noargs(vm, a, "float.conjugate")?;
    Ok(Value::Float(x))
}

fn hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "hex")?;
    check::noargs(vm, a, "float.hex")?;
    Ok(Value::string(float_hex(x)))
}

fn fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = check::one(vm, a, "float.fromhex")?;
    let Value::Str(s) = s else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = match float_fromhex(s.as_str()) {
        Ok(x) => x,
        Err(FromHexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(FromHexError::TooLarge) => {
            return Err(vm.err(
                ExcKind::OverflowError,
                "hexadecimal value too large to represent as a float",
            ))
        }
    };
    let cls = a.pos[0].clone();
    match &cls {
        Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types.float) => Ok(Value::Float(x)),
        _ => vm.call(&cls, &[Value::Float(x)]),
    }
}

fn getformat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = check::one(vm, a, "float.__getformat__")?;
    let Value::Str(t) = t else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(t)
        )));
    };
    match t.as_str() {
        "double" | "float" => Ok(Value::str("IEEE, little-endian")),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

/// Defines unary slot wrappers of float.
macro_rules! unary_slots {
    ($($f:ident = $name:literal $body:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let x = slot(vm, a, $name)?;
                check::wrapper(vm, a, $name, 0)?;
                let body: fn(&Vm, f64) -> PyResult<Value> = $body;
                body(vm, x)
            }
        )*
    };
}

unary_slots! {
    int = "__int__" |vm, x| float_ops::float_to_int(x).map(int_value).map_err(|e| vm.num_err(e));
    to_float = "__float__" |_, x| Ok(Value::Float(x));
    abs = "__abs__" |_, x| Ok(Value::Float(x.abs()));
    neg = "__neg__" |_, x| Ok(Value::Float(-x));
    pos = "__pos__" |_, x| Ok(Value::Float(x));
    bool_ = "__bool__" |_, x| Ok(Value::Bool(x != 0.0));
    repr = "__repr__" |_, x| Ok(Value::string(float_repr(x)));
}

/// Defines methods taking no arguments and converting to an int.
macro_rules! int_methods {
    ($($f:ident = $name:literal $qual:literal $conv:path;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let x = this(vm, a, $name)?;
                check::noargs(vm, a, $qual)?;
                $conv(x).map(int_value).map_err(|e| vm.num_err(e))
            }
        )*
    };
}

int_methods! {
    trunc = "__trunc__" "float.__trunc__" float_ops::float_to_int;
    floor = "__floor__" "float.__floor__" float_ops::float_floor;
    ceil = "__ceil__" "float.__ceil__" float_ops::float_ceil;
}

fn round(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__round__")?;
    let args = check::positional(vm, a, "float.__round__", 0, 1)?;
    match args.first().filter(|v| !v.is_none()) {
        None => float_ops::float_round(x)
            .map(int_value)
            .map_err(|e| vm.num_err(e)),
        Some(nd) => {
            let nd = match vm.index_value(nd)? {
                Some(i) => i.to_i64_saturating(),
                None => return Err(check::not_integer(vm, nd)),
            };
            float_ops::float_round_ndigits(x, nd)
                .map(Value::Float)
                .map_err(|e| vm.num_err(e))
        }
    }
}

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = slot(vm, a, "__hash__")?;
    check::wrapper(vm, a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&Value::Float(x))?))
}

fn format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__format__")?;
    let spec = check::one(vm, a, "float.__format__")?;
    let Value::Str(spec) = spec else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        )));
    };
    Ok(Value::string(vm.format(&Value::Float(x), spec.as_str())?))
}

fn getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__getnewargs__")?;
    check::noargs(vm, a, "float.__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(x)]))
}

/// `x op y` where at least one side is a float.
fn float_binop(vm: &mut Vm, k: BinOpKind, x: &Value, y: &Value) -> PyResult<Value> {
    Ok(vm.number_binop(k, x, y)?.unwrap_or(Value::NotImplemented))
}

/// Defines a binary operator and its reflected form.
macro_rules! binops {
    ($($f:ident, $rf:ident = $name:literal $rname:literal $kind:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let x = slot(vm, a, $name)?;
                let other = check::wrapper(vm, a, $name, 1)?[0].clone();
                match operand(vm, &other) {
                    Some(y) => float_binop(vm, $kind, &Value::Float(x), &y),
                    None => Ok(Value::NotImplemented),
                }
            }
            fn $rf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let y = slot(vm, a, $rname)?;
                let other = check::wrapper(vm, a, $rname, 1)?[0].clone();
                match operand(vm, &other) {
                    Some(x) => float_binop(vm, $kind, &x, &Value::Float(y)),
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
}

/// `divmod(x, y)` with a float on either side.
fn float_divmod(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Value> {
    let (Some(p), Some(q)) = (vm.to_f64(x)?, vm.to_f64(y)?) else {
        return Ok(Value::NotImplemented);
    };
    let (d, m) = float_ops::float_divmod(p, q).map_err(|e| vm.num_err(e))?;
    Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]))
}

fn divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = slot(vm, a, "__divmod__")?;
    let other = check::wrapper(vm, a, "__divmod__", 1)?[0].clone();
    match operand(vm, &other) {
        Some(y) => float_divmod(vm, &Value::Float(x), &y),
        None => Ok(Value::NotImplemented),
    }
}

fn rdivmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let y = slot(vm, a, "__rdivmod__")?;
    let other = check::wrapper(vm, a, "__rdivmod__", 1)?[0].clone();
    match operand(vm, &other) {
        Some(x) => float_divmod(vm, &x, &Value::Float(y)),
        None => Ok(Value::NotImplemented),
    }
}

/// `pow(x, y[, m])` with a float on either side: a modulus is a TypeError.
fn float_pow(vm: &mut Vm, x: &Value, y: &Value, m: Option<&Value>) -> PyResult<Value> {
    if m.is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    float_binop(vm, BinOpKind::Pow, x, y)
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = slot(vm, a, "__pow__")?;
    let args = check::wrapper_unpack(vm, a, "__pow__", 1, 2)?;
    match operand(vm, &args[0]) {
        Some(y) => float_pow(vm, &Value::Float(x), &y, args.get(1)),
        None => Ok(Value::NotImplemented),
    }
}

fn rpow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let y = slot(vm, a, "__rpow__")?;
    let args = check::wrapper_unpack(vm, a, "__rpow__", 1, 2)?;
    match operand(vm, &args[0]) {
        Some(x) => float_pow(vm, &x, &Value::Float(y), args.get(1)),
        None => Ok(Value::NotImplemented),
    }
}

fn richcompare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let x = slot(vm, a, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    match operand(vm, &other).and_then(|y| vm.number_cmp(&Value::Float(x), &y)) {
        Some(o) => Ok(Value::Bool(Vm::ordering_result(k, o))),
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
