//! Threads on the virtual clock, seen from outside the engine: deadlock
//! reports, the clock, seeds and races, determinism, and each thread's own
//! view of a `threading.local` as the trace records it.

use threadwise_playground::engine::flow::Halt;
use threadwise_playground::engine::trace::{Event, LocalOp, TraceEvent};
use threadwise_playground::engine::{run, RunConfig, RunResult};

fn run_with(source: &str, seed: u64, trace: bool) -> RunResult {
    run(
        source,
        RunConfig {
            seed,
            trace,
            ..RunConfig::default()
        },
    )
}

const DEADLOCK: &str = "\
import threading, time
a = threading.Lock()
b = threading.Lock()
def left():
    with a:
        time.sleep(0.1)
        with b:
            print('left got both')
def right():
    with b:
        time.sleep(0.1)
        with a:
            print('right got both')
t1 = threading.Thread(target=left, name='left')
t2 = threading.Thread(target=right, name='right')
t1.start(); t2.start()
print('started')
t1.join(); t2.join()
print('never')
";

/// Runs `source`, which must deadlock, and gives the run and its report.
fn deadlock_report(source: &str) -> (RunResult, String) {
    let r = run_with(source, 0, false);
    let Some(Halt::Deadlock(report)) = &r.outcome.halt else {
        panic!("expected a deadlock, got {:?}\n{}", r.outcome, r.stderr);
    };
    let report = report.clone();
    (r, report)
}

#[test]
fn a_deadlock_stops_the_run_with_each_thread_its_wait_and_its_line() {
    let (r, report) = deadlock_report(DEADLOCK);
    assert_eq!(r.stdout, "started\n");
    assert!(
        report.contains("MainThread waits in Thread.join() at line 18"),
        "{report}"
    );
    assert!(
        report.contains("left waits in the lock b at line 7"),
        "{report}"
    );
    assert!(
        report.contains("right waits in the lock a at line 12"),
        "{report}"
    );
    assert!(r.stderr.contains("deadlock"), "{}", r.stderr);
    assert_eq!(r.outcome.exit_code, 1);
    // The clock stopped where the threads got stuck, not at some timeout.
    assert!(
        r.outcome.virtual_seconds < 0.2,
        "{}",
        r.outcome.virtual_seconds
    );
}

#[test]
fn a_deadlock_on_rlocks_names_them_by_the_programs_variables() {
    // threading.RLock waits on an inner lock; the report names the RLock.
    let source = DEADLOCK.replace("threading.Lock()", "threading.RLock()");
    let (_, report) = deadlock_report(&source);
    assert!(
        report.contains("left waits in the RLock b at line 7"),
        "{report}"
    );
    assert!(
        report.contains("right waits in the RLock a at line 12"),
        "{report}"
    );
}

#[test]
fn a_deadlock_at_exit_says_the_main_thread_waits_for_non_daemon_threads() {
    // CPython hangs here: the main module ended, and exit joins a thread
    // that waits forever. The report speaks of the exit, not of a line in
    // the engine's own threading code.
    let source = "\
import threading
never = threading.Event()
t = threading.Thread(target=never.wait, name=\"waiter\")
t.start()
print(\"main module done\")
";
    let (r, report) = deadlock_report(source);
    assert_eq!(r.stdout, "main module done\n");
    assert!(
        report.contains("MainThread waits at exit for the non-daemon threads to finish"),
        "{report}"
    );
    assert!(!report.contains("Lock #"), "{report}");
    assert!(report.contains("waiter waits in"), "{report}");
}

#[test]
fn sleeping_threads_overlap_on_the_virtual_clock() {
    let source = "\
import threading, time
start = time.monotonic()
def nap(s):
    time.sleep(s)
ts = [threading.Thread(target=nap, args=(s,)) for s in (1.0, 2.5, 4.0)]
for t in ts: t.start()
for t in ts: t.join()
print(round(time.monotonic() - start, 2))
";
    let r = run_with(source, 0, false);
    assert_eq!(r.stdout, "4.0\n", "{}", r.stderr);
    assert!((4.0..4.1).contains(&r.outcome.virtual_seconds));
}

#[test]
fn a_busy_wait_on_the_clock_terminates() {
    let source = "\
import time
deadline = time.time() + 0.05
spins = 0
while time.time() < deadline:
    spins += 1
print(spins > 0)
";
    let r = run_with(source, 0, false);
    assert_eq!(r.stdout, "True\n", "{}", r.stderr);
    assert!(r.outcome.halt.is_none());
}

/// Four threads add 100 each. Like CPython 3.11, the engine switches threads
/// only at calls and backward jumps, so the race needs a call between the read
/// of `counter` and the write back.
fn counter_program(locked: bool) -> String {
    let (enter, indent) = if locked {
        ("        with lock:\n", "            ")
    } else {
        ("", "        ")
    };
    format!(
        "import sys, threading\n\
         sys.setswitchinterval(1e-6)\n\
         lock = threading.Lock()\n\
         counter = 0\n\
         def one():\n\
         \x20   return 1\n\
         def work():\n\
         \x20   global counter\n\
         \x20   for _ in range(100):\n\
         {enter}{indent}counter = counter + one()\n\
         ts = [threading.Thread(target=work) for _ in range(4)]\n\
         for t in ts: t.start()\n\
         for t in ts: t.join()\n\
         print(counter)\n"
    )
}

#[test]
fn seeds_expose_a_race_that_a_lock_prevents() {
    let racy = counter_program(false);
    let results: Vec<String> = (0..12)
        .map(|seed| run_with(&racy, seed, false).stdout)
        .collect();
    assert!(
        results.iter().any(|r| r != "400\n"),
        "no seed lost an update: {results:?}"
    );
    let safe = counter_program(true);
    for seed in 0..12 {
        let r = run_with(&safe, seed, false);
        assert_eq!(
            r.stdout, "400\n",
            "seed {seed} lost an update: {}",
            r.stderr
        );
    }
}

#[test]
fn the_same_program_and_seed_give_the_same_events() {
    let racy = counter_program(false);
    for seed in [0, 7] {
        let a = run_with(&racy, seed, true);
        let b = run_with(&racy, seed, true);
        assert!(a.events.len() > 10);
        assert_eq!(a.events, b.events, "seed {seed} is not deterministic");
    }
    let (a, b) = (run_with(&racy, 1, true), run_with(&racy, 2, true));
    assert_ne!(
        a.events, b.events,
        "seeds 1 and 2 switch at the same points"
    );
}

#[test]
fn each_thread_sees_its_own_value_of_a_local() {
    let source = "\
import threading, time
data = threading.local()
data.x = 'main'
def worker(n):
    data.x = n
    time.sleep(0.05)
    assert data.x == n
ts = [threading.Thread(target=worker, args=(i,)) for i in (1, 2)]
for t in ts: t.start()
for t in ts: t.join()
print(data.x)
";
    let r = run_with(source, 0, true);
    assert_eq!(r.stdout, "main\n", "{}", r.stderr);
    let mut created = 0;
    // (thread, op, value) for every access of `x`.
    let mut accesses = Vec::new();
    for e in &r.events {
        match e {
            Event::Trace(TraceEvent::LocalNew { label, line, .. }) => {
                created += 1;
                assert_eq!((label.as_str(), *line), ("data", 2));
            }
            Event::Trace(TraceEvent::LocalAccess {
                thread,
                op,
                name,
                value,
                ..
            }) if name == "x" => accesses.push((*thread, *op, value.clone())),
            _ => {}
        }
    }
    assert_eq!(created, 1);
    let worker_threads: Vec<u32> = accesses
        .iter()
        .filter(|(t, op, _)| *t != 0 && *op == LocalOp::Set)
        .map(|(t, _, _)| *t)
        .collect();
    assert_eq!(worker_threads.len(), 2, "{accesses:?}");
    for (t, op, value) in &accesses {
        if *op != LocalOp::Get {
            continue;
        }
        let expected = if *t == 0 {
            "'main'".to_string()
        } else {
            let n = worker_threads.iter().position(|w| w == t).map(|i| i + 1);
            n.map(|n| n.to_string()).unwrap_or_default()
        };
        assert_eq!(value.as_deref(), Some(expected.as_str()), "thread {t}");
    }
}

#[test]
fn an_exception_in_a_thread_is_reported_and_the_program_goes_on() {
    let source = "\
import threading
def bad():
    raise ValueError('boom')
t = threading.Thread(target=bad, name='worker')
t.start(); t.join()
print('main goes on')
";
    let r = run_with(source, 0, false);
    assert_eq!(r.stdout, "main goes on\n");
    assert!(
        r.stderr
            .starts_with("Exception in thread worker:\nTraceback"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.ends_with("ValueError: boom\n"), "{}", r.stderr);
    assert_eq!(r.outcome.exit_code, 0);
}

#[test]
fn daemon_threads_are_dropped_when_the_main_thread_ends() {
    let source = "\
import threading, time
def forever():
    while True:
        time.sleep(0.01)
threading.Thread(target=forever, daemon=True).start()
time.sleep(0.1)
print('main done')
";
    let r = run_with(source, 0, false);
    assert_eq!(r.stdout, "main done\n");
    assert!(r.outcome.halt.is_none(), "{:?}", r.outcome);
    assert!(r.outcome.virtual_seconds < 0.2);
}

#[test]
fn sleep_zero_lets_a_thread_waiting_for_the_gil_run() {
    // With a 100 s switch interval only the sleep(0) can hand over the GIL.
    // CPython lets the waiting worker in on most runs, not all; the engine
    // always does, on every seed.
    let source = "\
import sys, threading, time
sys.setswitchinterval(100)
progress = []
def worker():
    time.sleep(0.05)
    progress.append('worker ran')
t = threading.Thread(target=worker)
t.start()
end = time.monotonic() + 0.2
while time.monotonic() < end:
    pass
time.sleep(0)
print(progress)
t.join()
";
    for seed in 0..4 {
        let r = run_with(source, seed, false);
        assert_eq!(r.stdout, "['worker ran']\n", "seed {seed}: {}", r.stderr);
    }
}

const NESTED_CALLS: &str = "\
import threading, time
events = []
def step(label):
    events.append(label)
    time.sleep(0.2)
    return label
def job(name, delay):
    time.sleep(delay)
    sorted([name + '1', name + '2'], key=step)
a = threading.Thread(target=job, args=('a', 0))
b = threading.Thread(target=job, args=('b', DELAY))
a.start(); b.start(); a.join(); b.join()
print(events)
";

#[test]
fn a_thread_held_back_by_another_threads_builtin_call_is_reported() {
    // B's sort is inside its key function when A's key call returns: A cannot
    // go on until B's call returns, and CPython (['a1', 'b1', 'a2', 'b2'])
    // would not wait. (A `map` or a generator no longer nests: see unnest.rs.)
    let r = run_with(&NESTED_CALLS.replace("DELAY", "0.1"), 0, false);
    assert_eq!(r.stdout, "['a1', 'b1', 'b2', 'a2']\n");
    assert!(
        r.stderr.contains(
            "threadwise: thread 'Thread-1 (job)' finished a Python call made from a built-in \
             function but must wait for thread 'Thread-2 (job)' to finish one of its own"
        ),
        "{}",
        r.stderr
    );
    // B starts after A's sort is done: nothing waits, nothing is said, and the
    // output is CPython's.
    let r = run_with(&NESTED_CALLS.replace("DELAY", "0.5"), 0, false);
    assert_eq!(r.stdout, "['a1', 'a2', 'b1', 'b2']\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn a_wait_only_the_nesting_of_builtin_calls_makes_is_not_called_a_deadlock() {
    // A's sort key returns while B is inside its own sort key, which waits
    // for A's event: A must wait for B's call to end, B for A. CPython runs
    // this to the end; the engine must say it cannot, not blame the program.
    let source = "\
import threading, time
ready = threading.Event()
def slow_key(x):
    time.sleep(0.06)
    return x
def waiting_key(x):
    ready.wait()
    return x
def a():
    sorted([1], key=slow_key)
    ready.set()
def b():
    time.sleep(0.03)
    sorted([2], key=waiting_key)
ta = threading.Thread(target=a); tb = threading.Thread(target=b)
ta.start(); tb.start(); ta.join(); tb.join()
";
    let r = run_with(source, 0, false);
    assert!(
        r.stderr
            .contains("this playground cannot run it on from here, though CPython would"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("deadlock"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("Thread-2 (b) waits in Event.wait() at line 7"),
        "{}",
        r.stderr
    );
}
