if x == 1:
    print('a')
  else:
    print('b')
