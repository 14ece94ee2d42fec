# A local created inside the function is a new object on every call, so nothing persists.
import threading


def count_calls():
    state = threading.local()
    state.calls = getattr(state, "calls", 0) + 1
    return state.calls


print([count_calls() for _ in range(3)])

shared = threading.local()


def count_calls_shared():
    shared.calls = getattr(shared, "calls", 0) + 1
    return shared.calls


print([count_calls_shared() for _ in range(3)])
out = []
t = threading.Thread(target=lambda: out.extend(count_calls_shared() for _ in range(2)))
t.start()
t.join()
print("new thread starts over:", out)
print("main continues:", count_calls_shared())
