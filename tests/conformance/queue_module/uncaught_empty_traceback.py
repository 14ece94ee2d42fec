# An uncaught queue.Empty ends the program; the traceback's last line names it _queue.Empty.
import queue


def drain(q):
    while True:
        print("took", q.get_nowait())


q = queue.Queue()
q.put("only item")
drain(q)
