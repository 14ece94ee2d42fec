# With the default handler, SIGINT raises KeyboardInterrupt in the main thread, which can be caught.
import signal

try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as exc:
    print("caught KeyboardInterrupt:", repr(exc))
finally:
    print("finally runs")
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
