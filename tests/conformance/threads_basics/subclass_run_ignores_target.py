# An overridden run() ignores the target; calling run() directly runs in the caller.
import threading


def target():
    print("target ran in", threading.current_thread().name)


class Custom(threading.Thread):
    def run(self):
        print("custom run in", threading.current_thread().name)


t = Custom(target=target, name="custom")
t.start()
t.join()

plain = threading.Thread(target=target, name="plain")
plain.run()
print("plain alive after direct run:", plain.is_alive())
t2 = threading.Thread(target=target, name="plain2")
t2.start()
t2.join()
