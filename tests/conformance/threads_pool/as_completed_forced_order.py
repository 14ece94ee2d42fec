# as_completed yields futures as they finish; Events force the finishing order.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

gates = {name: threading.Event() for name in ("a", "b", "c")}


def job(name, then):
    gates[name].wait()
    if then:
        gates[then].set()
    return name


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(job, "a", None): "a",
               pool.submit(job, "b", "a"): "b",
               pool.submit(job, "c", "b"): "c"}
    gates["c"].set()
    order = []
    for f in as_completed(futures):
        order.append(f.result())
        print("completed:", f.result(), "label matches:", futures[f] == f.result())
print(order)
