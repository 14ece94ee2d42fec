# Elapsed monotonic/perf_counter time is at least the time slept (thresholds only, never printed).
import threading
import time

start = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.1)
elapsed = time.monotonic() - start
print("slept at least 0.1 s:", elapsed >= 0.099)
print("perf_counter agrees:", time.perf_counter() - p0 >= 0.099)
print("monotonic never goes back:", time.monotonic() >= start)

t0 = time.monotonic()
workers = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
parallel = time.monotonic() - t0
print("three 0.2 s sleeps overlap:", 0.199 <= parallel < 0.59)
print("time.time() is a float after 2020:", isinstance(time.time(), float) and time.time() > 1577836800)
