//! Text encodings behind `str.encode` and `bytes.decode`: UTF-8 (and
//! `utf-8-sig`), ASCII, Latin-1, UTF-16, UTF-32 and the escape codecs with the `strict`, `ignore`, `replace`,
//! `backslashreplace` and (encoding) `xmlcharrefreplace` error handlers, and
//! CPython's messages for unknown, unsupported and non-text codecs.

use std::cell::RefCell;
use std::rc::Rc;

use super::codec_names::{NON_TEXT_CODECS, UNSUPPORTED_TEXT_CODECS};
use crate::engine::flow::{Flow, PyResult};
use crate::engine::objects::class::{Instance, Payload};
use crate::engine::objects::dict::PyDict;
use crate::engine::objects::exception::ExcData;
use crate::engine::value::Value;
use crate::engine::vm::types::ExcKind;
use crate::engine::vm::Vm;

/// Byte order of a UTF-16/32 codec; `Detect` reads a BOM (and writes one).
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Detect,
    Little,
    Big,
}

/// A codec the engine implements.
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Order),
    Utf32(Order),
    Utf8Sig,
    UnicodeEscape,
    RawUnicodeEscape,
}

/// The byte order mark `utf-8-sig` writes and skips.
const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

/// An encoding or errors argument: absent, or a `str`.
pub fn name_arg(vm: &Vm, v: Option<&Value>, func: &str, param: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match super::str::as_text(vm, v) {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(vm.type_error(format!(
                "{func}() argument '{param}' must be str, not {}",
                super::text_args::clinic_type(vm, v)
            ))),
        },
    }
}

/// `encodings.normalize_encoding`, lower-cased: runs of punctuation become `_`.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

/// Finds a codec by name; `direction` is "encode" or "decode" (for the non-text message).
fn lookup(vm: &Vm, name: &str, direction: &str) -> PyResult<Codec> {
    let norm = normalize(name);
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Order::Detect),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Order::Little),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Order::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Order::Detect),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Order::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Order::Big),
        "utf_8_sig" => Codec::Utf8Sig,
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => {
            let alt = norm.replace('.', "_");
            let known = |list: &[&str]| {
                list.binary_search(&norm.as_str()).is_ok()
                    || list.binary_search(&alt.as_str()).is_ok()
            };
            if known(&NON_TEXT_CODECS) {
                return Err(vm.err(
                    ExcKind::LookupError,
                    format!("'{name}' is not a text encoding; use codecs.{direction}() to handle arbitrary codecs"),
                ));
            }
            if known(&UNSUPPORTED_TEXT_CODECS) {
                return Err(vm.unsupported(&format!("the '{name}' codec")));
            }
            return Err(vm.err(ExcKind::LookupError, format!("unknown encoding: {name}")));
        }
    };
    Ok(codec)
}

/// How an encoding or decoding error is handled.
#[derive(Clone, Copy, PartialEq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(vm: &Vm, errors: &str, decoding: bool) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" | "namereplace" if decoding => {
            let what = "don't know how to handle UnicodeDecodeError in error callback";
            return Err(vm.type_error(what));
        }
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => return Err(vm.unsupported("the 'namereplace' error handler")),
        other => {
            return Err(vm.err(
                ExcKind::LookupError,
                format!("unknown error handler name '{other}'"),
            ))
        }
    })
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's message and attributes.
fn unicode_error(vm: &Vm, class: &str, message: String, attrs: [(&str, Value); 5]) -> Flow {
    let cls = vm
        .types
        .exception_names
        .iter()
        .find(|(n, _)| n == class)
        .map(|(_, c)| c.clone())
        .unwrap_or_else(|| vm.types.exc(ExcKind::UnicodeError));
    let mut exc = Instance::new(
        cls,
        Payload::Exception(RefCell::new(ExcData::new(Value::tuple(vec![
            Value::string(message),
        ])))),
    );
    // Built-in exception instances carry no namespace of their own; these attributes need one.
    let dict = PyDict::new_rc();
    for (k, v) in attrs {
        dict.set_by_str(k, v);
    }
    exc.dict = Some(dict);
    Flow::Exc(crate::engine::objects::finalizer::track(exc))
}

/// The escape CPython writes for a character in messages and `backslashreplace`.
fn char_escape(c: char) -> String {
    let v = c as u32;
    if v <= 0xff {
        format!("\\x{v:02x}")
    } else if v <= 0xffff {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding, "encode")?;
    vm.charge_alloc(text.len().saturating_mul(4))?;
    Ok(match codec {
        Codec::Utf8 => text.as_bytes().to_vec(),
        Codec::Utf8Sig => [&UTF8_BOM[..], text.as_bytes()].concat(),
        Codec::UnicodeEscape => super::codecs_escape::encode(text, false),
        Codec::RawUnicodeEscape => super::codecs_escape::encode(text, true),
        Codec::Ascii => encode_limited(vm, text, errors, 0x80, "ascii")?,
        Codec::Latin1 => encode_limited(vm, text, errors, 0x100, "latin-1")?,
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            let big = order == Order::Big;
            if order == Order::Detect {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in text.chars() {
                for unit in c.encode_utf16(&mut buf) {
                    out.extend_from_slice(&if big {
                        unit.to_be_bytes()
                    } else {
                        unit.to_le_bytes()
                    });
                }
            }
            out
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(text.len() * 4 + 4);
            let big = order == Order::Big;
            if order == Order::Detect {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                let v = c as u32;
                out.extend_from_slice(&if big {
                    v.to_be_bytes()
                } else {
                    v.to_le_bytes()
                });
            }
            out
        }
    })
}

/// ASCII or Latin-1: characters below `limit` become one byte each.
fn encode_limited(vm: &Vm, text: &str, errors: &str, limit: u32, name: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i] as u32) >= limit {
            i += 1;
        }
        match handler(vm, errors, false)? {
            Handler::Strict => {
                let reason = format!("ordinal not in range({limit})");
                let message = if i - start == 1 {
                    format!(
                        "'{name}' codec can't encode character '{}' in position {start}: {reason}",
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {start}-{}: {reason}",
                        i - 1
                    )
                };
                return Err(unicode_error(
                    vm,
                    "UnicodeEncodeError",
                    message,
                    [
                        ("encoding", Value::str(name)),
                        ("object", Value::str(text)),
                        ("start", Value::Int(start as i64)),
                        ("end", Value::Int(i as i64)),
                        ("reason", Value::string(reason)),
                    ],
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', i - start)),
            Handler::BackslashReplace => {
                for &c in &chars[start..i] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[start..i] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
    }
    Ok(out)
}

/// One undecodable stretch of input.
pub(super) struct DecodeError {
    /// First byte of the stretch.
    pub(super) start: usize,
    /// One past its last byte.
    pub(super) end: usize,
    /// CPython's wording of what is wrong.
    pub(super) reason: &'static str,
}

/// Collects decoded text, handing undecodable stretches to the error handler.
pub(super) struct Decoder<'a> {
    /// The input.
    pub(super) data: &'a [u8],
    name: &'static str,
    errors: &'a str,
    /// The text decoded so far.
    pub(super) out: String,
}

impl Decoder<'_> {
    /// Applies the error handler to one undecodable stretch.
    pub(super) fn error(&mut self, vm: &Vm, e: DecodeError) -> PyResult<()> {
        match handler(vm, self.errors, true)? {
            Handler::Strict => {
                let message = if e.end - e.start == 1 {
                    format!(
                        "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                        self.name,
                        self.data.get(e.start).copied().unwrap_or(0),
                        e.start,
                        e.reason
                    )
                } else {
                    format!(
                        "'{}' codec can't decode bytes in position {}-{}: {}",
                        self.name,
                        e.start,
                        e.end - 1,
                        e.reason
                    )
                };
                Err(unicode_error(
                    vm,
                    "UnicodeDecodeError",
                    message,
                    [
                        ("encoding", Value::str(self.name)),
                        ("object", Value::Bytes(Rc::new(self.data.to_vec()))),
                        ("start", Value::Int(e.start as i64)),
                        ("end", Value::Int(e.end as i64)),
                        ("reason", Value::str(e.reason)),
                    ],
                ))
            }
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            Handler::BackslashReplace | Handler::XmlCharRefReplace => {
                for b in self.data.get(e.start..e.end).unwrap_or(&[]) {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
        }
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if data.is_empty() {
        // CPython returns '' for empty input before it even looks the codec up.
        return Ok(String::new());
    }
    let codec = lookup(vm, encoding, "decode")?;
    vm.charge_alloc(data.len().saturating_mul(2))?;
    let name = match codec {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(_) => "utf-16",
        Codec::Utf32(_) => "utf-32",
        Codec::Utf8Sig => "utf-8",
        Codec::UnicodeEscape => "unicodeescape",
        Codec::RawUnicodeEscape => "rawunicodeescape",
    };
    let data = match codec {
        Codec::Utf8Sig => data.strip_prefix(&UTF8_BOM[..]).unwrap_or(data),
        _ => data,
    };
    let mut d = Decoder {
        data,
        name,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => decode_utf8(vm, &mut d)?,
        Codec::UnicodeEscape => super::codecs_escape::decode(vm, &mut d)?,
        Codec::RawUnicodeEscape => super::codecs_escape::decode_raw(vm, &mut d)?,
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    d.out.push(b as char);
                } else {
                    let reason = "ordinal not in range(128)";
                    d.error(
                        vm,
                        DecodeError {
                            start: i,
                            end: i + 1,
                            reason,
                        },
                    )?;
                }
            }
        }
        Codec::Latin1 => d.out.extend(data.iter().map(|&b| b as char)),
        Codec::Utf16(order) => decode_utf16(vm, &mut d, order)?,
        Codec::Utf32(order) => decode_utf32(vm, &mut d, order)?,
    }
    Ok(d.out)
}

fn decode_utf8(vm: &Vm, d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or(""));
                let start = pos + good;
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let first = data[start];
                        let bad_start = n == 1 && !(0xc2..=0xf4).contains(&first);
                        let reason = if bad_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (start + n, reason)
                    }
                };
                d.error(vm, DecodeError { start, end, reason })?;
                pos = end;
            }
        }
    }
    Ok(())
}

/// Reads a BOM for `Detect` (little-endian without one) and names the codec by its order.
fn byte_order(
    d: &mut Decoder,
    order: Order,
    bom_le: &[u8],
    bom_be: &[u8],
    le: &'static str,
    be: &'static str,
) -> (bool, usize) {
    let (big, skip) = match order {
        Order::Little => (false, 0),
        Order::Big => (true, 0),
        Order::Detect if d.data.starts_with(bom_le) => (false, bom_le.len()),
        Order::Detect if d.data.starts_with(bom_be) => (true, bom_be.len()),
        Order::Detect => (false, 0),
    };
    d.name = if big { be } else { le };
    (big, skip)
}

fn decode_utf16(vm: &Vm, d: &mut Decoder, order: Order) -> PyResult<()> {
    let (big, mut pos) = byte_order(
        d,
        order,
        &[0xff, 0xfe],
        &[0xfe, 0xff],
        "utf-16-le",
        "utf-16-be",
    );
    let data = d.data;
    let unit = |p: usize| -> Option<u16> {
        let b = data.get(p..p + 2)?;
        let pair = [b[0], b[1]];
        Some(if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        })
    };
    while pos < data.len() {
        let Some(u) = unit(pos) else {
            d.error(
                vm,
                DecodeError {
                    start: pos,
                    end: data.len(),
                    reason: "truncated data",
                },
            )?;
            break;
        };
        match u {
            0xd800..=0xdbff => match unit(pos + 2) {
                Some(low @ 0xdc00..=0xdfff) => {
                    let v = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
                    d.out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                    pos += 4;
                }
                Some(_) => {
                    d.error(
                        vm,
                        DecodeError {
                            start: pos,
                            end: pos + 2,
                            reason: "illegal UTF-16 surrogate",
                        },
                    )?;
                    pos += 2;
                }
                None => {
                    d.error(
                        vm,
                        DecodeError {
                            start: pos,
                            end: data.len(),
                            reason: "unexpected end of data",
                        },
                    )?;
                    break;
                }
            },
            0xdc00..=0xdfff => {
                d.error(
                    vm,
                    DecodeError {
                        start: pos,
                        end: pos + 2,
                        reason: "illegal encoding",
                    },
                )?;
                pos += 2;
            }
            u => {
                d.out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                pos += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(vm: &Vm, d: &mut Decoder, order: Order) -> PyResult<()> {
    let (big, mut pos) = byte_order(
        d,
        order,
        &[0xff, 0xfe, 0, 0],
        &[0, 0, 0xfe, 0xff],
        "utf-32-le",
        "utf-32-be",
    );
    let data = d.data;
    while pos < data.len() {
        let Some(b) = data.get(pos..pos + 4) else {
            d.error(
                vm,
                DecodeError {
                    start: pos,
                    end: data.len(),
                    reason: "truncated data",
                },
            )?;
            break;
        };
        let quad = [b[0], b[1], b[2], b[3]];
        let v = if big {
            u32::from_be_bytes(quad)
        } else {
            u32::from_le_bytes(quad)
        };
        match char::from_u32(v) {
            Some(c) => d.out.push(c),
            None => {
                let reason = if (0xd800..0xe000).contains(&v) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                d.error(
                    vm,
                    DecodeError {
                        start: pos,
                        end: pos + 4,
                        reason,
                    },
                )?;
            }
        }
        pos += 4;
    }
    Ok(())
}
