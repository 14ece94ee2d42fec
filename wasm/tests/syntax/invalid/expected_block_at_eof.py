def worker():
