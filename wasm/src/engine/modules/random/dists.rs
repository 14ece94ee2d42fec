//! Real-valued distributions of `Random`, computed in the same order as
//! `random.py` so the floats come out identical.

use super::gen_of;
use crate::engine::builtins::clinic;
use crate::engine::bytecode::BinOpKind;
use crate::engine::flow::PyResult;
use crate::engine::modules::math::to_float;
use crate::engine::objects::function::Args;
use crate::engine::objects::random::RandomObj;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Binds a distribution's float parameters (with defaults) and returns the generator.
fn params(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    names: &[&str],
    defaults: &[Option<f64>],
) -> PyResult<(std::rc::Rc<RandomObj>, Vec<f64>)> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let slots = clinic::bind_method(vm, &format!("Random.{name}"), a, names, required, &[])?;
    let r = gen_of(vm, a.pos.first())?;
    let mut out = Vec::with_capacity(names.len());
    for (slot, d) in slots.iter().zip(defaults) {
        out.push(match slot {
            Some(v) => to_float(vm, v)?,
            None => d.unwrap_or(0.0),
        });
    }
    Ok((r, out))
}

fn next(r: &RandomObj) -> f64 {
    r.gen.borrow_mut().random()
}

/// `a + (b - a) * random()`, with Python arithmetic (ints stay exact until the product).
pub fn uniform(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(vm, "Random.uniform", a, &["a", "b"], 2, &[])?;
    let r = gen_of(vm, a.pos.first())?;
    let (lo, hi) = (
        s[0].clone().unwrap_or(Value::None),
        s[1].clone().unwrap_or(Value::None),
    );
    let u = Value::Float(next(&r));
    let width = vm.binary_op(BinOpKind::Sub, &hi, &lo, false)?;
    let step = vm.binary_op(BinOpKind::Mul, &width, &u, false)?;
    vm.binary_op(BinOpKind::Add, &lo, &step, false)
}

pub fn triangular(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(vm, "Random.triangular", a, &["low", "high", "mode"], 0, &[])?;
    let r = gen_of(vm, a.pos.first())?;
    let low_v = s[0].clone().unwrap_or(Value::Float(0.0));
    let mut low = to_float(vm, &low_v)?;
    let mut high = match &s[1] {
        Some(v) => to_float(vm, v)?,
        None => 1.0,
    };
    let mut u = next(&r);
    let mut c = match s[2].as_ref().filter(|m| !m.is_none()) {
        None => 0.5,
        Some(m) => {
            let m = to_float(vm, m)?;
            if high == low {
                return Ok(low_v);
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

/// Two normal deviates from one pair of uniforms; the second is kept for the next call.
pub fn gauss(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, p) = params(vm, a, "gauss", &["mu", "sigma"], &[Some(0.0), Some(1.0)])?;
    let z = match r.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = next(&r) * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - next(&r)).ln()).sqrt();
            r.gauss_next.set(Some(x2pi.sin() * g2rad));
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(p[0] + z * p[1]))
}

/// Kinderman and Monahan's ratio-of-uniforms method.
fn normal(r: &RandomObj, mu: f64, sigma: f64) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    loop {
        let u1 = next(r);
        let u2 = 1.0 - next(r);
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return mu + z * sigma;
        }
    }
}

pub fn normalvariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, p) = params(
        vm,
        a,
        "normalvariate",
        &["mu", "sigma"],
        &[Some(0.0), Some(1.0)],
    )?;
    Ok(Value::Float(normal(&r, p[0], p[1])))
}

pub fn lognormvariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, p) = params(vm, a, "lognormvariate", &["mu", "sigma"], &[None, None])?;
    let x = normal(&r, p[0], p[1]).exp();
    Ok(Value::Float(x))
}

pub fn expovariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, p) = params(vm, a, "expovariate", &["lambd"], &[None])?;
    let u = next(&r);
    if p[0] == 0.0 {
        return Err(vm.err(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(-(1.0 - u).ln() / p[0]))
}

/// `x ** y` for the distributions' positive bases.
fn fpow(vm: &Vm, x: f64, y: f64) -> PyResult<f64> {
    match crate::engine::numeric::float_ops::float_pow(x, y).map_err(|e| vm.num_err(e))? {
        crate::engine::numeric::float_ops::FloatPow::Real(v) => Ok(v),
        _ => Err(vm.unsupported("complex numbers")),
    }
}

pub fn paretovariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, p) = params(vm, a, "paretovariate", &["alpha"], &[None])?;
    let u = 1.0 - next(&r);
    if p[0] == 0.0 {
        return Err(vm.err(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(fpow(vm, u, -1.0 / p[0])?))
}

pub fn weibullvariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (r, p) = params(vm, a, "weibullvariate", &["alpha", "beta"], &[None, None])?;
    let u = 1.0 - next(&r);
    if p[1] == 0.0 {
        return Err(vm.err(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(Value::Float(p[0] * fpow(vm, -u.ln(), 1.0 / p[1])?))
}

pub fn unsupported(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.unsupported("random.gammavariate/betavariate/vonmisesvariate"))
}
