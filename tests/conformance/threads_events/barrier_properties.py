# parties, n_waiting and broken change as threads arrive and leave.
import threading
import time

barrier = threading.Barrier(3)
print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
threads = []
for i in range(2):
    t = threading.Thread(target=barrier.wait)
    t.start()
    threads.append(t)
    while barrier.n_waiting < i + 1:
        time.sleep(0.01)
    print("after", i + 1, "arrived: n_waiting =", barrier.n_waiting)
barrier.wait()
for t in threads:
    t.join()
print("after release: n_waiting =", barrier.n_waiting, "broken:", barrier.broken)
