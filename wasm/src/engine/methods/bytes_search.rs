//! Searching, splitting, stripping and replacing methods of `bytes`: find/index/
//! count, startswith/endswith, split/rsplit/splitlines, strip, replace,
//! partition and removeprefix/removesuffix. Positions are byte offsets.

use super::bytes::{as_bytes, bytes_arg, new_bytes, same_or_new, Bytes};
use super::str::charge_chars;
use super::text_args::{
    adjust_indices, c_int_arg, keywords, one_arg, positional, recv_bytes, slice_bound, ssize_arg,
    tuple_args,
};
use crate::engine::flow::PyResult;
use crate::engine::objects::function::{Args, NativeFn};
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// The methods this file implements.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
];

pub(super) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => hay.iter().position(|x| x == b),
        _ => hay.windows(needle.len()).position(|w| w == needle),
    }
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => hay.iter().rposition(|x| x == b),
        _ => hay.windows(needle.len()).rposition(|w| w == needle),
    }
}

/// Non-overlapping occurrences, left to right (needle not empty).
fn match_positions(hay: &[u8], needle: &[u8], limit: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < limit {
        match find_sub(&hay[i..], needle) {
            Some(p) => {
                out.push(i + p);
                i += p + needle.len();
            }
            None => break,
        }
    }
    out
}

/// The receiver, the needle and the bounds of find/index/count.
struct FindArgs {
    b: Bytes,
    sub: Vec<u8>,
    start: usize,
    end: usize,
}

fn find_args(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<FindArgs> {
    let b = recv_bytes(vm, a, name)?;
    let r = tuple_args(vm, a, &format!("bytes.{name}"), 1, 3)?;
    let start = slice_bound(vm, r.get(1))?;
    let end = slice_bound(vm, r.get(2))?;
    let sub = match as_bytes(vm, &r[0]) {
        Some(s) => s.to_vec(),
        None => vec![byte_value(vm, &r[0])?],
    };
    let (start, end) = adjust_indices(start, end, b.len());
    Ok(FindArgs { b, sub, start, end })
}

/// An int argument standing for one byte.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    match vm.index_value(v)? {
        Some(n) => n
            .to_i64()
            .and_then(|i| u8::try_from(i).ok())
            .ok_or_else(|| vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn search(vm: &mut Vm, f: &FindArgs, reverse: bool) -> PyResult<Option<usize>> {
    if f.end < f.start || f.end - f.start < f.sub.len() {
        return Ok(None);
    }
    let w = &f.b[f.start..f.end];
    charge_chars(vm, w.len())?;
    let p = if reverse {
        rfind_sub(w, &f.sub)
    } else {
        find_sub(w, &f.sub)
    };
    Ok(p.map(|p| f.start + p))
}

fn find(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = find_args(vm, a, "find")?;
    Ok(Value::Int(search(vm, &f, false)?.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = find_args(vm, a, "rfind")?;
    Ok(Value::Int(search(vm, &f, true)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = find_args(vm, a, "index")?;
    match search(vm, &f, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = find_args(vm, a, "rindex")?;
    match search(vm, &f, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = find_args(vm, a, "count")?;
    if f.end < f.start || f.end - f.start < f.sub.len() {
        return Ok(Value::Int(0));
    }
    if f.sub.is_empty() {
        return Ok(Value::Int((f.end - f.start + 1) as i64));
    }
    let w = &f.b[f.start..f.end];
    charge_chars(vm, w.len())?;
    Ok(Value::Int(
        match_positions(w, &f.sub, usize::MAX).len() as i64
    ))
}

fn affix_match(vm: &mut Vm, a: &Args, name: &'static str, at_end: bool) -> PyResult<Value> {
    let b = recv_bytes(vm, a, name)?;
    let r = tuple_args(vm, a, &format!("bytes.{name}"), 1, 3)?;
    let start = slice_bound(vm, r.get(1))?;
    let end = slice_bound(vm, r.get(2))?;
    let (start, end) = adjust_indices(start, end, b.len());
    let matches = |sub: &[u8]| {
        if end < start || end - start < sub.len() {
            return false;
        }
        if at_end {
            &b[end - sub.len()..end] == sub
        } else {
            &b[start..start + sub.len()] == sub
        }
    };
    match &r[0] {
        Value::Tuple(t) => {
            for item in t.items() {
                if matches(&bytes_arg(vm, item)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => match as_bytes(vm, other) {
            Some(sub) => Ok(Value::Bool(matches(&sub))),
            None => Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(other)
            ))),
        },
    }
}

fn startswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_match(vm, a, "startswith", false)
}

fn endswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_match(vm, a, "endswith", true)
}

/// ASCII whitespace as `bytes` methods see it.
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_args(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
) -> PyResult<(Bytes, Option<Bytes>, usize)> {
    let b = recv_bytes(vm, a, name)?;
    let p = keywords(vm, a, name, &["sep", "maxsplit"])?;
    // maxsplit is converted before sep is checked, as CPython's argument parser does.
    let maxsplit = match &p[1] {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    Ok((b, sep, usize::try_from(maxsplit).unwrap_or(usize::MAX)))
}

fn list_of(parts: Vec<&[u8]>) -> Value {
    Value::list(parts.into_iter().map(|p| new_bytes(p.to_vec())).collect())
}

fn split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (b, sep, limit) = split_args(vm, a, "split")?;
    charge_chars(vm, b.len())?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut last = 0;
            for p in match_positions(&b, sep, limit) {
                parts.push(&b[last..p]);
                last = p + sep.len();
            }
            parts.push(&b[last..]);
        }
        None => {
            let mut rest: &[u8] = &b;
            let mut left = limit;
            loop {
                let skip = rest
                    .iter()
                    .position(|&c| !is_space(c))
                    .unwrap_or(rest.len());
                rest = &rest[skip..];
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    parts.push(rest);
                    break;
                }
                let word = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
                parts.push(&rest[..word]);
                rest = &rest[word..];
                left -= 1;
            }
        }
    }
    Ok(list_of(parts))
}

fn rsplit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (b, sep, limit) = split_args(vm, a, "rsplit")?;
    charge_chars(vm, b.len())?;
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut end = b.len();
            while parts.len() < limit {
                match rfind_sub(&b[..end], sep) {
                    Some(p) => {
                        parts.push(&b[p + sep.len()..end]);
                        end = p;
                    }
                    None => break,
                }
            }
            parts.push(&b[..end]);
        }
        None => {
            let mut rest: &[u8] = &b;
            let mut left = limit;
            loop {
                let keep = rest
                    .iter()
                    .rposition(|&c| !is_space(c))
                    .map_or(0, |p| p + 1);
                rest = &rest[..keep];
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    parts.push(rest);
                    break;
                }
                let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |p| p + 1);
                parts.push(&rest[start..]);
                rest = &rest[..start];
                left -= 1;
            }
        }
    }
    parts.reverse();
    Ok(list_of(parts))
}

fn splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "splitlines")?;
    let p = keywords(vm, a, "splitlines", &["keepends"])?;
    let keepends = match &p[0] {
        None => false,
        Some(v) => c_int_arg(vm, v)? != 0,
    };
    charge_chars(vm, b.len())?;
    let mut parts: Vec<&[u8]> = Vec::new();
    let (mut i, mut line_start) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut eol = i + 1;
        if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
            eol += 1;
        }
        parts.push(&b[line_start..if keepends { eol } else { i }]);
        line_start = eol;
        i = eol;
    }
    if line_start < b.len() {
        parts.push(&b[line_start..]);
    }
    Ok(list_of(parts))
}

fn strip_method(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b = recv_bytes(vm, a, name)?;
    let r = positional(vm, a, &format!("bytes.{name}"), 0, 1)?;
    let set: Option<Bytes> = match r.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |c: &u8| match &set {
        None => is_space(*c),
        Some(s) => s.contains(c),
    };
    let mut s: &[u8] = &b;
    if left {
        let n = s.iter().position(|c| !strip(c)).unwrap_or(s.len());
        s = &s[n..];
    }
    if right {
        let n = s.iter().rposition(|c| !strip(c)).map_or(0, |p| p + 1);
        s = &s[..n];
    }
    Ok(same_or_new(&a.pos[0], &b, s.to_vec()))
}

fn strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_method(vm, a, "strip", true, true)
}

fn lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_method(vm, a, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_method(vm, a, "rstrip", false, true)
}

fn replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = recv_bytes(vm, a, "replace")?;
    let r = positional(vm, a, "bytes.replace", 2, 3)?;
    let old = bytes_arg(vm, &r[0])?;
    let new = bytes_arg(vm, &r[1])?;
    let count = match r.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    charge_chars(vm, b.len())?;
    let positions: Vec<usize> = if old.is_empty() {
        (0..=b.len()).take(limit).collect()
    } else {
        match_positions(&b, &old, limit)
    };
    if positions.is_empty() {
        return Ok(same_or_new(&a.pos[0], &b, b.to_vec()));
    }
    let size = (positions.len() as u128) * (new.len() as u128) + b.len() as u128;
    let size = usize::try_from(size)
        .map_err(|_| vm.err(ExcKind::OverflowError, "replace bytes is too long"))?;
    vm.charge_alloc(size)?;
    let mut out = Vec::with_capacity(size);
    if old.is_empty() {
        // `new` goes before each of the first `n` bytes, and after the last when n > len.
        let n = positions.len();
        for (i, &c) in b.iter().enumerate() {
            if i < n {
                out.extend_from_slice(&new);
            }
            out.push(c);
        }
        if n > b.len() {
            out.extend_from_slice(&new);
        }
    } else {
        let mut last = 0;
        for p in positions {
            out.extend_from_slice(&b[last..p]);
            out.extend_from_slice(&new);
            last = p + old.len();
        }
        out.extend_from_slice(&b[last..]);
    }
    Ok(new_bytes(out))
}

fn partition_method(vm: &mut Vm, a: &Args, name: &'static str, reverse: bool) -> PyResult<Value> {
    let b = recv_bytes(vm, a, name)?;
    let sep = bytes_arg(vm, one_arg(vm, a, &format!("bytes.{name}"))?)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    charge_chars(vm, b.len())?;
    let found = if reverse {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let whole = if matches!(a.pos[0], Value::Bytes(_)) {
        Value::Bytes(b.clone())
    } else {
        new_bytes(b.to_vec())
    };
    Ok(Value::tuple(match found {
        Some(p) => vec![
            new_bytes(b[..p].to_vec()),
            Value::Bytes(sep.clone()),
            new_bytes(b[p + sep.len()..].to_vec()),
        ],
        None if reverse => vec![new_bytes(Vec::new()), new_bytes(Vec::new()), whole],
        None => vec![whole, new_bytes(Vec::new()), new_bytes(Vec::new())],
    }))
}

fn partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_method(vm, a, "partition", false)
}

fn rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_method(vm, a, "rpartition", true)
}

fn affix_remove(vm: &mut Vm, a: &Args, name: &'static str, prefix: bool) -> PyResult<Value> {
    let b = recv_bytes(vm, a, name)?;
    let affix = bytes_arg(vm, one_arg(vm, a, &format!("bytes.{name}"))?)?;
    let out = if prefix {
        b.strip_prefix(&affix[..])
    } else {
        b.strip_suffix(&affix[..])
    };
    let out = out.unwrap_or(&b).to_vec();
    Ok(same_or_new(&a.pos[0], &b, out))
}

fn removeprefix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_remove(vm, a, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_remove(vm, a, "removesuffix", false)
}
