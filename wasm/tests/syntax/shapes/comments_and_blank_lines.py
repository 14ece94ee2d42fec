# comment

x = 1  # trailing


# more
def f():
    # inside

    return x
    # after
