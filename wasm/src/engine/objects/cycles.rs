//! Finding reference cycles that nothing outside them holds.
//!
//! Objects are freed by reference counting, which never frees a cycle. This
//! finds such garbage the way CPython's collector does, by trial deletion:
//! starting from a set of candidate instances, it walks lists, tuples,
//! dicts (an instance's own, and each thread's of a `local`), bound methods, paused generators, weak references and instances, counts for each object the references that come from
//! inside the walked set, and treats an object whose reference count is
//! higher as held from outside, so alive, with everything it reaches.
//!
//! The walk may miss references (through functions, cells, sets, generators, ...):
//! a missed reference from inside only makes its target look held from
//! outside, so an object is kept alive wrongly at worst, never freed while
//! still in use. Every reference the walk counts is one strong reference its
//! container really holds.

use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::engine::objects::class::{Instance, Payload};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::BoundMethod;
use crate::engine::objects::list::PyList;
use crate::engine::objects::object::Object;
use crate::engine::objects::tuple::PyTuple;
use crate::engine::value::Value;

/// What the walk found: the objects, and which of them are garbage.
pub struct Walk {
    /// Every object reached, once each (this holds one reference to each).
    pub nodes: Vec<Value>,
    /// Parallel to `nodes`: true for an instance's own `__dict__`.
    pub owned_dict: Vec<bool>,
    /// Parallel to `nodes`: true when nothing outside the cycles reaches it.
    pub garbage: Vec<bool>,
}

impl Walk {
    /// How many garbage objects there are, not counting instances' own
    /// dicts (CPython 3.11 keeps those inside the instance).
    pub fn count(&self) -> usize {
        (0..self.nodes.len())
            .filter(|&n| self.garbage[n] && !self.owned_dict[n])
            .count()
    }

    /// The garbage objects, without instances' own dicts when `with_dicts`
    /// is false (they are reached again through their instances).
    pub fn into_garbage(self, with_dicts: bool) -> Vec<Value> {
        self.nodes
            .into_iter()
            .zip(self.garbage.into_iter().zip(self.owned_dict))
            .filter_map(|(v, (g, owned))| (g && (with_dicts || !owned)).then_some(v))
            .collect()
    }
}

/// The address of a value the walk follows, or None for other kinds.
fn address(v: &Value) -> Option<usize> {
    match v {
        Value::Instance(i) => Some(Rc::as_ptr(i) as *const u8 as usize),
        Value::List(l) => Some(Rc::as_ptr(l) as *const u8 as usize),
        Value::Tuple(t) => Some(Rc::as_ptr(t) as *const u8 as usize),
        Value::Dict(d) => Some(Rc::as_ptr(d) as *const u8 as usize),
        Value::BoundMethod(m) => Some(Rc::as_ptr(m) as *const u8 as usize),
        Value::Object(o) if matches!(&**o, Object::Generator(_) | Object::WeakRef { .. }) => {
            Some(Rc::as_ptr(o) as *const u8 as usize)
        }
        _ => None,
    }
}

/// The strong references to a followed value (0 for other kinds).
fn strong_count(v: &Value) -> usize {
    match v {
        Value::Instance(i) => Rc::strong_count(i),
        Value::List(l) => Rc::strong_count(l),
        Value::Tuple(t) => Rc::strong_count(t),
        Value::Dict(d) => Rc::strong_count(d),
        Value::BoundMethod(m) => Rc::strong_count(m),
        Value::Object(o) => Rc::strong_count(o),
        _ => 0,
    }
}

/// Calls `each` with every reference `v` holds that the walk follows, and
/// whether it is `v`'s own instance dict.
fn children(v: &Value, each: &mut dyn FnMut(&Value, bool)) {
    let follow = |c: &Value, owned: bool, each: &mut dyn FnMut(&Value, bool)| {
        if address(c).is_some() {
            each(c, owned);
        }
    };
    match v {
        Value::Instance(i) => instance_children(i, each),
        Value::List(l) => {
            if let Some(items) = l.try_borrow() {
                items.iter().for_each(|c| follow(c, false, each));
            }
        }
        Value::Tuple(t) => t.items().iter().for_each(|c| follow(c, false, each)),
        Value::Dict(d) => d.visit(&mut |k, val| {
            follow(k, false, each);
            follow(val, false, each);
        }),
        Value::BoundMethod(m) => {
            follow(&m.func, false, each);
            follow(&m.receiver, false, each);
        }
        Value::Object(o) => match &**o {
            // A paused generator's frame: its locals and value stack.
            Object::Generator(g) => {
                if let Ok(frame) = g.frame.try_borrow() {
                    for c in frame
                        .iter()
                        .flat_map(|f| f.fast.iter().chain(f.stack.iter()))
                    {
                        follow(c, false, each);
                    }
                }
            }
            Object::WeakRef { callback, .. } => follow(callback, false, each),
            _ => {}
        },
        _ => {}
    }
}

fn instance_children(i: &Instance, each: &mut dyn FnMut(&Value, bool)) {
    if let Some(d) = &i.dict {
        each(&Value::Dict(d.clone()), true);
    }
    if let Ok(slots) = i.slots.try_borrow() {
        for v in slots.iter().flatten() {
            if address(v).is_some() {
                each(v, false);
            }
        }
    }
    match &i.payload {
        Payload::List(l) => each(&Value::List(l.clone()), false),
        Payload::Dict(d) => each(&Value::Dict(d.clone()), false),
        Payload::Value(v) if address(v).is_some() => each(v, false),
        // A `threading.local`: every thread's namespace, like an own dict.
        Payload::Local(data) => {
            if let Ok(dicts) = data.dicts.try_borrow() {
                for (_, d) in dicts.iter() {
                    each(&Value::Dict(d.clone()), true);
                }
            }
        }
        _ => {}
    }
}

/// A weak handle on a value the walk follows, to see later whether it is
/// still alive without keeping it so.
pub enum WeakValue {
    /// An instance.
    Instance(Weak<Instance>),
    /// A list.
    List(Weak<PyList>),
    /// A tuple.
    Tuple(Weak<PyTuple>),
    /// A dict.
    Dict(Weak<PyDict>),
    /// A bound method.
    BoundMethod(Weak<BoundMethod>),
    /// A generator.
    Object(Weak<Object>),
}

impl WeakValue {
    /// A weak handle on `v`, if the walk follows its kind.
    pub fn new(v: &Value) -> Option<WeakValue> {
        Some(match v {
            Value::Instance(i) => WeakValue::Instance(Rc::downgrade(i)),
            Value::List(l) => WeakValue::List(Rc::downgrade(l)),
            Value::Tuple(t) => WeakValue::Tuple(Rc::downgrade(t)),
            Value::Dict(d) => WeakValue::Dict(Rc::downgrade(d)),
            Value::BoundMethod(m) => WeakValue::BoundMethod(Rc::downgrade(m)),
            Value::Object(o) => WeakValue::Object(Rc::downgrade(o)),
            _ => return None,
        })
    }

    /// The value, if still alive.
    pub fn upgrade(&self) -> Option<Value> {
        match self {
            WeakValue::Instance(w) => w.upgrade().map(Value::Instance),
            WeakValue::List(w) => w.upgrade().map(Value::List),
            WeakValue::Tuple(w) => w.upgrade().map(Value::Tuple),
            WeakValue::Dict(w) => w.upgrade().map(Value::Dict),
            WeakValue::BoundMethod(w) => w.upgrade().map(Value::BoundMethod),
            WeakValue::Object(w) => w.upgrade().map(Value::Object),
        }
    }
}

/// The objects the walk reaches from `roots`, each once, roots included.
pub fn reachable(roots: Vec<Value>) -> Vec<Value> {
    discover(roots).nodes
}

/// What a walk found before any counting.
struct Discovered {
    nodes: Vec<Value>,
    owned_dict: Vec<bool>,
    /// (node, address of a value it holds), one per reference.
    edges: Vec<(usize, usize)>,
    /// Address -> node.
    index: HashMap<usize, usize>,
}

/// Walks from `candidates`, recording each object once and every reference
/// between the objects it follows.
fn discover(candidates: Vec<Value>) -> Discovered {
    let mut index: HashMap<usize, usize> = HashMap::new();
    let mut nodes: Vec<Value> = Vec::new();
    let mut owned_dict: Vec<bool> = Vec::new();
    let mut edges: Vec<(usize, usize)> = Vec::new();
    let mut todo: Vec<(Value, bool)> = candidates.into_iter().map(|c| (c, false)).collect();
    while let Some((v, owned)) = todo.pop() {
        let Some(addr) = address(&v) else { continue };
        if index.contains_key(&addr) {
            continue;
        }
        let at = nodes.len();
        index.insert(addr, at);
        children(&v, &mut |c, owned| {
            if let Some(target) = address(c) {
                edges.push((at, target));
                todo.push((c.clone(), owned));
            }
        });
        nodes.push(v);
        owned_dict.push(owned);
    }
    Discovered {
        nodes,
        owned_dict,
        edges,
        index,
    }
}

/// Walks from `candidates` and marks what only cycles among the walked
/// objects keep alive.
pub fn find_garbage(candidates: Vec<Value>) -> Walk {
    let Discovered {
        nodes,
        owned_dict,
        edges,
        index,
    } = discover(candidates);
    // Only `nodes` holds references of the walk's own now: one each.
    let mut inside = vec![0usize; nodes.len()];
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for &(from, target) in &edges {
        if let Some(&to) = index.get(&target) {
            inside[to] += 1;
            out[from].push(to);
        }
    }
    let mut alive = vec![false; nodes.len()];
    let mut stack: Vec<usize> = (0..nodes.len())
        .filter(|&n| strong_count(&nodes[n]) > inside[n] + 1)
        .collect();
    while let Some(n) = stack.pop() {
        if std::mem::replace(&mut alive[n], true) {
            continue;
        }
        stack.extend(out[n].iter().copied().filter(|&m| !alive[m]));
    }
    let garbage = alive.iter().map(|a| !a).collect();
    Walk {
        nodes,
        owned_dict,
        garbage,
    }
}

/// Breaks the cycles through `v`, a garbage object, by emptying it; what it
/// held is freed by reference counting.
pub fn clear(v: &Value) {
    match v {
        Value::Instance(i) => {
            if let Some(d) = &i.dict {
                d.try_clear();
            }
            let slots = i
                .slots
                .try_borrow_mut()
                .map(|mut s| std::mem::take(&mut *s));
            drop(slots);
            match &i.payload {
                Payload::List(l) => clear(&Value::List(l.clone())),
                Payload::Dict(d) => {
                    d.try_clear();
                }
                Payload::Local(data) => {
                    let dicts = data.dicts.try_borrow().map(|d| d.clone());
                    for (_, d) in dicts.iter().flatten() {
                        d.try_clear();
                    }
                }
                _ => {}
            }
        }
        Value::List(l) => {
            if let Some(items) = l.try_take_items() {
                crate::engine::objects::list::free_back_to_front(items);
            }
        }
        Value::Dict(d) => {
            d.try_clear();
        }
        Value::Object(o) => {
            if let Object::Generator(g) = &**o {
                let frame = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
                drop(frame);
            }
        }
        _ => {}
    }
}
