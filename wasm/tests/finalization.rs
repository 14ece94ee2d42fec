//! Objects whose death runs Python code: generators dropped while paused
//! inside `try` or `with`, which the engine closes as CPython does, and
//! instances with `__del__`. Errors in that code are reported as CPython's
//! default unraisable hook prints them. The expected text is CPython 3.11's,
//! with only the object addresses masked.

use threadwise_playground::engine::{run, RunConfig};

/// Replaces each `0x` address with `0x?`, since addresses never match.
fn mask_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at]);
        out.push_str("0x?");
        rest = rest[at + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

const ERRORS_IN_CLEANUP: &str = "\
def g():
    try:
        yield 1
    finally:
        raise ValueError(\"boom\")
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
a = g()
next(a)
del a
print(\"after a\")
c = h()
next(c)
c = None
print(\"after c\")
keep = h()
next(keep)
print(\"end\")
";

#[test]
fn errors_in_a_dropped_generators_cleanup_are_reported_and_ignored() {
    let r = run(ERRORS_IN_CLEANUP, RunConfig::default());
    assert_eq!(r.stdout, "after a\nafter c\nend\n");
    assert_eq!(r.outcome.exit_code, 0, "{}", r.stderr);
    // From python3.11 main.py: the error raised in the generator has its own
    // traceback; "ignored GeneratorExit" has none, so the line that dropped
    // the generator stands in; at exit there is no such line.
    let expected = "\
Exception ignored in: <generator object g at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 5, in g
    raise ValueError(\"boom\")
ValueError: boom
Exception ignored in: <generator object h at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 17, in <module>
    c = None
    ^
RuntimeError: generator ignored GeneratorExit
Exception ignored in: <generator object h at 0x?>
RuntimeError: generator ignored GeneratorExit
";
    assert_eq!(mask_addresses(&r.stderr), expected);
}

#[test]
fn a_daemon_thread_still_running_keeps_the_main_module_alive_at_exit() {
    // CPython freezes the daemon thread, whose frame keeps the program's
    // namespace reachable, so the paused generator is never closed: python3.11
    // prints only "end". The engine skips clearing while any thread lives.
    let source = "\
import threading, time
def spin():
    while True:
        time.sleep(0.01)
        assert counter is not None
def g():
    try:
        yield 1
    finally:
        print('cleanup')
counter = 0
threading.Thread(target=spin, daemon=True).start()
keep = g()
next(keep)
print('end')
";
    let r = run(source, RunConfig::default());
    assert_eq!(r.stdout, "end\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn the_ignored_report_always_shows_type_colon_message_and_no_notes() {
    // CPython 3.11's default unraisable hook: `ValueError: ` even for an
    // empty message, and notes are not printed (python3.11 main.py).
    let source = "\
def gen(note):
    try:
        yield
    finally:
        e = ValueError()
        if note:
            e.add_note('note')
        raise e
def f(note):
    g = gen(note); next(g)
f(False)
f(True)
";
    let r = run(source, RunConfig::default());
    let report = "\
Exception ignored in: <generator object gen at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 8, in gen
    raise e
ValueError: \n";
    assert_eq!(mask_addresses(&r.stderr), format!("{report}{report}"));
}

#[test]
fn reports_at_exit_name_the_atexit_callback_and_show_no_source_lines() {
    // python3.11 main.py: a failing atexit callback is named; a generator
    // closed at exit reports without source lines (CPython reads none then).
    let source = "\
import atexit
def bye():
    raise ValueError('x')
atexit.register(bye)
def gen():
    try:
        yield
    finally:
        raise KeyError('at exit')
g = gen()
next(g)
";
    let r = run(source, RunConfig::default());
    let expected = "\
Exception ignored in atexit callback: <function bye at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 3, in bye
    raise ValueError('x')
ValueError: x
Exception ignored in: <generator object gen at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 9, in gen
KeyError: 'at exit'
";
    assert_eq!(mask_addresses(&r.stderr), expected);
}

#[test]
fn errors_in_del_are_reported_naming_the_method_and_ignored() {
    let source = "\
class A:
    def __del__(self):
        raise ValueError(\"in del\")
class B:
    def __del__(self):
        super().__del__()
a = A()
a = None
print(\"after a\")
B()
print(\"after b\")
keep = A()
print(\"end\")
";
    let r = run(source, RunConfig::default());
    assert_eq!(r.stdout, "after a\nafter b\nend\n");
    assert_eq!(r.outcome.exit_code, 0, "{}", r.stderr);
    // From python3.11 main.py: the method, not the object, is named; at exit
    // no source lines are shown.
    let expected = "\
Exception ignored in: <function A.__del__ at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 3, in __del__
    raise ValueError(\"in del\")
ValueError: in del
Exception ignored in: <function B.__del__ at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 6, in __del__
    super().__del__()
    ^^^^^^^^^^^^^^^
AttributeError: 'super' object has no attribute '__del__'
Exception ignored in: <function A.__del__ at 0x?>
Traceback (most recent call last):
  File \"main.py\", line 3, in __del__
ValueError: in del
";
    assert_eq!(mask_addresses(&r.stderr), expected);
}
