# except clauses match in order; tuples of types; else runs only without an exception.
def parse(text):
    try:
        value = int(text)
    except (TypeError, ValueError) as e:
        print('bad input:', type(e).__name__)
        return None
    else:
        print('parsed', value)
        return value
    finally:
        print('done with', repr(text))
parse('12')
parse('x')
parse(None)
def order(exc):
    try:
        raise exc
    except LookupError:
        return 'LookupError clause'
    except KeyError:
        return 'KeyError clause (unreachable)'
    except Exception:
        return 'Exception clause'
print(order(KeyError()), order(IndexError()), order(TypeError()))
try:
    raise ValueError
except ValueError as e:
    print('class raised, instance caught:', repr(e))
try:
    try:
        raise OSError('disk')
    except ValueError:
        print('not here')
except OSError as e:
    print('outer caught', e)
