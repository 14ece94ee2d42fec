# Assigning or deleting a property without a setter or deleter raises AttributeError.
class Account:
    def __init__(self):
        self._label = 'main'
    @property
    def label(self):
        return self._label
    def _get_size(self):
        return 3
    size = property(_get_size)
acct = Account()
print(acct.label)
try:
    acct.label = 'other'
except AttributeError as e:
    print('AttributeError:', e)
try:
    del acct.label
except AttributeError as e:
    print('AttributeError:', e)
try:
    acct.size = 4
except AttributeError as e:
    print('AttributeError:', e)
class Broken:
    @property
    def value(self):
        return self.missing
try:
    Broken().value
except AttributeError as e:
    print('AttributeError:', e)
