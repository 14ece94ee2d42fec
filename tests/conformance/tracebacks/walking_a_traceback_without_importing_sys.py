# Walking e.__traceback__ reads each frame's code and line, without importing sys first.
def inner():
    raise ValueError("bad")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        print(code.co_name, tb.tb_lineno, code.co_filename.endswith("main.py"))
        tb = tb.tb_next
