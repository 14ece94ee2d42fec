# A child process can run its own threads and a threading.local; results come back through a Queue.
import multiprocessing
import threading

tls = threading.local()


def thread_work(results, n):
    tls.value = n * 100
    results.append((threading.current_thread().name, tls.value))


def child(q):
    results = []
    threads = [threading.Thread(target=thread_work, args=(results, n), name=f"inner-{n}") for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    q.put((multiprocessing.current_process().name, sorted(results), hasattr(tls, "value")))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,), name="worker-proc")
    p.start()
    print(q.get())
    p.join()
    print("parent local untouched:", hasattr(tls, "value"))
