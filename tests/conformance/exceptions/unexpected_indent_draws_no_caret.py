# "unexpected indent" shows the line without a caret, as CPython prints it.
import threading
    lock = threading.Lock()
