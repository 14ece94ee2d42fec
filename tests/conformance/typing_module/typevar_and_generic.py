# TypeVar reprs and a Generic container class used with and without a parameter.
from typing import Generic, List, Optional, TypeVar

T = TypeVar('T')
K = TypeVar('K', bound=int)
Co = TypeVar('Co', covariant=True)
print(T, K, Co, T.__name__, K.__bound__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), type(s).__name__)


class IntStack(Stack[int]):
    pass


print(IntStack().pop(), issubclass(IntStack, Stack))
try:
    TypeVar('X', int)
except TypeError as e:
    print('TypeError', e)
