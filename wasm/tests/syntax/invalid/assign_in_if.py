if count = 3:
    pass
