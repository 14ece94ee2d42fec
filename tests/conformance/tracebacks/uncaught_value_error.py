# An uncaught ValueError at module level: traceback with one frame, exit status 1.
print('before the error')
value = int('forty-two')
print('never printed')
