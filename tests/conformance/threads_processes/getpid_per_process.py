# os.getpid() is the same within a process and differs between parent and child (compared, never printed).
import multiprocessing
import os


def child(q):
    q.put((os.getpid(), os.getpid(), os.getppid()))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    pid_a, pid_b, parent = q.get()
    p.join()
    print("stable inside child:", pid_a == pid_b)
    print("child differs from parent:", pid_a != os.getpid())
    print("child's parent is us:", parent == os.getpid())
    print("Process.pid matches:", p.pid == pid_a)
    print("threads share the pid:", os.getpid() == os.getpid())
