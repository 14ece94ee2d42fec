//! Equality and hashing of built-in values that never need to run Python code.
//!
//! The hashes follow CPython's numeric hash (modulus 2**61 - 1) so that
//! `1 == 1.0 == True` hash alike and int sets iterate in CPython's order.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::engine::value::Value;

/// CPython's `_PyHASH_MODULUS`.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
const HASH_BITS: u32 = 61;
const HASH_INF: i64 = 314_159;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for a small int.
pub fn hash_i64(i: i64) -> i64 {
    let a = (i.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if i < 0 { -a } else { a })
}

/// `hash(b)` for a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let a = (b.magnitude() % m.magnitude()).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if b.sign() == Sign::Minus { -a } else { a })
}

/// `hash(x)` for a float (NaN hashes by identity in CPython; callers pass an id).
pub fn hash_f64(v: f64, nan_id: i64) -> i64 {
    if v.is_nan() {
        return nan_id;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == v.trunc() && v.abs() < 9.2e18 {
        return hash_i64(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        (e % HASH_BITS as i32) as u32
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS as i32) as u32
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    fix_minus_one((x as i64) * sign)
}

/// `frexp`: mantissa in [0.5, 1) and exponent with `v == m * 2**e`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

/// CPython's tuple hash (xxHash-based) over item hashes.
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = item_hashes.len() as u64;
    let mut acc = P5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// Compares an int and a float exactly (no rounding of big ints).
fn int_float_eq(i: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f != f.trunc() {
        return false;
    }
    match num_bigint::BigInt::from_f64_exact(f) {
        Some(b) => &b == i,
        None => false,
    }
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        use num_traits::FromPrimitive;
        BigInt::from_f64(f)
    }
}

fn small_int_float_eq(i: i64, f: f64) -> bool {
    if (i as f64) != f {
        return false;
    }
    // Above 2**53 the conversion rounds; compare exactly.
    if i.unsigned_abs() <= (1u64 << 53) {
        return true;
    }
    int_float_eq(&BigInt::from(i), f)
}

/// `a == b` for built-in values; `None` when Python code (an `__eq__`) must decide.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_nested(a, b, 0)
}

/// Tuples nested deeper than this go to the VM (equality and hashing), which
/// raises RecursionError.
const NATIVE_EQ_DEPTH: u32 = 100;

fn native_eq_nested(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Bool(x), Bool(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => small_int_float_eq(*x, *y),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => int_float_eq(x, *y),
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            if depth >= NATIVE_EQ_DEPTH {
                return Option::None;
            }
            for (p, q) in x.items().iter().zip(y.items()) {
                if p.is(q) {
                    continue;
                }
                match native_eq_nested(p, q, depth + 1)? {
                    true => {}
                    false => return Some(false),
                }
            }
            true
        }
        (BoundMethod(x), BoundMethod(y)) => x.func.is(&y.func) && x.receiver.is(&y.receiver),
        (Builtin(x), Builtin(y)) => {
            std::ptr::eq(x.func as *const (), y.func as *const ())
                && x.name == y.name
                && match (&x.receiver, &y.receiver) {
                    (Some(p), Some(q)) => p.is(q),
                    (Option::None, Option::None) => true,
                    _ => false,
                }
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (List(_), List(_)) | (Dict(_), Dict(_)) => return Option::None,
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => return Option::None,
        (Object(x), Object(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                true
            } else if x.has_native_eq() && y.has_native_eq() {
                return Option::None;
            } else {
                false
            }
        }
        _ => a.is(b),
    })
}

/// `hash(v)` for values hashable without Python code: `Some(Ok(h))`;
/// `Some(Err(type name))` when unhashable; `None` when Python code must decide.
pub fn native_hash(v: &Value) -> Option<Result<i64, &'static str>> {
    native_hash_nested(v, 0)
}

fn native_hash_nested(v: &Value, depth: u32) -> Option<Result<i64, &'static str>> {
    use Value::*;
    Some(Ok(match v {
        Null => 0,
        None => 0xFCA86420_i64 >> 4,
        NotImplemented => 0x0BADC0DE,
        Ellipsis => 0x0E111951,
        Bool(b) => *b as i64,
        Int(i) => hash_i64(*i),
        BigInt(b) => hash_bigint(b),
        Float(f) => hash_f64(*f, v.id()),
        Str(s) => s.hash(),
        Bytes(b) => {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for x in b.iter() {
                h ^= *x as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            fix_minus_one((h >> 1) as i64)
        }
        Tuple(t) => {
            // Deeper nests go to the VM, which raises RecursionError.
            if depth >= NATIVE_EQ_DEPTH {
                return Option::None;
            }
            let mut hs = Vec::with_capacity(t.len());
            for item in t.items() {
                match native_hash_nested(item, depth + 1)? {
                    Ok(h) => hs.push(h),
                    Err(e) => return Some(Err(e)),
                }
            }
            hash_tuple(hs.into_iter())
        }
        List(_) => return Some(Err("list")),
        Dict(_) => return Some(Err("dict")),
        Set(_) => return Some(Err("set")),
        FrozenSet(s) => {
            // CPython's frozenset hash: order-independent mix of element hashes.
            let mut hash: u64 = 0;
            for (h, _) in s.entries() {
                let h = h as u64;
                hash ^= ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
            }
            hash ^= (s.len() as u64 + 1).wrapping_mul(1_927_868_237);
            hash ^= (hash >> 11) ^ (hash >> 25);
            hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
            fix_minus_one(hash as i64)
        }
        Instance(_) => return Option::None,
        Object(o) => {
            if o.has_native_eq() {
                return Option::None;
            }
            fix_minus_one(v.id() >> 4)
        }
        BoundMethod(m) => fix_minus_one((m.receiver.id() >> 4) ^ (m.func.id() >> 4)),
        Builtin(b) => match &b.receiver {
            Some(r) => fix_minus_one((r.id() >> 4) ^ (b.func as usize as i64 >> 4)),
            Option::None => fix_minus_one(v.id() >> 4),
        },
        Function(_) | Class(_) | Module(_) => fix_minus_one(v.id() >> 4),
    }))
}

/// True when this int is zero.
pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
