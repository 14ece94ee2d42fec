# Default values, keyword arguments and evaluation of defaults at def time.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Di', greeting='Yo'))
counter = 5
def snapshot(value=counter):
    return value
counter = 6
print(snapshot())
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
print(greet.__defaults__)
print(append_to.__defaults__)
