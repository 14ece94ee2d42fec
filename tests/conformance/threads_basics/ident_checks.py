# ident/native_id are None before start, then ints; ident matches get_ident() inside the thread.
import threading

seen = {}


def record():
    seen["get_ident"] = threading.get_ident()
    seen["current_ident"] = threading.current_thread().ident
    seen["native"] = threading.get_native_id()


t = threading.Thread(target=record)
print("before start:", t.ident, t.native_id)
t.start()
t.join()
print("ident is int:", isinstance(t.ident, int))
print("native_id is int:", isinstance(t.native_id, int))
print("ident == get_ident() in thread:", t.ident == seen["get_ident"])
print("current_thread().ident matches:", seen["current_ident"] == t.ident)
print("native_id matches:", seen["native"] == t.native_id)
print("differs from main:", t.ident != threading.get_ident())
print("ident kept after finish:", t.ident is not None)
print("main ident matches:", threading.main_thread().ident == threading.get_ident())
