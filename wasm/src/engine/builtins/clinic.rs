//! Parameter binding for natives declared like CPython's Argument Clinic functions
//! (`f(a, b=None)` taking positional or keyword arguments), with its messages.

use crate::engine::flow::PyResult;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// Binds `a.pos[skip..]` and the keywords to `names`; the first `required` are
/// mandatory. Returns one slot per name.
pub fn bind(
    vm: &Vm,
    fname: &str,
    a: &Args,
    skip: usize,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = a.pos.get(skip..).unwrap_or(&[]);
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in slots.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = k.as_str().unwrap_or("");
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for {fname}()"
            )));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if slots[i].is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(slots)
}

/// Exactly `n` positional arguments after `skip`, no keywords ("f expected n arguments, got k").
pub fn exact_pos<'a>(
    vm: &Vm,
    fname: &str,
    a: &'a Args,
    skip: usize,
    n: usize,
) -> PyResult<&'a [Value]> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    let pos = a.pos.get(skip..).unwrap_or(&[]);
    if pos.len() != n {
        return Err(vm.type_error(format!(
            "{fname} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(pos)
}
