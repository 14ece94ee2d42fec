//! Operator protocols: binary and unary operators, comparisons, truth, hashing,
//! equality, membership, subscripts, unpacking and `with`.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::engine::bytecode::{BinOpKind, CmpKind};
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::{Class, Payload};
use crate::engine::objects::compare::{native_eq, native_hash};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::BoundMethod;
use crate::engine::objects::object::{Object, ViewKind};
use crate::engine::objects::set::PySet;
use crate::engine::value::Value;
use crate::engine::vm::arith::{as_int, int_value};
use crate::engine::vm::frame::Frame;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Nesting of comparisons and hashes before RecursionError (each level costs
/// Rust stack: 400 fit the browser, but not `tests/deep_values.rs` in a debug
/// build on the test harness's 2 MiB thread).
const MAX_COMPARE_DEPTH: u32 = 200;

/// Python-level indices of a slice applied to a sequence of `len` items.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// Number of items selected.
    pub len: usize,
}

impl SliceIndices {
    /// The selected indices in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// A special method of a built-in object defined natively in a module
    /// (`contextvars.Context`, `collections.deque`, ...), if it has one.
    pub fn native_method(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Object(o) => o.native_class()?.lookup_str(name),
            _ => None,
        }
    }

    /// The built-in value behind an instance of a built-in subclass, or the value itself.
    pub fn builtin_view(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::List(l) => Some(Value::List(l.clone())),
                Payload::Dict(d) => Some(Value::Dict(d.clone())),
                Payload::Value(v) => Some(v.clone()),
                _ => None,
            },
            other => Some(other.clone()),
        }
    }

    /// A special method defined in Python (not a native one) on a class.
    fn user_method(&mut self, cls: &Class, name: &'static str) -> Option<Value> {
        let n = self.intern(name);
        match self.cls_lookup(cls, &n) {
            Some(Value::Builtin(_)) | None => None,
            Some(v) => Some(v),
        }
    }

    /// Calls a class-level method with a receiver.
    pub(crate) fn call_method_on(
        &mut self,
        f: &Value,
        receiver: &Value,
        args: &[Value],
    ) -> PyResult<Value> {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(receiver.clone());
        all.extend_from_slice(args);
        match f {
            Value::Object(o) => match &**o {
                Object::StaticMethod(inner) => {
                    let inner = inner.clone();
                    self.call(&inner, args)
                }
                Object::ClassMethod(inner) => {
                    let inner = inner.clone();
                    let mut a = vec![Value::Class(self.class_of(receiver))];
                    a.extend_from_slice(args);
                    self.call(&inner, &a)
                }
                _ => self.call(f, &all),
            },
            _ => self.call(f, &all),
        }
    }

    /// `a op b` (or `a op= b`).
    pub fn binary_op(
        &mut self,
        k: BinOpKind,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let a_inst = matches!(a, Value::Instance(_));
        let b_inst = matches!(b, Value::Instance(_));
        if !a_inst && !b_inst {
            if inplace {
                if let Some(v) = self.builtin_inplace(k, a, b)? {
                    return Ok(v);
                }
            }
            if let Some(v) = self.builtin_binop(k, a, b)? {
                return Ok(v);
            }
            return Err(self.binop_error(k, a, b, inplace));
        }
        let (op, rop, iop) = k.dunders();
        let ta = self.class_of(a);
        let tb = self.class_of(b);
        if inplace {
            if let Some(f) = self.user_method(&ta, iop) {
                let r = self.call_method_on(&f, a, std::slice::from_ref(b))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            } else if let (Some(av), Some(bv)) = (self.builtin_view(a), self.builtin_view(b)) {
                if !matches!(av, Value::Instance(_)) && !matches!(bv, Value::Instance(_)) {
                    // In-place operators on a subclass instance mutate its payload and return the instance.
                    if self.builtin_inplace(k, &av, &bv)?.is_some() {
                        return Ok(a.clone());
                    }
                }
            }
        }
        let same = Rc::ptr_eq(&ta, &tb);
        let fwd = self.user_method(&ta, op);
        let refl = if same {
            None
        } else {
            self.user_method(&tb, rop)
        };
        let mut tried_refl = false;
        if let Some(rf) = &refl {
            if tb.is_subclass(&ta) {
                tried_refl = true;
                let r = self.call_method_on(rf, b, std::slice::from_ref(a))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let r = match &fwd {
            Some(f) => self.call_method_on(f, a, std::slice::from_ref(b))?,
            None => self.builtin_on_views(k, a, b)?,
        };
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        if !tried_refl {
            if let Some(rf) = &refl {
                let r = self.call_method_on(rf, b, std::slice::from_ref(a))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            } else if fwd.is_some() {
                let r = self.builtin_on_views(k, a, b)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if k == BinOpKind::Mul {
            if let Some(r) = self.repeat_by_index(a, b, inplace)? {
                return Ok(r);
            }
        }
        Err(self.binop_error(k, a, b, inplace))
    }

    /// `seq * n` where `n` is an object with `__index__` (CPython's `sequence_repeat`,
    /// tried after both `__mul__` methods declined); `seq *= n` repeats a list in place.
    fn repeat_by_index(&mut self, a: &Value, b: &Value, inplace: bool) -> PyResult<Option<Value>> {
        let is_seq = |v: &Option<Value>| {
            matches!(
                v,
                Some(Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_))
            )
        };
        let (av, bv) = (self.builtin_view(a), self.builtin_view(b));
        let (seq, n) = match (is_seq(&av), is_seq(&bv)) {
            (true, _) => (av, b),
            (false, true) => (bv, a),
            _ => return Ok(None),
        };
        let Some(seq) = seq else { return Ok(None) };
        let Value::Instance(i) = n else {
            return Ok(None);
        };
        if i.class().lookup(&self.names.d_index).is_none() {
            return Ok(None);
        }
        let count = match self.index_value(n)? {
            Some(c) => int_value(c),
            None => return Ok(None),
        };
        if inplace {
            if let (Value::List(l), true) = (&seq, is_seq(&self.builtin_view(a))) {
                let count = crate::engine::methods::list::repeat_count(self, &count)?;
                let out = crate::engine::methods::list::repeated(self, &l.snapshot(), count)?;
                l.replace(out);
                return Ok(Some(a.clone()));
            }
        }
        self.repeat(&seq, &count)
    }

    fn builtin_on_views(&mut self, k: BinOpKind, a: &Value, b: &Value) -> PyResult<Value> {
        // `str % obj` formats any object (one argument, or a mapping for %(name)s).
        if k == BinOpKind::Mod {
            if let Some(fmt @ Value::Str(_)) = self.builtin_view(a) {
                return Ok(self
                    .builtin_binop(k, &fmt, b)?
                    .unwrap_or(Value::NotImplemented));
            }
        }
        match (self.builtin_view(a), self.builtin_view(b)) {
            (Some(av), Some(bv))
                if !matches!(av, Value::Instance(_)) && !matches!(bv, Value::Instance(_)) =>
            {
                Ok(self
                    .builtin_binop(k, &av, &bv)?
                    .unwrap_or(Value::NotImplemented))
            }
            _ => Ok(Value::NotImplemented),
        }
    }

    fn binop_error(&self, k: BinOpKind, a: &Value, b: &Value, inplace: bool) -> Flow {
        match (k, a, b) {
            (BinOpKind::Add, Value::Str(_), _) => {
                return self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(b)
                ))
            }
            (BinOpKind::Add, Value::List(_), _) => {
                return self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                ))
            }
            (BinOpKind::Add, Value::Bytes(_), _) => {
                return self.type_error(format!("can't concat {} to bytes", self.type_name(b)))
            }
            (BinOpKind::Mod, Value::Bytes(_), _) => return self.unsupported("bytes % formatting"),
            (BinOpKind::Add, Value::Tuple(_), _) => {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ))
            }
            (
                BinOpKind::Mul,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
                _,
            ) => {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(b)
                ))
            }
            (
                BinOpKind::Mul,
                _,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_),
            ) => {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(a)
                ))
            }
            _ => {}
        }
        let sym = k.symbol();
        let sym = if inplace {
            if k == BinOpKind::Pow {
                "**=".to_string()
            } else {
                format!("{sym}=")
            }
        } else {
            sym.to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// In-place operators that mutate built-in containers.
    fn builtin_inplace(&mut self, k: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if Vm::is_native_object(a) {
            return self.native_inplace(k, a, b);
        }
        match (k, a) {
            (BinOpKind::Add, Value::List(l)) => {
                let items = self.collect(b)?;
                l.extend(items);
                Ok(Some(a.clone()))
            }
            (BinOpKind::Mul, Value::List(l)) => {
                if as_int(b).is_none() {
                    return Ok(None);
                }
                // An empty list stays empty however large the count (no loop over it).
                let count = crate::engine::methods::list::repeat_count(self, b)?;
                let items = l.snapshot();
                let out = crate::engine::methods::list::repeated(self, &items, count)?;
                l.replace(out);
                Ok(Some(a.clone()))
            }
            (BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor, Value::Set(s)) => {
                let (Value::Set(_) | Value::FrozenSet(_)) = b else {
                    return Ok(None);
                };
                crate::engine::methods::set::inplace_binary(self, s, b, set_op_char(k))?;
                Ok(Some(a.clone()))
            }
            (BinOpKind::Or, Value::Dict(d)) => {
                // `d |= x` takes what `d.update(x)` takes: a mapping or an iterable of pairs.
                crate::engine::methods::dict::update_from(self, d, b)?;
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// Binary operators between built-in values; `None` = NotImplemented.
    pub fn builtin_binop(&mut self, k: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if Vm::is_native_object(a) || Vm::is_native_object(b) {
            return self.native_binop(k, a, b);
        }
        if let Some(v) = self.number_binop(k, a, b)? {
            return Ok(Some(v));
        }
        use BinOpKind::*;
        Ok(match (k, a, b) {
            (Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.len_bytes() + y.len_bytes());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                self.charge_alloc(s.len())?;
                Some(Value::string(s))
            }
            (Add, Value::List(x), Value::List(y)) => {
                let mut v = x.snapshot();
                v.extend(y.snapshot());
                self.charge_alloc(v.len() * 16)?;
                Some(Value::list(v))
            }
            (Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items().to_vec();
                v.extend(y.items().iter().cloned());
                Some(Value::tuple(v))
            }
            (Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = (**x).clone();
                v.extend(y.iter());
                Some(Value::Bytes(Rc::new(v)))
            }
            (Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), n)
                if as_int(n).is_some() =>
            {
                self.repeat(a, n)?
            }
            (Mul, n, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_))
                if as_int(n).is_some() =>
            {
                self.repeat(b, n)?
            }
            (Mod, Value::Str(fmt), _) => Some(Value::string(self.percent_format(fmt.as_str(), b)?)),
            (
                Or | And | Sub | Xor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => crate::engine::methods::set::binary(self, a, b, set_op_char(k))?,
            (
                Or,
                Value::Class(_) | Value::None | Value::Object(_),
                Value::Class(_) | Value::None | Value::Object(_),
            ) if crate::engine::builtins::union::union(self, a, b).is_some() => {
                crate::engine::builtins::union::union(self, a, b)
            }
            (Or, Value::Dict(x), Value::Dict(y)) => {
                let d = Rc::new(x.copy());
                self.dict_update_from(&d, &Value::Dict(y.clone()), false, None)?;
                Some(Value::Dict(d))
            }
            (Or | And | Sub | Xor, _, _) => {
                crate::engine::methods::dict::view_operator(self, a, b, set_op_char(k))?
            }
            _ => None,
        })
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Option<Value>> {
        let Some(n) = as_int(n) else { return Ok(None) };
        let count = match n.to_i64() {
            Some(c) if c > 0 => usize::try_from(c).unwrap_or(usize::MAX),
            Some(_) => 0,
            None => {
                return Err(self.err(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        let unit = match seq {
            Value::Str(s) => s.len_bytes(),
            Value::List(l) => l.len() * 16,
            Value::Tuple(t) => t.len() * 16,
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        let total = unit
            .checked_mul(count)
            .ok_or_else(|| self.err(ExcKind::MemoryError, ""))?;
        self.charge_alloc(total)?;
        Ok(Some(match seq {
            Value::Str(s) => Value::string(s.as_str().repeat(count)),
            Value::List(l) => {
                let items = l.snapshot();
                Value::list(crate::engine::methods::list::repeated(self, &items, count)?)
            }
            Value::Tuple(t) => Value::tuple(crate::engine::methods::list::repeated(
                self,
                t.items(),
                count,
            )?),
            Value::Bytes(b) => Value::Bytes(Rc::new(b.repeat(count))),
            _ => return Ok(None),
        }))
    }

    /// Refuses an allocation that would pass the memory cap.
    pub fn charge_alloc(&self, bytes: usize) -> PyResult<()> {
        if crate::engine::heap::would_exceed(bytes) {
            return Err(self.err(ExcKind::MemoryError, ""));
        }
        Ok(())
    }

    /// A new set from items, added in order.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Rc::new(PySet::new());
        for v in items {
            s.add(self, v)?;
        }
        Ok(Value::Set(s))
    }

    /// `-x`.
    pub fn unary_neg(&mut self, v: &Value) -> PyResult<Value> {
        self.unary('-', "__neg__", v)
    }

    /// `+x`.
    pub fn unary_pos(&mut self, v: &Value) -> PyResult<Value> {
        self.unary('+', "__pos__", v)
    }

    /// `~x`.
    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        self.unary('~', "__invert__", v)
    }

    fn unary(&mut self, op: char, dunder: &'static str, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.number_unary(op, v)? {
            return Ok(r);
        }
        if let Value::Instance(i) = v {
            if let Some(f) = self.user_method(&i.class(), dunder) {
                return self.call_method_on(&f, v, &[]);
            }
            if let Some(view) = self.builtin_view(v) {
                if !matches!(view, Value::Instance(_)) {
                    if let Some(r) = self.number_unary(op, &view)? {
                        return Ok(r);
                    }
                }
            }
        }
        Err(self.type_error(format!(
            "bad operand type for unary {op}: '{}'",
            self.type_name(v)
        )))
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => *b,
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => s.len_bytes() > 0,
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = cls.lookup(&self.names.d_bool) {
                    let r = self.call_method_on(&f, v, &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if cls.lookup(&self.names.d_len).is_some()
                    || matches!(i.payload, Payload::List(_) | Payload::Dict(_))
                {
                    return Ok(self.len(v)? != 0);
                }
                if let Payload::Value(inner) = &i.payload {
                    let inner = inner.clone();
                    return self.truthy(&inner);
                }
                true
            }
            Value::Object(o) => match &**o {
                Object::Native(_) | Object::Deque(_) | Object::Random(_) => {
                    if let Some(f) = self.native_method(v, "__bool__") {
                        let r = self.call(&f, std::slice::from_ref(v))?;
                        return Ok(matches!(r, Value::Bool(true)));
                    }
                    if self.native_method(v, "__len__").is_some() {
                        return Ok(self.len(v)? != 0);
                    }
                    true
                }
                Object::Range { start, stop, step } => range_len(*start, *stop, *step) != 0,
                Object::DictView(d, _) => !d.is_empty(),
                Object::MappingProxy(d) => !d.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(f) = self.native_method(v, "__len__") {
            let r = self.call(&f, std::slice::from_ref(v))?;
            return Ok(as_int(&r).and_then(|n| n.to_usize()).unwrap_or(0));
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Object(o) => match &**o {
                Object::Range { start, stop, step } => range_len(*start, *stop, *step),
                Object::DictView(d, _) | Object::MappingProxy(d) => d.len(),
                _ => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )))
                }
            },
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = self.user_method(&cls, "__len__") {
                    let r = self.call_method_on(&f, v, &[])?;
                    return match self.index_value(&r)? {
                        Some(n) if n.is_negative() => {
                            Err(self.value_error("__len__() should return >= 0"))
                        }
                        Some(n) => n.to_usize().ok_or_else(|| {
                            self.err(
                                ExcKind::OverflowError,
                                "cannot fit 'int' into an index-sized integer",
                            )
                        }),
                        None => Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(&r)
                        ))),
                    };
                }
                match self.builtin_view(v) {
                    Some(view) if !matches!(view, Value::Instance(_)) => return self.len(&view),
                    _ => {
                        return Err(self.type_error(format!(
                            "object of type '{}' has no len()",
                            cls.name_string()
                        )))
                    }
                }
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        })
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match native_hash(v) {
            Some(Ok(h)) => Ok(h),
            Some(Err(t)) => Err(self.type_error(format!("unhashable type: '{t}'"))),
            None => match v {
                Value::Instance(i) => {
                    let cls = i.class();
                    match cls.lookup(&self.names.d_hash) {
                        Some(Value::None) => {
                            Err(self
                                .type_error(format!("unhashable type: '{}'", cls.name_string())))
                        }
                        Some(
                            f @ (Value::Function(_) | Value::BoundMethod(_) | Value::Object(_)),
                        ) => {
                            let r = self.call_method_on(&f, v, &[])?;
                            match as_int(&r) {
                                // A result that fits is the hash itself (-1 is reserved), as in CPython.
                                Some(n) => Ok(match n.to_i64() {
                                    Some(-1) => -2,
                                    Some(h) => h,
                                    None => crate::engine::numeric::hash::hash_int(&n),
                                }),
                                None => {
                                    Err(self.type_error("__hash__ method should return an integer"))
                                }
                            }
                        }
                        _ => {
                            if let Payload::Value(inner) = &i.payload {
                                let inner = inner.clone();
                                return self.hash(&inner);
                            }
                            Ok(v.id() >> 4)
                        }
                    }
                }
                Value::Object(o) => match &**o {
                    Object::Range { start, stop, step } => {
                        let len = range_len(*start, *stop, *step) as i64;
                        let t = Value::tuple(vec![
                            Value::Int(len),
                            Value::Int(*start),
                            Value::Int(*step),
                        ]);
                        self.hash(&t)
                    }
                    Object::WeakRef { hash, .. } => {
                        if let Some(h) = hash.get() {
                            return Ok(h);
                        }
                        let target = self.weakref_target(v);
                        match target {
                            Some(t) => {
                                let h = self.hash(&t)?;
                                hash.set(Some(h));
                                Ok(h)
                            }
                            None => Err(self.type_error("weak object has gone away")),
                        }
                    }
                    _ => Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v)))),
                },
                // A tuple holding objects whose hash is Python code: hash by value all the same.
                Value::Tuple(t) => {
                    let items = t.items().to_vec();
                    let hashes = self.nested("while hashing", |vm| {
                        items
                            .iter()
                            .map(|item| vm.hash(item))
                            .collect::<PyResult<Vec<_>>>()
                    })?;
                    Ok(crate::engine::objects::compare::hash_tuple(
                        hashes.into_iter(),
                    ))
                }
                _ => Ok(v.id() >> 4),
            },
        }
    }

    /// Runs `f` one level deeper in a recursive comparison or hash. Nested
    /// containers recurse on the Rust stack; this stops before the (small)
    /// wasm stack does, as CPython stops at its recursion limit.
    fn nested<T>(&mut self, context: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.compare_depth >= MAX_COMPARE_DEPTH {
            return Err(self.err(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded {context}"),
            ));
        }
        self.compare_depth += 1;
        let r = f(self);
        self.compare_depth -= 1;
        r
    }

    /// `a == b` as a bool (identity counts as equal, as containers do).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(CmpKind::Eq, a, b)?;
        self.truthy(&r)
    }

    /// A rich comparison.
    pub fn compare(&mut self, k: CmpKind, a: &Value, b: &Value) -> PyResult<Value> {
        self.nested("in comparison", |vm| vm.compare_values(k, a, b))
    }

    fn compare_values(&mut self, k: CmpKind, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(o) = self.number_cmp(a, b) {
            return Ok(Value::Bool(Vm::ordering_result(k, o)));
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            return Ok(Value::Bool(Vm::ordering_result(
                k,
                Some(x.as_str().cmp(y.as_str())),
            )));
        }
        // Built-in objects whose class defines the comparison natively (weak references too).
        let is_native = |v: &Value| matches!(v, Value::Object(o) if o.native_class().is_some() || matches!(&**o, Object::WeakRef { .. }));
        let a_inst = matches!(a, Value::Instance(_)) || is_native(a);
        let b_inst = matches!(b, Value::Instance(_)) || is_native(b);
        let (op, rop) = k.dunders();
        if a_inst || b_inst {
            let ta = self.class_of(a);
            let tb = self.class_of(b);
            let same = Rc::ptr_eq(&ta, &tb);
            let method = |vm: &mut Vm, v: &Value, cls: &Class, name: &'static str| {
                if is_native(v) {
                    cls.lookup_str(name)
                } else {
                    vm.user_method(cls, name)
                }
            };
            let fwd = method(self, a, &ta, op);
            let refl = if same && !b_inst {
                None
            } else {
                method(self, b, &tb, rop)
            };
            let mut tried_refl = false;
            if let Some(rf) = &refl {
                if !same && tb.is_subclass(&ta) {
                    tried_refl = true;
                    let r = self.call_method_on(rf, b, std::slice::from_ref(a))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            let r = match &fwd {
                Some(f) => self.call_method_on(f, a, std::slice::from_ref(b))?,
                None => self.builtin_compare_views(k, a, b)?,
            };
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            if !tried_refl {
                if let Some(rf) = &refl {
                    let r = self.call_method_on(rf, b, std::slice::from_ref(a))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if k == CmpKind::Ne {
                // The default __ne__ inverts __eq__.
                if self.user_method(&ta, "__eq__").is_some()
                    || self.user_method(&tb, "__eq__").is_some()
                {
                    let eq = self.compare(CmpKind::Eq, a, b)?;
                    return Ok(Value::Bool(!self.truthy(&eq)?));
                }
            }
        } else if let Some(r) = self.builtin_compare(k, a, b)? {
            return Ok(r);
        }
        match k {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                k.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn builtin_compare_views(&mut self, k: CmpKind, a: &Value, b: &Value) -> PyResult<Value> {
        match (self.builtin_view(a), self.builtin_view(b)) {
            (Some(av), Some(bv))
                if !matches!(av, Value::Instance(_)) && !matches!(bv, Value::Instance(_)) =>
            {
                if let Some(o) = self.number_cmp(&av, &bv) {
                    return Ok(Value::Bool(Vm::ordering_result(k, o)));
                }
                if let (Value::Str(x), Value::Str(y)) = (&av, &bv) {
                    return Ok(Value::Bool(Vm::ordering_result(
                        k,
                        Some(x.as_str().cmp(y.as_str())),
                    )));
                }
                Ok(self
                    .builtin_compare(k, &av, &bv)?
                    .unwrap_or(Value::NotImplemented))
            }
            _ => Ok(Value::NotImplemented),
        }
    }

    /// Comparisons between built-in containers; `None` = NotImplemented.
    fn builtin_compare(&mut self, k: CmpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if matches!(k, CmpKind::Eq | CmpKind::Ne) {
            if let (Value::BoundMethod(_), _) | (Value::Builtin(_), _) = (a, b) {
                if let Some(r) = native_eq(a, b) {
                    return Ok(Some(Value::Bool(r == (k == CmpKind::Eq))));
                }
            }
        }
        let seqs = match (a, b) {
            (Value::Tuple(x), Value::Tuple(y)) => Some((x.items().to_vec(), y.items().to_vec())),
            (Value::List(x), Value::List(y)) => Some((x.snapshot(), y.snapshot())),
            _ => None,
        };
        if let Some((x, y)) = seqs {
            return self.sequence_compare(k, &x, &y).map(Some);
        }
        if let Some(r) = crate::engine::methods::dict::view_richcompare(self, a, b, k)? {
            return Ok(Some(r));
        }
        Ok(Some(match (a, b) {
            (Value::Bytes(x), Value::Bytes(y)) => {
                Value::Bool(Vm::ordering_result(k, Some(x.cmp(y))))
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(k, CmpKind::Eq | CmpKind::Ne) => {
                let eq = self.dict_eq(x, y)?;
                Value::Bool(eq == (k == CmpKind::Eq))
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                let x_in_y = self.subset(x, y)?;
                let y_in_x = self.subset(y, x)?;
                Value::Bool(match k {
                    CmpKind::Eq => x_in_y && y_in_x,
                    CmpKind::Ne => !(x_in_y && y_in_x),
                    CmpKind::Le => x_in_y,
                    CmpKind::Lt => x_in_y && x.len() < y.len(),
                    CmpKind::Ge => y_in_x,
                    CmpKind::Gt => y_in_x && x.len() > y.len(),
                })
            }
            (Value::Object(x), Value::Object(y)) => match (&**x, &**y) {
                (
                    Object::Range {
                        start: s1,
                        stop: e1,
                        step: t1,
                    },
                    Object::Range {
                        start: s2,
                        stop: e2,
                        step: t2,
                    },
                ) if matches!(k, CmpKind::Eq | CmpKind::Ne) => {
                    let l1 = range_len(*s1, *e1, *t1);
                    let l2 = range_len(*s2, *e2, *t2);
                    let eq = l1 == l2 && (l1 == 0 || (s1 == s2 && (l1 == 1 || t1 == t2)));
                    Value::Bool(eq == (k == CmpKind::Eq))
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    fn sequence_compare(&mut self, k: CmpKind, x: &[Value], y: &[Value]) -> PyResult<Value> {
        if matches!(k, CmpKind::Eq | CmpKind::Ne) && x.len() != y.len() {
            return Ok(Value::Bool(k == CmpKind::Ne));
        }
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                if k == CmpKind::Eq {
                    return Ok(Value::Bool(false));
                }
                if k == CmpKind::Ne {
                    return Ok(Value::Bool(true));
                }
                return self.compare(k, p, q);
            }
        }
        Ok(Value::Bool(Vm::ordering_result(
            k,
            Some(x.len().cmp(&y.len())),
        )))
    }

    fn dict_eq(&mut self, x: &Rc<PyDict>, y: &Rc<PyDict>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for e in x.entries() {
            match y.get(self, &e.key)? {
                Some(v) => {
                    if !self.eq(&e.value, &v)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn subset(&mut self, x: &Rc<PySet>, y: &Rc<PySet>) -> PyResult<bool> {
        if x.len() > y.len() {
            return Ok(false);
        }
        for (h, key) in x.entries() {
            if !y.contains_hashed(self, h, &key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Orders two values with `<` for sorting, min and max.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(o) = self.number_cmp(a, b) {
            return Ok(o == Some(Ordering::Less));
        }
        if let (Value::Str(x), Value::Str(y)) = (a, b) {
            return Ok(x.as_str() < y.as_str());
        }
        let r = self.compare(CmpKind::Lt, a, b)?;
        self.truthy(&r)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(f) = self.native_method(container, "__contains__") {
            let r = self.call(&f, &[container.clone(), item.clone()])?;
            return self.truthy(&r);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(bs) => {
                let bs = bs.clone();
                crate::engine::methods::bytes::contains(self, &bs, item)
            }
            Value::List(l) => {
                let items = l.snapshot();
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.items() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) | Value::FrozenSet(s) => {
                crate::engine::methods::set::contains_key(self, s, item)
            }
            Value::Object(o) => match &**o {
                Object::Range { start, stop, step } => match as_int(item) {
                    Some(n) => {
                        let Some(n) = n.to_i64() else {
                            return Ok(false);
                        };
                        let len = range_len(*start, *stop, *step);
                        if len == 0 {
                            return Ok(false);
                        }
                        let off = n - start;
                        Ok(off % step == 0 && off / step >= 0 && ((off / step) as usize) < len)
                    }
                    None => self.contains_by_iteration(container, item),
                },
                Object::DictView(d, ViewKind::Keys) => d.contains(self, item),
                Object::DictView(d, ViewKind::Items) => {
                    let Value::Tuple(t) = item else {
                        return Ok(false);
                    };
                    if t.len() != 2 {
                        return Ok(false);
                    }
                    match d.get(self, &t.items()[0])? {
                        Some(v) => self.eq(&v, &t.items()[1]),
                        None => Ok(false),
                    }
                }
                Object::MappingProxy(d) => d.contains(self, item),
                _ => self.contains_by_iteration(container, item),
            },
            Value::Instance(i) => {
                if let Some(f) = self.user_method(&i.class(), "__contains__") {
                    let r = self.call_method_on(&f, container, std::slice::from_ref(item))?;
                    return self.truthy(&r);
                }
                match self.builtin_view(container) {
                    Some(view) if !matches!(view, Value::Instance(_)) => self.contains(&view, item),
                    _ => self.contains_by_iteration(container, item),
                }
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(Flow::Exc(e)) if self.exc_is(&e, ExcKind::TypeError) => {
                return Err(self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                )))
            }
            Err(e) => return Err(e),
        };
        while let Some(v) = self.iter_next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Resolves a slice object against a length.
    pub fn slice_indices(&mut self, slice: &Value, len: usize) -> PyResult<SliceIndices> {
        let Value::Object(o) = slice else {
            return Err(self.type_error("expected a slice"));
        };
        let Object::Slice { start, stop, step } = &**o else {
            return Err(self.type_error("expected a slice"));
        };
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.index_value(v)? {
                Some(n) => Ok(Some(n.to_i64_saturating())),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(self, step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(mut i) => {
                    if i < 0 {
                        i += len;
                        if i < 0 {
                            i = lo;
                        }
                    } else if i >= len {
                        i = hi;
                    }
                    i
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                adjust(get(self, start)?, 0, 0, len),
                adjust(get(self, stop)?, len, 0, len),
            )
        } else {
            (
                adjust(get(self, start)?, len - 1, -1, len - 1),
                adjust(get(self, stop)?, -1, -1, len - 1),
            )
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n.max(0) as usize,
        })
    }

    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.index_isize(key, what)?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    fn is_slice(v: &Value) -> bool {
        matches!(v, Value::Object(o) if matches!(&**o, Object::Slice { .. }))
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(f) = self.native_method(obj, "__getitem__") {
            return self.call(&f, &[obj.clone(), key.clone()]);
        }
        match obj {
            Value::List(l) => {
                if Vm::is_slice(key) {
                    let items = l.snapshot();
                    let si = self.slice_indices(key, items.len())?;
                    return Ok(Value::list(
                        si.indices().map(|i| items[i].clone()).collect(),
                    ));
                }
                if let Value::Int(i) = key {
                    let items = l.borrow();
                    let n = items.len() as i64;
                    let j = if *i < 0 { i + n } else { *i };
                    if j >= 0 && j < n {
                        return Ok(items[j as usize].clone());
                    }
                }
                let i = self.seq_index(key, l.len(), "list")?;
                Ok(l.get(i).unwrap_or(Value::None))
            }
            Value::Tuple(t) => {
                if Vm::is_slice(key) {
                    let si = self.slice_indices(key, t.len())?;
                    return Ok(Value::tuple(
                        si.indices().map(|i| t.items()[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t.items()[i].clone())
            }
            Value::Str(s) => {
                if Vm::is_slice(key) {
                    let si = self.slice_indices(key, s.char_len())?;
                    if si.step == 1 {
                        let end = si.start as usize + si.len;
                        return Ok(Value::str(s.char_slice(si.start as usize, end)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::string(si.indices().map(|i| chars[i]).collect()));
                }
                if self.index_value(key)?.is_none() {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )));
                }
                let i = self.seq_index(key, s.char_len(), "string")?;
                Ok(Value::string(
                    s.char_at(i).map(String::from).unwrap_or_default(),
                ))
            }
            Value::Bytes(b) => {
                if Vm::is_slice(key) {
                    let si = self.slice_indices(key, b.len())?;
                    return Ok(Value::Bytes(Rc::new(si.indices().map(|i| b[i]).collect())));
                }
                if self.index_value(key)?.is_none() {
                    return Err(self.type_error(format!(
                        "byte indices must be integers or slices, not {}",
                        self.type_name(key)
                    )));
                }
                let i = self.index_isize(key, "byte")?;
                let j = if i < 0 { i + b.len() as i64 } else { i };
                match usize::try_from(j).ok().and_then(|j| b.get(j)) {
                    Some(&x) => Ok(Value::Int(x as i64)),
                    None => Err(self.index_error("index out of range")),
                }
            }
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Object(o) => match &**o {
                Object::Range { start, stop, step } => {
                    let len = range_len(*start, *stop, *step);
                    if Vm::is_slice(key) {
                        let si = self.slice_indices(key, len)?;
                        // As CPython: the slice's adjusted bounds mapped through
                        // the range, so the repr shows the same numbers.
                        let nstart = start + si.start * step;
                        let nstep = step * si.step;
                        let nstop = start + si.stop * step;
                        return Ok(Value::Object(Rc::new(Object::Range {
                            start: nstart,
                            stop: nstop,
                            step: nstep,
                        })));
                    }
                    let i = self.seq_index(key, len, "range object")?;
                    Ok(Value::Int(start + i as i64 * step))
                }
                Object::MappingProxy(d) => match d.get(self, key)? {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(key.clone())),
                },
                _ => Err(self.not_subscriptable(obj)),
            },
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = self.user_method(&cls, "__getitem__") {
                    return self.call_method_on(&f, obj, std::slice::from_ref(key));
                }
                if let Payload::Dict(d) = &i.payload {
                    let d = d.clone();
                    return match d.get(self, key)? {
                        Some(v) => Ok(v),
                        None => match self.user_method(&cls, "__missing__") {
                            Some(m) => self.call_method_on(&m, obj, std::slice::from_ref(key)),
                            None => Err(self.key_error(key.clone())),
                        },
                    };
                }
                match self.builtin_view(obj) {
                    Some(view) if !matches!(view, Value::Instance(_)) => self.get_item(&view, key),
                    _ => Err(self.not_subscriptable(obj)),
                }
            }
            Value::Class(c) => {
                if let Some(f) = c.lookup_str("__class_getitem__") {
                    let f = match &f {
                        Value::Object(o) => match &**o {
                            Object::ClassMethod(inner) => inner.clone(),
                            _ => f.clone(),
                        },
                        _ => f.clone(),
                    };
                    return self.call(&f, &[obj.clone(), key.clone()]);
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name_string())))
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> Flow {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(f) = self.native_method(obj, "__setitem__") {
            self.call(&f, &[obj.clone(), key, value])?;
            return Ok(());
        }
        match obj {
            Value::List(l) => {
                if Vm::is_slice(&key) {
                    let items = match self.collect(&value) {
                        Err(Flow::Exc(e))
                            if self.exc_is(&e, ExcKind::TypeError)
                                && self.get_iter(&value).is_err() =>
                        {
                            return Err(self.type_error("can only assign an iterable"))
                        }
                        other => other?,
                    };
                    let len = l.len();
                    let si = self.slice_indices(&key, len)?;
                    let mut cur = l.snapshot();
                    if si.step == 1 {
                        let start = si.start.clamp(0, len as i64) as usize;
                        let stop = (si.start as usize + si.len).max(start);
                        cur.splice(start..stop, items);
                    } else {
                        if items.len() != si.len {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                si.len
                            )));
                        }
                        for (idx, v) in si.indices().zip(items) {
                            cur[idx] = v;
                        }
                        // CPython frees the replaced items in the slice's order.
                        let mut old = l.replace(cur);
                        let replaced: Vec<Value> = si
                            .indices()
                            .filter_map(|i| {
                                old.get_mut(i).map(|v| std::mem::replace(v, Value::None))
                            })
                            .collect();
                        drop(old);
                        drop(replaced);
                        return Ok(());
                    }
                    crate::engine::objects::list::free_back_to_front(l.replace(cur));
                    return Ok(());
                }
                let i = self.index_isize(&key, "list")?;
                let mut items = l.borrow_mut();
                let n = items.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    drop(items);
                    return Err(self.index_error("list assignment index out of range"));
                }
                items[j as usize] = value;
                Ok(())
            }
            Value::Dict(d) => d.set(self, key, value),
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = self.user_method(&cls, "__setitem__") {
                    self.call_method_on(&f, obj, &[key, value])?;
                    return Ok(());
                }
                match self.builtin_view(obj) {
                    Some(view) if !matches!(view, Value::Instance(_)) => {
                        self.set_item(&view, key, value)
                    }
                    _ => Err(self.type_error(format!(
                        "'{}' object does not support item assignment",
                        cls.name_string()
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(f) = self.native_method(obj, "__delitem__") {
            self.call(&f, &[obj.clone(), key.clone()])?;
            return Ok(());
        }
        match obj {
            Value::List(l) => {
                if Vm::is_slice(key) {
                    let si = self.slice_indices(key, l.len())?;
                    let remove: std::collections::HashSet<usize> = si.indices().collect();
                    let kept: Vec<Value> = l
                        .snapshot()
                        .into_iter()
                        .enumerate()
                        .filter(|(i, _)| !remove.contains(i))
                        .map(|(_, v)| v)
                        .collect();
                    let old = l.replace(kept);
                    if si.step == 1 {
                        crate::engine::objects::list::free_back_to_front(old);
                    } else {
                        // An extended slice's items go first to last.
                        drop(old);
                    }
                    return Ok(());
                }
                let i = self.index_isize(key, "list")?;
                let n = l.len() as i64;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(self.index_error("list assignment index out of range"));
                }
                l.borrow_mut().remove(j as usize);
                Ok(())
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = self.user_method(&cls, "__delitem__") {
                    self.call_method_on(&f, obj, std::slice::from_ref(key))?;
                    return Ok(());
                }
                match self.builtin_view(obj) {
                    Some(view) if !matches!(view, Value::Instance(_)) => self.del_item(&view, key),
                    _ => Err(self.type_error(format!(
                        "'{}' object doesn't support item deletion",
                        cls.name_string()
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    /// Unpacks exactly `n` values.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items().to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let it = self.unpack_iter(v)?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    fn unpack_iter(&mut self, v: &Value) -> PyResult<Value> {
        match self.get_iter(v) {
            Ok(it) => Ok(it),
            Err(Flow::Exc(e)) if self.exc_is(&e, ExcKind::TypeError) => Err(self.type_error(
                format!("cannot unpack non-iterable {} object", self.type_name(v)),
            )),
            Err(e) => Err(e),
        }
    }

    /// Unpacks with a starred target.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items().to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let it = self.unpack_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                }
                out
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    /// `{**m}` and `f(**m)`: copies a mapping into `target`.
    pub fn dict_update_from(
        &mut self,
        target: &Rc<PyDict>,
        m: &Value,
        merge: bool,
        frame: Option<&Frame>,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match m {
            Value::Dict(d) => d.entries().into_iter().map(|e| (e.key, e.value)).collect(),
            _ => {
                let keys_name = Rc::new(crate::engine::objects::str::PyStr::new("keys"));
                let Some(keys) = self.get_attr_opt(m, &keys_name)? else {
                    let what = if merge {
                        let fname = frame.map(|f| self.callee_name(f)).unwrap_or_default();
                        format!(
                            "{fname} argument after ** must be a mapping, not {}",
                            self.type_name(m)
                        )
                    } else {
                        format!("'{}' object is not a mapping", self.type_name(m))
                    };
                    return Err(self.type_error(what));
                };
                let ks = self.call(&keys, &[])?;
                let ks = self.collect(&ks)?;
                let mut out = Vec::with_capacity(ks.len());
                for k in ks {
                    let v = self.get_item(m, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if merge {
                if !matches!(k, Value::Str(_)) {
                    // CPython's callee raises this one, without its name.
                    return Err(self.type_error("keywords must be strings"));
                }
                if target.contains(self, &k)? {
                    let fname = frame.map(|f| self.callee_name(f)).unwrap_or_default();
                    return Err(self.type_error(format!(
                        "{fname} got multiple values for keyword argument '{}'",
                        k.as_str().unwrap_or("")
                    )));
                }
            }
            target.set(self, k, v)?;
        }
        Ok(())
    }

    /// The name of the callable being called with `**` (three slots down), as CPython shows it.
    fn callee_name(&self, frame: &Frame) -> String {
        let n = frame.stack.len();
        match frame.stack.get(n.wrapping_sub(3)) {
            Some(f) => self.function_str(f),
            None => "function".into(),
        }
    }

    /// Rewrites "not iterable" from unpacking `*x` into CPython's message naming the
    /// place (`Value after *`, `f() argument after *`); other errors pass through.
    pub fn star_error(&mut self, e: Flow, v: &Value, place: &str) -> Flow {
        let Flow::Exc(exc) = &e else { return e };
        let not_iterable = format!("'{}' object is not iterable", self.type_name(v));
        let exc = exc.clone();
        if !self.exc_is(&exc, ExcKind::TypeError)
            || self.exception_str(&exc).ok().as_deref() != Some(not_iterable.as_str())
        {
            return e;
        }
        let msg = format!("{place} must be an iterable, not {}", self.type_name(v));
        self.type_error(msg)
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
    /// `module.qualname()`, with no module for builtins.
    pub fn function_str(&self, f: &Value) -> String {
        let qualified = |module: Option<String>, qualname: String| match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        };
        match f {
            Value::Function(func) => {
                let module = match &*func.module.borrow() {
                    Value::Str(m) => Some(m.as_str().to_string()),
                    _ => None,
                };
                qualified(module, func.qualname.borrow().as_str().to_string())
            }
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("{owner}.{}()", b.name),
                None => format!("{}()", b.name),
            },
            Value::BoundMethod(m) => self.function_str(&m.func),
            Value::Class(c) => {
                let module = match c.dict.get_str(&self.names.d_module) {
                    Some(Value::Str(m)) => Some(m.as_str().to_string()),
                    _ => None,
                };
                let name = c.name_string();
                if c.builtin {
                    qualified(None, name.rsplit('.').next().unwrap_or(&name).to_string())
                } else {
                    qualified(module, c.qualname().as_str().to_string())
                }
            }
            other => format!("{}()", self.type_name(other)),
        }
    }

    /// `with ctx:` entry: the bound `__exit__` and the bound `__enter__`.
    pub fn before_with(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let cls = self.class_of(ctx);
        let enter = cls.lookup(&self.names.d_enter);
        let exit = cls.lookup(&self.names.d_exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing_exit = cls.lookup(&self.names.d_enter).is_some();
            return Err(self.type_error(if missing_exit {
                format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    cls.name_string()
                )
            } else {
                format!("'{}' object does not support the context manager protocol", cls.name_string())
            }));
        };
        Ok((self.bind_to(&exit, ctx), self.bind_to(&enter, ctx)))
    }

    /// Binds a class attribute to a receiver.
    pub fn bind_to(&self, f: &Value, receiver: &Value) -> Value {
        match f {
            Value::Function(_) => Value::BoundMethod(Rc::new(BoundMethod {
                func: f.clone(),
                receiver: receiver.clone(),
            })),
            Value::Builtin(b) if b.receiver.is_none() => {
                Value::Builtin(Rc::new(b.bind(receiver.clone())))
            }
            _ => f.clone(),
        }
    }
}

/// Number of values in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && stop > start {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && stop < start {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    }
}

/// The operator character of a set operation.
fn set_op_char(k: BinOpKind) -> char {
    match k {
        BinOpKind::Or => '|',
        BinOpKind::And => '&',
        BinOpKind::Sub => '-',
        _ => '^',
    }
}
