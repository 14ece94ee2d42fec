threads = [threading.Thread(target=f) for i in range(3)
for t in threads: t.start()
