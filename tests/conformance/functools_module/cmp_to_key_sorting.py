# cmp_to_key turns a three-way comparison into a sort key; the key objects compare only with each other.
import functools


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(max(words, key=functools.cmp_to_key(by_length_then_reverse)))
key = functools.cmp_to_key(lambda a, b: a - b)
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 == key(1), k1 <= k2, k2 >= k1, k1.obj)
print(type(key).__name__, type(k1).__qualname__)
try:
    hash(k1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    k1 < 2
except TypeError as exc:
    print("TypeError:", exc)
