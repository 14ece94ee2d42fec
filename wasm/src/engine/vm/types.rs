//! The built-in classes: `object`, `type`, `int`, ..., and the exception hierarchy.
//!
//! They are created once per engine and shared by every process it simulates;
//! Python code cannot change a built-in class's namespace.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::engine::objects::class::{c3_mro, BaseKind, Class};
use crate::engine::objects::dict::PyDict;

/// Built-in exception classes the engine raises itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum ExcKind {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    StopAsyncIteration,
    ArithmeticError,
    FloatingPointError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    BufferError,
    EOFError,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    TimeoutError,
    ReferenceError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    SyntaxError,
    IndentationError,
    TabError,
    SystemError,
    TypeError,
    ValueError,
    UnicodeError,
    Warning,
}

/// (kind, name, parent) in definition order, parents first.
const EXCEPTIONS: &[(ExcKind, &str, Option<ExcKind>)] = {
    use ExcKind::*;
    &[
        (BaseException, "BaseException", None),
        (SystemExit, "SystemExit", Some(BaseException)),
        (KeyboardInterrupt, "KeyboardInterrupt", Some(BaseException)),
        (GeneratorExit, "GeneratorExit", Some(BaseException)),
        (Exception, "Exception", Some(BaseException)),
        (StopIteration, "StopIteration", Some(Exception)),
        (StopAsyncIteration, "StopAsyncIteration", Some(Exception)),
        (ArithmeticError, "ArithmeticError", Some(Exception)),
        (
            FloatingPointError,
            "FloatingPointError",
            Some(ArithmeticError),
        ),
        (OverflowError, "OverflowError", Some(ArithmeticError)),
        (
            ZeroDivisionError,
            "ZeroDivisionError",
            Some(ArithmeticError),
        ),
        (AssertionError, "AssertionError", Some(Exception)),
        (AttributeError, "AttributeError", Some(Exception)),
        (BufferError, "BufferError", Some(Exception)),
        (EOFError, "EOFError", Some(Exception)),
        (ImportError, "ImportError", Some(Exception)),
        (
            ModuleNotFoundError,
            "ModuleNotFoundError",
            Some(ImportError),
        ),
        (LookupError, "LookupError", Some(Exception)),
        (IndexError, "IndexError", Some(LookupError)),
        (KeyError, "KeyError", Some(LookupError)),
        (MemoryError, "MemoryError", Some(Exception)),
        (NameError, "NameError", Some(Exception)),
        (UnboundLocalError, "UnboundLocalError", Some(NameError)),
        (OSError, "OSError", Some(Exception)),
        (TimeoutError, "TimeoutError", Some(OSError)),
        (ReferenceError, "ReferenceError", Some(Exception)),
        (RuntimeError, "RuntimeError", Some(Exception)),
        (
            NotImplementedError,
            "NotImplementedError",
            Some(RuntimeError),
        ),
        (RecursionError, "RecursionError", Some(RuntimeError)),
        (SyntaxError, "SyntaxError", Some(Exception)),
        (IndentationError, "IndentationError", Some(SyntaxError)),
        (TabError, "TabError", Some(IndentationError)),
        (SystemError, "SystemError", Some(Exception)),
        (TypeError, "TypeError", Some(Exception)),
        (ValueError, "ValueError", Some(Exception)),
        (UnicodeError, "UnicodeError", Some(ValueError)),
        (Warning, "Warning", Some(Exception)),
    ]
};

/// More exception classes that exist for `except` clauses and subclassing only.
const MORE_EXCEPTIONS: &[(&str, &str)] = &[
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

/// Every built-in class.
#[allow(missing_docs)]
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub none_type: Rc<Class>,
    pub not_implemented_type: Rc<Class>,
    pub ellipsis_type: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    /// `str.upper`: a built-in type's method read from the class.
    pub method_descriptor: Rc<Class>,
    /// `int.__add__`: a built-in type's slot read from the class.
    pub wrapper_descriptor: Rc<Class>,
    /// `(1).__add__`: a built-in type's slot bound to a receiver.
    pub method_wrapper: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub generator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub lock: Rc<Class>,
    pub weakref: Rc<Class>,
    pub mappingproxy: Rc<Class>,
    pub traceback: Rc<Class>,
    pub frame: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub local: Rc<Class>,
    exceptions: HashMap<ExcKind, Rc<Class>>,
    /// Every exception class by name (for the builtins module).
    pub exception_names: Vec<(String, Rc<Class>)>,
    /// Iterator classes, created on first use by type name.
    iterators: RefCell<HashMap<&'static str, Rc<Class>>>,
}

/// A built-in class with these bases.
pub fn builtin_class(name: &str, bases: &[Rc<Class>], kind: BaseKind) -> Rc<Class> {
    let mro = c3_mro(bases).unwrap_or_default();
    Rc::new(Class::new(
        name,
        name,
        bases.to_vec(),
        mro,
        PyDict::new_rc(),
        kind,
        true,
        Vec::new(),
        false,
    ))
}

/// A built-in exception class (its instances carry a `__dict__`, as CPython's do).
pub fn exception_class(name: &str, bases: &[Rc<Class>]) -> Rc<Class> {
    let mro = c3_mro(bases).unwrap_or_default();
    Rc::new(Class::new(
        name,
        name,
        bases.to_vec(),
        mro,
        PyDict::new_rc(),
        BaseKind::Exception,
        true,
        Vec::new(),
        true,
    ))
}

impl Types {
    /// Creates every built-in class (their namespaces are filled by `builtins`).
    pub fn new() -> Types {
        let object = builtin_class("object", &[], BaseKind::Object);
        let o = std::slice::from_ref(&object);
        let mk = |name: &str, kind: BaseKind| builtin_class(name, o, kind);
        let int = mk("int", BaseKind::Int);
        let bool_ = builtin_class("bool", std::slice::from_ref(&int), BaseKind::Final);
        let mut exceptions: HashMap<ExcKind, Rc<Class>> = HashMap::new();
        let mut exception_names = Vec::new();
        for (kind, name, parent) in EXCEPTIONS {
            let bases = match parent {
                Some(p) => vec![exceptions[p].clone()],
                None => vec![object.clone()],
            };
            let c = exception_class(name, &bases);
            exception_names.push((name.to_string(), c.clone()));
            exceptions.insert(*kind, c);
        }
        for (name, parent) in MORE_EXCEPTIONS {
            let base = exception_names
                .iter()
                .find(|(n, _)| n == parent)
                .map(|(_, c)| c.clone());
            if let Some(base) = base {
                let c = exception_class(name, &[base]);
                exception_names.push((name.to_string(), c));
            }
        }
        Types {
            type_: mk("type", BaseKind::Type),
            float: mk("float", BaseKind::Float),
            complex: mk("complex", BaseKind::Final),
            str_: mk("str", BaseKind::Str),
            bytes: mk("bytes", BaseKind::Bytes),
            bytearray: mk("bytearray", BaseKind::Final),
            list: mk("list", BaseKind::List),
            tuple: mk("tuple", BaseKind::Tuple),
            dict: mk("dict", BaseKind::Dict),
            set: mk("set", BaseKind::Set),
            frozenset: mk("frozenset", BaseKind::FrozenSet),
            none_type: mk("NoneType", BaseKind::Final),
            not_implemented_type: mk("NotImplementedType", BaseKind::Final),
            ellipsis_type: mk("ellipsis", BaseKind::Final),
            function: mk("function", BaseKind::Final),
            builtin_function: mk("builtin_function_or_method", BaseKind::Final),
            method_descriptor: mk("method_descriptor", BaseKind::Final),
            wrapper_descriptor: mk("wrapper_descriptor", BaseKind::Final),
            method_wrapper: mk("method-wrapper", BaseKind::Final),
            method: mk("method", BaseKind::Final),
            module: mk("module", BaseKind::Final),
            range: mk("range", BaseKind::Final),
            slice: mk("slice", BaseKind::Final),
            generator: mk("generator", BaseKind::Final),
            property: mk("property", BaseKind::Object),
            staticmethod: mk("staticmethod", BaseKind::Final),
            classmethod: mk("classmethod", BaseKind::Final),
            super_: mk("super", BaseKind::Final),
            cell: mk("cell", BaseKind::Final),
            code: mk("code", BaseKind::Final),
            lock: mk("_thread.lock", BaseKind::Final),
            weakref: mk("weakref.ReferenceType", BaseKind::Final),
            mappingproxy: mk("mappingproxy", BaseKind::Final),
            traceback: mk("traceback", BaseKind::Final),
            frame: mk("frame", BaseKind::Final),
            dict_keys: mk("dict_keys", BaseKind::Final),
            dict_values: mk("dict_values", BaseKind::Final),
            dict_items: mk("dict_items", BaseKind::Final),
            local: mk("_thread._local", BaseKind::Local),
            int,
            bool_,
            exceptions,
            exception_names,
            iterators: RefCell::new(HashMap::new()),
            object,
        }
    }

    /// The class of a built-in exception kind.
    pub fn exc(&self, kind: ExcKind) -> Rc<Class> {
        match self.exceptions.get(&kind) {
            Some(c) => c.clone(),
            None => self.object.clone(),
        }
    }

    /// The class for an iterator type name (e.g. `list_iterator`).
    pub fn iterator(&self, name: &'static str) -> Rc<Class> {
        if let Some(c) = self.iterators.borrow().get(name) {
            return c.clone();
        }
        let c = builtin_class(name, std::slice::from_ref(&self.object), BaseKind::Final);
        let methods: &[(&str, crate::engine::objects::function::NativeFn)] = &[
            ("__next__", crate::engine::vm::iteration::iterator_next),
            ("__iter__", crate::engine::vm::iteration::iterator_iter),
        ];
        crate::engine::builtins::object::add_methods(&c, name, methods);
        self.iterators.borrow_mut().insert(name, c.clone());
        c
    }

    /// Every iterator class created so far.
    pub fn iterator_classes(&self) -> Vec<Rc<Class>> {
        self.iterators.borrow().values().cloned().collect()
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
