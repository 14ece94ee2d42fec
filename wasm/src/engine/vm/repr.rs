//! Text of values: `repr()`, `str()`, `ascii()`, `format()` and `%`-formatting.

use std::rc::Rc;

use crate::engine::flow::{Flow, PyResult};
use crate::engine::numeric::float_repr::float_repr;
use crate::engine::numeric::format_spec::{format_float, format_int, format_str};
use crate::engine::numeric::int_text::int_to_decimal;
use crate::engine::numeric::printf::{printf_format, PrintfArgs, PrintfValue};
pub use crate::engine::numeric::str_repr::{is_printable, str_repr};
use crate::engine::numeric::{Int, NumError};
use crate::engine::objects::class::Payload;
use crate::engine::objects::function::{owner_type_name, NativeKind};
use crate::engine::objects::object::{Object, ViewKind};
use crate::engine::value::Value;
use crate::engine::vm::arith::as_int;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// CPython's default limit on int-to-str conversion digits.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Seconds as a short decimal (`0.5`, `2`), for traces.
pub fn short_seconds(ns: u64) -> String {
    let s = ns as f64 / 1e9;
    let t = format!("{s:.3}");
    let t = t.trim_end_matches('0').trim_end_matches('.');
    if t.is_empty() {
        "0".into()
    } else {
        t.to_string()
    }
}

/// Python's repr of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(x as char);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The address-like text CPython puts in default reprs.
pub fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.id() as u64 & 0xffff_ffff_ffff)
}

impl Vm {
    /// A class as its repr and annotations name it: `module.qualname`, or
    /// the bare name for built-ins.
    pub fn class_path(&self, c: &crate::engine::objects::class::Class) -> String {
        // A built-in class named with its module (`_thread._local`) is shown whole.
        if c.builtin && c.name_string().contains('.') {
            return c.name_string();
        }
        match c.dict.get_str(&self.names.d_module) {
            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                format!("{}.{}", m.as_str(), c.qualname().as_str())
            }
            _ => c.name_string(),
        }
    }

    /// `repr(v)`.
    #[inline]
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        // An instance with a `__repr__` written in Python is called from this
        // small frame: recursive reprs (a linked list's) nest once per level,
        // and the wasm stack of a browser worker fits many more small frames
        // than `repr_value`'s large one.
        if let Value::Instance(i) = v {
            if let Some(f) = self.python_repr(&i.class()) {
                return self.call_repr(&f, v, "__repr__");
            }
        }
        self.repr_value(v)
    }

    /// A class's `__repr__` when it is written in Python.
    fn python_repr(&self, cls: &crate::engine::objects::class::Class) -> Option<Value> {
        cls.lookup(&self.names.d_repr)
            .filter(|f| matches!(f, Value::Function(_) | Value::BoundMethod(_)))
    }

    #[inline(never)]
    fn repr_value(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(_) => {
                let n = as_int(v).unwrap_or(crate::engine::numeric::Int::ZERO);
                int_to_decimal(&n, INT_MAX_STR_DIGITS).map_err(|e| self.num_err(e))?
            }
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(t) => {
                if t.is_empty() {
                    return Ok("()".into());
                }
                let items = t.items().to_vec();
                let parts = self.repr_items(v, &items)?;
                match parts {
                    None => "(...)".into(),
                    Some(p) if p.len() == 1 => format!("({},)", p[0]),
                    Some(p) => format!("({})", p.join(", ")),
                }
            }
            Value::List(l) => {
                let items = l.snapshot();
                match self.repr_items(v, &items)? {
                    None => "[...]".into(),
                    Some(p) => format!("[{}]", p.join(", ")),
                }
            }
            Value::Dict(d) => {
                let d = d.clone();
                self.dict_repr(v, &d)?
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let frozen = matches!(v, Value::FrozenSet(_));
                let items = s.items();
                if items.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.into());
                }
                let inner = match self.repr_items(v, &items)? {
                    None => "...".to_string(),
                    Some(p) => p.join(", "),
                };
                if frozen {
                    format!("frozenset({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                }
            }
            Value::Function(f) => {
                format!("<function {} at {}>", f.qualname.borrow().as_str(), addr(v))
            }
            Value::Builtin(b) => {
                let owner = owner_type_name(b.owner.unwrap_or_default());
                match (b.kind(), &b.receiver) {
                    (NativeKind::BoundMethod, Some(r)) => format!(
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        self.type_name(r),
                        addr(r)
                    ),
                    (NativeKind::MethodWrapper, Some(r)) => format!(
                        "<method-wrapper '{}' of {} object at {}>",
                        b.name,
                        self.type_name(r),
                        addr(r)
                    ),
                    (NativeKind::MethodDescriptor, _) => {
                        format!("<method '{}' of '{owner}' objects>", b.name)
                    }
                    (NativeKind::SlotWrapper, _) => {
                        format!("<slot wrapper '{}' of '{owner}' objects>", b.name)
                    }
                    (NativeKind::TypeNew, _) => {
                        format!("<built-in method {} of type object at {}>", b.name, addr(v))
                    }
                    _ => format!("<built-in function {}>", b.name),
                }
            }
            // A built-in type's classmethod (`dict.fromkeys`) is a native
            // bound to the class in CPython.
            Value::BoundMethod(m) if matches!(&m.func, Value::Builtin(b) if b.owner.is_some()) => {
                let name = match &m.func {
                    Value::Builtin(b) => b.name,
                    _ => "",
                };
                let recv = m.receiver.clone();
                format!(
                    "<built-in method {name} of {} object at {}>",
                    self.type_name(&recv),
                    addr(&recv)
                )
            }
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                    other => self.repr(other)?,
                };
                let recv = m.receiver.clone();
                format!("<bound method {fname} of {}>", self.repr(&recv)?)
            }
            Value::Class(c) => format!("<class '{}'>", self.class_path(c)),
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = cls.lookup(&self.names.d_repr) {
                    // A native class's own repr (struct sequences such as
                    // `sys.version_info`) is called too.
                    let native_own = cls.builtin && cls.dict.get_str(&self.names.d_repr).is_some();
                    if !matches!(f, Value::Builtin(_)) || native_own {
                        return self.call_repr(&f, v, "__repr__");
                    }
                }
                if let Some(exc) = i.exc() {
                    let args = exc.borrow().args.clone();
                    let name = cls.name_string();
                    return Ok(match &args {
                        Value::Tuple(t) if t.len() == 1 => {
                            let a = t.items()[0].clone();
                            format!("{name}({})", self.repr(&a)?)
                        }
                        Value::Tuple(t) if t.is_empty() => format!("{name}()"),
                        _ => format!("{name}{}", self.repr(&args)?),
                    });
                }
                match &i.payload {
                    Payload::List(l) => return self.repr(&Value::List(l.clone())),
                    Payload::Dict(d) => return self.repr(&Value::Dict(d.clone())),
                    Payload::Value(Value::Set(_) | Value::FrozenSet(_)) => {
                        // Set subclasses show their class: `S({1, 2})`, `S()`.
                        return crate::engine::methods::set::repr_of(self, v);
                    }
                    Payload::Value(inner) => {
                        let inner = inner.clone();
                        return self.repr(&inner);
                    }
                    _ => {}
                }
                self.default_repr(v)
            }
            Value::Object(o) => self.object_repr(v, o)?,
        })
    }

    /// `<module.Class object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let cls = self.class_of(v);
        format!("<{} object at {}>", self.class_path(&cls), addr(v))
    }

    fn call_repr(&mut self, f: &Value, v: &Value, what: &str) -> PyResult<String> {
        let r = self.call(f, std::slice::from_ref(v))?;
        match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(ref i) => match &i.payload {
                Payload::Value(Value::Str(s)) => Ok(s.as_str().to_string()),
                _ => Err(self.type_error(format!(
                    "{what} returned non-string (type {})",
                    self.type_name(&r)
                ))),
            },
            other => Err(self.type_error(format!(
                "{what} returned non-string (type {})",
                self.type_name(&other)
            ))),
        }
    }

    /// Reprs of items, or `None` when `container` is already being printed (a cycle).
    fn repr_items(&mut self, container: &Value, items: &[Value]) -> PyResult<Option<Vec<String>>> {
        let id = container.id();
        if self.repr_stack.contains(&id) {
            return Ok(None);
        }
        if self.repr_stack.len() > 200 {
            return Err(self.err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            match self.repr(it) {
                Ok(s) => out.push(s),
                Err(e) => {
                    self.repr_stack.pop();
                    return Err(e);
                }
            }
        }
        self.repr_stack.pop();
        Ok(Some(out))
    }

    fn dict_repr(
        &mut self,
        v: &Value,
        d: &Rc<crate::engine::objects::dict::PyDict>,
    ) -> PyResult<String> {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return Ok("{...}".into());
        }
        self.repr_stack.push(id);
        let mut parts = Vec::new();
        for e in d.entries() {
            let k = self.repr(&e.key);
            let val = k.and_then(|k| self.repr(&e.value).map(|v| format!("{k}: {v}")));
            match val {
                Ok(s) => parts.push(s),
                Err(err) => {
                    self.repr_stack.pop();
                    return Err(err);
                }
            }
        }
        self.repr_stack.pop();
        Ok(format!("{{{}}}", parts.join(", ")))
    }

    fn object_repr(&mut self, v: &Value, o: &Rc<Object>) -> PyResult<String> {
        Ok(match &**o {
            Object::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Object::Slice { start, stop, step } => {
                let (a, b, c) = (start.clone(), stop.clone(), step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Object::Generator(g) => {
                format!("<generator object {} at {}>", g.qualname.as_str(), addr(v))
            }
            Object::Iter(state) => self.iter_repr(v, state)?,
            Object::Backed(..) => self.default_repr(v),
            Object::DictView(d, kind) => {
                let (name, items) = match kind {
                    ViewKind::Keys => ("dict_keys", d.keys()),
                    ViewKind::Values => ("dict_values", d.values()),
                    ViewKind::Items => (
                        "dict_items",
                        d.entries()
                            .into_iter()
                            .map(|e| Value::tuple(vec![e.key, e.value]))
                            .collect(),
                    ),
                };
                let list = Value::list(items);
                format!("{name}({})", self.repr(&list)?)
            }
            Object::MappingProxy(d) => {
                let dv = Value::Dict(d.clone());
                format!("mappingproxy({})", self.repr(&dv)?)
            }
            Object::Lock(l) => format!(
                "<{} _thread.lock object at {}>",
                if l.locked.get() { "locked" } else { "unlocked" },
                addr(v)
            ),
            Object::WeakRef { .. } => {
                let alive = self.weakref_target(v);
                match alive {
                    Some(t) => format!(
                        "<weakref at {}; to '{}' at {}>",
                        addr(v),
                        self.type_name(&t),
                        addr(&t)
                    ),
                    None => format!("<weakref at {}; dead>", addr(v)),
                }
            }
            Object::Super { class, obj, .. } => {
                let o2 = obj.clone();
                format!(
                    "<super: <class '{}'>, {}>",
                    class.name_string(),
                    self.repr(&o2)?
                )
            }
            // A built-in type's classmethod, read from its `__dict__`.
            Object::ClassMethod(Value::Builtin(b)) if b.owner.is_some() => format!(
                "<method '{}' of '{}' objects>",
                b.name,
                owner_type_name(b.owner.unwrap_or_default())
            ),
            Object::ClassMethod(f) | Object::StaticMethod(f) => {
                let kind = match &**o {
                    Object::ClassMethod(_) => "classmethod",
                    _ => "staticmethod",
                };
                let f = f.clone();
                format!("<{kind}({})>", self.repr(&f)?)
            }
            Object::Native(_) | Object::Deque(_) | Object::Random(_) => {
                if let Some(f) = o.native_class().and_then(|c| c.lookup(&self.names.d_repr)) {
                    return self.call_repr(&f, v, "__repr__");
                }
                self.default_repr(v)
            }
            _ => self.default_repr(v),
        })
    }

    /// `str(v)` as a value (a `str` returns itself).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            _ => Ok(Value::string(self.str_of(v)?)),
        }
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = cls.lookup(&self.names.d_str) {
                    // Python-level __str__, or the native one of a native class (time.struct_time).
                    if !matches!(f, Value::Builtin(_)) || cls.builtin {
                        return self.call_repr(&f, v, "__str__");
                    }
                }
                if let Some(exc) = i.exc() {
                    if cls
                        .lookup(&self.names.d_repr)
                        .is_some_and(|r| !matches!(r, Value::Builtin(_)))
                        && cls.lookup(&self.names.d_str).is_some_and(
                            |s| matches!(s, Value::Builtin(b) if b.owner == Some("object")),
                        )
                    {
                        return self.repr(v);
                    }
                    let _ = exc;
                    return self.exception_str(i);
                }
                if let Payload::Value(inner) = &i.payload {
                    // `str.__str__` returns the text itself, whatever `__repr__` a subclass
                    // defines; set subclasses print through their repr (`S({1, 2})`).
                    let is_set = matches!(inner, Value::Set(_) | Value::FrozenSet(_));
                    if matches!(inner, Value::Str(_))
                        || (!is_set
                            && cls
                                .lookup(&self.names.d_repr)
                                .is_none_or(|r| matches!(r, Value::Builtin(_))))
                    {
                        let inner = inner.clone();
                        return self.str_of(&inner);
                    }
                }
                // `object.__str__` calls the repr slot itself; the type check
                // of the result is str()'s, and its message says so.
                if let Some(f) = self.python_repr(&cls) {
                    return self.call_repr(&f, v, "__str__");
                }
                self.repr_value(v)
            }
            Value::Object(o) => {
                // A class's `__dict__` prints as the dict it shows.
                if let Object::MappingProxy(d) = &**o {
                    return self.str_of(&Value::Dict(d.clone()));
                }
                if let Some(f) = o.native_class().and_then(|c| c.lookup(&self.names.d_str)) {
                    return self.call_repr(&f, v, "__str__");
                }
                self.repr_value(v)
            }
            _ => self.repr_value(v),
        }
    }

    /// `BaseException.__str__`: the args as CPython shows them (one arg as its
    /// str, KeyError's as its repr, several as a tuple), and OSError's
    /// `[Errno n] message: 'filename'`.
    pub fn exception_str(
        &mut self,
        i: &crate::engine::objects::class::Instance,
    ) -> PyResult<String> {
        let cls = i.class();
        let args = i
            .exc()
            .map(|d| d.borrow().args.clone())
            .unwrap_or(Value::None);
        if cls.is_subclass(&self.types.exc(ExcKind::OSError)) {
            if let Some(d) = &i.dict {
                let errno = d.get_by_str("errno").unwrap_or(Value::None);
                let strerror = d.get_by_str("strerror").unwrap_or(Value::None);
                if !errno.is_none() && !strerror.is_none() {
                    let e = self.str_of(&errno)?;
                    let s = self.str_of(&strerror)?;
                    return Ok(match d.get_by_str("filename").filter(|f| !f.is_none()) {
                        Some(f) => format!("[Errno {e}] {s}: {}", self.repr(&f)?),
                        None => format!("[Errno {e}] {s}"),
                    });
                }
            }
        }
        let is_key_error = cls.is_subclass(&self.types.exc(ExcKind::KeyError));
        match &args {
            Value::Tuple(t) if t.is_empty() => Ok(String::new()),
            Value::Tuple(t) if t.len() == 1 => {
                let a = t.items()[0].clone();
                if is_key_error {
                    self.repr(&a)
                } else {
                    self.str_of(&a)
                }
            }
            other => {
                let o = other.clone();
                self.repr(&o)
            }
        }
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if *b { "True" } else { "False" }.into())
            }
            Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => {
                let n = as_int(v).unwrap_or(crate::engine::numeric::Int::ZERO);
                let tn = if matches!(v, Value::Bool(_)) {
                    "bool"
                } else {
                    "int"
                };
                // An int formatted with a float presentation type formats as a float.
                let float_kind = spec.chars().last().is_some_and(|c| "eEfFgG%".contains(c));
                if float_kind {
                    let f = n.to_f64().map_err(|e| self.num_err(e))?;
                    format_float(f, spec, tn)
                } else {
                    format_int(&n, spec, tn, INT_MAX_STR_DIGITS)
                }
            }
            Value::Float(f) => format_float(*f, spec, "float"),
            Value::Str(s) => format_str(s.as_str(), spec, "str"),
            Value::Instance(i) => {
                let cls = i.class();
                if let Some(f) = cls.lookup(&self.names.d_format) {
                    if !matches!(f, Value::Builtin(_)) {
                        let r = self.call(&f, &[v.clone(), Value::str(spec)])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if let Payload::Value(inner) = &i.payload {
                    // The built-in `__format__` of int, float and str formats `str(self)` for an empty spec.
                    if spec.is_empty() {
                        return self.str_of(v);
                    }
                    let inner = inner.clone();
                    return self.format(&inner, spec);
                }
                return self.object_format(v, spec);
            }
            _ => return self.object_format(v, spec),
        };
        r.map_err(|e| self.num_err(e))
    }

    fn object_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty() {
            return Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(v)
            )));
        }
        self.str_of(v)
    }

    /// A short repr for trace events, never running Python code.
    pub fn trace_repr(&self, v: &Value) -> String {
        let s = self.plain_repr(v, 0);
        if s.chars().count() > 60 {
            let cut: String = s.chars().take(57).collect();
            format!("{cut}...")
        } else {
            s
        }
    }

    fn plain_repr(&self, v: &Value, depth: usize) -> String {
        if depth > 3 {
            return "...".into();
        }
        match v {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Tuple(t) => {
                let parts: Vec<String> = t
                    .items()
                    .iter()
                    .take(8)
                    .map(|x| self.plain_repr(x, depth + 1))
                    .collect();
                if t.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::List(l) => {
                let items = l.snapshot();
                let parts: Vec<String> = items
                    .iter()
                    .take(8)
                    .map(|x| self.plain_repr(x, depth + 1))
                    .collect();
                let more = if items.len() > 8 { ", ..." } else { "" };
                format!("[{}{more}]", parts.join(", "))
            }
            Value::Dict(d) => {
                let parts: Vec<String> = d
                    .entries()
                    .iter()
                    .take(6)
                    .map(|e| {
                        format!(
                            "{}: {}",
                            self.plain_repr(&e.key, depth + 1),
                            self.plain_repr(&e.value, depth + 1)
                        )
                    })
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            Value::Instance(i) => format!("<{} object>", i.class().name_string()),
            Value::Function(f) => format!("<function {}>", f.qualname.borrow().as_str()),
            Value::Class(c) => format!("<class '{}'>", c.name_string()),
            other => format!("<{}>", self.type_name(other)),
        }
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        // A tuple subclass supplies its items, as a tuple does.
        let operand = match args {
            Value::Instance(i) => match &i.payload {
                Payload::Value(t @ Value::Tuple(_)) => t.clone(),
                _ => args.clone(),
            },
            _ => args.clone(),
        };
        let mut p = VmPrintf { vm: self, operand };
        match printf_format(fmt, &mut p) {
            Ok(s) => Ok(s),
            Err(PrintfError::Num(e)) => Err(self.num_err(e)),
            Err(PrintfError::Flow(f)) => Err(f),
        }
    }
}

/// Errors while %-formatting: from the numeric layer or from Python code.
enum PrintfError {
    Num(NumError),
    Flow(Flow),
}

impl From<NumError> for PrintfError {
    fn from(e: NumError) -> Self {
        PrintfError::Num(e)
    }
}

impl From<Flow> for PrintfError {
    fn from(f: Flow) -> Self {
        PrintfError::Flow(f)
    }
}

/// The VM's side of `%`: the right operand and the conversions needing objects.
struct VmPrintf<'a> {
    vm: &'a mut Vm,
    operand: Value,
}

impl VmPrintf<'_> {
    fn number(&mut self, value: &Value, want_int: bool) -> Result<Option<Value>, PrintfError> {
        Ok(match value {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => {
                Some(value.clone())
            }
            Value::Instance(_) => {
                if let Some(i) = self.vm.index_value(value)? {
                    return Ok(Some(crate::engine::vm::arith::int_value(i)));
                }
                let name = if want_int {
                    self.vm.names.d_int.clone()
                } else {
                    self.vm.names.d_float.clone()
                };
                match self.vm.lookup_special(value, &name) {
                    Some(f) if !matches!(f, Value::Builtin(_)) => {
                        Some(self.vm.call(&f, std::slice::from_ref(value))?)
                    }
                    _ => None,
                }
            }
            _ => None,
        })
    }
}

impl PrintfArgs for VmPrintf<'_> {
    type Value = Value;
    type Error = PrintfError;

    fn tuple_len(&self) -> Option<usize> {
        match &self.operand {
            Value::Tuple(t) => Some(t.len()),
            _ => None,
        }
    }

    fn tuple_item(&self, i: usize) -> Value {
        match &self.operand {
            Value::Tuple(t) => t.items().get(i).cloned().unwrap_or(Value::None),
            other => other.clone(),
        }
    }

    fn whole(&self) -> Value {
        self.operand.clone()
    }

    fn is_mapping(&self) -> bool {
        match &self.operand {
            Value::Tuple(_) | Value::Str(_) => false,
            // CPython's test is "has __getitem__ and is not a tuple or str": bytes and range count.
            Value::Dict(_) | Value::List(_) | Value::Bytes(_) => true,
            Value::Object(o) => matches!(&**o, Object::Range { .. } | Object::MappingProxy(_)),
            Value::Instance(i)
                if matches!(i.payload, Payload::Value(Value::Str(_) | Value::Tuple(_))) =>
            {
                false
            }
            Value::Instance(i) => {
                i.class().lookup(&self.vm.names.d_getitem).is_some()
                    || matches!(i.payload, Payload::Dict(_) | Payload::List(_))
            }
            _ => false,
        }
    }

    fn lookup(&mut self, key: &str) -> Result<Value, PrintfError> {
        let operand = self.operand.clone();
        Ok(self.vm.get_item(&operand, &Value::str(key))?)
    }

    fn star(&mut self, value: Value) -> Result<Int, PrintfError> {
        match as_int(&value) {
            Some(i) => Ok(i),
            None => Err(PrintfError::Flow(self.vm.type_error("* wants int"))),
        }
    }

    fn convert(&mut self, value: Value, conversion: char) -> Result<PrintfValue, PrintfError> {
        let vm_type = |p: &VmPrintf, v: &Value| p.vm.type_name(v);
        Ok(match conversion {
            's' => PrintfValue::Str(self.vm.str_of(&value)?),
            'r' => PrintfValue::Str(self.vm.repr(&value)?),
            'a' => PrintfValue::Str(self.vm.ascii(&value)?),
            'c' => match &value {
                Value::Str(s) if s.char_len() == 1 => PrintfValue::Str(s.as_str().to_string()),
                _ => match as_int(&value) {
                    Some(i) => PrintfValue::Int(i),
                    None => {
                        return Err(PrintfError::Flow(
                            self.vm.type_error("%c requires int or char"),
                        ))
                    }
                },
            },
            'd' | 'i' | 'u' => match self.number(&value, true)? {
                Some(Value::Float(f)) => PrintfValue::Float(f),
                Some(n) => PrintfValue::Int(as_int(&n).unwrap_or(Int::ZERO)),
                None => {
                    let t = vm_type(self, &value);
                    return Err(PrintfError::Flow(self.vm.type_error(format!(
                        "%{conversion} format: a real number is required, not {t}"
                    ))));
                }
            },
            'o' | 'x' | 'X' => match self.number(&value, true)? {
                Some(n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                    PrintfValue::Int(as_int(&n).unwrap_or(Int::ZERO))
                }
                _ => {
                    let t = vm_type(self, &value);
                    return Err(PrintfError::Flow(self.vm.type_error(format!(
                        "%{conversion} format: an integer is required, not {t}"
                    ))));
                }
            },
            _ => match self.number(&value, false)? {
                Some(n) => match self.vm.to_f64(&n)? {
                    Some(f) => PrintfValue::Float(f),
                    None => {
                        return Err(PrintfError::Flow(self.vm.type_error("must be real number")))
                    }
                },
                None => {
                    let t = vm_type(self, &value);
                    return Err(PrintfError::Flow(
                        self.vm.type_error(format!("must be real number, not {t}")),
                    ));
                }
            },
        })
    }
}
