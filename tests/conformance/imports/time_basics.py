# time: sleep returns None, clocks only move forward, and types of the readings.
import time
start = time.monotonic()
print(time.sleep(0.01))
elapsed = time.monotonic() - start
print(elapsed >= 0.01, elapsed < 5)
print(type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.time_ns()).__name__)
a = time.perf_counter()
b = time.perf_counter()
print(b >= a)
print(time.strftime('%Y-%m-%d', time.gmtime(0)))
print(time.gmtime(86400 * 365).tm_year)
