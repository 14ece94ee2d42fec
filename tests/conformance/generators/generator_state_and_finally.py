# Generator finally blocks run on exhaustion or close, and local state persists.
def numbered(items):
    n = 0
    try:
        for item in items:
            n += 1
            yield f'{n}: {item}'
    finally:
        print('finally, produced', n)
for line in numbered(['a', 'b']):
    print(line)
g = numbered('xyz')
print(next(g))
g.close()
print('after close')
def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
next(avg)
for v in (10, 20, 60):
    print(avg.send(v))
