//! The value representation: small immediates unboxed, everything else behind `Rc`.
//!
//! A `Value` is 16 bytes. `None`, bools, small ints and floats never allocate;
//! the common container types have their own variants so type checks in the
//! interpreter loop are a tag compare, and every other object kind lives in
//! [`Object`].

use std::rc::Rc;

use num_bigint::BigInt;

use super::objects::class::{Class, Instance};
use super::objects::dict::PyDict;
use super::objects::function::{BoundMethod, BuiltinFunction, Function};
use super::objects::list::PyList;
use super::objects::module::Module;
use super::objects::object::Object;
use super::objects::set::PySet;
use super::objects::str::PyStr;
use super::objects::tuple::PyTuple;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// Internal marker, never visible to Python: an unbound local, or the empty
    /// receiver slot after `LoadMethod` found a plain attribute.
    Null,
    /// `None`
    None,
    /// `NotImplemented`
    NotImplemented,
    /// `Ellipsis` (`...`)
    Ellipsis,
    /// `True` / `False`
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// An `int` that does not fit in 64 bits (never holds a value that fits).
    BigInt(Rc<BigInt>),
    /// A `float`.
    Float(f64),
    /// A `str`.
    Str(Rc<PyStr>),
    /// A `bytes`.
    Bytes(Rc<Vec<u8>>),
    /// A `tuple`.
    Tuple(Rc<PyTuple>),
    /// A `list`.
    List(Rc<PyList>),
    /// A `dict`.
    Dict(Rc<PyDict>),
    /// A `set`.
    Set(Rc<PySet>),
    /// A `frozenset`.
    FrozenSet(Rc<PySet>),
    /// A function defined in Python.
    Function(Rc<Function>),
    /// A function implemented natively, possibly bound to a receiver.
    Builtin(Rc<BuiltinFunction>),
    /// A Python function bound to an instance.
    BoundMethod(Rc<BoundMethod>),
    /// A class (an instance of `type`).
    Class(Rc<Class>),
    /// An instance of a class defined in Python (or of an exception class).
    Instance(Rc<Instance>),
    /// A module.
    Module(Rc<Module>),
    /// Every other built-in object: ranges, iterators, generators, locks, ...
    Object(Rc<Object>),
}

/// Whether two wrappers hold the same code object (each `f.__code__` or
/// `gen.gi_code` access wraps it anew).
fn same_code(
    a: &crate::engine::objects::object::Object,
    b: &crate::engine::objects::object::Object,
) -> bool {
    use crate::engine::objects::object::Object::Code;
    matches!((a, b), (Code(x), Code(y)) if Rc::ptr_eq(x, y))
}

impl Value {
    /// A `str` value from Rust text.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// A `str` value taking ownership of a `String`.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// An `int` from a big integer, normalised to `Int` when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// A new tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    /// A new list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// True for `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object, or equal immediates.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Null, Null) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => {
                Rc::ptr_eq(a, b) || (a.len_bytes() <= 1 && a.as_str() == b.as_str())
            }
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Object(a), Object(b)) => Rc::ptr_eq(a, b) || same_code(a, b),
            _ => false,
        }
    }

    /// A stable identity number for `id()` and default hashes.
    pub fn id(&self) -> i64 {
        use Value::*;
        let p = match self {
            Null => 0x08,
            None => 0x10,
            NotImplemented => 0x20,
            Ellipsis => 0x30,
            Bool(b) => 0x40 + *b as usize,
            Int(i) => return (*i).wrapping_mul(32).wrapping_add(0x1000_0000),
            Float(f) => return (f.to_bits() >> 4) as i64,
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            Bytes(r) => Rc::as_ptr(r) as usize,
            Tuple(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => Rc::as_ptr(r) as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Class(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            // A code object is wrapped afresh on each access (`f.__code__`):
            // its identity is the code's.
            Object(r) => match &**r {
                crate::engine::objects::object::Object::Code(c) => Rc::as_ptr(c) as usize,
                _ => Rc::as_ptr(r) as usize,
            },
        };
        p as i64
    }

    /// The text of a `str` value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => Option::None,
        }
    }

    /// The `PyStr` of a `str` value.
    pub fn as_pystr(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            _ => Option::None,
        }
    }

    /// A small int (bools count as ints).
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => Option::None,
        }
    }

    /// The class of an instance, if this is one.
    pub fn as_instance(&self) -> Option<&Rc<Instance>> {
        match self {
            Value::Instance(i) => Some(i),
            _ => Option::None,
        }
    }

    /// The class, if this value is a class.
    pub fn as_class(&self) -> Option<&Rc<Class>> {
        match self {
            Value::Class(c) => Some(c),
            _ => Option::None,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<usize> for Value {
    fn from(i: usize) -> Value {
        Value::Int(i as i64)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::string(s)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use Value::*;
        match self {
            Null => write!(f, "<NULL>"),
            None => write!(f, "None"),
            NotImplemented => write!(f, "NotImplemented"),
            Ellipsis => write!(f, "Ellipsis"),
            Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Int(i) => write!(f, "{i}"),
            BigInt(b) => write!(f, "{b}"),
            Float(x) => write!(f, "{x:?}"),
            Str(s) => write!(f, "{:?}", s.as_str()),
            Bytes(b) => write!(f, "b{:?}", String::from_utf8_lossy(b)),
            Tuple(t) => f.debug_tuple("").field(&t.items()).finish(),
            List(_) => write!(f, "<list>"),
            Dict(_) => write!(f, "<dict>"),
            Set(_) => write!(f, "<set>"),
            FrozenSet(_) => write!(f, "<frozenset>"),
            Function(func) => write!(f, "<function {}>", func.qualname.borrow().as_str()),
            Builtin(b) => write!(f, "<built-in {}>", b.name),
            BoundMethod(_) => write!(f, "<bound method>"),
            Class(c) => write!(f, "<class {}>", c.name_string()),
            Instance(i) => write!(f, "<{} instance>", i.class().name_string()),
            Module(m) => write!(f, "<module {}>", m.name),
            Object(o) => write!(f, "<{}>", o.kind_name()),
        }
    }
}
