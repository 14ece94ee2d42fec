# A new thread starts with an empty context; copy_context().run carries the caller's values in.
import contextvars
import threading

tenant = contextvars.ContextVar("tenant", default="<default>")
tenant.set("acme")
seen = []


def show(label):
    seen.append((label, tenant.get()))
    tenant.set(f"changed-by-{label}")


t = threading.Thread(target=show, args=("plain thread",))
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(show, "ctx.run thread"))
t.start()
t.join()
for row in seen:
    print(*row)
print("main still:", tenant.get())
print("the copied context was changed by the thread:", ctx[tenant])
