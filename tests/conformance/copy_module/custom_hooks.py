# __copy__ and __deepcopy__ hooks, __getstate__/__setstate__, and __slots__ instances.
import copy


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.items)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return Tracked(copy.deepcopy(self.items, memo))


t = Tracked([1, [2]])
a, b = copy.copy(t), copy.deepcopy(t)
print(a.items is t.items, b.items is t.items, b.items == t.items)


class Conn:
    def __init__(self):
        self.host = 'h'
        self.socket = object()

    def __getstate__(self):
        state = dict(self.__dict__)
        del state['socket']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = 'reopened'


c = copy.copy(Conn())
print(c.host, c.socket)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = [1]
        self.y = 'why'


s = copy.deepcopy(Slotted())
print(s.x, s.y)
