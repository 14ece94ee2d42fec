//! The integer functions of `math`: factorial, gcd, lcm, isqrt, comb, perm, and prod.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::{one, to_int, two};
use crate::engine::bytecode::BinOpKind;
use crate::engine::flow::PyResult;
use crate::engine::numeric::Int;
use crate::engine::objects::function::{Args, NativeFn};
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// (name, function) of each integer function.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("factorial", factorial),
    ("gcd", gcd),
    ("lcm", lcm),
    ("isqrt", isqrt),
    ("comb", comb),
    ("perm", perm),
    ("prod", prod),
];

fn big(v: BigInt) -> Value {
    Value::from_bigint(v)
}

/// The product `lo * (lo+1) * ... * (hi-1)`, split in halves so the big multiplications stay balanced.
fn range_product(vm: &mut Vm, lo: u64, hi: u64) -> PyResult<BigInt> {
    if hi <= lo {
        return Ok(BigInt::one());
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        for k in lo..hi {
            acc *= k;
        }
        return Ok(acc);
    }
    vm.charge(hi - lo)?;
    let mid = lo + (hi - lo) / 2;
    let left = range_product(vm, lo, mid)?;
    let right = range_product(vm, mid, hi)?;
    Ok(left * right)
}

/// Refuses results whose size would exhaust the program's memory.
fn charge_bits(vm: &Vm, bits: f64) -> PyResult<()> {
    vm.charge_alloc((bits / 8.0).min(usize::MAX as f64) as usize)
}

fn factorial(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "factorial", a)?.clone();
    let n = to_int(vm, &x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.err(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    let n = n as u64;
    // log2(n!) ~ n log2 n.
    charge_bits(vm, n as f64 * (n.max(2) as f64).log2())?;
    Ok(big(range_product(vm, 1, n + 1)?))
}

fn int_args(vm: &mut Vm, name: &str, a: &Args) -> PyResult<Vec<BigInt>> {
    if a.has_kw() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    let mut out = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        out.push(to_int(vm, v)?.to_bigint());
    }
    Ok(out)
}

fn gcd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let xs = int_args(vm, "gcd", a)?;
    let mut g = BigInt::zero();
    for x in xs {
        g = g.gcd(&x);
    }
    Ok(big(g))
}

fn lcm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let xs = int_args(vm, "lcm", a)?;
    let mut l = BigInt::one();
    for x in xs {
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(big(l))
}

fn isqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "isqrt", a)?.clone();
    let n = to_int(vm, &x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big(n.to_bigint().sqrt()))
}

/// `n` and `k` of comb/perm, checked non-negative.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(Int, Int)> {
    let n = to_int(vm, n)?;
    let k = to_int(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (n, k) = two(vm, "comb", a)?;
    let (n, k) = (n.clone(), k.clone());
    let (n, k) = n_k(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(n.sub(&k));
    let Some(k) = k.to_i64() else {
        return Err(vm.err(
            ExcKind::OverflowError,
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    let n = n.to_bigint();
    let mut acc = BigInt::one();
    for i in 1..=k {
        acc = acc * (&n - k + i) / i;
        if i % 256 == 0 {
            vm.charge(256)?;
            charge_bits(vm, acc.bits() as f64)?;
        }
    }
    Ok(big(acc))
}

fn perm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("math.perm() takes no keyword arguments"));
    }
    crate::engine::builtins::args::range(vm, "perm", a, 1, 2)?;
    let Some(k) = a.pos.get(1).filter(|k| !k.is_none()) else {
        return factorial(vm, &Args::positional(&a.pos[..1]));
    };
    let (n, k) = n_k(vm, &a.pos[0], k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.err(
            ExcKind::OverflowError,
            "k must not exceed 9223372036854775807",
        ));
    };
    let n = n.to_bigint();
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
        if i % 256 == 255 {
            vm.charge(256)?;
            charge_bits(vm, acc.bits() as f64)?;
        }
    }
    Ok(big(acc))
}

fn prod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut acc = Value::Int(1);
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = k.as_str().unwrap_or("");
        if key != "start" {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for prod()")));
        }
        acc = v.clone();
    }
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = vm.binary_op(BinOpKind::Mul, &acc, &x, false)?;
    }
    Ok(acc)
}
