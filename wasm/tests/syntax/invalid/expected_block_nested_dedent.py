def run():
    if ready:
start()
