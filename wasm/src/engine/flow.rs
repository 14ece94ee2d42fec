//! Non-local control flow out of native code: exceptions, blocking, halting.

use std::rc::Rc;

use super::objects::class::Instance;
use super::vm::scheduler::Wait;

/// Why a run stopped for good (not catchable by Python code).
#[derive(Clone, Debug, PartialEq)]
pub enum Halt {
    /// The instruction budget ran out.
    Budget(u64),
    /// Every live thread waits on something nobody can release.
    Deadlock(String),
    /// The program ran past the virtual time limit.
    TimeLimit(f64),
    /// A bug in the engine, caught before it could do harm.
    Internal(String),
    /// The engine cannot go on where CPython would (the text says why).
    Limitation(String),
}

/// Why native code stopped early.
pub enum Flow {
    /// A Python exception is propagating.
    Exc(Rc<Instance>),
    /// The current thread must wait; the scheduler resumes it with a result.
    Block(Wait),
    /// The whole run is over.
    Halt(Halt),
}

impl std::fmt::Debug for Flow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Flow::Exc(e) => write!(f, "Exc({})", e.class().name_string()),
            Flow::Block(w) => write!(f, "Block({w:?})"),
            Flow::Halt(h) => write!(f, "Halt({h:?})"),
        }
    }
}

/// The result of anything that may raise.
pub type PyResult<T> = Result<T, Flow>;
