# A per-request "current user" in a worker pool: each worker thread sets it while handling a request.
import queue
import threading

request_ctx = threading.local()
requests = queue.Queue()
lock = threading.Lock()
log = []


def current_user():
    return getattr(request_ctx, "user", "anonymous")


def handle(request):
    request_ctx.user = request["user"]
    try:
        return f"{request['path']} served to {current_user()}"
    finally:
        del request_ctx.user


def worker():
    while True:
        req = requests.get()
        if req is None:
            break
        line = handle(req)
        with lock:
            log.append((req["n"], line, current_user()))


pool = [threading.Thread(target=worker, name=f"pool-{i}") for i in range(3)]
for t in pool:
    t.start()
users = ["ann", "bob", "cy", "dee", "eve", "fay"]
for n, user in enumerate(users):
    requests.put({"n": n, "user": user, "path": f"/page/{n}"})
for _ in pool:
    requests.put(None)
for t in pool:
    t.join()
for n, line, after in sorted(log):
    print(n, line, "| after request:", after)
print("main:", current_user())
