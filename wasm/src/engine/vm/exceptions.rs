//! Raising, matching and printing exceptions the way CPython 3.11 does,
//! including chained exceptions and the caret lines under failing expressions.

use std::rc::Rc;

use crate::engine::ast::{ExprKind, Span, StmtKind};
use crate::engine::bytecode::Code;
use crate::engine::display_width::columns;
use crate::engine::error::syntax_caret_row;
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::{Class, Instance, Payload};
use crate::engine::objects::exception::{ExcData, TbEntry};
use crate::engine::objects::object::Object;
use crate::engine::trace::Stream;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// A new exception instance of `cls` with these args (no `__init__` call).
pub fn new_exception(cls: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
    Instance::new_rc(
        cls.clone(),
        Payload::Exception(std::cell::RefCell::new(ExcData::new(Value::tuple(args)))),
    )
}

/// Where the carets of a traceback line go, in characters of the line.
struct Carets {
    start: usize,
    end: usize,
    /// `(left_end, right_start)` relative to `start`: `~` outside, `^` inside.
    anchors: Option<(usize, usize)>,
}

impl Vm {
    /// The exception a `raise` statement raises.
    pub fn make_raise(&mut self, exc: Value, cause: Option<Value>) -> Flow {
        let inst = match self.exception_instance(&exc) {
            Ok(i) => i,
            Err(f) => return f,
        };
        if let Some(c) = cause {
            let cause_inst = if c.is_none() {
                None
            } else {
                match self.exception_instance(&c) {
                    Ok(i) => Some(i),
                    Err(Flow::Exc(e)) if self.exc_is(&e, ExcKind::TypeError) => {
                        return self.type_error("exception causes must derive from BaseException")
                    }
                    Err(f) => return f,
                }
            };
            if let Some(d) = inst.exc() {
                let mut d = d.borrow_mut();
                d.cause = cause_inst;
                d.suppress_context = true;
            }
        }
        Flow::Exc(inst)
    }

    /// An exception instance from a class or instance.
    pub fn exception_instance(&mut self, v: &Value) -> PyResult<Rc<Instance>> {
        let base = self.types.exc(ExcKind::BaseException);
        match v {
            Value::Instance(i) if i.class().is_subclass(&base) => Ok(i.clone()),
            Value::Class(c) if c.is_subclass(&base) => {
                let r = self.call(v, &[])?;
                match r {
                    Value::Instance(i) if i.class().is_subclass(&base) => Ok(i),
                    other => {
                        let r = self.repr(v).unwrap_or_default();
                        Err(self.type_error(format!(
                            "calling {r} should have returned an instance of BaseException, not {}",
                            self.type_name(&other)
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `except typ:` matching.
    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let base = self.types.exc(ExcKind::BaseException);
        let cls = self.class_of(exc);
        match typ {
            Value::Class(c) if c.is_subclass(&base) => Ok(cls.is_subclass(c)),
            Value::Tuple(t) => {
                for item in t.items() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `exc.__traceback__` as an object (or None).
    pub fn traceback_object(&self, exc: &Value) -> Value {
        match exc {
            Value::Instance(i) => match i.exc() {
                Some(d) if !d.borrow().traceback.is_empty() => {
                    Value::Object(Rc::new(Object::Traceback(d.borrow().traceback.clone())))
                }
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// The class name as a traceback prints it (`queue.Empty`, `ValueError`, `MyError`).
    pub fn exc_type_name(&self, cls: &Class) -> String {
        let q = cls.qualname().as_str().to_string();
        let module = match cls.dict.get_str(&self.names.d_module) {
            Some(Value::Str(m)) => m.as_str().to_string(),
            _ => "builtins".to_string(),
        };
        if cls.builtin {
            return cls.name_string();
        }
        if module == "__main__" || module == "builtins" {
            q
        } else {
            format!("{module}.{q}")
        }
    }

    /// The last line of a traceback: `ValueError: message`.
    pub fn exception_line(&mut self, exc: &Rc<Instance>) -> String {
        let cls = exc.class();
        let name = self.exc_type_name(&cls);
        if cls.is_subclass(&self.types.exc(ExcKind::SyntaxError)) {
            if let Some(text) = self.syntax_error_text(exc) {
                return text;
            }
        }
        let v = Value::Instance(exc.clone());
        let msg = match self.str_of(&v) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut out = if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        };
        if let Some(hint) = self.suggestion_for(exc) {
            out.push_str(&format!(". Did you mean: '{hint}'?"));
        }
        if let Some(d) = exc.exc() {
            for note in d.borrow().notes.clone() {
                if let Value::Str(s) = note {
                    out.push('\n');
                    out.push_str(s.as_str());
                }
            }
        }
        out
    }

    /// The "Did you mean" hint CPython prints for NameError and AttributeError.
    fn suggestion_for(&mut self, exc: &Rc<Instance>) -> Option<String> {
        if let Some(h) = exc.exc().and_then(|d| d.borrow().suggestion.clone()) {
            return Some(h);
        }
        if !self.exc_is(exc, ExcKind::AttributeError) {
            return None;
        }
        let d = exc.dict.as_ref()?;
        let (Some(Value::Str(name)), Some(obj)) = (d.get_by_str("name"), d.get_by_str("obj"))
        else {
            return None;
        };
        let mut names: Vec<String> = Vec::new();
        match &obj {
            Value::Instance(i) => {
                // A `local`'s names are those of the thread printing the error.
                let own = match &i.payload {
                    Payload::Local(data) => {
                        data.dict_for((self.thread().process, self.current as u32))
                    }
                    _ => i.dict.clone(),
                };
                if let Some(dd) = own {
                    names.extend(
                        dd.keys()
                            .iter()
                            .filter_map(|k| k.as_str().map(String::from)),
                    );
                }
            }
            Value::Module(m) => names.extend(
                m.dict
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from)),
            ),
            _ => {}
        }
        let cls = match &obj {
            Value::Class(c) => c.clone(),
            other => self.class_of(other),
        };
        for c in cls.full_mro() {
            names.extend(
                c.dict
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from)),
            );
        }
        names.sort();
        names.dedup();
        crate::engine::vm::suggestions::suggest(name.as_str(), names.iter().map(|s| s.as_str()))
    }

    fn syntax_error_text(&mut self, exc: &Rc<Instance>) -> Option<String> {
        let d = exc.dict.as_ref()?;
        let get = |k: &str| d.get_by_str(k);
        let msg = match get("msg") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return None,
        };
        let cls = exc.class();
        let mut out = String::new();
        if let (Some(Value::Str(file)), Some(Value::Int(line))) = (get("filename"), get("lineno")) {
            out.push_str(&format!("  File \"{}\", line {}\n", file.as_str(), line));
            if let Some(Value::Str(text)) = get("text") {
                let t = text.as_str().trim_end_matches('\n');
                let stripped = t.trim_start();
                let indent = t.chars().count() - stripped.chars().count();
                out.push_str(&format!("    {stripped}\n"));
                if let Some(Value::Int(off)) = get("offset") {
                    // CPython's printer draws a single caret for indentation errors.
                    let single = cls.is_subclass(&self.types.exc(ExcKind::IndentationError));
                    let end = match get("end_offset") {
                        Some(Value::Int(e)) if e > off && !single => e,
                        _ => off + 1,
                    };
                    let start = (off as usize).saturating_sub(1);
                    if let Some(row) = syntax_caret_row(start, indent, (end - off) as usize) {
                        out.push_str(&row);
                    }
                }
            }
        }
        out.push_str(&format!("{}: {msg}", cls.name_string()));
        Some(out)
    }

    /// Formats an exception with its traceback and chained causes, as CPython prints it.
    pub fn format_exception(&mut self, exc: &Rc<Instance>) -> String {
        let mut seen: Vec<*const Instance> = Vec::new();
        self.format_chain(exc, &mut seen)
    }

    fn format_chain(&mut self, exc: &Rc<Instance>, seen: &mut Vec<*const Instance>) -> String {
        seen.push(Rc::as_ptr(exc));
        let mut out = String::new();
        if let Some(d) = exc.exc() {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if let Some(c) = cause.filter(|c| !seen.contains(&Rc::as_ptr(c))) {
                out.push_str(&self.format_chain(&c, seen));
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&Rc::as_ptr(c)))
            {
                out.push_str(&self.format_chain(&c, seen));
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        out.push_str(&self.format_single(exc));
        out
    }

    /// One exception: `Traceback ...` entries and the message line.
    fn format_single(&mut self, exc: &Rc<Instance>) -> String {
        let mut out = self.format_traceback_part(exc);
        out.push_str(&self.exception_line(exc));
        out.push('\n');
        out
    }

    /// The `Traceback (most recent call last):` header and entries of one
    /// exception, or nothing when it has none.
    pub fn format_traceback_part(&mut self, exc: &Rc<Instance>) -> String {
        let entries: Vec<TbEntry> = exc
            .exc()
            .map(|d| d.borrow().traceback.iter().rev().cloned().collect())
            .unwrap_or_default();
        let entries: Vec<TbEntry> = entries
            .into_iter()
            .filter(|e| !e.code.flags.synthetic)
            .collect();
        let mut out = String::new();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&self.format_entries(&entries, true));
        }
        out
    }

    /// Traceback entry lines, with CPython's collapsing of repeated frames;
    /// `carets` under each line's running expression (CPython 3.11 draws them
    /// for an exception's traceback, never for a stack).
    pub fn format_entries(&mut self, entries: &[TbEntry], carets: bool) -> String {
        let mut out = String::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        for e in entries {
            let line = e.code.line_at(e.ip as usize);
            let key = (
                e.code.filename.to_string(),
                line,
                e.code.name.as_str().to_string(),
            );
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                if repeats >= 3 {
                    let n = repeats - 2;
                    out.push_str(&format!(
                        "  [Previous line repeated {n} more time{}]\n",
                        if n == 1 { "" } else { "s" }
                    ));
                }
                repeats = 0;
                last = Some(key);
            }
            out.push_str(&self.format_entry(&e.code, e.ip, carets));
        }
        if repeats >= 3 {
            let n = repeats - 2;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n == 1 { "" } else { "s" }
            ));
        }
        out
    }

    /// One frame's lines of a traceback: `File ...`, its source and, when
    /// `carets`, the carets under the running expression.
    pub fn format_entry(&mut self, code: &Rc<Code>, ip: u32, carets: bool) -> String {
        let span = code.spans.get(ip as usize).copied().unwrap_or_default();
        let line = code.line_at(ip as usize);
        let mut out = format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename,
            line,
            code.name.as_str()
        );
        if self.source_lines_gone {
            return out;
        }
        let text = code.source.line_text(line);
        let stripped = text.trim();
        if stripped.is_empty() {
            return out;
        }
        out.push_str(&format!("    {stripped}\n"));
        let positions = if carets {
            caret_positions(code, span, line, text)
        } else {
            None
        };
        if let Some(c) = positions {
            // Positions are characters; the row counts terminal columns, so
            // wide characters (CJK, emoji) take two, as in CPython.
            let col = |chars: usize| columns(text, chars);
            let indent = text.chars().count() - text.trim_start().chars().count();
            let mut row = String::from("    ");
            row.push_str(&" ".repeat(col(c.start).saturating_sub(col(indent))));
            let width = col(c.end) - col(c.start);
            match c.anchors {
                Some((l, r)) => {
                    let l = col(c.start + l) - col(c.start);
                    let r = col(c.start + r) - col(c.start);
                    row.push_str(&"~".repeat(l));
                    row.push_str(&"^".repeat(r - l));
                    row.push_str(&"~".repeat(width.saturating_sub(r)));
                }
                None => row.push_str(&"^".repeat(width)),
            }
            out.push_str(&row);
            out.push('\n');
        }
        out
    }

    /// Prints an exception like the default `sys.excepthook` (to stderr).
    pub fn print_exception(&mut self, exc: &Rc<Instance>) -> PyResult<()> {
        let text = self.format_exception(exc);
        self.write_output(Stream::Stderr, &text)
    }

    /// An exception ended a thread started with `_thread.start_new_thread`.
    pub fn report_unhandled_thread_exception(&mut self, exc: &Rc<Instance>) {
        if self.exc_is(exc, ExcKind::SystemExit) {
            return;
        }
        let text = format!(
            "Exception ignored in thread started by: {}\n{}",
            self.thread_entry_repr(),
            self.format_exception(exc)
        );
        let _ = self.write_output(Stream::Stderr, &text);
    }

    fn thread_entry_repr(&self) -> String {
        let t = self.thread();
        match t.frames.first() {
            Some(f) => match f.code.consts.first() {
                Some(Value::Function(func)) => format!(
                    "<function {} at {}>",
                    func.qualname.borrow().as_str(),
                    crate::engine::vm::repr::addr(&Value::Function(func.clone()))
                ),
                _ => "<callable>".to_string(),
            },
            None => "<callable>".to_string(),
        }
    }
}

/// Where to draw carets for a traceback line, following CPython 3.11: nothing
/// when the expression spans the whole line; `~~^^~~` anchors for binary
/// operators and subscripts.
fn caret_positions(code: &Code, span: Span, line: u32, text: &str) -> Option<Carets> {
    if span.end <= span.start {
        return None;
    }
    let src = &code.source;
    let (sl, sc) = src.line_col(span.start);
    let (el, ec) = src.line_col(span.end);
    if sl != line {
        return None;
    }
    let line_chars = text.chars().count();
    let end = if el == sl { ec as usize } else { line_chars };
    let start = sc as usize;
    if end <= start {
        return None;
    }
    let stripped_start = line_chars - text.trim_start().chars().count();
    let stripped_len = text.trim().chars().count();
    let segment: String = text.chars().skip(start).take(end - start).collect();
    let anchors = if el == sl {
        anchors_for(&segment)
    } else {
        None
    };
    let covers_line = start <= stripped_start && end >= stripped_start + stripped_len;
    if covers_line && anchors.is_none() {
        return None;
    }
    Some(Carets {
        start,
        end,
        anchors,
    })
}

/// The `~`/`^` anchors for a binary operation or subscript segment.
fn anchors_for(segment: &str) -> Option<(usize, usize)> {
    let module = crate::engine::parser::parse_module(segment).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(e) = &module.body[0].kind else {
        return None;
    };
    // As CPython's traceback.c: scan the segment's bytes (AST offsets are
    // byte offsets), then turn the anchors into character positions.
    let bytes = segment.as_bytes();
    // Characters that start before `byte` (one inside a character counts it).
    let to_chars = |byte: usize| {
        segment
            .char_indices()
            .take_while(|&(i, _)| i < byte)
            .count()
    };
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let (l, r) = match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (left.span.end as usize, right.span.start as usize);
            let mut found = None;
            for i in from..to.min(bytes.len()) {
                if space(bytes[i]) {
                    continue;
                }
                // Two carets for a two-character operator (`//`), or for
                // anything glued to the operator's right, as in CPython.
                let glued = i + 1 < to && !space(bytes[i + 1]);
                found = Some((i, i + 1 + usize::from(glued)));
                // A closing parenthesis of the left operand is passed over.
                if !(i + 1 < to && bytes[i] == b')') {
                    break;
                }
            }
            found?
        }
        ExprKind::Subscript { value, slice } => {
            let mut l = value.span.end as usize;
            let mut r = slice.span.end as usize + 1;
            while l < bytes.len() && bytes[l] != b'[' {
                l += 1;
            }
            while r < bytes.len() && bytes[r] != b']' {
                r += 1;
            }
            if r < bytes.len() {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    Some((to_chars(l), to_chars(r)))
}
