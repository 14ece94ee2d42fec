# ABC subclasses keep normal constructor arguments, class attributes and isinstance checks.
from abc import ABC, abstractmethod


class Account(ABC):
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    @abstractmethod
    def fee(self):
        ...


class Checking(Account):
    def fee(self):
        return 1


c = Checking('ann', balance=10)
print(c.owner, c.balance, c.fee(), Account.count, isinstance(c, Account), issubclass(Checking, ABC))


class NoAbstract(ABC):
    pass


print(type(NoAbstract()).__name__)
