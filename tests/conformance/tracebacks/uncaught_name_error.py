# A misspelled name: NameError, with CPython 3.11's "Did you mean" hint.
counter = 0
for step in range(3):
    counter += step
print(countr)
