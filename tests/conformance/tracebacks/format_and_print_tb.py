"""traceback.format_tb and print_tb: one string per frame, outermost first, limit from either end, None and bad arguments."""
import sys
import traceback


def show(text):
    # CPython names the file by its full path; the recording calls it main.py.
    print(text.replace(__file__, "main.py"), end="")


def inner(n):
    if n == 0:
        raise ValueError("deep")
    return inner(n - 1)


def outer():
    return inner(2)


try:
    outer()
except ValueError as e:
    tb = e.__traceback__

chunks = traceback.format_tb(tb)
print(len(chunks))
show("".join(chunks))
print("-- limit 2")
show("".join(traceback.format_tb(tb, 2)))
print("-- limit -1")
show("".join(traceback.format_tb(tb, limit=-1)))
print("-- limit 0")
print(traceback.format_tb(tb, 0))
print("-- tb_next")
show("".join(traceback.format_tb(tb.tb_next)))
print("-- print_tb to a file object")
class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


buffer = Collect()
traceback.print_tb(tb, 1, buffer)
traceback.print_tb(tb, limit=-1, file=buffer)
show("".join(buffer.parts))
print("-- None")
print(traceback.format_tb(None))
traceback.print_tb(None, file=sys.stdout)
print("-- from sys.exc_info")
try:
    {}["missing"]
except KeyError:
    show("".join(traceback.format_tb(sys.exc_info()[2])))
for bad in (42, "tb"):
    try:
        traceback.format_tb(bad)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    traceback.format_tb()
except TypeError as e:
    print(type(e).__name__, e)
try:
    traceback.format_tb(tb, "2")
except TypeError as e:
    print(type(e).__name__, e)
for limit in (2.0, -1.0, True):
    for f in (traceback.format_tb, lambda t, limit: traceback.format_stack(limit=limit)):
        try:
            print(len(f(tb, limit)))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
