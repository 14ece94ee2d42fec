# __exit__ gets the type, the instance and a traceback; it can log and re-raise.
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        self.seen = (exc_type, exc_value, traceback is not None)
        print('exc_type:', exc_type)
        print('exc_value:', repr(exc_value))
        print('has traceback:', traceback is not None)
        return exc_type is KeyError
rec = Recorder()
with rec:
    pass
print(rec.seen)
with rec:
    raise KeyError('key')
print('KeyError suppressed')
try:
    with rec:
        raise TypeError('type')
except TypeError as e:
    print('TypeError not suppressed:', e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
try:
    with BadExit():
        raise ValueError('body failed')
except RuntimeError as e:
    print(e, '| context:', repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print('TypeError', e)
