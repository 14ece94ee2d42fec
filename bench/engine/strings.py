# String building and formatting.
def work(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i * 1.5:.2f}")
        if i % 3 == 0:
            parts.append("%s-%d" % ("item", i))
    text = ",".join(parts)
    return len(text), text[:30], text.count("item")

print(work(200_000))
