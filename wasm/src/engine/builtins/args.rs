//! Argument checking for native functions, with CPython's messages.

use crate::engine::flow::PyResult;
use crate::engine::objects::function::Args;
use crate::engine::value::Value;
use crate::engine::vm::Vm;

/// `name() takes no keyword arguments`.
pub fn no_kw(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Exactly `n` positional arguments (messages as CPython's METH_O / fixed-arity builtins).
pub fn exact(vm: &Vm, name: &str, args: &Args, n: usize) -> PyResult<()> {
    no_kw(vm, name, args)?;
    let k = args.pos.len();
    if k == n {
        return Ok(());
    }
    Err(vm.type_error(match n {
        0 => format!("{name}() takes no arguments ({k} given)"),
        1 => format!("{name}() takes exactly one argument ({k} given)"),
        _ => format!("{name} expected {n} arguments, got {k}"),
    }))
}

/// Between `min` and `max` positional arguments (the "expected at least" style).
pub fn range(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let k = args.pos.len();
    if k < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {k}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if k > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {k}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// A method's positional arguments after `self`: between `min` and `max`
/// (the "takes at most" style of methods like `str.split`).
pub fn method_range<'a>(
    vm: &Vm,
    name: &str,
    args: &'a Args,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let k = rest.len();
    if k < min || k > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({k} given)"),
                1 => format!("{name}() takes exactly one argument ({k} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({k} given)"),
            }
        } else if k < min {
            format!(
                "{name}() takes at least {min} argument{} ({k} given)",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({k} given)",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(rest)
}

/// The receiver of a method call.
pub fn this<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    args.pos
        .first()
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' needs an argument")))
}

/// A keyword argument, or the positional one at `i`.
pub fn arg<'a>(args: &'a Args, i: usize, kw: &str) -> Option<&'a Value> {
    args.kw(kw).or_else(|| args.pos.get(i))
}

/// Rejects keywords other than `allowed`.
pub fn only_kw(vm: &Vm, name: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    for k in args.kwnames {
        let s = k.as_str().unwrap_or("");
        if !allowed.contains(&s) {
            return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{s}'")));
        }
    }
    Ok(())
}
