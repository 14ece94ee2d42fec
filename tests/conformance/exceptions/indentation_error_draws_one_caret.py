# An "expected an indented block" error draws a single caret, whatever the statement's length.
def start_workers():
print("starting")
