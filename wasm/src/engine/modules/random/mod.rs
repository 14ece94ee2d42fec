//! `random`: the `Random` class over the engine's Mersenne Twister, which draws
//! exactly as CPython's does, and the module-level functions bound to one hidden
//! instance.
//!
//! The engine is deterministic: `seed(None)` (and `Random()` without a seed) does
//! not read the clock or the OS. The n-th unseeded generator of a run gets the
//! fixed seed `[n, 0x5EED]`, so the module's own generator always starts the same
//! way, and separate unseeded generators still differ from each other.

mod dists;
mod sampling;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::builtins::clinic;
use crate::engine::builtins::object::add_methods;
use crate::engine::flow::PyResult;
use crate::engine::numeric::mersenne::{Mt19937, N};
use crate::engine::numeric::Int;
use crate::engine::objects::class::{BaseKind, Class, Instance, Payload};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::engine::objects::object::Object;
use crate::engine::objects::random::RandomObj;
use crate::engine::value::Value;
use crate::engine::vm::arith::{as_int, int_value};
use crate::engine::vm::types::{builtin_class, ExcKind};
use crate::engine::vm::Vm;

/// Methods of `Random`, also exported as module functions bound to the hidden instance.
const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("getstate", getstate),
    ("setstate", setstate),
    ("randrange", sampling::randrange),
    ("randint", sampling::randint),
    ("choice", sampling::choice),
    ("choices", sampling::choices),
    ("shuffle", sampling::shuffle),
    ("sample", sampling::sample),
    ("uniform", dists::uniform),
    ("triangular", dists::triangular),
    ("gauss", dists::gauss),
    ("normalvariate", dists::normalvariate),
    ("lognormvariate", dists::lognormvariate),
    ("expovariate", dists::expovariate),
    ("paretovariate", dists::paretovariate),
    ("weibullvariate", dists::weibullvariate),
    ("vonmisesvariate", dists::unsupported),
    ("gammavariate", dists::unsupported),
    ("betavariate", dists::unsupported),
];

/// Name of the class attribute counting unseeded generators (see the module docs).
const UNSEEDED: &str = "_unseeded_count";

/// Creates the `random` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    let cls = builtin_class(
        "Random",
        std::slice::from_ref(&vm.types.object),
        BaseKind::Object,
    );
    cls.dict.set_by_str("__module__", Value::str("random"));
    add_methods(&cls, "Random", METHODS);
    add_methods(
        &cls,
        "Random",
        &[("__new__", random_new), ("__init__", random_init)],
    );
    cls.dict.set_by_str("VERSION", Value::Int(3));
    cls.dict.set_by_str(UNSEEDED, Value::Int(0));
    let sys_cls = builtin_class("SystemRandom", std::slice::from_ref(&cls), BaseKind::Object);
    sys_cls.dict.set_by_str("__module__", Value::str("random"));
    add_methods(
        &sys_cls,
        "SystemRandom",
        &[
            ("seed", system_seed),
            ("getstate", system_state),
            ("setstate", system_state),
        ],
    );
    d.set_by_str("Random", Value::Class(cls.clone()));
    d.set_by_str("SystemRandom", Value::Class(sys_cls));
    let (inst, _) = new_random(&cls);
    seed_with(vm, &inst, &Value::None)?;
    d.set_by_str("_inst", inst.clone());
    for (name, f) in METHODS {
        let mut b = BuiltinFunction::method("Random", name, *f);
        b.receiver = Some(inst.clone());
        d.set_by_str(name, Value::Builtin(Rc::new(b)));
    }
    Ok(())
}

/// A new generator object of `cls` (wrapped in an instance for a Python subclass).
fn new_random(cls: &Rc<Class>) -> (Value, Rc<RandomObj>) {
    let r = Rc::new(RandomObj {
        class: cls.clone(),
        gen: RefCell::new(Mt19937::from_words(&[0])),
        gauss_next: Cell::new(None),
    });
    let obj = Value::Object(Rc::new(Object::Random(r.clone())));
    if cls.builtin {
        return (obj, r);
    }
    (
        Value::Instance(Instance::new_rc(cls.clone(), Payload::Value(obj))),
        r,
    )
}

/// The generator behind a receiver.
fn gen_of(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<RandomObj>> {
    let inner = match v {
        Some(Value::Instance(i)) => match &i.payload {
            Payload::Value(x) => Some(x),
            _ => None,
        },
        other => other,
    };
    if let Some(Value::Object(o)) = inner {
        if let Object::Random(r) = &**o {
            return Ok(r.clone());
        }
    }
    Err(match v {
        Some(v) => vm.type_error(format!(
            "descriptor for 'Random' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
        None => vm.type_error("unbound method Random needs an argument"),
    })
}

/// A method of the C base class taking no arguments.
fn noargs(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<RandomObj>> {
    let r = gen_of(vm, a.pos.first())?;
    if a.has_kw() {
        return Err(vm.type_error(format!("Random.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "Random.{name}() takes no arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    Ok(r)
}

/// An integer argument through `__index__`.
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<Int> {
    match vm.index_value(v)? {
        Some(n) => Ok(n),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn random_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = a.pos.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let (v, _) = new_random(cls);
    Ok(v)
}

fn random_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind_method(vm, "Random.__init__", a, &["x"], 0, &[])?;
    let this = a.pos[0].clone();
    let x = slots[0].clone().unwrap_or(Value::None);
    seed_with(vm, &this, &x)?;
    Ok(Value::None)
}

/// Seeds a generator as `Random.seed(a)` does (version 2).
fn seed_with(vm: &mut Vm, this: &Value, a: &Value) -> PyResult<()> {
    let r = gen_of(vm, Some(this))?;
    let inner = match a {
        Value::Instance(i) => match &i.payload {
            Payload::Value(
                x @ (Value::Int(_)
                | Value::BigInt(_)
                | Value::Float(_)
                | Value::Str(_)
                | Value::Bytes(_)),
            ) => x.clone(),
            _ => a.clone(),
        },
        _ => a.clone(),
    };
    let mut g = Mt19937::from_words(&[0]);
    match &inner {
        Value::None => {
            let n = next_unseeded(vm, &r.class);
            g = Mt19937::from_words(&[n, 0x5EED]);
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            g.seed_int(&as_int(&inner).unwrap_or(Int::ZERO))
        }
        Value::Float(f) => g.seed_float(*f),
        Value::Str(s) => g.seed_str(s.as_str()),
        Value::Bytes(b) => g.seed_bytes(b),
        _ => {
            return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ))
        }
    }
    *r.gen.borrow_mut() = g;
    r.gauss_next.set(None);
    Ok(())
}

/// The number of the next unseeded generator in this run.
fn next_unseeded(vm: &Vm, cls: &Rc<Class>) -> u32 {
    let base = cls
        .full_mro()
        .into_iter()
        .find(|c| c.dict.get_by_str(UNSEEDED).is_some());
    let Some(base) = base else { return 0 };
    let n = base
        .dict
        .get_by_str(UNSEEDED)
        .and_then(|v| v.as_i64())
        .unwrap_or(0);
    base.dict.set_by_str(UNSEEDED, Value::Int(n + 1));
    let _ = vm;
    n as u32
}

fn seed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind_method(vm, "Random.seed", a, &["a", "version"], 0, &[])?;
    let this = a.pos[0].clone();
    let value = slots[0].clone().unwrap_or(Value::None);
    let version = slots[1].clone().unwrap_or(Value::Int(2));
    if matches!(version, Value::Int(1)) && matches!(value, Value::Str(_) | Value::Bytes(_)) {
        return Err(vm.unsupported("random.seed(..., version=1) for str and bytes"));
    }
    seed_with(vm, &this, &value)?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = noargs(vm, a, "random")?;
    let x = r.gen.borrow_mut().random();
    Ok(Value::Float(x))
}

fn getrandbits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = gen_of(vm, a.pos.first())?;
    if a.has_kw() {
        return Err(vm.type_error("Random.getrandbits() takes no keyword arguments"));
    }
    let [_, k] = a.pos else {
        return Err(vm.type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    };
    let k = index_arg(vm, k)?;
    if let Some(bits) = k.to_usize() {
        vm.charge_alloc(bits / 8)?;
    }
    let n = r
        .gen
        .borrow_mut()
        .getrandbits(&k)
        .map_err(|e| vm.num_err(e))?;
    Ok(int_value(n))
}

fn randbytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind_method(vm, "Random.randbytes", a, &["n"], 1, &[])?;
    let r = gen_of(vm, a.pos.first())?;
    let n = index_arg(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let bits = n.mul(&Int::from(8i64)).map_err(|e| vm.num_err(e))?;
    if let Some(b) = bits.to_usize() {
        vm.charge_alloc(b / 8)?;
    }
    let v = r
        .gen
        .borrow_mut()
        .getrandbits(&bits)
        .map_err(|e| vm.num_err(e))?;
    let len = n.to_usize().unwrap_or(0);
    let mut bytes = v.to_bigint().magnitude().to_bytes_le();
    bytes.resize(len, 0);
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn getstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = noargs(vm, a, "getstate")?;
    let (words, index) = {
        let g = r.gen.borrow();
        let (w, i) = g.state();
        (w.to_vec(), i)
    };
    let mut items: Vec<Value> = words
        .into_iter()
        .map(|w| Value::Int(i64::from(w)))
        .collect();
    items.push(Value::Int(index as i64));
    let gauss = r.gauss_next.get().map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(items),
        gauss,
    ]))
}

fn setstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind_method(vm, "Random.setstate", a, &["state"], 1, &[])?;
    let r = gen_of(vm, a.pos.first())?;
    let state = slots[0].clone().unwrap_or(Value::None);
    let version = vm.get_item(&state, &Value::Int(0))?;
    if !matches!(version, Value::Int(3)) {
        let v = vm.str_of(&version)?;
        return Err(vm.value_error(format!(
            "state with version {v} passed to Random.setstate() of version 3"
        )));
    }
    let parts = vm.unpack(&state, 3)?;
    let Value::Tuple(internal) = &parts[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if internal.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (slot, v) in words.iter_mut().zip(internal.items()) {
        let n = index_arg(vm, v)?;
        *slot = n
            .to_i64()
            .and_then(|x| u32::try_from(x).ok())
            .ok_or_else(|| {
                vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                )
            })?;
    }
    let index = index_arg(vm, &internal.items()[N])?;
    let g = index
        .to_usize()
        .and_then(|i| Mt19937::from_state(words, i))
        .ok_or_else(|| vm.value_error("invalid state"))?;
    *r.gen.borrow_mut() = g;
    let gauss = match &parts[2] {
        Value::None => None,
        other => Some(crate::engine::modules::math::to_float(vm, other)?),
    };
    r.gauss_next.set(gauss);
    Ok(Value::None)
}

fn system_seed(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn system_state(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.err(
        ExcKind::NotImplementedError,
        "System entropy source does not have state.",
    ))
}
