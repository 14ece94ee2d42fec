//! Event sinks for native runs: plain output (what `python3` prints), a
//! readable per-thread timeline (`--trace`) and JSON lines (`--trace-json`).

use std::collections::HashMap;
use std::io::Write;

use threadwise_playground::engine::trace::{Event, EventSink, LocalOp, Stream, TraceEvent};
use threadwise_playground::web::wire::encode_event;

/// Writes program output to stdout and stderr as it happens.
pub struct PlainOutput;

impl EventSink for PlainOutput {
    fn event(&mut self, e: Event) {
        if let Event::Output { stream, text, .. } = e {
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = match stream {
                Stream::Stdout => {
                    let mut out = std::io::stdout().lock();
                    out.write_all(text.as_bytes()).and_then(|_| out.flush())
                }
                Stream::Stderr => std::io::stderr().lock().write_all(text.as_bytes()),
            };
        }
    }
}

/// Writes each event as one JSON array per line, in the browser's wire format.
pub struct JsonLines<W: Write> {
    out: W,
}

impl<W: Write> JsonLines<W> {
    /// Events go to `out`.
    pub fn new(out: W) -> JsonLines<W> {
        JsonLines { out }
    }
}

impl<W: Write> EventSink for JsonLines<W> {
    fn event(&mut self, e: Event) {
        let mut line = String::with_capacity(64);
        encode_event(&mut line, &e);
        line.push('\n');
        let _ = self.out.write_all(line.as_bytes());
    }
}

/// Renders events as a timeline: one row per event, with the virtual time in
/// seconds and the acting thread's name; output appears as the lines it printed.
pub struct Timeline<W: Write> {
    out: W,
    names: HashMap<u32, String>,
    locals: HashMap<u32, String>,
    /// Output not yet ended by a newline, per thread and stream.
    partial: HashMap<(u32, bool), (u64, String)>,
}

/// The thread column's width: fits `Thread-10 (worker)`; longer names push the row.
const NAME_WIDTH: usize = 18;

impl<W: Write> Timeline<W> {
    /// Rows go to `out`; a header line first.
    pub fn new(mut out: W) -> Timeline<W> {
        let _ = writeln!(out, "{:>12}  {:<NAME_WIDTH$}  event", "time (s)", "thread");
        Timeline {
            out,
            names: HashMap::new(),
            locals: HashMap::new(),
            partial: HashMap::new(),
        }
    }

    fn name(&self, thread: u32) -> String {
        self.names
            .get(&thread)
            .cloned()
            .unwrap_or_else(|| format!("thread {thread}"))
    }

    fn row(&mut self, time: u64, thread: u32, what: &str) {
        let name = self.name(thread);
        let _ = writeln!(
            self.out,
            "{:>12.6}  {:<w$}  {what}",
            time as f64 / 1e9,
            name,
            w = NAME_WIDTH
        );
    }

    fn local_name(&self, local: u32) -> String {
        self.locals
            .get(&local)
            .cloned()
            .unwrap_or_else(|| format!("local #{local}"))
    }

    fn output(&mut self, time: u64, thread: u32, stream: Stream, text: &str) {
        let is_err = stream == Stream::Stderr;
        let key = (thread, is_err);
        let (started, mut pending) = self.partial.remove(&key).unwrap_or((time, String::new()));
        pending.push_str(text);
        let marker = if is_err { "err |" } else { "out |" };
        let mut rest = pending.as_str();
        let mut first_time = started;
        while let Some(i) = rest.find('\n') {
            let line = format!("{marker} {}", &rest[..i]);
            self.row(first_time, thread, line.trim_end());
            rest = &rest[i + 1..];
            first_time = time;
        }
        if !rest.is_empty() {
            self.partial.insert(key, (first_time, rest.to_string()));
        }
    }

    fn trace(&mut self, t: &TraceEvent) {
        match t {
            TraceEvent::ThreadStart {
                time,
                thread,
                name,
                daemon,
                process,
            } => {
                self.names.insert(*thread, name.clone());
                let mut what = "starts".to_string();
                if *daemon {
                    what.push_str(" (daemon)");
                }
                if *process > 0 {
                    what.push_str(&format!(" in process {process}"));
                }
                self.row(*time, *thread, &what);
            }
            TraceEvent::ThreadEnd { time, thread } => self.row(*time, *thread, "ends"),
            TraceEvent::ThreadName {
                time,
                thread,
                name,
                daemon,
            } => {
                let old = self.name(*thread);
                self.names.insert(*thread, name.clone());
                let daemon = if *daemon { " (daemon)" } else { "" };
                self.row(*time, *thread, &format!("renamed from {old}{daemon}"));
            }
            TraceEvent::Switch { time, from, to } => {
                let from = self.name(*from);
                self.row(*time, *to, &format!("runs (switched from {from})"));
            }
            TraceEvent::Block {
                time,
                thread,
                reason,
                line,
            } => self.row(
                *time,
                *thread,
                &format!("waits: {reason}{}", at_line(*line)),
            ),
            TraceEvent::Wake {
                time,
                thread,
                timed_out,
            } => {
                let what = if *timed_out {
                    "wakes (timed out)"
                } else {
                    "wakes"
                };
                self.row(*time, *thread, what);
            }
            TraceEvent::LocalNew {
                time,
                thread,
                local,
                class,
                label,
                line,
            } => {
                let shown = if label.is_empty() {
                    format!("local #{local}")
                } else {
                    format!("{label} (local #{local})")
                };
                self.locals.insert(*local, shown.clone());
                self.row(
                    *time,
                    *thread,
                    &format!("creates {shown}, a {class}{}", at_line(*line)),
                );
            }
            TraceEvent::LocalAccess {
                time,
                thread,
                local,
                op,
                name,
                value,
                line,
            } => {
                let obj = self.local_name(*local);
                let what = match (op, value) {
                    (LocalOp::Get, Some(v)) => format!("reads {obj}.{name} -> {v}"),
                    (LocalOp::Get, None) => format!("reads {obj}.{name} -> AttributeError"),
                    (LocalOp::Set, Some(v)) => format!("sets {obj}.{name} = {v}"),
                    (LocalOp::Set, None) => format!("sets {obj}.{name}"),
                    (LocalOp::Delete, _) => format!("deletes {obj}.{name}"),
                };
                self.row(*time, *thread, &format!("{what}{}", at_line(*line)));
            }
        }
    }

    /// Writes output still waiting for its newline.
    pub fn finish(&mut self) {
        let mut rest: Vec<_> = self.partial.drain().collect();
        rest.sort_by_key(|((thread, is_err), (time, _))| (*time, *thread, *is_err));
        for ((thread, is_err), (time, text)) in rest {
            let marker = if is_err { "err |" } else { "out |" };
            self.row(time, thread, &format!("{marker} {text}"));
        }
        let _ = self.out.flush();
    }
}

fn at_line(line: u32) -> String {
    if line == 0 {
        String::new()
    } else {
        format!("  (line {line})")
    }
}

impl<W: Write> EventSink for Timeline<W> {
    fn event(&mut self, e: Event) {
        match e {
            Event::Output {
                time,
                thread,
                stream,
                text,
            } => self.output(time, thread, stream, &text),
            Event::Trace(t) => self.trace(&t),
        }
    }
}

impl<W: Write> Drop for Timeline<W> {
    fn drop(&mut self) {
        self.finish();
    }
}
