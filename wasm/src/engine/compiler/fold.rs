//! The constants CPython's AST optimizer folds, for constant set literals.
//!
//! CPython compiles a set display of three or more constants (and a constant
//! set iterated by `for`, a comprehension or `in`) through a frozenset
//! constant: built from the items, rebuilt in its own table order when the
//! code's constants are merged, and shared by every later literal with the
//! same elements in the module. Those steps decide the iteration order of int
//! sets, so the compiler reproduces them; this module says which expressions
//! are such constants (after CPython 3.11's `ast_opt.c`, with its size limits
//! on `*`, `**` and `<<`; a fold that would raise is not a fold) and their values.

use std::rc::Rc;

use crate::engine::ast::{BinOp, Constant, Expr, ExprKind, UnaryOp};
use crate::engine::numeric::int_ops::IntPow;
use crate::engine::numeric::{float_ops, Int};
use crate::engine::objects::compare::native_eq;
use crate::engine::value::Value;
use crate::engine::vm::arith::{as_int, int_value};

/// Largest int, in bits, the optimizer builds with `*`, `**` and `<<`.
const MAX_INT_SIZE: u64 = 128;
/// Longest str or bytes it builds with `*`.
const MAX_STR_SIZE: usize = 4096;
/// Longest tuple it builds with `*`.
const MAX_COLLECTION_SIZE: usize = 256;

/// The value of an expression CPython turns into a constant, if it is one.
pub(super) fn fold_value(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(c) => Some(match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => Value::from_bigint((**b).clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Str(s) => Value::str(s),
            Constant::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
            Constant::Imaginary(_) => return None,
        }),
        ExprKind::Tuple(items) => {
            let vals = items.iter().map(fold_value).collect::<Option<Vec<_>>>()?;
            Some(Value::tuple(vals))
        }
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, fold_value(operand)?),
        ExprKind::BinOp { left, op, right } => {
            fold_binop(fold_value(left)?, *op, fold_value(right)?)
        }
        _ => None,
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => s.len_bytes() > 0,
        Value::Bytes(b) => !b.is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        _ => true,
    }
}

fn fold_unary(op: UnaryOp, v: Value) -> Option<Value> {
    if op == UnaryOp::Not {
        return Some(Value::Bool(!truthy(&v)));
    }
    if let Value::Float(f) = v {
        return match op {
            UnaryOp::USub => Some(Value::Float(-f)),
            UnaryOp::UAdd => Some(Value::Float(f)),
            _ => None,
        };
    }
    let n = as_int(&v)?;
    Some(int_value(match op {
        UnaryOp::USub => n.neg(),
        UnaryOp::UAdd => n,
        _ => n.invert(),
    }))
}

fn fold_binop(l: Value, op: BinOp, r: Value) -> Option<Value> {
    if let (Some(x), Some(y)) = (as_int(&l), as_int(&r)) {
        return fold_int(&x, op, &y);
    }
    match (&l, &r) {
        (Value::Float(_), _) | (_, Value::Float(_)) => {
            let x = number(&l)?;
            let y = number(&r)?;
            fold_float(x, op, y)
        }
        (Value::Str(a), Value::Str(b)) if op == BinOp::Add => {
            Some(Value::string(format!("{}{}", a.as_str(), b.as_str())))
        }
        (Value::Bytes(a), Value::Bytes(b)) if op == BinOp::Add => {
            Some(Value::Bytes(Rc::new([a.as_slice(), b.as_slice()].concat())))
        }
        (Value::Tuple(a), Value::Tuple(b)) if op == BinOp::Add => Some(Value::tuple(
            a.items().iter().chain(b.items()).cloned().collect(),
        )),
        _ if op == BinOp::Mult => {
            let (seq, n) = match (as_int(&l), as_int(&r)) {
                (Some(n), None) => (&r, n),
                (None, Some(n)) => (&l, n),
                _ => return None,
            };
            let n = usize::try_from(n.to_i64()?.max(0)).ok()?;
            match seq {
                Value::Str(s)
                    if s.char_len().checked_mul(n)? <= MAX_STR_SIZE || s.len_bytes() == 0 =>
                {
                    Some(Value::string(s.as_str().repeat(n)))
                }
                Value::Bytes(b) if b.len().checked_mul(n)? <= MAX_STR_SIZE || b.is_empty() => {
                    Some(Value::Bytes(Rc::new(b.repeat(n))))
                }
                Value::Tuple(t)
                    if t.len().checked_mul(n)? <= MAX_COLLECTION_SIZE || t.is_empty() =>
                {
                    Some(Value::tuple(
                        t.items()
                            .iter()
                            .cloned()
                            .cycle()
                            .take(t.len() * n)
                            .collect(),
                    ))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => as_int(v)?.to_f64().ok(),
    }
}

fn fold_int(x: &Int, op: BinOp, y: &Int) -> Option<Value> {
    let int = |r: crate::engine::numeric::NumResult<Int>| r.ok().map(int_value);
    match op {
        BinOp::Add => Some(int_value(x.add(y))),
        BinOp::Sub => Some(int_value(x.sub(y))),
        BinOp::Mult => {
            if !x.is_zero() && !y.is_zero() && x.bit_length() + y.bit_length() > MAX_INT_SIZE {
                return None;
            }
            int(x.mul(y))
        }
        BinOp::Div => x.true_div(y).ok().map(Value::Float),
        BinOp::FloorDiv => int(x.floor_div(y)),
        BinOp::Mod => int(x.modulo(y)),
        BinOp::Pow => {
            if !y.is_negative() && !y.is_zero() {
                let exp = y.to_i64()? as u64;
                if x.bit_length() > MAX_INT_SIZE / exp {
                    return None;
                }
            }
            match x.pow(y).ok()? {
                IntPow::Int(i) => Some(int_value(i)),
                IntPow::Float(f) => Some(Value::Float(f)),
            }
        }
        BinOp::LShift => {
            if !y.is_zero() {
                let shift = u64::try_from(y.to_i64()?).ok()?;
                let bits = x.bit_length();
                if bits > MAX_INT_SIZE || shift > MAX_INT_SIZE || bits + shift > MAX_INT_SIZE {
                    return None;
                }
            }
            int(x.lshift(y))
        }
        BinOp::RShift => int(x.rshift(y)),
        BinOp::BitOr => Some(int_value(x.bitor(y))),
        BinOp::BitXor => Some(int_value(x.bitxor(y))),
        BinOp::BitAnd => Some(int_value(x.bitand(y))),
        BinOp::MatMult => None,
    }
}

fn fold_float(x: f64, op: BinOp, y: f64) -> Option<Value> {
    let f = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div => float_ops::float_div(x, y).ok()?,
        BinOp::FloorDiv => float_ops::float_floordiv(x, y).ok()?,
        BinOp::Mod => float_ops::float_mod(x, y).ok()?,
        BinOp::Pow => match float_ops::float_pow(x, y).ok()? {
            float_ops::FloatPow::Real(v) => v,
            // A complex constant, which this engine does not compile.
            float_ops::FloatPow::Complex(..) => return None,
        },
        _ => return None,
    };
    Some(Value::Float(f))
}

/// The folded values of a set literal's items, if every item is a constant.
pub(super) fn constant_items(items: &[Expr]) -> Option<Vec<Value>> {
    items.iter().map(fold_value).collect()
}

/// CPython's constant-cache key of a frozenset of these items: equal keys share one constant.
/// The key is made from the set's elements (the first of equal items, `0` before `-0.0`).
pub(super) fn frozenset_key(values: &[Value]) -> Vec<String> {
    let mut elements: Vec<&Value> = Vec::with_capacity(values.len());
    for v in values {
        if !elements.iter().any(|e| native_eq(e, v).unwrap_or(false)) {
            elements.push(v);
        }
    }
    let mut keys: Vec<String> = elements.into_iter().map(const_key).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// A constant's cache key: its type and value (so `1`, `1.0` and `True` differ, as in CPython).
fn const_key(v: &Value) -> String {
    match v {
        Value::None => "n".into(),
        Value::Ellipsis => "e".into(),
        Value::Bool(b) => format!("b{b}"),
        Value::Int(i) => format!("i{i}"),
        Value::BigInt(b) => format!("i{b}"),
        Value::Float(f) => format!("f{:x}", f.to_bits()),
        Value::Str(s) => format!("s{}:{}", s.len_bytes(), s.as_str()),
        Value::Bytes(b) => format!("y{}:{:?}", b.len(), b),
        Value::Tuple(t) => {
            let inner: Vec<String> = t.items().iter().map(const_key).collect();
            format!("t{}({})", inner.len(), inner.join(","))
        }
        _ => "?".into(),
    }
}
