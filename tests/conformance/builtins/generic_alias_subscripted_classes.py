# list[int], dict[str, int], queue.Queue[int]: types.GenericAlias prints as written, compares by origin and arguments, calls its origin, and refuses isinstance(), as in CPython.
import queue
from collections import defaultdict, deque, OrderedDict, Counter
from concurrent.futures import Future
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(queue.Queue[int], Future[int], defaultdict[str, int], deque[int], OrderedDict[str, int], Counter[str])
print(list[int] == list[int], list[int] == list, list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int].__origin__ is list, list[int].__args__, list[int].__parameters__, type(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), list[int].append is list.append)
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: int[str], lambda: list[int][str], lambda: isinstance(1, list[int] | None)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)
print(list[int] | None, int | list[str])
class Stack(list[int]):
    pass
print(Stack.__bases__, Stack([3]))
def f(items: list[str] | None = None, q: "queue.Queue[int]" = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
class MyList(list):
    pass
print(MyList[int], hasattr(list, "__class_getitem__"), list.__class_getitem__(int))
