//! Numeric operators on values: unboxed fast paths, and the numeric layer for
//! the rest (big ints, Python's division and rounding rules, errors).

use std::cmp::Ordering;
use std::rc::Rc;

use crate::engine::bytecode::{BinOpKind, CmpKind};
use crate::engine::flow::{Flow, PyResult};
use crate::engine::numeric::float_ops::{self, FloatPow};
use crate::engine::numeric::int_ops::IntPow;
use crate::engine::numeric::{Int, NumError, NumErrorKind};
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// An int or bool value as an `Int`.
pub fn as_int(v: &Value) -> Option<Int> {
    match v {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(*b as i64)),
        Value::BigInt(b) => Some(Int::Big((**b).clone())),
        _ => None,
    }
}

/// An `Int` as a value.
pub fn int_value(i: Int) -> Value {
    match i {
        Int::Small(v) => Value::Int(v),
        Int::Big(b) => Value::from_bigint(b),
    }
}

/// True for int, bool and float values.
pub fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

impl Vm {
    /// Turns a numeric-layer error into a Python exception.
    pub fn num_err(&self, e: NumError) -> Flow {
        let kind = match e.kind {
            NumErrorKind::ValueError => ExcKind::ValueError,
            NumErrorKind::OverflowError => ExcKind::OverflowError,
            NumErrorKind::ZeroDivisionError => ExcKind::ZeroDivisionError,
            NumErrorKind::TypeError => ExcKind::TypeError,
            NumErrorKind::MemoryError => ExcKind::MemoryError,
            NumErrorKind::IndexError => ExcKind::IndexError,
        };
        self.err(kind, e.message)
    }

    /// A value as f64 for float arithmetic (ints convert, with OverflowError).
    pub fn to_f64(&self, v: &Value) -> PyResult<Option<f64>> {
        Ok(match v {
            Value::Float(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(*b as i64 as f64),
            Value::BigInt(b) => Some(
                Int::Big((**b).clone())
                    .to_f64()
                    .map_err(|e| self.num_err(e))?,
            ),
            _ => None,
        })
    }

    /// `a op b` when both are numbers; `None` otherwise.
    pub fn number_binop(&self, k: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use BinOpKind::*;
        // The hot path: two small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let quick = match k {
                Add => x.checked_add(y).map(Value::Int),
                Sub => x.checked_sub(y).map(Value::Int),
                Mul => x.checked_mul(y).map(Value::Int),
                And => Some(Value::Int(x & y)),
                Or => Some(Value::Int(x | y)),
                Xor => Some(Value::Int(x ^ y)),
                // With a positive divisor, Euclidean division is floor division.
                FloorDiv if y > 0 => Some(Value::Int(x.div_euclid(y))),
                Mod if y > 0 => Some(Value::Int(x.rem_euclid(y))),
                _ => None,
            };
            if let Some(v) = quick {
                return Ok(Some(v));
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            match k {
                Add => return Ok(Some(Value::Float(x + y))),
                Sub => return Ok(Some(Value::Float(x - y))),
                Mul => return Ok(Some(Value::Float(x * y))),
                TrueDiv if *y != 0.0 => return Ok(Some(Value::Float(x / y))),
                _ => {}
            }
        }
        let a_int = as_int(a);
        let b_int = as_int(b);
        if let (Some(x), Some(y)) = (&a_int, &b_int) {
            // bool op bool stays bool for the bitwise operators.
            if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
                match k {
                    And => return Ok(Some(Value::Bool(*p & *q))),
                    Or => return Ok(Some(Value::Bool(*p | *q))),
                    Xor => return Ok(Some(Value::Bool(*p ^ *q))),
                    _ => {}
                }
            }
            let r = match k {
                Add => Ok(int_value(x.add(y))),
                Sub => Ok(int_value(x.sub(y))),
                Mul => x.mul(y).map(int_value),
                FloorDiv => x.floor_div(y).map(int_value),
                Mod => x.modulo(y).map(int_value),
                TrueDiv => x.true_div(y).map(Value::Float),
                Pow => x.pow(y).map(|p| match p {
                    IntPow::Int(i) => int_value(i),
                    IntPow::Float(f) => Value::Float(f),
                }),
                LShift => x.lshift(y).map(int_value),
                RShift => x.rshift(y).map(int_value),
                And => Ok(int_value(x.bitand(y))),
                Or => Ok(int_value(x.bitor(y))),
                Xor => Ok(int_value(x.bitxor(y))),
                MatMul => return Ok(None),
            };
            return r.map(Some).map_err(|e| self.num_err(e));
        }
        if !(is_number(a) && is_number(b)) {
            return Ok(None);
        }
        if matches!(k, LShift | RShift | And | Or | Xor | MatMul) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.to_f64(a)?, self.to_f64(b)?) else {
            return Ok(None);
        };
        let r = match k {
            Add => Ok(x + y),
            Sub => Ok(x - y),
            Mul => Ok(x * y),
            TrueDiv => float_ops::float_div(x, y),
            FloorDiv => float_ops::float_floordiv(x, y),
            Mod => float_ops::float_mod(x, y),
            Pow => match float_ops::float_pow(x, y) {
                Ok(FloatPow::Real(v)) => Ok(v),
                Ok(FloatPow::Complex(..)) => {
                    return Err(self.unsupported(
                        "complex numbers (a negative number raised to a fractional power)",
                    ))
                }
                Err(e) => Err(e),
            },
            _ => return Ok(None),
        };
        r.map(|v| Some(Value::Float(v)))
            .map_err(|e| self.num_err(e))
    }

    /// Orders two numbers exactly; `None` if either is not a number (or NaN is involved).
    pub fn number_cmp(&self, a: &Value, b: &Value) -> Option<Option<Ordering>> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
            (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
            _ => {
                if !(is_number(a) && is_number(b)) {
                    return None;
                }
                match (as_int(a), as_int(b)) {
                    (Some(x), Some(y)) => Some(Some(x.cmp(&y))),
                    (Some(x), None) => {
                        let Value::Float(f) = b else { return None };
                        Some(float_ops::compare_int_float(&x, *f))
                    }
                    (None, Some(y)) => {
                        let Value::Float(f) = a else { return None };
                        Some(float_ops::compare_int_float(&y, *f).map(|o| o.reverse()))
                    }
                    (None, None) => None,
                }
            }
        }
    }

    /// The comparison result for an ordering.
    pub fn ordering_result(k: CmpKind, o: Option<Ordering>) -> bool {
        match o {
            None => matches!(k, CmpKind::Ne),
            Some(o) => match k {
                CmpKind::Lt => o == Ordering::Less,
                CmpKind::Le => o != Ordering::Greater,
                CmpKind::Eq => o == Ordering::Equal,
                CmpKind::Ne => o != Ordering::Equal,
                CmpKind::Gt => o == Ordering::Greater,
                CmpKind::Ge => o != Ordering::Less,
            },
        }
    }

    /// `-x`, `+x`, `~x` for numbers.
    pub fn number_unary(&self, op: char, v: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, v) {
            ('-', Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => int_value(Int::Small(*i).neg()),
            },
            ('-', Value::Float(f)) => Value::Float(-f),
            ('+', Value::Float(f)) => Value::Float(*f),
            ('-' | '+' | '~', Value::Bool(_) | Value::Int(_) | Value::BigInt(_)) => {
                let Some(n) = as_int(v) else { return Ok(None) };
                match op {
                    '-' => int_value(n.neg()),
                    '+' => int_value(n),
                    _ => int_value(n.invert()),
                }
            }
            _ => return Ok(None),
        }))
    }

    /// An index argument (`__index__`): ints and bools, or an instance defining it.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<Int>> {
        if let Some(i) = as_int(v) {
            return Ok(Some(i));
        }
        if let Value::Instance(inst) = v {
            if let Some(f) = inst.class().lookup(&self.names.d_index) {
                let r = self.call(&f, std::slice::from_ref(v))?;
                return match as_int(&r) {
                    Some(i) => Ok(Some(i)),
                    None => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
        }
        Ok(None)
    }

    /// An index argument that must fit in an isize (sequence positions).
    pub fn index_isize(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match self.index_value(v)? {
            Some(Int::Small(i)) => Ok(i),
            Some(Int::Big(_)) => Err(self.err(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            None => Err(self.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                self.type_name(v)
            ))),
        }
    }

    /// A big int value.
    pub fn big(&self, b: num_bigint::BigInt) -> Value {
        Value::from_bigint(b)
    }

    /// A shared empty tuple.
    pub fn empty_tuple(&self) -> Value {
        Value::Tuple(Rc::new(crate::engine::objects::tuple::PyTuple::new(
            Vec::new(),
        )))
    }
}

/// `a op b` when both are small ints and the answer needs no big int or
/// error: the dispatch loop's shortcut past the general operator machinery.
#[inline]
pub fn small_int_binop(k: BinOpKind, a: &Value, b: &Value) -> Option<Value> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    let (x, y) = (*x, *y);
    use BinOpKind::*;
    let r = match k {
        Add => x.checked_add(y)?,
        Sub => x.checked_sub(y)?,
        Mul => x.checked_mul(y)?,
        // Python floors; for a positive divisor that is Euclid's rule.
        FloorDiv if y > 0 => x.div_euclid(y),
        Mod if y > 0 => x.rem_euclid(y),
        RShift if (0..64).contains(&y) => x >> y,
        And => x & y,
        Or => x | y,
        Xor => x ^ y,
        _ => return None,
    };
    Some(Value::Int(r))
}

/// `a op b` for two small ints, which always compare.
#[inline]
pub fn small_int_compare(k: CmpKind, a: &Value, b: &Value) -> Option<Value> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    Some(Value::Bool(Vm::ordering_result(k, Some(x.cmp(y)))))
}
