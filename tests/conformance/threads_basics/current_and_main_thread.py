# current_thread() and main_thread() identity in the main thread and in a worker.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread())
print("main daemon:", main.daemon, "alive:", main.is_alive())


def worker(label):
    me = threading.current_thread()
    print(label, me.name, me is t, me is threading.main_thread())
    print(label, "main still alive:", threading.main_thread().is_alive())


t = threading.Thread(target=worker, args=("in worker:",), name="W")
t.start()
t.join()
print(isinstance(main, threading.Thread), type(main).__name__)
