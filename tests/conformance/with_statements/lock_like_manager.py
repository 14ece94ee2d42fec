# A reusable context manager that counts nesting depth, like a re-entrant lock.
class Reentrant:
    def __init__(self):
        self.depth = 0
        self.log = []
    def __enter__(self):
        self.depth += 1
        self.log.append(f'acquire depth={self.depth}')
        return self
    def __exit__(self, *exc):
        self.log.append(f'release depth={self.depth}')
        self.depth -= 1
lock = Reentrant()
def inner():
    with lock:
        return lock.depth
def outer():
    with lock:
        return inner() + lock.depth
print(outer())
print(lock.log, lock.depth)
with lock as same:
    print(same is lock)
