# An uncaught RecursionError prints a traceback with repeated lines collapsed.
def countdown(n):
    return countdown(n - 1)

print('start')
countdown(10)
