//! Built-in objects that are not containers, functions, classes or instances.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::engine::bytecode::Code;
use crate::engine::objects::class::{Class, Instance};
use crate::engine::objects::deque::DequeObj;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::CellObj;
use crate::engine::objects::generator::GenObj;
use crate::engine::objects::iter::IterState;
use crate::engine::objects::random::RandomObj;
use crate::engine::value::Value;

/// Which view a dict view object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `dict.keys()`
    Keys,
    /// `dict.values()`
    Values,
    /// `dict.items()`
    Items,
}

/// A primitive lock (`_thread.lock`), the one blocking primitive threads build on.
pub struct LockObj {
    /// Held by someone.
    pub locked: Cell<bool>,
    /// Number of this lock in the run (for traces and deadlock reports).
    pub id: u32,
}

/// What a weak reference points at.
pub enum WeakTarget {
    /// An instance (a `__del__` that runs moves it; see `weak::moved`).
    Instance(RefCell<Weak<Instance>>),
    /// A class.
    Class(Weak<Class>),
    /// A Python function.
    Function(Weak<crate::engine::objects::function::Function>),
    /// Another built-in object.
    Object(Weak<Object>),
    /// A bound method.
    BoundMethod(Weak<crate::engine::objects::function::BoundMethod>),
    /// A built-in function.
    Builtin(Weak<crate::engine::objects::function::BuiltinFunction>),
    /// A set (`frozen` for a frozenset).
    Set(Weak<crate::engine::objects::set::PySet>, bool),
    /// A module.
    Module(Weak<crate::engine::objects::module::Module>),
}

/// The kinds of built-in object.
pub enum Object {
    /// `range(start, stop, step)`.
    Range {
        /// First value.
        start: i64,
        /// End (exclusive).
        stop: i64,
        /// Step (never 0).
        step: i64,
    },
    /// `slice(start, stop, step)`.
    Slice {
        /// Start or None.
        start: Value,
        /// Stop or None.
        stop: Value,
        /// Step or None.
        step: Value,
    },
    /// Any built-in iterator.
    Iter(RefCell<IterState>),
    /// An `enumerate`, `zip`, `map`, `filter` or `islice` whose work runs Python code,
    /// done by a generator from `vm/unnest.py` that `for` loops resume as a
    /// frame: the type's name and the generator.
    Backed(crate::engine::objects::iter::BackedIter),
    /// A generator.
    Generator(GenObj),
    /// `property(fget, fset, fdel, doc)`.
    Property {
        /// Getter.
        fget: Value,
        /// Setter.
        fset: Value,
        /// Deleter.
        fdel: Value,
        /// Docstring.
        doc: Value,
        /// The name `__set_name__` gave it (set when its class is made);
        /// error messages include it when known, as CPython's do.
        name: RefCell<Option<Rc<crate::engine::objects::str::PyStr>>>,
    },
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `super(cls, obj)`.
    Super {
        /// The class whose successors are searched.
        class: Rc<Class>,
        /// The bound object (or class).
        obj: Value,
        /// `type(obj)`, or `obj` itself when it is a class.
        obj_type: Rc<Class>,
    },
    /// A dict view.
    DictView(Rc<PyDict>, ViewKind),
    /// A closure cell seen from Python (`f.__closure__[0]`).
    Cell(Rc<CellObj>),
    /// A code object.
    Code(Rc<Code>),
    /// A primitive lock.
    Lock(LockObj),
    /// `weakref.ref(obj)`.
    WeakRef {
        /// The referent.
        target: WeakTarget,
        /// Called with the ref when the referent dies (see `objects::weak`).
        callback: Value,
        /// The referent's hash, kept once computed so it outlives the referent.
        hash: Cell<Option<i64>>,
    },
    /// `types.MappingProxyType`-like read-only view of a class namespace.
    MappingProxy(Rc<PyDict>),
    /// A traceback object (`exc.__traceback__`): a snapshot of entries, innermost first.
    Traceback(Vec<crate::engine::objects::exception::TbEntry>),
    /// A built-in object whose behaviour is defined by a native class (name and state).
    Native(NativeObj),
    /// `collections.deque`.
    Deque(Rc<DequeObj>),
    /// `random.Random`.
    Random(Rc<RandomObj>),
    /// A value detached from every heap, on its way between processes.
    Pickled(crate::engine::vm::transfer::Wire),
}

/// State for built-in objects of the standard library modules (queue internals, contexts, ...).
pub struct NativeObj {
    /// The class it reports as `type(obj)`.
    pub class: Rc<Class>,
    /// Its state.
    pub state: RefCell<Vec<Value>>,
}

impl Object {
    /// A short name of the kind, for debugging.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Object::Range { .. } => "range",
            Object::Slice { .. } => "slice",
            Object::Iter(_) | Object::Backed(..) => "iterator",
            Object::Generator(_) => "generator",
            Object::Property { .. } => "property",
            Object::StaticMethod(_) => "staticmethod",
            Object::ClassMethod(_) => "classmethod",
            Object::Super { .. } => "super",
            Object::DictView(..) => "dict view",
            Object::Cell(_) => "cell",
            Object::Code(_) => "code",
            Object::Lock(_) => "lock",
            Object::WeakRef { .. } => "weakref",
            Object::MappingProxy(_) => "mappingproxy",
            Object::Traceback(_) => "traceback",
            Object::Native(_) => "object",
            Object::Pickled(_) => "pickled",
            Object::Deque(_) => "deque",
            Object::Random(_) => "Random",
        }
    }

    /// The class of an object defined by a native module (its special methods live there).
    pub fn native_class(&self) -> Option<&Rc<Class>> {
        match self {
            Object::Native(n) => Some(&n.class),
            Object::Deque(d) => Some(&d.class),
            Object::Random(r) => Some(&r.class),
            _ => None,
        }
    }

    /// True when equality is structural but needs the VM (ranges, slices, views).
    pub fn has_native_eq(&self) -> bool {
        matches!(
            self,
            Object::Range { .. }
                | Object::Slice { .. }
                | Object::DictView(..)
                | Object::WeakRef { .. }
                | Object::Deque(_)
        )
    }
}
