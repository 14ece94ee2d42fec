//! Inputs that must never crash the lexer, parser or highlighter: every input
//! the fuzzers ever found a problem with (`tests/fuzz_regressions/`), deep
//! nesting of every kind (answered the way CPython answers it, never by
//! overflowing the native stack), and a deterministic shower of random token
//! soup.

mod common;

use common::with_big_stack;
use threadwise_playground::engine::error::CompileError;
use threadwise_playground::engine::highlight::highlight;
use threadwise_playground::engine::lexer::{tokenize, tokenize_lenient};
use threadwise_playground::engine::parser::{parse_expression, parse_module};

/// The fuzz targets' checks, for one input.
fn check_everything(src: &str) {
    let lexed = tokenize(src);
    let lenient = tokenize_lenient(src, 0, src.len(), false);
    for toks in [&lexed.tokens, &lenient] {
        let mut last = 0;
        for t in toks.iter() {
            assert!(t.start <= t.end && t.end as usize <= src.len(), "{t:?}");
            assert!(t.start >= last, "tokens out of order at {t:?}");
            assert!(src.is_char_boundary(t.start as usize) && src.is_char_boundary(t.end as usize));
            last = t.start;
        }
    }
    for err in [parse_module(src).err(), parse_expression(src).err()]
        .into_iter()
        .flatten()
    {
        let span = match err {
            CompileError::Syntax(e) => e.span,
            CompileError::Unsupported { span, .. } | CompileError::TooDeep { span } => span,
        };
        assert!(span.start <= span.end && span.end as usize <= src.len() + 1);
    }
    let mut last_end = 0;
    for s in highlight(src) {
        assert!(
            s.start < s.end && s.start >= last_end && s.end <= src.len(),
            "{s:?}"
        );
        assert!(src.is_char_boundary(s.start) && src.is_char_boundary(s.end));
        last_end = s.end;
    }
}

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("regressions folder") {
        let path = entry.expect("entry").path();
        let data = std::fs::read(&path).expect("read");
        let src = String::from_utf8_lossy(&data).into_owned();
        with_big_stack(move || check_everything(&src));
        n += 1;
    }
    assert!(n > 0);
}

fn syntax_error(src: String) -> (String, u32) {
    with_big_stack(move || match parse_module(&src) {
        Err(CompileError::Syntax(e)) => (e.msg, e.span.start),
        other => panic!("expected a syntax error, got {other:?}"),
    })
}

fn verdict(src: String) -> Result<(), CompileError> {
    with_big_stack(move || parse_module(&src).map(|_| ()))
}

#[test]
fn brackets_stop_where_cpython_stops() {
    // CPython's tokenizer allows 200 open brackets and refuses the 201st.
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let ok = format!("x = {}1{}\n", open.repeat(200), close.repeat(200));
        assert_eq!(verdict(ok), Ok(()));
        let deep = format!("x = {}1{}\n", open.repeat(10_000), close.repeat(10_000));
        let (msg, at) = syntax_error(deep);
        assert_eq!(msg, "too many nested parentheses");
        assert_eq!(at, 4 + 200, "the 201st bracket is the one refused");
    }
    let calls = format!("x = {}1{}\n", "f(".repeat(200), ")".repeat(200));
    assert_eq!(verdict(calls), Ok(()));
}

#[test]
fn indentation_stops_where_cpython_stops() {
    let nest = |n: usize| {
        (0..n)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(n)
            + "pass\n"
    };
    assert_eq!(verdict(nest(99)), Ok(()));
    let (msg, _) = syntax_error(nest(100));
    assert_eq!(msg, "too many levels of indentation");
    let (msg, _) = syntax_error(nest(1000));
    assert_eq!(msg, "too many levels of indentation");
}

#[test]
fn long_chains_become_recursion_errors() {
    // CPython 3.11's compiler accepts 2,989 nested unary minuses and raises
    // RecursionError beyond; chains of any operator are limited alike, and a
    // hundred thousand of them must not exhaust the native stack either.
    assert_eq!(verdict(format!("x = {}1\n", "-".repeat(2989))), Ok(()));
    let chains = [
        format!("x = {}1\n", "-".repeat(2990)),
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = a{}\n", "+a".repeat(100_000)),
        format!("x = a{}\n", "**a".repeat(100_000)),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = a{}\n", "()".repeat(100_000)),
        format!("x = a{}\n", "[0]".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(100_000)),
        format!("x = {}1\n", "1 if 1 else ".repeat(100_000)),
        format!("x = {}1\n", "-~+".repeat(40_000)),
    ];
    for src in chains {
        let head: String = src.chars().take(12).collect();
        match verdict(src) {
            Err(CompileError::TooDeep { .. }) => {}
            other => panic!("{head}...: expected RecursionError, got {other:?}"),
        }
    }
}

#[test]
fn nested_fstrings_and_lambdas_stay_bounded() {
    let fstrings = format!(
        "x = f'{{{}f\"{{{}1{}}}\"{}}}'\n",
        "(".repeat(150),
        "[".repeat(150),
        "]".repeat(150),
        ")".repeat(150)
    );
    assert_eq!(verdict(fstrings), Ok(()));
    let lambdas = format!("x = {}1{}\n", "(lambda: ".repeat(150), ")".repeat(150));
    assert_eq!(verdict(lambdas), Ok(()));
    // Beyond the parser's own recursion budget: an error, not a crash.
    let too_many = format!(
        "x = f'{{{}f\"{{{}1{}}}\"{}}}'\n",
        "(".repeat(199),
        "[".repeat(199),
        "]".repeat(199),
        ")".repeat(199)
    );
    assert!(matches!(
        verdict(too_many),
        Err(CompileError::TooDeep { .. })
    ));
}

/// A tiny deterministic generator (xorshift), so the test needs no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

#[test]
fn random_token_soup_never_crashes() {
    const PIECES: &[&str] = &[
        "x", "y", "1", "0x1f", "1.5e3", "2j", "'s'", "\"t\"", "'''", "f'{x}'", "f'{", "}", "{",
        "(", ")", "[", "]", ":", ",", ";", "=", "==", "+", "-", "*", "**", "/", "//", "@", "->",
        ":=", ".", "...", "\n", "\n    ", "\n\t", "\\\n", "#c", " ", "if", "else", "elif", "for",
        "in", "while", "def", "class", "lambda", "return", "yield", "await", "async", "with", "as",
        "try", "except", "except*", "finally", "import", "from", "not", "and", "or", "is", "del",
        "global", "match", "case", "_", "print", "é", "€", "\u{a0}", "\r", "\x0c", "$", "?",
    ];
    with_big_stack(|| {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let n = (rng.next() % 40) as usize;
            let mut src = String::new();
            for _ in 0..n {
                src.push_str(rng.pick(PIECES));
                if rng.next().is_multiple_of(3) {
                    src.push(' ');
                }
            }
            check_everything(&src);
        }
    });
}

#[test]
fn parse_expression_takes_eval_input() {
    use threadwise_playground::engine::ast::ExprKind;
    let e = parse_expression("  a + b\n\n").expect("parses");
    assert!(matches!(e.kind, ExprKind::BinOp { .. }));
    let t = parse_expression("1, 2").expect("parses");
    assert!(matches!(t.kind, ExprKind::Tuple(ref v) if v.len() == 2));
    assert!(parse_expression("x = 1").is_err());
    assert!(parse_expression("1\n2").is_err());
}

#[test]
fn diagnostics_stay_linear_on_nested_failures() {
    // Each failing `for` target inside a comprehension is re-read to name
    // the bad target; nested, that re-reading must not compound (before the
    // probe budget, 60 levels would have taken longer than anyone waits).
    let nested = format!("x = {}1\n", "[y for *[*{{".repeat(60));
    let started = std::time::Instant::now();
    let result = verdict(nested);
    assert!(result.is_err());
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}
