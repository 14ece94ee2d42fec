//! Benchmark: every program in `bench/engine/` on the Threadwise engine
//! (natively, in this process) and on `python3`, in the same run, with the
//! ratio of their times. Outputs must match, or the row says so.
//!
//! Run with `cargo run --release --bin bench-engine [-- RUNS [NAME_FILTER]]`
//! (default 3 runs each; the median is reported). `sleepy` shows the virtual
//! clock: CPython really sleeps, the engine only advances its clock. `traced`
//! is the engine with the trace on (the browser's setting), events discarded.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::Context;
use threadwise::pyrun::run_captured;
use threadwise_playground::engine::RunConfig;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// One engine run, with or without the trace: its time, stdout and virtual seconds.
fn engine_once(
    source: &str,
    filename: &str,
    trace: bool,
) -> anyhow::Result<(Duration, String, f64)> {
    let config = RunConfig {
        filename: filename.to_string(),
        trace,
        ..RunConfig::default()
    };
    let start = Instant::now();
    let (outcome, text) = run_captured(source, config, false)?;
    let took = start.elapsed();
    if let Some(halt) = outcome.halt {
        anyhow::bail!("{filename}: the engine stopped the program: {halt:?}");
    }
    Ok((took, text, outcome.virtual_seconds))
}

/// Times the program inside python3, so interpreter start-up is not counted
/// (the engine's time does not count process start-up either).
const PY_TIMER: &str = "import runpy, sys, time
t = time.perf_counter()
runpy.run_path(sys.argv[1], run_name='__main__')
sys.stderr.write(f'\\n{time.perf_counter() - t}\\n')";

fn python_once(path: &Path) -> anyhow::Result<(Duration, String)> {
    let out = Command::new("python3")
        .args(["-c", PY_TIMER])
        .arg(path)
        .output()
        .context("run python3")?;
    anyhow::ensure!(out.status.success(), "python3 {} failed", path.display());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let secs: f64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .context("python3 did not report its time")?;
    Ok((
        Duration::from_secs_f64(secs),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    ))
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs: usize = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(3)
        .max(1);
    let filter = args.get(1).cloned().unwrap_or_default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/engine");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    programs.sort();
    println!("{runs} runs each, medians; neither side counts process start-up");
    println!(
        "{:<20} {:>12} {:>12} {:>9} {:>10} {:>10}  output",
        "program", "engine ms", "python3 ms", "ratio", "traced ms", "virtual s"
    );
    for path in programs {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(&path)?;
        let mut ours = Vec::new();
        let mut theirs = Vec::new();
        let mut traced = Vec::new();
        let (mut our_out, mut their_out, mut virt) = (String::new(), String::new(), 0.0);
        for _ in 0..runs {
            let (t, out, v) = engine_once(&source, &name, false)?;
            ours.push(t);
            (our_out, virt) = (out, v);
            traced.push(engine_once(&source, &name, true)?.0);
            let (t, out) = python_once(&path)?;
            theirs.push(t);
            their_out = out;
        }
        let (ours, theirs, traced) = (median(ours), median(theirs), median(traced));
        println!(
            "{:<20} {:>12.1} {:>12.1} {:>8.2}x {:>10.1} {:>10.2}  {}",
            name,
            ms(ours),
            ms(theirs),
            ms(ours) / ms(theirs).max(0.001),
            ms(traced),
            virt,
            if our_out == their_out {
                "same"
            } else {
                "DIFFERS"
            }
        );
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
