# Deduplication: set() loses order, dict.fromkeys keeps first-seen order.
items = [5, 3, 5, 1, 3, 9, 1, 0]
print(sorted(set(items)))
print(list(dict.fromkeys(items)))
seen = set()
ordered = []
for x in ['b', 'a', 'b', 'c', 'a']:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered, len(seen))
print(len(set('mississippi')), sorted(set('mississippi')))
