# lru_cache: hits and misses, least-recently-used eviction, typed keys, maxsize 0 and None, methods, cache_clear.
import functools

calls = []


@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(calls, square.cache_info())
print(square.cache_parameters(), square.__name__, square.__wrapped__(5))
square.cache_clear()
print(square.cache_info())


@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@functools.lru_cache
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
no_cache = functools.lru_cache(maxsize=0)(lambda x: x)
no_cache(1)
no_cache(1)
print(no_cache.cache_info())


@functools.cache
def keyed(a, b=0):
    calls.append((a, b))
    return a + b


keyed(1, b=2)
keyed(1, 2)
keyed(a=1, b=2)
keyed(b=2, a=1)
print(keyed.cache_info())


class Account:
    def __init__(self, balance):
        self.balance = balance

    @functools.lru_cache(maxsize=None)
    def report(self, currency):
        return f"{self.balance} {currency}"


a = Account(5)
print(a.report("EUR"), a.report("EUR"), Account.report.cache_info())
try:
    keyed([1])
except TypeError as exc:
    print("TypeError:", exc)
try:
    functools.lru_cache("big")
except TypeError as exc:
    print("TypeError:", exc)
print(type(square).__name__, type(square).__module__)
