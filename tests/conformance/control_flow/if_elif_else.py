# if/elif/else chains pick the first true branch.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
if []:
    print('empty list is true')
elif not {}:
    print('empty dict is false')
value = None
if value is None:
    print('none')
if 0: pass
else: print('one-line else')
