# __bool__ takes precedence over __len__; bad return types raise TypeError.
class Both:
    def __bool__(self):
        print('__bool__')
        return True
    def __len__(self):
        print('__len__')
        return 0
print(bool(Both()))
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)))
if not LenOnly(0):
    print('empty LenOnly is falsy')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
class BadLen:
    def __len__(self):
        return 'long'
try:
    len(BadLen())
except TypeError as e:
    print('TypeError', e)
print(LenOnly(3) and 'truthy', LenOnly(0) or 'fallback')
