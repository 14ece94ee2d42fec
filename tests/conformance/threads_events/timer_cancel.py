# A cancelled Timer never runs its function; an uncancelled one does.
import threading
import time

fired = []
cancelled = threading.Timer(0.3, fired.append, args=("cancelled",))
kept = threading.Timer(0.3, fired.append, args=("kept",))
cancelled.start()
kept.start()
time.sleep(0.02)
cancelled.cancel()
kept.join()
cancelled.join()
print("fired:", fired)
print("both finished:", not cancelled.is_alive(), not kept.is_alive())
