# A failing assert with a message ends the program with AssertionError.
def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f'{a} > {b}'
    return True

print(check_sorted([1, 2, 3]))
check_sorted([1, 3, 2])
