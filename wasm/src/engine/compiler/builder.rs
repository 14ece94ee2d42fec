//! Assembles one code object: instructions with spans, constants and names,
//! labels and jumps, the static stack depth, and the exception table.

use std::collections::HashMap;
use std::rc::Rc;

use crate::engine::ast::Span;
use crate::engine::bytecode::{ExcEntry, Op};
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;

/// A jump target, bound to an instruction index later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub usize);

/// An exception handler region in progress.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    /// Where the handler code starts.
    pub label: Label,
    /// Stack depth to unwind to (the exception is pushed on top).
    pub depth: i32,
}

/// Builds the instruction stream of one code object.
pub struct CodeBuilder {
    /// Instructions (jump targets hold label numbers until `finish`).
    pub ops: Vec<Op>,
    /// Span of each instruction.
    pub spans: Vec<Span>,
    /// Innermost active handler (index into `handlers`) for each instruction.
    op_handler: Vec<Option<usize>>,
    /// Every handler region ever opened.
    handlers: Vec<Handler>,
    /// Currently open handler regions, innermost last.
    pub active: Vec<usize>,
    /// Constants.
    pub consts: Vec<Value>,
    const_keys: HashMap<ConstKey, u32>,
    /// Names for globals, attributes and namespaces.
    pub names: Vec<Rc<PyStr>>,
    name_index: HashMap<String, u32>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    /// Current static stack depth.
    pub depth: i32,
    /// Deepest seen.
    pub max_depth: i32,
    /// Span given to new instructions.
    pub span: Span,
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
    Ellipsis,
    Other(usize),
}

fn jump_target(op: &Op) -> Option<u32> {
    match op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::PopJumpIfNotNone(t)
        | Op::ForIter(t)
        | Op::Send(t) => Some(*t),
        _ => None,
    }
}

fn with_target(op: Op, t: u32) -> Op {
    match op {
        Op::Jump(_) => Op::Jump(t),
        Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
        Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
        Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
        Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
        Op::PopJumpIfNotNone(_) => Op::PopJumpIfNotNone(t),
        Op::ForIter(_) => Op::ForIter(t),
        Op::Send(_) => Op::Send(t),
        other => other,
    }
}

/// Stack effect on fall-through, and when the jump is taken (for jumps).
fn stack_effect(op: &Op) -> (i32, Option<i32>) {
    use Op::*;
    let e = match op {
        Nop | Resume | SetupAnnotations | LoadAttr(_) | ListToTuple | GetIter
        | GetYieldFromIter | Swap(_) | UnaryNeg | UnaryPos | UnaryNot | UnaryInvert
        | YieldValue | CheckExcMatch => 0,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClassDeref(_) | LoadClosure(_)
        | LoadGlobal(_) | LoadName(_) | Copy(_) | LoadBuildClass | ImportFrom(_) | PushExcInfo
        | LoadAssertionError | LoadMethod(_) | BeforeWith => 1,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | Pop | PopExcept
        | Reraise | ImportStar | ReturnValue | BinaryOp(_) | InplaceOp(_) | CompareOp(_)
        | IsOp(_) | ContainsOp(_) | BinarySubscr | ListAppend(_) | SetAdd(_) | ListExtend(_)
        | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | ImportName(_) | PopJumpIfFalse(_)
        | PopJumpIfTrue(_) | PopJumpIfNotNone(_) | DeleteAttr(_) => -1,
        DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) | Jump(_) => 0,
        StoreAttr(_) | MapAdd(_) | DeleteSubscr => -2,
        StoreSubscr => -3,
        CallMethod(n) => -(*n as i32) - 1,
        CallMethodKw { argc, .. } => -(*argc as i32) - 1,
        Call(n) => -(*n as i32),
        CallKw { argc, .. } => -(*argc as i32),
        CallEx(kw) => -1 - (*kw as i32),
        BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => {
            1 - *n as i32
        }
        BuildMap(n) => 1 - 2 * (*n as i32),
        FormatValue(_, spec) => -(*spec as i32),
        UnpackSequence(n) => *n as i32 - 1,
        UnpackEx { before, after } => (*before + *after) as i32,
        MakeFunction { flags, .. } => 1 - (flags & 15).count_ones() as i32,
        Raise(n) => -(*n as i32),
        ExcTriple => 2,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => return (-1, Some(0)),
        ForIter(_) => return (1, Some(-1)),
        Send(_) => return (0, Some(-1)),
    };
    let jump = jump_target(op).map(|_| e);
    (e, jump)
}

/// True when control never falls through this instruction.
fn is_terminal(op: &Op) -> bool {
    matches!(
        op,
        Op::Jump(_) | Op::ReturnValue | Op::Raise(_) | Op::Reraise
    )
}

impl CodeBuilder {
    /// An empty builder.
    pub fn new() -> CodeBuilder {
        CodeBuilder {
            ops: Vec::new(),
            spans: Vec::new(),
            op_handler: Vec::new(),
            handlers: Vec::new(),
            active: Vec::new(),
            consts: Vec::new(),
            const_keys: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            depth: 0,
            max_depth: 0,
            span: Span::default(),
        }
    }

    /// A new unbound label.
    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() - 1)
    }

    /// Binds a label to the next instruction; the stack depth there is what jumps recorded.
    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.ops.len() as u32);
        if let Some(d) = self.label_depth[l.0] {
            self.depth = d;
        }
    }

    fn note_depth(&mut self, l: Label, d: i32) {
        let slot = &mut self.label_depth[l.0];
        *slot = Some(slot.map_or(d, |old| old.max(d)));
    }

    /// Emits an instruction.
    pub fn emit(&mut self, op: Op) -> usize {
        let (effect, _) = stack_effect(&op);
        self.ops.push(op);
        self.spans.push(self.span);
        self.op_handler.push(self.active.last().copied());
        self.depth += effect;
        if self.depth > self.max_depth {
            self.max_depth = self.depth;
        }
        let at = self.ops.len() - 1;
        if is_terminal(&op) {
            // Unreachable until a label binds; keep the depth as a best guess.
        }
        at
    }

    /// Emits a jump-carrying instruction to a label.
    pub fn emit_jump(&mut self, op: Op, l: Label) -> usize {
        let op = with_target(op, l.0 as u32);
        let (effect, jump) = stack_effect(&op);
        if let Some(j) = jump {
            let d = self.depth + j;
            self.note_depth(l, d);
        }
        let at = self.emit(op);
        let _ = effect;
        at
    }

    /// Index of a constant, adding it if new.
    pub fn constant(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => ConstKey::None,
            Value::Bool(b) => ConstKey::Bool(*b),
            Value::Int(i) => ConstKey::Int(*i),
            Value::Float(f) => ConstKey::Float(f.to_bits()),
            Value::Str(s) => ConstKey::Str(s.as_str().to_string()),
            Value::Ellipsis => ConstKey::Ellipsis,
            _ => ConstKey::Other(self.consts.len()),
        };
        if let Some(&i) = self.const_keys.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(v);
        self.const_keys.insert(key, i);
        i
    }

    /// Index of a name, adding it if new.
    pub fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.name_index.get(n) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(Rc::new(PyStr::new(n)));
        self.name_index.insert(n.to_string(), i);
        i
    }

    /// Opens a handler region whose handler starts at `label` with the current depth.
    pub fn push_handler(&mut self, label: Label) -> usize {
        let h = Handler {
            label,
            depth: self.depth,
        };
        self.handlers.push(h);
        let id = self.handlers.len() - 1;
        self.active.push(id);
        // The handler starts with the exception pushed on the saved depth.
        self.note_depth(label, self.depth + 1);
        id
    }

    /// Closes the innermost handler region.
    pub fn pop_handler(&mut self) {
        self.active.pop();
    }

    /// Resolves labels and builds the exception table.
    pub fn finish(&mut self) -> Result<(Vec<Op>, Vec<ExcEntry>), String> {
        let mut ops = std::mem::take(&mut self.ops);
        for op in ops.iter_mut() {
            if let Some(l) = jump_target(op) {
                let Some(Some(t)) = self.labels.get(l as usize) else {
                    return Err("jump to an unbound label".into());
                };
                *op = with_target(*op, *t);
            }
        }
        let mut table = Vec::new();
        let mut i = 0;
        while i < self.op_handler.len() {
            let Some(h) = self.op_handler[i] else {
                i += 1;
                continue;
            };
            let start = i;
            while i < self.op_handler.len() && self.op_handler[i] == Some(h) {
                i += 1;
            }
            let handler = self.handlers[h];
            let Some(Some(target)) = self.labels.get(handler.label.0) else {
                return Err("handler label unbound".into());
            };
            table.push(ExcEntry {
                start: start as u32,
                end: i as u32,
                target: *target,
                depth: handler.depth.max(0) as u32,
            });
        }
        Ok((ops, table))
    }
}

impl Default for CodeBuilder {
    fn default() -> Self {
        CodeBuilder::new()
    }
}
