# assert passes silently, or raises AssertionError with or without a message.
assert True
assert 1 + 1 == 2, 'math is broken'
try:
    assert 1 > 2
except AssertionError as e:
    print('no message:', repr(e), repr(str(e)), e.args)
try:
    assert [], 'empty list ' + 'is false'
except AssertionError as e:
    print('message:', e, e.args)
try:
    x = 3
    assert x == 4, f'x was {x}'
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
