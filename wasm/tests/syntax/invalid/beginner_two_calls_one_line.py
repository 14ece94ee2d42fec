q.put(item) q.task_done()
