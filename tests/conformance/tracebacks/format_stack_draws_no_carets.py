# format_stack and print_stack show each frame's line without carets, unlike an exception's traceback.
import sys
import traceback


class Out:
    def write(self, text):
        print(text.replace(__file__, "main.py"), end="")


def leaf():
    text = "".join(traceback.format_stack())
    print(text.replace(__file__, "main.py"), end="")
    traceback.print_stack(sys._getframe(), limit=1, file=Out())


def middle():
    value = leaf() or 1
    return value


result = [middle()][0]
