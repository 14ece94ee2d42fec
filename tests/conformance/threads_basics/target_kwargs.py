# Thread passes both args and kwargs to its target.
import threading


def greet(greeting, name="nobody", punct="."):
    print(f"{greeting}, {name}{punct}")


t = threading.Thread(target=greet, args=("Hello",), kwargs={"name": "Ada", "punct": "!"})
t.start()
t.join()

t = threading.Thread(target=greet, args=("Hi",))
t.start()
t.join()

t = threading.Thread(target=greet, kwargs={"greeting": "Hey"})
t.start()
t.join()
