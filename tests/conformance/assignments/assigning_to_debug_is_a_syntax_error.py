# __debug__ is a constant: assigning to it is a SyntaxError, so nothing runs.
print("never printed")
if __debug__:
    print("debug mode")
__debug__ = False
