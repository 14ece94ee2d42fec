//! Built-ins that consume an iterator which runs Python code, run without a
//! nested scheduler loop.
//!
//! All threads share one Rust stack, so a Python call made from native code
//! (`sum` pulling from a generator) runs in a nested scheduler loop, and a
//! thread whose nested call ends must wait until every loop above its own
//! has ended too. CPython has no such order: there, two threads each inside
//! `sum(generator)` take turns freely. For the built-ins programs use most
//! on generators, the engine instead runs a Python version of the built-in
//! from `unnest.py` as an ordinary frame (hidden from tracebacks), or resumes
//! the generator's own frame (`next`, `send`), so threads switch inside them
//! as in CPython. Everything else keeps the native path, which gives the
//! same results with that one difference in ordering (see
//! `Vm::warn_if_parked_too_long`).

use std::rc::Rc;

use crate::engine::builtins::constructors::dict_add_pair;
use crate::engine::compiler::compile_synthetic;
use crate::engine::flow::{Flow, Halt, PyResult};
use crate::engine::objects::class::{Class, Instance};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::{Args, BuiltinFunction, Function};
use crate::engine::objects::generator::GenState;
use crate::engine::objects::iter::{BackedIter, IterState};
use crate::engine::objects::object::Object;
use crate::engine::objects::set::PySet;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::call::Called;
use crate::engine::vm::frame::{Frame, ReturnMode};
use crate::engine::vm::iteration::iter_value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// The Python versions of the built-ins.
const SOURCE: &str = include_str!("unnest.py");

/// A native that has an unnested route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unnest {
    /// `sum(iterable, start)`.
    Sum,
    /// `any(iterable)`.
    Any,
    /// `all(iterable)`.
    All,
    /// `sorted(iterable, key=, reverse=)`.
    Sorted,
    /// `min(iterable, key=, default=)`.
    Min,
    /// `max(iterable, key=, default=)`.
    Max,
    /// `next(iterator, default)`.
    Next,
    /// `str.join(iterable)`.
    Join,
    /// `list.extend(iterable)`.
    Extend,
    /// `generator.send(value)`.
    GenSend,
    /// `generator.__next__()`.
    GenNext,
    /// `print(...)` to a file object of the program's own class.
    Print,
}

impl Unnest {
    /// The tag of the `builtins` function called `name`, if it has a route.
    pub fn of_builtin(name: &str) -> Option<Unnest> {
        Some(match name {
            "sum" => Unnest::Sum,
            "any" => Unnest::Any,
            "all" => Unnest::All,
            "sorted" => Unnest::Sorted,
            "min" => Unnest::Min,
            "max" => Unnest::Max,
            "next" => Unnest::Next,
            "print" => Unnest::Print,
            _ => return None,
        })
    }
}

/// Tags the native method `name` of a built-in class with its route.
pub fn tag_method(cls: &Class, name: &str, kind: Unnest) {
    if let Some(Value::Builtin(b)) = cls.dict.get_by_str(name) {
        let mut tagged = BuiltinFunction::new(b.name, b.func);
        tagged.owner = b.owner;
        tagged.data = b.data.clone();
        tagged.needs_frame = b.needs_frame;
        tagged.unnest = Some(kind);
        cls.dict.set_by_str(name, Value::Builtin(Rc::new(tagged)));
    }
}

/// Compiles `unnest.py` into functions keyed by name. They use no globals,
/// so their namespace stays empty (and holds no reference back to them).
fn build_helpers() -> Result<Rc<PyDict>, String> {
    let code = compile_synthetic(SOURCE, "<threadwise>").map_err(|e| e.to_string())?;
    let globals = PyDict::new_rc();
    let helpers = PyDict::new_rc();
    for c in &code.codes {
        let f = Function::plain(c.clone(), globals.clone());
        helpers.set_by_str(c.name.as_str(), Value::Function(Rc::new(f)));
    }
    Ok(helpers)
}

/// `add_pair(d, item, n)`: one element of `dict(pairs)`, for `to_dict`.
fn add_pair(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos {
        [Value::Dict(d), item, Value::Int(n)] => {
            dict_add_pair(vm, d, item, usize::try_from(*n).unwrap_or(0))?;
            Ok(Value::None)
        }
        _ => Err(Flow::Halt(Halt::Internal("add_pair: bad arguments".into()))),
    }
}

/// Whether a `for` loop can resume `v` as a frame instead of iterating it
/// natively: a generator, or an unnested iterator.
pub fn is_resumable(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::Generator(_) | Object::Backed(_)))
}

fn is_instance(v: &Value) -> bool {
    matches!(v, Value::Instance(_))
}

/// Whether calling `f` surely runs Python code.
fn is_python_callable(f: &Value) -> bool {
    match f {
        Value::Function(_) | Value::Instance(_) => true,
        Value::BoundMethod(m) => matches!(m.func, Value::Function(_)),
        _ => false,
    }
}

impl Vm {
    /// Whether iterating `v` runs Python code that a `for` loop in a helper
    /// can run as frames: a generator, an unnested iterator, or an instance
    /// whose class defines `__iter__` or `__next__` in Python.
    fn iterates_in_python(&self, v: &Value) -> bool {
        match v {
            Value::Object(_) => is_resumable(v),
            Value::Instance(i) => {
                let cls = i.class();
                [&self.names.d_iter, &self.names.d_next]
                    .into_iter()
                    .any(|name| matches!(cls.lookup(name), Some(Value::Function(_))))
            }
            _ => false,
        }
    }

    fn helper(&mut self, name: &str) -> PyResult<Value> {
        let helpers = match &self.unnest_helpers {
            Some(h) => h.clone(),
            None => {
                let h = build_helpers().map_err(|m| {
                    Flow::Halt(Halt::Internal(format!("the engine's unnest.py: {m}")))
                })?;
                self.unnest_helpers = Some(h.clone());
                h
            }
        };
        helpers
            .get_by_str(name)
            .ok_or_else(|| Flow::Halt(Halt::Internal(format!("no helper {name} in unnest.py"))))
    }

    fn call_helper(&mut self, name: &str, args: &[Value]) -> PyResult<Called> {
        let f = self.helper(name)?;
        self.prepare_call(&f, args, &[], &[])
    }

    /// The unnested route of a call to the native `b` (`callee`), if the
    /// arguments take it; `None` leaves the call to the native.
    /// `from_code`: the bytecode makes the call, so a generator step may be
    /// the generator's own frame.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn unnested_call(
        &mut self,
        kind: Unnest,
        from_code: bool,
        callee: &Value,
        b: &BuiltinFunction,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Option<Called>> {
        let joined;
        let args: &[Value] = match &b.receiver {
            Some(r) => {
                joined = [std::slice::from_ref(r), pos].concat();
                &joined
            }
            None => pos,
        };
        let kw_only = |allowed: &[&str]| {
            kwnames
                .iter()
                .all(|k| matches!(k, Value::Str(s) if allowed.contains(&s.as_str())))
        };
        let called = match kind {
            Unnest::Sum => {
                let start = match (args.len(), kwnames.len()) {
                    (1, 0) => Value::Int(0),
                    (2, 0) => args[1].clone(),
                    (1, 1) if kw_only(&["start"]) => kwvals[0].clone(),
                    _ => return Ok(None),
                };
                // Strings and bytes as start are the native's error.
                if matches!(start, Value::Str(_) | Value::Bytes(_))
                    || !self.iterates_in_python(&args[0])
                {
                    return Ok(None);
                }
                self.call_helper("sum_", &[args[0].clone(), start])?
            }
            Unnest::Any | Unnest::All => {
                if args.len() != 1 || !kwnames.is_empty() || !self.iterates_in_python(&args[0]) {
                    return Ok(None);
                }
                let name = if kind == Unnest::Any { "any_" } else { "all_" };
                self.call_helper(name, &args[..1])?
            }
            Unnest::Min | Unnest::Max => {
                if args.len() != 1 || !kw_only(&["key", "default"]) {
                    return Ok(None);
                }
                if !self.iterates_in_python(&args[0]) {
                    return Ok(None);
                }
                let kw = |name: &str| {
                    kwnames
                        .iter()
                        .position(|k| matches!(k, Value::Str(s) if s.as_str() == name))
                        .map(|i| kwvals[i].clone())
                };
                let default = kw("default");
                let name = if kind == Unnest::Max { "max" } else { "min" };
                let call_args = [
                    args[0].clone(),
                    kw("key").unwrap_or(Value::None),
                    Value::Bool(default.is_some()),
                    default.unwrap_or(Value::None),
                    Value::Bool(kind == Unnest::Max),
                    Value::Class(self.types.exc(ExcKind::ValueError)),
                    Value::string(format!("{name}() arg is an empty sequence")),
                ];
                self.call_helper("min_max", &call_args)?
            }
            Unnest::Sorted => {
                if args.len() != 1
                    || !kw_only(&["key", "reverse"])
                    || !self.iterates_in_python(&args[0])
                {
                    return Ok(None);
                }
                let kwargs = PyDict::new_rc();
                for (k, v) in kwnames.iter().zip(kwvals) {
                    if let Value::Str(s) = k {
                        kwargs.set_by_str(s.as_str(), v.clone());
                    }
                }
                self.call_helper(
                    "listed",
                    &[callee.clone(), args[0].clone(), Value::Dict(kwargs)],
                )?
            }
            Unnest::Join => {
                let [sep @ Value::Str(_), it] = args else {
                    return Ok(None);
                };
                if !kwnames.is_empty() || !self.iterates_in_python(it) {
                    return Ok(None);
                }
                let bound = Value::Builtin(Rc::new(b.bind(sep.clone())));
                let kwargs = Value::Dict(PyDict::new_rc());
                self.call_helper("listed", &[bound, it.clone(), kwargs])?
            }
            Unnest::Extend => {
                let [list @ Value::List(_), it] = args else {
                    return Ok(None);
                };
                if !kwnames.is_empty() || !self.iterates_in_python(it) {
                    return Ok(None);
                }
                self.call_helper("extend", &[list.clone(), it.clone()])?
            }
            Unnest::Next => {
                if !(1..=2).contains(&args.len()) || !kwnames.is_empty() {
                    return Ok(None);
                }
                let default = args.get(1).cloned();
                if is_resumable(&args[0]) {
                    if !from_code {
                        return Ok(None);
                    }
                    let g = self.resumable_generator(&args[0])?;
                    return self.resume_as_call(&g, Value::None, default);
                }
                let Value::Instance(i) = &args[0] else {
                    return Ok(None);
                };
                let next = match i.class().lookup(&self.names.d_next) {
                    Some(f @ Value::Function(_)) => f,
                    _ => return Ok(None),
                };
                match default {
                    None => self.prepare_call(&next, &args[..1], &[], &[])?,
                    Some(d) => self.call_helper("next_default", &[next, args[0].clone(), d])?,
                }
            }
            Unnest::Print => return self.unnested_print(args, kwnames, kwvals),
            Unnest::GenSend | Unnest::GenNext => {
                let sent = match (kind, args) {
                    (Unnest::GenSend, [_, v]) => v.clone(),
                    (Unnest::GenNext, [_]) => Value::None,
                    _ => return Ok(None),
                };
                match &args[0] {
                    Value::Object(g) if kwnames.is_empty() && from_code => {
                        return self.resume_as_call(&g.clone(), sent, None)
                    }
                    _ => return Ok(None),
                }
            }
        };
        Ok(Some(called))
    }

    /// `print()` to an instance of a program's class: its `write` runs
    /// Python code, once per piece as in CPython.
    fn unnested_print(
        &mut self,
        args: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<Option<Called>> {
        let mut kw = [None, None, None, None];
        for (k, v) in kwnames.iter().zip(kwvals) {
            let Value::Str(s) = k else { return Ok(None) };
            let Some(i) = ["sep", "end", "file", "flush"]
                .iter()
                .position(|n| *n == s.as_str())
            else {
                return Ok(None);
            };
            kw[i] = Some(v);
        }
        let [sep, end, file, flush] = kw;
        let file = match file {
            None | Some(Value::None) => crate::engine::modules::sys::sys_attr(self, "stdout"),
            Some(f) => Some(f.clone()),
        };
        let Some(file @ Value::Instance(_)) = file else {
            return Ok(None);
        };
        // Wrong types for sep and end are the native's error.
        let text = |v: Option<&Value>, default: &str| match v {
            None | Some(Value::None) => Some(Value::str(default)),
            Some(s @ Value::Str(_)) => Some(s.clone()),
            Some(_) => None,
        };
        let (Some(sep), Some(end)) = (text(sep, " "), text(end, "\n")) else {
            return Ok(None);
        };
        let flush = match flush {
            Some(f) => self.truthy(f)?,
            None => false,
        };
        let to_text = Value::Class(self.types.str_.clone());
        let call_args = [
            file,
            Value::tuple(args.to_vec()),
            sep,
            end,
            Value::Bool(flush),
            to_text,
        ];
        Ok(Some(self.call_helper("print_", &call_args)?))
    }

    /// A generator step as a frame for the caller: its yield is the call's
    /// result, its return a StopIteration (or `default`, for `next`).
    fn resume_as_call(
        &mut self,
        g: &Rc<Object>,
        sent: Value,
        default: Option<Value>,
    ) -> PyResult<Option<Called>> {
        if !matches!(&**g, Object::Generator(_)) {
            return Ok(None);
        }
        // A finished generator is the native's StopIteration.
        Ok(self
            .resume_generator(g, sent, ReturnMode::GenNext(default))?
            .map(Called::Frame))
    }

    /// The frame a `for` loop runs for its next item when the iterator is
    /// Python code: the generator's, resumed (`None` once it has finished),
    /// or a call of the class's own `__next__`. `None` outside: the loop
    /// asks the iterator natively.
    pub(crate) fn for_iter_frame(
        &mut self,
        it: &Value,
        target: u32,
    ) -> Option<PyResult<Option<Frame>>> {
        match it {
            Value::Object(_) if is_resumable(it) => {
                Some(self.resumable_generator(it).and_then(|g| {
                    self.resume_generator(&g, Value::None, ReturnMode::GenForIter(target))
                }))
            }
            Value::Instance(i) => {
                let f = i.class().lookup(&self.names.d_next)?;
                let Value::Function(func) = &f else {
                    return None;
                };
                if func.code.flags.generator || func.code.flags.coroutine {
                    return None;
                }
                self.clock.ticks += 1;
                Some(
                    match self.prepare_call(&f, std::slice::from_ref(it), &[], &[]) {
                        Ok(Called::Frame(mut frame)) => {
                            frame.mode = ReturnMode::NextForIter(target);
                            Ok(Some(frame))
                        }
                        Ok(_) => Err(Flow::Halt(Halt::Internal("__next__ gave no frame".into()))),
                        Err(e) => Err(e),
                    },
                )
            }
            _ => None,
        }
    }

    /// A frame for `func(*args)` returning with `mode`, when `func` is a plain
    /// Python function (not a generator): how an opcode runs a special
    /// method or a property's function written in Python.
    fn plain_function_frame(
        &mut self,
        func: &Value,
        args: &[Value],
        mode: ReturnMode,
    ) -> PyResult<Option<Frame>> {
        let Value::Function(f) = func else {
            return Ok(None);
        };
        if f.code.flags.generator || f.code.flags.coroutine {
            return Ok(None);
        }
        match self.prepare_call(func, args, &[], &[])? {
            Called::Frame(mut frame) => {
                frame.mode = mode;
                Ok(Some(frame))
            }
            _ => Ok(None),
        }
    }

    /// `obj[key]` (`value` None) or `obj[key] = value` as a frame, when the
    /// instance's class defines `__getitem__` / `__setitem__` in Python.
    pub(crate) fn subscript_frame(
        &mut self,
        obj: &Value,
        key: &Value,
        value: Option<&Value>,
    ) -> PyResult<Option<Frame>> {
        let Value::Instance(inst) = obj else {
            return Ok(None);
        };
        let (name, mode) = match value {
            None => (self.names.d_getitem.clone(), ReturnMode::Normal),
            Some(_) => (self.names.d_setitem.clone(), ReturnMode::Discard),
        };
        let Some(method) = self.cls_lookup(&inst.class(), &name) else {
            return Ok(None);
        };
        let mut args = vec![obj.clone(), key.clone()];
        args.extend(value.cloned());
        self.plain_function_frame(&method, &args, mode)
    }

    /// Reading (`value` None) or setting `obj.name` as a frame, when the class
    /// has a property of that name whose getter or setter is a Python
    /// function and no `__getattribute__`/`__getattr__` (reading) or
    /// `__setattr__` (setting) of its own that would come first or after.
    pub(crate) fn property_frame(
        &mut self,
        inst: &Instance,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Option<&Value>,
    ) -> PyResult<Option<Frame>> {
        let Some(func) = self.property_function(inst, name, value.is_some()) else {
            return Ok(None);
        };
        match value {
            None => self.plain_function_frame(&func, std::slice::from_ref(obj), ReturnMode::Normal),
            Some(v) => {
                self.plain_function_frame(&func, &[obj.clone(), v.clone()], ReturnMode::Discard)
            }
        }
    }

    /// The getter (or setter) of the property `name` on the instance's
    /// class, when it is a plain Python function and no hook of the class
    /// comes first or after.
    pub(crate) fn property_function(
        &self,
        inst: &Instance,
        name: &Rc<PyStr>,
        setting: bool,
    ) -> Option<Value> {
        let cls = inst.class();
        let flags = self.class_flags(&cls);
        let hooked = if setting {
            flags.setattr
        } else {
            flags.getattribute || flags.getattr
        };
        if hooked {
            return None;
        }
        let Value::Object(descr) = self.cls_lookup(&cls, name)? else {
            return None;
        };
        let Object::Property { fget, fset, .. } = &*descr else {
            return None;
        };
        let func = if setting { fset } else { fget };
        match func {
            Value::Function(f) if !f.code.flags.generator && !f.code.flags.coroutine => {
                Some(func.clone())
            }
            _ => None,
        }
    }

    /// The generator behind a resumable value (see [`is_resumable`]).
    fn resumable_generator(&mut self, v: &Value) -> PyResult<Rc<Object>> {
        match v {
            Value::Object(o) => match &**o {
                Object::Backed(b) => self.backing_generator(b),
                _ => Ok(o.clone()),
            },
            _ => Err(Flow::Halt(Halt::Internal("no generator to resume".into()))),
        }
    }

    /// The generator doing an unnested iterator's work, made again when the
    /// last one has finished and the type asks its sources again.
    pub(crate) fn backing_generator(&mut self, b: &BackedIter) -> PyResult<Rc<Object>> {
        let gen = b.gen.borrow().clone();
        let finished = matches!(&*gen, Object::Generator(g) if g.state.get() == GenState::Finished);
        if !(finished && b.restarts()) {
            return Ok(gen);
        }
        let fresh = self.start_generator(&b.helper, &b.args)?;
        *b.gen.borrow_mut() = fresh.clone();
        Ok(fresh)
    }

    /// The generator a generator helper of `unnest.py` makes for `args`.
    fn start_generator(&mut self, helper: &Value, args: &[Value]) -> PyResult<Rc<Object>> {
        match self.prepare_call(helper, args, &[], &[])? {
            Called::Value(Value::Object(gen)) if matches!(&*gen, Object::Generator(_)) => Ok(gen),
            _ => Err(Flow::Halt(Halt::Internal(
                "an unnest.py helper gave no generator".into(),
            ))),
        }
    }

    /// The unnested route of `list(it)`, `tuple(it)`, `set(it)` or `dict(it)`.
    pub(crate) fn unnested_construct(
        &mut self,
        cls: &Rc<Class>,
        it: &Value,
    ) -> PyResult<Option<Called>> {
        if !self.iterates_in_python(it) {
            return Ok(None);
        }
        let t = self.types.clone();
        let called = if Rc::ptr_eq(cls, &t.list) {
            self.call_helper("to_list", std::slice::from_ref(it))?
        } else if Rc::ptr_eq(cls, &t.tuple) {
            let kwargs = Value::Dict(PyDict::new_rc());
            self.call_helper("listed", &[Value::Class(cls.clone()), it.clone(), kwargs])?
        } else if Rc::ptr_eq(cls, &t.set) {
            let empty = Value::Set(Rc::new(PySet::new()));
            self.call_helper("to_set", &[it.clone(), empty])?
        } else if Rc::ptr_eq(cls, &t.dict) && !matches!(it, Value::Instance(_)) {
            // (An instance may be a mapping: the native decides.)
            let empty = Value::Dict(PyDict::new_rc());
            let add = Value::Builtin(Rc::new(BuiltinFunction::new("add_pair", add_pair)));
            self.call_helper("to_dict", &[it.clone(), empty, add])?
        } else {
            return Ok(None);
        };
        Ok(Some(called))
    }

    /// A new `enumerate`, `zip`, `map`, `filter` or `islice` object: when its work runs
    /// Python code, a helper generator does that work, so a `for` loop over
    /// it resumes frames instead of nesting. Sources that are instances keep
    /// the native object (the helper's loop would call their `__iter__` again).
    pub(crate) fn lazy_iterator(&mut self, state: IterState) -> PyResult<Value> {
        let plan: Option<(&str, Vec<Value>, &'static str)> = match &state {
            IterState::Enumerate { iter, count } if is_resumable(iter) => Some((
                "enumerate_",
                vec![iter.clone(), Value::list(vec![Value::Int(*count)])],
                "enumerate",
            )),
            IterState::Zip {
                iters,
                strict: false,
            } if iters.iter().any(is_resumable) && !iters.iter().any(is_instance) => {
                Some(("zip_", vec![Value::list(iters.clone())], "zip"))
            }
            IterState::Map { func, iters }
                if !iters.iter().any(is_instance)
                    && (is_python_callable(func) || iters.iter().any(is_resumable)) =>
            {
                match iters.as_slice() {
                    [one] => Some(("map_one", vec![func.clone(), one.clone()], "map")),
                    _ => Some((
                        "map_many",
                        vec![
                            func.clone(),
                            Value::list(iters.clone()),
                            self.helper("zip_")?,
                        ],
                        "map",
                    )),
                }
            }
            IterState::Filter { func, iter }
                if !is_instance(iter) && (is_python_callable(func) || is_resumable(iter)) =>
            {
                Some(("filter_", vec![func.clone(), iter.clone()], "filter"))
            }
            IterState::Islice {
                iter,
                next,
                stop,
                step,
                pos: 0,
            } if is_resumable(iter) => {
                let int = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
                Some((
                    "islice_",
                    vec![
                        iter.clone(),
                        int(*next),
                        stop.map_or(Value::None, int),
                        int(*step),
                    ],
                    "itertools.islice",
                ))
            }
            _ => None,
        };
        let Some((helper, args, name)) = plan else {
            return Ok(iter_value(state));
        };
        let helper = self.helper(helper)?;
        let gen = self.start_generator(&helper, &args)?;
        Ok(Value::Object(Rc::new(Object::Backed(BackedIter {
            name,
            helper,
            args,
            gen: std::cell::RefCell::new(gen),
        }))))
    }
}
