def f():
    global a, b
    nonlocal c
    del a, b[0], c.d
    del (e, f)
    assert x, 'msg'
    return
