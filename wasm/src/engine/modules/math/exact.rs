//! `fsum`, `hypot` and `dist`: sums computed without intermediate rounding, so
//! results are correctly rounded as CPython's are.

use num_bigint::BigInt;
use num_traits::Zero;

use super::{to_float, two};
use crate::engine::flow::PyResult;
use crate::engine::numeric::Int;
use crate::engine::objects::function::{Args, NativeFn};
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// (name, function) of each function here.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[("fsum", fsum), ("hypot", hypot), ("dist", dist)];

/// Full-precision summation: the float parts of the running sum, smallest first,
/// with no overlap between them (Shewchuk's algorithm).
fn fsum_values(vm: &mut Vm, xs: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if x0.is_finite() {
                    return Err(vm.err(ExcKind::OverflowError, "intermediate overflow in fsum"));
                }
                if x0.is_infinite() {
                    inf_sum += x0;
                }
                special += x0;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    // Add the partials from the largest down; stop at the first inexact addition and
    // round half-even using the sign of the next partial.
    let Some(mut hi) = partials.pop() else {
        return Ok(0.0);
    };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// Every item of an iterable as a float.
fn floats_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        out.push(to_float(vm, x)?);
    }
    vm.charge(out.len() as u64)?;
    Ok(out)
}

fn fsum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = super::one(vm, "fsum", a)?.clone();
    let xs = floats_of(vm, &x)?;
    Ok(Value::Float(fsum_values(vm, &xs)?))
}

/// The Euclidean norm, correctly rounded: the squares are summed exactly as
/// integers and the square root rounded once.
fn norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    // Each x = m * 2**e with integer m; bring all to the smallest exponent.
    let parts: Vec<(u64, i32)> = xs
        .iter()
        .filter(|x| **x != 0.0)
        .map(|x| decompose(x.abs()))
        .collect();
    let Some(emin) = parts.iter().map(|p| p.1).min() else {
        return 0.0;
    };
    let mut sum = BigInt::zero();
    for (m, e) in &parts {
        let shift = 2 * (e - emin) as u64;
        sum += (BigInt::from(*m) * BigInt::from(*m)) << shift;
    }
    // sqrt(sum) * 2**emin; scale up so the integer root has 64+ bits, keep a sticky bit.
    let extra = 130u64.saturating_sub(sum.bits()).div_ceil(2);
    let scaled: BigInt = sum << (2 * extra);
    let root = scaled.sqrt();
    let sticky = &root * &root != scaled;
    let q = (root << 1u32) + BigInt::from(u8::from(sticky));
    // value = q * 2**(emin - extra - 1)
    let exp = i64::from(emin) - extra as i64 - 1;
    let (num, den) = if exp >= 0 {
        (q << exp as u64, BigInt::from(1))
    } else {
        (q, BigInt::from(1) << (-exp) as u64)
    };
    Int::from_bigint(num)
        .true_div(&Int::from_bigint(den))
        .unwrap_or(f64::INFINITY)
}

/// A positive finite float as `(m, e)` with `x = m * 2**e`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

fn hypot(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut xs = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        xs.push(to_float(vm, v)?);
    }
    Ok(Value::Float(norm(&xs)))
}

fn dist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (p, q) = two(vm, "dist", a)?;
    let (p, q) = (p.clone(), q.clone());
    let (p, q) = (floats_of(vm, &p)?, floats_of(vm, &q)?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let diffs: Vec<f64> = p.iter().zip(&q).map(|(x, y)| x - y).collect();
    Ok(Value::Float(norm(&diffs)))
}
