"""gi_code, gi_running and gi_suspended of a generator through its life, and code objects keeping their identity."""


def countdown(n):
    while n:
        print("inside, running:", me.gi_running, "suspended:", me.gi_suspended)
        yield n
        n -= 1


me = countdown(2)
print(me.gi_code.co_name, me.gi_code is countdown.__code__, me.gi_running, me.gi_suspended)
for value in me:
    print(value, "suspended:", me.gi_suspended)
print("finished:", me.gi_running, me.gi_suspended)
code = countdown.__code__
print(code is countdown.__code__, id(code) == id(countdown.__code__), {code: "found"}[countdown.__code__])
print(countdown.__code__ is (lambda: 0).__code__)
