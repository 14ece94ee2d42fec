//! Float arithmetic with Python's semantics: floor division and modulo, `**` with
//! CPython's special cases, `round()`, `int(float)`, `as_integer_ratio`, and exact
//! int/float comparison.

use super::error::{NumError, NumResult};
use super::float_bits::decompose;
use super::int::Int;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Zero;
use std::cmp::Ordering;

/// The result of `float ** float`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    /// An ordinary float result.
    Real(f64),
    /// A negative base raised to a non-integral power gives a `complex` in Python 3:
    /// `(real, imag)`, computed in polar form as CPython does.
    Complex(f64, f64),
}

/// `a / b` for floats.
pub fn float_div(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's divmod core: `(floor quotient, remainder with the sign of b)`; `b != 0`.
fn divmod_core(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(divmod_core(a, b).0)
}

/// `a % b` for floats (the result has the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    })
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(divmod_core(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc() && (x % 2.0).abs() == 1.0
}

/// `a ** b` for floats, with CPython's special cases for zeros, infinities and NaNs.
///
/// Uses the platform `pow`, as CPython does (natively glibc's; on wasm Rust's libm).
pub fn float_pow(a: f64, b: f64) -> NumResult<FloatPow> {
    use FloatPow::Real;
    if b == 0.0 {
        return Ok(Real(1.0));
    }
    if a.is_nan() {
        return Ok(Real(a));
    }
    if b.is_nan() {
        return Ok(Real(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let av = a.abs();
        return Ok(Real(if av == 1.0 {
            1.0
        } else if (b > 0.0) == (av > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(Real(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Real(if is_odd_integer(b) { a } else { 0.0 }));
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return complex_pow(a, b);
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(Real(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Real(if negate { -r } else { r }))
}

/// A negative base to a non-integral power, in polar form like CPython's complex pow.
fn complex_pow(a: f64, b: f64) -> NumResult<FloatPow> {
    let len = (-a).powf(b);
    let phase = 0.0f64.atan2(a) * b;
    let (re, im) = (len * phase.cos(), len * phase.sin());
    if re.is_infinite() || im.is_infinite() {
        return Err(NumError::overflow("complex exponentiation"));
    }
    Ok(FloatPow::Complex(re, im))
}

/// `int(x)` for a float: truncation toward zero, exact for huge values.
pub fn float_to_int(x: f64) -> NumResult<Int> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    let (m, e) = decompose(t);
    // |t| >= 2**63 here, so e > 0 and the value is m << e.
    let mag = BigInt::from(m) << (e.max(0) as u32);
    Ok(Int::from_bigint(if t < 0.0 { -mag } else { mag }))
}

/// `math.floor(x)` as an int.
pub fn float_floor(x: f64) -> NumResult<Int> {
    float_to_int(x.floor())
}

/// `math.ceil(x)` as an int.
pub fn float_ceil(x: f64) -> NumResult<Int> {
    float_to_int(x.ceil())
}

/// `round(x)` with no ndigits: nearest int, ties to even.
pub fn float_round(x: f64) -> NumResult<Int> {
    float_to_int(x.round_ties_even())
}

/// `round(x, ndigits)`: correctly rounded to `ndigits` decimal places, ties to even on
/// the exact binary value (so `round(2.675, 2) == 2.67`). The caller clamps huge
/// ndigits into i64 as CPython clamps them into `Py_ssize_t`.
pub fn float_round_ndigits(x: f64, ndigits: i64) -> NumResult<f64> {
    // Beyond these, CPython returns x unchanged or a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact and rounds ties to even.
        let text = format!("{:.*}", ndigits as usize, x);
        let v: f64 = text.parse().unwrap_or(x);
        // "-0.00" parses to -0.0, keeping the sign as CPython does.
        return Ok(v);
    }
    let k = (-ndigits) as u32;
    let pow10 = num_traits::pow::Pow::pow(BigInt::from(10u8), k);
    let (m, e) = decompose(x);
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << (e as u32), pow10.clone())
    } else {
        (BigInt::from(m), pow10.clone() << ((-e) as u32))
    };
    let (q, r) = num.div_rem(&den);
    let twice = r << 1u8;
    let q = match twice.cmp(&den) {
        Ordering::Greater => q + 1u8,
        Ordering::Equal if q.is_odd() => q + 1u8,
        _ => q,
    };
    if q.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let v = Int::from_bigint(q * pow10)
        .to_f64()
        .map_err(|_| NumError::overflow("rounded value too large to represent"))?;
    Ok(if x < 0.0 { -v } else { v })
}

/// `round(n, ndigits)` for an int: identity for `ndigits >= 0`, otherwise the nearest
/// multiple of `10**-ndigits`, ties to even.
pub fn int_round_ndigits(n: &Int, ndigits: i64) -> Int {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > 2*|n| means every value rounds to 0; skip building a huge power.
    if (k as f64) * std::f64::consts::LOG2_10 > (n.bit_length() + 2) as f64 {
        return Int::ZERO;
    }
    let pow10 = num_traits::pow::Pow::pow(BigInt::from(10u8), k as u32);
    let v = n.to_bigint();
    let (q, r) = v.div_mod_floor(&pow10);
    let twice: BigInt = r << 1u8;
    let q = match twice.cmp(&pow10) {
        Ordering::Greater => q + 1u8,
        Ordering::Equal if q.is_odd() => q + 1u8,
        _ => q,
    };
    Int::from_bigint(q * pow10)
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction with positive
/// denominator.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(Int, Int)> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((Int::ZERO, Int::ONE));
    }
    let (m, e) = decompose(x);
    let sign = |v: BigInt| if x < 0.0 { -v } else { v };
    if e >= 0 {
        return Ok((
            Int::from_bigint(sign(BigInt::from(m) << (e as u32))),
            Int::ONE,
        ));
    }
    let tz = m.trailing_zeros().min((-e) as u32);
    let num = BigInt::from(m >> tz);
    let den = BigInt::from(1u8) << ((-e) as u32 - tz);
    Ok((Int::from_bigint(sign(num)), Int::from_bigint(den)))
}

/// Exact comparison of an int with a float (`None` when the float is NaN), as CPython
/// compares them: `2**53 + 1 > float(2**53)`.
pub fn compare_int_float(n: &Int, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(v) = n {
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&x);
        }
    }
    let t = x.trunc();
    let ti = float_to_int(t).ok()?;
    Some(match n.cmp(&ti) {
        Ordering::Equal => 0.0f64.partial_cmp(&(x - t))?,
        other => other,
    })
}
