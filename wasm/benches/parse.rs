//! Lexer, parser and highlighter speed on a 5,000-line program.
//!
//! `cargo bench -p threadwise-playground --bench parse [FILE.py ...]`
//!
//! Without arguments it measures two inputs: a 5,000-line program made of
//! standard-library modules (when `python3` shows where they are) and a
//! 5,000-line synthetic program built here. Prints the median of many runs.

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use threadwise_playground::engine::highlight::highlight;
use threadwise_playground::engine::lexer::tokenize;
use threadwise_playground::engine::parser::parse_module;

const LINES: usize = 5000;

fn synthetic() -> String {
    let unit = r#"class Worker{i}(threading.Thread):
    """A worker that sums what it is given."""

    def __init__(self, items: list[int], *, name: str = "w{i}") -> None:
        super().__init__(name=name, daemon=True)
        self.items = [x * 2 for x in items if x % 3 != 0]
        self.total = 0

    def run(self):
        for index, item in enumerate(self.items):
            if item > 10 and not self.stopped():
                self.total += item ** 2 // (index + 1)
            elif (n := len(self.items)) < 5:
                print(f"{{self.name}}: {{n!r}} items, total={{self.total:>8}}")
            else:
                with self.lock:
                    self.results[index] = {{"item": item, "seen": True}}
        return self.total

"#;
    let unit_lines = unit.lines().count();
    let mut out = String::from("import threading\n");
    let mut lines = 1;
    let mut i = 0;
    while lines + unit_lines <= LINES {
        out.push_str(
            &unit
                .replace("{i}", &i.to_string())
                .replace("{{", "{")
                .replace("}}", "}"),
        );
        lines += unit_lines;
        i += 1;
    }
    while lines < LINES {
        out.push_str("counter = counter + 1\n");
        lines += 1;
    }
    out
}

/// Whole standard-library modules, up to 5,000 lines.
fn from_stdlib() -> Option<String> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let mut text = String::new();
    for name in [
        "threading.py",
        "queue.py",
        "dataclasses.py",
        "functools.py",
        "argparse.py",
        "typing.py",
        "enum.py",
    ] {
        let module = std::fs::read_to_string(format!("{root}/{name}")).ok()?;
        text.push_str(&module);
        text.push('\n');
        if text.lines().count() >= LINES {
            break;
        }
    }
    // Cut at a top-level statement boundary near 5,000 lines.
    let lines: Vec<&str> = text.lines().collect();
    let mut end = LINES.min(lines.len());
    while end < lines.len() && (lines[end].starts_with(' ') || lines[end].is_empty()) {
        end += 1;
    }
    Some(lines[..end].join("\n") + "\n")
}

/// Median time of `f`, with whatever `f` returns dropped outside the timing.
fn median<T>(mut f: impl FnMut() -> T) -> Duration {
    for _ in 0..5 {
        drop(black_box(f()));
    }
    let mut times: Vec<Duration> = (0..41)
        .map(|_| {
            let t = Instant::now();
            let v = f();
            let d = t.elapsed();
            drop(black_box(v));
            d
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn measure(label: &str, src: &str) {
    if let Err(e) = parse_module(src) {
        panic!("{label} does not parse: {e}");
    }
    let lines = src.lines().count();
    let lex = median(|| tokenize(black_box(src)));
    let parse = median(|| parse_module(black_box(src)));
    let parse_and_free = median(|| drop(parse_module(black_box(src))));
    let hl = median(|| highlight(black_box(src)));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{label}: {lines} lines, {} KiB: lex {:.2} ms, lex+parse {:.2} ms \
         ({:.2} ms with freeing the tree), highlight {:.2} ms",
        src.len() / 1024,
        ms(lex),
        ms(parse),
        ms(parse_and_free),
        ms(hl)
    );
}

fn main() {
    let files: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a.ends_with(".py"))
        .collect();
    if !files.is_empty() {
        for f in files {
            match std::fs::read_to_string(&f) {
                Ok(src) => measure(&f, &src),
                Err(e) => println!("{f}: {e}"),
            }
        }
        return;
    }
    match from_stdlib() {
        Some(src) => measure("standard-library modules", &src),
        None => println!("standard library not found; synthetic program only"),
    }
    measure("synthetic program", &synthetic());
}
