# Counter and defaultdict aggregating thread results under a lock.
import collections
import threading

words = "the cat and the dog and the bird".split()
counts = collections.Counter()
by_len = collections.defaultdict(list)
lock = threading.Lock()


def tally(chunk):
    local_counts = collections.Counter(chunk)
    with lock:
        counts.update(local_counts)
        for w in chunk:
            by_len[len(w)].append(w)


threads = [threading.Thread(target=tally, args=(words[i:i + 3],)) for i in range(0, len(words), 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts.most_common(2))
print(sorted(counts.items()))
print({k: sorted(v) for k, v in sorted(by_len.items())})
print(counts["missing"], "missing" in counts)
dd = collections.defaultdict(int)
dd["x"] += 1
print(dict(dd), dd.default_factory)
print(collections.Counter("abracadabra") - collections.Counter("abc"))
