if True:
print('yes')
