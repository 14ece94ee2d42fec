[x, y for x, y in pairs]
