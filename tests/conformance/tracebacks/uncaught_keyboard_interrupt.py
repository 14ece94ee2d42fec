# An uncaught KeyboardInterrupt prints a traceback and exits with status 1.
def wait_for_user():
    raise KeyboardInterrupt

print('waiting')
wait_for_user()
