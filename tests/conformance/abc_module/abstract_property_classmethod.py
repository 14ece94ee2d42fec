# Abstract properties, classmethods and staticmethods; super() calls into abstract implementations.
from abc import ABC, abstractmethod


class Plugin(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...

    @abstractmethod
    def run(self):
        return 'base run'


class Echo(Plugin):
    @property
    def name(self):
        return 'echo'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2

    def run(self):
        return 'echo + ' + super().run()


try:
    Plugin()
except TypeError as e:
    print('TypeError', e)
p = Echo.create()
print(p.name, p.version(), p.run(), Plugin.run.__isabstractmethod__)
