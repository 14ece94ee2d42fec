//! The instruction loop: runs one frame until it calls, returns, yields,
//! blocks, raises out, or reaches a switch point with its slice used up.

use std::cell::Cell;
use std::rc::Rc;

use crate::engine::bytecode::{Conversion, GlobalCache, Op};
use crate::engine::flow::{Flow, Halt, PyResult};
use crate::engine::objects::class::Instance;
use crate::engine::objects::exception::{FrameLocals, TbEntry};
use crate::engine::objects::function::CellObj;
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::arith::{small_int_binop, small_int_compare};
use crate::engine::vm::call::Called;
use crate::engine::vm::frame::{Frame, ReturnMode};
use crate::engine::vm::scheduler::{ThreadStatus, Wait};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Why `execute` handed control back to the run loop.
pub enum Exit {
    /// Run this new frame on top of the current one.
    Call(Frame),
    /// The frame returned.
    Return(Value),
    /// A generator frame yielded.
    Yield(Value),
    /// An exception left the frame.
    Raise(Rc<Instance>),
    /// The thread must wait; the frame resumes with the wait's result pushed.
    Block(Wait),
    /// A switch point with the slice used up (or another check due).
    Preempt,
    /// The run is over.
    Halt(Halt),
}

fn internal(msg: &str) -> Flow {
    Flow::Halt(Halt::Internal(msg.to_string()))
}

/// The namespaces of a frame, for `globals()` and friends.
fn frame_ctx(frame: &Frame) -> crate::engine::vm::FrameCtx {
    let fast = frame
        .code
        .varnames
        .iter()
        .zip(frame.fast.iter())
        .filter(|(_, v)| !matches!(v, Value::Null))
        .map(|(n, v)| (n.clone(), v.clone()))
        .chain(
            frame
                .code
                .cellvars
                .iter()
                .chain(frame.code.freevars.iter())
                .zip(frame.cells.iter())
                .filter_map(|(n, c)| c.get().map(|v| (n.clone(), v))),
        )
        .collect();
    crate::engine::vm::FrameCtx {
        globals: frame.globals.clone(),
        locals: frame.locals.clone(),
        fast,
    }
}

/// Pops the top of a frame's value stack.
#[inline]
fn pop(frame: &mut Frame) -> PyResult<Value> {
    frame
        .stack
        .pop()
        .ok_or_else(|| internal("value stack underflow"))
}

/// The value `i` slots down (1 = top).
#[inline]
fn peek(frame: &Frame, i: usize) -> PyResult<&Value> {
    let n = frame.stack.len();
    if i == 0 || i > n {
        return Err(internal("value stack underflow"));
    }
    Ok(&frame.stack[n - i])
}

/// An op's outcome inside `execute`'s loop: `Some(frame)` is Python code the
/// op calls (see unnest.rs), entered at once; `None` goes on to the next op.
macro_rules! enter_or_go_on {
    ($vm:ident, $frame:ident, $step:expr) => {
        match $step {
            Ok(None) => Ok(()),
            Ok(Some(callee)) => match $vm.enter_inline($frame, callee) {
                Some(exit) => return exit,
                None => continue,
            },
            Err(e) => Err(e),
        }
    };
}

impl Vm {
    /// Runs `frame` from its current instruction. `pending` is an exception
    /// raised by the call the frame made at `ip - 1`.
    pub fn execute(&mut self, frame: &mut Frame, pending: Option<Rc<Instance>>) -> Exit {
        if let Some(exc) = pending {
            if let Some(exit) = self.handle_exception(frame, exc, true) {
                return exit;
            }
        }
        // A frame that just returned to this one may have freed objects
        // whose code must run before this frame goes on.
        if crate::engine::objects::deferred::pending() {
            if let Some(exit) = self.run_deferred_in(frame) {
                return exit;
            }
        }
        loop {
            let ip = frame.ip as usize;
            let Some(&op) = frame.code.ops.get(ip) else {
                return Exit::Halt(Halt::Internal("instruction pointer out of range".into()));
            };
            frame.ip += 1;
            self.clock.ticks += 1;
            let result: PyResult<()> = match op {
                Op::Nop => Ok(()),
                Op::LoadConst(i) => match frame.code.consts.get(i as usize) {
                    Some(v) => {
                        frame.stack.push(v.clone());
                        Ok(())
                    }
                    None => Err(internal("bad constant index")),
                },
                Op::LoadFast(i) => match frame.fast.get(i as usize) {
                    Some(Value::Null) => {
                        let name = frame.code.varnames[i as usize].as_str().to_string();
                        Err(self.err(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ))
                    }
                    Some(v) => {
                        frame.stack.push(v.clone());
                        Ok(())
                    }
                    None => Err(internal("bad local index")),
                },
                Op::StoreFast(i) => pop(frame).and_then(|v| match frame.fast.get_mut(i as usize) {
                    Some(slot) => {
                        *slot = v;
                        Ok(())
                    }
                    None => Err(internal("bad local index")),
                }),
                Op::DeleteFast(i) => match frame.fast.get_mut(i as usize) {
                    Some(slot) if !matches!(slot, Value::Null) => {
                        *slot = Value::Null;
                        Ok(())
                    }
                    Some(_) => {
                        let name = frame.code.varnames[i as usize].as_str().to_string();
                        Err(self.err(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ))
                    }
                    None => Err(internal("bad local index")),
                },
                Op::LoadDeref(i) => self.load_deref(frame, i).map(|v| frame.stack.push(v)),
                Op::StoreDeref(i) => pop(frame).and_then(|v| match frame.cells.get(i as usize) {
                    Some(c) => {
                        c.set(Some(v));
                        Ok(())
                    }
                    None => Err(internal("bad cell index")),
                }),
                Op::DeleteDeref(i) => match frame.cells.get(i as usize) {
                    Some(c) => {
                        if c.get().is_none() {
                            Err(self.unbound_deref(frame, i))
                        } else {
                            c.set(None);
                            Ok(())
                        }
                    }
                    None => Err(internal("bad cell index")),
                },
                Op::LoadClassDeref(i) => {
                    let name = self.cell_name(frame, i);
                    let found = frame.locals.as_ref().and_then(|l| l.get_str(&name));
                    match found {
                        Some(v) => {
                            frame.stack.push(v);
                            Ok(())
                        }
                        None => self.load_deref(frame, i).map(|v| frame.stack.push(v)),
                    }
                }
                Op::LoadClosure(i) => match frame.cells.get(i as usize) {
                    Some(c) => {
                        frame
                            .stack
                            .push(Value::Object(Rc::new(Object::Cell(c.clone()))));
                        Ok(())
                    }
                    None => Err(internal("bad cell index")),
                },
                Op::LoadGlobal(i) => self.load_global(frame, i).map(|v| frame.stack.push(v)),
                Op::StoreGlobal(i) => pop(frame).map(|v| {
                    frame
                        .globals
                        .set_str(frame.code.names[i as usize].clone(), v);
                }),
                Op::DeleteGlobal(i) => {
                    let name = frame.code.names[i as usize].clone();
                    match frame.globals.del_str(&name) {
                        Some(_) => Ok(()),
                        None => Err(self.name_error(name.as_str())),
                    }
                }
                Op::LoadName(i) => self.load_name(frame, i).map(|v| frame.stack.push(v)),
                Op::StoreName(i) => pop(frame).and_then(|v| {
                    let name = frame.code.names[i as usize].clone();
                    match &frame.locals {
                        Some(l) => {
                            l.set_str(name, v);
                            Ok(())
                        }
                        None => Err(internal("no namespace for StoreName")),
                    }
                }),
                Op::DeleteName(i) => {
                    let name = frame.code.names[i as usize].clone();
                    match frame.locals.as_ref().and_then(|l| l.del_str(&name)) {
                        Some(_) => Ok(()),
                        None => Err(self.name_error(name.as_str())),
                    }
                }
                Op::LoadAttr(i) => enter_or_go_on!(
                    self,
                    frame,
                    pop(frame).and_then(|obj| {
                        self.mark_line_for_trace(frame);
                        // A frame object reads the line its frame is at now.
                        if crate::engine::modules::frames::is_frame(self, &obj) {
                            self.set_call_site(frame);
                        }
                        match self.load_attr_cached(&frame.code, i as usize, &obj)? {
                            Ok(v) => {
                                frame.stack.push(v);
                                Ok(None)
                            }
                            Err(getter) => Ok(Some(getter)),
                        }
                    })
                ),
                Op::StoreAttr(i) => enter_or_go_on!(
                    self,
                    frame,
                    pop(frame).and_then(|obj| {
                        self.mark_line_for_trace(frame);
                        let v = pop(frame)?;
                        self.store_attr_cached(&frame.code, i as usize, &obj, v)
                    })
                ),
                Op::DeleteAttr(i) => pop(frame).and_then(|obj| {
                    self.mark_line_for_trace(frame);
                    let name = frame.code.names[i as usize].clone();
                    self.del_attr(&obj, &name)
                }),
                Op::LoadMethod(i) => pop(frame).and_then(|obj| {
                    self.mark_line_for_trace(frame);
                    let (a, b) = self.load_method_cached(&frame.code, i as usize, obj)?;
                    frame.stack.push(a);
                    frame.stack.push(b);
                    Ok(())
                }),
                Op::CallMethod(argc) => match self.call_op(frame, argc as usize, None, true) {
                    Ok(Some(exit)) => return exit,
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                },
                Op::CallMethodKw { argc, names } => {
                    match self.call_op(frame, argc as usize, Some(names), true) {
                        Ok(Some(exit)) => return exit,
                        Ok(None) => Ok(()),
                        Err(e) => Err(e),
                    }
                }
                Op::Call(argc) => match self.call_op(frame, argc as usize, None, false) {
                    Ok(Some(exit)) => return exit,
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                },
                Op::CallKw { argc, names } => {
                    match self.call_op(frame, argc as usize, Some(names), false) {
                        Ok(Some(exit)) => return exit,
                        Ok(None) => Ok(()),
                        Err(e) => Err(e),
                    }
                }
                Op::CallEx(has_kw) => {
                    let r = (|| {
                        let kwargs = if has_kw { Some(pop(frame)?) } else { None };
                        let args = pop(frame)?;
                        let callee = pop(frame)?;
                        let pos = match &args {
                            Value::Tuple(t) => t.items().to_vec(),
                            other => self.collect(other).map_err(|e| {
                                let place =
                                    format!("{} argument after *", self.function_str(&callee));
                                self.star_error(e, other, &place)
                            })?,
                        };
                        let (names, vals) = match kwargs {
                            Some(Value::Dict(d)) => {
                                let mut names = Vec::new();
                                let mut vals = Vec::new();
                                for e in d.entries() {
                                    if !matches!(e.key, Value::Str(_)) {
                                        return Err(self.type_error("keywords must be strings"));
                                    }
                                    names.push(e.key);
                                    vals.push(e.value);
                                }
                                (names, vals)
                            }
                            Some(_) => return Err(internal("CallEx kwargs is not a dict")),
                            None => (Vec::new(), Vec::new()),
                        };
                        self.set_call_site(frame);
                        self.prepare_call_from_code(&callee, &pos, &names, &vals)
                    })();
                    match r {
                        Ok(Called::Value(v)) => {
                            frame.stack.push(v);
                            Ok(())
                        }
                        Ok(Called::Frame(f)) => return Exit::Call(f),
                        Ok(Called::Init(mut f, inst)) => {
                            f.mode = ReturnMode::Init(inst);
                            return Exit::Call(f);
                        }
                        Err(Flow::Block(w)) => return Exit::Block(w),
                        Err(e) => Err(e),
                    }
                }
                Op::BinaryOp(k) | Op::InplaceOp(k) => {
                    let inplace = matches!(op, Op::InplaceOp(_));
                    let r = pop(frame).and_then(|b| {
                        let a = pop(frame)?;
                        match small_int_binop(k, &a, &b) {
                            Some(v) => Ok(v),
                            None => self.binary_op(k, &a, &b, inplace),
                        }
                    });
                    r.map(|v| frame.stack.push(v))
                }
                Op::UnaryNeg => pop(frame)
                    .and_then(|a| self.unary_neg(&a))
                    .map(|v| frame.stack.push(v)),
                Op::UnaryPos => pop(frame)
                    .and_then(|a| self.unary_pos(&a))
                    .map(|v| frame.stack.push(v)),
                Op::UnaryInvert => pop(frame)
                    .and_then(|a| self.unary_invert(&a))
                    .map(|v| frame.stack.push(v)),
                Op::UnaryNot => pop(frame)
                    .and_then(|a| self.truthy(&a))
                    .map(|t| frame.stack.push(Value::Bool(!t))),
                Op::CompareOp(k) => {
                    let r = pop(frame).and_then(|b| {
                        let a = pop(frame)?;
                        match small_int_compare(k, &a, &b) {
                            Some(v) => Ok(v),
                            None => self.compare(k, &a, &b),
                        }
                    });
                    r.map(|v| frame.stack.push(v))
                }
                Op::IsOp(neg) => pop(frame).and_then(|b| {
                    let a = pop(frame)?;
                    frame.stack.push(Value::Bool(a.is(&b) != neg));
                    Ok(())
                }),
                Op::ContainsOp(neg) => pop(frame).and_then(|container| {
                    let item = pop(frame)?;
                    let r = self.contains(&container, &item)?;
                    frame.stack.push(Value::Bool(r != neg));
                    Ok(())
                }),
                Op::BinarySubscr => enter_or_go_on!(
                    self,
                    frame,
                    pop(frame).and_then(|key| {
                        let obj = pop(frame)?;
                        if let Some(getter) = self.subscript_frame(&obj, &key, None)? {
                            return Ok(Some(getter));
                        }
                        let v = self.get_item(&obj, &key)?;
                        frame.stack.push(v);
                        Ok(None)
                    })
                ),
                Op::StoreSubscr => enter_or_go_on!(
                    self,
                    frame,
                    pop(frame).and_then(|key| {
                        let obj = pop(frame)?;
                        let v = pop(frame)?;
                        if let Some(setter) = self.subscript_frame(&obj, &key, Some(&v))? {
                            return Ok(Some(setter));
                        }
                        self.set_item(&obj, key, v).map(|()| None)
                    })
                ),
                Op::DeleteSubscr => pop(frame).and_then(|key| {
                    let obj = pop(frame)?;
                    self.del_item(&obj, &key)
                }),
                Op::BuildSlice(n) => (|| {
                    let step = if n == 3 { pop(frame)? } else { Value::None };
                    let stop = pop(frame)?;
                    let start = pop(frame)?;
                    frame
                        .stack
                        .push(Value::Object(Rc::new(Object::Slice { start, stop, step })));
                    Ok(())
                })(),
                Op::BuildTuple(n) => self
                    .pop_n(frame, n)
                    .map(|items| frame.stack.push(Value::tuple(items))),
                Op::BuildList(n) => self
                    .pop_n(frame, n)
                    .map(|items| frame.stack.push(Value::list(items))),
                Op::BuildSet(n) => self.pop_n(frame, n).and_then(|items| {
                    let s = self.new_set(items)?;
                    frame.stack.push(s);
                    Ok(())
                }),
                Op::BuildMap(n) => self.pop_n(frame, n * 2).and_then(|items| {
                    let d = crate::engine::objects::dict::PyDict::new_rc();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        d.set(self, k, v)?;
                    }
                    frame.stack.push(Value::Dict(d));
                    Ok(())
                }),
                Op::BuildString(n) => self.pop_n(frame, n).map(|items| {
                    let mut s = String::new();
                    for it in items {
                        if let Value::Str(p) = it {
                            s.push_str(p.as_str());
                        }
                    }
                    frame.stack.push(Value::string(s));
                }),
                Op::FormatValue(conv, has_spec) => (|| {
                    let spec = if has_spec { Some(pop(frame)?) } else { None };
                    let v = pop(frame)?;
                    let v = match conv {
                        Conversion::None => v,
                        Conversion::Str => self.str_value(&v)?,
                        Conversion::Repr => Value::string(self.repr(&v)?),
                        Conversion::Ascii => Value::string(self.ascii(&v)?),
                    };
                    let spec_str = match &spec {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    let out = if spec_str.is_empty() && matches!(v, Value::Str(_)) {
                        v
                    } else {
                        Value::string(self.format(&v, &spec_str)?)
                    };
                    frame.stack.push(out);
                    Ok(())
                })(),
                Op::ListAppend(i) => pop(frame).and_then(|v| match peek(frame, i as usize)? {
                    Value::List(l) => {
                        l.push(v);
                        Ok(())
                    }
                    _ => Err(internal("ListAppend target is not a list")),
                }),
                Op::SetAdd(i) => pop(frame).and_then(|v| match peek(frame, i as usize)?.clone() {
                    Value::Set(s) => s.add(self, v),
                    _ => Err(internal("SetAdd target is not a set")),
                }),
                Op::MapAdd(i) => pop(frame).and_then(|v| {
                    let k = pop(frame)?;
                    match peek(frame, i as usize)?.clone() {
                        Value::Dict(d) => d.set(self, k, v),
                        _ => Err(internal("MapAdd target is not a dict")),
                    }
                }),
                Op::ListExtend(i) => pop(frame).and_then(|it| {
                    let items = self
                        .collect(&it)
                        .map_err(|e| self.star_error(e, &it, "Value after *"))?;
                    match peek(frame, i as usize)? {
                        Value::List(l) => {
                            l.extend(items);
                            Ok(())
                        }
                        _ => Err(internal("ListExtend target is not a list")),
                    }
                }),
                Op::SetUpdate(i) => {
                    pop(frame).and_then(|it| match peek(frame, i as usize)?.clone() {
                        // `{*a, *b}` updates as `set.update` does (a set source merges its table).
                        Value::Set(s) => {
                            crate::engine::methods::set::update_internal(self, &s, &it)
                        }
                        _ => Err(internal("SetUpdate target is not a set")),
                    })
                }
                Op::DictUpdate(i) | Op::DictMerge(i) => pop(frame).and_then(|m| {
                    let target = match peek(frame, i as usize)?.clone() {
                        Value::Dict(d) => d,
                        _ => return Err(internal("DictUpdate target is not a dict")),
                    };
                    let merge = matches!(op, Op::DictMerge(_));
                    self.dict_update_from(&target, &m, merge, Some(&*frame))
                }),
                Op::ListToTuple => pop(frame).and_then(|v| match v {
                    Value::List(l) => {
                        frame.stack.push(Value::tuple(l.snapshot()));
                        Ok(())
                    }
                    _ => Err(internal("ListToTuple on a non-list")),
                }),
                Op::UnpackSequence(n) => pop(frame).and_then(|v| {
                    let items = self.unpack(&v, n as usize)?;
                    frame.stack.extend(items.into_iter().rev());
                    Ok(())
                }),
                Op::UnpackEx { before, after } => pop(frame).and_then(|v| {
                    let items = self.unpack_ex(&v, before as usize, after as usize)?;
                    frame.stack.extend(items.into_iter().rev());
                    Ok(())
                }),
                Op::Pop => pop(frame).map(|_| ()),
                Op::Copy(i) => peek(frame, i as usize)
                    .cloned()
                    .map(|v| frame.stack.push(v)),
                Op::Swap(i) => {
                    let n = frame.stack.len();
                    let i = i as usize;
                    if i < 2 || i > n {
                        Err(internal("bad Swap"))
                    } else {
                        frame.stack.swap(n - 1, n - i);
                        Ok(())
                    }
                }
                Op::Jump(t) => {
                    frame.ip = t;
                    if (t as usize) <= ip && self.clock.ticks >= self.check_at {
                        return Exit::Preempt;
                    }
                    Ok(())
                }
                Op::PopJumpIfFalse(t) => pop(frame).and_then(|v| {
                    if !self.truthy(&v)? {
                        frame.ip = t;
                    }
                    Ok(())
                }),
                Op::PopJumpIfTrue(t) => pop(frame).and_then(|v| {
                    if self.truthy(&v)? {
                        frame.ip = t;
                    }
                    Ok(())
                }),
                Op::JumpIfFalseOrPop(t) => peek(frame, 1).cloned().and_then(|v| {
                    if !self.truthy(&v)? {
                        frame.ip = t;
                    } else {
                        frame.stack.pop();
                    }
                    Ok(())
                }),
                Op::JumpIfTrueOrPop(t) => peek(frame, 1).cloned().and_then(|v| {
                    if self.truthy(&v)? {
                        frame.ip = t;
                    } else {
                        frame.stack.pop();
                    }
                    Ok(())
                }),
                Op::PopJumpIfNotNone(t) => pop(frame).map(|v| {
                    if !v.is_none() {
                        frame.ip = t;
                    }
                }),
                Op::GetIter => pop(frame).and_then(|v| {
                    let it = self.get_iter(&v)?;
                    frame.stack.push(it);
                    Ok(())
                }),
                Op::ForIter(target) => {
                    let it = match peek(frame, 1) {
                        Ok(v) => v.clone(),
                        Err(e) => return self.exit_for(e),
                    };
                    // Only iterators that run Python code take the slower look.
                    let python = match &it {
                        Value::Object(o) => {
                            matches!(&**o, Object::Generator(_) | Object::Backed(..))
                        }
                        Value::Instance(_) => true,
                        _ => false,
                    };
                    if let Some(step) = python.then(|| self.for_iter_frame(&it, target)).flatten() {
                        match step {
                            Ok(Some(f)) => match self.enter_inline(frame, f) {
                                Some(exit) => return exit,
                                None => continue,
                            },
                            Ok(None) => {
                                frame.stack.pop();
                                frame.ip = target;
                                continue;
                            }
                            Err(e) => {
                                if let Some(exit) = self.flow_into(frame, e) {
                                    return exit;
                                }
                                continue;
                            }
                        }
                    }
                    match self.iter_next(&it) {
                        Ok(Some(v)) => {
                            frame.stack.push(v);
                            Ok(())
                        }
                        Ok(None) => {
                            frame.stack.pop();
                            frame.ip = target;
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::ReturnValue => match pop(frame) {
                    Ok(v) => match self.return_inline(frame, v) {
                        Ok(()) => Ok(()),
                        Err(v) => return Exit::Return(v),
                    },
                    Err(e) => return self.exit_for(e),
                },
                Op::YieldValue => match pop(frame) {
                    Ok(v) => match self.yield_inline(frame, v) {
                        Ok(()) => Ok(()),
                        Err(v) => return Exit::Yield(v),
                    },
                    Err(e) => return self.exit_for(e),
                },
                Op::GetYieldFromIter => pop(frame).and_then(|v| {
                    let it = match &v {
                        Value::Object(o) if matches!(&**o, Object::Generator(_)) => v.clone(),
                        _ => self.get_iter(&v)?,
                    };
                    frame.stack.push(it);
                    Ok(())
                }),
                Op::Send(target) => {
                    let sent = match pop(frame) {
                        Ok(v) => v,
                        Err(e) => return self.exit_for(e),
                    };
                    let sub = match peek(frame, 1) {
                        Ok(v) => v.clone(),
                        Err(e) => return self.exit_for(e),
                    };
                    if let Value::Object(o) = &sub {
                        if let Object::Generator(_) = &**o {
                            match self.resume_generator(o, sent, ReturnMode::GenSend(target)) {
                                Ok(Some(f)) => match self.enter_inline(frame, f) {
                                    Some(exit) => return exit,
                                    None => continue,
                                },
                                Ok(None) => {
                                    frame.stack.pop();
                                    frame.stack.push(Value::None);
                                    frame.ip = target;
                                    continue;
                                }
                                Err(e) => {
                                    if let Some(exit) = self.flow_into(frame, e) {
                                        return exit;
                                    }
                                    continue;
                                }
                            }
                        }
                    }
                    match self.send_to_iterator(&sub, sent) {
                        Ok(Ok(v)) => {
                            frame.stack.push(v);
                            Ok(())
                        }
                        Ok(Err(ret)) => {
                            frame.stack.pop();
                            frame.stack.push(ret);
                            frame.ip = target;
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Op::Resume => {
                    if self.clock.ticks >= self.check_at {
                        return Exit::Preempt;
                    }
                    Ok(())
                }
                Op::MakeFunction { code, flags } => self
                    .make_function(frame, code, flags)
                    .map(|f| frame.stack.push(f)),
                Op::LoadBuildClass => {
                    let f = self.build_class_function();
                    frame.stack.push(f);
                    Ok(())
                }
                Op::SetupAnnotations => {
                    if let Some(l) = &frame.locals {
                        if l.get_str(&self.names.d_annotations).is_none() {
                            l.set_str(
                                self.names.d_annotations.clone(),
                                Value::Dict(crate::engine::objects::dict::PyDict::new_rc()),
                            );
                        }
                    }
                    Ok(())
                }
                Op::ImportName(i) => (|| {
                    let fromlist = pop(frame)?;
                    let level = pop(frame)?;
                    let name = frame.code.names[i as usize].clone();
                    self.set_call_site(frame);
                    let m = self.import_name(&name, &fromlist, &level, &frame.globals)?;
                    frame.stack.push(m);
                    Ok(())
                })(),
                Op::ImportFrom(i) => peek(frame, 1).cloned().and_then(|m| {
                    let name = frame.code.names[i as usize].clone();
                    let v = self.import_from(&m, &name)?;
                    frame.stack.push(v);
                    Ok(())
                }),
                Op::ImportStar => pop(frame).and_then(|m| self.import_star(&m, frame)),
                Op::Raise(n) => {
                    let r = (|| {
                        let cause = if n == 2 { Some(pop(frame)?) } else { None };
                        let exc = if n >= 1 { Some(pop(frame)?) } else { None };
                        Ok::<_, Flow>((exc, cause))
                    })();
                    match r {
                        Ok((Some(exc), cause)) => Err(self.make_raise(exc, cause)),
                        Ok((None, _)) => match self.thread().handled.clone() {
                            Some(h) => {
                                // A bare raise re-raises without a new traceback entry for this line.
                                if let Some(exit) = self.handle_exception(frame, h, false) {
                                    return exit;
                                }
                                continue;
                            }
                            None => Err(self.runtime_error("No active exception to reraise")),
                        },
                        Err(e) => Err(e),
                    }
                }
                Op::Reraise => match pop(frame) {
                    Ok(Value::Instance(e)) => {
                        if let Some(exit) = self.handle_exception(frame, e, false) {
                            return exit;
                        }
                        continue;
                    }
                    Ok(_) => Err(internal("Reraise of a non-exception")),
                    Err(e) => Err(e),
                },
                Op::PushExcInfo => pop(frame).map(|exc| {
                    let prev = match self.thread().handled.clone() {
                        Some(h) => Value::Instance(h),
                        None => Value::None,
                    };
                    if let Value::Instance(e) = &exc {
                        self.thread_mut().handled = Some(e.clone());
                    }
                    frame.stack.push(prev);
                    frame.stack.push(exc);
                }),
                Op::PopExcept => pop(frame).map(|prev| {
                    self.thread_mut().handled = match prev {
                        Value::Instance(e) => Some(e),
                        _ => None,
                    };
                }),
                Op::CheckExcMatch => pop(frame).and_then(|typ| {
                    let exc = peek(frame, 1)?.clone();
                    let m = self.exception_matches(&exc, &typ)?;
                    frame.stack.push(Value::Bool(m));
                    Ok(())
                }),
                Op::ExcTriple => pop(frame).map(|exc| {
                    let tb = self.traceback_object(&exc);
                    frame.stack.push(Value::Class(self.class_of(&exc)));
                    frame.stack.push(exc);
                    frame.stack.push(tb);
                }),
                Op::BeforeWith => pop(frame).and_then(|ctx| {
                    let (exit, enter) = self.before_with(&ctx)?;
                    frame.stack.push(exit);
                    frame.stack.push(enter);
                    Ok(())
                }),
                Op::LoadAssertionError => {
                    let v = self
                        .builtins()
                        .get_by_str("AssertionError")
                        .unwrap_or_else(|| Value::Class(self.types.exc(ExcKind::AssertionError)));
                    frame.stack.push(v);
                    Ok(())
                }
            };
            if let Err(flow) = result {
                if let Some(exit) = self.flow_into(frame, flow) {
                    return exit;
                }
            }
            // Objects freed by that instruction may have left code to run.
            if crate::engine::objects::deferred::pending() {
                if let Some(exit) = self.run_deferred_in(frame) {
                    return exit;
                }
            }
        }
    }

    /// Runs what object deaths queued, with `frame` as the running frame
    /// (the cleanup sees it as its caller, as in CPython).
    fn run_deferred_in(&mut self, frame: &mut Frame) -> Option<Exit> {
        self.set_call_site(frame);
        let site = Some((frame.code.clone(), frame.ip.saturating_sub(1)));
        let flow = self.run_deferred(site).err()?;
        self.flow_into(frame, flow)
    }

    /// Starts a called function's frame in this loop, the caller waiting on
    /// the thread's frame stack, when the scheduler loop would do nothing
    /// else with an `Exit::Call`; otherwise hands back that exit.
    fn enter_inline(&mut self, frame: &mut Frame, callee: Frame) -> Option<Exit> {
        if self.parked_here(self.level) {
            return Some(Exit::Call(callee));
        }
        let caller = std::mem::replace(frame, callee);
        self.threads[self.current].frames.push(caller);
        None
    }

    /// Gives a plain function's return value (or an `__init__`'s instance)
    /// straight to its caller and runs on in the caller, when that is all
    /// the scheduler loop would do with the return; otherwise hands the
    /// value back for an `Exit::Return`.
    fn return_inline(&mut self, frame: &mut Frame, value: Value) -> Result<(), Value> {
        // An `__init__` returning None gives its instance; any other value is
        // a TypeError, which the scheduler loop raises.
        let plain = frame.generator.is_none()
            && match &frame.mode {
                ReturnMode::Normal => true,
                ReturnMode::Init(_) => matches!(value, Value::None),
                _ => false,
            };
        let Some(mut callee) = plain.then(|| self.back_to_caller(frame)).flatten() else {
            return Err(value);
        };
        // Taken out before the frame goes back to the pool, which would
        // otherwise keep the instance alive.
        let result = match std::mem::replace(&mut callee.mode, ReturnMode::Normal) {
            ReturnMode::Init(instance) => instance,
            _ => value,
        };
        self.recycle_frame(callee);
        frame.stack.push(result);
        Ok(())
    }

    /// Suspends a generator that yields to a frame of this thread and runs on
    /// in that frame, as the scheduler loop would; otherwise hands the value
    /// back for an `Exit::Yield`.
    fn yield_inline(&mut self, frame: &mut Frame, value: Value) -> Result<(), Value> {
        let to_caller = frame.generator.is_some() && !matches!(frame.mode, ReturnMode::Boundary(_));
        let Some(generator) = to_caller.then(|| self.back_to_caller(frame)).flatten() else {
            return Err(value);
        };
        self.suspend_generator(generator);
        frame.stack.push(value);
        Ok(())
    }

    /// Makes the caller under `frame` the running frame again and returns
    /// the finished one, when the scheduler loop would only hand a result
    /// to that caller and run on there: the thread keeps running, nothing
    /// is pending for it, and no parked thread is waiting to end this loop.
    fn back_to_caller(&mut self, frame: &mut Frame) -> Option<Frame> {
        let th = &self.threads[self.current];
        let runs_on = matches!(th.status, ThreadStatus::Runnable)
            && th.pending_exc.is_none()
            && !self.parked_here(self.level);
        if !runs_on {
            return None;
        }
        let caller = self.threads[self.current].frames.pop()?;
        Some(std::mem::replace(frame, caller))
    }

    /// Turns a failure at the current instruction into handler entry or a frame exit.
    fn flow_into(&mut self, frame: &mut Frame, flow: Flow) -> Option<Exit> {
        match flow {
            Flow::Exc(e) => {
                self.set_context(&e);
                self.handle_exception(frame, e, true)
            }
            Flow::Block(w) => Some(Exit::Block(w)),
            Flow::Halt(h) => Some(Exit::Halt(h)),
        }
    }

    fn exit_for(&mut self, flow: Flow) -> Exit {
        match flow {
            Flow::Exc(e) => Exit::Raise(e),
            Flow::Block(w) => Exit::Block(w),
            Flow::Halt(h) => Exit::Halt(h),
        }
    }

    /// Records the traceback entry and jumps to a handler, or reports that the
    /// exception leaves the frame.
    pub fn handle_exception(
        &mut self,
        frame: &mut Frame,
        exc: Rc<Instance>,
        add_tb: bool,
    ) -> Option<Exit> {
        let at = frame.ip.saturating_sub(1);
        // The engine's own frames (unnest.py, thread starts) stay out of
        // tracebacks, as a C function's do in CPython.
        if add_tb && !frame.code.flags.synthetic {
            if let Some(data) = exc.exc() {
                data.borrow_mut()
                    .traceback
                    .push(TbEntry::new(frame.code.clone(), at));
            }
        }
        match frame.code.handler_for(at) {
            Some(h) => {
                frame.stack.truncate(h.depth as usize);
                frame.stack.push(Value::Instance(exc));
                frame.ip = h.target;
                None
            }
            None => {
                keep_locals(frame, &exc);
                Some(Exit::Raise(exc))
            }
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    pub fn set_context(&self, exc: &Rc<Instance>) {
        let Some(handled) = self.thread().handled.clone() else {
            return;
        };
        if Rc::ptr_eq(&handled, exc) {
            return;
        }
        let Some(data) = exc.exc() else {
            return;
        };
        if data.borrow().context.is_some() {
            return;
        }
        // Break a cycle if `exc` is already in the handled exception's context chain.
        let mut cur = Some(handled.clone());
        let mut steps = 0;
        while let Some(c) = cur {
            steps += 1;
            if steps > 1000 {
                break;
            }
            let next = c.exc().and_then(|d| d.borrow().context.clone());
            if let Some(n) = &next {
                if Rc::ptr_eq(n, exc) {
                    if let Some(d) = c.exc() {
                        d.borrow_mut().context = None;
                    }
                    break;
                }
            }
            cur = next;
        }
        data.borrow_mut().context = Some(handled);
    }

    fn pop_n(&mut self, frame: &mut Frame, n: u32) -> PyResult<Vec<Value>> {
        let n = n as usize;
        let len = frame.stack.len();
        if n > len {
            return Err(internal("value stack underflow"));
        }
        Ok(frame.stack.split_off(len - n))
    }

    fn cell_name(&self, frame: &Frame, i: u32) -> Rc<crate::engine::objects::str::PyStr> {
        let i = i as usize;
        let nc = frame.code.cellvars.len();
        if i < nc {
            frame.code.cellvars[i].clone()
        } else {
            frame
                .code
                .freevars
                .get(i - nc)
                .cloned()
                .unwrap_or_else(|| self.names.name.clone())
        }
    }

    fn unbound_deref(&self, frame: &Frame, i: u32) -> Flow {
        let name = self.cell_name(frame, i);
        if (i as usize) < frame.code.cellvars.len() {
            self.err(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name.as_str()
                ),
            )
        } else {
            self.err(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name.as_str()
                ),
            )
        }
    }

    fn load_deref(&self, frame: &Frame, i: u32) -> PyResult<Value> {
        match frame.cells.get(i as usize).map(|c: &Rc<CellObj>| c.get()) {
            Some(Some(v)) => Ok(v),
            Some(None) => Err(self.unbound_deref(frame, i)),
            None => Err(internal("bad cell index")),
        }
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error(&self, name: &str) -> Flow {
        let exc = self.new_exc(ExcKind::NameError, format!("name '{name}' is not defined"));
        if let Some(d) = &exc.dict {
            d.set_by_str("name", Value::str(name));
        }
        Flow::Exc(exc)
    }

    /// A NameError raised in `frame`, with CPython's "Did you mean" hint
    /// (locals first, then globals, then builtins).
    fn name_error_in(&self, frame: &Frame, name: &str) -> Flow {
        let flow = self.name_error(name);
        if let Flow::Exc(e) = &flow {
            let locals: Vec<String> = frame
                .code
                .varnames
                .iter()
                .map(|n| n.as_str().to_string())
                .collect();
            let from = |d: &crate::engine::objects::dict::PyDict| -> Vec<String> {
                d.keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect()
            };
            let mut hint =
                crate::engine::vm::suggestions::suggest(name, locals.iter().map(|s| s.as_str()));
            if hint.is_none() {
                let g = from(&frame.globals);
                hint = crate::engine::vm::suggestions::suggest(name, g.iter().map(|s| s.as_str()));
            }
            if hint.is_none() {
                let b = from(&self.frame_builtins(frame));
                hint = crate::engine::vm::suggestions::suggest(name, b.iter().map(|s| s.as_str()));
            }
            if let Some(d) = e.exc() {
                d.borrow_mut().suggestion = hint;
            }
        }
        flow
    }

    fn load_global(&self, frame: &Frame, i: u32) -> PyResult<Value> {
        let name = &frame.code.names[i as usize];
        let slot = frame.code.caches.global.get(i as usize);
        if let Some(seen) = slot.map(Cell::get).filter(|c| c.filled) {
            let hit = if !seen.in_builtins {
                frame.globals.value_at(seen.index as usize, name)
            } else if frame.globals.version() == seen.globals_version {
                self.frame_builtins(frame)
                    .value_at(seen.index as usize, name)
            } else {
                None
            };
            if let Some(v) = hit {
                return Ok(v);
            }
        }
        let fill = |in_builtins: bool, index: usize| {
            if let Some(slot) = slot {
                slot.set(GlobalCache {
                    filled: true,
                    in_builtins,
                    index: index as u32,
                    globals_version: frame.globals.version(),
                });
            }
        };
        if let Some((ix, v)) = frame.globals.find_str(name) {
            fill(false, ix);
            return Ok(v);
        }
        if let Some((ix, v)) = self.frame_builtins(frame).find_str(name) {
            fill(true, ix);
            return Ok(v);
        }
        Err(self.name_error_in(frame, name.as_str()))
    }

    fn load_name(&self, frame: &Frame, i: u32) -> PyResult<Value> {
        let name = &frame.code.names[i as usize];
        if let Some(l) = &frame.locals {
            if let Some(v) = l.get_str(name) {
                return Ok(v);
            }
        }
        self.load_global(frame, i)
    }

    /// The builtins a frame sees (its process's).
    fn frame_builtins(&self, _frame: &Frame) -> Rc<crate::engine::objects::dict::PyDict> {
        self.process().builtins.clone()
    }

    /// Remembers where a call is made from (for labels, traces and reports).
    pub fn set_call_site(&mut self, frame: &Frame) {
        self.call_site = Some((frame.code.clone(), frame.ip.saturating_sub(1)));
    }

    /// While tracing, remembers the line of an attribute access, so a
    /// thread-local read or write in the trace names it.
    fn mark_line_for_trace(&mut self, frame: &Frame) {
        if self.config.trace {
            self.set_call_site(frame);
        }
    }

    /// `Call*` instructions: finds the callee and arguments on the stack.
    fn call_op(
        &mut self,
        frame: &mut Frame,
        argc: usize,
        names: Option<u16>,
        method: bool,
    ) -> PyResult<Option<Exit>> {
        let extra = if method { 2 } else { 1 };
        let base = frame
            .stack
            .len()
            .checked_sub(argc + extra)
            .ok_or_else(|| internal("stack underflow in call"))?;
        let callee = frame.stack[base].clone();
        let first = if method && matches!(frame.stack[base + 1], Value::Null) {
            base + 2
        } else {
            base + 1
        };
        self.call_from_frame(frame, callee, base, first, names)
    }

    /// Performs a call whose callee and arguments sit on the frame's stack from
    /// `base`; returns an exit when a new frame must run or the thread blocks.
    fn call_from_frame(
        &mut self,
        frame: &mut Frame,
        callee: Value,
        base: usize,
        first: usize,
        names: Option<u16>,
    ) -> PyResult<Option<Exit>> {
        let (kwnames, nkw): (Vec<Value>, usize) = match names {
            Some(ni) => match frame.code.consts.get(ni as usize) {
                Some(Value::Tuple(t)) => (t.items().to_vec(), t.len()),
                _ => return Err(internal("bad keyword-name constant")),
            },
            None => (Vec::new(), 0),
        };
        let end = frame.stack.len();
        let split = end - nkw;
        if !matches!(callee, Value::Function(_)) {
            self.call_site = Some((frame.code.clone(), frame.ip.saturating_sub(1)));
            if let Value::Builtin(b) = &callee {
                if b.needs_frame {
                    self.frame_ctx = Some(frame_ctx(frame));
                }
            }
        }
        let r = self.prepare_call_from_code(
            &callee,
            &frame.stack[first..split],
            &kwnames,
            &frame.stack[split..end],
        );
        match r {
            Ok(Called::Value(v)) => {
                frame.stack.truncate(base);
                frame.stack.push(v);
                Ok(None)
            }
            Ok(Called::Frame(f)) => {
                frame.stack.truncate(base);
                Ok(self.enter_inline(frame, f))
            }
            Ok(Called::Init(mut f, inst)) => {
                frame.stack.truncate(base);
                f.mode = ReturnMode::Init(inst);
                Ok(self.enter_inline(frame, f))
            }
            Err(Flow::Block(w)) => {
                frame.stack.truncate(base);
                Ok(Some(Exit::Block(w)))
            }
            Err(e) => Err(e),
        }
    }
}

/// Moves the variables of a frame the exception leaves into the frame's
/// traceback entry, so they are freed with the traceback, as in CPython
/// (a `__del__` runs after the `except` block, not before it).
fn keep_locals(frame: &mut Frame, exc: &Rc<Instance>) {
    if frame.fast.is_empty() && frame.cells.is_empty() {
        return;
    }
    let Some(data) = exc.exc() else {
        return;
    };
    let mut data = data.borrow_mut();
    let Some(entry) = data.traceback.last_mut() else {
        return;
    };
    if entry.locals.is_some() || !Rc::ptr_eq(&entry.code, &frame.code) {
        return;
    }
    let mut fast = std::mem::take(&mut frame.fast);
    // A frame that holds the exception it lets out (`saved = e; raise`) would
    // make a cycle through the traceback. CPython's collector frees that
    // later; the engine has no automatic collection, so the cycle is not
    // made (no code can read the kept variables to tell).
    for v in fast.iter_mut() {
        if matches!(v, Value::Instance(i) if Rc::ptr_eq(i, exc)) {
            *v = Value::Null;
        }
    }
    entry.locals = Some(Rc::new(FrameLocals {
        fast,
        cells: std::mem::take(&mut frame.cells),
    }));
}
