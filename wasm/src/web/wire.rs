//! A program run driven in steps by a host, with its events encoded as JSON.
//!
//! Every step returns one JSON object:
//! `{"done":bool,"t":ns,"n":instructions,"events":[...],"exit":code,"halt":text}`
//! (`exit` and `halt` only when done). Each event is an array whose first item
//! names its kind; times are virtual nanoseconds:
//! - `["out", t, thread, "o"|"e", text]` — output on stdout / stderr
//! - `["start", t, thread, name, daemon, process]`, `["end", t, thread]`
//! - `["name", t, thread, name, daemon]` — a thread was (re)named
//! - `["switch", t, from, to]`
//! - `["block", t, thread, reason, line]`, `["wake", t, thread, timed_out]`
//! - `["lnew", t, thread, local, class, label, line]` — a `threading.local` was created
//! - `["lacc", t, thread, local, "get"|"set"|"del", name, repr_or_null, line]`

use std::fmt::Write;

use crate::engine::session::{SharedEvents, Step};
use crate::engine::trace::{Event, Stream, TraceEvent};
use crate::engine::{RunConfig, Session};

/// Appends `s` as a JSON string literal.
pub fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn bit(b: bool) -> u8 {
    b as u8
}

/// Encodes one event as a JSON array.
pub fn encode_event(out: &mut String, e: &Event) {
    match e {
        Event::Output {
            time,
            thread,
            stream,
            text,
        } => {
            let s = if *stream == Stream::Stdout { "o" } else { "e" };
            let _ = write!(out, "[\"out\",{time},{thread},\"{s}\",");
            json_str(out, text);
            out.push(']');
        }
        Event::Trace(t) => match t {
            TraceEvent::ThreadStart {
                time,
                thread,
                name,
                daemon,
                process,
            } => {
                let _ = write!(out, "[\"start\",{time},{thread},");
                json_str(out, name);
                let _ = write!(out, ",{},{process}]", bit(*daemon));
            }
            TraceEvent::ThreadEnd { time, thread } => {
                let _ = write!(out, "[\"end\",{time},{thread}]");
            }
            TraceEvent::ThreadName {
                time,
                thread,
                name,
                daemon,
            } => {
                let _ = write!(out, "[\"name\",{time},{thread},");
                json_str(out, name);
                let _ = write!(out, ",{}]", bit(*daemon));
            }
            TraceEvent::Switch { time, from, to } => {
                let _ = write!(out, "[\"switch\",{time},{from},{to}]");
            }
            TraceEvent::Block {
                time,
                thread,
                reason,
                line,
            } => {
                let _ = write!(out, "[\"block\",{time},{thread},");
                json_str(out, reason);
                let _ = write!(out, ",{line}]");
            }
            TraceEvent::Wake {
                time,
                thread,
                timed_out,
            } => {
                let _ = write!(out, "[\"wake\",{time},{thread},{}]", bit(*timed_out));
            }
            TraceEvent::LocalNew {
                time,
                thread,
                local,
                class,
                label,
                line,
            } => {
                let _ = write!(out, "[\"lnew\",{time},{thread},{local},");
                json_str(out, class);
                out.push(',');
                json_str(out, label);
                let _ = write!(out, ",{line}]");
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
                let _ = write!(out, "[\"lacc\",{time},{thread},{local},\"{}\",", op.word());
                json_str(out, name);
                out.push(',');
                match value {
                    Some(v) => json_str(out, v),
                    None => out.push_str("null"),
                }
                let _ = write!(out, ",{line}]");
            }
        },
    }
}

/// Options a host passes to a run.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Changes the thread switch points.
    pub seed: u64,
    /// Record trace events (lanes, local inspector).
    pub trace: bool,
    /// Standard input.
    pub stdin: String,
    /// Instruction budget (0 = default).
    pub max_instructions: u64,
}

/// A run the host advances step by step.
pub struct Runner {
    session: Session,
    events: SharedEvents,
}

impl Runner {
    /// Compiles and prepares a program.
    pub fn new(source: &str, options: &RunOptions) -> Runner {
        let mut config = RunConfig {
            seed: options.seed,
            trace: options.trace,
            stdin: options.stdin.clone(),
            memory_limit: 256 << 20,
            ..RunConfig::default()
        };
        if options.max_instructions > 0 {
            config.max_instructions = options.max_instructions;
        }
        let events = SharedEvents::default();
        let session = Session::new(source, config, Box::new(events.clone()));
        Runner { session, events }
    }

    /// Runs up to `max_instructions`, never letting virtual time pass `until_ns`
    /// (when given), and returns the step's JSON.
    pub fn step(&mut self, max_instructions: u64, until_ns: Option<u64>) -> String {
        let step = self.session.step(max_instructions, until_ns);
        let events = std::mem::take(&mut *self.events.0.borrow_mut());
        let vm = self.session.vm();
        let (t, n) = (vm.clock.now(), vm.clock.ticks);
        let mut out = String::with_capacity(64 + events.len() * 48);
        let done = matches!(step, Step::Done(_));
        let _ = write!(out, "{{\"done\":{done},\"t\":{t},\"n\":{n},\"events\":[");
        for (i, e) in events.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            encode_event(&mut out, e);
        }
        out.push(']');
        if let Step::Done(o) = step {
            let _ = write!(out, ",\"exit\":{}", o.exit_code);
            if let Some(h) = &o.halt {
                out.push_str(",\"halt\":");
                json_str(&mut out, &format!("{h:?}"));
            }
        }
        out.push('}');
        out
    }

    /// Delivers SIGINT to the main thread at the engine's next check point.
    pub fn interrupt(&mut self) {
        self.session.vm().interrupt_soon();
    }

    /// Virtual nanoseconds so far.
    pub fn now(&mut self) -> u64 {
        self.session.vm().clock.now()
    }
}

/// Highlighted HTML for the editor: spans with the same classes as the static pages.
pub fn highlight_html(src: &str) -> String {
    let mut out = String::with_capacity(src.len() * 2);
    let mut pos = 0;
    for span in crate::engine::highlight::highlight(src) {
        if span.start < pos || span.end > src.len() {
            continue;
        }
        escape_into(&mut out, &src[pos..span.start]);
        let _ = write!(out, "<span class=\"{}\">", span.class.css_class());
        escape_into(&mut out, &src[span.start..span.end]);
        out.push_str("</span>");
        pos = span.end;
    }
    escape_into(&mut out, &src[pos..]);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// The first compile error of `src` as JSON (`{"line":..,"col":..,"end":..,"msg":..}`,
/// columns 1-based in characters), or `null` when it compiles.
pub fn check_syntax(src: &str) -> String {
    let err = match crate::engine::compiler::compile_source(src, "main.py") {
        Ok(_) => return "null".into(),
        Err(e) => e,
    };
    let map = crate::engine::source::SourceMap::new(src);
    let (span, msg) = match &err {
        crate::engine::error::CompileError::Syntax(s) => {
            (s.span, format!("{}: {}", s.kind.class_name(), s.msg))
        }
        crate::engine::error::CompileError::Unsupported { feature, span } => (
            *span,
            format!("NotImplementedError: {feature} is not supported in this playground yet"),
        ),
        crate::engine::error::CompileError::TooDeep { span } => (
            *span,
            "RecursionError: maximum recursion depth exceeded during compilation".into(),
        ),
    };
    let (line, col) = map.line_col(span.start);
    let (eline, ecol) = map.line_col(span.end);
    let end = if eline == line && ecol > col {
        ecol
    } else {
        col + 1
    };
    let mut out = format!(
        "{{\"line\":{line},\"col\":{},\"end\":{},\"msg\":",
        col + 1,
        end + 1
    );
    json_str(&mut out, &msg);
    out.push('}');
    out
}

/// The modules `source` imports anywhere, as a JSON list of strings.
pub fn imports_json(source: &str) -> String {
    let mut out = String::from("[");
    for (i, name) in crate::engine::imports::imported_modules(source)
        .iter()
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        json_str(&mut out, name);
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_streams_output_events_as_json() {
        let mut r = Runner::new("print('hi')\n", &RunOptions::default());
        let json = r.step(1_000_000, None);
        assert!(
            json.contains("[\"out\",") && json.contains("\"hi\\n\""),
            "{json}"
        );
        assert!(
            json.contains("\"done\":true") && json.contains("\"exit\":0"),
            "{json}"
        );
    }

    #[test]
    fn imports_cross_as_a_json_list() {
        let names: Vec<String> =
            serde_json::from_str(&imports_json("import queue\nfrom a.b import c\n")).unwrap();
        assert_eq!(names, ["queue", "a", "a.b", "a.b.c"]);
        assert_eq!(imports_json("print(1)\n"), "[]");
    }

    #[test]
    fn syntax_errors_are_located() {
        assert_eq!(check_syntax("x = 1\n"), "null");
        let j = check_syntax("x = (1,\n");
        assert!(
            j.contains("\"line\":1") && j.contains("was never closed"),
            "{j}"
        );
    }

    #[test]
    fn highlighting_escapes_html() {
        let h = highlight_html("print('<b>')");
        assert!(h.contains("&lt;b&gt;") && !h.contains("<b>"), "{h}");
    }

    #[test]
    fn an_interrupt_between_steps_raises_keyboard_interrupt_where_main_waits() {
        let src = "import time\ntry:\n    while True:\n        time.sleep(0.1)\nexcept KeyboardInterrupt:\n    print('interrupted')\n";
        let mut r = Runner::new(src, &RunOptions::default());
        let mut all = String::new();
        for _ in 0..50 {
            all.push_str(&r.step(20_000, None));
        }
        r.interrupt();
        for _ in 0..50 {
            let step = r.step(20_000, None);
            let done = step.contains("\"done\":true");
            all.push_str(&step);
            if done {
                break;
            }
        }
        assert!(
            all.contains("\"interrupted\\n\""),
            "{}",
            &all[all.len().saturating_sub(800)..]
        );
    }
}
