# Class attributes of a local subclass act as shared defaults for threads with no value yet.
import threading


class Settings(threading.local):
    color = "grey"
    retries = 3


settings = Settings()
settings.color = "main-blue"
seen = []


def worker():
    seen.append(("before", settings.color, settings.retries))
    settings.color = "worker-green"
    seen.append(("after", settings.color, settings.retries))


t = threading.Thread(target=worker)
t.start()
t.join()
for row in seen:
    print(*row)
print("main:", settings.color, settings.retries)
print("instance dict in main:", settings.__dict__)
Settings.retries = 5
t = threading.Thread(target=lambda: print("new default seen:", settings.retries, settings.color))
t.start()
t.join()
