# A referent dies when its last reference goes: refs turn None and callbacks run, newest first.
import weakref

events = []


class Resource:
    def __init__(self, name):
        self.name = name


res = Resource("a")
first = weakref.ref(res, lambda ref: events.append(("first", ref() is None)))
second = weakref.ref(res, lambda ref: events.append(("second", ref is second)))
alias = res
del res
print("still referenced by alias:", first() is alias, events)
del alias
print("after the last reference:", first(), events)
holder = [Resource("in a list")]
watch = weakref.ref(holder[0], lambda ref: events.append("list item died"))
holder.clear()
print(events[-1])


def make():
    local_obj = Resource("local")
    return weakref.ref(local_obj, lambda ref: events.append("local died on return"))


ref = make()
print(events[-1], ref())
selfish = Resource("self")
selfish.me = weakref.ref(selfish, lambda ref: events.append("self-referencing ref still called"))
del selfish
print(events[-1])


def callback_target():
    pass


fref = weakref.ref(callback_target, lambda ref: events.append("function died"))
del callback_target
print(events[-1])
cyclic = Resource("cycle")
cyclic.loop = cyclic
cref = weakref.ref(cyclic)
print("a cycle keeps itself alive until collected:", cref() is cyclic)
