//! `itertools`: the iterator building blocks. Each one is a built-in iterator
//! class whose `__new__` checks its arguments (with CPython's messages) and
//! returns an iterator object; `vm/iteration.rs` and `vm/tool_iter.rs` step them.

use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::builtins::clinic;
use crate::engine::builtins::object::{add_classmethod, add_methods};
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, NativeFn};
use crate::engine::objects::iter::{Combinatoric, GroupByShared, IterState, TeeShared, ToolState};
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// (type name, constructor) of every iterator class the module exports.
const CLASSES: &[(&str, &str, NativeFn)] = &[
    ("count", "itertools.count", count_new),
    ("cycle", "itertools.cycle", cycle_new),
    ("repeat", "itertools.repeat", repeat_new),
    ("chain", "itertools.chain", chain_new),
    ("islice", "itertools.islice", islice_new),
    ("accumulate", "itertools.accumulate", accumulate_new),
    ("compress", "itertools.compress", compress_new),
    ("dropwhile", "itertools.dropwhile", dropwhile_new),
    ("takewhile", "itertools.takewhile", takewhile_new),
    ("filterfalse", "itertools.filterfalse", filterfalse_new),
    ("starmap", "itertools.starmap", starmap_new),
    ("pairwise", "itertools.pairwise", pairwise_new),
    ("zip_longest", "itertools.zip_longest", zip_longest_new),
    ("product", "itertools.product", product_new),
    ("permutations", "itertools.permutations", permutations_new),
    ("combinations", "itertools.combinations", combinations_new),
    (
        "combinations_with_replacement",
        "itertools.combinations_with_replacement",
        cwr_new,
    ),
    ("groupby", "itertools.groupby", groupby_new),
];

/// Creates the `itertools` module namespace.
pub fn init(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    for (name, type_name, new) in CLASSES {
        let cls = vm.types.iterator(type_name);
        if cls.dict.get_by_str("__new__").is_none() {
            add_methods(&cls, name, &[("__new__", *new)]);
            if *name == "chain" {
                add_classmethod(&cls, "chain", "from_iterable", chain_from_iterable);
            }
        }
        d.set_by_str(name, Value::Class(cls));
    }
    // Touch the helper types so `type()` of groups and tee copies is stable.
    vm.types.iterator("itertools._grouper");
    vm.types.iterator("itertools._tee");
    crate::engine::modules::add_functions(d, &[("tee", tee)]);
    Ok(())
}

fn tool(state: ToolState) -> Value {
    iter_value(IterState::Tool(state))
}

/// True for values `count()` accepts (CPython's "number" check).
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Instance(_) => {
            let cls = vm.class_of(v);
            ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|n| cls.lookup_str(n).is_some())
        }
        _ => false,
    }
}

fn count_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind(vm, "count", a, 1, &["start", "step"], 0)?;
    let start = slots[0].clone().unwrap_or(Value::Int(0));
    let step = slots[1].clone().unwrap_or(Value::Int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(iter_value(IterState::Count { next: start, step }))
}

fn cycle_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let pos = clinic::exact_pos(vm, "cycle", a, 1, 1)?;
    let it = vm.get_iter(&pos[0])?;
    Ok(iter_value(IterState::Cycle {
        source: Some(it),
        saved: Vec::new(),
        pos: 0,
    }))
}

/// An integer argument through `__index__`.
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(n) => n.to_i64().ok_or_else(|| {
            vm.err(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn repeat_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind(vm, "repeat", a, 1, &["object", "times"], 1)?;
    let value = slots[0].clone().unwrap_or(Value::None);
    let left = match &slots[1] {
        Some(t) => Some(index_arg(vm, t)?.max(0) as u64),
        None => None,
    };
    Ok(iter_value(IterState::Repeat { value, left }))
}

fn chain_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("chain() takes no keyword arguments"));
    }
    let sources = iter_value(IterState::Tuple(
        Rc::new(crate::engine::objects::tuple::PyTuple::new(
            a.pos.get(1..).unwrap_or(&[]).to_vec(),
        )),
        0,
    ));
    Ok(iter_value(IterState::Chain {
        sources,
        current: None,
    }))
}

fn chain_from_iterable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("chain.from_iterable() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    let sources = vm.get_iter(&a.pos[1])?;
    Ok(iter_value(IterState::Chain {
        sources,
        current: None,
    }))
}

/// An islice bound: None, or an int in `0..=sys.maxsize`.
fn islice_bound(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    match vm.index_value(v)? {
        Some(n) => match n.to_i64() {
            Some(i) if i >= 0 => Ok(Some(i as usize)),
            _ => Err(vm.value_error(msg)),
        },
        None => Err(vm.value_error(msg)),
    }
}

fn islice_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("islice() takes no keyword arguments"));
    }
    crate::engine::builtins::args::range(
        vm,
        "islice",
        &Args::positional(a.pos.get(1..).unwrap_or(&[])),
        2,
        4,
    )?;
    let src = a.pos[1].clone();
    const STOP: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if a.pos.len() == 3 {
        (None, islice_bound(vm, &a.pos[2], STOP)?, None)
    } else {
        let start = islice_bound(vm, &a.pos[2], INDICES)?;
        let stop = islice_bound(vm, &a.pos[3], STOP)?;
        let step = match a.pos.get(4) {
            None | Some(Value::None) => None,
            Some(s) => {
                let s = vm.index_value(s)?.and_then(|n| n.to_i64());
                match s {
                    Some(s) if s > 0 => Some(s as usize),
                    _ => {
                        return Err(
                            vm.value_error("Step for islice() must be a positive integer or None.")
                        )
                    }
                }
            }
        };
        (start, stop, step)
    };
    let iter = vm.get_iter(&src)?;
    vm.lazy_iterator(IterState::Islice {
        iter,
        next: start.unwrap_or(0),
        stop,
        step: step.unwrap_or(1),
        pos: 0,
    })
}

fn accumulate_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let slots = clinic::bind(vm, "accumulate", a, 1, &["iterable", "func", "initial"], 1)?;
    let iter = vm.get_iter(slots[0].as_ref().unwrap_or(&Value::None))?;
    let func = slots[1].clone().unwrap_or(Value::None);
    let initial = slots[2].clone().filter(|v| !v.is_none());
    Ok(tool(ToolState::Accumulate {
        iter,
        func,
        total: None,
        initial,
    }))
}

fn compress_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind(vm, "compress", a, 1, &["data", "selectors"], 2)?;
    let data = vm.get_iter(slots[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = vm.get_iter(slots[1].as_ref().unwrap_or(&Value::None))?;
    Ok(tool(ToolState::Compress { data, selectors }))
}

/// `(func, iterator)` for the two-argument predicate tools.
fn pred_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, Value)> {
    let pos = clinic::exact_pos(vm, name, a, 1, 2)?;
    let f = pos[0].clone();
    let it = vm.get_iter(&pos[1])?;
    Ok((f, it))
}

fn dropwhile_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (pred, iter) = pred_args(vm, a, "dropwhile")?;
    Ok(tool(ToolState::DropWhile {
        pred,
        iter,
        dropping: true,
    }))
}

fn takewhile_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (pred, iter) = pred_args(vm, a, "takewhile")?;
    Ok(tool(ToolState::TakeWhile {
        pred,
        iter,
        done: false,
    }))
}

fn filterfalse_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (pred, iter) = pred_args(vm, a, "filterfalse")?;
    Ok(tool(ToolState::FilterFalse { pred, iter }))
}

fn starmap_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (func, iter) = pred_args(vm, a, "starmap")?;
    Ok(tool(ToolState::StarMap { func, iter }))
}

fn pairwise_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let pos = clinic::exact_pos(vm, "pairwise", a, 1, 1)?;
    let iter = vm.get_iter(&pos[0])?;
    Ok(tool(ToolState::Pairwise { iter, old: None }))
}

fn zip_longest_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        if k.as_str() != Some("fillvalue") || a.kwnames.len() > 1 {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let mut iters = Vec::with_capacity(a.pos.len().saturating_sub(1));
    for src in a.pos.get(1..).unwrap_or(&[]) {
        iters.push(Some(vm.get_iter(src)?));
    }
    let active = iters.len();
    Ok(tool(ToolState::ZipLongest {
        iters,
        active,
        fill,
    }))
}

/// Every item of an iterable, charging for the copy.
fn pool(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let items = vm.collect(v)?;
    vm.charge(items.len() as u64)?;
    Ok(items)
}

fn combinatoric(kind: Combinatoric, pools: Vec<Vec<Value>>, r: usize) -> Value {
    tool(ToolState::Combinatoric {
        kind,
        pools,
        indices: None,
        cycles: Vec::new(),
        r,
        done: false,
    })
}

fn product_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut repeat = 1i64;
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = k.as_str().unwrap_or("");
        if key != "repeat" {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for product()"
            )));
        }
        repeat = index_arg(vm, v)?;
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(a.pos.len().saturating_sub(1));
    for src in a.pos.get(1..).unwrap_or(&[]) {
        base.push(pool(vm, src)?);
    }
    let total = base.len().saturating_mul(repeat as usize);
    vm.charge_alloc(total.saturating_mul(24))?;
    let mut pools = Vec::with_capacity(total);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    Ok(combinatoric(Combinatoric::Product, pools, total))
}

fn permutations_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind(vm, "permutations", a, 1, &["iterable", "r"], 1)?;
    let items = pool(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &slots[1] {
        None | Some(Value::None) => items.len() as i64,
        Some(v) => match as_int(v) {
            Some(n) => n.to_i64().ok_or_else(|| {
                vm.err(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            })?,
            None => return Err(vm.type_error("Expected int as r")),
        },
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(combinatoric(
        Combinatoric::Permutations,
        vec![items],
        r as usize,
    ))
}

fn r_arg(vm: &mut Vm, name: &str, a: &Args) -> PyResult<(Vec<Value>, usize)> {
    let slots = clinic::bind(vm, name, a, 1, &["iterable", "r"], 2)?;
    let items = pool(vm, slots[0].as_ref().unwrap_or(&Value::None))?;
    let r = index_arg(vm, slots[1].as_ref().unwrap_or(&Value::None))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok((items, r as usize))
}

fn combinations_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, r) = r_arg(vm, "combinations", a)?;
    Ok(combinatoric(Combinatoric::Combinations, vec![items], r))
}

fn cwr_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, r) = r_arg(vm, "combinations_with_replacement", a)?;
    Ok(combinatoric(
        Combinatoric::CombinationsWithReplacement,
        vec![items],
        r,
    ))
}

fn groupby_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let slots = clinic::bind(vm, "groupby", a, 1, &["iterable", "key"], 1)?;
    let iter = vm.get_iter(slots[0].as_ref().unwrap_or(&Value::None))?;
    let key = slots[1].clone().unwrap_or(Value::None);
    Ok(tool(ToolState::GroupBy(Rc::new(RefCell::new(
        GroupByShared {
            iter,
            key,
            tgtkey: None,
            currkey: None,
            currvalue: None,
            group: 0,
        },
    )))))
}

/// The shared buffer and position of a tee copy, if `v` is one.
fn tee_parts(v: &Value) -> Option<(Rc<RefCell<TeeShared>>, usize)> {
    let Value::Object(o) = v else { return None };
    let Object::Iter(cell) = &**o else {
        return None;
    };
    let s = cell.borrow();
    let IterState::Tool(ToolState::Tee { shared, slot }) = &*s else {
        return None;
    };
    let pos = shared.borrow().positions.get(*slot).copied().unwrap_or(0);
    Some((shared.clone(), pos))
}

fn tee(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    crate::engine::builtins::args::range(vm, "tee", a, 1, 2)?;
    let n = match a.pos.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = vm.get_iter(&a.pos[0])?;
    if n == 0 {
        return Ok(vm.empty_tuple());
    }
    // Copies of a tee share its buffer and start where it is.
    let (shared, start) = match tee_parts(&it) {
        Some(parts) => parts,
        None => (
            Rc::new(RefCell::new(TeeShared {
                iter: it,
                buf: std::collections::VecDeque::new(),
                base: 0,
                positions: Vec::new(),
            })),
            0,
        ),
    };
    let mut copies = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let slot = {
            let mut s = shared.borrow_mut();
            s.positions.push(start);
            s.positions.len() - 1
        };
        copies.push(tool(ToolState::Tee {
            shared: shared.clone(),
            slot,
        }));
    }
    Ok(Value::tuple(copies))
}
