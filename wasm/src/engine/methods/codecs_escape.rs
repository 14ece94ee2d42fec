//! The `unicode_escape` and `raw_unicode_escape` codecs: Python's backslash
//! escapes as bytes, with CPython's error ranges and messages.

use super::codecs::{DecodeError, Decoder};
use crate::engine::flow::PyResult;
use crate::engine::vm::Vm;

/// `unicode_escape` (or, when `raw`, `raw_unicode_escape`) encoding of `text`.
pub(super) fn encode(text: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let v = c as u32;
        match c {
            _ if raw && v < 0x100 => out.push(v as u8),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            _ if (0x20..0x7f).contains(&v) => out.push(v as u8),
            _ if v < 0x100 => out.extend_from_slice(format!("\\x{v:02x}").as_bytes()),
            _ if v < 0x10000 => out.extend_from_slice(format!("\\u{v:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{v:08x}").as_bytes()),
        }
    }
    out
}

/// Reads `count` hex digits at `*pos` for the escape that began at `start`;
/// the character, or the error to report (the caller resumes at its end).
fn hex_escape(
    data: &[u8],
    pos: &mut usize,
    start: usize,
    count: usize,
    truncated: &'static str,
) -> Result<u32, DecodeError> {
    let mut value: u32 = 0;
    for _ in 0..count {
        let Some(&b) = data.get(*pos) else {
            return Err(DecodeError {
                start,
                end: data.len(),
                reason: truncated,
            });
        };
        let Some(d) = (b as char).to_digit(16) else {
            return Err(DecodeError {
                start,
                end: *pos,
                reason: truncated,
            });
        };
        value = (value << 4) | d;
        *pos += 1;
    }
    if char::from_u32(value).is_none() && value > 0x10ffff {
        return Err(DecodeError {
            start,
            end: *pos,
            reason: "illegal Unicode character",
        });
    }
    Ok(value)
}

/// Pushes a decoded code point (lone surrogates, which a Rust string cannot hold, become U+FFFD).
fn push_code(d: &mut Decoder, v: u32) {
    d.out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
}

/// `unicode_escape` decoding.
pub(super) fn decode(vm: &Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        let b = data[pos];
        pos += 1;
        if b != b'\\' {
            d.out.push(b as char);
            continue;
        }
        let start = pos - 1;
        let Some(&c) = data.get(pos) else {
            d.error(
                vm,
                DecodeError {
                    start,
                    end: data.len(),
                    reason: "\\ at end of string",
                },
            )?;
            break;
        };
        pos += 1;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' | b'\'' | b'"' => Some(Some(c as char)),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            d.out.extend(ch);
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match data.get(pos) {
                        Some(&o @ b'0'..=b'7') => {
                            v = (v << 3) | (o - b'0') as u32;
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                push_code(d, v);
            }
            b'x' | b'u' | b'U' => {
                let (count, truncated) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                match hex_escape(data, &mut pos, start, count, truncated) {
                    Ok(v) => push_code(d, v),
                    Err(e) => {
                        pos = e.end;
                        d.error(vm, e)?;
                    }
                }
            }
            b'N' => return Err(vm.unsupported("\\N{...} escapes (Unicode character names)")),
            other => {
                // An unknown escape keeps its backslash (CPython also warns on stderr).
                d.out.push('\\');
                d.out.push(other as char);
            }
        }
    }
    Ok(())
}

/// `raw_unicode_escape` decoding: only `\u` and `\U` after an odd run of backslashes.
pub(super) fn decode_raw(vm: &Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        if data[pos] != b'\\' {
            d.out.push(data[pos] as char);
            pos += 1;
            continue;
        }
        let run_start = pos;
        while pos < data.len() && data[pos] == b'\\' {
            d.out.push('\\');
            pos += 1;
        }
        let odd = (pos - run_start) % 2 == 1;
        let (count, truncated) = match data.get(pos) {
            Some(b'u') if odd => (4, "truncated \\uXXXX escape"),
            Some(b'U') if odd => (8, "truncated \\UXXXXXXXX escape"),
            _ => continue,
        };
        d.out.pop();
        let start = pos - 1;
        pos += 1;
        match hex_escape(data, &mut pos, start, count, truncated) {
            Ok(v) => push_code(d, v),
            Err(mut e) => {
                if e.reason == "illegal Unicode character" {
                    e.reason = "\\Uxxxxxxxx out of range";
                }
                pos = e.end;
                d.error(vm, e)?;
            }
        }
    }
    Ok(())
}
