//! `threadwise run FILE.py`: behaves like `python3 FILE.py` (output, tracebacks,
//! exit status), and its `--trace`, `--trace-json`, `--seed` and
//! `--interrupt-at` options do what they say.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn threadwise() -> Command {
    Command::new(env!("CARGO_BIN_EXE_threadwise"))
}

/// Writes `source` as `name` in a fresh folder and returns the folder and path.
fn program(name: &str, source: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, source).expect("write program");
    (dir, path)
}

fn run(args: &[&str], path: &Path) -> Output {
    threadwise()
        .arg("run")
        .args(args)
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .expect("run threadwise")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn prints_like_python_and_exits_zero() {
    let (_d, p) = program("hello.py", "print('hello')\nprint(sum(range(10)))\n");
    let out = run(&[], &p);
    assert_eq!(text(&out.stdout), "hello\n45\n");
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn uncaught_exception_prints_a_traceback_naming_the_file_and_exits_one() {
    let (_d, p) = program(
        "boom.py",
        "def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n",
    );
    let out = run(&[], &p);
    assert_eq!(text(&out.stdout), "before\n");
    let err = text(&out.stderr);
    let shown = p.display().to_string();
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains(&format!("  File \"{shown}\", line 5, in <module>\n")),
        "{err}"
    );
    assert!(
        err.contains(&format!("  File \"{shown}\", line 2, in f\n")),
        "{err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn sys_exit_status_is_the_process_status() {
    let (_d, p) = program("exit.py", "import sys\nprint('bye')\nsys.exit(3)\n");
    let out = run(&[], &p);
    assert_eq!(text(&out.stdout), "bye\n");
    assert_eq!(out.status.code(), Some(3));
    let (_d, p) = program("exit_msg.py", "import sys\nsys.exit('fatal: no config')\n");
    let out = run(&[], &p);
    assert_eq!(text(&out.stderr), "fatal: no config\n");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn syntax_errors_are_reported_like_python() {
    let (_d, p) = program("bad.py", "x = (1,\nprint(x)\n");
    let out = run(&[], &p);
    let err = text(&out.stderr);
    assert!(err.contains("SyntaxError: '(' was never closed"), "{err}");
    assert!(err.contains("line 1"), "{err}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = run(&[], Path::new("/nonexistent/threadwise/prog.py"));
    let err = text(&out.stderr);
    assert!(
        err.contains("cannot read /nonexistent/threadwise/prog.py"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_runaway_program_is_stopped_by_the_instruction_budget() {
    let (_d, p) = program("spin.py", "while True:\n    pass\n");
    let out = run(&["--max-instructions", "100000"], &p);
    let err = text(&out.stderr);
    assert!(err.contains("Threadwise stopped the program"), "{err}");
    assert!(err.contains("100000 instructions"), "{err}");
    assert_eq!(out.status.code(), Some(1));
}

const LOCAL_PROGRAM: &str = "\
import threading, time
data = threading.local()
def worker(n):
    data.x = n
    time.sleep(0.1 * n)
    print(f'worker {n} sees {data.x}')
ts = [threading.Thread(target=worker, args=(i,)) for i in (1, 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
";

#[test]
fn trace_prints_a_per_thread_timeline_with_output_and_local_access() {
    let (_d, p) = program("local.py", LOCAL_PROGRAM);
    let out = run(&["--trace"], &p);
    assert_eq!(out.status.code(), Some(0));
    let timeline = text(&out.stdout);
    let rows: Vec<&str> = timeline.lines().collect();
    assert!(
        rows[0].contains("time (s)") && rows[0].contains("thread"),
        "{timeline}"
    );
    let has = |needle: &str| rows.iter().any(|r| r.contains(needle));
    assert!(has("creates data (local #1)"), "{timeline}");
    for (n, read_at) in [(1, "0.1000"), (2, "0.2000")] {
        let name = format!("Thread-{n} (worker)");
        assert!(
            rows.iter().any(|r| r.contains(&name)
                && r.contains(&format!("sets data (local #1).x = {n}"))
                && r.contains("(line 4)")),
            "{timeline}"
        );
        assert!(
            rows.iter().any(|r| r.trim_start().starts_with(read_at)
                && r.contains(&name)
                && r.contains(&format!("reads data (local #1).x -> {n}"))
                && r.contains("(line 6)")),
            "{timeline}"
        );
        assert!(
            rows.iter()
                .any(|r| r.contains(&name) && r.contains(&format!("out | worker {n} sees {n}"))),
            "{timeline}"
        );
    }
    assert!(has("waits: sleep(0.1)  (line 5)"), "{timeline}");
    assert!(has("waits: Thread.join()  (line 11)"), "{timeline}");
}

#[test]
fn trace_json_is_one_event_per_line_and_deterministic() {
    let (_d, p) = program("local.py", LOCAL_PROGRAM);
    let first = run(&["--trace-json"], &p);
    let second = run(&["--trace-json"], &p);
    assert_eq!(
        first.stdout, second.stdout,
        "same program, same seed, same trace"
    );
    let events: Vec<serde_json::Value> = text(&first.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let kinds: Vec<&str> = events.iter().filter_map(|e| e[0].as_str()).collect();
    for kind in [
        "start", "lnew", "lacc", "block", "wake", "switch", "out", "end",
    ] {
        assert!(kinds.contains(&kind), "no {kind} event in {kinds:?}");
    }
    let printed: String = events
        .iter()
        .filter(|e| e[0] == "out")
        .filter_map(|e| e[4].as_str())
        .collect();
    assert_eq!(printed, "worker 1 sees 1\nworker 2 sees 2\n");
    let times: Vec<u64> = events.iter().filter_map(|e| e[1].as_u64()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "times go backwards");
}

const RACE_PROGRAM: &str = "\
import sys, threading
sys.setswitchinterval(1e-6)
counter = 0
def bump():
    return 1
def work():
    global counter
    for _ in range(200):
        counter = counter + bump()
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
";

#[test]
fn seed_moves_switch_points_so_a_race_shows_on_some_seeds() {
    let (_d, p) = program("race.py", RACE_PROGRAM);
    let results: Vec<String> = (0..8)
        .map(|seed| text(&run(&["--seed", &seed.to_string()], &p).stdout))
        .collect();
    assert!(
        results.iter().any(|r| r.trim() != "800"),
        "no seed lost an update: {results:?}"
    );
    let distinct: std::collections::BTreeSet<&String> = results.iter().collect();
    assert!(
        distinct.len() > 1,
        "every seed gave the same result: {results:?}"
    );
    let again = text(&run(&["--seed", "3"], &p).stdout);
    assert_eq!(again, results[3], "a seed reproduces its run");
}

/// The kill-flag program, interrupted at 3.5 virtual seconds.
fn kill_flag_program() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run/kill_flag.py")
}

/// First and last lines as printed; the workers' lines in between as a set,
/// since real threads wake in any order.
fn shape(out: &str) -> (String, Vec<String>, String) {
    let lines: Vec<String> = out.lines().map(str::to_string).collect();
    let first = lines.first().cloned().unwrap_or_default();
    let last = lines.last().cloned().unwrap_or_default();
    let mut middle = lines[1.min(lines.len())..lines.len().saturating_sub(1)].to_vec();
    middle.sort();
    (first, middle, last)
}

#[test]
fn interrupt_at_delivers_sigint_and_the_handler_stops_every_thread_cleanly() {
    let out = run(&["--interrupt-at", "3.5"], &kill_flag_program());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        shape(&stdout),
        (
            "SIGINT received: asking 3 workers to stop".to_string(),
            (0..3)
                .map(|n| format!("worker {n} stopped after 4 ticks"))
                .collect(),
            "all stopped: [0, 1, 2]".to_string()
        ),
        "{stdout}"
    );
    // CPython, given a real SIGINT 3.5 s in, prints the same (in some order).
    let Ok(mut python) = Command::new("python3")
        .arg(kill_flag_program())
        .stdout(Stdio::piped())
        .spawn()
    else {
        eprintln!("skipped: python3 is not on PATH, so the CPython comparison did not run");
        return;
    };
    std::thread::sleep(Duration::from_millis(3500));
    let _ = Command::new("kill")
        .args(["-INT", &python.id().to_string()])
        .status();
    let mut cpython_out = String::new();
    if let Some(mut s) = python.stdout.take() {
        let _ = std::io::Read::read_to_string(&mut s, &mut cpython_out);
    }
    let status = python.wait().expect("python3 ends");
    assert_eq!(status.code(), Some(0));
    assert_eq!(
        shape(&stdout),
        shape(&cpython_out),
        "CPython printed:\n{cpython_out}"
    );
}

#[test]
fn an_unhandled_interrupt_raises_keyboard_interrupt_and_exits_as_sigint_does() {
    let (_d, p) = program(
        "sleepy.py",
        "import time\nprint('working')\ntime.sleep(10)\nprint('never')\n",
    );
    let out = run(&["--interrupt-at", "2"], &p);
    assert_eq!(text(&out.stdout), "working\n");
    let err = text(&out.stderr);
    assert!(err.contains("line 3, in <module>"), "{err}");
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
    assert_eq!(out.status.code(), Some(130));
}

#[test]
fn a_negative_interrupt_time_is_refused() {
    let (_d, p) = program("x.py", "pass\n");
    let out = run(&["--interrupt-at=-1"], &p);
    assert!(text(&out.stderr).contains("--interrupt-at needs a number of seconds >= 0"));
    assert_eq!(out.status.code(), Some(1));
}
