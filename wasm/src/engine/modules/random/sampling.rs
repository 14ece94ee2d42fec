//! Integer and sequence methods of `Random`: randrange, randint, choice, choices,
//! shuffle, sample. Argument handling follows `random.py`; the draws are the
//! numeric layer's, which consume the generator as CPython does.

use super::{gen_of, index_arg};
use crate::engine::builtins::clinic;
use crate::engine::bytecode::BinOpKind;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::numeric::Int;
use crate::engine::objects::class::Payload;
use crate::engine::objects::function::Args;
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::arith::{as_int, int_value};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Emits a `DeprecationWarning` attributed to the caller.
fn deprecation(vm: &mut Vm, msg: &str) -> PyResult<()> {
    let Value::Module(m) = vm.load_module("warnings")? else {
        return Ok(());
    };
    let (Some(warn), Some(category)) = (
        m.dict.get_by_str("warn"),
        vm.builtins().get_by_str("DeprecationWarning"),
    ) else {
        return Ok(());
    };
    vm.call(&warn, &[Value::str(msg), category])?;
    Ok(())
}

/// `randrange`'s conversion of one argument: an index, or an integral value of
/// another type (deprecated), else "non-integer {what} for randrange()".
fn range_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Int> {
    if let Some(n) = vm.index_value(v)? {
        return Ok(n);
    }
    let i = crate::engine::builtins::constructors::to_int(vm, v)?;
    if !vm.eq(&i, v)? {
        deprecation(vm, "randrange() will raise TypeError in the future")?;
        return Err(vm.value_error(format!("non-integer {what} for randrange()")));
    }
    deprecation(
        vm,
        "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
    )?;
    Ok(as_int(&i).unwrap_or(Int::ZERO))
}

/// `randrange(start, stop, step)` on a receiver, from already bound arguments.
fn randrange_values(
    vm: &mut Vm,
    this: &Value,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<Value> {
    let r = gen_of(vm, Some(this))?;
    let istart = range_arg(vm, start, "arg 1")?;
    let stop = stop.filter(|s| !s.is_none());
    let Some(stop) = stop else {
        // Only the int 1 itself counts as "no step" (CPython tests identity).
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        let n = r
            .gen
            .borrow_mut()
            .randrange(&istart, None, &Int::ONE)
            .map_err(|e| vm.num_err(e))?;
        return Ok(int_value(n));
    };
    let istop = range_arg(vm, stop, "stop")?;
    let istep = match step {
        Some(s) => range_arg(vm, s, "step")?,
        None => Int::ONE,
    };
    let n = r
        .gen
        .borrow_mut()
        .randrange(&istart, Some(&istop), &istep)
        .map_err(|e| vm.num_err(e))?;
    Ok(int_value(n))
}

pub fn randrange(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(
        vm,
        "Random.randrange",
        a,
        &["start", "stop", "step"],
        1,
        &[],
    )?;
    let this = a.pos[0].clone();
    randrange_values(
        vm,
        &this,
        s[0].as_ref().unwrap_or(&Value::None),
        s[1].as_ref(),
        s[2].as_ref(),
    )
}

pub fn randint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(vm, "Random.randint", a, &["a", "b"], 2, &[])?;
    let this = a.pos[0].clone();
    let (lo, hi) = (
        s[0].clone().unwrap_or(Value::None),
        s[1].clone().unwrap_or(Value::None),
    );
    let stop = vm.binary_op(BinOpKind::Add, &hi, &Value::Int(1), false)?;
    randrange_values(vm, &this, &lo, Some(&stop), None)
}

/// `_randbelow(n)` on a receiver.
fn below(vm: &mut Vm, this: &Value, n: usize) -> PyResult<usize> {
    let r = gen_of(vm, Some(this))?;
    let i = r.gen.borrow_mut().randbelow_usize(n);
    Ok(i)
}

pub fn choice(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(vm, "Random.choice", a, &["seq"], 1, &[])?;
    let this = a.pos[0].clone();
    let seq = s[0].clone().unwrap_or(Value::None);
    let n = vm.len(&seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = below(vm, &this, n)?;
    vm.get_item(&seq, &Value::Int(i as i64))
}

/// `list(accumulate(values))` with Python addition.
fn accumulate(vm: &mut Vm, values: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(values)?;
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        let next = match out.last() {
            Some(prev) => vm.binary_op(BinOpKind::Add, prev, &v, false)?,
            None => v,
        };
        out.push(next);
    }
    Ok(out)
}

/// `bisect_right(cum, x, 0, hi)`.
fn bisect(vm: &mut Vm, cum: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if vm.less_than(x, &cum[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

pub fn choices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(
        vm,
        "Random.choices",
        a,
        &["population", "weights"],
        1,
        &["cum_weights", "k"],
    )?;
    let this = a.pos[0].clone();
    let r = gen_of(vm, Some(&this))?;
    let population = s[0].clone().unwrap_or(Value::None);
    let weights = s[1].clone().filter(|w| !w.is_none());
    let cum = s[2].clone().filter(|w| !w.is_none());
    let k = match &s[3] {
        Some(k) => index_arg(vm, k)?.to_i64_saturating().max(0) as usize,
        None => 1,
    };
    let n = vm.len(&population)?;
    vm.charge_alloc(k.saturating_mul(16))?;
    let mut out = Vec::with_capacity(k);
    let cum = match (weights, cum) {
        (None, None) => {
            for _ in 0..k {
                let i = r.gen.borrow_mut().choices_index(n);
                out.push(vm.get_item(&population, &Value::Int(i as i64))?);
            }
            return Ok(Value::list(out));
        }
        (Some(w), None) => match accumulate(vm, &w) {
            Ok(c) => c,
            Err(Flow::Exc(e))
                if vm.exc_is(&e, ExcKind::TypeError) && matches!(w, Value::Int(_)) =>
            {
                let kv = vm.repr(&w)?;
                return Err(vm.type_error(format!(
                    "The number of choices must be a keyword argument: k={kv}"
                )));
            }
            Err(e) => return Err(e),
        },
        (None, Some(c)) => vm.collect(&c)?,
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
        }
    };
    if cum.len() != n {
        return Err(vm.value_error("The number of weights does not match the population"));
    }
    let last = cum
        .last()
        .cloned()
        .ok_or_else(|| vm.index_error("list index out of range"))?;
    let total = vm.binary_op(BinOpKind::Add, &last, &Value::Float(0.0), false)?;
    let t = crate::engine::modules::math::to_float(vm, &total)?;
    if t <= 0.0 {
        return Err(vm.value_error("Total of weights must be greater than zero"));
    }
    if !t.is_finite() {
        return Err(vm.value_error("Total of weights must be finite"));
    }
    for _ in 0..k {
        let u = r.gen.borrow_mut().random();
        let x = vm.binary_op(BinOpKind::Mul, &Value::Float(u), &total, false)?;
        let i = bisect(vm, &cum, &x, n - 1)?;
        out.push(vm.get_item(&population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

pub fn shuffle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(vm, "Random.shuffle", a, &["x"], 1, &[])?;
    let this = a.pos[0].clone();
    let x = s[0].clone().unwrap_or(Value::None);
    let r = gen_of(vm, Some(&this))?;
    if let Some(Value::List(l)) = vm.builtin_view(&x) {
        let mut items = l.snapshot();
        r.gen.borrow_mut().shuffle(&mut items);
        l.replace(items);
        return Ok(Value::None);
    }
    let n = vm.len(&x)?;
    for i in (1..n).rev() {
        let j = r.gen.borrow_mut().randbelow_usize(i + 1);
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let xj = vm.get_item(&x, &vj)?;
        let xi = vm.get_item(&x, &vi)?;
        vm.set_item(&x, vi, xj)?;
        vm.set_item(&x, vj, xi)?;
    }
    Ok(Value::None)
}

/// True for what `collections.abc.Sequence` would accept here.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) => true,
        Value::Object(o) => matches!(&**o, Object::Range { .. } | Object::Deque(_)),
        Value::Instance(i) => match &i.payload {
            Payload::List(_) => true,
            Payload::Value(inner) => is_sequence(inner),
            _ => false,
        },
        _ => false,
    }
}

pub fn sample(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = clinic::bind_method(vm, "Random.sample", a, &["population", "k"], 2, &["counts"])?;
    let this = a.pos[0].clone();
    let r = gen_of(vm, Some(&this))?;
    let population = s[0].clone().unwrap_or(Value::None);
    let k = s[1].clone().unwrap_or(Value::None);
    if !is_sequence(&population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(&population)?;
    if let Some(counts) = s[2].clone().filter(|c| !c.is_none()) {
        let cum = accumulate(vm, &counts)?;
        if cum.len() != n {
            return Err(vm.value_error("The number of counts does not match the population"));
        }
        if let Some(total) = cum.last() {
            if as_int(total).is_none() {
                return Err(vm.type_error("Counts must be integers"));
            }
        }
        let counts: Vec<Int> = vm
            .collect(&counts)?
            .iter()
            .map(|c| as_int(c).unwrap_or(Int::ZERO))
            .collect();
        let kk = sample_k(vm, &k, None)?;
        let picks = r
            .gen
            .borrow_mut()
            .sample_counts(&counts, &kk)
            .map_err(|e| vm.num_err(e))?;
        let mut out = Vec::with_capacity(picks.len());
        for i in picks {
            out.push(vm.get_item(&population, &Value::Int(i as i64))?);
        }
        return Ok(Value::list(out));
    }
    let kk = sample_k(vm, &k, Some(n))?;
    vm.charge_alloc(kk.to_usize().unwrap_or(0).saturating_mul(16))?;
    let picks = r
        .gen
        .borrow_mut()
        .sample_indices(n as u64, &kk)
        .map_err(|e| vm.num_err(e))?;
    let items = match vm.builtin_view(&population) {
        Some(Value::List(l)) => Some(l.snapshot()),
        Some(Value::Tuple(t)) => Some(t.items().to_vec()),
        _ => None,
    };
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        let v = match items.as_ref().and_then(|it| it.get(i as usize)) {
            Some(v) => v.clone(),
            None => vm.get_item(&population, &Value::Int(i as i64))?,
        };
        out.push(v);
    }
    Ok(Value::list(out))
}

/// `k` of `sample`: an int; the checks CPython's code makes in its order.
fn sample_k(vm: &mut Vm, k: &Value, n: Option<usize>) -> PyResult<Int> {
    if let Some(i) = as_int(k) {
        return Ok(i);
    }
    if let (Some(n), Value::Float(f)) = (n, k) {
        if !(0.0..=n as f64).contains(f) {
            return Err(vm.value_error("Sample larger than population or is negative"));
        }
        return Err(vm.type_error("can't multiply sequence by non-int of type 'float'"));
    }
    if let Some(i) = vm.index_value(k)? {
        return Ok(i);
    }
    Err(vm.type_error(format!(
        "'<=' not supported between instances of 'int' and '{}'",
        vm.type_name(k)
    )))
}
