# cast, TYPE_CHECKING, NewType, get_origin/get_args, overload/final as plain decorators.
from typing import TYPE_CHECKING, Dict, List, NewType, cast, final, get_args, get_origin, overload

if TYPE_CHECKING:
    print('never printed')
UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId)
print(cast(str, 3), cast(List[int], 'x'))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int), get_args(List))


@final
class Leaf:
    pass


@overload
def f(x: int) -> int: ...


def f(x):
    return x * 2


print(Leaf.__name__, f(4))
