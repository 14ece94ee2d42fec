# Objects that cannot be copied raise TypeError; copy.Error is an Exception subclass.
import copy
import threading

for obj in (threading.Lock(), (x for x in range(3))):
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
            print('copied')
        except TypeError as e:
            print(fn.__name__, 'TypeError', e)
print(issubclass(copy.Error, Exception), copy.Error is copy.error)
