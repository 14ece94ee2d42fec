//! Int arithmetic against `fixtures/int_ops.jsonl`, plus property tests against
//! plain `BigInt` arithmetic.

use super::common::{check_all, Case, Val};
use num_bigint::BigInt;
use num_integer::Integer;
use proptest::prelude::*;
use threadwise_playground::engine::numeric::float_ops::int_round_ndigits;
use threadwise_playground::engine::numeric::hash::hash_int;
use threadwise_playground::engine::numeric::int_ops::IntPow;
use threadwise_playground::engine::numeric::int_text::{
    int_bin, int_hex, int_oct, int_to_decimal, DEFAULT_MAX_STR_DIGITS,
};
use threadwise_playground::engine::numeric::{Int, NumError};

fn int(v: Int) -> Result<Val, NumError> {
    Ok(Val::Int(v))
}

fn run(c: &Case) -> Option<Result<Val, NumError>> {
    let a = c.args[0].int();
    let b = || c.args[1].int();
    Some(match c.op.as_str() {
        "add" => int(a.add(b())),
        "sub" => int(a.sub(b())),
        "mul" => a.mul(b()).map(Val::Int),
        "floordiv" => a.floor_div(b()).map(Val::Int),
        "mod" => a.modulo(b()).map(Val::Int),
        "divmod" => a
            .div_mod(b())
            .map(|(q, r)| Val::List(vec![Val::Int(q), Val::Int(r)])),
        "truediv" => a.true_div(b()).map(Val::Float),
        "and" => int(a.bitand(b())),
        "or" => int(a.bitor(b())),
        "xor" => int(a.bitxor(b())),
        "cmp" => int(Int::from(a.cmp(b()) as i64)),
        "lshift" => a.lshift(b()).map(Val::Int),
        "rshift" => a.rshift(b()).map(Val::Int),
        "pow" => a.pow(b()).map(|r| match r {
            IntPow::Int(i) => Val::Int(i),
            IntPow::Float(f) => Val::Float(f),
        }),
        "powmod" => a.pow_mod(b(), c.args[2].int()).map(Val::Int),
        "neg" => int(a.neg()),
        "abs" => int(a.abs()),
        "invert" => int(a.invert()),
        "bit_length" => int(Int::from(a.bit_length())),
        "float" => a.to_f64().map(Val::Float),
        "hash" => int(Int::from(hash_int(a))),
        "str" => int_to_decimal(a, DEFAULT_MAX_STR_DIGITS).map(Val::Str),
        "bin" => Ok(Val::Str(int_bin(a))),
        "oct" => Ok(Val::Str(int_oct(a))),
        "hex" => Ok(Val::Str(int_hex(a))),
        "round" => int(int_round_ndigits(a, b().to_i64_saturating())),
        _ => return None,
    })
}

#[test]
fn int_ops_match_cpython() {
    let n = check_all("int_ops.jsonl", run);
    assert!(n > 10_000);
}

#[test]
fn small_values_stay_unboxed() {
    let max = Int::from(i64::MAX);
    let one = Int::ONE;
    assert!(matches!(max.add(&one), Int::Big(_)));
    assert_eq!(max.add(&one).sub(&one), Int::Small(i64::MAX));
    assert_eq!(Int::from(BigInt::from(5)), Int::Small(5));
    assert_eq!(Int::from(i64::MIN).neg().neg(), Int::Small(i64::MIN));
}

#[test]
fn huge_results_raise_memory_error_instead_of_allocating() {
    let two = Int::from(2);
    let err = two.pow(&Int::from(1i64 << 40)).unwrap_err();
    assert_eq!(err.kind.class_name(), "MemoryError");
    let err = Int::ONE.lshift(&Int::from(i64::MAX)).unwrap_err();
    assert_eq!(err.kind.class_name(), "MemoryError");
    assert_eq!(Int::ZERO.lshift(&Int::from(i64::MAX)), Ok(Int::ZERO));
}

fn big_strategy() -> impl Strategy<Value = BigInt> {
    prop_oneof![
        any::<i64>().prop_map(BigInt::from),
        any::<i128>().prop_map(BigInt::from),
        (any::<bool>(), proptest::collection::vec(any::<u32>(), 0..8)).prop_map(|(neg, d)| {
            let m = num_bigint::BigUint::new(d);
            if neg {
                -BigInt::from(m)
            } else {
                BigInt::from(m)
            }
        }),
    ]
}

proptest! {
    #[test]
    fn int_ops_agree_with_bigint(a in big_strategy(), b in big_strategy(), s in 0u32..200) {
        let (ia, ib) = (Int::from(a.clone()), Int::from(b.clone()));
        prop_assert_eq!(ia.add(&ib), Int::from(&a + &b));
        prop_assert_eq!(ia.sub(&ib), Int::from(&a - &b));
        prop_assert_eq!(ia.mul(&ib).unwrap(), Int::from(&a * &b));
        prop_assert_eq!(ia.bitand(&ib), Int::from(&a & &b));
        prop_assert_eq!(ia.bitxor(&ib), Int::from(&a ^ &b));
        prop_assert_eq!(ia.cmp(&ib), a.cmp(&b));
        prop_assert_eq!(ia.lshift(&Int::from(s)).unwrap(), Int::from(&a << s));
        prop_assert_eq!(ia.rshift(&Int::from(s)).unwrap(), Int::from(a.div_floor(&(BigInt::from(1) << s))));
        if b != BigInt::from(0) {
            prop_assert_eq!(ia.floor_div(&ib).unwrap(), Int::from(a.div_floor(&b)));
            prop_assert_eq!(ia.modulo(&ib).unwrap(), Int::from(a.mod_floor(&b)));
        }
        let normalised = matches!(Int::from(a.clone()), Int::Small(_)) == (a >= BigInt::from(i64::MIN) && a <= BigInt::from(i64::MAX));
        prop_assert!(normalised);
    }
}
