# A class whose __init__ builds another instance recurses about 500 levels deep: each level is a class call and a frame.
class T:
    def __init__(self, depth):
        if depth:
            T(depth - 1)


def deepest():
    for n in (497, 498, 499, 500):
        try:
            T(n)
            print(n, "ok")
        except RecursionError as e:
            print(n, e)


deepest()
for n in (498, 499):
    try:
        T(n)
        print(n, "ok")
    except RecursionError as e:
        print(n, e)


class Node:
    def __init__(self, value):
        self.next = Node(value + 1)


Node(0)
