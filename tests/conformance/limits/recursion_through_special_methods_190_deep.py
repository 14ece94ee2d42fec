# Python code that built-ins call back (__repr__, __eq__, __hash__, sort keys) recurses 190 deep without a RecursionError.
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt

    def __repr__(self):
        return "N" + (repr(self.nxt) if self.nxt else "")

    def __eq__(self, other):
        if self.nxt is None or other.nxt is None:
            return self.nxt is other.nxt
        return self.nxt == other.nxt

    def __hash__(self):
        return 1 if self.nxt is None else hash(self.nxt) + 1


def chain(n):
    head = None
    for _ in range(n):
        head = Node(head)
    return head


a, b = chain(190), chain(190)
print(len(repr(a)), a == b, hash(a))


def depth(n):
    return 0 if n == 0 else 1 + sorted([n - 1], key=depth)[0]


print(depth(190))
nested = []
for _ in range(300):
    nested = [nested]
print(nested == [nested[0]])
