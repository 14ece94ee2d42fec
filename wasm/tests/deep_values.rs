//! Values nested far deeper than the native stack allows recursion over:
//! comparing them raises RecursionError as CPython does, and freeing them
//! never overflows the stack. Runs on the test harness's small thread stack,
//! closer to the browser's than the native command's.

use threadwise_playground::engine::{run, RunConfig};

#[test]
fn deep_comparisons_raise_recursion_error_and_deep_values_are_freed() {
    let source = "\
a = []
for i in range(300000):
    a = [a]
try:
    print(a == a[0])
except RecursionError as e:
    print('RecursionError', e)
t = ()
for i in range(300000):
    t = (t,)
try:
    print(t == t[0])
except RecursionError as e:
    print('RecursionError', e)
print([[1, [2]]] == [[1, [2]]], (1, (2, (3,))) == (1, (2, (3,))))
del a, t
print('freed')
b = [[]]
for i in range(300000):
    b = [b, (b,)]
print('left alive at exit')
";
    let r = run(source, RunConfig::default());
    assert_eq!(
        r.stdout,
        "RecursionError maximum recursion depth exceeded in comparison\n\
         RecursionError maximum recursion depth exceeded in comparison\n\
         True True\n\
         freed\n\
         left alive at exit\n",
        "{}",
        r.stderr
    );
    assert_eq!(r.outcome.exit_code, 0);
}

#[test]
fn hashing_or_printing_a_deep_tuple_is_a_python_error_not_a_crash() {
    // CPython 3.11 itself crashes on these (a segmentation fault); the engine
    // must answer with a Python exception instead.
    let source = "\
t = ()
for i in range(300000):
    t = (t,)
for f in (hash, repr, lambda v: {v}, lambda v: {v: 1}):
    try:
        f(t)
        print('no error')
    except RecursionError as e:
        print('RecursionError')
";
    let r = run(source, RunConfig::default());
    assert_eq!(r.stdout, "RecursionError\n".repeat(4), "{}", r.stderr);
}
