"""sys._current_frames(): every live thread's innermost frame by ident, newest first; frames read their line live, like sys._getframe()'s."""
import sys
import threading
import time
import traceback

started = threading.Event()
lock = threading.Lock()


def waiter():
    started.wait()


def holder():
    with lock:
        time.sleep(0.2)


def blocked():
    time.sleep(0.03)
    with lock:
        pass


def program_lines(frame):
    # Only this program's frames: library paths and lines differ by build.
    lines = traceback.format_stack(frame)
    return [l.splitlines()[0].replace(__file__, "main.py") for l in lines if __file__ in l]


threads = [threading.Thread(target=f, name=f.__name__) for f in (waiter, holder, blocked)]
for t in threads:
    t.start()
time.sleep(0.1)

names = {t.ident: t.name for t in threading.enumerate()}
frames = sys._current_frames()
print(type(frames).__name__, len(frames), sorted(frames) == sorted(names))
for ident, frame in frames.items():
    mine = frame.f_code.co_filename == __file__
    print(names[ident], frame.f_code.co_name, frame.f_lineno if mine else "(library)")
    for line in program_lines(frame):
        print("   ", line)

print("-- a frame object reads its line live")
here = sys._getframe()
print(here.f_lineno)
x = 1
print(here.f_lineno, here.f_back)


def show_caller():
    return sys._getframe(1).f_lineno


print(show_caller())
started.set()
for t in threads:
    t.join()
print(len(sys._current_frames()))
