# A cached function that calls itself with the same arguments before it returns.
import functools

depth = 0


def make(cache):
    global depth
    depth = 0

    @cache
    def load():
        global depth
        depth += 1
        if depth == 1:
            load()
            return "outer"
        return "inner"

    return load


unbounded = make(functools.cache)
print(unbounded(), unbounded(), unbounded.cache_info())
bounded = make(functools.lru_cache(maxsize=128))
print(bounded(), bounded(), bounded.cache_info())
