# signal: installing a SIGINT handler, reading it back, and the constants' values.
import signal
print(int(signal.SIGINT), signal.SIGINT.name, signal.SIGINT == 2)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
def handler(signum, frame):
    print('got', signum)
previous = signal.signal(signal.SIGINT, handler)
print(previous is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.signal(signal.SIGINT, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.default_int_handler)
print(str(signal.SIGINT), repr(signal.SIGTERM))
