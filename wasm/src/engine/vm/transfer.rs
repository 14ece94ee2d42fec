//! Moving values between simulated processes by value, as `pickle` does for
//! `multiprocessing`: containers and instances are copied, functions and
//! classes travel by name, synchronisation objects meant for sharing travel
//! by reference, and everything else is refused with pickle's messages.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::{Instance, Payload};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::object::Object;
use crate::engine::objects::set::PySet;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// A value detached from any process's heap.
#[derive(Clone)]
pub enum Wire {
    /// `None`
    None,
    /// A bool.
    Bool(bool),
    /// A small int.
    Int(i64),
    /// A big int.
    BigInt(Rc<BigInt>),
    /// A float.
    Float(f64),
    /// A str (immutable, so it may be shared).
    Str(Rc<PyStr>),
    /// Bytes.
    Bytes(Rc<Vec<u8>>),
    /// `...`
    Ellipsis,
    /// A tuple.
    Tuple(Vec<Wire>),
    /// A list (memo slot first, so shared references stay shared).
    List(usize, Vec<Wire>),
    /// A dict.
    Dict(usize, Vec<(Wire, Wire)>),
    /// A set.
    Set(usize, Vec<Wire>),
    /// A frozenset.
    FrozenSet(Vec<Wire>),
    /// A range.
    Range(i64, i64, i64),
    /// A function or class found by module and qualified name.
    Global(String, String),
    /// A built-in function or class (the same in every process).
    Builtin(Value),
    /// An instance: its class, `__dict__` items and built-in state.
    Instance {
        /// Memo slot.
        memo: usize,
        /// The class (a `Global`).
        class: Box<Wire>,
        /// Attribute items.
        state: Vec<(Rc<PyStr>, Wire)>,
        /// Exception args, list items or dict items of a built-in base.
        base: Option<Box<Wire>>,
    },
    /// An object shared by reference (multiprocessing locks, queues, values).
    Shared(Value),
    /// A reference to an object already on the wire.
    Memo(usize),
}

struct Dumper<'a> {
    vm: &'a mut Vm,
    memo: HashMap<i64, usize>,
    next: usize,
}

impl Dumper<'_> {
    fn slot(&mut self, v: &Value) -> Result<usize, usize> {
        let id = v.id();
        if let Some(&i) = self.memo.get(&id) {
            return Err(i);
        }
        let i = self.next;
        self.next += 1;
        self.memo.insert(id, i);
        Ok(i)
    }

    fn cannot(&self, v: &Value) -> Flow {
        self.vm
            .type_error(format!("cannot pickle '{}' object", self.vm.type_name(v)))
    }

    fn pickling_error(&mut self, msg: String) -> Flow {
        // `_pickle.PicklingError` is an Exception subclass; a plain class stands in for it.
        let cls = self.vm.pickling_error_class();
        Flow::Exc(crate::engine::vm::exceptions::new_exception(
            &cls,
            vec![Value::string(msg)],
        ))
    }

    fn global(&mut self, v: &Value, module: Value, qualname: String) -> PyResult<Wire> {
        let module = match module {
            Value::Str(s) => s.as_str().to_string(),
            _ => "__main__".to_string(),
        };
        let repr = self.vm.repr(v)?;
        let found = self.vm.lookup_global(&module, &qualname)?;
        match found {
            Some(f) if f.is(v) => Ok(Wire::Global(module, qualname)),
            _ => Err(self.pickling_error(format!(
                "Can't pickle {repr}: attribute lookup {qualname} on {module} failed"
            ))),
        }
    }

    fn dump(&mut self, v: &Value) -> PyResult<Wire> {
        self.vm.charge(1)?;
        Ok(match v {
            Value::None | Value::Null => Wire::None,
            Value::Bool(b) => Wire::Bool(*b),
            Value::Int(i) => Wire::Int(*i),
            Value::BigInt(b) => Wire::BigInt(b.clone()),
            Value::Float(f) => Wire::Float(*f),
            Value::Str(s) => Wire::Str(s.clone()),
            Value::Bytes(b) => Wire::Bytes(b.clone()),
            Value::Ellipsis => Wire::Ellipsis,
            Value::Tuple(t) => {
                let mut items = Vec::with_capacity(t.len());
                for x in t.items() {
                    items.push(self.dump(x)?);
                }
                Wire::Tuple(items)
            }
            Value::List(l) => match self.slot(v) {
                Err(i) => Wire::Memo(i),
                Ok(i) => {
                    let mut items = Vec::new();
                    for x in l.snapshot() {
                        items.push(self.dump(&x)?);
                    }
                    Wire::List(i, items)
                }
            },
            Value::Dict(d) => match self.slot(v) {
                Err(i) => Wire::Memo(i),
                Ok(i) => {
                    let mut items = Vec::new();
                    for e in d.entries() {
                        items.push((self.dump(&e.key)?, self.dump(&e.value)?));
                    }
                    Wire::Dict(i, items)
                }
            },
            Value::Set(s) => match self.slot(v) {
                Err(i) => Wire::Memo(i),
                Ok(i) => {
                    let mut items = Vec::new();
                    for x in s.items() {
                        items.push(self.dump(&x)?);
                    }
                    Wire::Set(i, items)
                }
            },
            Value::FrozenSet(s) => {
                let mut items = Vec::new();
                for x in s.items() {
                    items.push(self.dump(&x)?);
                }
                Wire::FrozenSet(items)
            }
            Value::Builtin(b) if b.receiver.is_none() => Wire::Builtin(v.clone()),
            Value::Function(f) => {
                let module = f.module.borrow().clone();
                self.global(v, module, f.qualname.borrow().as_str().to_string())?
            }
            Value::Class(c) => {
                if c.builtin {
                    Wire::Builtin(v.clone())
                } else {
                    let module = c.dict.get_by_str("__module__").unwrap_or(Value::None);
                    self.global(v, module, c.qualname().as_str().to_string())?
                }
            }
            Value::Object(o) => match &**o {
                Object::Range { start, stop, step } => Wire::Range(*start, *stop, *step),
                _ => return Err(self.cannot(v)),
            },
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.lookup_str("_mp_shared").is_some() {
                    return Ok(Wire::Shared(v.clone()));
                }
                if matches!(inst.payload, Payload::Local(_)) {
                    return Err(self.cannot(v));
                }
                let i = match self.slot(v) {
                    Err(i) => return Ok(Wire::Memo(i)),
                    Ok(i) => i,
                };
                let class = Box::new(self.dump(&Value::Class(cls.clone()))?);
                let mut state = Vec::new();
                if let Some(d) = &inst.dict {
                    for e in d.entries() {
                        if let Value::Str(k) = &e.key {
                            state.push((k.clone(), self.dump(&e.value)?));
                        }
                    }
                }
                let base = match &inst.payload {
                    Payload::Exception(e) => {
                        let args = e.borrow().args.clone();
                        Some(Box::new(self.dump(&args)?))
                    }
                    Payload::List(l) => Some(Box::new(self.dump(&Value::List(l.clone()))?)),
                    Payload::Dict(d) => Some(Box::new(self.dump(&Value::Dict(d.clone()))?)),
                    Payload::Value(x) => Some(Box::new(self.dump(x)?)),
                    _ => None,
                };
                Wire::Instance {
                    memo: i,
                    class,
                    state,
                    base,
                }
            }
            _ => return Err(self.cannot(v)),
        })
    }
}

struct Loader<'a> {
    vm: &'a mut Vm,
    memo: HashMap<usize, Value>,
}

impl Loader<'_> {
    fn load(&mut self, w: &Wire) -> PyResult<Value> {
        Ok(match w {
            Wire::None => Value::None,
            Wire::Bool(b) => Value::Bool(*b),
            Wire::Int(i) => Value::Int(*i),
            Wire::BigInt(b) => Value::BigInt(b.clone()),
            Wire::Float(f) => Value::Float(*f),
            Wire::Str(s) => Value::Str(s.clone()),
            Wire::Bytes(b) => Value::Bytes(b.clone()),
            Wire::Ellipsis => Value::Ellipsis,
            Wire::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(self.load(x)?);
                }
                Value::tuple(out)
            }
            Wire::List(i, items) => {
                let l = Value::list(Vec::new());
                self.memo.insert(*i, l.clone());
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    out.push(self.load(x)?);
                }
                if let Value::List(rc) = &l {
                    rc.extend(out);
                }
                l
            }
            Wire::Dict(i, items) => {
                let d = PyDict::new_rc();
                self.memo.insert(*i, Value::Dict(d.clone()));
                for (k, v) in items {
                    let k = self.load(k)?;
                    let v = self.load(v)?;
                    d.set(self.vm, k, v)?;
                }
                Value::Dict(d)
            }
            Wire::Set(i, items) => {
                let s = Rc::new(PySet::new());
                self.memo.insert(*i, Value::Set(s.clone()));
                for x in items {
                    let x = self.load(x)?;
                    s.add(self.vm, x)?;
                }
                Value::Set(s)
            }
            Wire::FrozenSet(items) => {
                let s = PySet::new();
                for x in items {
                    let x = self.load(x)?;
                    s.add(self.vm, x)?;
                }
                Value::FrozenSet(Rc::new(s))
            }
            Wire::Range(a, b, c) => Value::Object(Rc::new(Object::Range {
                start: *a,
                stop: *b,
                step: *c,
            })),
            Wire::Builtin(v) | Wire::Shared(v) => v.clone(),
            Wire::Global(module, qualname) => match self.vm.lookup_global(module, qualname)? {
                Some(v) => v,
                None => {
                    return Err(self.vm.err(
                        ExcKind::AttributeError,
                        format!("Can't get attribute '{qualname}' on <module '{module}'>"),
                    ))
                }
            },
            Wire::Memo(i) => match self.memo.get(i) {
                Some(v) => v.clone(),
                None => return Err(self.vm.runtime_error("unpickling: bad memo reference")),
            },
            Wire::Instance {
                memo,
                class,
                state,
                base,
            } => {
                let cls = match self.load(class)? {
                    Value::Class(c) => c,
                    _ => return Err(self.vm.runtime_error("unpickling: not a class")),
                };
                let base_value = match base {
                    Some(b) => Some(self.load(b)?),
                    None => None,
                };
                let payload = match (&cls.base_kind, base_value) {
                    (crate::engine::objects::class::BaseKind::Exception, Some(args)) => {
                        Payload::Exception(std::cell::RefCell::new(
                            crate::engine::objects::exception::ExcData::new(args),
                        ))
                    }
                    (crate::engine::objects::class::BaseKind::List, Some(Value::List(l))) => {
                        Payload::List(l)
                    }
                    (crate::engine::objects::class::BaseKind::Dict, Some(Value::Dict(d))) => {
                        Payload::Dict(d)
                    }
                    (_, Some(v)) => Payload::Value(v),
                    (_, None) => Payload::None,
                };
                let inst = Instance::new_rc(cls, payload);
                let v = Value::Instance(inst.clone());
                self.memo.insert(*memo, v.clone());
                if let Some(d) = &inst.dict {
                    for (k, w) in state {
                        let x = self.load(w)?;
                        d.set_str(k.clone(), x);
                    }
                }
                v
            }
        })
    }
}

impl Vm {
    /// Detaches a value from the running process's heap (`pickle.dumps`).
    pub fn dump_value(&mut self, v: &Value) -> PyResult<Wire> {
        let mut d = Dumper {
            vm: self,
            memo: HashMap::new(),
            next: 0,
        };
        d.dump(v)
    }

    /// Rebuilds a detached value in the running process's heap (`pickle.loads`).
    pub fn load_value(&mut self, w: &Wire) -> PyResult<Value> {
        let mut l = Loader {
            vm: self,
            memo: HashMap::new(),
        };
        l.load(w)
    }

    /// `module.qualname` in the running process, importing the module if needed.
    pub fn lookup_global(&mut self, module: &str, qualname: &str) -> PyResult<Option<Value>> {
        let m = match self.load_module(module) {
            Ok(m) => m,
            Err(Flow::Exc(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let mut cur = m;
        for part in qualname.split('.') {
            if part == "<locals>" {
                return Ok(None);
            }
            let name = Rc::new(PyStr::new(part));
            match self.get_attr_opt(&cur, &name)? {
                Some(v) => cur = v,
                None => return Ok(None),
            }
        }
        Ok(Some(cur))
    }

    /// The class raised for unpicklable functions (`_pickle.PicklingError`).
    pub fn pickling_error_class(&mut self) -> Rc<crate::engine::objects::class::Class> {
        if let Some(c) = self.native_classes.get("PicklingError") {
            return c.clone();
        }
        let base = self.types.exc(ExcKind::Exception);
        let c = crate::engine::vm::types::builtin_class(
            "_pickle.PicklingError",
            &[base],
            crate::engine::objects::class::BaseKind::Exception,
        );
        c.dict.set_by_str("__module__", Value::str("_pickle"));
        self.native_classes.insert("PicklingError", c.clone());
        c
    }
}
