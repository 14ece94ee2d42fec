# Reading a global in a loop sees it change, shadow a builtin, vanish and return.
def read_len():
    return len("abc")


def read_value():
    return value


print(read_len(), read_len())
len = lambda s: "shadowed"
print(read_len())
del len
print(read_len())
globals()["len"] = lambda s: "via globals()"
print(read_len())
del globals()["len"]
print(read_len())

value = 1
print(read_value(), read_value())
value = 2
print(read_value())
del value
try:
    read_value()
except NameError as exc:
    print("NameError:", exc)
for n in range(30):
    globals()[f"filler{n}"] = n
value = "back"
print(read_value())

