# Annotations using typing names evaluate, and the alias reprs match CPython's.
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Set, Tuple, Union


def process(items: List[int], lookup: Dict[str, Optional[float]], cb: Callable[[int], str] = str) -> Tuple[int, ...]:
    return tuple(items)


for name, value in process.__annotations__.items():
    print(name, value)
print(Optional[int], Union[int, str], Union[int, str, None], Union[int], Union[int, Union[str, int]])
print(List, Set[bytes], Iterable[Any], Iterator[List[Dict[str, int]]], Callable[..., None], Tuple[()])
print(process([1, 2], {}))
