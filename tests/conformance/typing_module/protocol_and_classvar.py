# Protocol subclasses, ClassVar/Final annotations, Literal and Annotated reprs.
from typing import Annotated, ClassVar, Final, Literal, Protocol


class Greeter(Protocol):
    def greet(self) -> str: ...


class English(Greeter):
    language: ClassVar[str] = 'en'
    MAX: Final[int] = 3

    def greet(self) -> str:
        return 'hello'


print(English().greet(), English.language, English.__annotations__)
print(Literal['r', 'w'], Annotated[int, 'units'], ClassVar[int], Final[str])
