//! Attribute access: `obj.name` lookup, assignment and deletion, with
//! descriptors, `__getattr__`, `__slots__`, `super()` and `threading.local`.

use std::rc::Rc;

use crate::engine::bytecode::{AttrCache, Code, MethodCache};
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::{Class, Instance, Payload};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::BoundMethod;
use crate::engine::objects::local::LocalData;
use crate::engine::objects::object::Object;
use crate::engine::objects::str::PyStr;
use crate::engine::trace::{LocalOp, TraceEvent};
use crate::engine::value::Value;
use crate::engine::vm::frame::Frame;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// How a class attribute behaves when found through an instance.
enum Descr {
    /// A plain function: binds to the instance.
    Method,
    /// `property`, or a Python descriptor with `__set__`/`__delete__`: wins over the instance dict.
    Data,
    /// A Python descriptor with only `__get__`.
    NonData,
    /// A plain value.
    Plain,
}

impl Vm {
    fn classify(&self, v: &Value) -> Descr {
        match v {
            Value::Function(_) | Value::Builtin(_) => Descr::Method,
            Value::Object(o) => match &**o {
                Object::Property { .. } => Descr::Data,
                Object::ClassMethod(_) | Object::StaticMethod(_) => Descr::NonData,
                _ => Descr::Plain,
            },
            Value::Instance(i) => {
                let c = i.class();
                if c.lookup(&self.names.d_set).is_some() || c.lookup(&self.names.d_delete).is_some()
                {
                    Descr::Data
                } else if c.lookup(&self.names.d_get).is_some() {
                    Descr::NonData
                } else {
                    Descr::Plain
                }
            }
            _ => Descr::Plain,
        }
    }

    /// `property 'x' of 'T' object has no setter` (and getter, deleter);
    /// without the name when `__set_name__` never gave it one.
    fn property_error(
        &self,
        prop_name: &std::cell::RefCell<Option<Rc<PyStr>>>,
        obj: &Value,
        what: &str,
    ) -> Flow {
        let owner = self.type_name(obj);
        self.attribute_error(match &*prop_name.borrow() {
            Some(n) => format!(
                "property '{}' of '{owner}' object has no {what}",
                n.as_str()
            ),
            None => format!("property of '{owner}' object has no {what}"),
        })
    }

    /// `AttributeError: 'T' object has no attribute 'x'`.
    pub fn no_attribute(&self, obj: &Value, name: &str) -> Flow {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{name}'",
                c.name_string()
            ),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let exc = self.new_exc(ExcKind::AttributeError, msg);
        if let Some(d) = &exc.dict {
            d.set_by_str("name", Value::str(name));
            d.set_by_str("obj", obj.clone());
        }
        Flow::Exc(exc)
    }

    /// The AttributeError of a failed `del obj.name`: CPython gives it no
    /// `name` or `obj`, so it carries no "Did you mean" hint, and names a
    /// module as a `'module' object`.
    fn nothing_to_delete(&self, obj: &Value, name: &str) -> Flow {
        let msg = match obj {
            Value::Class(c) => format!(
                "type object '{}' has no attribute '{name}'",
                c.name_string()
            ),
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        Flow::Exc(self.new_exc(ExcKind::AttributeError, msg))
    }

    fn is_attribute_error(&self, f: &Flow) -> bool {
        matches!(f, Flow::Exc(e) if self.exc_is(e, ExcKind::AttributeError))
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                let flags = self.class_flags(&cls);
                let r = if flags.getattribute {
                    match cls.lookup(&self.names.d_getattribute) {
                        Some(ga) => self.call(&ga, &[obj.clone(), Value::Str(name.clone())]),
                        None => self.instance_getattr(obj, inst, &cls, name),
                    }
                } else {
                    self.instance_getattr(obj, inst, &cls, name)
                };
                match r {
                    Err(e) if flags.getattr && self.is_attribute_error(&e) => {
                        match cls.lookup(&self.names.d_getattr) {
                            Some(ga) => self.call(&ga, &[obj.clone(), Value::Str(name.clone())]),
                            None => Err(e),
                        }
                    }
                    other => other,
                }
            }
            Value::Class(c) => self.class_getattr(c, name),
            Value::Module(m) => {
                if let Some(v) = m.dict.get_str(name) {
                    return Ok(v);
                }
                if name.as_str() == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                if let Some(ga) = m.dict.get_str(&self.names.d_getattr) {
                    return self.call(&ga, &[Value::Str(name.clone())]);
                }
                if crate::engine::stdlib::missing::is_missing(&m.name, name.as_str()) {
                    return Err(self.unsupported(&format!("{}.{}", m.name, name.as_str())));
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
            Value::Object(o) if matches!(&**o, Object::Super { .. }) => self.super_getattr(o, name),
            _ => self.builtin_getattr(obj, name),
        }
    }

    /// `obj.name` for `LoadAttr` of the code's name `i`: an instance whose
    /// class was seen to keep that name as a plain `__dict__` attribute is
    /// answered from its dict, anything else takes the full path (which
    /// fills the cache).
    /// Or, for a property whose getter is Python code, the getter's frame
    /// (`Err`), which LoadAttr runs without nesting (see unnest.rs).
    pub fn load_attr_cached(
        &mut self,
        code: &Code,
        i: usize,
        obj: &Value,
    ) -> PyResult<Result<Value, Frame>> {
        let name = &code.names[i];
        let (Value::Instance(inst), Some(slot)) = (obj, code.caches.attr.get(i)) else {
            return self.get_attr(obj, name).map(Ok);
        };
        let mut seen = slot.get();
        if !seen.is_for(inst.class_serial(), self.type_epoch) {
            seen = self.attr_cache_entry(inst, name, false);
            slot.set(seen);
        }
        if seen.plain && !matches!(inst.payload, Payload::Local(_)) {
            if let Some(v) = inst.dict.as_ref().and_then(|d| d.get_str(name)) {
                return Ok(Ok(v));
            }
        }
        if seen.property {
            // A new thread's first touch of a `local` runs its `__init__` first.
            if let Payload::Local(data) = &inst.payload {
                self.local_dict(obj, inst, data)?;
            }
            if let Some(frame) = self.property_frame(inst, obj, name, None)? {
                return Ok(Err(frame));
            }
        }
        Ok(Ok(self.get_attr(obj, name)?))
    }

    /// A cache entry for loading (or storing) `inst.name`. Code the access
    /// then runs may change classes; that bumps the epoch, so the entry is
    /// refilled next time.
    fn attr_cache_entry(&self, inst: &Instance, name: &Rc<PyStr>, storing: bool) -> AttrCache {
        let plain = if storing {
            self.is_plain_instance_store(inst, name)
        } else {
            self.is_plain_instance_attr(inst, name)
        };
        AttrCache {
            class: inst.class_serial(),
            epoch: self.type_epoch,
            plain,
            property: !plain && self.property_function(inst, name, storing).is_some(),
        }
    }

    /// Whether `inst.name` is read from the instance's `__dict__` before
    /// anything on its class: no `__getattribute__`, no data descriptor and
    /// no slot of that name, and not a thread-local.
    fn is_plain_instance_attr(&self, inst: &Instance, name: &Rc<PyStr>) -> bool {
        let cls = inst.class();
        if self.class_flags(&cls).getattribute || !keeps_in_dict(inst, &cls, name) {
            return false;
        }
        !matches!(self.cls_lookup(&cls, name), Some(d) if matches!(self.classify(&d), Descr::Data))
    }

    /// `object.__getattribute__(obj, name)` for instances of Python classes.
    pub fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        // Any attribute access runs a `local` subclass's `__init__` for a
        // thread that has not touched the object yet, as CPython's does,
        // before properties and slots are consulted.
        let local_ns = match &inst.payload {
            Payload::Local(data) => Some((data, self.local_dict(obj, inst, data)?)),
            _ => None,
        };
        let descr = self.cls_lookup(cls, name);
        if let Some(d) = &descr {
            if let Descr::Data = self.classify(d) {
                return self.descr_get(d, obj, &Value::Class(cls.clone()));
            }
        }
        if !cls.slot_names.is_empty() {
            if let Some(i) = cls
                .slot_names
                .iter()
                .position(|s| s.as_str() == name.as_str())
            {
                return match inst.slots.borrow().get(i).cloned().flatten() {
                    Some(v) => Ok(v),
                    None => Err(self.no_attribute(obj, name.as_str())),
                };
            }
        }
        if let Some((data, d)) = &local_ns {
            if let Some(v) = d.get_str(name) {
                self.trace_local(data, LocalOp::Get, name.as_str(), Some(&v));
                return Ok(v);
            }
        } else if let Some(d) = &inst.dict {
            if let Some(v) = d.get_str(name) {
                return Ok(v);
            }
        }
        match name.as_str() {
            "__class__" => return Ok(Value::Class(cls.clone())),
            "__weakref__" if descr.is_some() => {
                let oldest = crate::engine::objects::weak::refs_to(obj.id() as usize);
                return Ok(oldest
                    .first()
                    .map_or(Value::None, |r| Value::Object(r.clone())));
            }
            "__dict__" => {
                if let Payload::Local(data) = &inst.payload {
                    return Ok(Value::Dict(self.local_dict(obj, inst, data)?));
                }
                if let Some(d) = &inst.dict {
                    return Ok(Value::Dict(d.clone()));
                }
            }
            _ => {}
        }
        if let Some(v) = self.payload_attr(inst, name.as_str()) {
            return Ok(v);
        }
        match descr {
            Some(d) => {
                let r = self.descr_get(&d, obj, &Value::Class(cls.clone()))?;
                if let Payload::Local(data) = &inst.payload {
                    if !matches!(
                        r,
                        Value::BoundMethod(_) | Value::Builtin(_) | Value::Function(_)
                    ) {
                        self.trace_local(data, LocalOp::Get, name.as_str(), Some(&r));
                    }
                }
                Ok(r)
            }
            None => {
                if let Payload::Local(data) = &inst.payload {
                    self.trace_local(data, LocalOp::Get, name.as_str(), None);
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
        }
    }

    /// Binds a class attribute found for `obj` (an instance, or None for class access).
    fn descr_get(&mut self, d: &Value, obj: &Value, owner: &Value) -> PyResult<Value> {
        match d {
            Value::Function(_) => {
                if obj.is_none() {
                    return Ok(d.clone());
                }
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: d.clone(),
                    receiver: obj.clone(),
                })))
            }
            Value::Builtin(b) => {
                // Only methods of built-in types bind; a plain built-in function
                // stored on a class (`converter = time.gmtime`) stays unbound.
                if obj.is_none() || b.receiver.is_some() || b.owner.is_none() {
                    return Ok(d.clone());
                }
                Ok(Value::Builtin(Rc::new(b.bind(obj.clone()))))
            }
            Value::Object(o) => match &**o {
                Object::Property {
                    fget,
                    name: prop_name,
                    ..
                } => {
                    if obj.is_none() {
                        return Ok(d.clone());
                    }
                    if fget.is_none() {
                        return Err(self.property_error(prop_name, obj, "getter"));
                    }
                    let f = fget.clone();
                    self.call(&f, std::slice::from_ref(obj))
                }
                Object::ClassMethod(f) => {
                    let cls = match owner {
                        Value::Class(_) => owner.clone(),
                        _ => Value::Class(self.class_of(obj)),
                    };
                    Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func: f.clone(),
                        receiver: cls,
                    })))
                }
                Object::StaticMethod(f) => Ok(f.clone()),
                _ => Ok(d.clone()),
            },
            Value::Instance(i) => {
                let c = i.class();
                match c.lookup(&self.names.d_get) {
                    Some(get) => {
                        let inst = if obj.is_none() {
                            Value::None
                        } else {
                            obj.clone()
                        };
                        self.call(&get, &[d.clone(), inst, owner.clone()])
                    }
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    /// Attribute lookup on a class.
    pub fn class_getattr(&mut self, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.class_special(c, name.as_str()) {
            return Ok(v);
        }
        if let Some(d) = c.lookup(name) {
            return match &d {
                Value::Object(o) => match &**o {
                    Object::ClassMethod(f) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        func: f.clone(),
                        receiver: Value::Class(c.clone()),
                    }))),
                    Object::StaticMethod(f) => Ok(f.clone()),
                    _ => Ok(d.clone()),
                },
                Value::Instance(i) => {
                    if let Some(get) = i.class().lookup(&self.names.d_get) {
                        return self.call(&get, &[d.clone(), Value::None, Value::Class(c.clone())]);
                    }
                    Ok(d.clone())
                }
                _ => Ok(d.clone()),
            };
        }
        // Methods of `type` itself (`cls.mro()`), bound to the class.
        if let Some(Value::Builtin(b)) = self.types.type_.lookup(name) {
            return Ok(Value::Builtin(Rc::new(b.bind(Value::Class(c.clone())))));
        }
        Err(self.no_attribute(&Value::Class(c.clone()), name.as_str()))
    }

    fn class_special(&self, c: &Rc<Class>, name: &str) -> Option<Value> {
        Some(match name {
            // A built-in class's name holds its module (`_thread.lock`), as
            // CPython's tp_name does; `__name__` and `__qualname__` drop it.
            "__name__" | "__qualname__" if c.builtin => {
                let n = c.name_string();
                Value::string(n.rsplit('.').next().unwrap_or(&n).to_string())
            }
            "__name__" => Value::string(c.name_string()),
            "__qualname__" => Value::Str(c.qualname()),
            "__mro__" => Value::tuple(c.full_mro().into_iter().map(Value::Class).collect()),
            "__bases__" => Value::tuple(if Rc::ptr_eq(c, &self.types.object) {
                Vec::new()
            } else {
                c.bases.iter().cloned().map(Value::Class).collect()
            }),
            "__base__" => c
                .bases
                .first()
                .cloned()
                .map(Value::Class)
                .unwrap_or(Value::None),
            "__dict__" => Value::Object(Rc::new(Object::MappingProxy(c.dict.clone()))),
            "__class__" => Value::Class(
                c.metaclass
                    .clone()
                    .unwrap_or_else(|| self.types.type_.clone()),
            ),
            "__module__" => {
                if let Some(m) = c.dict.get_str(&self.names.d_module) {
                    return Some(m);
                }
                let n = c.name_string();
                match n.rsplit_once('.') {
                    Some((m, _)) if c.builtin => Value::str(m),
                    _ => Value::str("builtins"),
                }
            }
            "__doc__" => c.dict.get_str(&self.names.d_doc).unwrap_or(Value::None),
            _ => return None,
        })
    }

    /// Attributes of built-in values: methods from their class, plus special attributes.
    fn builtin_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.special_attr(obj, name.as_str())? {
            return Ok(v);
        }
        let cls = self.class_of(obj);
        if let Some(d) = cls.lookup(name) {
            return self.descr_get(&d, obj, &Value::Class(cls.clone()));
        }
        if let Value::Function(f) = obj {
            if let Some(d) = f.dict.borrow().as_ref() {
                if let Some(v) = d.get_str(name) {
                    return Ok(v);
                }
            }
        }
        if name.as_str() == "__class__" {
            return Ok(Value::Class(cls));
        }
        if let Some(ga) = self.native_method(obj, "__getattr__") {
            return self.call(&ga, &[obj.clone(), Value::Str(name.clone())]);
        }
        Err(self.no_attribute(obj, name.as_str()))
    }

    /// `LoadMethod` of the code's name `i`: a method found on an instance's
    /// class before is reused while that class and every other stay unchanged.
    pub fn load_method_cached(
        &mut self,
        code: &Code,
        i: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        let name = &code.names[i];
        let (Value::Instance(inst), Some(slot)) = (&obj, code.caches.method.get(i)) else {
            return self.load_method(obj, name);
        };
        let hit = match &*slot.borrow() {
            Some(m) if m.class == inst.class_serial() && m.epoch == self.type_epoch => {
                Some(m.function.clone())
            }
            _ => None,
        };
        if let Some(function) = hit {
            if !matches!(inst.payload, Payload::Local(_)) && !shadows(inst, name) {
                return Ok((function, obj));
            }
        }
        let class = inst.class_serial();
        let (a, b) = self.load_method(obj, name)?;
        if matches!(a, Value::Function(_)) && !matches!(b, Value::Null) {
            *slot.borrow_mut() = Some(MethodCache {
                class,
                epoch: self.type_epoch,
                function: a.clone(),
            });
        }
        Ok((a, b))
    }

    /// The method-call fast path: `(function, self)` for a method found on the
    /// type, else `(attribute, NULL)`.
    pub fn load_method(&mut self, obj: Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                let flags = self.class_flags(&cls);
                if !flags.getattribute && !matches!(inst.payload, Payload::Local(_)) {
                    if let Some(d @ Value::Function(_)) = self.cls_lookup(&cls, name) {
                        if !shadows(inst, name) {
                            return Ok((d, obj));
                        }
                    }
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Object(_) => {}
            _ => {
                let cls = self.class_of(&obj);
                if let Some(d @ Value::Builtin(_)) = self.cls_lookup(&cls, name) {
                    return Ok((d, obj));
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// `StoreAttr` of the code's name `i`: an instance whose class was seen
    /// to store that name straight into `__dict__` is written there directly.
    pub fn store_attr_cached(
        &mut self,
        code: &Code,
        i: usize,
        obj: &Value,
        value: Value,
    ) -> PyResult<Option<Frame>> {
        let name = &code.names[i];
        let (Value::Instance(inst), Some(slot)) = (obj, code.caches.store.get(i)) else {
            return self.set_attr(obj, name, value).map(|()| None);
        };
        let mut seen = slot.get();
        if !seen.is_for(inst.class_serial(), self.type_epoch) {
            seen = self.attr_cache_entry(inst, name, true);
            slot.set(seen);
        }
        if seen.plain && !matches!(inst.payload, Payload::Local(_)) {
            if let Some(d) = &inst.dict {
                d.set_str(name.clone(), value);
                return Ok(None);
            }
        }
        if seen.property {
            // A new thread's first touch of a `local` runs its `__init__` first.
            if let Payload::Local(data) = &inst.payload {
                self.local_dict(obj, inst, data)?;
            }
            if let Some(frame) = self.property_frame(inst, obj, name, Some(&value))? {
                return Ok(Some(frame));
            }
        }
        self.set_attr(obj, name, value)?;
        Ok(None)
    }

    /// Whether `inst.name = v` writes the instance's `__dict__` and nothing
    /// else: no `__setattr__` in Python, no data descriptor or slot of that
    /// name, not a special name, not a thread-local or an exception.
    fn is_plain_instance_store(&self, inst: &Instance, name: &Rc<PyStr>) -> bool {
        let cls = inst.class();
        if self.class_flags(&cls).setattr
            || !keeps_in_dict(inst, &cls, name)
            || inst.exc().is_some()
            || matches!(name.as_str(), "__class__" | "__dict__")
        {
            return false;
        }
        match self.cls_lookup(&cls, name) {
            None => true,
            Some(d) => {
                matches!(
                    self.classify(&d),
                    Descr::Method | Descr::NonData | Descr::Plain
                ) && !matches!(&d, Value::Object(o) if matches!(&**o, Object::Property { .. }))
            }
        }
    }

    /// `setattr(obj, name, value)`.
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if self.class_flags(&cls).setattr {
                    if let Some(sa) = cls.lookup(&self.names.d_setattr) {
                        self.call(&sa, &[obj.clone(), Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                self.instance_setattr(obj, inst, &cls, name, value)
            }
            Value::Class(c) => {
                if name.as_str() == "__del__" && !c.builtin {
                    crate::engine::objects::finalizer::define(c, true);
                }
                if c.builtin {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        c.name_string()
                    )));
                }
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            c.set_name(s.clone());
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            c.set_qualname(s.clone());
                        }
                    }
                    _ => c.dict.set_str(name.clone(), value),
                }
                self.type_epoch += 1;
                if name.as_str().starts_with("__") {
                    self.refresh_flags(c);
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => match &value {
                        Value::Str(s) => *f.name.borrow_mut() = s.clone(),
                        _ => return Err(self.type_error("__name__ must be set to a string object")),
                    },
                    "__qualname__" => match &value {
                        Value::Str(s) => *f.qualname.borrow_mut() = s.clone(),
                        _ => {
                            return Err(
                                self.type_error("__qualname__ must be set to a string object")
                            )
                        }
                    },
                    "__annotations__" => match &value {
                        Value::Dict(_) => *f.annotations.borrow_mut() = Some(value),
                        Value::None => *f.annotations.borrow_mut() = None,
                        _ => {
                            return Err(
                                self.type_error("__annotations__ must be set to a dict object")
                            )
                        }
                    },
                    "__dict__" => match &value {
                        Value::Dict(d) => *f.dict.borrow_mut() = Some(d.clone()),
                        _ => {
                            return Err(self.type_error(format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                self.type_name(&value)
                            )))
                        }
                    },
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => t.items().to_vec(),
                            _ => Vec::new(),
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match value {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    }
                    _ => {
                        let mut slot = f.dict.borrow_mut();
                        let d = slot.get_or_insert_with(PyDict::new_rc);
                        d.set_str(name.clone(), value);
                    }
                }
                Ok(())
            }
            _ => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// `object.__setattr__(obj, name, value)` for instances.
    pub fn instance_setattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        // As in `instance_getattr`: a new thread's `__init__` runs first.
        let local_ns = match &inst.payload {
            Payload::Local(data) => Some((data, self.local_dict(obj, inst, data)?)),
            _ => None,
        };
        if let Some(d) = self.cls_lookup(cls, name) {
            match &d {
                Value::Object(o) => {
                    if let Object::Property {
                        fset,
                        name: prop_name,
                        ..
                    } = &**o
                    {
                        if fset.is_none() {
                            return Err(self.property_error(prop_name, obj, "setter"));
                        }
                        let f = fset.clone();
                        self.call(&f, &[obj.clone(), value])?;
                        return Ok(());
                    }
                }
                Value::Instance(di) => {
                    if let Some(set) = di.class().lookup(&self.names.d_set) {
                        self.call(&set, &[d.clone(), obj.clone(), value])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if !cls.slot_names.is_empty() {
            if let Some(i) = cls
                .slot_names
                .iter()
                .position(|s| s.as_str() == name.as_str())
            {
                if let Some(slot) = inst.slots.borrow_mut().get_mut(i) {
                    *slot = Some(value);
                }
                return Ok(());
            }
        }
        match name.as_str() {
            "__class__" => {
                if let Value::Class(c) = &value {
                    if c.builtin {
                        return Err(self.type_error(
                            "__class__ assignment only supported for mutable types or ModuleType subclasses",
                        ));
                    }
                    let layout = |k: &Class| (k.base_kind, k.has_dict, k.slot_names.clone());
                    if layout(c) != layout(cls) {
                        return Err(self.type_error(format!(
                            "__class__ assignment: '{}' object layout differs from '{}'",
                            c.name_string(),
                            cls.name_string()
                        )));
                    }
                    inst.set_class(c.clone());
                    return Ok(());
                }
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    self.type_name(&value)
                )));
            }
            "__dict__" => {
                if let Payload::Local(_) = &inst.payload {
                    return Err(self.attribute_error(format!(
                        "'{}' object attribute '__dict__' is read-only",
                        cls.name_string()
                    )));
                }
                if let (Some(d), Value::Dict(new)) = (&inst.dict, &value) {
                    d.clear();
                    for e in new.entries() {
                        d.set(self, e.key, e.value)?;
                    }
                    return Ok(());
                }
            }
            _ => {}
        }
        if let Some((data, d)) = local_ns {
            self.trace_local(data, LocalOp::Set, name.as_str(), Some(&value));
            d.set_str(name.clone(), value);
            return Ok(());
        }
        if let Some(exc) = inst.exc() {
            match name.as_str() {
                "args" => {
                    let t = self.to_tuple(&value)?;
                    exc.borrow_mut().args = t;
                    return Ok(());
                }
                "__cause__" => {
                    let c = value.as_instance().cloned();
                    let mut e = exc.borrow_mut();
                    e.cause = c;
                    e.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    exc.borrow_mut().context = value.as_instance().cloned();
                    return Ok(());
                }
                "__suppress_context__" => {
                    exc.borrow_mut().suppress_context = matches!(value, Value::Bool(true));
                    return Ok(());
                }
                "__traceback__" => {
                    let entries = match &value {
                        Value::None => Vec::new(),
                        Value::Object(o) => match &**o {
                            Object::Traceback(t) => t.clone(),
                            _ => {
                                return Err(
                                    self.type_error("__traceback__ must be a traceback or None")
                                )
                            }
                        },
                        _ => {
                            return Err(self.type_error("__traceback__ must be a traceback or None"))
                        }
                    };
                    exc.borrow_mut().traceback = entries;
                    return Ok(());
                }
                _ => {}
            }
        }
        match &inst.dict {
            Some(d) => {
                d.set_str(name.clone(), value);
                Ok(())
            }
            None if self.cls_lookup(cls, name).is_some() => Err(self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                cls.name_string(),
                name.as_str()
            ))),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if self.class_flags(&cls).delattr {
                    if let Some(da) = cls.lookup(&self.names.d_delattr) {
                        self.call(&da, &[obj.clone(), Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.instance_delattr(obj, inst, &cls, name)
            }
            Value::Class(c) if !c.builtin => match c.dict.del_str(name) {
                Some(_) => {
                    self.type_epoch += 1;
                    self.refresh_flags(c);
                    Ok(())
                }
                None => Err(self.nothing_to_delete(obj, name.as_str())),
            },
            Value::Module(m) => match m.dict.del_str(name) {
                Some(_) => Ok(()),
                None => Err(self.nothing_to_delete(obj, name.as_str())),
            },
            Value::Function(f) => {
                let removed = f.dict.borrow().as_ref().and_then(|d| d.del_str(name));
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.nothing_to_delete(obj, name.as_str())),
                }
            }
            _ => Err(self.nothing_to_delete(obj, name.as_str())),
        }
    }

    /// `object.__delattr__(obj, name)` for instances.
    pub fn instance_delattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
    ) -> PyResult<()> {
        // As in `instance_getattr`: a new thread's `__init__` runs first.
        let local_ns = match &inst.payload {
            Payload::Local(data) => Some((data, self.local_dict(obj, inst, data)?)),
            _ => None,
        };
        if let Some(d) = cls.lookup(name) {
            match &d {
                Value::Object(o) => {
                    if let Object::Property {
                        fdel,
                        name: prop_name,
                        ..
                    } = &**o
                    {
                        if fdel.is_none() {
                            return Err(self.property_error(prop_name, obj, "deleter"));
                        }
                        let f = fdel.clone();
                        self.call(&f, std::slice::from_ref(obj))?;
                        return Ok(());
                    }
                }
                Value::Instance(di) => {
                    if let Some(del) = di.class().lookup(&self.names.d_delete) {
                        self.call(&del, &[d.clone(), obj.clone()])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if let Some(i) = cls
            .slot_names
            .iter()
            .position(|s| s.as_str() == name.as_str())
        {
            let had = inst
                .slots
                .borrow_mut()
                .get_mut(i)
                .and_then(|s| s.take())
                .is_some();
            return if had {
                Ok(())
            } else {
                Err(self.nothing_to_delete(obj, name.as_str()))
            };
        }
        if let Some((data, d)) = local_ns {
            if name.as_str() == "__dict__" {
                return Err(self.attribute_error(format!(
                    "'{}' object attribute '__dict__' is read-only",
                    cls.name_string()
                )));
            }
            self.trace_local(data, LocalOp::Delete, name.as_str(), None);
            return match d.del_str(name) {
                Some(_) => Ok(()),
                None => Err(self.nothing_to_delete(obj, name.as_str())),
            };
        }
        match inst.dict.as_ref().and_then(|d| d.del_str(name)) {
            Some(_) => Ok(()),
            None => Err(self.nothing_to_delete(obj, name.as_str())),
        }
    }

    /// The running thread's namespace of a `threading.local`, running a
    /// subclass's `__init__` the first time this thread touches it.
    pub fn local_dict(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        data: &LocalData,
    ) -> PyResult<Rc<PyDict>> {
        let key = (self.thread().process, self.current as u32);
        if let Some(d) = data.dict_for(key) {
            return Ok(d);
        }
        let d = data.create_for(key);
        let cls = inst.class();
        let init = cls.lookup(&self.names.d_init);
        if let Some(init @ (Value::Function(_) | Value::BoundMethod(_))) = init {
            let (pos, kw) = &data.init_args;
            let mut args = Vec::with_capacity(pos.len() + 1);
            args.push(obj.clone());
            args.extend(pos.iter().cloned());
            let names: Vec<Value> = kw.iter().map(|(k, _)| k.clone()).collect();
            let vals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
            if let Err(e) = self.call_kw(&init, &args, &names, &vals) {
                data.forget(key);
                return Err(e);
            }
        }
        Ok(d)
    }

    fn trace_local(&mut self, data: &LocalData, op: LocalOp, name: &str, value: Option<&Value>) {
        if !self.config.trace {
            return;
        }
        let repr = value.map(|v| self.trace_repr(v));
        let time = self.clock.now();
        let thread = self.current as u32;
        let line = self.user_line_now();
        let local = data.id;
        let name = name.to_string();
        self.trace(|_| TraceEvent::LocalAccess {
            time,
            thread,
            local,
            op,
            name,
            value: repr,
            line,
        });
    }

    /// Attributes carried in an instance's built-in payload (exceptions).
    fn payload_attr(&self, inst: &Instance, name: &str) -> Option<Value> {
        let exc = inst.exc()?;
        let e = exc.borrow();
        let first = match &e.args {
            Value::Tuple(t) => t.items().first().cloned(),
            _ => None,
        };
        let cls = inst.class();
        let is = |k: ExcKind| cls.is_subclass(&self.types.exc(k));
        match name {
            "value" if is(ExcKind::StopIteration) => return Some(first.unwrap_or(Value::None)),
            "code" if is(ExcKind::SystemExit) => {
                return Some(match &e.args {
                    Value::Tuple(t) if t.len() > 1 => e.args.clone(),
                    _ => first.unwrap_or(Value::None),
                })
            }
            "errno" | "strerror" | "filename" | "filename2" if is(ExcKind::OSError) => {
                return Some(Value::None)
            }
            "name" | "path" if is(ExcKind::ImportError) => return Some(Value::None),
            "msg" if is(ExcKind::ImportError) => return Some(first.unwrap_or(Value::None)),
            "name" if is(ExcKind::NameError) || is(ExcKind::AttributeError) => {
                return Some(Value::None)
            }
            "obj" if is(ExcKind::AttributeError) => return Some(Value::None),
            _ => {}
        }
        Some(match name {
            "args" => e.args.clone(),
            "__cause__" => e.cause.clone().map(Value::Instance).unwrap_or(Value::None),
            "__context__" => e
                .context
                .clone()
                .map(Value::Instance)
                .unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(e.suppress_context),
            "__traceback__" => {
                if e.traceback.is_empty() {
                    Value::None
                } else {
                    Value::Object(Rc::new(Object::Traceback(e.traceback.clone())))
                }
            }
            "__notes__" if !e.notes.is_empty() => Value::list(e.notes.clone()),
            // Built-in exception classes have no instance dict; a StopIteration made
            // natively (a generator returning) still carries its value.
            "value"
                if inst
                    .class()
                    .is_subclass(&self.types.exc(ExcKind::StopIteration)) =>
            {
                match &e.args {
                    Value::Tuple(t) => t.items().first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                }
            }
            _ => return None,
        })
    }

    /// `super(C, obj).name`.
    fn super_getattr(&mut self, o: &Rc<Object>, name: &Rc<PyStr>) -> PyResult<Value> {
        let Object::Super {
            class,
            obj,
            obj_type,
        } = &**o
        else {
            return Err(self.no_attribute(&Value::Object(o.clone()), name.as_str()));
        };
        if name.as_str() == "__class__" {
            return Ok(Value::Class(self.types.super_.clone()));
        }
        let mro = obj_type.full_mro();
        let start = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, class))
            .map_or(mro.len(), |i| i + 1);
        for c in &mro[start..] {
            if let Some(d) = c.dict.get_str(name) {
                let receiver = if matches!(obj, Value::Class(_)) {
                    Value::None
                } else {
                    obj.clone()
                };
                return match &d {
                    Value::Object(inner) if matches!(&**inner, Object::ClassMethod(_)) => {
                        self.descr_get(&d, &receiver, &Value::Class(obj_type.clone()))
                    }
                    _ => self.descr_get(&d, &receiver, &Value::Class(obj_type.clone())),
                };
            }
        }
        Err(self.attribute_error(format!(
            "'super' object has no attribute '{}'",
            name.as_str()
        )))
    }

    /// `hasattr`-style lookup: `Ok(None)` instead of AttributeError.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match self.get_attr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Looks up a special method on the type (not the instance), as the interpreter does.
    pub fn lookup_special(&self, obj: &Value, name: &PyStr) -> Option<Value> {
        self.class_of(obj).lookup(name)
    }
}

impl Vm {
    /// Special attributes of built-in values (`f.__name__`, `(3).real`, `r.start`, ...).
    pub fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match (obj, name) {
            (_, "__class__") => Value::Class(self.class_of(obj)),
            (Value::Function(f), _) => match name {
                "__name__" => Value::Str(f.name.borrow().clone()),
                "__qualname__" => Value::Str(f.qualname.borrow().clone()),
                "__doc__" => f.doc.borrow().clone(),
                "__module__" => f.module.borrow().clone(),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    }
                }
                "__kwdefaults__" => f
                    .kwdefaults
                    .borrow()
                    .clone()
                    .map(Value::Dict)
                    .unwrap_or(Value::None),
                "__globals__" => Value::Dict(f.globals.clone()),
                "__code__" => Value::Object(Rc::new(Object::Code(f.code.clone()))),
                "__closure__" => {
                    if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(
                            f.closure
                                .iter()
                                .map(|c| Value::Object(Rc::new(Object::Cell(c.clone()))))
                                .collect(),
                        )
                    }
                }
                "__annotations__" => {
                    let mut slot = f.annotations.borrow_mut();
                    slot.get_or_insert_with(|| Value::Dict(PyDict::new_rc()))
                        .clone()
                }
                "__dict__" => {
                    let mut slot = f.dict.borrow_mut();
                    Value::Dict(slot.get_or_insert_with(PyDict::new_rc).clone())
                }
                _ => return Ok(None),
            },
            (Value::BoundMethod(m), _) => match name {
                "__self__" => m.receiver.clone(),
                "__func__" => m.func.clone(),
                _ => {
                    let f = m.func.clone();
                    let n = Rc::new(PyStr::new(name));
                    return self.get_attr_opt(&f, &n);
                }
            },
            (Value::Builtin(b), _) => match name {
                "__name__" => Value::str(b.name),
                "__qualname__" => Value::string(match b.owner {
                    Some(o) => format!("{o}.{}", b.name),
                    None => b.name.to_string(),
                }),
                "__self__" => b.receiver.clone().unwrap_or(Value::None),
                "__doc__" => Value::None,
                "__module__" => Value::str("builtins"),
                _ => return Ok(None),
            },
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), _) => match name {
                "real" | "numerator" => match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                },
                "imag" => Value::Int(0),
                "denominator" => Value::Int(1),
                _ => return Ok(None),
            },
            (Value::Float(f), _) => match name {
                "real" => Value::Float(*f),
                "imag" => Value::Float(0.0),
                _ => return Ok(None),
            },
            (Value::Object(o), _) => match (&**o, name) {
                (Object::Property { fget, .. }, "fget") => fget.clone(),
                (Object::Property { fset, .. }, "fset") => fset.clone(),
                (Object::Property { fdel, .. }, "fdel") => fdel.clone(),
                (Object::Property { doc, .. }, "__doc__") => doc.clone(),
                (Object::StaticMethod(f) | Object::ClassMethod(f), "__func__" | "__wrapped__") => {
                    f.clone()
                }
                (Object::Range { start, .. }, "start") => Value::Int(*start),
                (Object::Range { stop, .. }, "stop") => Value::Int(*stop),
                (Object::Range { step, .. }, "step") => Value::Int(*step),
                (Object::DictView(d, _), "mapping") => {
                    Value::Object(Rc::new(Object::MappingProxy(d.clone())))
                }
                (Object::Slice { start, .. }, "start") => start.clone(),
                (Object::Slice { stop, .. }, "stop") => stop.clone(),
                (Object::Slice { step, .. }, "step") => step.clone(),
                (Object::Generator(g), "__name__") => Value::Str(g.name.clone()),
                (Object::Generator(g), "__qualname__") => Value::Str(g.qualname.clone()),
                (Object::Generator(g), "gi_running") => Value::Bool(
                    g.state.get() == crate::engine::objects::generator::GenState::Running,
                ),
                (Object::Generator(g), "gi_suspended") => Value::Bool(
                    g.state.get() == crate::engine::objects::generator::GenState::Suspended,
                ),
                (Object::Generator(g), "gi_code") => {
                    Value::Object(Rc::new(Object::Code(g.code.clone())))
                }
                (Object::Generator(_), "gi_frame" | "gi_yieldfrom") => {
                    return Err(self.unsupported(&format!("generator.{name}")));
                }
                (Object::Cell(c), "cell_contents") => match c.get() {
                    Some(v) => v,
                    None => return Err(self.value_error("Cell is empty")),
                },
                (Object::Code(c), "co_name") => Value::Str(c.name.clone()),
                (Object::Code(c), "co_qualname") => Value::Str(c.qualname.clone()),
                (Object::Code(c), "co_filename") => Value::str(&c.filename),
                (Object::Code(c), "co_firstlineno") => Value::Int(c.first_line as i64),
                (Object::Code(c), "co_argcount") => Value::Int(c.argcount as i64),
                (Object::Code(c), "co_varnames") => {
                    Value::tuple(c.varnames.iter().map(|n| Value::Str(n.clone())).collect())
                }
                (Object::Code(c), "co_freevars") => {
                    Value::tuple(c.freevars.iter().map(|n| Value::Str(n.clone())).collect())
                }
                (Object::Code(c), "co_cellvars") => {
                    Value::tuple(c.cellvars.iter().map(|n| Value::Str(n.clone())).collect())
                }
                (Object::Code(c), "co_names") => {
                    Value::tuple(c.names.iter().map(|n| Value::Str(n.clone())).collect())
                }
                (Object::Code(c), "co_consts") => Value::tuple(c.consts.clone()),
                (Object::Code(c), "co_posonlyargcount") => Value::Int(c.posonlyargcount as i64),
                (Object::Code(c), "co_kwonlyargcount") => Value::Int(c.kwonlyargcount as i64),
                (Object::Code(c), "co_nlocals") => Value::Int(c.varnames.len() as i64),
                (Object::Traceback(t), "tb_lineno") => match t.last() {
                    Some(e) => Value::Int(e.code.line_at(e.ip as usize) as i64),
                    None => Value::None,
                },
                (Object::Traceback(t), "tb_frame") => match t.last() {
                    Some(e) => crate::engine::modules::frames::traceback_frame(self, e),
                    None => Value::None,
                },
                (Object::Traceback(t), "tb_next") => {
                    if t.len() <= 1 {
                        Value::None
                    } else {
                        Value::Object(Rc::new(Object::Traceback(t[..t.len() - 1].to_vec())))
                    }
                }
                (Object::WeakRef { callback, .. }, "__callback__") => callback.clone(),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }
}

/// Whether `inst.name` can live in the instance's own `__dict__`: it has
/// one, it is not a thread-local (whose dict is per thread), and its class
/// has no slot of that name.
fn keeps_in_dict(inst: &Instance, cls: &Class, name: &PyStr) -> bool {
    inst.dict.is_some()
        && !matches!(inst.payload, Payload::Local(_))
        && !cls.slot_names.iter().any(|s| s.as_str() == name.as_str())
}

/// Whether the instance's own `__dict__` holds `name`, hiding its class's.
fn shadows(inst: &Instance, name: &PyStr) -> bool {
    inst.dict
        .as_ref()
        .is_some_and(|d| d.get_str(name).is_some())
}
