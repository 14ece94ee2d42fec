# send() resumes a generator with a value; the first send must be None.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration:
    print('stopped')
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print('TypeError', e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    e.send('c')
except StopIteration as stop:
    print('returned', stop.value)
