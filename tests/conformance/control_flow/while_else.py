# while ... else runs the else block only when the loop ends without break.
n = 0
while n < 3:
    print('n', n)
    n += 1
else:
    print('else ran, n =', n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print('never printed')
print('broke at', n)
while False:
    pass
else:
    print('else on a loop that never ran')
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
find([4, 5, 6], 5)
find([4, 5, 6], 7)
