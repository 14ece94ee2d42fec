# Method calls and attribute access on instances.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def is_rich(self):
        return self.balance > 1000


def work(n):
    accounts = [Account(i, i % 100) for i in range(100)]
    rich = 0
    for i in range(n):
        a = accounts[i % 100]
        a.deposit(i % 7)
        if a.is_rich():
            rich += 1
    return rich

print(work(1_000_000))
