# An exception raised inside a generator consumed by a for loop.
def readings(raw):
    for item in raw:
        yield float(item)

total = 0.0
for value in readings(['1.5', '2.5', 'n/a']):
    total += value
    print('total', total)
