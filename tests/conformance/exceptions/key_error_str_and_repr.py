# str() of a KeyError keeps the key's repr; other exceptions use the plain message.
e = KeyError('k')
print(str(e), repr(e), e.args)
print(str(KeyError(1)), str(KeyError()), str(KeyError('a', 'b')))
print(str(ValueError('v')), repr(ValueError('v')))
print(str(ValueError()), repr(ValueError()))
print(str(ValueError('a', 2)), repr(ValueError('a', 2)))
print(str(Exception(None)), repr(Exception(None)))
print(repr(Exception('quote\'s')), repr(Exception("dq\"")))
print(str(IndexError(3)), repr(OSError('x')))
try:
    {}['missing key']
except KeyError as err:
    print(err, '|', err.args[0])
print(f'{KeyError("fmt")}', '%s' % KeyError('pct'))
