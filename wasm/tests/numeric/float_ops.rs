//! Float arithmetic, rounding, hashing and repr against `fixtures/float_ops.jsonl`,
//! plus property tests that repr round-trips and hashes agree across int and float.

use super::common::{check_all, Case, Val};
use proptest::prelude::*;
use std::cmp::Ordering;
use threadwise_playground::engine::numeric::float_ops::*;
use threadwise_playground::engine::numeric::float_repr::float_repr;
use threadwise_playground::engine::numeric::hash::{hash_float, hash_int};
use threadwise_playground::engine::numeric::{Int, NumError};

fn pow_val(r: FloatPow) -> Val {
    match r {
        FloatPow::Real(v) => Val::Float(v),
        FloatPow::Complex(re, im) => Val::Complex(re, im),
    }
}

fn run(c: &Case) -> Option<Result<Val, NumError>> {
    let b = || c.args[1].float();
    Some(match c.op.as_str() {
        "cmp_int_float" => Ok(match compare_int_float(c.args[0].int(), b()) {
            Some(o) => Val::Int(Int::from(o as i64)),
            None => Val::Str("nan".into()),
        }),
        op => {
            let a = c.args[0].float();
            match op {
                "truediv" => float_div(a, b()).map(Val::Float),
                "floordiv" => float_floordiv(a, b()).map(Val::Float),
                "mod" => float_mod(a, b()).map(Val::Float),
                "divmod" => {
                    float_divmod(a, b()).map(|(q, r)| Val::List(vec![Val::Float(q), Val::Float(r)]))
                }
                "pow" => float_pow(a, b()).map(pow_val),
                "repr" => Ok(Val::Str(float_repr(a))),
                "round" => float_round(a).map(Val::Int),
                "trunc" => float_to_int(a).map(Val::Int),
                "floor" => float_floor(a).map(Val::Int),
                "ceil" => float_ceil(a).map(Val::Int),
                "is_integer" => Ok(Val::Int(Int::from(float_is_integer(a)))),
                "as_integer_ratio" => float_as_integer_ratio(a)
                    .map(|(n, d)| Val::List(vec![Val::Int(n), Val::Int(d)])),
                "hash" => Ok(Val::Int(Int::from(hash_float(a)?))),
                "round_nd" => float_round_ndigits(a, c.args[1].i64()).map(Val::Float),
                _ => return None,
            }
        }
    })
}

#[test]
fn float_ops_match_cpython() {
    let n = check_all("float_ops.jsonl", run);
    assert!(n > 10_000);
}

#[test]
fn nan_hash_is_left_to_the_vm() {
    assert_eq!(hash_float(f64::NAN), None);
}

proptest! {
    #[test]
    fn repr_round_trips(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        let text = float_repr(x);
        if x.is_nan() {
            prop_assert_eq!(text, "nan");
        } else {
            let back: f64 = text.parse().unwrap();
            prop_assert_eq!(back.to_bits(), x.to_bits());
        }
    }

    #[test]
    fn equal_int_and_float_hash_alike(v in -(1i64 << 53)..(1i64 << 53), shift in 0u32..900) {
        let x = (v as f64) * 2f64.powi(shift as i32);
        if x.is_finite() {
            let n = float_to_int(x).unwrap();
            prop_assert_eq!(compare_int_float(&n, x), Some(Ordering::Equal));
            prop_assert_eq!(Some(hash_int(&n)), hash_float(x));
        }
    }
}
