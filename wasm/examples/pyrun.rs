//! Runs a Python file on the engine, like `python3 FILE.py` (a developer tool;
//! the `threadwise run` command is the user-facing one).

use std::io::Write;

use threadwise_playground::engine::trace::{Event, Stream};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pyrun FILE.py");
        std::process::exit(2);
    };
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pyrun: {path}: {e}");
            std::process::exit(2);
        }
    };
    let child = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let r = threadwise_playground::engine::run(&src, Default::default());
            let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
            for e in &r.events {
                if let Event::Output { stream, text, .. } = e {
                    let _ = match stream {
                        Stream::Stdout => out.write_all(text.as_bytes()).and_then(|_| out.flush()),
                        Stream::Stderr => err.write_all(text.as_bytes()).and_then(|_| err.flush()),
                    };
                }
            }
            r.outcome.exit_code
        });
    let code = child.ok().and_then(|c| c.join().ok()).unwrap_or(70);
    std::process::exit(code);
}
