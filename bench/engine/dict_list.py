# Dict and list work: building, lookups, sorting.
def work(n):
    counts = {}
    for i in range(n):
        key = i % 1000
        counts[key] = counts.get(key, 0) + 1
    items = []
    for k, v in counts.items():
        items.append((v, k))
    items.sort()
    squares = [x * x for x in range(n // 10)]
    evens = [x for x in squares if x % 2 == 0]
    return len(counts), items[0], sum(evens) % 1000003

print(work(1_000_000))
