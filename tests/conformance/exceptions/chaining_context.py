# An exception raised while handling another records it in __context__.
try:
    try:
        {}['missing']
    except KeyError:
        raise ValueError('lookup failed')
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as first:
        try:
            [][0]
        except IndexError as second:
            raise TypeError('third')
except TypeError as third:
    print(type(third.__context__).__name__, type(third.__context__.__context__).__name__)
try:
    try:
        raise ValueError('original')
    finally:
        raise RuntimeError('from finally')
except RuntimeError as e:
    print(repr(e.__context__))
