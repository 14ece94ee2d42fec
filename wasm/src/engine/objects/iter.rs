//! States of the built-in iterators.

use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::objects::deque::DequeObj;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::list::PyList;
use crate::engine::objects::object::{Object, ViewKind};
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
    /// A deque's iterator (forwards or backwards); fails once the deque changes.
    Deque {
        /// The deque.
        deque: Rc<DequeObj>,
        /// Position of the next item.
        index: usize,
        /// Items left to yield.
        left: usize,
        /// The deque's mutation count when iteration began.
        stamp: u64,
        /// `reversed(deque)`.
        reverse: bool,
    },
    /// The other `itertools` iterators.
    Tool(ToolState),
    /// Finished: always raises StopIteration.
    Exhausted,
}

/// `itertools.groupby` state shared by the groupby object and its groups.
pub struct GroupByShared {
    /// The source iterator.
    pub iter: Value,
    /// The key function (None: identity).
    pub key: Value,
    /// Key of the group being handed out.
    pub tgtkey: Option<Value>,
    /// Key of the item read last.
    pub currkey: Option<Value>,
    /// The item read last, until a group takes it.
    pub currvalue: Option<Value>,
    /// Number of the current group; older groups are finished.
    pub group: u64,
}

/// `itertools.tee` state shared by the copies: the items some copy has not yet read.
pub struct TeeShared {
    /// The source iterator.
    pub iter: Value,
    /// Buffered items; `buf[0]` is item number `base`.
    pub buf: std::collections::VecDeque<Value>,
    /// Number of the first buffered item.
    pub base: usize,
    /// Next item number of each copy.
    pub positions: Vec<usize>,
}

/// States of the itertools iterators that may call Python code between steps.
pub enum ToolState {
    /// `accumulate(iterable, func, initial=...)`.
    Accumulate {
        /// Source.
        iter: Value,
        /// Binary function (None: `+`).
        func: Value,
        /// Running total.
        total: Option<Value>,
        /// `initial`, not yet yielded.
        initial: Option<Value>,
    },
    /// `compress(data, selectors)`.
    Compress {
        /// Data source.
        data: Value,
        /// Selector source.
        selectors: Value,
    },
    /// `dropwhile(pred, iterable)`.
    DropWhile {
        /// Predicate.
        pred: Value,
        /// Source.
        iter: Value,
        /// Still dropping.
        dropping: bool,
    },
    /// `takewhile(pred, iterable)`.
    TakeWhile {
        /// Predicate.
        pred: Value,
        /// Source.
        iter: Value,
        /// The predicate failed once: no more items.
        done: bool,
    },
    /// `filterfalse(pred, iterable)`.
    FilterFalse {
        /// Predicate (None: truthiness).
        pred: Value,
        /// Source.
        iter: Value,
    },
    /// `starmap(func, iterable)`.
    StarMap {
        /// Function.
        func: Value,
        /// Source of argument tuples.
        iter: Value,
    },
    /// `pairwise(iterable)`.
    Pairwise {
        /// Source.
        iter: Value,
        /// The previous item.
        old: Option<Value>,
    },
    /// `zip_longest(*iterables, fillvalue=...)`.
    ZipLongest {
        /// Sources; `None` once exhausted.
        iters: Vec<Option<Value>>,
        /// Sources not yet exhausted.
        active: usize,
        /// Stand-in for missing items.
        fill: Value,
    },
    /// `product`, `permutations`, `combinations`, `combinations_with_replacement`.
    Combinatoric {
        /// Which one.
        kind: Combinatoric,
        /// The pools (one per position for `product`; one shared pool otherwise).
        pools: Vec<Vec<Value>>,
        /// Current indices; `None` before the first result.
        indices: Option<Vec<usize>>,
        /// `permutations`' cycle counters.
        cycles: Vec<usize>,
        /// Result length.
        r: usize,
        /// No more results.
        done: bool,
    },
    /// `groupby(iterable, key)`.
    GroupBy(Rc<RefCell<GroupByShared>>),
    /// One group of a `groupby`.
    Grouper {
        /// The groupby's state.
        shared: Rc<RefCell<GroupByShared>>,
        /// This group's key.
        key: Value,
        /// This group's number.
        group: u64,
    },
    /// One copy made by `tee`.
    Tee {
        /// The buffer shared with the other copies.
        shared: Rc<RefCell<TeeShared>>,
        /// This copy's slot in `positions`.
        slot: usize,
    },
}

/// The combinatoric iterators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Combinatoric {
    /// `product`.
    Product,
    /// `permutations`.
    Permutations,
    /// `combinations`.
    Combinations,
    /// `combinations_with_replacement`.
    CombinationsWithReplacement,
}

impl ToolState {
    /// CPython's type name.
    pub fn type_name(&self) -> &'static str {
        match self {
            ToolState::Accumulate { .. } => "itertools.accumulate",
            ToolState::Compress { .. } => "itertools.compress",
            ToolState::DropWhile { .. } => "itertools.dropwhile",
            ToolState::TakeWhile { .. } => "itertools.takewhile",
            ToolState::FilterFalse { .. } => "itertools.filterfalse",
            ToolState::StarMap { .. } => "itertools.starmap",
            ToolState::Pairwise { .. } => "itertools.pairwise",
            ToolState::ZipLongest { .. } => "itertools.zip_longest",
            ToolState::Combinatoric { kind, .. } => match kind {
                Combinatoric::Product => "itertools.product",
                Combinatoric::Permutations => "itertools.permutations",
                Combinatoric::Combinations => "itertools.combinations",
                Combinatoric::CombinationsWithReplacement => {
                    "itertools.combinations_with_replacement"
                }
            },
            ToolState::GroupBy(_) => "itertools.groupby",
            ToolState::Grouper { .. } => "itertools._grouper",
            ToolState::Tee { .. } => "itertools._tee",
        }
    }
}

/// An `enumerate`, `zip`, `map`, `filter` or `islice` whose work runs Python
/// code: a generator from `vm/unnest.py` does the work.
pub struct BackedIter {
    /// The type's name.
    pub name: &'static str,
    /// The helper that makes the generator, and its arguments.
    pub helper: Value,
    /// The helper's arguments (its state lives in them, not in the generator).
    pub args: Vec<Value>,
    /// The generator doing the work now.
    pub gen: RefCell<Rc<Object>>,
}

impl BackedIter {
    /// Whether a finished generator is made again on the next request: the
    /// native types ask their sources again each time (after an error too),
    /// except `islice`, which lets go of its source for good.
    pub fn restarts(&self) -> bool {
        self.name != "itertools.islice"
    }
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
            IterState::Count { .. } => "itertools.count",
            IterState::Cycle { .. } => "itertools.cycle",
            IterState::Chain { .. } => "itertools.chain",
            IterState::Islice { .. } => "itertools.islice",
            IterState::Repeat { .. } => "itertools.repeat",
            IterState::Tool(t) => t.type_name(),
            IterState::Deque { reverse: false, .. } => "_collections._deque_iterator",
            IterState::Deque { reverse: true, .. } => "_collections._deque_reverse_iterator",
            IterState::Exhausted => "iterator",
        }
    }
}
