//! The float functions of `math`: libm wrappers with CPython's error rules, and
//! the ones CPython defines itself (pow's special cases, remainder, ldexp, ...).

use super::{domain, one, range, to_float, two};
use crate::engine::flow::PyResult;
use crate::engine::numeric::float_ops;
use crate::engine::objects::compare::frexp as float_frexp;
use crate::engine::objects::function::{Args, NativeFn};
use crate::engine::value::Value;
use crate::engine::vm::arith::int_value;
use crate::engine::vm::Vm;

/// (name, function) of each float function.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("fabs", fabs),
    ("atan2", atan2),
    ("pow", pow),
    ("fmod", fmod),
    ("copysign", copysign),
    ("remainder", remainder),
    ("degrees", degrees),
    ("radians", radians),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("erf", unsupported_special),
    ("erfc", unsupported_special),
    ("gamma", unsupported_special),
    ("lgamma", unsupported_special),
];

/// Applies a libm function: NaN from a non-NaN argument is a domain error; an
/// infinity from a finite one is a range error when the function can overflow.
fn unary(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one(vm, name, a)?.clone();
    let x = to_float(vm, &x)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

fn sqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "sqrt", f64::sqrt, false)
}

fn exp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "exp", f64::exp, true)
}

fn exp2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "exp2", f64::exp2, true)
}

fn expm1(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "expm1", f64::exp_m1, true)
}

fn log1p(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "log1p", f64::ln_1p, false)
}

fn sin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "sin", f64::sin, false)
}

fn cos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "cos", f64::cos, false)
}

fn tan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "tan", f64::tan, false)
}

fn asin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "asin", f64::asin, false)
}

fn acos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "acos", f64::acos, false)
}

fn atan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "atan", f64::atan, false)
}

fn sinh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "sinh", f64::sinh, true)
}

fn cosh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "cosh", f64::cosh, true)
}

fn tanh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "tanh", f64::tanh, false)
}

// The inverse hyperbolic functions are written out (Rust's own differ from the C
// library CPython uses in the last bit): the classic range split of the log forms.
const LN2: f64 = std::f64::consts::LN_2;
const TWO_POW_28: f64 = 268_435_456.0;

fn asinh_f(x: f64) -> f64 {
    let ax = x.abs();
    if !ax.is_finite() || ax < 1.0 / TWO_POW_28 {
        return x;
    }
    let r = if ax > TWO_POW_28 {
        ax.ln() + LN2
    } else if ax > 2.0 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    r.copysign(x)
}

fn acosh_f(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= TWO_POW_28 {
        return if x.is_infinite() { x } else { x.ln() + LN2 };
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn atanh_f(x: f64) -> f64 {
    let ax = x.abs();
    if x.is_nan() || ax > 1.0 {
        return f64::NAN;
    }
    if ax == 1.0 {
        return f64::INFINITY.copysign(x);
    }
    if ax < 1.0 / TWO_POW_28 {
        return x;
    }
    let r = if ax < 0.5 {
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    };
    r.copysign(x)
}

fn asinh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "asinh", asinh_f, false)
}

fn acosh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "acosh", acosh_f, false)
}

fn atanh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "atanh", atanh_f, false)
}

fn cbrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "cbrt", f64::cbrt, false)
}

fn fabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "fabs", f64::abs, false)
}

/// Degrees per radian and back, as CPython computes them (a product, not a division).
const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;

fn degrees(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "degrees", a)?.clone();
    Ok(Value::Float(to_float(vm, &x)? * RAD_TO_DEG))
}

fn radians(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "radians", a)?.clone();
    Ok(Value::Float(to_float(vm, &x)? * DEG_TO_RAD))
}

/// Two float arguments.
fn floats2(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(f64, f64)> {
    let (x, y) = two(vm, name, a)?;
    let (x, y) = (x.clone(), y.clone());
    Ok((to_float(vm, &x)?, to_float(vm, &y)?))
}

fn atan2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (y, x) = floats2(vm, "atan2", a)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = floats2(vm, "copysign", a)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = floats2(vm, "fmod", a)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

/// `math.pow`: IEEE special cases for infinities and NaNs, errors for the rest.
fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = floats2(vm, "pow", a)?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain(vm) } else { range(vm) });
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: `x - n*y` with `n` the nearest integer to `x/y` (ties to even).
fn remainder(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = floats2(vm, "remainder", a)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // A tie: keep the remainder whose quotient is even.
        let twice = 2.0 * ay;
        let odd = if twice.is_finite() {
            (ax % twice) >= ay
        } else {
            ax >= ay
        };
        if odd {
            -c
        } else {
            m
        }
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

/// `log(x)` for a float or an int (big ints are split into mantissa and exponent).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = crate::engine::vm::arith::as_int(v) {
        if n.signum() <= 0 {
            return Err(domain(vm));
        }
        if let Ok(x) = n.to_f64() {
            return Ok(f(x));
        }
        // x = m * 2**e with m in [0.5, 1].
        let e = n.bit_length();
        let m = n
            .true_div(
                &crate::engine::numeric::Int::ONE
                    .lshift(&crate::engine::numeric::Int::from(e))
                    .map_err(|e| vm.num_err(e))?,
            )
            .map_err(|e| vm.num_err(e))?;
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = to_float(vm, v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || x == 0.0 {
        return Err(domain(vm));
    }
    Ok(r)
}

fn log(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a.pos[0], f64::ln)?;
    let Some(base) = a.pos.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.err(
            crate::engine::vm::types::ExcKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "log2", a)?.clone();
    Ok(Value::Float(log_of(vm, &x, f64::log2)?))
}

fn log10(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "log10", a)?.clone();
    Ok(Value::Float(log_of(vm, &x, f64::log10)?))
}

/// `floor`/`ceil`/`trunc`: ints as they are, then the type's special method, then
/// the float conversion.
fn rounding(vm: &mut Vm, a: &Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = one(vm, name, a)?.clone();
    match &x {
        Value::Int(_) | Value::BigInt(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f0) => {
            return float_ops::float_to_int(f(*f0))
                .map(int_value)
                .map_err(|e| vm.num_err(e))
        }
        _ => {}
    }
    if let Some(m) = vm
        .class_of(&x)
        .lookup_str(dunder)
        .filter(|m| !matches!(m, Value::Builtin(_)))
    {
        return vm.call(&m, std::slice::from_ref(&x));
    }
    if name == "trunc" {
        if let Value::Instance(i) = &x {
            if let crate::engine::objects::class::Payload::Value(
                inner @ (Value::Float(_) | Value::Int(_) | Value::BigInt(_)),
            ) = &i.payload
            {
                let inner = inner.clone();
                return rounding(
                    vm,
                    &Args::positional(std::slice::from_ref(&inner)),
                    name,
                    dunder,
                    f,
                );
            }
        }
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(&x)
        )));
    }
    let v = to_float(vm, &x)?;
    float_ops::float_to_int(f(v))
        .map(int_value)
        .map_err(|e| vm.num_err(e))
}

fn floor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    rounding(vm, a, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    rounding(vm, a, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    rounding(vm, a, "trunc", "__trunc__", f64::trunc)
}

fn predicate(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = one(vm, name, a)?.clone();
    Ok(Value::Bool(f(to_float(vm, &x)?)))
}

fn isfinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    predicate(vm, a, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    predicate(vm, a, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    predicate(vm, a, "isnan", f64::is_nan)
}

fn isclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let slots = crate::engine::builtins::clinic::bind(vm, "isclose", a, 0, &names, 2)?;
    let mut v = [0.0f64; 4];
    let defaults = [0.0, 0.0, 1e-9, 0.0];
    for i in 0..4 {
        v[i] = match &slots[i] {
            Some(x) => to_float(vm, x)?,
            None => defaults[i],
        };
    }
    let [x, y, rel, abs] = v;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn modf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "modf", a)?.clone();
    let x = to_float(vm, &x)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        // The fractional part keeps the sign of x, even when it is zero.
        ((x - t).copysign(x), t)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
}

fn frexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "frexp", a)?.clone();
    let x = to_float(vm, &x)?;
    let (m, e) = float_frexp(x);
    Ok(Value::tuple(vec![
        Value::Float(m),
        Value::Int(i64::from(e)),
    ]))
}

/// `x * 2**e`, correctly rounded when the result is subnormal.
fn scale(x: f64, e: i64) -> Option<f64> {
    let (m, ex) = float_frexp(x);
    let target = i64::from(ex).saturating_add(e);
    if target > 1024 {
        return None;
    }
    if target >= -1021 {
        // A normal result: exact.
        return Some(m * 2f64.powi((target - 1) as i32) * 2.0);
    }
    if target < -1080 {
        return Some(0.0f64.copysign(x));
    }
    // Count in units of the smallest subnormal, rounding once (ties to even).
    let units = (m * 2f64.powi((target + 1074) as i32)).round_ties_even();
    Some(units * f64::from_bits(1))
}

fn ldexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, i) = two(vm, "ldexp", a)?;
    let (x, i) = (x.clone(), i.clone());
    let x = to_float(vm, &x)?;
    let Some(e) = crate::engine::vm::arith::as_int(&i) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    match scale(x, e.to_i64_saturating()) {
        Some(r) if r.is_finite() => Ok(Value::Float(r)),
        _ => Err(range(vm)),
    }
}

fn nextafter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = floats2(vm, "nextafter", a)?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    };
    Ok(Value::Float(r))
}

fn ulp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = one(vm, "ulp", a)?.clone();
    let x = to_float(vm, &x)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = x.next_up();
    Ok(Value::Float(if up.is_infinite() {
        x - x.next_down()
    } else {
        up - x
    }))
}

fn unsupported_special(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("math.erf/erfc/gamma/lgamma"))
}
