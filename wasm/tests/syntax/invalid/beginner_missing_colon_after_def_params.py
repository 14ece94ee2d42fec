import threading

def worker(n)
    print(n)
