# A task's exception re-raised by result() keeps the worker function's frame in the traceback.
from concurrent.futures import ThreadPoolExecutor


def parse(record):
    key, value = record.split("=")
    return key, int(value)


with ThreadPoolExecutor(max_workers=2) as ex:
    good = ex.submit(parse, "a=1")
    bad = ex.submit(parse, "b=two")
    print(good.result())
    print(bad.result())
