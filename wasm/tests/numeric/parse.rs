//! Parsing against `fixtures/parse.jsonl`, the Unicode tables against CPython, and
//! checks that no input makes the parsers panic.

use super::common::{check_all, fixture_dir, Case, Val};
use proptest::prelude::*;
use threadwise_playground::engine::numeric::int_text::DEFAULT_MAX_STR_DIGITS;
use threadwise_playground::engine::numeric::parse::*;
use threadwise_playground::engine::numeric::str_repr::str_repr;
use threadwise_playground::engine::numeric::{Int, NumError};

fn run(c: &Case) -> Option<Result<Val, NumError>> {
    let s = c.args[0].str();
    let limit = DEFAULT_MAX_STR_DIGITS;
    Some(match c.op.as_str() {
        "int" => parse_int(s, c.args[1].i64(), limit).map(Val::Int),
        "int_bytes" => {
            // The generator encodes the bytes as latin-1 text.
            let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
            parse_int_bytes(&b, c.args[1].i64(), limit).map(Val::Int)
        }
        "float" => parse_float(s).map(Val::Float),
        "int_literal" => parse_int_literal(s, limit).map(Val::Int),
        "float_literal" => Ok(Val::Float(parse_float_literal(s)?)),
        "str_repr" => Ok(Val::Str(str_repr(s))),
        _ => return None,
    })
}

#[test]
fn parsing_matches_cpython() {
    let n = check_all("parse.jsonl", run);
    assert!(n > 1_000);
}

#[test]
fn unicode_tables_match_live_python() {
    if !super::fixtures_live::python311() {
        eprintln!("python3 3.11 not found: unicode_tables.rs is used unchecked");
        return;
    }
    let dir = fixture_dir();
    let out = std::process::Command::new("python3")
        .arg(dir.join("gen/gen_unicode_tables.py"))
        .output()
        .expect("run python3");
    let committed =
        std::fs::read(dir.join("../../src/engine/numeric/unicode_tables.rs")).expect("tables");
    assert!(
        out.stdout == committed,
        "unicode_tables.rs is stale: regenerate it"
    );
}

#[test]
fn literal_limit_message_names_hexadecimal() {
    let err = parse_int_literal(&"1".repeat(4301), DEFAULT_MAX_STR_DIGITS).unwrap_err();
    assert!(err.message.ends_with("to avoid decimal conversion limits."));
    assert_eq!(parse_int_literal("0x_ff", 4300), Ok(Int::from(255)));
}

proptest! {
    #[test]
    fn parsers_never_panic(s in "\\PC{0,24}", base in -3i64..40) {
        let _ = parse_int(&s, base, DEFAULT_MAX_STR_DIGITS);
        let _ = parse_int_bytes(s.as_bytes(), base, DEFAULT_MAX_STR_DIGITS);
        let _ = parse_float(&s);
        let _ = parse_int_literal(&s, DEFAULT_MAX_STR_DIGITS);
        let _ = parse_float_literal(&s);
        let _ = str_repr(&s);
    }

    #[test]
    fn numeric_looking_text_parses_like_rust(x in any::<f64>()) {
        let text = format!("{x:e}");
        if x.is_finite() {
            prop_assert_eq!(parse_float(&text).unwrap().to_bits(), x.to_bits());
        }
    }
}
