# Pools without a prefix are numbered in creation order; a prefixed pool does not use up a number.
from concurrent.futures import ThreadPoolExecutor
import threading


def name():
    return threading.current_thread().name


names = []
for prefix in ("", "custom", "", None, ""):
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix=prefix or "") as ex:
        names.append(ex.submit(name).result())
print(names)
ex = ThreadPoolExecutor(max_workers=2)
print(ex._thread_name_prefix)
ex.shutdown()
