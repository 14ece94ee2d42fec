# Type aliases assigned to names, used in signatures, and subscripted generic aliases.
from typing import Callable, Dict, List, Tuple, Union

Vector = List[float]
Handler = Callable[[str, int], bool]
Json = Union[Dict[str, 'Json'], List['Json'], str, int, float, bool, None]


def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]


print(Vector, Handler, scale([1.0, 2.0], 2))
print(Tuple[int, str], Tuple[int, ...], Dict[str, List[Tuple[int, int]]])
print(scale.__annotations__)
