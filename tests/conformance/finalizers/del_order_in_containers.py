# __del__ runs at once for each object freed: nested objects outer first, list and dict items as they go.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name, "child" if self.child else "leaf")


n = Node("a", Node("b", Node("c")))
del n
print("--")
items = [Node(i) for i in range(4)]
items.pop(1)
print("popped")
items[0] = None
print("replaced")
del items[1:]
print("sliced")
items = None
print("--")
d = {"x": Node("x"), "y": Node("y")}
d["x"] = 0
print("overwritten")
d.clear()
print("cleared")
print("--")


def make():
    local = Node("in function")
    print("returning")


make()
print("after call")
t = (Node("t1"), Node("t2"))
t = None
print("end")
