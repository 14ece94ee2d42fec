# __del__ may store self somewhere; the object lives on and __del__ never runs for it again.
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "saving it")
        saved.append(self)


p = Phoenix("p")
p = None
print("saved:", [x.name for x in saved])
saved.clear()
print("cleared again, no second del")
print(Phoenix("q").name)
print("q is in saved:", saved[0].name)
q = saved.pop()
q.__del__()
print("explicit call is a normal call, saved:", len(saved))
saved.clear()
print("end")
