# Nested try statements: which handler runs, and what propagates where.
def level(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        level(n - 1)
    except KeyError:
        print('never: KeyError at level', n)
    finally:
        print('unwinding level', n)
try:
    level(3)
except ValueError as e:
    print('top caught', e)
def convert(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            try:
                out.append(float(item))
            except ValueError:
                out.append(None)
    return out
print(convert(['1', '2.5', 'x', '-3']))
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise
    finally:
        print('finally still runs')
except ValueError as e:
    print('re-raised', e)
