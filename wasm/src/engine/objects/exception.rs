//! Exception state carried by instances of `BaseException` and its subclasses.

use std::rc::Rc;

use crate::engine::bytecode::Code;
use crate::engine::objects::class::Instance;
use crate::engine::objects::function::CellObj;
use crate::engine::value::Value;

/// One traceback entry: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    /// The code that was running.
    pub code: Rc<Code>,
    /// The instruction index.
    pub ip: u32,
    /// The frame's variables, once the exception has left the frame: as
    /// CPython's traceback holds the frame, they live as long as it does.
    pub locals: Option<Rc<FrameLocals>>,
}

impl TbEntry {
    /// An entry for `code` at instruction `ip`, holding no variables.
    pub fn new(code: Rc<Code>, ip: u32) -> TbEntry {
        TbEntry {
            code,
            ip,
            locals: None,
        }
    }
}

/// The variables of a frame an exception left, kept by its traceback entry.
pub struct FrameLocals {
    /// The fast locals, in the code's `varnames` order.
    pub fast: Vec<Value>,
    /// The cells: cellvars, then freevars.
    pub cells: Vec<Rc<CellObj>>,
}

/// The state of an exception instance.
pub struct ExcData {
    /// `args`, always a tuple.
    pub args: Value,
    /// Traceback entries, innermost first (each frame the exception leaves appends one).
    pub traceback: Vec<TbEntry>,
    /// `__cause__` (`raise ... from cause`).
    pub cause: Option<Rc<Instance>>,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Option<Rc<Instance>>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// `__notes__` added with `add_note` (3.11).
    pub notes: Vec<Value>,
    /// A "Did you mean" hint computed where the error was raised (NameError).
    pub suggestion: Option<String>,
}

impl ExcData {
    /// Fresh state with these args.
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: None,
            context: None,
            suppress_context: false,
            notes: Vec::new(),
            suggestion: None,
        }
    }
}
