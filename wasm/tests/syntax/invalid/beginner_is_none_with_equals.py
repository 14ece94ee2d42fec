if x = None:
    pass
