# Peak memory: a list of 1,000,000 ints.
values = list(range(1_000_000))
print(len(values), values[-1])
