# An exception passing through a @contextmanager generator keeps the generator's frame in the traceback.
import contextlib


@contextlib.contextmanager
def transaction(name):
    print("begin", name)
    try:
        yield name
    finally:
        print("end", name)


def transfer(amount):
    with transaction("transfer"):
        if amount < 0:
            raise ValueError(f"negative amount {amount}")


transfer(5)
transfer(-1)
