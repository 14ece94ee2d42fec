//! Functions: defined in Python, native built-ins, bound methods, and closure cells.

use std::cell::RefCell;
use std::rc::Rc;

use crate::engine::bytecode::Code;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// A closure cell.
#[derive(Default)]
pub struct CellObj {
    /// The captured variable (`None` while unbound).
    pub value: RefCell<Option<Value>>,
}

impl CellObj {
    /// A new cell.
    pub fn new(v: Option<Value>) -> Rc<CellObj> {
        Rc::new(CellObj {
            value: RefCell::new(v),
        })
    }

    /// The value, if bound.
    pub fn get(&self) -> Option<Value> {
        self.value.borrow().clone()
    }

    /// Binds the value.
    pub fn set(&self, v: Option<Value>) {
        *self.value.borrow_mut() = v;
    }
}

/// A function defined in Python.
pub struct Function {
    /// Its code.
    pub code: Rc<Code>,
    /// The module globals it runs with.
    pub globals: Rc<PyDict>,
    /// `__name__`.
    pub name: RefCell<Rc<PyStr>>,
    /// `__qualname__`.
    pub qualname: RefCell<Rc<PyStr>>,
    /// Positional defaults (`__defaults__`).
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults (`__kwdefaults__`).
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    /// Captured cells, in the order of the code's freevars.
    pub closure: Vec<Rc<CellObj>>,
    /// Function attributes (`__dict__`), created on first use.
    pub dict: RefCell<Option<Rc<PyDict>>>,
    /// `__module__`.
    pub module: RefCell<Value>,
    /// `__doc__`.
    pub doc: RefCell<Value>,
    /// `__annotations__`.
    pub annotations: RefCell<Option<Value>>,
}

impl Function {
    /// A function for `code` with no defaults, closure or attributes.
    pub fn plain(code: Rc<Code>, globals: Rc<PyDict>) -> Function {
        Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            globals,
            defaults: RefCell::new(Vec::new()),
            kwdefaults: RefCell::new(None),
            closure: Vec::new(),
            dict: RefCell::new(None),
            module: RefCell::new(Value::None),
            doc: RefCell::new(Value::None),
            annotations: RefCell::new(None),
            code,
        }
    }
}

impl Drop for Function {
    fn drop(&mut self) {
        // Weak references to this function may have callbacks to queue.
        crate::engine::objects::weak::dropped(self as *const Function as usize);
    }
}

/// A native function's arguments: positional values, then keyword names and values.
pub struct Args<'a> {
    /// Positional arguments (a bound receiver comes first).
    pub pos: &'a [Value],
    /// Keyword names (`str` values), one per entry of `kwvals`.
    pub kwnames: &'a [Value],
    /// Keyword values.
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    /// Positional-only arguments.
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }

    /// The keyword argument with this name.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwnames
            .iter()
            .position(|n| n.as_str() == Some(name))
            .map(|i| &self.kwvals[i])
    }

    /// True when keywords were passed.
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// The signature every native function has.
pub type NativeFn = fn(&mut Vm, &Args<'_>) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct BuiltinFunction {
    /// `__name__`.
    pub name: &'static str,
    /// Owner shown in reprs (`list` for `list.append`), if a method.
    pub owner: Option<&'static str>,
    /// The implementation.
    pub func: NativeFn,
    /// The bound receiver, passed as the first positional argument.
    pub receiver: Option<Value>,
    /// Extra state for natives that need it (e.g. the object a closure-like native serves).
    pub data: Option<Value>,
    /// Needs the calling frame's namespaces (`globals()`, `locals()`, `vars()`, `dir()`).
    pub needs_frame: bool,
    /// Consumes an iterator, and has a way to do so without a nested
    /// scheduler loop when that iterator runs Python code.
    pub unnest: Option<crate::engine::vm::unnest::Unnest>,
}

impl BuiltinFunction {
    /// An unbound native.
    pub fn new(name: &'static str, func: NativeFn) -> BuiltinFunction {
        BuiltinFunction {
            name,
            owner: None,
            func,
            receiver: None,
            data: None,
            needs_frame: false,
            unnest: None,
        }
    }

    /// A method of a built-in type (`owner` names the type in messages and reprs).
    pub fn method(owner: &'static str, name: &'static str, func: NativeFn) -> BuiltinFunction {
        BuiltinFunction {
            owner: Some(owner),
            ..BuiltinFunction::new(name, func)
        }
    }

    /// The same native bound to a receiver.
    pub fn bind(&self, receiver: Value) -> BuiltinFunction {
        BuiltinFunction {
            name: self.name,
            owner: self.owner,
            func: self.func,
            receiver: Some(receiver),
            data: self.data.clone(),
            needs_frame: self.needs_frame,
            unnest: self.unnest,
        }
    }
}

/// What a native is, as CPython's types tell natives apart (for reprs and `type()`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NativeKind {
    /// A module-level or free function: `builtin_function_or_method`.
    Function,
    /// A method of a built-in type bound to its receiver (`"a".upper`).
    BoundMethod,
    /// A method of a built-in type read from the class (`str.upper`).
    MethodDescriptor,
    /// A type slot read from the class (`int.__add__`).
    SlotWrapper,
    /// A type slot bound to its receiver (`(1).__add__`).
    MethodWrapper,
    /// A built-in type's `__new__` or static method: a function bound to
    /// the type in CPython.
    TypeNew,
}

/// Dunders that CPython fills from a type slot, so a built-in type's own
/// version is a slot wrapper rather than a method descriptor.
const SLOT_DUNDERS: &[&str] = &[
    "__abs__",
    "__add__",
    "__and__",
    "__bool__",
    "__call__",
    "__contains__",
    "__del__",
    "__delattr__",
    "__delete__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__get__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imod__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__iter__",
    "__itruediv__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__matmul__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__set__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
];

/// Whether a built-in type's dunder is a slot wrapper. A few types also list a
/// slot among their methods (CPython's METH_COEXIST, for speed), and those
/// read back as method descriptors.
fn is_slot(owner: &str, name: &str) -> bool {
    let coexists = matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    );
    !coexists && SLOT_DUNDERS.contains(&name)
}

/// CPython's `tp_name` for the type an owner names, as method reprs show it
/// (`<method 'append' of 'collections.deque' objects>`).
pub fn owner_type_name(owner: &str) -> &str {
    match owner {
        "lock" => "_thread.lock",
        "deque" => "collections.deque",
        "weakref" => "weakref.ReferenceType",
        "Random" => "_random.Random",
        "TextIOWrapper" => "_io.TextIOWrapper",
        "ContextVar" => "_contextvars.ContextVar",
        "Context" => "_contextvars.Context",
        "Token" => "_contextvars.Token",
        "GenericAlias" => "types.GenericAlias",
        "UnionType" => "types.UnionType",
        "struct_time" => "time.struct_time",
        "version_info" => "sys.version_info",
        other => other,
    }
}

impl BuiltinFunction {
    /// Which of CPython's native kinds this is.
    pub fn kind(&self) -> NativeKind {
        let bound = matches!(&self.receiver, Some(r) if !matches!(r, Value::Module(_)));
        let Some(owner) = self.owner else {
            return if bound {
                NativeKind::BoundMethod
            } else {
                NativeKind::Function
            };
        };
        // `__new__` and the static `maketrans` are natives bound to their type.
        if matches!(self.name, "__new__" | "maketrans") {
            return NativeKind::TypeNew;
        }
        match (bound, is_slot(owner, self.name)) {
            (false, false) => NativeKind::MethodDescriptor,
            (false, true) => NativeKind::SlotWrapper,
            (true, false) => NativeKind::BoundMethod,
            (true, true) => NativeKind::MethodWrapper,
        }
    }
}

/// A Python function bound to a receiver (an instance, or a class for classmethods).
pub struct BoundMethod {
    /// The function (usually a `Function`, but any callable).
    pub func: Value,
    /// The receiver passed as the first argument.
    pub receiver: Value,
}
