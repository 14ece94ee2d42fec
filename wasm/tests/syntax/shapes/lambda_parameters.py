lambda: 0
lambda a, b=1, *args, c, d=2, **kw: a
lambda a, /, b, *, c: 0
lambda *, k: k
lambda x: lambda y: x + y
