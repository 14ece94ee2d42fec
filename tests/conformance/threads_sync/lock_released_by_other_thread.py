# A plain Lock may be released by a thread that did not acquire it; an RLock may not.
import threading

lock = threading.Lock()
rlock = threading.RLock()
lock.acquire()
rlock.acquire()


def releaser():
    lock.release()
    print("worker released the main thread's Lock")
    try:
        rlock.release()
    except RuntimeError as exc:
        print("worker releasing RLock:", exc)


t = threading.Thread(target=releaser)
t.start()
t.join()
print("Lock locked:", lock.locked())
rlock.release()
print("main released its RLock")
