//! Calling: binding arguments to parameters, instantiating classes, building
//! functions and classes.

use std::rc::Rc;

use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::{c3_mro, BaseKind, Class, Instance, Payload, SpecialFlags};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::exception::ExcData;
use crate::engine::objects::function::{Args, BuiltinFunction, CellObj, Function};
use crate::engine::objects::list::PyList;
use crate::engine::objects::local::LocalData;
use crate::engine::objects::object::Object;
use crate::engine::objects::str::PyStr;
use crate::engine::parser::private_name;
use crate::engine::value::Value;
use crate::engine::vm::frame::{Frame, ReturnMode};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// What preparing a call produced.
pub enum Called {
    /// The call already finished (native code).
    Value(Value),
    /// A Python frame to run; its result is the call's result.
    Frame(Frame),
    /// An `__init__` frame to run; the call's result is this instance.
    Init(Frame, Value),
}

fn format_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}

impl Vm {
    /// [`Vm::prepare_call`] for a call the bytecode makes: a generator step
    /// (`next(gen)`, `gen.send(v)`) may then come back as the generator's own
    /// frame, which only the bytecode's call ops know how to run (unnest.rs).
    pub fn prepare_call_from_code(
        &mut self,
        f: &Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Called> {
        self.call_from_code = true;
        self.prepare_call(f, pos, kwnames, kwvals)
    }

    /// Starts a call: natives run now, Python functions get a frame.
    pub fn prepare_call(
        &mut self,
        f: &Value,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Called> {
        let from_code = std::mem::take(&mut self.call_from_code);
        match f {
            Value::Function(func) => {
                let frame = self.bind_frame(func, pos, kwnames, kwvals)?;
                if func.code.flags.generator {
                    return Ok(Called::Value(self.make_generator(frame)));
                }
                if func.code.flags.coroutine {
                    return Err(self.unsupported("async def (coroutines)"));
                }
                Ok(Called::Frame(frame))
            }
            Value::Builtin(b) => {
                if let Some(kind) = b.unnest {
                    let route = self.unnested_call(kind, from_code, f, b, pos, kwnames, kwvals)?;
                    if let Some(called) = route {
                        return Ok(called);
                    }
                }
                self.call_native(b, pos, kwnames, kwvals).map(Called::Value)
            }
            Value::BoundMethod(m) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(m.receiver.clone());
                args.extend_from_slice(pos);
                let func = m.func.clone();
                self.prepare_call(&func, &args, kwnames, kwvals)
            }
            Value::Class(c) => {
                if let ([it], []) = (pos, kwnames) {
                    if let Some(called) = self.unnested_construct(c, it)? {
                        return Ok(called);
                    }
                }
                self.instantiate(c, pos, kwnames, kwvals)
            }
            Value::Instance(i) => {
                let cls = i.class();
                match cls.lookup(&self.names.d_call) {
                    Some(call) => {
                        let mut args = Vec::with_capacity(pos.len() + 1);
                        args.push(f.clone());
                        args.extend_from_slice(pos);
                        self.prepare_call(&call, &args, kwnames, kwvals)
                    }
                    None => {
                        Err(self
                            .type_error(format!("'{}' object is not callable", cls.name_string())))
                    }
                }
            }
            Value::Object(o) => {
                match &**o {
                    Object::StaticMethod(inner) => {
                        let inner = inner.clone();
                        self.prepare_call(&inner, pos, kwnames, kwvals)
                    }
                    // Built-in objects whose class defines __call__ (weak references).
                    _ => match self.class_of(f).lookup(&self.names.d_call) {
                        Some(call) => {
                            let mut args = Vec::with_capacity(pos.len() + 1);
                            args.push(f.clone());
                            args.extend_from_slice(pos);
                            self.prepare_call(&call, &args, kwnames, kwvals)
                        }
                        None => Err(self
                            .type_error(format!("'{}' object is not callable", self.type_name(f)))),
                    },
                }
            }
            _ => Err(self.type_error(format!("'{}' object is not callable", self.type_name(f)))),
        }
    }

    /// Runs a native function.
    pub fn call_native(
        &mut self,
        b: &BuiltinFunction,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        match &b.receiver {
            Some(r) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(r.clone());
                args.extend_from_slice(pos);
                (b.func)(
                    self,
                    &Args {
                        pos: &args,
                        kwnames,
                        kwvals,
                    },
                )
            }
            None => (b.func)(
                self,
                &Args {
                    pos,
                    kwnames,
                    kwvals,
                },
            ),
        }
    }

    /// Binds arguments to a Python function's parameters in a new frame.
    pub fn bind_frame(
        &mut self,
        func: &Rc<Function>,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Frame> {
        let class_call = std::mem::take(&mut self.class_call_pending);
        let frames = &self.threads[self.current].frames;
        let depth = frames.len() + self.level as usize + 1;
        let limit = self.config.recursion_limit as usize;
        // Looked at only near the limit: the engine's own frames (unnest.py)
        // stand for C code in CPython and do not count, while an `__init__`
        // run by a class call counts twice, as CPython's `type.__call__` enters
        // the interpreter again (a runaway constructor stops after ~500 levels).
        if 2 * depth >= limit {
            let (mut synthetic, mut inits) = (0, 0);
            for f in frames.iter() {
                synthetic += usize::from(f.code.flags.synthetic);
                inits += usize::from(matches!(f.mode, ReturnMode::Init(_)));
            }
            // An `__init__` anywhere on the stack puts CPython one unit further
            // than the frame count says (measured against CPython 3.11).
            let units = depth + inits - synthetic + usize::from(class_call || inits > 0);
            if class_call && units >= limit {
                return Err(self.err(
                    ExcKind::RecursionError,
                    "maximum recursion depth exceeded while calling a Python object",
                ));
            }
            if units + usize::from(class_call) >= limit {
                return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
            }
        }
        let code = &func.code;
        let mut frame = self.alloc_frame(code.clone(), func.globals.clone(), None);
        frame.func = Some(func.clone());
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let total = argcount + kwonly;
        let fast_path = kwnames.is_empty()
            && !code.flags.varargs
            && !code.flags.varkw
            && kwonly == 0
            && pos.len() == argcount;
        if fast_path {
            frame.fast[..argcount].clone_from_slice(pos);
        } else {
            // For error messages only.
            let qualname_rc = func.qualname.borrow().clone();
            let qualname = qualname_rc.as_str();
            let n = pos.len().min(argcount);
            frame.fast[..n].clone_from_slice(&pos[..n]);
            if code.flags.varargs {
                let extra = if pos.len() > argcount {
                    pos[argcount..].to_vec()
                } else {
                    Vec::new()
                };
                frame.fast[total] = Value::tuple(extra);
            }
            let kwdict = if code.flags.varkw {
                let d = PyDict::new_rc();
                let slot = total + code.flags.varargs as usize;
                frame.fast[slot] = Value::Dict(d.clone());
                Some(d)
            } else {
                None
            };
            let posonly = code.posonlyargcount as usize;
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (name, val) in kwnames.iter().zip(kwvals) {
                let Value::Str(key) = name else {
                    return Err(self.type_error("keywords must be strings"));
                };
                let found = (posonly..total).find(|&j| code.varnames[j].as_str() == key.as_str());
                match found {
                    Some(j) => {
                        if !matches!(frame.fast[j], Value::Null) {
                            return Err(self.type_error(format!(
                                "{qualname}() got multiple values for argument '{}'",
                                key.as_str()
                            )));
                        }
                        frame.fast[j] = val.clone();
                    }
                    None => match &kwdict {
                        Some(d) => d.set(self, name.clone(), val.clone())?,
                        None => {
                            if (0..posonly).any(|j| code.varnames[j].as_str() == key.as_str()) {
                                posonly_as_kw.push(key.as_str().to_string());
                                continue;
                            }
                            return Err(self.type_error(format!(
                                "{qualname}() got an unexpected keyword argument '{}'",
                                key.as_str()
                            )));
                        }
                    },
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(self.type_error(format!(
                    "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly_as_kw.join(", ")
                )));
            }
            if pos.len() > argcount && !code.flags.varargs {
                let defaults = func.defaults.borrow().len();
                let kwonly_given = (argcount..total)
                    .filter(|&i| !matches!(frame.fast[i], Value::Null))
                    .count();
                let (sig, plural) = if defaults > 0 {
                    (
                        format!("from {} to {}", argcount - defaults, argcount),
                        true,
                    )
                } else {
                    (argcount.to_string(), argcount != 1)
                };
                let given = pos.len();
                let kwonly_sig = if kwonly_given > 0 {
                    format!(
                        " positional argument{} (and {} keyword-only argument{})",
                        if given != 1 { "s" } else { "" },
                        kwonly_given,
                        if kwonly_given != 1 { "s" } else { "" }
                    )
                } else {
                    String::new()
                };
                return Err(self.type_error(format!(
                    "{qualname}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
                    if plural { "s" } else { "" },
                    if given == 1 && kwonly_given == 0 { "was" } else { "were" }
                )));
            }
            if pos.len() < argcount {
                let defaults = func.defaults.borrow();
                let ndef = defaults.len();
                let m = argcount.saturating_sub(ndef);
                let missing: Vec<String> = (pos.len()..m)
                    .filter(|&i| matches!(frame.fast[i], Value::Null))
                    .map(|i| format!("'{}'", code.varnames[i].as_str()))
                    .collect();
                if !missing.is_empty() {
                    return Err(self.type_error(format!(
                        "{qualname}() missing {} required positional argument{}: {}",
                        missing.len(),
                        if missing.len() == 1 { "" } else { "s" },
                        format_names(&missing)
                    )));
                }
                for (k, d) in defaults.iter().enumerate() {
                    let i = m + k;
                    if i < argcount && matches!(frame.fast[i], Value::Null) {
                        frame.fast[i] = d.clone();
                    }
                }
            }
            if kwonly > 0 {
                let kwdefaults = func.kwdefaults.borrow().clone();
                let mut missing = Vec::new();
                for i in argcount..total {
                    if !matches!(frame.fast[i], Value::Null) {
                        continue;
                    }
                    if let Some(d) = &kwdefaults {
                        if let Some(v) = d.get_str(&code.varnames[i]) {
                            frame.fast[i] = v;
                            continue;
                        }
                    }
                    missing.push(format!("'{}'", code.varnames[i].as_str()));
                }
                if !missing.is_empty() {
                    return Err(self.type_error(format!(
                        "{qualname}() missing {} required keyword-only argument{}: {}",
                        missing.len(),
                        if missing.len() == 1 { "" } else { "s" },
                        format_names(&missing)
                    )));
                }
            }
        }
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            let mut cells = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
            for arg in code.cell_args.iter() {
                let init = arg.map(|p| std::mem::replace(&mut frame.fast[p as usize], Value::Null));
                cells.push(CellObj::new(init.filter(|v| !matches!(v, Value::Null))));
            }
            cells.extend(func.closure.iter().cloned());
            frame.cells = cells;
        }
        Ok(frame)
    }

    /// `cls(*args, **kwargs)`.
    pub fn instantiate(
        &mut self,
        cls: &Rc<Class>,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Called> {
        if Rc::ptr_eq(cls, &self.types.bytearray) {
            return Err(self.unsupported("bytearray"));
        }
        if Rc::ptr_eq(cls, &self.types.type_) {
            if pos.len() == 1 && kwnames.is_empty() {
                return Ok(Called::Value(Value::Class(self.class_of(&pos[0]))));
            }
            if pos.len() == 3 {
                let c = self.type_new_from_values(&pos[0], &pos[1], &pos[2])?;
                return Ok(Called::Value(c));
            }
            return Err(self.type_error("type() takes 1 or 3 arguments"));
        }
        let new = self.cls_lookup(cls, &self.names.d_new.clone());
        let obj = match &new {
            Some(Value::Builtin(b)) if b.name == "__new__" && b.owner == Some("object") => {
                let init = self.cls_lookup(cls, &self.names.d_init.clone());
                let init_is_object =
                    matches!(&init, Some(Value::Builtin(i)) if i.owner == Some("object"));
                if (!pos.is_empty() || !kwnames.is_empty()) && init_is_object {
                    return Err(
                        self.type_error(format!("{}() takes no arguments", cls.name_string()))
                    );
                }
                self.new_instance(cls, pos, kwnames, kwvals)?
            }
            Some(n) => {
                let n = self.unwrap_static(n);
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(Value::Class(cls.clone()));
                args.extend_from_slice(pos);
                self.call_kw(&n, &args, kwnames, kwvals)?
            }
            None => self.new_instance(cls, pos, kwnames, kwvals)?,
        };
        let obj_cls = self.class_of(&obj);
        if !obj_cls.is_subclass(cls) {
            return Ok(Called::Value(obj));
        }
        let Some(init) = self.cls_lookup(&obj_cls, &self.names.d_init.clone()) else {
            return Ok(Called::Value(obj));
        };
        match &init {
            Value::Function(f) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(obj.clone());
                args.extend_from_slice(pos);
                self.class_call_pending = true;
                let frame = self.bind_frame(f, &args, kwnames, kwvals)?;
                Ok(Called::Init(frame, obj))
            }
            // object.__init__ accepts extra arguments only when __new__ is overridden,
            // and that case was checked above.
            Value::Builtin(b) if b.owner == Some("object") => Ok(Called::Value(obj)),
            other => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(obj.clone());
                args.extend_from_slice(pos);
                let other = other.clone();
                let r = self.call_kw(&other, &args, kwnames, kwvals)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
                Ok(Called::Value(obj))
            }
        }
    }

    fn unwrap_static(&self, v: &Value) -> Value {
        if let Value::Object(o) = v {
            if let Object::StaticMethod(f) = &**o {
                return f.clone();
            }
        }
        v.clone()
    }

    /// `object.__new__(cls)`: an instance with the layout its built-in base needs.
    pub fn new_instance(
        &mut self,
        cls: &Rc<Class>,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        let plain_layout = matches!(
            cls.base_kind,
            BaseKind::Object
                | BaseKind::Exception
                | BaseKind::Local
                | BaseKind::List
                | BaseKind::Dict
        );
        if cls.builtin && !plain_layout {
            let n = cls.name_string();
            return Err(self.type_error(format!(
                "object.__new__({n}) is not safe, use {n}.__new__()"
            )));
        }
        let payload = match cls.base_kind {
            BaseKind::Object | BaseKind::Type => Payload::None,
            BaseKind::Exception => Payload::Exception(std::cell::RefCell::new(ExcData::new(
                Value::tuple(pos.to_vec()),
            ))),
            BaseKind::List => Payload::List(Rc::new(PyList::new(Vec::new()))),
            BaseKind::Dict => Payload::Dict(PyDict::new_rc()),
            BaseKind::Local => {
                let has_own_init = cls
                    .lookup(&self.names.d_init)
                    .is_some_and(|i| !matches!(i, Value::Builtin(_)));
                if (!pos.is_empty() || !kwnames.is_empty()) && !has_own_init {
                    return Err(self.type_error("Initialization arguments are not supported"));
                }
                let id = self.next_local_id;
                self.next_local_id += 1;
                let kw: Vec<(Value, Value)> = kwnames
                    .iter()
                    .cloned()
                    .zip(kwvals.iter().cloned())
                    .collect();
                let line = self.call_site_line();
                Payload::Local(LocalData::new(id, (pos.to_vec(), kw), line))
            }
            _ => {
                return Err(self.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    cls.name_string(),
                    cls.name_string()
                )))
            }
        };
        let inst = Instance::new_rc(cls.clone(), payload);
        if let Payload::Local(data) = &inst.payload {
            // The creating thread's namespace exists from the start: its __init__
            // runs now, as part of the constructor call, not lazily.
            data.create_for((self.thread().process, self.current as u32));
            let id = data.id;
            let line = data.line.get();
            self.process_mut().locals.push(Rc::downgrade(&inst));
            let class = cls.name_string();
            let time = self.clock.now();
            let thread = self.current as u32;
            let label = self.assignment_target_at_call_site();
            self.trace(|_| crate::engine::trace::TraceEvent::LocalNew {
                time,
                thread,
                local: id,
                class,
                label,
                line,
            });
        }
        Ok(Value::Instance(inst))
    }

    /// The simple target (`name` or `obj.attr`) assigned on the call site's line, if any.
    fn assignment_target_at_call_site(&self) -> String {
        let Some((code, ip)) = &self.call_site else {
            return String::new();
        };
        let text = code.source.line_text(code.line_at(*ip as usize)).trim();
        let Some((lhs, _)) = text.split_once('=') else {
            return String::new();
        };
        let lhs = lhs.trim().trim_end_matches(':').trim();
        let lhs = lhs.split(':').next().unwrap_or(lhs).trim();
        let ok = !lhs.is_empty()
            && lhs
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
            && !lhs.starts_with('.');
        if ok {
            lhs.to_string()
        } else {
            String::new()
        }
    }

    /// Line of the latest call site.
    pub fn call_site_line(&self) -> u32 {
        match &self.call_site {
            Some((code, ip)) => code.line_at(*ip as usize),
            None => 0,
        }
    }

    /// `MakeFunction`: builds a function from a nested code object.
    pub fn make_function(
        &mut self,
        frame: &mut Frame,
        code_idx: u16,
        flags: u8,
    ) -> PyResult<Value> {
        let Some(code) = frame.code.codes.get(code_idx as usize).cloned() else {
            return Err(Flow::Halt(crate::engine::flow::Halt::Internal(
                "bad code index".into(),
            )));
        };
        let mut pop = || frame.stack.pop().unwrap_or(Value::None);
        let closure = if flags & 8 != 0 { Some(pop()) } else { None };
        let annotations = if flags & 4 != 0 { Some(pop()) } else { None };
        let kwdefaults = if flags & 2 != 0 { Some(pop()) } else { None };
        let defaults = if flags & 1 != 0 { Some(pop()) } else { None };
        let cells = match closure {
            Some(Value::Tuple(t)) => t
                .items()
                .iter()
                .filter_map(|c| match c {
                    Value::Object(o) => match &**o {
                        Object::Cell(cell) => Some(cell.clone()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.items().to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let module = frame
            .globals
            .get_str(&self.names.d_name)
            .unwrap_or(Value::None);
        let doc = match &code.doc {
            Some(d) => Value::Str(d.clone()),
            None => Value::None,
        };
        Ok(Value::Function(Rc::new(Function {
            name: std::cell::RefCell::new(code.name.clone()),
            qualname: std::cell::RefCell::new(code.qualname.clone()),
            globals: frame.globals.clone(),
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure: cells,
            dict: std::cell::RefCell::new(None),
            module: std::cell::RefCell::new(module),
            doc: std::cell::RefCell::new(doc),
            annotations: std::cell::RefCell::new(annotations),
            code,
        })))
    }

    /// The `__build_class__` function the compiler calls for `class` statements.
    pub fn build_class_function(&self) -> Value {
        Value::Builtin(Rc::new(BuiltinFunction::new(
            "__build_class__",
            builtin_build_class,
        )))
    }

    /// Creates a class from its name, bases and finished namespace.
    pub fn type_new(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        ns: Rc<PyDict>,
    ) -> PyResult<Rc<Class>> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            if b.builtin && matches!(b.base_kind, BaseKind::Final) {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name_string()
                )));
            }
        }
        let Some(mro) = c3_mro(&bases) else {
            let names: Vec<String> = bases.iter().map(|b| b.name_string()).collect();
            return Err(self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        let mut base_kind = BaseKind::Object;
        for c in mro.iter() {
            if c.base_kind != BaseKind::Object {
                base_kind = c.base_kind;
                break;
            }
        }
        let layouts: Vec<BaseKind> = bases
            .iter()
            .map(|b| b.base_kind)
            .filter(|k| *k != BaseKind::Object)
            .collect();
        if layouts.windows(2).any(|w| w[0] != w[1]) {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let (slot_names, has_dict) = self.slots_of(name, &ns, &bases)?;
        let qualname = match ns.get_str(&self.names.d_qualname) {
            Some(Value::Str(q)) => q.as_str().to_string(),
            _ => name.to_string(),
        };
        ns.del_str(&self.names.d_qualname);
        ns.del_str(&self.names.d_classcell);
        // Implicit classmethod / staticmethod wrappers, as type.__new__ applies them.
        for (n, wrap_static) in [
            ("__init_subclass__", false),
            ("__class_getitem__", false),
            ("__new__", true),
        ] {
            if let Some(Value::Function(f)) = ns.get_by_str(n) {
                let wrapped = if wrap_static {
                    Object::StaticMethod(Value::Function(f))
                } else {
                    Object::ClassMethod(Value::Function(f))
                };
                ns.set_by_str(n, Value::Object(Rc::new(wrapped)));
            }
        }
        // CPython's order: the body, the layout descriptors, `__doc__`, `__hash__`.
        // Sorted by name, as CPython sorts `__slots__` (few names: insertion).
        let mut own_slots: Vec<Rc<PyStr>> = Vec::new();
        for s in slot_names
            .iter()
            .filter(|s| !bases.iter().any(|b| b.slot_names.contains(s)))
        {
            let at = own_slots.partition_point(|o| o.as_str() < s.as_str());
            own_slots.insert(at, s.clone());
        }
        crate::engine::builtins::layout::add_descriptors(
            self, name, &ns, &bases, &own_slots, has_dict,
        );
        if ns.get_str(&self.names.d_doc).is_none() {
            ns.set_str(self.names.d_doc.clone(), Value::None);
        }
        if ns.get_str(&self.names.d_eq).is_some() && ns.get_str(&self.names.d_hash).is_none() {
            // Defining __eq__ alone makes instances unhashable, as in CPython.
            ns.set_str(self.names.d_hash.clone(), Value::None);
        }
        let cls = Rc::new(Class::new(
            name, &qualname, bases, mro, ns, base_kind, false, slot_names, has_dict,
        ));
        if cls.dict.get_by_str("__del__").is_some() || cls.mro.iter().any(|c| c.finalizer.get()) {
            crate::engine::objects::finalizer::define(&cls, false);
        }
        self.refresh_flags(&cls);
        Ok(cls)
    }

    fn slots_of(
        &mut self,
        class_name: &str,
        ns: &Rc<PyDict>,
        bases: &[Rc<Class>],
    ) -> PyResult<(Vec<Rc<PyStr>>, bool)> {
        let mut inherited: Vec<Rc<PyStr>> = Vec::new();
        for b in bases {
            for s in &b.slot_names {
                if !inherited.iter().any(|x| x.as_str() == s.as_str()) {
                    inherited.push(s.clone());
                }
            }
        }
        let base_has_dict = bases.iter().any(|b| b.has_dict);
        let Some(slots) = ns.get_str(&self.names.d_slots) else {
            return Ok((inherited, true));
        };
        let names: Vec<Value> = match &slots {
            Value::Str(_) => vec![slots.clone()],
            other => self.collect(other)?,
        };
        let mut has_dict = base_has_dict;
        for n in names {
            let Value::Str(s) = &n else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(&n)
                )));
            };
            if s.as_str() == "__dict__" {
                has_dict = true;
                continue;
            }
            if s.as_str() == "__weakref__" {
                continue;
            }
            // A private slot name is mangled, as names in the class body are.
            let s = match private_name(class_name, s.as_str()) {
                Some(m) => Rc::new(PyStr::new(&m)),
                None => s.clone(),
            };
            if ns.get_str(&s).is_some() {
                return Err(self.value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    s.as_str()
                )));
            }
            inherited.push(s);
        }
        Ok((inherited, has_dict))
    }

    /// After a class's special methods may have changed: its flags, and
    /// (lazily, through the epoch) its subclasses', are computed again.
    pub fn refresh_flags(&mut self, cls: &Rc<Class>) {
        self.type_epoch += 1;
        self.flags_epoch += 1;
        self.class_flags(cls);
    }

    /// Which special methods a class overrides in Python.
    #[inline]
    pub fn class_flags(&self, cls: &Class) -> SpecialFlags {
        match cls.flags_at(self.flags_epoch) {
            Some(f) => f,
            None => self.compute_class_flags(cls),
        }
    }

    #[cold]
    #[inline(never)]
    fn compute_class_flags(&self, cls: &Class) -> SpecialFlags {
        let is_python = |v: &Option<Value>| !matches!(v, None | Some(Value::Builtin(_)));
        let f = SpecialFlags {
            getattribute: is_python(&cls.lookup(&self.names.d_getattribute)),
            getattr: cls.lookup(&self.names.d_getattr).is_some(),
            setattr: is_python(&cls.lookup(&self.names.d_setattr)),
            delattr: is_python(&cls.lookup(&self.names.d_delattr)),
            init: is_python(&cls.lookup(&self.names.d_init)),
        };
        cls.set_flags(f, self.flags_epoch);
        f
    }

    /// `type(name, bases, dict)`.
    fn type_new_from_values(
        &mut self,
        name: &Value,
        bases: &Value,
        dict: &Value,
    ) -> PyResult<Value> {
        let Value::Str(name) = name else {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        };
        let items = match bases {
            Value::Tuple(t) => t.items().to_vec(),
            _ => return Err(self.type_error("type.__new__() argument 2 must be tuple")),
        };
        let mut classes: Vec<Rc<Class>> = Vec::with_capacity(items.len());
        for b in &items {
            match b.as_class() {
                Some(c) => classes.push(c.clone()),
                // CPython looks for the metaclass among the bases' types first.
                None => {
                    return Err(self.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a \
                         (non-strict) subclass of the metaclasses of all its bases",
                    ))
                }
            }
        }
        let Value::Dict(d) = dict else {
            return Err(self.type_error("type.__new__() argument 3 must be dict"));
        };
        let ns = Rc::new(d.copy());
        // Like a class statement, the class belongs to the calling module.
        if ns.get_str(&self.names.d_module).is_none() {
            if let Some(m) = self.calling_module() {
                ns.set_str(self.names.d_module.clone(), Value::string(m));
            }
        }
        let bases = classes;
        let cls = self.type_new(name.as_str(), bases, ns)?;
        Ok(Value::Class(cls))
    }

    /// The module whose code made the current native call: `__main__` for
    /// the program, `X` for a library module (its file is `<frozen X>`).
    fn calling_module(&self) -> Option<String> {
        let (code, _) = self.call_site.as_ref()?;
        if *code.filename == *self.config.filename {
            return Some("__main__".to_string());
        }
        code.filename
            .strip_prefix("<frozen ")
            .and_then(|rest| rest.strip_suffix('>'))
            .map(String::from)
    }

    /// After a class is created: `__set_name__` on its attributes and the
    /// parent's `__init_subclass__`.
    pub fn finish_class(
        &mut self,
        cls: &Rc<Class>,
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<()> {
        for e in cls.dict.entries() {
            if let (Value::Object(o), Value::Str(key)) = (&e.value, &e.key) {
                if let Object::Property { name, .. } = &**o {
                    *name.borrow_mut() = Some(key.clone());
                }
            }
            if let Value::Instance(i) = &e.value {
                if let Some(set_name) = i.class().lookup(&self.names.d_set_name) {
                    let r = self.call(
                        &set_name,
                        &[e.value.clone(), Value::Class(cls.clone()), e.key.clone()],
                    );
                    if let Err(Flow::Exc(cause)) = r {
                        // 3.11 reports the failure as a RuntimeError caused by it.
                        let key = match &e.key {
                            Value::Str(k) => k.as_str().to_string(),
                            other => self.repr(other)?,
                        };
                        let wrapper = self.new_exc(
                            ExcKind::RuntimeError,
                            format!(
                                "Error calling __set_name__ on '{}' instance '{key}' in '{}'",
                                i.class().name_string(),
                                cls.name_string()
                            ),
                        );
                        if let Some(d) = wrapper.exc() {
                            let mut d = d.borrow_mut();
                            d.cause = Some(cause.clone());
                            d.context = Some(cause);
                            d.suppress_context = true;
                        }
                        return Err(Flow::Exc(wrapper));
                    }
                    r?;
                }
            }
        }
        for base in cls.mro.iter() {
            if let Some(init_sub) = base.dict.get_str(&self.names.d_init_subclass) {
                let func = match &init_sub {
                    Value::Object(o) => match &**o {
                        Object::ClassMethod(f) => f.clone(),
                        _ => init_sub.clone(),
                    },
                    _ => init_sub.clone(),
                };
                if let Value::Builtin(_) = func {
                    if !kwnames.is_empty() {
                        return Err(self.type_error(format!(
                            "{}.__init_subclass__() takes no keyword arguments",
                            cls.name_string()
                        )));
                    }
                    return Ok(());
                }
                self.call_kw(&func, &[Value::Class(cls.clone())], kwnames, kwvals)?;
                return Ok(());
            }
        }
        Ok(())
    }
}

/// `__build_class__(func, name, *bases, **kwds)`.
fn builtin_build_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (Some(body), Some(Value::Str(name))) =
        (args.pos.first().cloned(), args.pos.get(1).cloned())
    else {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    };
    let mut bases = Vec::new();
    for b in &args.pos[2..] {
        // `class Stack(list[int])`: the alias's `__mro_entries__` is its origin.
        let origin = crate::engine::builtins::generic_alias::parts(b).map(|(origin, _)| origin);
        match origin.as_ref().unwrap_or(b) {
            Value::Class(c) => bases.push(c.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "bases must be types, not '{}'",
                    vm.type_name(other)
                )))
            }
        }
    }
    let mut kwnames = Vec::new();
    let mut kwvals = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        if k.as_str() == Some("metaclass") {
            match v {
                Value::Class(m) if Rc::ptr_eq(m, &vm.types.type_) => continue,
                _ => return Err(vm.unsupported("custom metaclasses")),
            }
        }
        kwnames.push(k.clone());
        kwvals.push(v.clone());
    }
    if bases.iter().any(|b| b.metaclass.is_some()) {
        return Err(vm.unsupported("custom metaclasses"));
    }
    let Value::Function(body) = body else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let ns = PyDict::new_rc();
    let mut frame = vm.bind_frame(&body, &[], &[], &[])?;
    frame.locals = Some(ns.clone());
    let cell = vm.run_frame_sync(frame)?;
    let cls = vm.type_new(name.as_str(), bases, ns)?;
    if let Value::Object(o) = &cell {
        if let Object::Cell(c) = &**o {
            c.set(Some(Value::Class(cls.clone())));
        }
    }
    vm.finish_class(&cls, &kwnames, &kwvals)?;
    Ok(Value::Class(cls))
}
