//! `import`: built-in native modules, the standard library modules written in
//! Python, and clear errors for modules this engine does not provide.

use std::rc::Rc;

use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::module::Module;
use crate::engine::objects::str::PyStr;
use crate::engine::stdlib::names::STDLIB_MODULE_NAMES;
use crate::engine::value::Value;
use crate::engine::vm::frame::{new_frame, Frame};
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Modules reported as unsupported that neither `STDLIB_MODULE_NAMES` (any
/// top-level standard library module the engine lacks) nor the table of
/// missing names (submodules of packages the engine ships) covers: a
/// popular third-party package.
const UNSUPPORTED: &[&str] = &["numpy"];

impl Vm {
    /// `import name` (with `fromlist`, CPython's `__import__` semantics).
    pub fn import_name(
        &mut self,
        name: &PyStr,
        fromlist: &Value,
        level: &Value,
        _globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        if matches!(level, Value::Int(l) if *l > 0) {
            return Err(self.err(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let full = name.as_str();
        let mut top: Option<Value> = None;
        let mut leaf = Value::None;
        let mut path = String::new();
        for part in full.split('.') {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(part);
            let m = self.load_module(&path)?;
            if top.is_none() {
                top = Some(m.clone());
            }
            if let Value::Module(parent) = &leaf {
                parent.dict.set_by_str(part, m.clone());
            }
            leaf = m;
        }
        let wants_leaf = !matches!(fromlist, Value::None)
            && !matches!(fromlist, Value::Tuple(t) if t.is_empty());
        Ok(if wants_leaf {
            leaf
        } else {
            top.unwrap_or(Value::None)
        })
    }

    /// Finds or creates the module `name` in the running process.
    pub fn load_module(&mut self, name: &str) -> PyResult<Value> {
        let modules = self.process().modules.clone();
        if let Some(m) = modules.get_by_str(name) {
            return Ok(m);
        }
        if name == "builtins" {
            let m = Value::Module(Rc::new(Module::new("builtins", self.builtins())));
            modules.set_by_str(name, m.clone());
            return Ok(m);
        }
        if let Some(init) = crate::engine::modules::native_module(name) {
            let dict = PyDict::new_rc();
            dict.set_by_str("__name__", Value::str(name));
            dict.set_by_str("__doc__", Value::None);
            let m = Value::Module(Rc::new(Module::new(name, dict.clone())));
            modules.set_by_str(name, m.clone());
            if let Err(e) = init(self, &dict) {
                modules.del_str(&PyStr::new(name));
                return Err(e);
            }
            return Ok(m);
        }
        let source = match crate::engine::stdlib::source_of(name) {
            Ok(source) => source,
            Err(reason) => {
                let exc = self.new_exc(
                    ExcKind::ImportError,
                    format!("the standard library module '{name}' could not be loaded: {reason}"),
                );
                if let Some(d) = &exc.dict {
                    d.set_by_str("name", Value::str(name));
                }
                return Err(Flow::Exc(exc));
            }
        };
        if let Some(source) = source {
            let dict = PyDict::new_rc();
            dict.set_by_str("__name__", Value::str(name));
            dict.set_by_str("__doc__", Value::None);
            dict.set_by_str("__builtins__", Value::Dict(self.builtins()));
            let m = Value::Module(Rc::new(Module::new(name, dict.clone())));
            modules.set_by_str(name, m.clone());
            let filename = format!("<frozen {name}>");
            let code = match self.compile_cached(name, &source, &filename) {
                Ok(c) => c,
                Err(e) => {
                    modules.del_str(&PyStr::new(name));
                    return Err(e);
                }
            };
            let frame = new_frame(code, dict.clone(), Some(dict));
            if let Err(e) = self.run_frame_sync(frame) {
                modules.del_str(&PyStr::new(name));
                return Err(e);
            }
            return Ok(m);
        }
        let root = name.split('.').next().unwrap_or(name);
        let other_stdlib = name == root && STDLIB_MODULE_NAMES.binary_search(&name).is_ok();
        let missing_submodule = name
            .rsplit_once('.')
            .is_some_and(|(parent, last)| crate::engine::stdlib::missing::is_missing(parent, last));
        if UNSUPPORTED.contains(&name)
            || UNSUPPORTED.contains(&root)
            || other_stdlib
            || missing_submodule
        {
            return Err(self.unsupported(&format!("the {name} module")));
        }
        // `import threading.Thread`: a module that exists but holds no submodules.
        let not_package = name.rsplit_once('.').and_then(|(parent, _)| {
            let is_package = crate::engine::stdlib::MODULES.iter().any(|m| {
                m.strip_prefix(parent)
                    .is_some_and(|rest| rest.starts_with('.'))
            });
            (!is_package && modules.get_by_str(parent).is_some()).then_some(parent)
        });
        let message = match not_package {
            Some(parent) => {
                format!("No module named '{name}'; '{parent}' is not a package")
            }
            None => format!("No module named '{name}'"),
        };
        let exc = self.new_exc(ExcKind::ModuleNotFoundError, message);
        if let Some(d) = &exc.dict {
            d.set_by_str("name", Value::str(name));
        }
        Err(Flow::Exc(exc))
    }

    /// Compiles a standard library module's source once per engine.
    fn compile_cached(
        &mut self,
        name: &str,
        source: &str,
        filename: &str,
    ) -> PyResult<Rc<crate::engine::bytecode::Code>> {
        if let Some(c) = self.stdlib_cache.get(name) {
            return Ok(c.clone());
        }
        let hidden = crate::engine::stdlib::hidden_prefixes(name);
        match crate::engine::compiler::compile_library(source, filename, hidden) {
            Ok(code) => {
                self.stdlib_cache.insert(name.to_string(), code.clone());
                Ok(code)
            }
            Err(e) => Err(Flow::Halt(crate::engine::flow::Halt::Internal(format!(
                "the built-in module {name} failed to compile: {e}"
            )))),
        }
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.get_attr_opt(module, name)? {
            return Ok(v);
        }
        if let Value::Module(m) = module {
            let sub = format!("{}.{}", m.name, name.as_str());
            if crate::engine::modules::native_module(&sub).is_some()
                || crate::engine::stdlib::is_module(&sub)
            {
                let v = self.load_module(&sub)?;
                m.dict.set_str(name.clone(), v.clone());
                return Ok(v);
            }
            if crate::engine::stdlib::missing::is_missing(&m.name, name.as_str()) {
                return Err(self.unsupported(&format!("{}.{}", m.name, name.as_str())));
            }
            let exc = self.new_exc(
                ExcKind::ImportError,
                format!(
                    "cannot import name '{}' from '{}' (unknown location)",
                    name.as_str(),
                    m.name
                ),
            );
            if let Some(d) = &exc.dict {
                d.set_by_str("name", Value::str(&m.name));
            }
            return Err(Flow::Exc(exc));
        }
        Err(self.err(
            ExcKind::ImportError,
            format!("cannot import name '{}'", name.as_str()),
        ))
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, frame: &mut Frame) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Err(self.type_error("import * from a non-module"));
        };
        let target = frame
            .locals
            .clone()
            .unwrap_or_else(|| frame.globals.clone());
        let names: Vec<Value> = match m.dict.get_by_str("__all__") {
            Some(all) => self.collect(&all)?,
            None => m
                .dict
                .keys()
                .into_iter()
                .filter(|k| !k.as_str().is_some_and(|s| s.starts_with('_')))
                .collect(),
        };
        for n in names {
            let Value::Str(s) = &n else { continue };
            let v = self.get_attr(module, s)?;
            target.set_str(s.clone(), v);
        }
        Ok(())
    }
}
