# A subclass that implements only some abstract methods is still abstract; the message lists the rest.
from abc import ABC, abstractmethod


class Base(ABC):
    @abstractmethod
    def load(self): ...

    @abstractmethod
    def save(self): ...

    @abstractmethod
    def close(self): ...


class Half(Base):
    def load(self):
        return 'loaded'


class Full(Half):
    def save(self):
        return 'saved'

    def close(self):
        return 'closed'


for cls in (Base, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, obj.load(), obj.save(), obj.close())
    except TypeError as e:
        print('TypeError', e)
