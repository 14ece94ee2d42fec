# thread_name_prefix names workers PREFIX_0, PREFIX_1, ...; default names use ThreadPoolExecutor-N_M.
from concurrent.futures import ThreadPoolExecutor
import threading


def name_of(_):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1, thread_name_prefix="downloader") as pool:
    print(set(pool.map(name_of, range(3))))

with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(name_of, 0).result())
with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(name_of, 0).result())
