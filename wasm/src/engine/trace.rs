//! What a run reports as it goes: output and structured trace events, each
//! stamped with the virtual time and the thread.

/// Nanoseconds of virtual time.
pub type Nanos = u64;

/// An output stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// `sys.stdout`
    Stdout,
    /// `sys.stderr`
    Stderr,
}

/// A traced happening in the program.
#[derive(Clone, Debug, PartialEq)]
pub enum TraceEvent {
    /// A thread started running.
    ThreadStart {
        /// When.
        time: Nanos,
        /// Thread index.
        thread: u32,
        /// Its name.
        name: String,
        /// Daemon flag.
        daemon: bool,
        /// The process it belongs to.
        process: u32,
    },
    /// A thread ended.
    ThreadEnd {
        /// When.
        time: Nanos,
        /// Thread index.
        thread: u32,
    },
    /// A thread was renamed (`Thread(name=...)`, `t.name = ...`).
    ThreadName {
        /// When.
        time: Nanos,
        /// Thread index.
        thread: u32,
        /// The new name.
        name: String,
        /// Daemon flag.
        daemon: bool,
    },
    /// The scheduler switched threads.
    Switch {
        /// When.
        time: Nanos,
        /// From this thread.
        from: u32,
        /// To this thread.
        to: u32,
    },
    /// A thread blocked.
    Block {
        /// When.
        time: Nanos,
        /// Thread index.
        thread: u32,
        /// What it waits on, in words (`sleep(0.5)`, `the lock a`, `Event.wait()`).
        reason: String,
        /// The user's line that blocked.
        line: u32,
    },
    /// A blocked thread became runnable.
    Wake {
        /// When.
        time: Nanos,
        /// Thread index.
        thread: u32,
        /// True when it woke because its timeout passed.
        timed_out: bool,
    },
    /// A `threading.local` was created.
    LocalNew {
        /// When.
        time: Nanos,
        /// Thread index.
        thread: u32,
        /// The local's number.
        local: u32,
        /// Its class name (`local` or the subclass).
        class: String,
        /// What the program calls it, from the assignment on that line (`session`, `self.db`), if any.
        label: String,
        /// The user's line that created it.
        line: u32,
    },
    /// A thread read, wrote or deleted an attribute of a `threading.local`.
    LocalAccess {
        /// When.
        time: Nanos,
        /// Thread index.
        thread: u32,
        /// The local's number.
        local: u32,
        /// Read, write or delete.
        op: LocalOp,
        /// The attribute.
        name: String,
        /// `repr` of the value (read and write), or None when the read failed.
        value: Option<String>,
        /// The user's line.
        line: u32,
    },
}

/// An access to a `threading.local` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalOp {
    /// Read.
    Get,
    /// Write.
    Set,
    /// Delete.
    Delete,
}

impl LocalOp {
    /// A short word for the op.
    pub fn word(self) -> &'static str {
        match self {
            LocalOp::Get => "get",
            LocalOp::Set => "set",
            LocalOp::Delete => "del",
        }
    }
}

impl TraceEvent {
    /// The virtual time of the event.
    pub fn time(&self) -> Nanos {
        match self {
            TraceEvent::ThreadStart { time, .. }
            | TraceEvent::ThreadEnd { time, .. }
            | TraceEvent::ThreadName { time, .. }
            | TraceEvent::Switch { time, .. }
            | TraceEvent::Block { time, .. }
            | TraceEvent::Wake { time, .. }
            | TraceEvent::LocalNew { time, .. }
            | TraceEvent::LocalAccess { time, .. } => *time,
        }
    }
}

/// Everything a run reports.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Text written to stdout or stderr.
    Output {
        /// When.
        time: Nanos,
        /// Which thread wrote it.
        thread: u32,
        /// Which stream.
        stream: Stream,
        /// The text.
        text: String,
    },
    /// A trace event (only when tracing is on).
    Trace(TraceEvent),
}

/// Receives events as the run produces them.
pub trait EventSink {
    /// One event.
    fn event(&mut self, e: Event);
}

/// A sink that keeps every event.
#[derive(Default)]
pub struct Collect {
    /// The events so far.
    pub events: Vec<Event>,
}

impl EventSink for Collect {
    fn event(&mut self, e: Event) {
        self.events.push(e);
    }
}
