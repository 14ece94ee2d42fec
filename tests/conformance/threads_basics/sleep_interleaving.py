# Two threads interleave by sleeping 150 ms apart; output order follows the sleeps.
import threading
import time


def ticker(label, offset, count):
    time.sleep(offset)
    for i in range(count):
        print(label, i)
        time.sleep(0.3)


a = threading.Thread(target=ticker, args=("A", 0.0, 3))
b = threading.Thread(target=ticker, args=("B", 0.15, 3))
a.start()
b.start()
a.join()
b.join()
print("done")
