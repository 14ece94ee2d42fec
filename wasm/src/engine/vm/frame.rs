//! Call frames: one per running Python function, class body or module.

use std::rc::Rc;

use crate::engine::bytecode::Code;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{CellObj, Function};
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::scheduler::Wait;

/// What happens to a frame's result when it returns (or raises).
#[derive(Clone)]
pub enum ReturnMode {
    /// Push the result onto the caller's stack.
    Normal,
    /// An `__init__` call: the result must be None; push this instance instead.
    Init(Value),
    /// Ends the nested scheduler loop at this level (a call made from native code).
    Boundary(u32),
    /// The first frame of a thread: the thread ends.
    ThreadEntry,
    /// A resumed generator driven by `ForIter`: on return, the caller jumps here.
    GenForIter(u32),
    /// A resumed generator driven by `Send` (`yield from`): on return, the caller jumps here.
    GenSend(u32),
    /// A class's `__next__` called by `ForIter`: its result is the loop's
    /// next item, and StopIteration makes the caller jump here.
    NextForIter(u32),
    /// A generator step run for `next()` or `send()`: a yield is the call's
    /// result; a return raises StopIteration in the caller, or gives the
    /// default `next()` was passed.
    GenNext(Option<Value>),
    /// Result discarded (signal handlers).
    Discard,
    /// A signal handler that interrupted a wait: afterwards the thread waits again.
    ResumeWait(Wait),
}

/// A frame, boxed so the scheduler moves frames between stacks by pointer.
pub type Frame = Box<FrameData>;

/// A new frame for `code` with empty locals.
pub fn new_frame(code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Frame {
    Box::new(FrameData::new(code, globals, locals))
}

/// One activation.
pub struct FrameData {
    /// The code being run.
    pub code: Rc<Code>,
    /// Next instruction.
    pub ip: u32,
    /// Value stack.
    pub stack: Vec<Value>,
    /// Fast locals (`Value::Null` = unbound).
    pub fast: Vec<Value>,
    /// Cells: the code's cellvars, then its freevars.
    pub cells: Vec<Rc<CellObj>>,
    /// Module globals.
    pub globals: Rc<PyDict>,
    /// The namespace for module and class bodies (for modules, the globals).
    pub locals: Option<Rc<PyDict>>,
    /// The function being run, if any.
    pub func: Option<Rc<Function>>,
    /// What to do with the result.
    pub mode: ReturnMode,
    /// The generator this frame belongs to, while it runs.
    pub generator: Option<Rc<Object>>,
}

impl FrameData {
    /// A frame for `code` with empty locals.
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> FrameData {
        let nfast = code.varnames.len();
        FrameData {
            stack: Vec::with_capacity(code.max_stack as usize),
            fast: vec![Value::Null; nfast],
            cells: Vec::new(),
            code,
            ip: 0,
            globals,
            locals,
            func: None,
            mode: ReturnMode::Normal,
            generator: None,
        }
    }

    /// Makes a finished frame ready to run `code` (reusing its buffers).
    pub fn reset(&mut self, code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) {
        self.stack.clear();
        self.stack.reserve(code.max_stack as usize);
        self.fast.clear();
        // Not `resize`: that clones its fill value through `Value::clone`.
        self.fast
            .extend(std::iter::repeat_with(|| Value::Null).take(code.varnames.len()));
        self.cells.clear();
        self.code = code;
        self.ip = 0;
        self.globals = globals;
        self.locals = locals;
        self.func = None;
        self.mode = ReturnMode::Normal;
        self.generator = None;
    }

    /// Line of the instruction that is running (or last ran).
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1) as usize)
    }
}
