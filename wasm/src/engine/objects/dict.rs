//! The `dict` object: an insertion-ordered hash table with Python key semantics.
//!
//! Hashing and equality of arbitrary keys may run Python code (`__hash__`,
//! `__eq__`), which may in turn touch this dict. So the table never holds a
//! borrow across such a call: lookups whose keys compare natively take a fast
//! path; the others clone each candidate out, compare, and restart if the
//! table changed meanwhile.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::engine::flow::PyResult;
use crate::engine::objects::compare::native_eq;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was taken off the end by `popitem` (probes continue past it).
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
/// Up to this many entries a dict has no index table and is searched linearly
/// (most attribute dicts are this small; it saves an allocation per instance).
const SMALL: usize = 8;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

#[derive(Default)]
struct Table {
    /// Open-addressing index into `entries` (or `EMPTY`).
    indices: Vec<u32>,
    /// Entries in insertion order; `None` marks a deleted entry.
    entries: Vec<Option<Entry>>,
    /// Live entries.
    used: usize,
    /// `DUMMY` index slots (they count as occupied until the next rebuild).
    dummies: usize,
}

/// A Python dict.
#[derive(Default)]
pub struct PyDict {
    table: RefCell<Table>,
    /// Bumped on every structural change, so iterators and slow lookups notice.
    version: Cell<u64>,
}

/// Probe sequence shared by every lookup (CPython's recurrence).
struct ProbeSeq {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        ProbeSeq {
            i: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            mask,
        }
    }

    fn advance(&mut self) {
        self.perturb >>= 5;
        self.i = (self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & self.mask;
    }
}

enum Lookup {
    Found(usize),
    /// Not present.
    Missing,
    /// A key pair needs Python equality.
    NeedsVm,
}

impl Table {
    fn lookup_native(&self, hash: i64, key: &Value) -> Lookup {
        if self.indices.is_empty() {
            for (ix, e) in self.entries.iter().enumerate() {
                if let Some(e) = e {
                    if e.hash == hash {
                        if e.key.is(key) {
                            return Lookup::Found(ix);
                        }
                        match native_eq(&e.key, key) {
                            Some(true) => return Lookup::Found(ix),
                            Some(false) => {}
                            None => return Lookup::NeedsVm,
                        }
                    }
                }
            }
            return Lookup::Missing;
        }
        let mut p = ProbeSeq::new(hash, self.indices.len() - 1);
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return Lookup::Missing;
            }
            if let Some(Some(e)) = self.entries.get(ix as usize) {
                if e.hash == hash {
                    if e.key.is(key) {
                        return Lookup::Found(ix as usize);
                    }
                    match native_eq(&e.key, key) {
                        Some(true) => return Lookup::Found(ix as usize),
                        Some(false) => {}
                        None => return Lookup::NeedsVm,
                    }
                }
            }
            p.advance();
        }
    }

    fn lookup_str(&self, hash: i64, key: &str) -> Option<usize> {
        if self.indices.is_empty() {
            return self.entries.iter().position(|e| {
                matches!(e, Some(e) if e.hash == hash && matches!(&e.key, Value::Str(s) if same_text(s.as_str(), key)))
            });
        }
        let mut p = ProbeSeq::new(hash, self.indices.len() - 1);
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return None;
            }
            if let Some(Some(e)) = self.entries.get(ix as usize) {
                if e.hash == hash {
                    if let Value::Str(s) = &e.key {
                        if same_text(s.as_str(), key) {
                            return Some(ix as usize);
                        }
                    }
                }
            }
            p.advance();
        }
    }

    /// Entry indexes with this hash along the probe chain, and the empty slot ending it.
    fn chain(&self, hash: i64) -> (Vec<(usize, Value)>, usize) {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            for (ix, e) in self.entries.iter().enumerate() {
                if let Some(e) = e {
                    if e.hash == hash {
                        out.push((ix, e.key.clone()));
                    }
                }
            }
            return (out, 0);
        }
        let mut p = ProbeSeq::new(hash, self.indices.len() - 1);
        loop {
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return (out, p.i);
            }
            if let Some(Some(e)) = self.entries.get(ix as usize) {
                if e.hash == hash {
                    out.push((ix as usize, e.key.clone()));
                }
            }
            p.advance();
        }
    }

    fn needs_grow(&self) -> bool {
        if self.indices.is_empty() {
            return self.entries.len() >= SMALL;
        }
        (self.entries.len() + self.dummies + 1) * 3 >= self.indices.len() * 2
    }

    /// The index slot holding entry position `ix`, found along `hash`'s probe path.
    fn slot_of(&self, hash: i64, ix: u32) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mut p = ProbeSeq::new(hash, self.indices.len() - 1);
        loop {
            match self.indices[p.i] {
                EMPTY => return None,
                found if found == ix => return Some(p.i),
                _ => p.advance(),
            }
        }
    }

    /// Takes the last live entry off the end (`popitem`), turning the index slots of
    /// the positions given up into dummies, so no rebuild is needed.
    fn pop_last_entry(&mut self) -> Option<Entry> {
        while let Some(last) = self.entries.pop() {
            let pos = self.entries.len() as u32;
            let slot = match &last {
                Some(e) => self.slot_of(e.hash, pos),
                // A deleted entry's hash is gone; its slot is found by value (rare).
                None => self.indices.iter().position(|&ix| ix == pos),
            };
            if let Some(s) = slot {
                self.indices[s] = DUMMY;
                self.dummies += 1;
            }
            if let Some(e) = last {
                self.used -= 1;
                return Some(e);
            }
        }
        None
    }

    fn rebuild(&mut self) {
        let live: Vec<Option<Entry>> = self.entries.drain(..).filter(|e| e.is_some()).collect();
        if live.len() < SMALL {
            self.indices = Vec::new();
            self.entries = live;
            return;
        }
        let mut size = MIN_SIZE;
        while size * 2 <= (live.len() + 1) * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        self.entries = live;
        self.dummies = 0;
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let mut p = ProbeSeq::new(e.hash, mask);
                while self.indices[p.i] != EMPTY {
                    p.advance();
                }
                self.indices[p.i] = ix as u32;
            }
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.needs_grow() {
            self.rebuild();
        }
        if self.indices.is_empty() && self.entries.len() < SMALL {
            if self.entries.capacity() == 0 {
                self.entries.reserve_exact(4);
            }
            self.entries.push(Some(Entry { hash, key, value }));
            self.used += 1;
            return;
        }
        if self.indices.is_empty() {
            // Growing out of the small layout: index what is there first.
            let size = {
                let mut size = MIN_SIZE;
                while size * 2 <= (self.entries.len() + 2) * 3 {
                    size *= 2;
                }
                size
            };
            self.indices = vec![EMPTY; size];
            let mask = size - 1;
            for (ix, e) in self.entries.iter().enumerate() {
                if let Some(e) = e {
                    let mut p = ProbeSeq::new(e.hash, mask);
                    while self.indices[p.i] != EMPTY {
                        p.advance();
                    }
                    self.indices[p.i] = ix as u32;
                }
            }
        }
        let mut p = ProbeSeq::new(hash, self.indices.len() - 1);
        while self.indices[p.i] != EMPTY {
            p.advance();
        }
        self.indices[p.i] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
    }

    fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take();
        if e.is_some() {
            self.used -= 1;
        }
        e
    }
}

impl PyDict {
    /// An empty dict.
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// A new empty dict behind an `Rc`.
    pub fn new_rc() -> Rc<PyDict> {
        Rc::new(PyDict::default())
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Changes whenever keys are added or removed, to a number no other
    /// dict state has had (0 only for a dict never changed, which is empty).
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    fn bump(&self) {
        self.version.set(next_version());
        crate::engine::heap::charge(0);
    }

    /// A string key's entry index and value.
    pub fn find_str(&self, key: &PyStr) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        let ix = t.lookup_str(key.hash(), key.as_str())?;
        t.entries[ix].as_ref().map(|e| (ix, e.value.clone()))
    }

    /// The value at entry `index`, if that entry's key is `key`.
    pub fn value_at(&self, index: usize, key: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        match t.entries.get(index)? {
            Some(e) if matches!(&e.key, Value::Str(k) if same_text(k.as_str(), key.as_str())) => {
                Some(e.value.clone())
            }
            _ => None,
        }
    }

    /// Looks up a string key without running any Python code.
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        self.find_str(key).map(|(_, v)| v)
    }

    /// Looks up a key given as Rust text.
    pub fn get_by_str(&self, key: &str) -> Option<Value> {
        self.get_str(&PyStr::new(key))
    }

    /// Sets a string key without running any Python code.
    pub fn set_str(&self, key: Rc<PyStr>, value: Value) {
        let hash = key.hash();
        let mut t = self.table.borrow_mut();
        if let Some(ix) = t.lookup_str(hash, key.as_str()) {
            if let Some(e) = t.entries[ix].as_mut() {
                e.value = value;
            }
            return;
        }
        t.insert_new(hash, Value::Str(key), value);
        drop(t);
        self.bump();
    }

    /// Sets a key given as Rust text.
    pub fn set_by_str(&self, key: &str, value: Value) {
        self.set_str(Rc::new(PyStr::new(key)), value)
    }

    /// Removes a string key, returning its value.
    pub fn del_str(&self, key: &PyStr) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        let ix = t.lookup_str(key.hash(), key.as_str())?;
        let e = t.remove_at(ix);
        drop(t);
        self.bump();
        e.map(|e| e.value)
    }

    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Lookup> {
        let fast = self.table.borrow().lookup_native(hash, key);
        if !matches!(fast, Lookup::NeedsVm) {
            return Ok(fast);
        }
        'restart: loop {
            let version = self.version.get();
            let (chain, _) = self.table.borrow().chain(hash);
            for (ix, candidate) in chain {
                let equal = if candidate.is(key) {
                    true
                } else {
                    vm.eq(&candidate, key)?
                };
                if self.version.get() != version {
                    continue 'restart;
                }
                if equal {
                    return Ok(Lookup::Found(ix));
                }
            }
            return Ok(Lookup::Missing);
        }
    }

    /// `d[key]` without raising: `None` when absent.
    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, hash, key)
    }

    /// Lookup with a precomputed hash.
    pub fn get_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<Value>> {
        match self.find(vm, hash, key)? {
            Lookup::Found(ix) => Ok(self.table.borrow().entries[ix]
                .as_ref()
                .map(|e| e.value.clone())),
            _ => Ok(None),
        }
    }

    /// True when the key is present.
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    /// `d[key] = value`.
    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, hash, key, value)
    }

    /// Insert with a precomputed hash.
    pub fn set_hashed(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        match self.find(vm, hash, &key)? {
            Lookup::Found(ix) => {
                if let Some(e) = self.table.borrow_mut().entries[ix].as_mut() {
                    e.value = value;
                }
            }
            _ => {
                crate::engine::heap::charge(40);
                self.table.borrow_mut().insert_new(hash, key, value);
                self.bump();
            }
        }
        Ok(())
    }

    /// Removes a key, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        match self.find(vm, hash, key)? {
            Lookup::Found(ix) => {
                let e = self.table.borrow_mut().remove_at(ix);
                self.bump();
                if e.is_some() {
                    crate::engine::heap::release(40);
                }
                Ok(e.map(|e| e.value))
            }
            _ => Ok(None),
        }
    }

    /// Removes everything.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        crate::engine::heap::release(old.used * 40);
        self.bump();
        drop(old);
    }

    /// Removes everything, unless the dict is in use (then false).
    pub fn try_clear(&self) -> bool {
        let Ok(mut table) = self.table.try_borrow_mut() else {
            return false;
        };
        let old = std::mem::take(&mut *table);
        drop(table);
        crate::engine::heap::release(old.used * 40);
        self.bump();
        drop(old);
        true
    }

    /// Calls `each` with every key and value, in order, without copying
    /// them (nothing, when the dict is being changed).
    pub fn visit(&self, each: &mut dyn FnMut(&Value, &Value)) {
        if let Ok(table) = self.table.try_borrow() {
            for e in table.entries.iter().flatten() {
                each(&e.key, &e.value);
            }
        }
    }

    /// The live entries, in order (a snapshot).
    pub fn entries(&self) -> Vec<Entry> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .cloned()
            .collect()
    }

    /// The keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    /// The values, in order.
    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The entry at or after raw position `pos`, and the position after it (for iterators).
    pub fn entry_from(&self, pos: usize) -> Option<(Entry, usize)> {
        let t = self.table.borrow();
        let mut p = pos;
        while p < t.entries.len() {
            if let Some(e) = &t.entries[p] {
                return Some((e.clone(), p + 1));
            }
            p += 1;
        }
        None
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<Entry> {
        let e = self.table.borrow_mut().pop_last_entry()?;
        crate::engine::heap::release(40);
        self.bump();
        Some(e)
    }

    /// A shallow copy.
    pub fn copy(&self) -> PyDict {
        let t = self.table.borrow();
        crate::engine::heap::charge(t.used * 40);
        let mut nt = Table {
            indices: Vec::new(),
            entries: t.entries.iter().flatten().cloned().map(Some).collect(),
            used: t.used,
            dummies: 0,
        };
        nt.rebuild();
        PyDict {
            table: RefCell::new(nt),
            version: Cell::new(next_version()),
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        crate::engine::heap::release(self.table.borrow().used * 40);
    }
}

thread_local! {
    /// The last dict version handed out, shared by every dict of the thread.
    static LAST_VERSION: Cell<u64> = const { Cell::new(0) };
}

/// A dict version never used before on this thread.
fn next_version() -> u64 {
    LAST_VERSION.with(|v| {
        let next = v.get() + 1;
        v.set(next);
        next
    })
}

/// String equality that skips comparing bytes when both sides are the same
/// text in memory, as names interned by the compiler are.
#[inline]
fn same_text(a: &str, b: &str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}
