//! The `set` and `frozenset` objects.
//!
//! CPython's sets iterate in hash-table order, and programs print sets of ints
//! all the time, so this table follows CPython's layout rules exactly: the same
//! minimum size, linear probes, perturbation, fill ratio, resize targets and
//! dummy handling. With CPython's int hashes that reproduces its order.

use std::cell::{Cell, RefCell};

use crate::engine::flow::PyResult;
use crate::engine::objects::compare::native_eq;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
struct Table {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Table {
    fn new() -> Table {
        Table {
            slots: vec![Slot::Unused; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Unused) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Unused) {
                        slots[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let mut slots = vec![Slot::Unused; newsize];
        for s in self.slots.drain(..) {
            if let Slot::Active(h, k) = s {
                Table::insert_clean(&mut slots, h, k);
            }
        }
        self.slots = slots;
        self.fill = self.used;
    }
}

/// What a probe found.
enum Probe {
    Found(usize),
    /// Absent; insert at this slot (a dummy to reuse, or the unused slot that ended the probe).
    Absent {
        slot: usize,
        reuse_dummy: bool,
    },
    NeedsVm,
}

/// A Python set (also used for frozenset).
pub struct PySet {
    table: RefCell<Table>,
    version: Cell<u64>,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl PySet {
    /// An empty set.
    pub fn new() -> PySet {
        PySet {
            table: RefCell::new(Table::new()),
            version: Cell::new(0),
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Changes on every structural change.
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    fn probe_native(t: &Table, hash: i64, key: &Value) -> Probe {
        let mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let at = i + j;
                match &t.slots[at] {
                    Slot::Unused => {
                        return match freeslot {
                            Some(f) => Probe::Absent {
                                slot: f,
                                reuse_dummy: true,
                            },
                            None => Probe::Absent {
                                slot: at,
                                reuse_dummy: false,
                            },
                        };
                    }
                    Slot::Active(h, k) if *h == hash => {
                        if k.is(key) {
                            return Probe::Found(at);
                        }
                        match native_eq(k, key) {
                            Some(true) => return Probe::Found(at),
                            Some(false) => {}
                            None => return Probe::NeedsVm,
                        }
                    }
                    // CPython remembers the last dummy on the probe path, not the first.
                    Slot::Dummy => freeslot = Some(at),
                    Slot::Active(..) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The same probe, comparing with Python equality and restarting when the table changes.
    fn probe(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Probe> {
        let fast = PySet::probe_native(&self.table.borrow(), hash, key);
        if !matches!(fast, Probe::NeedsVm) {
            return Ok(fast);
        }
        'restart: loop {
            let version = self.version.get();
            let mask = self.table.borrow().mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in 0..=probes {
                    let at = i + j;
                    let slot = self.table.borrow().slots[at].clone();
                    match slot {
                        Slot::Unused => {
                            return Ok(match freeslot {
                                Some(f) => Probe::Absent {
                                    slot: f,
                                    reuse_dummy: true,
                                },
                                None => Probe::Absent {
                                    slot: at,
                                    reuse_dummy: false,
                                },
                            });
                        }
                        Slot::Active(h, k) if h == hash => {
                            let equal = k.is(key) || vm.eq(&k, key)?;
                            if self.version.get() != version {
                                continue 'restart;
                            }
                            if equal {
                                return Ok(Probe::Found(at));
                            }
                        }
                        Slot::Dummy => freeslot = Some(at),
                        Slot::Active(..) => {}
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    /// Adds an element with a known hash.
    pub fn add_hashed(&self, vm: &mut Vm, hash: i64, key: Value) -> PyResult<()> {
        let probe = self.probe(vm, hash, &key)?;
        self.insert_at(probe, hash, key);
        Ok(())
    }

    /// Adds a value whose equality never needs Python code (compile-time
    /// constants); returns false if it could not decide.
    pub fn add_native(&self, hash: i64, key: Value) -> bool {
        let probe = PySet::probe_native(&self.table.borrow(), hash, &key);
        if matches!(probe, Probe::NeedsVm) {
            return false;
        }
        self.insert_at(probe, hash, key);
        true
    }

    fn insert_at(&self, probe: Probe, hash: i64, key: Value) {
        match probe {
            Probe::Found(_) | Probe::NeedsVm => {}
            Probe::Absent { slot, reuse_dummy } => {
                let mut t = self.table.borrow_mut();
                t.slots[slot] = Slot::Active(hash, key);
                t.used += 1;
                crate::engine::heap::charge(24);
                if !reuse_dummy {
                    t.fill += 1;
                    let mask = t.mask();
                    if t.fill * 5 >= mask * 3 {
                        let target = if t.used > 50000 {
                            t.used * 2
                        } else {
                            t.used * 4
                        };
                        t.resize(target);
                    }
                }
                drop(t);
                self.bump();
            }
        }
    }

    /// `s.add(key)`.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, hash, key)
    }

    /// Membership with a known hash.
    pub fn contains_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        Ok(matches!(self.probe(vm, hash, key)?, Probe::Found(_)))
    }

    /// `key in s`.
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.contains_hashed(vm, hash, key)
    }

    /// Removes an element; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.discard_hashed(vm, hash, key)
    }

    /// Removes an element with a known hash; returns whether it was present.
    pub fn discard_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        if let Probe::Found(at) = self.probe(vm, hash, key)? {
            let mut t = self.table.borrow_mut();
            t.slots[at] = Slot::Dummy;
            t.used -= 1;
            crate::engine::heap::release(24);
            drop(t);
            self.bump();
            return Ok(true);
        }
        Ok(false)
    }

    /// After many removals, rebuilds the table without its dummies, as CPython's
    /// `difference_update` does when more than a quarter of the slots are dummies.
    pub fn purge_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used <= t.mask() / 4 {
            return;
        }
        let target = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(target);
        drop(t);
        self.bump();
    }

    /// Exchanges the contents of two sets (CPython's `set_swap_bodies`).
    pub fn swap_contents(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let mut a = self.table.borrow_mut();
        let mut b = other.table.borrow_mut();
        std::mem::swap(&mut *a, &mut *b);
        // Each set keeps its own `pop` finger, as in CPython.
        std::mem::swap(&mut a.finger, &mut b.finger);
        drop((a, b));
        self.bump();
        other.bump();
    }

    /// Removes and returns an arbitrary element, as CPython's `set.pop` picks it.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        loop {
            if let Slot::Active(..) = t.slots[i] {
                break;
            }
            i = (i + 1) & mask;
        }
        let old = std::mem::replace(&mut t.slots[i], Slot::Dummy);
        t.used -= 1;
        t.finger = i + 1;
        drop(t);
        self.bump();
        crate::engine::heap::release(24);
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// Removes everything.
    pub fn clear(&self) {
        let mut t = self.table.borrow_mut();
        crate::engine::heap::release(t.used * 24);
        *t = Table::new();
        drop(t);
        self.bump();
    }

    /// The elements with their hashes, in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// The elements in table order.
    pub fn items(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(_, k)| k).collect()
    }

    /// The element at or after raw slot `pos`, and the slot after it (for iterators).
    pub fn item_from(&self, pos: usize) -> Option<(Value, usize)> {
        let t = self.table.borrow();
        let mut p = pos;
        while p < t.slots.len() {
            if let Slot::Active(_, k) = &t.slots[p] {
                return Some((k.clone(), p + 1));
            }
            p += 1;
        }
        None
    }

    /// Adds every element of another set, as CPython's `set_merge` does (same order effects).
    pub fn merge(&self, vm: &mut Vm, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        if self.merge_into_empty(other) {
            return Ok(());
        }
        for (h, k) in other.entries() {
            self.add_hashed(vm, h, k)?;
        }
        Ok(())
    }

    /// CPython's fast paths for merging into a set with no entries; false if not empty.
    fn merge_into_empty(&self, other: &PySet) -> bool {
        let (other_used, other_fill, other_slots) = {
            let o = other.table.borrow();
            (o.used, o.fill, o.slots.clone())
        };
        let mut t = self.table.borrow_mut();
        if (t.fill + other_used) * 5 >= t.mask() * 3 {
            let target = (t.used + other_used) * 2;
            t.resize(target);
        }
        if t.fill != 0 {
            return false;
        }
        crate::engine::heap::charge(other_used * 24);
        if t.slots.len() == other_slots.len() && other_fill == other_used {
            t.slots = other_slots;
        } else {
            for s in other_slots {
                if let Slot::Active(h, k) = s {
                    Table::insert_clean(&mut t.slots, h, k);
                }
            }
        }
        t.fill = other_used;
        t.used = other_used;
        drop(t);
        self.bump();
        true
    }

    /// Grows the table once before adding `extra` elements from a dict (CPython's presize).
    pub fn presize_for(&self, extra: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + extra) * 5 >= t.mask() * 3 {
            let target = (t.used + extra) * 2;
            t.resize(target);
        }
    }

    /// A copy, laid out as CPython's `set.copy` lays it out.
    pub fn copy(&self) -> PySet {
        let s = PySet::new();
        s.merge_into_empty(self);
        s
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        crate::engine::heap::release(self.table.borrow().used * 24);
    }
}
