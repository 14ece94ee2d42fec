//! printf-style formatting, the `%` operator on str: one parser for the whole format
//! string, driving the VM through [`PrintfArgs`] in CPython's order, with renderers for
//! every conversion.
//!
//! The VM implements [`PrintfArgs`] over its right operand and calls [`printf_format`];
//! [`render`] and friends are public for callers that hold one value and one spec.

use super::error::{NumError, NumResult};
use super::float_ops::float_to_int;
use super::float_repr::{float_repr, format_float_abs, FloatLayout, FloatStyle};
use super::format_spec::MAX_FORMAT_WIDTH;
use super::int::Int;
use super::int_text::{int_abs_decimal, int_abs_digits, int_to_decimal, DEFAULT_MAX_STR_DIGITS};

/// The flag characters `-`, `+`, space, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form (`0x`, `0o` prefixes; keep the point for floats).
    pub alternate: bool,
    /// `0`: pad numbers with zeros after the sign.
    pub zero: bool,
}

/// One conversion after its `*` values are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintfSpec {
    /// The flags.
    pub flags: PrintfFlags,
    /// Minimum width (0 when absent).
    pub width: usize,
    /// Precision, if given.
    pub precision: Option<usize>,
    /// The conversion character, e.g. `'d'`.
    pub conversion: char,
    /// Position (in chars) of the conversion character, for error messages.
    pub index: usize,
}

/// What the VM hands back for one conversion (see [`PrintfArgs::convert`]).
#[derive(Clone, Debug, PartialEq)]
pub enum PrintfValue {
    /// For `d i u o x X`, and `c` given an int.
    Int(Int),
    /// For `e E f F g G`.
    Float(f64),
    /// For `s r a` (already `str()`/`repr()`/`ascii()`), and `c` given a one-char str.
    Str(String),
}

/// The VM's side of the `%` operator: access to the right operand and the
/// conversions that need the VM's objects. [`printf_format`] keeps CPython's argument
/// bookkeeping and raises its TypeErrors ("not enough arguments for format string",
/// "not all arguments converted during string formatting", "format requires a mapping").
pub trait PrintfArgs {
    /// The VM's value type.
    type Value: Clone;
    /// The VM's exception type.
    type Error: From<NumError>;
    /// The item count when the right operand is a tuple, else `None`.
    fn tuple_len(&self) -> Option<usize>;
    /// Item `i` of the tuple (`i < tuple_len()`).
    fn tuple_item(&self, i: usize) -> Self::Value;
    /// The right operand itself, used as the single argument when it is not a tuple.
    fn whole(&self) -> Self::Value;
    /// True when the right operand passes CPython's `PyMapping_Check` (it has
    /// `__getitem__`: dicts, but lists too) and is not a tuple or str.
    fn is_mapping(&self) -> bool;
    /// The value for `%(key)` (`KeyError` when missing).
    fn lookup(&mut self, key: &str) -> Result<Self::Value, Self::Error>;
    /// A `*` width or precision as an int (`TypeError("* wants int")` otherwise).
    fn star(&mut self, value: Self::Value) -> Result<Int, Self::Error>;
    /// Converts the value for `conversion`, raising CPython's TypeErrors: `s`/`r`/`a`
    /// give `Str`; `d i u` accept ints and floats ("%d format: a real number is
    /// required, not str"); `o x X` need an integer ("%x format: an integer is required,
    /// not float"); `e E f F g G` need a float ("must be real number, not str"); `c`
    /// takes an int or a one-char str ("%c requires int or char"). Only called for the
    /// conversions listed here.
    fn convert(&mut self, value: Self::Value, conversion: char)
        -> Result<PrintfValue, Self::Error>;
    /// `sys.get_int_max_str_digits()` (0 = unlimited).
    fn max_str_digits(&self) -> usize {
        DEFAULT_MAX_STR_DIGITS
    }
}

fn incomplete() -> NumError {
    NumError::value("incomplete format")
}

/// CPython's cursor over the arguments: a tuple's items, or one value (the operand
/// itself, or the value of the last `%(key)`) that can be taken once.
struct ArgCursor<V> {
    single: Option<V>,
    len: isize,
    next: isize,
}

impl<V: Clone> ArgCursor<V> {
    fn next<A: PrintfArgs<Value = V>>(&mut self, args: &A) -> Result<V, NumError> {
        if self.next >= self.len {
            return Err(NumError::type_error(
                "not enough arguments for format string",
            ));
        }
        let i = self.next;
        self.next += 1;
        match &self.single {
            Some(v) if self.len < 0 => Ok(v.clone()),
            _ => Ok(args.tuple_item(i as usize)),
        }
    }
}

/// `fmt % args`: parses `fmt` and asks `args` for values in CPython's order.
pub fn printf_format<A: PrintfArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let mut cursor = match args.tuple_len() {
        Some(n) => ArgCursor {
            single: None,
            len: n as isize,
            next: 0,
        },
        None => ArgCursor {
            single: Some(args.whole()),
            len: -1,
            next: -2,
        },
    };
    let mapping = args.is_mapping();
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        if chars.get(i) == Some(&'(') {
            if !mapping {
                return Err(NumError::type_error("format requires a mapping").into());
            }
            // The key runs to the matching ')', so nested parentheses are allowed.
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(NumError::value("incomplete format key").into());
            }
            let key: String = chars[start..j - 1].iter().collect();
            cursor = ArgCursor {
                single: Some(args.lookup(&key)?),
                len: -1,
                next: -2,
            };
            i = j;
        }
        let mut flags = PrintfFlags::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if chars.get(i) == Some(&'*') {
            i += 1;
            let v = cursor.next(args)?;
            let w = args.star(v)?;
            let w = w.to_i64().ok_or_else(|| {
                NumError::overflow("Python int too large to convert to C ssize_t")
            })?;
            if w < 0 {
                flags.left = true;
            }
            width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
        } else {
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize))
                    .filter(|&w| w <= isize::MAX as usize)
                    .ok_or_else(|| NumError::value("width too big"))?;
                i += 1;
            }
        }
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                i += 1;
                let v = cursor.next(args)?;
                let p = args.star(v)?;
                let p = p
                    .to_i64()
                    .and_then(|p| i32::try_from(p).ok())
                    .ok_or_else(|| {
                        NumError::overflow("Python int too large to convert to C int")
                    })?;
                precision = Some(p.max(0) as usize);
            } else {
                let mut p = 0usize;
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    p = p
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(d as usize))
                        .filter(|&v| v <= i32::MAX as usize)
                        .ok_or_else(|| NumError::value("precision too big"))?;
                    i += 1;
                }
                precision = Some(p);
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        if matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conversion) = chars.get(i) else {
            return Err(incomplete().into());
        };
        let spec = PrintfSpec {
            flags,
            width,
            precision,
            conversion,
            index: i,
        };
        i += 1;
        let value = cursor.next(args)?;
        if !is_known_conversion(conversion) {
            return Err(unsupported(&spec).into());
        }
        let value = args.convert(value, conversion)?;
        out.push_str(&render(&value, &spec, args.max_str_digits())?);
    }
    if cursor.next < cursor.len && !mapping {
        return Err(
            NumError::type_error("not all arguments converted during string formatting").into(),
        );
    }
    Ok(out)
}

fn is_known_conversion(c: char) -> bool {
    matches!(
        c,
        's' | 'r'
            | 'a'
            | 'c'
            | 'd'
            | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
    )
}

fn unsupported(spec: &PrintfSpec) -> NumError {
    let c = spec.conversion;
    let v = c as u32;
    let shown = if (31..=126).contains(&v) { c } else { '?' };
    NumError::value(format!(
        "unsupported format character '{shown}' ({v:#x}) at index {}",
        spec.index
    ))
}

/// Renders one converted value under `spec` (the conversion decides how). A value of
/// another kind than [`PrintfArgs::convert`] documents is coerced where CPython would
/// (float to int for `%d`, int to float for `%f`, either to text for `%s`).
pub fn render(value: &PrintfValue, spec: &PrintfSpec, max_str_digits: usize) -> NumResult<String> {
    if spec.width > MAX_FORMAT_WIDTH || spec.precision.is_some_and(|p| p > MAX_FORMAT_WIDTH) {
        return Err(NumError::memory());
    }
    match (spec.conversion, value) {
        ('s' | 'r' | 'a', PrintfValue::Str(s)) => Ok(render_str(s, spec)),
        ('c', PrintfValue::Str(s)) => Ok(pad_text(s, spec)),
        ('c', PrintfValue::Int(n)) => {
            let c = n
                .to_i64()
                .and_then(|v| u32::try_from(v).ok())
                .filter(|&v| v < 0x110000)
                .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
            // Lone surrogates have no Rust char; U+FFFD stands in for them.
            Ok(pad_text(
                &char::from_u32(c).unwrap_or('\u{fffd}').to_string(),
                spec,
            ))
        }
        ('d' | 'i' | 'u' | 'o' | 'x' | 'X', PrintfValue::Int(n)) => {
            render_int(n, spec, max_str_digits)
        }
        // %d truncates a float, as CPython does after its own type check.
        ('d' | 'i' | 'u', PrintfValue::Float(x)) => {
            render_int(&float_to_int(*x)?, spec, max_str_digits)
        }
        ('o' | 'x' | 'X', PrintfValue::Float(_)) => Err(NumError::type_error(format!(
            "%{} format: an integer is required, not float",
            spec.conversion
        ))),
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', PrintfValue::Float(x)) => Ok(render_float(*x, spec)),
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', PrintfValue::Int(n)) => {
            Ok(render_float(n.to_f64()?, spec))
        }
        ('s' | 'r' | 'a', PrintfValue::Int(n)) => {
            Ok(render_str(&int_to_decimal(n, max_str_digits)?, spec))
        }
        ('s' | 'r' | 'a', PrintfValue::Float(x)) => Ok(render_str(&float_repr(*x), spec)),
        ('c', PrintfValue::Float(_)) => Err(NumError::type_error("%c requires int or char")),
        (_, PrintfValue::Str(_)) if !matches!(spec.conversion, 's' | 'r' | 'a' | 'c') => {
            if is_known_conversion(spec.conversion) {
                Err(NumError::type_error(format!(
                    "%{} format: a real number is required, not str",
                    spec.conversion
                )))
            } else {
                Err(unsupported(spec))
            }
        }
        _ => Err(unsupported(spec)),
    }
}

/// `%s`, `%r`, `%a`: the text cut to the precision, padded with spaces.
pub fn render_str(text: &str, spec: &PrintfSpec) -> String {
    match spec.precision {
        Some(p) => pad_text(&text.chars().take(p).collect::<String>(), spec),
        None => pad_text(text, spec),
    }
}

/// Pads text with spaces to the width (the `0` flag does not apply to text).
fn pad_text(text: &str, spec: &PrintfSpec) -> String {
    let n = spec.width.saturating_sub(text.chars().count());
    let pad = " ".repeat(n);
    if spec.flags.left {
        format!("{text}{pad}")
    } else {
        format!("{pad}{text}")
    }
}

/// Joins sign, prefix and digits and pads them: spaces left or right, or zeros after
/// the prefix with the `0` flag.
fn pad_number(negative: bool, prefix: &str, body: &str, spec: &PrintfSpec) -> String {
    let f = spec.flags;
    let sign = if negative {
        "-"
    } else if f.plus {
        "+"
    } else if f.space {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + body.len();
    let n = spec.width.saturating_sub(len);
    if f.left {
        format!("{sign}{prefix}{body}{}", " ".repeat(n))
    } else if f.zero {
        format!("{sign}{prefix}{}{body}", "0".repeat(n))
    } else {
        format!("{}{sign}{prefix}{body}", " ".repeat(n))
    }
}

/// `%d %i %u %o %x %X` (precision is a minimum digit count).
pub fn render_int(n: &Int, spec: &PrintfSpec, max_str_digits: usize) -> NumResult<String> {
    let (digits, prefix) = match spec.conversion {
        'o' => (int_abs_digits(n, 8), "0o"),
        'x' => (int_abs_digits(n, 16), "0x"),
        'X' => (int_abs_digits(n, 16).to_ascii_uppercase(), "0X"),
        _ => (int_abs_decimal(n, max_str_digits)?, ""),
    };
    let prefix = if spec.flags.alternate { prefix } else { "" };
    let body = match spec.precision {
        Some(p) if p > digits.len() => format!("{}{digits}", "0".repeat(p - digits.len())),
        _ => digits,
    };
    Ok(pad_number(n.is_negative(), prefix, &body, spec))
}

/// `%e %E %f %F %g %G` (default precision 6).
pub fn render_float(x: f64, spec: &PrintfSpec) -> String {
    let style = match spec.conversion {
        'e' | 'E' => FloatStyle::Exponent,
        'f' | 'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let layout = FloatLayout {
        style,
        precision: spec.precision.unwrap_or(6),
        alternate: spec.flags.alternate,
        add_dot_0: false,
        upper: spec.conversion.is_ascii_uppercase(),
    };
    let body = format_float_abs(x, &layout);
    pad_number(x.is_sign_negative() && !x.is_nan(), "", &body, spec)
}
