//! format() specs for int, float and str against `fixtures/format.jsonl`, and a check
//! that no spec string can make the formatters panic.

use super::common::{check_all, Case, Val};
use proptest::prelude::*;
use threadwise_playground::engine::numeric::format_spec::{format_float, format_int, format_str};
use threadwise_playground::engine::numeric::int_text::DEFAULT_MAX_STR_DIGITS;
use threadwise_playground::engine::numeric::{Int, NumError};

fn run(c: &Case) -> Option<Result<Val, NumError>> {
    let spec = c.args[1].str();
    let r = match c.op.as_str() {
        "format_int" => format_int(c.args[0].int(), spec, "int", DEFAULT_MAX_STR_DIGITS),
        // The VM formats a bool with an empty spec as str(); any other spec as an int.
        "format_bool" => format_int(c.args[0].int(), spec, "bool", DEFAULT_MAX_STR_DIGITS),
        "format_float" => format_float(c.args[0].float(), spec, "float"),
        "format_str" => format_str(c.args[0].str(), spec, "str"),
        _ => return None,
    };
    Some(r.map(Val::Str))
}

#[test]
fn format_matches_cpython() {
    let n = check_all("format.jsonl", run);
    assert!(n > 5_000);
}

proptest! {
    #[test]
    fn formatters_never_panic(
        spec in "\\PC{0,12}",
        digits in "[0-9.,_<>^=+ #z%a-zA-Z]{0,10}",
        bits in any::<u64>(),
        n in any::<i64>(),
    ) {
        let x = f64::from_bits(bits);
        for s in [spec.as_str(), digits.as_str()] {
            let _ = format_int(&Int::from(n), s, "int", DEFAULT_MAX_STR_DIGITS);
            let _ = format_float(x, s, "float");
            let _ = format_str("text", s, "str");
        }
    }

    #[test]
    fn float_formats_round_trip_at_17_digits(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        if x.is_finite() {
            let text = format_float(x, ".17g", "float").unwrap();
            prop_assert_eq!(text.parse::<f64>().unwrap().to_bits(), x.to_bits());
            let text = format_float(x, ".16e", "float").unwrap();
            prop_assert_eq!(text.parse::<f64>().unwrap().to_bits(), x.to_bits());
        }
    }
}
