# Truth values of built-in objects and of objects with __bool__/__len__.
values = [0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b'', b'\x00']
for v in values:
    print(repr(v), bool(v))
class WithLen:
    def __len__(self):
        return 0
class WithBool:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(WithLen()), bool(WithBool()), bool(Plain()))
print(not WithLen(), not Plain())
