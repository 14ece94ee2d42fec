# raise ... from sets __cause__ and __suppress_context__; from None hides the context.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f'bad value {text!r}') from exc
try:
    load('x1')
except ConfigError as e:
    print(e)
    print(repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise LookupError('outer') from None
except LookupError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise RuntimeError('direct') from ValueError('explicit cause')
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError('bad') from 5
except TypeError as e:
    print('TypeError', e)
