# abort() breaks the barrier: current and later waiters get BrokenBarrierError.
import threading
import time

barrier = threading.Barrier(3)
outcomes = []
lock = threading.Lock()


def waiter(name):
    try:
        barrier.wait()
        result = "passed"
    except threading.BrokenBarrierError:
        result = "BrokenBarrierError"
    with lock:
        outcomes.append((name, result))


t1 = threading.Thread(target=waiter, args=("w1",))
t2 = threading.Thread(target=waiter, args=("w2",))
t1.start()
t2.start()
while barrier.n_waiting < 2:
    time.sleep(0.01)
print("waiting before abort:", barrier.n_waiting)
barrier.abort()
t1.join()
t2.join()
print(sorted(outcomes))
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError as exc:
    print("late waiter:", type(exc).__name__, repr(str(exc)))
print(issubclass(threading.BrokenBarrierError, RuntimeError))
