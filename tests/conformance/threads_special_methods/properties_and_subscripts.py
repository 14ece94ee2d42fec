"""Two threads whose property getters and setters, __getitem__ and __setitem__ sleep take turns as in CPython."""
import threading
import time

events = []


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0

    @property
    def balance(self):
        events.append(f"{self.owner} reads")
        time.sleep(0.04)
        return self._balance

    @balance.setter
    def balance(self, amount):
        events.append(f"{self.owner} writes {amount}")
        time.sleep(0.04)
        self._balance = amount


class Ledger:
    def __init__(self, owner):
        self.owner = owner
        self.entries = {}

    def __getitem__(self, key):
        events.append(f"{self.owner} looks up {key}")
        time.sleep(0.04)
        return self.entries.get(key, 0)

    def __setitem__(self, key, value):
        events.append(f"{self.owner} records {key}")
        time.sleep(0.04)
        self.entries[key] = value


def race(label, work):
    events.clear()

    def job(owner, delay):
        time.sleep(delay)
        result = work(owner)
        events.append(f"{owner}={result!r}")

    a = threading.Thread(target=job, args=("ann", 0))
    b = threading.Thread(target=job, args=("bob", 0.02))
    a.start()
    b.start()
    a.join()
    b.join()
    print(label)
    for event in events:
        print("   ", event)


def deposit(owner):
    account = Account(owner)
    account.balance = account.balance + 10
    return account.balance


def book(owner):
    ledger = Ledger(owner)
    ledger["rent"] = 5
    return ledger["rent"] + ledger["food"]


race("property", deposit)
race("subscript", book)
