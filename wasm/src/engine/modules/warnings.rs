//! `warnings`: `warn()` with CPython's default filters and message format.

use std::rc::Rc;

use super::add_functions;
use crate::engine::builtins::args;
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::trace::Stream;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Creates the `warnings` module namespace.
pub fn init(_vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<()> {
    add_functions(
        d,
        &[
            ("warn", warn),
            ("simplefilter", simplefilter),
            ("filterwarnings", simplefilter),
        ],
    );
    d.set_by_str("_shown", Value::Dict(PyDict::new_rc()));
    d.set_by_str("_action", Value::None);
    Ok(())
}

fn module_dict(vm: &Vm) -> Option<Rc<PyDict>> {
    match vm.process().modules.get_by_str("warnings")? {
        Value::Module(m) => Some(m.dict.clone()),
        _ => None,
    }
}

fn simplefilter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let action = args::arg(a, 0, "action").cloned().unwrap_or(Value::None);
    if let Some(d) = module_dict(vm) {
        d.set_by_str("_action", action);
    }
    Ok(Value::None)
}

fn warn(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let message = args::arg(a, 0, "message").cloned().unwrap_or(Value::None);
    let category = match args::arg(a, 1, "category") {
        Some(Value::Class(c)) => c.clone(),
        _ => match &message {
            Value::Instance(i) => i.class(),
            _ => vm
                .builtins()
                .get_by_str("UserWarning")
                .and_then(|v| v.as_class().cloned())
                .unwrap_or_else(|| vm.types.exc(ExcKind::Warning)),
        },
    };
    let stacklevel = match args::arg(a, 2, "stacklevel") {
        Some(Value::Int(n)) => (*n).max(1) as usize,
        _ => 1,
    };
    // stacklevel 1 is the caller of warn(); each level above is one more frame out.
    let frames = &vm.thread().frames;
    let (code, ip) = if stacklevel == 1 {
        match &vm.call_site {
            Some((c, ip)) => (c.clone(), *ip),
            None => return Ok(Value::None),
        }
    } else {
        match frames
            .len()
            .checked_sub(stacklevel - 1)
            .and_then(|i| frames.get(i))
        {
            Some(f) => (f.code.clone(), f.ip.saturating_sub(1)),
            None => return Ok(Value::None),
        }
    };
    let action = module_dict(vm)
        .and_then(|d| d.get_by_str("_action"))
        .unwrap_or(Value::None);
    let action = action.as_str().unwrap_or("default").to_string();
    let name = category.name_string();
    let in_main = *code.filename == *vm.config.filename;
    let hidden_by_default = match name.as_str() {
        "DeprecationWarning" => !in_main,
        "PendingDeprecationWarning" | "ImportWarning" | "ResourceWarning" => true,
        _ => false,
    };
    match action.as_str() {
        "ignore" => return Ok(Value::None),
        "error" => {
            let text = vm.str_of(&message)?;
            return Err(crate::engine::flow::Flow::Exc(
                crate::engine::vm::exceptions::new_exception(&category, vec![Value::string(text)]),
            ));
        }
        "always" => {}
        _ => {
            if hidden_by_default {
                return Ok(Value::None);
            }
        }
    }
    let text = vm.str_of(&message)?;
    let line = code.line_at(ip as usize);
    if action != "always" {
        if let Some(d) = module_dict(vm) {
            if let Some(Value::Dict(shown)) = d.get_by_str("_shown") {
                let key = Value::string(format!("{}:{}:{}:{}", code.filename, line, name, text));
                if shown.contains(vm, &key)? {
                    return Ok(Value::None);
                }
                shown.set(vm, key, Value::Bool(true))?;
            }
        }
    }
    let source = code.source.line_text(line).trim().to_string();
    let mut out = format!("{}:{}: {}: {}\n", code.filename, line, name, text);
    if !source.is_empty() {
        out.push_str(&format!("  {source}\n"));
    }
    vm.write_output(Stream::Stderr, &out)?;
    Ok(Value::None)
}
