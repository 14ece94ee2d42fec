# cancel() after a Timer fired, or before it starts, is harmless.
import threading

hits = []
t = threading.Timer(0.05, hits.append, args=(1,))
t.start()
t.join()
t.cancel()
print("hits:", hits)

never = threading.Timer(0.05, hits.append, args=(2,))
never.cancel()
never.start()
never.join()
print("cancelled before start:", hits)
print("daemon default:", never.daemon)
