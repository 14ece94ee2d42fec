# args='xy' is unpacked like any sequence: the target receives two arguments.
import threading


def show(*parts):
    print(len(parts), parts)


t = threading.Thread(target=show, args="xy")
t.start()
t.join()

t = threading.Thread(target=show, args=range(3))
t.start()
t.join()

t = threading.Thread(target=show)
t.start()
t.join()
