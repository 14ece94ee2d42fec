name = 'worker
print(name)
