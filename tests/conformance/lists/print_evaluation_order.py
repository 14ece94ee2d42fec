# Arguments are evaluated before printing, so print(lst, lst.pop()) shows the popped list.
lst = [1, 2, 3]
print(lst, lst.pop())
d = {'a': 1}
print(d, d.setdefault('b', 2))
s = [3, 1, 2]
print(s, s.sort(), s)
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print(bump(), bump(), counter)
x = [1]
print(x, x.append(2), x)
