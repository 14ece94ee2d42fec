try:
    work()
print('done')
