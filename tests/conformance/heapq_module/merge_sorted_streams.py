# heapq.merge of sorted inputs, lazily, with key and reverse.
import heapq


def numbers(name, values):
    for v in values:
        print('  read', name, v)
        yield v


merged = heapq.merge(numbers('a', [1, 4, 9]), numbers('b', [2, 3, 10]))
print(next(merged), next(merged))
print(list(merged))
print(list(heapq.merge(['bb', 'ccc'], ['a', 'dddd'], key=len)), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
