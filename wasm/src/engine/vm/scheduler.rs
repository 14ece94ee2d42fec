//! Green threads on a virtual clock: thread state, waits, and choosing who runs.
//!
//! One thread runs at a time. A thread gives way when it blocks, and at
//! CPython's own switch points (function entry and loop back-edges) once its
//! slice of the switch interval is used up. Time is virtual: every instruction
//! costs a fixed slice, and when every thread waits the clock jumps to the
//! earliest wake-up.

use std::rc::Rc;

use crate::engine::objects::class::Instance;
use crate::engine::objects::object::Object;
use crate::engine::value::Value;
use crate::engine::vm::frame::Frame;

/// Nanoseconds of virtual time.
pub type Nanos = u64;

/// What a blocked thread waits for.
#[derive(Clone)]
pub enum Wait {
    /// `time.sleep` until this time.
    Sleep {
        /// Wake-up time.
        until: Nanos,
    },
    /// Acquiring a primitive lock, optionally until a deadline.
    Lock {
        /// The lock object (`Object::Lock`).
        lock: Rc<Object>,
        /// Give up (result False) at this time.
        deadline: Option<Nanos>,
    },
    /// Waiting for a process to end (`Process.join`).
    Process {
        /// The process index.
        process: u32,
        /// Give up at this time.
        deadline: Option<Nanos>,
    },
    /// Waiting for an item on a multiprocessing queue (a native object whose
    /// state holds pickled items).
    MpQueue {
        /// The queue.
        queue: Rc<Object>,
        /// Give up (the empty marker is the result) at this time.
        deadline: Option<Nanos>,
    },
    /// Waiting for a signal (`signal.pause`) or forever.
    Forever,
}

impl std::fmt::Debug for Wait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Wait::Sleep { until } => write!(f, "sleep until {until}"),
            Wait::Lock { lock, deadline } => {
                let id = match &**lock {
                    Object::Lock(l) => l.id,
                    _ => 0,
                };
                write!(f, "lock #{id} deadline {deadline:?}")
            }
            Wait::Process { process, .. } => write!(f, "process {process}"),
            Wait::MpQueue { .. } => write!(f, "multiprocessing queue"),
            Wait::Forever => write!(f, "forever"),
        }
    }
}

impl Wait {
    /// When the wait gives up by itself, if ever.
    pub fn deadline(&self) -> Option<Nanos> {
        match self {
            Wait::Sleep { until } => Some(*until),
            Wait::Lock { deadline, .. }
            | Wait::Process { deadline, .. }
            | Wait::MpQueue { deadline, .. } => *deadline,
            Wait::Forever => None,
        }
    }
}

/// Where a thread is in its life.
pub enum ThreadStatus {
    /// Ready to run.
    Runnable,
    /// Waiting.
    Blocked(Wait),
    /// Its native call returned at nested scheduler level `level`, which is not
    /// the innermost: it waits for the Rust stack to unwind to that level.
    Parked {
        /// The level whose loop will pick up the result.
        level: u32,
        /// The call's outcome.
        result: crate::engine::vm::run::ParkedResult,
        /// Virtual time when it parked.
        since: u64,
    },
    /// Ended.
    Finished,
}

/// One simulated thread.
pub struct ThreadState {
    /// The process it belongs to.
    pub process: u32,
    /// `threading.get_ident()`.
    pub ident: i64,
    /// The thread's name, for traces and reports (kept in step by `threading`).
    pub name: String,
    /// Daemon flag, for traces and exit.
    pub daemon: bool,
    /// Suspended frames, outermost first (the running frame is taken out while it runs).
    pub frames: Vec<Frame>,
    /// Run state.
    pub status: ThreadStatus,
    /// An exception to raise in the top frame when it next runs.
    pub pending_exc: Option<Rc<Instance>>,
    /// The exception being handled (`sys.exc_info()`).
    pub handled: Option<Rc<Instance>>,
    /// The thread's `contextvars` context (a dict), created on first use.
    pub context: Option<Value>,
    /// The program line it blocked at, while blocked (for the deadlock report).
    pub wait_line: Option<u32>,
    /// The lock `join()` waits on, released once the thread has ended and
    /// its thread-local values are freed (CPython's thread state lock).
    pub done_lock: Option<Rc<Object>>,
}

impl ThreadState {
    /// A new runnable thread with no frames yet.
    pub fn new(process: u32, ident: i64, name: String, daemon: bool) -> ThreadState {
        ThreadState {
            process,
            ident,
            name,
            daemon,
            frames: Vec::new(),
            status: ThreadStatus::Runnable,
            pending_exc: None,
            handled: None,
            context: None,
            wait_line: None,
            done_lock: None,
        }
    }

    /// True when it can run right now without waking.
    pub fn is_runnable(&self) -> bool {
        matches!(self.status, ThreadStatus::Runnable)
    }

    /// True once ended.
    pub fn is_finished(&self) -> bool {
        matches!(self.status, ThreadStatus::Finished)
    }
}

/// The virtual clock.
#[derive(Clone, Debug)]
pub struct Clock {
    /// Instructions executed so far.
    pub ticks: u64,
    /// Time added by jumps (sleeping) on top of instruction time.
    pub offset: Nanos,
    /// Virtual cost of one instruction.
    pub ns_per_tick: u64,
}

impl Clock {
    /// A clock at zero.
    pub fn new(ns_per_tick: u64) -> Clock {
        Clock {
            ticks: 0,
            offset: 0,
            ns_per_tick,
        }
    }

    /// The current virtual time.
    pub fn now(&self) -> Nanos {
        self.offset + self.ticks * self.ns_per_tick
    }

    /// Jumps forward to `t` (never backwards).
    pub fn advance_to(&mut self, t: Nanos) {
        let now = self.now();
        if t > now {
            self.offset += t - now;
        }
    }
}

/// A small deterministic generator (SplitMix64) for seed-dependent switch points.
#[derive(Clone, Debug)]
pub struct SeedRng(u64);

impl SeedRng {
    /// A generator for this seed.
    pub fn new(seed: u64) -> SeedRng {
        SeedRng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// The next value.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}
