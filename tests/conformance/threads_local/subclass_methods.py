# Methods on a local subclass see the calling thread's attributes through self.
import threading


class Stack(threading.local):
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return len(self.items)

    def pop(self):
        return self.items.pop() if self.items else None


stack = Stack()
stack.push("main-1")
stack.push("main-2")


def worker():
    print("worker pop on fresh stack:", stack.pop())
    print("worker push ->", stack.push("w-1"))
    print("worker pop:", stack.pop())


t = threading.Thread(target=worker)
t.start()
t.join()
print("main pop:", stack.pop(), stack.pop(), stack.pop())
