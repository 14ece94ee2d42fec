//! Classes (instances of `type`) and instances of classes defined in Python.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

use crate::engine::objects::dict::PyDict;
use crate::engine::objects::exception::ExcData;
use crate::engine::objects::finalizer;
use crate::engine::objects::list::PyList;
use crate::engine::objects::local::LocalData;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;

/// The built-in layout a class's instances have (the nearest built-in base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// Plain objects (and `object` itself).
    Object,
    /// `type` and metaclasses.
    Type,
    /// `int` (and `bool`).
    Int,
    /// `float`.
    Float,
    /// `str`.
    Str,
    /// `bytes`.
    Bytes,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `BaseException` and every exception class.
    Exception,
    /// `_thread._local` (`threading.local`).
    Local,
    /// Other built-in types that cannot be subclassed.
    Final,
}

/// Cached answers about which special methods a class overrides in Python.
#[derive(Clone, Copy, Debug, Default)]
pub struct SpecialFlags {
    /// Defines `__getattribute__` in Python.
    pub getattribute: bool,
    /// Defines `__getattr__`.
    pub getattr: bool,
    /// Defines `__setattr__` in Python.
    pub setattr: bool,
    /// Defines `__delattr__` in Python.
    pub delattr: bool,
    /// Defines `__init__` anywhere in the Python part of its MRO.
    pub init: bool,
}

/// A class.
pub struct Class {
    name: RefCell<Rc<PyStr>>,
    qualname: RefCell<Rc<PyStr>>,
    /// Direct bases.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order after this class itself.
    pub mro: Vec<Rc<Class>>,
    /// The class namespace (`__dict__`).
    pub dict: Rc<PyDict>,
    /// Instance layout.
    pub base_kind: BaseKind,
    /// True for built-in types (their namespace is read-only from Python).
    pub builtin: bool,
    /// Names of `__slots__` across the whole MRO, in slot index order.
    pub slot_names: Vec<Rc<PyStr>>,
    /// Whether instances carry a `__dict__`.
    pub has_dict: bool,
    /// The metaclass, when it is not `type`.
    pub metaclass: Option<Rc<Class>>,
    flags: Cell<SpecialFlags>,
    /// The VM's flags epoch when `flags` was computed.
    flags_epoch: Cell<u64>,
    /// Bumped whenever this class's namespace changes (attribute caches use it).
    pub version: Cell<u64>,
    /// A number no other class of this process has had, so a cache keyed by
    /// it cannot mistake a new class for a freed one at the same address.
    pub serial: u64,
    /// Recent lookups by name, valid while the engine's class epoch is unchanged.
    cache: RefCell<LookupCache>,
    /// Whether it or a base defines `__del__` (see `objects::finalizer`).
    pub finalizer: Cell<bool>,
}

/// Source of [`Class::serial`]; starts at 1 so 0 means "no class".
static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A small per-class memo of MRO lookups, keyed by the name's `Rc` (code
/// objects reuse one `Rc` per name, so hits are pointer compares).
#[derive(Default)]
struct LookupCache {
    epoch: u64,
    entries: Vec<(Rc<PyStr>, Option<Value>)>,
}

/// Names a class remembers at most.
const CACHE_SIZE: usize = 24;

impl Class {
    /// Builds a class; `mro` excludes the class itself.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: &str,
        qualname: &str,
        bases: Vec<Rc<Class>>,
        mro: Vec<Rc<Class>>,
        dict: Rc<PyDict>,
        base_kind: BaseKind,
        builtin: bool,
        slot_names: Vec<Rc<PyStr>>,
        has_dict: bool,
    ) -> Class {
        Class {
            name: RefCell::new(Rc::new(PyStr::new(name))),
            qualname: RefCell::new(Rc::new(PyStr::new(qualname))),
            bases,
            mro,
            dict,
            base_kind,
            builtin,
            slot_names,
            has_dict,
            metaclass: None,
            flags: Cell::new(SpecialFlags::default()),
            flags_epoch: Cell::new(0),
            version: Cell::new(0),
            serial: NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            cache: RefCell::new(LookupCache::default()),
            finalizer: Cell::new(false),
        }
    }

    /// `__name__`.
    pub fn name(&self) -> Ref<'_, Rc<PyStr>> {
        self.name.borrow()
    }

    /// `__name__` as a `String`.
    pub fn name_string(&self) -> String {
        self.name.borrow().as_str().to_string()
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<PyStr> {
        self.qualname.borrow().clone()
    }

    /// Renames the class (`__name__` assignment).
    pub fn set_name(&self, name: Rc<PyStr>) {
        *self.name.borrow_mut() = name;
    }

    /// Sets `__qualname__`.
    pub fn set_qualname(&self, name: Rc<PyStr>) {
        *self.qualname.borrow_mut() = name;
    }

    /// Finds an attribute along the MRO (the class itself first).
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// `lookup`, memoised while `epoch` (bumped on any class change) stays the same.
    pub fn lookup_cached(&self, name: &Rc<PyStr>, epoch: u64) -> Option<Value> {
        {
            let c = self.cache.borrow();
            if c.epoch == epoch {
                for (n, v) in c.entries.iter() {
                    if Rc::ptr_eq(n, name) {
                        return v.clone();
                    }
                }
            }
        }
        let v = self.lookup(name);
        let mut c = self.cache.borrow_mut();
        if c.epoch != epoch {
            c.entries.clear();
            c.epoch = epoch;
        }
        if c.entries.len() >= CACHE_SIZE {
            c.entries.remove(0);
        }
        c.entries.push((name.clone(), v.clone()));
        v
    }

    /// Finds an attribute by Rust name.
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup(&PyStr::new(name))
    }

    /// Finds an attribute and the class that defines it.
    pub fn lookup_with_owner(self: &Rc<Self>, name: &PyStr) -> Option<(Value, Rc<Class>)> {
        if let Some(v) = self.dict.get_str(name) {
            return Some((v, self.clone()));
        }
        for c in &self.mro {
            if let Some(v) = c.dict.get_str(name) {
                return Some((v, c.clone()));
            }
        }
        None
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// The special-method flags, if computed at flags epoch `epoch` (a class
    /// changing its own special methods changes its subclasses' too).
    #[inline]
    pub fn flags_at(&self, epoch: u64) -> Option<SpecialFlags> {
        (self.flags_epoch.get() == epoch).then(|| self.flags.get())
    }

    /// Stores the special-method flags computed at flags epoch `epoch`.
    pub fn set_flags(&self, f: SpecialFlags, epoch: u64) {
        self.flags.set(f);
        self.flags_epoch.set(epoch);
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// The whole MRO including this class, given an `Rc` to it.
    pub fn full_mro(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = Vec::with_capacity(self.mro.len() + 1);
        v.push(self.clone());
        v.extend(self.mro.iter().cloned());
        v
    }
}

impl Drop for Class {
    fn drop(&mut self) {
        // Weak references to this class may have callbacks to queue.
        crate::engine::objects::weak::dropped(self as *const Class as usize);
    }
}

/// Extra state an instance of a built-in-derived class carries.
pub enum Payload {
    /// Nothing beyond attributes.
    None,
    /// An exception's args, traceback, cause and context.
    Exception(RefCell<ExcData>),
    /// A `list` subclass instance's items.
    List(Rc<PyList>),
    /// A `dict` subclass instance's items.
    Dict(Rc<PyDict>),
    /// A `threading.local`'s per-thread namespaces.
    Local(LocalData),
    /// An immutable built-in value (`int`, `float`, `str`, `tuple`, ... subclasses).
    Value(Value),
}

/// An instance of a class defined in Python (or of an exception class).
pub struct Instance {
    pub(super) class: RefCell<Rc<Class>>,
    /// The instance `__dict__`, unless `__slots__` removed it.
    pub dict: Option<Rc<PyDict>>,
    /// Values of `__slots__`, indexed like `Class::slot_names`.
    pub slots: RefCell<Vec<Option<Value>>>,
    /// Built-in base state.
    pub payload: Payload,
    /// Whether and in what order its `__del__` runs (see `objects::finalizer`);
    /// also its place in creation order once a weak reference points at it.
    pub finalizer: Cell<u64>,
}

impl Instance {
    /// A new instance with an empty namespace.
    pub fn new(class: Rc<Class>, payload: Payload) -> Instance {
        let dict = class.has_dict.then(PyDict::new_rc);
        let slots = RefCell::new(vec![None; class.slot_names.len()]);
        crate::engine::heap::charge(64);
        Instance {
            finalizer: Cell::new(finalizer::birth(&class)),
            class: RefCell::new(class),
            dict,
            slots,
            payload,
        }
    }

    /// A new instance behind an `Rc` (tracked for the cycle collector when
    /// its class has a `__del__`).
    pub fn new_rc(class: Rc<Class>, payload: Payload) -> Rc<Instance> {
        finalizer::track(Instance::new(class, payload))
    }

    /// The instance's class.
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }

    /// The instance's class's serial number, without taking a reference.
    pub fn class_serial(&self) -> u64 {
        self.class.borrow().serial
    }

    /// Replaces the class (`__class__` assignment).
    pub fn set_class(&self, c: Rc<Class>) {
        *self.class.borrow_mut() = c;
    }

    /// The exception data, if this is an exception.
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        crate::engine::heap::release(64);
        // An instance whose `__del__` must run lives on until it has.
        if finalizer::resurrect(self) {
            return;
        }
        // Weak references to this instance may have callbacks to queue.
        crate::engine::objects::weak::dropped(self as *const Instance as usize);
    }
}

/// C3 linearisation: the MRO after `bases` (excluding the new class), or `None`
/// when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut chosen: Option<Rc<Class>> = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t.iter().skip(1).any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let c = chosen?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
