# Integer arithmetic in a tight loop.
def work(n):
    total = 0
    for i in range(n):
        total += (i * 7 + 3) % 11 - (i >> 2)
        total ^= i & 255
    return total

print(work(3_000_000))
