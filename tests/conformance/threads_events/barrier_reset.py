# reset() breaks waiting threads once, then the barrier is usable again.
import threading
import time

barrier = threading.Barrier(2)
outcomes = []


def lone_waiter():
    try:
        barrier.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("broken by reset")


t = threading.Thread(target=lone_waiter)
t.start()
while barrier.n_waiting < 1:
    time.sleep(0.01)
barrier.reset()
t.join()
print(outcomes, "broken after reset:", barrier.broken)

barrier.abort()
print("after abort:", barrier.broken)
barrier.reset()
print("after reset:", barrier.broken, barrier.n_waiting)
indexes = {}
t = threading.Thread(target=lambda: indexes.update(worker=barrier.wait()))
t.start()
while barrier.n_waiting < 1:
    time.sleep(0.01)
indexes["main"] = barrier.wait()
t.join()
print("reused barrier indexes:", sorted(indexes.items()))
