//! The bytecode format: instructions, code objects and their exception tables.
//!
//! A stack machine modelled on CPython 3.11's: the compiler follows the same
//! evaluation order, so side effects and error order match. Every instruction
//! is 8 bytes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::ast::Span;
use super::objects::str::PyStr;
use super::source::SourceMap;
use super::value::Value;

/// Binary operators, as stored in `BinaryOp` / `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpKind {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `@`
    MatMul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOpKind {
    /// The operator as written (`+=` form adds `=`).
    pub fn symbol(self) -> &'static str {
        use BinOpKind::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
        }
    }

    /// The special method names: normal, reflected, in-place.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinOpKind::*;
        match self {
            Add => ("__add__", "__radd__", "__iadd__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            And => ("__and__", "__rand__", "__iand__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparisons, as stored in `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpKind {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpKind {
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }

    /// The special method and its reflection.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpKind::Lt => ("__lt__", "__gt__"),
            CmpKind::Le => ("__le__", "__ge__"),
            CmpKind::Eq => ("__eq__", "__eq__"),
            CmpKind::Ne => ("__ne__", "__ne__"),
            CmpKind::Gt => ("__gt__", "__lt__"),
            CmpKind::Ge => ("__ge__", "__le__"),
        }
    }

    /// The comparison with operands swapped.
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Eq => CmpKind::Eq,
            CmpKind::Ne => CmpKind::Ne,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
        }
    }
}

/// `FormatValue` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Conversion {
    /// No `!` conversion.
    None,
    /// `!s`
    Str,
    /// `!r`
    Repr,
    /// `!a`
    Ascii,
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// Does nothing (keeps a line number).
    Nop,
    /// Pushes `consts[i]`.
    LoadConst(u32),
    /// Pushes fast local `i` (UnboundLocalError when unset).
    LoadFast(u32),
    /// Pops into fast local `i`.
    StoreFast(u32),
    /// Unsets fast local `i`.
    DeleteFast(u32),
    /// Pushes the contents of cell `i` (cellvars, then freevars).
    LoadDeref(u32),
    /// Pops into cell `i`.
    StoreDeref(u32),
    /// Empties cell `i`.
    DeleteDeref(u32),
    /// In a class body: the class namespace first, then cell `i`.
    LoadClassDeref(u32),
    /// Pushes cell `i` itself (for building closures).
    LoadClosure(u32),
    /// Pushes global `names[i]` (then builtins).
    LoadGlobal(u32),
    /// Pops into global `names[i]`.
    StoreGlobal(u32),
    /// Deletes global `names[i]`.
    DeleteGlobal(u32),
    /// Module and class scope: locals, then globals, then builtins.
    LoadName(u32),
    /// Pops into the local namespace.
    StoreName(u32),
    /// Deletes from the local namespace.
    DeleteName(u32),
    /// `TOS = TOS.names[i]`.
    LoadAttr(u32),
    /// `TOS.names[i] = TOS1` (pops both).
    StoreAttr(u32),
    /// `del TOS.names[i]`.
    DeleteAttr(u32),
    /// Replaces TOS with `(method, self)` for an unbound method, else `(attr, NULL)`.
    LoadMethod(u32),
    /// Calls after `LoadMethod` with this many arguments.
    CallMethod(u32),
    /// `CallMethod` with keyword names in `consts[names]` (a tuple; the last values are keywords).
    CallMethodKw {
        /// All argument values, positional then keyword.
        argc: u16,
        /// Const index of the keyword-name tuple.
        names: u16,
    },
    /// Calls TOS-argc with `argc` positional arguments.
    Call(u32),
    /// Call with keyword arguments (see `CallMethodKw`).
    CallKw {
        /// All argument values.
        argc: u16,
        /// Const index of the keyword-name tuple.
        names: u16,
    },
    /// `f(*args, **kwargs)`: stack is callable, args tuple, then kwargs dict if the flag is set.
    CallEx(bool),
    /// Binary operator.
    BinaryOp(BinOpKind),
    /// In-place operator (`+=`).
    InplaceOp(BinOpKind),
    /// `-TOS`
    UnaryNeg,
    /// `+TOS`
    UnaryPos,
    /// `not TOS`
    UnaryNot,
    /// `~TOS`
    UnaryInvert,
    /// Rich comparison.
    CompareOp(CmpKind),
    /// `is` (`true` for `is not`).
    IsOp(bool),
    /// `in` (`true` for `not in`).
    ContainsOp(bool),
    /// `TOS1[TOS]`
    BinarySubscr,
    /// `TOS1[TOS] = TOS2`
    StoreSubscr,
    /// `del TOS1[TOS]`
    DeleteSubscr,
    /// Builds a slice from 2 or 3 values.
    BuildSlice(u32),
    /// Builds a tuple of the top `n` values.
    BuildTuple(u32),
    /// Builds a list of the top `n` values.
    BuildList(u32),
    /// Builds a set of the top `n` values.
    BuildSet(u32),
    /// Builds a dict of the top `n` key/value pairs.
    BuildMap(u32),
    /// Concatenates the top `n` strings.
    BuildString(u32),
    /// Formats TOS (and a spec below... see `Compiler`): conversion, has-spec.
    FormatValue(Conversion, bool),
    /// Appends TOS to the list at stack depth `i` (comprehensions).
    ListAppend(u32),
    /// Adds TOS to the set at depth `i`.
    SetAdd(u32),
    /// Sets key TOS1 to TOS in the dict at depth `i`.
    MapAdd(u32),
    /// Extends the list at depth `i` with the iterable TOS.
    ListExtend(u32),
    /// Updates the set at depth `i` with the iterable TOS.
    SetUpdate(u32),
    /// Updates the dict at depth `i` with the mapping TOS (`{**m}`).
    DictUpdate(u32),
    /// Like `DictUpdate` but duplicate keys are an error (`f(**a, **b)`).
    DictMerge(u32),
    /// Converts the list TOS to a tuple.
    ListToTuple,
    /// Unpacks TOS into exactly `n` values (first item on top).
    UnpackSequence(u32),
    /// Unpacks with a starred target: `before` values, a list, `after` values.
    UnpackEx {
        /// Targets before the star.
        before: u16,
        /// Targets after the star.
        after: u16,
    },
    /// Discards TOS.
    Pop,
    /// Pushes a copy of the value `i` slots down (1 = TOS).
    Copy(u32),
    /// Swaps TOS with the value `i` slots down (2 = TOS1).
    Swap(u32),
    /// Unconditional jump.
    Jump(u32),
    /// Pops TOS; jumps when falsy.
    PopJumpIfFalse(u32),
    /// Pops TOS; jumps when truthy.
    PopJumpIfTrue(u32),
    /// Jumps (keeping TOS) when falsy, else pops.
    JumpIfFalseOrPop(u32),
    /// Jumps (keeping TOS) when truthy, else pops.
    JumpIfTrueOrPop(u32),
    /// Pops TOS; jumps when it is not None.
    PopJumpIfNotNone(u32),
    /// `iter(TOS)`.
    GetIter,
    /// Pushes `next(TOS)`, or pops the iterator and jumps when exhausted.
    ForIter(u32),
    /// Returns TOS.
    ReturnValue,
    /// Yields TOS; the sent value replaces it on resume.
    YieldValue,
    /// For `yield from`: `iter(TOS)` unless it is a generator.
    GetYieldFromIter,
    /// Sends TOS into the sub-iterator TOS1; pushes the yielded value, or on
    /// return replaces both with the result and jumps.
    Send(u32),
    /// Function entry: where a thread switch may happen, as in CPython 3.11.
    Resume,
    /// Builds a function from `codes[code]`; flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
    MakeFunction {
        /// Index into the code's nested code objects.
        code: u16,
        /// Which extra values are on the stack.
        flags: u8,
    },
    /// Pushes `__build_class__`.
    LoadBuildClass,
    /// Creates `__annotations__` in the local namespace if missing.
    SetupAnnotations,
    /// `import names[i]` with level and fromlist on the stack.
    ImportName(u32),
    /// Pushes attribute `names[i]` of the module at TOS (keeps the module).
    ImportFrom(u32),
    /// `from module import *` (pops the module).
    ImportStar,
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    Raise(u32),
    /// Re-raises TOS (end of a handler or finally that did not catch it).
    Reraise,
    /// Handler entry: `[exc] -> [previous handled exception, exc]`, making exc the handled one.
    PushExcInfo,
    /// Handler exit: pops the saved previous handled exception and restores it.
    PopExcept,
    /// `[exc, type] -> [exc, matches]`.
    CheckExcMatch,
    /// Replaces the exception at TOS by `type, value, traceback` (for `__exit__`).
    ExcTriple,
    /// `[ctx] -> [bound __exit__, result of __enter__ call pending]`: pushes bound `__exit__` then bound `__enter__`.
    BeforeWith,
    /// Pushes `AssertionError`.
    LoadAssertionError,
}

/// An entry in a code object's exception table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First instruction covered.
    pub start: u32,
    /// One past the last instruction covered.
    pub end: u32,
    /// Handler address.
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
}

/// Properties of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    /// Has `*args`.
    pub varargs: bool,
    /// Has `**kwargs`.
    pub varkw: bool,
    /// Is a generator function.
    pub generator: bool,
    /// Is an `async def`.
    pub coroutine: bool,
    /// Runs with a namespace dict (module and class bodies).
    pub uses_namespace: bool,
    /// Made by the engine itself: hidden from tracebacks.
    pub synthetic: bool,
}

/// A compiled function, class body or module.
pub struct Code {
    /// `co_name`.
    pub name: Rc<PyStr>,
    /// `co_qualname`.
    pub qualname: Rc<PyStr>,
    /// The file name shown in tracebacks.
    pub filename: Rc<str>,
    /// The module's source, for tracebacks.
    pub source: Rc<SourceMap>,
    /// Instructions.
    pub ops: Vec<Op>,
    /// Source span of each instruction.
    pub spans: Vec<Span>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Global, attribute and namespace names.
    pub names: Vec<Rc<PyStr>>,
    /// Fast locals: parameters first.
    pub varnames: Vec<Rc<PyStr>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Rc<PyStr>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Rc<PyStr>>,
    /// For each cellvar that is also a parameter, the parameter's index.
    pub cell_args: Vec<Option<u32>>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Flags.
    pub flags: CodeFlags,
    /// Nested code objects (functions, lambdas, comprehensions, classes).
    pub codes: Vec<Rc<Code>>,
    /// Exception handlers, innermost first for overlapping ranges.
    pub exc_table: Vec<ExcEntry>,
    /// Deepest value stack the code needs.
    pub max_stack: u32,
    /// Line of the `def` (or 1 for modules).
    pub first_line: u32,
    /// The docstring, if the body starts with one.
    pub doc: Option<Rc<PyStr>>,
    /// What the attribute, method and global instructions learnt about
    /// each of `names`.
    pub caches: NameCaches,
}

/// Inline caches, one slot per entry of a code object's `names`.
#[derive(Debug)]
pub struct NameCaches {
    /// `LoadAttr`: the last instance class seen to hold the name as a plain
    /// `__dict__` attribute.
    pub attr: Box<[Cell<AttrCache>]>,
    /// `StoreAttr`: the last instance class seen to store the name straight
    /// into the instance's `__dict__`.
    pub store: Box<[Cell<AttrCache>]>,
    /// `LoadMethod`: the function last found on an instance's class.
    pub method: Box<[RefCell<Option<MethodCache>>]>,
    /// `LoadGlobal`: where the name was last found.
    pub global: Box<[Cell<GlobalCache>]>,
}

impl NameCaches {
    /// Empty caches for `n` names.
    pub fn new(n: usize) -> NameCaches {
        NameCaches {
            attr: (0..n).map(|_| Cell::default()).collect(),
            store: (0..n).map(|_| Cell::default()).collect(),
            method: (0..n).map(|_| RefCell::default()).collect(),
            global: (0..n).map(|_| Cell::default()).collect(),
        }
    }
}

/// Where `LoadGlobal` found a name: an entry index in the globals, or in the
/// builtins while the globals' version (unique per dict state) shows the
/// name is still not a global. A hit re-checks the key at that index.
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    /// Whether it holds anything.
    pub filled: bool,
    /// Found in the builtins rather than the globals.
    pub in_builtins: bool,
    /// The entry index in that dict.
    pub index: u32,
    /// The globals' version when the name was missing from them.
    pub globals_version: u64,
}

/// A method `LoadMethod` found on a class: valid while the class (by
/// serial number) and the VM's type epoch are unchanged, the class has no
/// `__getattribute__` and the instance's own dict does not shadow the name.
#[derive(Debug)]
pub struct MethodCache {
    /// The class's serial number.
    pub class: u64,
    /// The type epoch when it was filled.
    pub epoch: u64,
    /// The plain Python function found.
    pub function: Value,
}

/// What `LoadAttr` or `StoreAttr` learnt about one name on instances of one
/// class: valid while the class is the same (by serial number) and no class
/// anywhere has changed (the VM's type epoch). `plain` says the attribute is
/// read or written straight in the instance's `__dict__`.
#[derive(Clone, Copy, Debug, Default)]
pub struct AttrCache {
    /// The class's serial number ([`Class::serial`](super::objects::class::Class)); 0 when empty.
    pub class: u64,
    /// The type epoch when it was filled.
    pub epoch: u64,
    /// Whether the fast path applies.
    pub plain: bool,
    /// Whether the name is a property whose getter (for loads) or setter
    /// (for stores) is Python code that the op runs as a frame.
    pub property: bool,
}

impl AttrCache {
    /// Whether this entry was filled for `class` at type epoch `epoch`.
    pub fn is_for(&self, class: u64, epoch: u64) -> bool {
        self.class == class && self.epoch == epoch
    }
}

impl Code {
    /// Line number of the instruction at `ip`.
    pub fn line_at(&self, ip: usize) -> u32 {
        match self.spans.get(ip) {
            Some(s) => self.source.line_of(s.start),
            None => self.first_line,
        }
    }

    /// Total fast locals.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Handler covering instruction `ip`, if any.
    pub fn handler_for(&self, ip: u32) -> Option<ExcEntry> {
        self.exc_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
            .copied()
    }
}
