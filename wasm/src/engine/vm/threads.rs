//! Creating threads.

use crate::engine::bytecode::Op;
use crate::engine::trace::TraceEvent;
use crate::engine::value::Value;
use crate::engine::vm::frame::{new_frame, ReturnMode};
use crate::engine::vm::run::synthetic_code;
use crate::engine::vm::scheduler::ThreadState;
use crate::engine::vm::Vm;

impl Vm {
    /// Starts a thread in the running process that calls `func(*args, **kwargs)`;
    /// returns its index.
    pub fn spawn_thread(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kwargs: Option<Value>,
        name: String,
        daemon: bool,
    ) -> usize {
        let has_kw = kwargs.is_some();
        let mut consts = vec![func, Value::tuple(args)];
        let mut ops = vec![Op::LoadConst(0), Op::LoadConst(1)];
        if let Some(kw) = kwargs {
            consts.push(kw);
            ops.push(Op::LoadConst(2));
        }
        ops.push(Op::CallEx(has_kw));
        ops.push(Op::ReturnValue);
        let code = synthetic_code("<thread>", ops, consts);
        let process = self.thread().process;
        let globals = self.process().builtins.clone();
        let mut frame = new_frame(code, globals, None);
        frame.mode = ReturnMode::ThreadEntry;
        let ident = self.next_ident;
        self.next_ident += 8_392_704;
        let mut t = ThreadState::new(process, ident, name.clone(), daemon);
        t.frames.push(frame);
        self.threads.push(t);
        let idx = self.threads.len() - 1;
        let time = self.clock.now();
        self.trace(|_| TraceEvent::ThreadStart {
            time,
            thread: idx as u32,
            name,
            daemon,
            process,
        });
        idx
    }
}
