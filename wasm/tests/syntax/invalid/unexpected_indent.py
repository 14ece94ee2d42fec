import threading
    t = threading.Thread()
