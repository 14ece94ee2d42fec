# Thread with a target and positional args; join waits for the result.
import threading

results = []


def add(a, b):
    results.append(a + b)


t = threading.Thread(target=add, args=(2, 3))
t.start()
t.join()
print("result:", results)

t = threading.Thread(target=add, args=[10, 20])
t.start()
t.join()
print("result:", results)
