//! The iteration protocol: `iter()`, `next()`, and collecting iterables.

use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::Payload;
use crate::engine::objects::iter::IterState;
use crate::engine::objects::object::{Object, ViewKind, WeakTarget};
use crate::engine::value::Value;
use crate::engine::vm::ops::range_len;
use crate::engine::vm::run::GenStep;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// `iterator.__next__()` of the built-in iterators.
pub fn iterator_next(vm: &mut Vm, a: &crate::engine::objects::function::Args) -> PyResult<Value> {
    let it = crate::engine::builtins::args::this(vm, "__next__", a)?.clone();
    match vm.iter_next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.exc_with_args(ExcKind::StopIteration, Vec::new())),
    }
}

/// `iterator.__iter__()`: the iterator itself.
pub fn iterator_iter(vm: &mut Vm, a: &crate::engine::objects::function::Args) -> PyResult<Value> {
    Ok(crate::engine::builtins::args::this(vm, "__iter__", a)?.clone())
}

/// Wraps an iterator state in an object.
pub fn iter_value(state: IterState) -> Value {
    Value::Object(Rc::new(Object::Iter(RefCell::new(state))))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(f) = self.native_method(v, "__iter__") {
            return self.call(&f, std::slice::from_ref(v));
        }
        Ok(match v {
            Value::List(l) => iter_value(IterState::List(l.clone(), 0)),
            Value::Tuple(t) => iter_value(IterState::Tuple(t.clone(), 0)),
            Value::Str(s) => iter_value(IterState::Str(s.clone(), 0)),
            Value::Bytes(b) => iter_value(IterState::Bytes(b.clone(), 0)),
            Value::Dict(d) => iter_value(IterState::Dict {
                dict: d.clone(),
                pos: 0,
                len: d.len(),
                kind: ViewKind::Keys,
            }),
            Value::Set(s) | Value::FrozenSet(s) => iter_value(IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
            }),
            Value::Object(o) => match &**o {
                Object::Range { start, stop, step } => iter_value(IterState::Range {
                    next: *start,
                    left: range_len(*start, *stop, *step) as u64,
                    step: *step,
                }),
                Object::DictView(d, kind) => iter_value(IterState::Dict {
                    dict: d.clone(),
                    pos: 0,
                    len: d.len(),
                    kind: *kind,
                }),
                Object::MappingProxy(d) => iter_value(IterState::Dict {
                    dict: d.clone(),
                    pos: 0,
                    len: d.len(),
                    kind: ViewKind::Keys,
                }),
                Object::Iter(_) | Object::Generator(_) | Object::Backed(..) => v.clone(),
                _ => return Err(self.not_iterable(v)),
            },
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = cls.lookup(&self.names.d_iter) {
                    if !matches!(f, Value::Builtin(_)) {
                        if f.is_none() {
                            return Err(self.not_iterable(v));
                        }
                        let it = self.call(&f, std::slice::from_ref(v))?;
                        if !self.is_iterator(&it) {
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            )));
                        }
                        return Ok(it);
                    }
                }
                match &i.payload {
                    Payload::List(l) => return Ok(iter_value(IterState::List(l.clone(), 0))),
                    Payload::Dict(d) => {
                        return Ok(iter_value(IterState::Dict {
                            dict: d.clone(),
                            pos: 0,
                            len: d.len(),
                            kind: ViewKind::Keys,
                        }))
                    }
                    Payload::Value(inner) => {
                        let inner = inner.clone();
                        return self.get_iter(&inner);
                    }
                    _ => {}
                }
                if cls.lookup(&self.names.d_getitem).is_some() {
                    return Ok(iter_value(IterState::GetItem {
                        obj: v.clone(),
                        index: 0,
                    }));
                }
                return Err(self.not_iterable(v));
            }
            _ => return Err(self.not_iterable(v)),
        })
    }

    fn not_iterable(&self, v: &Value) -> Flow {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// True when `next()` works on the value.
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Object(o) => match &**o {
                Object::Iter(_) | Object::Generator(_) | Object::Backed(..) => true,
                Object::Native(n) => n.class.lookup_str("__next__").is_some(),
                _ => false,
            },
            Value::Instance(i) => i.class().lookup(&self.names.d_next).is_some(),
            _ => false,
        }
    }

    /// `next(it)`: `None` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        Ok(self.iter_next_full(it)?.ok())
    }

    /// `next(it)`, with the StopIteration value when exhausted (`Err(value)`).
    pub fn iter_next_full(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        self.clock.ticks += 1;
        match it {
            Value::Object(o) => match &**o {
                Object::Iter(state) => self.native_next(state).map(|r| r.ok_or(Value::None)),
                Object::Backed(b) => {
                    let gen = self.backing_generator(b)?;
                    Ok(self.iter_next(&Value::Object(gen))?.ok_or(Value::None))
                }
                Object::Generator(_) => match self.gen_send(o, Value::None)? {
                    GenStep::Yield(v) => Ok(Ok(v)),
                    GenStep::Return(v) => Ok(Err(v)),
                },
                Object::Native(n) => {
                    let Some(f) = n.class.lookup_str("__next__") else {
                        return Err(self.type_error(format!(
                            "'{}' object is not an iterator",
                            self.type_name(it)
                        )));
                    };
                    match self.call(&f, std::slice::from_ref(it)) {
                        Ok(v) => Ok(Ok(v)),
                        Err(Flow::Exc(e)) if self.exc_is(&e, ExcKind::StopIteration) => {
                            Ok(Err(Value::None))
                        }
                        Err(e) => Err(e),
                    }
                }
                _ => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                ))),
            },
            Value::Instance(i) => {
                let Some(f) = i.class().lookup(&self.names.d_next) else {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call(&f, std::slice::from_ref(it)) {
                    Ok(v) => Ok(Ok(v)),
                    Err(Flow::Exc(e)) if self.exc_is(&e, ExcKind::StopIteration) => {
                        let value = e
                            .exc()
                            .and_then(|d| match &d.borrow().args {
                                Value::Tuple(t) => t.items().first().cloned(),
                                _ => None,
                            })
                            .unwrap_or(Value::None);
                        Ok(Err(value))
                    }
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    fn native_next(&mut self, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        // Kinds that may run Python code copy what they need out of the state first.
        let deferred: Deferred = {
            let mut s = state.borrow_mut();
            match &mut *s {
                IterState::List(l, i) => {
                    let v = l.get(*i);
                    if v.is_some() {
                        *i += 1;
                    } else {
                        *s = IterState::Exhausted;
                    }
                    return Ok(v);
                }
                IterState::ListReversed(l, i) => {
                    if *i == 0 || *i > l.len() {
                        *s = IterState::Exhausted;
                        return Ok(None);
                    }
                    *i -= 1;
                    return Ok(l.get(*i));
                }
                IterState::Tuple(t, i) => {
                    let v = t.items().get(*i).cloned();
                    *i += 1;
                    return Ok(v);
                }
                IterState::Str(st, pos) => {
                    let text = st.as_str();
                    let Some(c) = text.get(*pos..).and_then(|r| r.chars().next()) else {
                        return Ok(None);
                    };
                    *pos += c.len_utf8();
                    return Ok(Some(Value::string(c.to_string())));
                }
                IterState::Bytes(b, i) => {
                    let v = b.get(*i).map(|x| Value::Int(*x as i64));
                    *i += 1;
                    return Ok(v);
                }
                IterState::Range { next, left, step } => {
                    if *left == 0 {
                        return Ok(None);
                    }
                    let v = *next;
                    *left -= 1;
                    *next = next.wrapping_add(*step);
                    return Ok(Some(Value::Int(v)));
                }
                IterState::Dict {
                    dict,
                    pos,
                    len,
                    kind,
                } => {
                    if dict.len() != *len {
                        *len = usize::MAX;
                        return Err(self.runtime_error("dictionary changed size during iteration"));
                    }
                    let Some((e, p)) = dict.entry_from(*pos) else {
                        return Ok(None);
                    };
                    *pos = p;
                    return Ok(Some(match kind {
                        ViewKind::Keys => e.key,
                        ViewKind::Values => e.value,
                        ViewKind::Items => Value::tuple(vec![e.key, e.value]),
                    }));
                }
                IterState::Set { set, pos, len } => {
                    if set.len() != *len {
                        *len = usize::MAX;
                        return Err(self.runtime_error("Set changed size during iteration"));
                    }
                    let Some((v, p)) = set.item_from(*pos) else {
                        return Ok(None);
                    };
                    *pos = p;
                    return Ok(Some(v));
                }
                IterState::Values(vals, i) => {
                    let v = vals.get(*i).cloned();
                    *i += 1;
                    return Ok(v);
                }
                IterState::Exhausted => return Ok(None),
                IterState::Deque {
                    deque,
                    index,
                    left,
                    stamp,
                    reverse,
                } => {
                    if deque.state.get() != *stamp {
                        *left = 0;
                        return Err(self.runtime_error("deque mutated during iteration"));
                    }
                    if *left == 0 {
                        return Ok(None);
                    }
                    *left -= 1;
                    let v = deque.get(*index);
                    if *reverse {
                        *index = index.wrapping_sub(1);
                    } else {
                        *index += 1;
                    }
                    return Ok(v);
                }
                IterState::Repeat { value, left } => {
                    match left {
                        Some(0) => return Ok(None),
                        Some(n) => *n -= 1,
                        None => {}
                    }
                    return Ok(Some(value.clone()));
                }
                IterState::Enumerate { iter, count } => {
                    let c = *count;
                    *count += 1;
                    Deferred::Enumerate(iter.clone(), c)
                }
                IterState::Zip { iters, strict } => Deferred::Zip(iters.clone(), *strict),
                IterState::Map { func, iters } => Deferred::Map(func.clone(), iters.clone()),
                IterState::Filter { func, iter } => Deferred::Filter(func.clone(), iter.clone()),
                IterState::ReversedSeq { seq, index } => {
                    if *index < 0 {
                        return Ok(None);
                    }
                    let i = *index;
                    *index -= 1;
                    Deferred::Index(seq.clone(), i)
                }
                IterState::GetItem { obj, index } => {
                    let i = *index;
                    *index += 1;
                    Deferred::GetItem(obj.clone(), i)
                }
                IterState::Callable { func, sentinel } => {
                    Deferred::Callable(func.clone(), sentinel.clone())
                }
                IterState::Count { next, step } => Deferred::Count(next.clone(), step.clone()),
                IterState::Cycle { source, saved, pos } => match source {
                    Some(src) => Deferred::CycleSource(src.clone()),
                    None => {
                        if saved.is_empty() {
                            return Ok(None);
                        }
                        let v = saved[*pos % saved.len()].clone();
                        *pos = (*pos + 1) % saved.len();
                        return Ok(Some(v));
                    }
                },
                IterState::Chain { sources, current } => {
                    Deferred::Chain(sources.clone(), current.clone())
                }
                IterState::Tool(_) => Deferred::Tool,
                IterState::Islice {
                    iter,
                    next,
                    stop,
                    step,
                    pos,
                } => Deferred::Islice(iter.clone(), *next, *stop, *step, *pos),
            }
        };
        match deferred {
            Deferred::Enumerate(it, c) => match self.iter_next(&it)? {
                Some(v) => Ok(Some(Value::tuple(vec![Value::Int(c), v]))),
                None => Ok(None),
            },
            Deferred::Zip(iters, strict) => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(iters.len());
                for (k, it) in iters.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if k > 0 {
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        k + 1,
                                        if k > 1 { "s" } else { "" },
                                        if k > 1 {
                                            format!("-{k}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.iter_next(other)?.is_some() {
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                format!("-{j}")
                                            } else {
                                                String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            *state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            Deferred::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, &args).map(Some)
            }
            Deferred::Filter(func, it) => loop {
                let Some(v) = self.iter_next(&it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&func, std::slice::from_ref(&v))?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Deferred::Index(seq, i) => self.get_item(&seq, &Value::Int(i)).map(Some),
            Deferred::GetItem(obj, i) => match self.get_item(&obj, &Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(Flow::Exc(e))
                    if self.exc_is(&e, ExcKind::IndexError)
                        || self.exc_is(&e, ExcKind::StopIteration) =>
                {
                    *state.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            Deferred::Callable(func, sentinel) => {
                // A StopIteration from the callable also ends it, as in CPython.
                let v = match self.call(&func, &[]) {
                    Err(Flow::Exc(e)) if self.exc_is(&e, ExcKind::StopIteration) => {
                        *state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                    other => other?,
                };
                if self.eq(&v, &sentinel)? {
                    *state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Deferred::Count(next, step) => {
                let after =
                    self.binary_op(crate::engine::bytecode::BinOpKind::Add, &next, &step, false)?;
                if let IterState::Count { next: n, .. } = &mut *state.borrow_mut() {
                    *n = after;
                }
                Ok(Some(next))
            }
            Deferred::CycleSource(src) => match self.iter_next(&src)? {
                Some(v) => {
                    if let IterState::Cycle { saved, .. } = &mut *state.borrow_mut() {
                        saved.push(v.clone());
                    }
                    Ok(Some(v))
                }
                None => {
                    let first = {
                        let mut s = state.borrow_mut();
                        if let IterState::Cycle { source, saved, pos } = &mut *s {
                            *source = None;
                            if saved.is_empty() {
                                None
                            } else {
                                *pos = 1 % saved.len();
                                Some(saved[0].clone())
                            }
                        } else {
                            None
                        }
                    };
                    Ok(first)
                }
            },
            Deferred::Chain(sources, mut current) => loop {
                if let Some(cur) = &current {
                    if let Some(v) = self.iter_next(cur)? {
                        return Ok(Some(v));
                    }
                }
                match self.iter_next(&sources)? {
                    Some(next_iterable) => {
                        let it = self.get_iter(&next_iterable)?;
                        current = Some(it.clone());
                        if let IterState::Chain { current: c, .. } = &mut *state.borrow_mut() {
                            *c = Some(it);
                        }
                    }
                    None => {
                        *state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            },
            Deferred::Tool => self.tool_next(state),
            Deferred::Islice(it, next, stop, step, mut pos) => {
                // As CPython: skip up to the next index, then check the stop
                // (so `islice(it, 5, 1)` reads five items and gives none).
                let mut found = None;
                loop {
                    if pos >= next && stop.is_some_and(|s| pos >= s) {
                        break;
                    }
                    let Some(v) = self.iter_next(&it)? else { break };
                    pos += 1;
                    if pos > next {
                        found = Some(v);
                        break;
                    }
                }
                let mut st = state.borrow_mut();
                match (&found, &mut *st) {
                    (
                        Some(_),
                        IterState::Islice {
                            next: n, pos: p, ..
                        },
                    ) => {
                        *n = stop.map_or(next + step, |s| (next + step).min(s));
                        *p = pos;
                    }
                    _ => *st = IterState::Exhausted,
                }
                Ok(found)
            }
        }
    }

    /// Every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.snapshot()),
            Value::Tuple(t) => Ok(t.items().to_vec()),
            Value::Dict(d) => Ok(d.keys()),
            Value::Set(s) | Value::FrozenSet(s) => Ok(s.items()),
            _ => {
                let it = self.get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() % 4096 == 0 {
                        self.charge(4096)?;
                        self.charge_alloc(4096 * 16)?;
                    }
                }
                Ok(out)
            }
        }
    }

    /// A value as a tuple (for `args` assignment and the like).
    pub fn to_tuple(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Tuple(_) => Ok(v.clone()),
            _ => Ok(Value::tuple(self.collect(v)?)),
        }
    }

    /// Sends a value into a non-generator sub-iterator (`yield from`): the yielded
    /// value, or `Err(return value)` when it finishes.
    pub fn send_to_iterator(
        &mut self,
        sub: &Value,
        value: Value,
    ) -> PyResult<Result<Value, Value>> {
        if value.is_none() {
            return self.iter_next_full(sub);
        }
        let name = Rc::new(crate::engine::objects::str::PyStr::new("send"));
        let send = self.get_attr(sub, &name)?;
        match self.call(&send, &[value]) {
            Ok(v) => Ok(Ok(v)),
            Err(Flow::Exc(e)) if self.exc_is(&e, ExcKind::StopIteration) => Ok(Err(Value::None)),
            Err(e) => Err(e),
        }
    }

    /// The object a weak reference points at, if still alive.
    pub fn weakref_target(&self, v: &Value) -> Option<Value> {
        let Value::Object(o) = v else { return None };
        let Object::WeakRef { target, .. } = &**o else {
            return None;
        };
        match target {
            WeakTarget::Instance(w) => w.borrow().upgrade().map(Value::Instance),
            WeakTarget::Class(w) => w.upgrade().map(Value::Class),
            WeakTarget::Function(w) => w.upgrade().map(Value::Function),
            WeakTarget::Object(w) => w.upgrade().map(Value::Object),
            WeakTarget::BoundMethod(w) => w.upgrade().map(Value::BoundMethod),
            WeakTarget::Builtin(w) => w.upgrade().map(Value::Builtin),
            WeakTarget::Set(w, false) => w.upgrade().map(Value::Set),
            WeakTarget::Set(w, true) => w.upgrade().map(Value::FrozenSet),
            WeakTarget::Module(w) => w.upgrade().map(Value::Module),
        }
    }
}

enum Deferred {
    Enumerate(Value, i64),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Index(Value, i64),
    GetItem(Value, i64),
    Callable(Value, Value),
    Count(Value, Value),
    CycleSource(Value),
    Chain(Value, Option<Value>),
    Islice(Value, usize, Option<usize>, usize, usize),
    Tool,
}
