//! Searching and splitting methods of `str`: find/index/count, startswith and
//! endswith, split/rsplit/splitlines, partition, replace and expandtabs.
//!
//! Positions are in characters; the work happens on UTF-8 bytes (a match of
//! valid UTF-8 in valid UTF-8 always starts on a character boundary), with
//! character/byte conversions skipped for ASCII text.

use std::rc::Rc;

use super::str::{as_text, charge_chars};
use super::str_case::is_space;
use super::text_args::{
    adjust_indices, c_int_arg, clinic_type, keywords, one_arg, positional, recv_str, slice_bound,
    ssize_arg, tuple_args,
};
use crate::engine::flow::PyResult;
use crate::engine::objects::function::{Args, NativeFn};
use crate::engine::objects::str::PyStr;
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
    ("partition", partition),
    ("rpartition", rpartition),
    ("replace", replace),
    ("expandtabs", expandtabs),
];

/// Characters `start..end` of `s` (character indices, `start <= end`) and the
/// byte offset where they begin.
fn window(s: &PyStr, start: usize, end: usize) -> (&str, usize) {
    let t = s.as_str();
    let a = s.byte_offset(start);
    let b = s.byte_offset(end).max(a);
    (t.get(a..b).unwrap_or(""), a)
}

/// The receiver, the substring and the resolved bounds of a find-style call.
struct FindArgs {
    s: Rc<PyStr>,
    sub: Rc<PyStr>,
    start: usize,
    end: usize,
}

fn find_args(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<FindArgs> {
    let s = recv_str(vm, a, name)?;
    let r = tuple_args(vm, a, &format!("str.{name}"), 1, 3)?;
    let start = slice_bound(vm, r.get(1))?;
    let end = slice_bound(vm, r.get(2))?;
    let sub = match as_text(vm, &r[0]) {
        Some(sub) => sub,
        None => return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&r[0])))),
    };
    let (start, end) = adjust_indices(start, end, s.char_len());
    Ok(FindArgs { s, sub, start, end })
}

/// The character index of the first (or last) match inside the bounds.
fn search(vm: &mut Vm, f: &FindArgs, reverse: bool) -> PyResult<Option<usize>> {
    if f.end < f.start || f.end - f.start < f.sub.char_len() {
        return Ok(None);
    }
    let (w, base) = window(&f.s, f.start, f.end);
    charge_chars(vm, w.len())?;
    let p = if reverse {
        w.rfind(f.sub.as_str())
    } else {
        w.find(f.sub.as_str())
    };
    Ok(p.map(|p| f.s.char_index(base + p)))
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
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = find_args(vm, a, "rindex")?;
    match search(vm, &f, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = find_args(vm, a, "count")?;
    if f.end < f.start || f.end - f.start < f.sub.char_len() {
        return Ok(Value::Int(0));
    }
    if f.sub.len_bytes() == 0 {
        return Ok(Value::Int((f.end - f.start + 1) as i64));
    }
    let (w, _) = window(&f.s, f.start, f.end);
    charge_chars(vm, w.len())?;
    Ok(Value::Int(w.matches(f.sub.as_str()).count() as i64))
}

/// CPython's `tailmatch`: does `sub` sit at the start (or end) of `s[start:end]`?
fn tailmatch(s: &PyStr, sub: &PyStr, start: usize, end: usize, at_end: bool) -> bool {
    let n = sub.char_len();
    if end < start || end - start < n {
        return false;
    }
    if n == 0 {
        return true;
    }
    let (w, _) = if at_end {
        window(s, end - n, end)
    } else {
        window(s, start, start + n)
    };
    w == sub.as_str()
}

fn affix_match(vm: &mut Vm, a: &Args, name: &'static str, at_end: bool) -> PyResult<Value> {
    let s = recv_str(vm, a, name)?;
    let r = tuple_args(vm, a, &format!("str.{name}"), 1, 3)?;
    let start = slice_bound(vm, r.get(1))?;
    let end = slice_bound(vm, r.get(2))?;
    let (start, end) = adjust_indices(start, end, s.char_len());
    match &r[0] {
        Value::Tuple(t) => {
            for item in t.items() {
                let Some(sub) = as_text(vm, item) else {
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(item)
                    )));
                };
                if tailmatch(&s, &sub, start, end, at_end) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => match as_text(vm, other) {
            Some(sub) => Ok(Value::Bool(tailmatch(&s, &sub, start, end, at_end))),
            None => Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
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

/// `sep` and `maxsplit` of split/rsplit (`None` separator = whitespace; negative = no limit).
fn split_args(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
) -> PyResult<(Rc<PyStr>, Option<Rc<PyStr>>, usize)> {
    let s = recv_str(vm, a, name)?;
    let p = keywords(vm, a, name, &["sep", "maxsplit"])?;
    // maxsplit is converted before sep is checked, as CPython's argument parser does.
    let maxsplit = match &p[1] {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => match as_text(vm, v) {
            Some(sep) => Some(sep),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))))
            }
        },
    };
    if sep.as_ref().is_some_and(|s| s.len_bytes() == 0) {
        return Err(vm.value_error("empty separator"));
    }
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    Ok((s, sep, limit))
}

/// A list of parts; the receiver itself stands for an unsplit exact `str`.
fn parts_list(this: &Value, s: &Rc<PyStr>, parts: Vec<&str>) -> Value {
    if let ([only], Value::Str(_)) = (parts.as_slice(), this) {
        if only.len() == s.len_bytes() {
            return Value::list(vec![Value::Str(s.clone())]);
        }
    }
    Value::list(parts.into_iter().map(Value::str).collect())
}

fn split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(vm, a, "split")?;
    let text = s.as_str();
    charge_chars(vm, text.len())?;
    let parts: Vec<&str> = match &sep {
        Some(sep) => text.splitn(limit.saturating_add(1), sep.as_str()).collect(),
        None => split_whitespace(text, limit),
    };
    Ok(parts_list(&a.pos[0], &s, parts))
}

fn rsplit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(vm, a, "rsplit")?;
    let text = s.as_str();
    charge_chars(vm, text.len())?;
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => text
            .rsplitn(limit.saturating_add(1), sep.as_str())
            .collect(),
        None => rsplit_whitespace(text, limit),
    };
    parts.reverse();
    Ok(parts_list(&a.pos[0], &s, parts))
}

/// Splits on runs of whitespace; after `limit` splits the rest is kept whole,
/// less its leading whitespace.
pub(super) fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut left = limit;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(p) => {
                out.push(&rest[..p]);
                rest = &rest[p..];
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// `split_whitespace` from the right; the parts come out last first.
fn rsplit_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut left = limit;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(p) => {
                let ws = rest[p..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[p + ws..]);
                rest = &rest[..p];
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Line boundaries `str.splitlines` knows (besides `\r\n`).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "splitlines")?;
    let p = keywords(vm, a, "splitlines", &["keepends"])?;
    let keepends = match &p[0] {
        None => false,
        Some(v) => c_int_arg(vm, v)? != 0,
    };
    let text = s.as_str();
    charge_chars(vm, text.len())?;
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
            iter.next();
            eol += 1;
        }
        out.push(&text[line_start..if keepends { eol } else { i }]);
        line_start = eol;
    }
    if line_start < text.len() {
        out.push(&text[line_start..]);
    }
    Ok(parts_list(&a.pos[0], &s, out))
}

fn partition_method(vm: &mut Vm, a: &Args, name: &'static str, reverse: bool) -> PyResult<Value> {
    let s = recv_str(vm, a, name)?;
    let v = one_arg(vm, a, &format!("str.{name}"))?;
    let Some(sep) = as_text(vm, v) else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(v))));
    };
    if sep.len_bytes() == 0 {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    charge_chars(vm, text.len())?;
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let whole = if matches!(a.pos[0], Value::Str(_)) {
        Value::Str(s.clone())
    } else {
        Value::str(text)
    };
    Ok(Value::tuple(match found {
        Some(p) => vec![
            Value::str(&text[..p]),
            Value::Str(sep.clone()),
            Value::str(&text[p + sep.len_bytes()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), whole],
        None => vec![whole, Value::str(""), Value::str("")],
    }))
}

fn partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_method(vm, a, "partition", false)
}

fn rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_method(vm, a, "rpartition", true)
}

fn replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "replace")?;
    let r = positional(vm, a, "str.replace", 2, 3)?;
    let mut texts = Vec::with_capacity(2);
    for (i, v) in r.iter().take(2).enumerate() {
        match as_text(vm, v) {
            Some(t) => texts.push(t),
            None => {
                return Err(vm.type_error(format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    clinic_type(vm, v)
                )))
            }
        }
    }
    let count = match r.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let (old, new) = (texts[0].as_str(), texts[1].as_str());
    let text = s.as_str();
    charge_chars(vm, text.len())?;
    let found = if old.is_empty() {
        s.char_len() + 1
    } else {
        text.matches(old).count()
    };
    let n = usize::try_from(count).map_or(found, |c| c.min(found));
    if n == 0 {
        return Ok(if matches!(a.pos[0], Value::Str(_)) {
            Value::Str(s.clone())
        } else {
            Value::str(text)
        });
    }
    let size = (new.len() as u128) * (n as u128) + text.len() as u128;
    let size = usize::try_from(size)
        .map_err(|_| vm.err(ExcKind::OverflowError, "replace string is too long"))?;
    vm.charge_alloc(size)?;
    charge_chars(vm, size)?;
    Ok(Value::string(text.replacen(old, new, n)))
}

fn expandtabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "expandtabs")?;
    let p = keywords(vm, a, "expandtabs", &["tabsize"])?;
    let tabsize = match &p[0] {
        None => 8,
        Some(v) => c_int_arg(vm, v)?,
    };
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(if matches!(a.pos[0], Value::Str(_)) {
            Value::Str(s.clone())
        } else {
            Value::str(text)
        });
    }
    let tab = usize::try_from(tabsize).unwrap_or(0);
    // First pass: the result's length, so a huge result fails before it is built.
    let mut size: u128 = 0;
    let mut col: u128 = 0;
    for c in text.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab as u128 - col % tab as u128;
                col += incr;
                size += incr;
            }
            '\t' => {}
            '\n' | '\r' => {
                col = 0;
                size += 1;
            }
            c => {
                col += 1;
                size += c.len_utf8() as u128;
            }
        }
    }
    let size = usize::try_from(size)
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| vm.err(ExcKind::OverflowError, "result too long"))?;
    vm.charge_alloc(size)?;
    charge_chars(vm, size)?;
    let mut out = String::with_capacity(size);
    let mut col = 0usize;
    for c in text.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab - col % tab;
                out.extend(std::iter::repeat_n(' ', incr));
                col += incr;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}
