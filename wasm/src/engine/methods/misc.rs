//! Methods of generators, `range` and `slice`.
//!
//! Generators run on the VM's frame machinery (`gen_send`, `gen_throw`); the
//! methods here add what CPython layers on top: building the exception for
//! `throw()`, delegating `throw()` and `close()` to a sub-iterator of a
//! `yield from`, and `close()`'s GeneratorExit rules.

use std::rc::Rc;

use super::check::{self, method_self, slot_self};
use crate::engine::builtins::object::add_methods;
use crate::engine::bytecode::{CmpKind, Op};
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::Instance;
use crate::engine::objects::function::Args;
use crate::engine::objects::generator::GenState;
use crate::engine::objects::iter::IterState;
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::exceptions::new_exception;
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::ops::range_len;
use crate::engine::vm::run::GenStep;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::unnest::{tag_method, Unnest};
use crate::engine::vm::Vm;

/// Installs the methods of generators, `range` and `slice`.
pub fn install(vm: &Vm) {
    let t = &vm.types;
    add_methods(
        &t.generator,
        "generator",
        &[
            ("send", send),
            ("throw", throw),
            ("close", close),
            ("__next__", next),
            ("__iter__", gen_iter),
        ],
    );
    tag_method(&t.generator, "send", Unnest::GenSend);
    tag_method(&t.generator, "__next__", Unnest::GenNext);
    add_methods(
        &t.range,
        "range",
        &[
            ("count", range_count),
            ("index", range_index),
            ("__len__", range_len_m),
            ("__contains__", range_contains),
            ("__getitem__", range_getitem),
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__hash__", range_hash),
            ("__bool__", range_bool),
        ],
    );
    add_methods(&t.slice, "slice", &[("indices", slice_indices)]);
    for name in ITERATOR_TYPES {
        add_methods(
            &t.iterator(name),
            name,
            &[("__next__", iter_next), ("__iter__", iter_self)],
        );
    }
}

/// The built-in iterator types (`IterState::type_name`), which all get `__next__` and `__iter__`.
const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "iterator",
    "callable_iterator",
    "count",
    "cycle",
    "chain",
    "islice",
    "repeat",
];

fn pick_iter(v: Value) -> Option<Value> {
    match &v {
        Value::Object(o) if matches!(&**o, Object::Iter(_) | Object::Backed(..)) => Some(v),
        _ => None,
    }
}

fn iter_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = slot_self(vm, a, "iterator", "__next__", pick_iter)?;
    check::wrapper(vm, a, "__next__", 0)?;
    match check::next_item(vm, &it)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(vm, Value::None)),
    }
}

fn iter_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = slot_self(vm, a, "iterator", "__iter__", pick_iter)?;
    check::wrapper(vm, a, "__iter__", 0)?;
    Ok(it)
}

// ---- Generators ----

fn pick_gen(v: Value) -> Option<Rc<Object>> {
    match v {
        Value::Object(o) if matches!(&*o, Object::Generator(_)) => Some(o),
        _ => None,
    }
}

/// `StopIteration(value)`, or a bare `StopIteration()` for None, as a returning generator raises.
pub fn stop_iteration(vm: &Vm, value: Value) -> Flow {
    let args = if value.is_none() { vec![] } else { vec![value] };
    vm.exc_with_args(ExcKind::StopIteration, args)
}

fn step(vm: &Vm, r: GenStep) -> PyResult<Value> {
    match r {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(vm, v)),
    }
}

fn send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = method_self(vm, a, "generator", "send", pick_gen)?;
    let v = check::one(vm, a, "generator.send")?.clone();
    let r = vm.gen_send(&g, v)?;
    step(vm, r)
}

fn next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = slot_self(vm, a, "generator", "__next__", pick_gen)?;
    check::wrapper(vm, a, "__next__", 0)?;
    let r = vm.gen_send(&g, Value::None)?;
    step(vm, r)
}

fn gen_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    slot_self(vm, a, "generator", "__iter__", pick_gen)?;
    check::wrapper(vm, a, "__iter__", 0)?;
    Ok(a.pos[0].clone())
}

/// The exception `throw(typ, val, tb)` raises, built as CPython normalises it.
fn exception_for_throw(
    vm: &mut Vm,
    typ: &Value,
    val: Option<&Value>,
    tb: Option<&Value>,
) -> PyResult<Rc<Instance>> {
    let tb_entries = match tb.filter(|t| !t.is_none()) {
        None => None,
        Some(Value::Object(o)) => match &**o {
            Object::Traceback(entries) => Some(entries.clone()),
            _ => return Err(vm.type_error("throw() third argument must be a traceback object")),
        },
        Some(_) => return Err(vm.type_error("throw() third argument must be a traceback object")),
    };
    let base = vm.types.exc(ExcKind::BaseException);
    let val = val.filter(|v| !v.is_none());
    let exc = match typ {
        Value::Class(c) if c.is_subclass(&base) => match val {
            Some(Value::Instance(i)) if i.class().is_subclass(c) => i.clone(),
            _ => {
                let args = match val {
                    None => vec![],
                    Some(Value::Tuple(t)) => t.items().to_vec(),
                    Some(v) => vec![v.clone()],
                };
                let made = vm.call(typ, &args)?;
                vm.exception_instance(&made)?
            }
        },
        Value::Instance(i) if i.class().is_subclass(&base) => {
            if val.is_some() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            i.clone()
        }
        other => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(other)
            )))
        }
    };
    if let (Some(entries), Some(d)) = (tb_entries, exc.exc()) {
        d.borrow_mut().traceback = entries;
    }
    Ok(exc)
}

/// The sub-iterator a suspended generator delegates to with `yield from`, and where
/// its `yield from` loop ends.
fn yield_from_target(g: &Object) -> Option<(Value, u32)> {
    let Object::Generator(gen) = g else {
        return None;
    };
    if gen.state.get() != GenState::Suspended {
        return None;
    }
    let frame = gen.frame.borrow();
    let f = frame.as_ref()?;
    let ip = f.ip as usize;
    // Suspended inside `yield from`: the yield just run, the jump back to the Send next.
    let ops = &f.code.ops;
    let (Some(Op::YieldValue), Some(Op::Jump(back))) = (ops.get(ip.checked_sub(1)?), ops.get(ip))
    else {
        return None;
    };
    let Some(Op::Send(exit)) = ops.get(*back as usize) else {
        return None;
    };
    Some((f.stack.last()?.clone(), *exit))
}

/// Closes a sub-iterator of `yield from`: generators by `close()`, others by their `close` method if any.
fn close_iter(vm: &mut Vm, sub: &Value) -> PyResult<()> {
    if let Some(g) = pick_gen(sub.clone()) {
        return gen_close(vm, &g);
    }
    let name = Rc::new(crate::engine::objects::str::PyStr::new("close"));
    if let Some(m) = vm.get_attr_opt(sub, &name)? {
        vm.call(&m, &[])?;
    }
    Ok(())
}

/// `g.throw(exc)`, delegating to a `yield from` sub-iterator first, as CPython does.
fn gen_throw_exc(vm: &mut Vm, g: &Rc<Object>, exc: Rc<Instance>) -> PyResult<GenStep> {
    let Some((sub, exit)) = yield_from_target(g) else {
        return vm.gen_throw(g, exc);
    };
    if vm.exc_is(&exc, ExcKind::GeneratorExit) {
        // The sub-iterator is closed first; an error doing so replaces GeneratorExit.
        return match close_iter(vm, &sub) {
            Ok(()) => vm.gen_throw(g, exc),
            Err(Flow::Exc(e)) => vm.gen_throw(g, e),
            Err(other) => Err(other),
        };
    }
    let delegated = match pick_gen(sub.clone()) {
        Some(sg) => gen_throw_exc(vm, &sg, exc.clone()).and_then(|r| step(vm, r)),
        None => {
            let name = Rc::new(crate::engine::objects::str::PyStr::new("throw"));
            match vm.get_attr_opt(&sub, &name)? {
                Some(m) => vm.call(&m, &[Value::Instance(exc.clone())]),
                None => return vm.gen_throw(g, exc),
            }
        }
    };
    match delegated {
        Ok(v) => Ok(GenStep::Yield(v)),
        Err(Flow::Exc(e)) if vm.exc_is(&e, ExcKind::StopIteration) => {
            // The sub-iterator finished: its value becomes the result of `yield from`.
            let value = stop_value(&e);
            if let Object::Generator(gen) = &**g {
                if let Some(f) = gen.frame.borrow_mut().as_mut() {
                    f.stack.pop();
                    f.ip = exit;
                }
            }
            vm.gen_send(g, value)
        }
        Err(Flow::Exc(e)) => vm.gen_throw(g, e),
        Err(other) => Err(other),
    }
}

/// The value a StopIteration carries (its first argument).
fn stop_value(e: &Instance) -> Value {
    e.exc()
        .and_then(|d| match &d.borrow().args {
            Value::Tuple(t) => t.items().first().cloned(),
            _ => None,
        })
        .unwrap_or(Value::None)
}

fn throw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = method_self(vm, a, "generator", "throw", pick_gen)?;
    let args = check::positional(vm, a, "generator.throw", 1, 3)?;
    let exc = exception_for_throw(vm, &args[0], args.get(1), args.get(2))?;
    let r = gen_throw_exc(vm, &g, exc)?;
    step(vm, r)
}

/// `g.close()`: GeneratorExit thrown in; yielding again is a RuntimeError.
pub(crate) fn gen_close(vm: &mut Vm, g: &Rc<Object>) -> PyResult<()> {
    let Object::Generator(gen) = &**g else {
        return Ok(());
    };
    match gen.state.get() {
        GenState::Created => {
            gen.state.set(GenState::Finished);
            gen.frame.borrow_mut().take();
            return Ok(());
        }
        GenState::Finished => return Ok(()),
        _ => {}
    }
    let exit = new_exception(&vm.types.exc(ExcKind::GeneratorExit), vec![]);
    match gen_throw_exc(vm, g, exit) {
        Ok(GenStep::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(GenStep::Return(_)) => Ok(()),
        Err(Flow::Exc(e))
            if vm.exc_is(&e, ExcKind::GeneratorExit) || vm.exc_is(&e, ExcKind::StopIteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

fn close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = method_self(vm, a, "generator", "close", pick_gen)?;
    check::noargs(vm, a, "generator.close")?;
    gen_close(vm, &g)?;
    Ok(Value::None)
}

// ---- range ----

fn pick_range(v: Value) -> Option<(i64, i64, i64)> {
    match v {
        Value::Object(o) => match &*o {
            Object::Range { start, stop, step } => Some((*start, *stop, *step)),
            _ => None,
        },
        _ => None,
    }
}

fn range_value(r: (i64, i64, i64)) -> Value {
    Value::Object(Rc::new(Object::Range {
        start: r.0,
        stop: r.1,
        step: r.2,
    }))
}

/// The position of an int in the range, if it is one of its values.
fn range_position(r: (i64, i64, i64), x: &Value) -> Option<i64> {
    let n = as_int(x)?.to_i64()?;
    let (start, stop, step) = r;
    if range_len(start, stop, step) == 0 {
        return None;
    }
    let off = (n as i128) - (start as i128);
    let step = step as i128;
    if off % step != 0 {
        return None;
    }
    let k = off / step;
    (k >= 0 && k < range_len(start, stop, r.2) as i128).then_some(k as i64)
}

fn is_plain_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn range_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = method_self(vm, a, "range", "count", pick_range)?;
    let x = check::one(vm, a, "range.count")?.clone();
    if is_plain_int(&x) {
        return Ok(Value::Int(range_position(r, &x).is_some() as i64));
    }
    let it = vm.get_iter(&range_value(r))?;
    let mut n = 0i64;
    while let Some(v) = check::next_item(vm, &it)? {
        if vm.eq(&v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = method_self(vm, a, "range", "index", pick_range)?;
    let x = check::one(vm, a, "range.index")?.clone();
    if is_plain_int(&x) {
        return match range_position(r, &x) {
            Some(k) => Ok(Value::Int(k)),
            None => {
                let s = vm.repr(&x)?;
                Err(vm.value_error(format!("{s} is not in range")))
            }
        };
    }
    let it = vm.get_iter(&range_value(r))?;
    let mut k = 0i64;
    while let Some(v) = check::next_item(vm, &it)? {
        if vm.eq(&v, &x)? {
            return Ok(Value::Int(k));
        }
        k += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_slot(vm: &Vm, a: &Args, name: &str) -> PyResult<(i64, i64, i64)> {
    slot_self(vm, a, "range", name, pick_range)
}

fn range_len_m(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (start, stop, step) = range_slot(vm, a, "__len__")?;
    check::wrapper(vm, a, "__len__", 0)?;
    Ok(Value::Int(range_len(start, stop, step) as i64))
}

fn range_bool(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (start, stop, step) = range_slot(vm, a, "__bool__")?;
    check::wrapper(vm, a, "__bool__", 0)?;
    Ok(Value::Bool(range_len(start, stop, step) != 0))
}

fn range_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = range_slot(vm, a, "__contains__")?;
    let x = check::wrapper(vm, a, "__contains__", 1)?[0].clone();
    Ok(Value::Bool(vm.contains(&range_value(r), &x)?))
}

fn range_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = method_self(vm, a, "range", "__getitem__", pick_range)?;
    let key = check::one(vm, a, "range.__getitem__")?.clone();
    vm.get_item(&range_value(r), &key)
}

fn range_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = range_slot(vm, a, "__iter__")?;
    check::wrapper(vm, a, "__iter__", 0)?;
    vm.get_iter(&range_value(r))
}

fn range_reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (start, stop, step) = method_self(vm, a, "range", "__reversed__", pick_range)?;
    check::noargs(vm, a, "range.__reversed__")?;
    let n = range_len(start, stop, step) as i64;
    let last = start.wrapping_add((n - 1).wrapping_mul(step));
    Ok(iter_value(IterState::Range {
        next: last,
        left: n.max(0) as u64,
        step: step.wrapping_neg(),
    }))
}

fn range_compare(vm: &mut Vm, a: &Args, name: &str, k: CmpKind) -> PyResult<Value> {
    let r = range_slot(vm, a, name)?;
    let other = check::wrapper(vm, a, name, 1)?[0].clone();
    if pick_range(other.clone()).is_none() {
        return Ok(Value::NotImplemented);
    }
    vm.compare(k, &range_value(r), &other)
}

fn range_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    range_compare(vm, a, "__eq__", CmpKind::Eq)
}

fn range_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    range_compare(vm, a, "__ne__", CmpKind::Ne)
}

fn range_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = range_slot(vm, a, "__hash__")?;
    check::wrapper(vm, a, "__hash__", 0)?;
    Ok(Value::Int(vm.hash(&range_value(r))?))
}

// ---- slice ----

fn slice_indices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = method_self(vm, a, "slice", "indices", |v| match &v {
        Value::Object(o) if matches!(&**o, Object::Slice { .. }) => Some(v.clone()),
        _ => None,
    })?;
    let len = check::one(vm, a, "slice.indices")?.clone();
    let n = match vm.index_value(&len)? {
        Some(n) => n,
        None => return Err(check::not_integer(vm, &len)),
    };
    if n.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let Some(n) = n.to_usize() else {
        return Err(vm.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    };
    let si = vm.slice_indices(&s, n)?;
    Ok(Value::tuple(vec![
        Value::Int(si.start),
        Value::Int(si.stop),
        Value::Int(si.step),
    ]))
}
