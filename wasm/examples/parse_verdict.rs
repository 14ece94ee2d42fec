//! Prints what the parser makes of each file named on the command line, in
//! the terms CPython's `compile()` uses: `OK`, or the exception class, message,
//! line, offset, end line and end offset (1-based columns), tab-separated.
//! With `--stdin`, reads sources from standard input instead, each preceded by
//! its length in bytes on a line of its own.

use std::io::Read;
use threadwise_playground::engine::error::CompileError;
use threadwise_playground::engine::parser::parse_module;
use threadwise_playground::engine::source::SourceMap;

fn verdict(src: &str) -> String {
    match parse_module(src) {
        Ok(_) => "OK".to_string(),
        Err(CompileError::Syntax(e)) => {
            let map = SourceMap::new(src);
            let (l, c) = map.line_col(e.span.start);
            let (el, ec) = map.line_col(e.span.end);
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}",
                e.kind.class_name(),
                e.msg,
                l,
                c + 1,
                el,
                ec + 1
            )
        }
        Err(CompileError::Unsupported { feature, .. }) => format!("UNSUPPORTED\t{feature}"),
        Err(CompileError::TooDeep { .. }) => "RecursionError".to_string(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--stdin") {
        let mut buf = Vec::new();
        if std::io::stdin().read_to_end(&mut buf).is_err() {
            return;
        }
        let mut rest = &buf[..];
        while let Some(nl) = rest.iter().position(|&b| b == b'\n') {
            let len: usize = std::str::from_utf8(&rest[..nl])
                .ok()
                .and_then(|s| s.trim().parse().ok())
                .unwrap_or(0);
            let body = &rest[nl + 1..(nl + 1 + len).min(rest.len())];
            rest = &rest[(nl + 1 + len).min(rest.len())..];
            let src = String::from_utf8_lossy(body);
            println!("{}", verdict(&src).replace('\n', "\\n"));
        }
        return;
    }
    for path in args {
        match std::fs::read_to_string(&path) {
            Ok(src) => println!("{}\t{}", path, verdict(&src)),
            Err(e) => println!("{path}\tREAD-ERROR\t{e}"),
        }
    }
}
