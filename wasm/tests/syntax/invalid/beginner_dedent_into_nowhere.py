def worker():
    global counter
    counter += 1
  print(counter)
