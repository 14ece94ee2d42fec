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

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: how CPython lists missing parameters.
pub fn quoted_names(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds like a method defined in Python, `qualname(self, params..., *, kwonly...)`:
/// `a.pos[0]` is the receiver (its absence is an error, so callers may index it); the first `required` params are mandatory. Returns a
/// slot per param, then a slot per keyword-only name. Messages count `self`, as
/// CPython's do.
pub fn bind_method(
    vm: &Vm,
    qualname: &str,
    a: &Args,
    params: &[&str],
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    if a.pos.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() missing 1 required positional argument: 'self'"
        )));
    }
    let given = a.pos.len();
    let max = params.len() + 1;
    if given > max {
        let min = required + 1;
        let takes = if min == max {
            format!(
                "{max} positional argument{}",
                if max == 1 { "" } else { "s" }
            )
        } else {
            format!("from {min} to {max} positional arguments")
        };
        return Err(vm.type_error(format!(
            "{qualname}() takes {takes} but {given} {} given",
            if given == 1 { "was" } else { "were" }
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; params.len() + kwonly.len()];
    for (slot, v) in slots.iter_mut().zip(a.pos.iter().skip(1)) {
        *slot = Some(v.clone());
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        let key = k.as_str().unwrap_or("");
        let i = match params.iter().position(|n| *n == key) {
            Some(i) => i,
            None => match kwonly.iter().position(|n| *n == key) {
                Some(j) => params.len() + j,
                None => {
                    return Err(vm.type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{key}'"
                    )))
                }
            },
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "{qualname}() got multiple values for argument '{key}'"
            )));
        }
        slots[i] = Some(v.clone());
    }
    let missing: Vec<&str> = params[..required]
        .iter()
        .zip(&slots)
        .filter(|(_, s)| s.is_none())
        .map(|(n, _)| *n)
        .collect();
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_names(&missing)
        )));
    }
    Ok(slots)
}
