# Each thread owns a random.Random seeded from its index, so its values do not depend on scheduling.
import random
import threading

results = {}


def roll(index):
    rng = random.Random(index)
    results[index] = [rng.randint(1, 6) for _ in range(5)]


threads = [threading.Thread(target=roll, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for index in sorted(results):
    print(index, results[index])
print(random.Random(1).random() == random.Random(1).random())
