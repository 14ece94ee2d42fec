[x for f() in items]
