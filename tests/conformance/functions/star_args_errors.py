def f(*a, **k): pass
try:
    f(1, *1)
except TypeError as e:
    print('f(1, *1)', '->', e)
try:
    f(*[1], *1)
except TypeError as e:
    print('f(*[1], *1)', '->', e)
try:
    [*1]
except TypeError as e:
    print('[*1]', '->', e)
try:
    (*1,)
except TypeError as e:
    print('(*1,)', '->', e)
try:
    {*1}
except TypeError as e:
    print('{*1}', '->', e)
try:
    f(*1, 2)
except TypeError as e:
    print('f(*1, 2)', '->', e)
try:
    print(*1)
except TypeError as e:
    print('print(*1)', '->', e)
try:
    f(**{}, **1)
except TypeError as e:
    print('f(**{}, **1)', '->', e)
try:
    f(a=1, **1)
except TypeError as e:
    print('f(a=1, **1)', '->', e)
try:
    {**1}
except TypeError as e:
    print('{**1}', '->', e)
