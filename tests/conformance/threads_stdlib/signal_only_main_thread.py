# signal.signal may only be called from the main thread.
import signal
import threading

errors = []


def try_install():
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError as exc:
        errors.append(str(exc))


t = threading.Thread(target=try_install)
t.start()
t.join()
print(errors)
print("main still has the default:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
