# Calling task_done() more times than items were put raises ValueError.
import queue

q = queue.Queue()
q.put("x")
print("unfinished:", q.unfinished_tasks)
q.get()
q.task_done()
print("unfinished:", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as exc:
    print("ValueError:", exc)
q.join()
print("join on a finished queue returns at once")
print("SimpleQueue has task_done:", hasattr(queue.SimpleQueue(), "task_done"))
