sorted(key, x for x in y)
