# A SIGINT handler installed in the main thread runs there when raise_signal delivers SIGINT.
import signal
import threading

calls = []


def on_sigint(signum, frame):
    calls.append((signal.Signals(signum).name, threading.current_thread().name, frame is not None))


previous = signal.signal(signal.SIGINT, on_sigint)
print("previous handler is the default:", previous is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print("handler calls:", calls)
print("getsignal returns ours:", signal.getsignal(signal.SIGINT) is on_sigint)
signal.signal(signal.SIGINT, signal.default_int_handler)
print(int(signal.SIGINT), signal.SIGINT.name)
