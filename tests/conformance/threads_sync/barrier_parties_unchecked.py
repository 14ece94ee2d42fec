# Barrier accepts any number of parties in 3.11.
import threading
b = threading.Barrier(0)
print(b.parties)
