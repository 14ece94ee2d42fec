//! `str.format` and `str.format_map`: the replacement-field grammar
//! (`{name.attr[key]!conv:spec}`), automatic and manual numbering, nested
//! fields inside format specs, and CPython 3.11's error for each malformed case.
//! Fields are read and rendered one at a time, left to right, so errors surface
//! in the same order as in CPython.

use std::rc::Rc;

use super::str_case::is_decimal;
use super::text_args::{one_arg, recv_str};
use crate::engine::flow::PyResult;
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::function::Args;
use crate::engine::objects::str::PyStr;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// How many levels of `{...}` may nest inside format specs, counting the string itself.
const MAX_DEPTH: u32 = 2;

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "format")?;
    let args = a.pos.get(1..).unwrap_or(&[]);
    let kwargs = if a.kwnames.is_empty() {
        None
    } else {
        let d = Rc::new(PyDict::new());
        for (k, v) in a.kwnames.iter().zip(a.kwvals) {
            d.set(vm, k.clone(), v.clone())?;
        }
        Some(Value::Dict(d))
    };
    let mut f = Formatter {
        args: Some(args),
        kwargs: kwargs.as_ref(),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(f.build(vm, s.as_str(), Some(&s), MAX_DEPTH)?.into_value())
}

/// `str.format_map(mapping)`: names are looked up in `mapping`, positions are refused.
pub fn format_map(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = recv_str(vm, a, "format_map")?;
    let mapping = one_arg(vm, a, "str.format_map")?.clone();
    let mut f = Formatter {
        args: None,
        kwargs: Some(&mapping),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(f.build(vm, s.as_str(), Some(&s), MAX_DEPTH)?.into_value())
}

/// Whether fields are numbered automatically (`{}`) or by hand (`{0}`).
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// One replacement field, as written.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_has_fields: bool,
}

/// The text built so far, and the one `str` object it equals when it was
/// written whole in a single piece (CPython then returns that very object).
struct Output {
    text: String,
    pieces: usize,
    whole: Option<Rc<PyStr>>,
}

impl Output {
    fn push(&mut self, text: &str, whole: Option<&Rc<PyStr>>) {
        if text.is_empty() {
            return;
        }
        self.pieces += 1;
        self.whole = if self.pieces == 1 {
            whole.cloned()
        } else {
            None
        };
        self.text.push_str(text);
    }

    fn into_value(self) -> Value {
        match self.whole {
            Some(s) => Value::Str(s),
            None => Value::string(self.text),
        }
    }
}

struct Formatter<'a> {
    /// Positional arguments (`None` for `format_map`).
    args: Option<&'a [Value]>,
    /// The keyword mapping (`None` when `format` got no keywords).
    kwargs: Option<&'a Value>,
    numbering: Numbering,
    next_auto: u64,
}

impl Formatter<'_> {
    /// Expands every field of `fmt` (`receiver` is the `str` object `fmt` came from, if any).
    fn build(
        &mut self,
        vm: &mut Vm,
        fmt: &str,
        receiver: Option<&Rc<PyStr>>,
        depth: u32,
    ) -> PyResult<Output> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let end = b.len();
        let mut out = Output {
            text: String::with_capacity(fmt.len()),
            pieces: 0,
            whole: None,
        };
        let mut pos = 0;
        while pos < end {
            // Literal text up to the next brace.
            let start = pos;
            let mut brace = None;
            while pos < end {
                let c = b[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    brace = Some(c);
                    break;
                }
            }
            let at_end = pos >= end;
            let mut len = pos - start;
            if brace == Some(b'}') && (at_end || b[pos] != b'}') {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if brace == Some(b'{') && at_end {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            let mut markup = brace.is_some();
            if let (Some(c), false) = (brace, at_end) {
                if b[pos] == c {
                    // `{{` or `}}`: one brace of literal text.
                    pos += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            let whole = receiver.filter(|_| start == 0 && len == end);
            out.push(&fmt[start..start + len], whole);
            if !markup {
                continue;
            }
            vm.charge(1)?;
            let field = parse_field(vm, fmt, &mut pos)?;
            self.render(vm, &field, depth, &mut out)?;
        }
        Ok(out)
    }

    /// Looks up, converts and formats one field onto `out`.
    fn render(&mut self, vm: &mut Vm, field: &Field, depth: u32, out: &mut Output) -> PyResult<()> {
        let mut obj = self.field_value(vm, field.name)?;
        if let Some(conv) = field.conversion {
            obj = Value::string(match conv {
                'r' => vm.repr(&obj)?,
                's' => vm.str_of(&obj)?,
                'a' => vm.ascii(&obj)?,
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")))
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    )
                }
            });
        }
        let expanded;
        let spec = if field.spec_has_fields {
            expanded = self.build(vm, field.spec, None, depth - 1)?.text;
            expanded.as_str()
        } else {
            field.spec
        };
        match &obj {
            Value::Str(s) if spec.is_empty() => out.push(s.as_str(), Some(s)),
            _ => {
                let text = vm.format(&obj, spec)?;
                out.push(&text, None);
            }
        }
        vm.charge_alloc(out.text.len())
    }

    /// The object a field name designates: an argument, then its attributes and items.
    fn field_value(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(first_end);
        let mut index = decimal_index(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Unset {
                self.numbering = if empty {
                    Numbering::Auto
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match index {
            None => {
                let key = Value::str(first);
                match self.kwargs {
                    None => return Err(vm.key_error(key)),
                    Some(m) => vm.get_item(m, &key)?,
                }
            }
            Some(i) => match self.args {
                None => return Err(vm.value_error("Format string contains positional fields")),
                Some(args) => match usize::try_from(i).ok().and_then(|i| args.get(i)) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(vm.err(
                            ExcKind::IndexError,
                            format!("Replacement index {i} out of range for positional args tuple"),
                        ))
                    }
                },
            },
        };
        let b = rest.as_bytes();
        let mut pos = 0;
        while pos < b.len() {
            let c = b[pos];
            pos += 1;
            match c {
                b'.' => {
                    let start = pos;
                    while pos < b.len() && b[pos] != b'.' && b[pos] != b'[' {
                        pos += 1;
                    }
                    let attr = &rest[start..pos];
                    if attr.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    obj = vm.get_attr(&obj, &Rc::new(PyStr::new(attr)))?;
                }
                b'[' => {
                    let start = pos;
                    while pos < b.len() && b[pos] != b']' {
                        pos += 1;
                    }
                    if pos >= b.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let key = &rest[start..pos];
                    pos += 1;
                    let idx = decimal_index(vm, key)?;
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let key = match idx {
                        Some(i) => Value::Int(i as i64),
                        None => Value::str(key),
                    };
                    obj = vm.get_item(&obj, &key)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    )
                }
            }
        }
        Ok(obj)
    }
}

/// A field name made only of decimal digits (any script's), as an index
/// (CPython refuses more than fit a 64-bit `Py_ssize_t`).
fn decimal_index(vm: &Vm, s: &str) -> PyResult<Option<u64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|v| v.checked_add(d as u64)) {
            Some(v) if v <= i64::MAX as u64 => v,
            _ => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// The value of a decimal digit of any script.
fn decimal_value(c: char) -> Option<usize> {
    if c.is_ascii_digit() {
        return Some(c as usize - '0' as usize);
    }
    if !is_decimal(c) {
        return None;
    }
    let v = c as u32;
    let zeros = &crate::engine::numeric::unicode_tables::DECIMAL_ZEROS;
    let i = zeros.partition_point(|&z| z <= v).checked_sub(1)?;
    zeros.get(i).map(|&z| (v - z) as usize)
}

/// Reads one replacement field after its `{`, through its closing `}`.
fn parse_field<'a>(vm: &Vm, fmt: &'a str, pos: &mut usize) -> PyResult<Field<'a>> {
    let b = fmt.as_bytes();
    let end = b.len();
    let name_start = *pos;
    let mut last = 0u8;
    while *pos < end {
        last = b[*pos];
        *pos += 1;
        match last {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < end && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    if !matches!(last, b'}' | b':' | b'!') {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name = &fmt[name_start..*pos - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if last == b'}' {
        return Ok(field);
    }
    if last == b'!' {
        let Some(conv) = fmt.get(*pos..).and_then(|r| r.chars().next()) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        *pos += conv.len_utf8();
        if *pos < end {
            let c = b[*pos];
            *pos += 1;
            if c == b'}' {
                return Ok(field);
            }
            if c != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < end {
        let c = b[*pos];
        *pos += 1;
        match c {
            b'{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &fmt[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}
