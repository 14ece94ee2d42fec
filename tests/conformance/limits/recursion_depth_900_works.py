# Recursion 900 frames deep works under the default limit of 1000.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(900))
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(900)
count = 0
while nested:
    nested = nested[0]
    count += 1
print(count)
def sum_to(n, acc=0):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(950))
