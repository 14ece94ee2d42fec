# property with getter, setter and deleter, including validation in the setter.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        print('get balance')
        return self._balance
    @balance.setter
    def balance(self, value):
        print('set balance', value)
        if value < 0:
            raise ValueError('balance cannot be negative')
        self._balance = value
    @balance.deleter
    def balance(self):
        print('delete balance')
        del self._balance
a = Account('ann', 10)
print(a.balance)
a.balance += 5
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError', e)
del a.balance
try:
    a.balance
except AttributeError as e:
    print('AttributeError', e)
print(type(Account.balance).__name__)
class Legacy:
    def _get(self):
        return 'legacy value'
    value = property(_get, doc='documented')
print(Legacy().value, Legacy.value.__doc__)
