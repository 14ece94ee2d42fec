//! States of the built-in iterators.

use std::rc::Rc;

use crate::engine::objects::dict::PyDict;
use crate::engine::objects::list::PyList;
use crate::engine::objects::object::ViewKind;
use crate::engine::objects::set::PySet;
use crate::engine::objects::str::PyStr;
use crate::engine::objects::tuple::PyTuple;
use crate::engine::value::Value;

/// What a built-in iterator is walking and where it is.
pub enum IterState {
    /// `list_iterator` (sees appends while iterating, like CPython).
    List(Rc<PyList>, usize),
    /// `list_reverseiterator`.
    ListReversed(Rc<PyList>, usize),
    /// `tuple_iterator`.
    Tuple(Rc<PyTuple>, usize),
    /// `str_ascii_iterator` / `str_iterator`: string and byte offset.
    Str(Rc<PyStr>, usize),
    /// `bytes_iterator`.
    Bytes(Rc<Vec<u8>>, usize),
    /// `range_iterator`: next value, values left, step.
    Range {
        /// Next value to yield.
        next: i64,
        /// Values left.
        left: u64,
        /// Step.
        step: i64,
    },
    /// Dict key/value/item iterators (raise if the dict changes size).
    Dict {
        /// The dict.
        dict: Rc<PyDict>,
        /// Raw entry position.
        pos: usize,
        /// Size when iteration began.
        len: usize,
        /// Which view.
        kind: ViewKind,
    },
    /// `set_iterator`.
    Set {
        /// The set.
        set: Rc<PySet>,
        /// Raw slot position.
        pos: usize,
        /// Size when iteration began.
        len: usize,
    },
    /// `enumerate(iterable, start)`.
    Enumerate {
        /// The underlying iterator.
        iter: Value,
        /// Next count.
        count: i64,
    },
    /// `zip(*iterables)`.
    Zip {
        /// The underlying iterators.
        iters: Vec<Value>,
        /// `strict=True`.
        strict: bool,
    },
    /// `map(func, *iterables)`.
    Map {
        /// The function.
        func: Value,
        /// The underlying iterators.
        iters: Vec<Value>,
    },
    /// `filter(func, iterable)`.
    Filter {
        /// The predicate (None: truthiness).
        func: Value,
        /// The underlying iterator.
        iter: Value,
    },
    /// `reversed(seq)` over a sequence with `__len__` and `__getitem__`.
    ReversedSeq {
        /// The sequence.
        seq: Value,
        /// Next index (counting down); -1 when done.
        index: i64,
    },
    /// `iter(obj)` for an object with only `__getitem__`.
    GetItem {
        /// The object.
        obj: Value,
        /// Next index.
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// The function.
        func: Value,
        /// Stop value.
        sentinel: Value,
    },
    /// An iterator over a fixed list of values (itertools results, snapshots).
    Values(Vec<Value>, usize),
    /// `itertools.count(start, step)`.
    Count {
        /// Next value.
        next: Value,
        /// Step.
        step: Value,
    },
    /// `itertools.cycle`: saved values and position, or still reading the source.
    Cycle {
        /// The source iterator, until exhausted.
        source: Option<Value>,
        /// Values seen so far.
        saved: Vec<Value>,
        /// Position in `saved` once the source is exhausted.
        pos: usize,
    },
    /// `itertools.chain(*iterables)` / `chain.from_iterable`.
    Chain {
        /// Iterator over the iterables.
        sources: Value,
        /// The current iterator.
        current: Option<Value>,
    },
    /// `itertools.islice`.
    Islice {
        /// The source iterator.
        iter: Value,
        /// Next index to yield.
        next: usize,
        /// Stop index (None: no stop).
        stop: Option<usize>,
        /// Step.
        step: usize,
        /// Index of the next item the source will produce.
        pos: usize,
    },
    /// `itertools.repeat`.
    Repeat {
        /// The value.
        value: Value,
        /// Times left (None: forever).
        left: Option<u64>,
    },
    /// Finished: always raises StopIteration.
    Exhausted,
}

impl IterState {
    /// CPython's type name for this iterator.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List(..) => "list_iterator",
            IterState::ListReversed(..) => "list_reverseiterator",
            IterState::Tuple(..) => "tuple_iterator",
            IterState::Str(s, _) if !s.is_ascii() => "str_iterator",
            IterState::Str(..) => "str_ascii_iterator",
            IterState::Bytes(..) => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind, .. } => match kind {
                ViewKind::Keys => "dict_keyiterator",
                ViewKind::Values => "dict_valueiterator",
                ViewKind::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::ReversedSeq { .. } => "reversed",
            IterState::GetItem { .. } => "iterator",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Values(..) => "iterator",
            IterState::Count { .. } => "count",
            IterState::Cycle { .. } => "cycle",
            IterState::Chain { .. } => "chain",
            IterState::Islice { .. } => "islice",
            IterState::Repeat { .. } => "repeat",
            IterState::Exhausted => "iterator",
        }
    }
}
