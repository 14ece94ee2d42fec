# Common iteration patterns: counting, grouping, inverting, nested dicts, and sorting by value.
text = 'the quick brown fox jumps over the lazy dog the end'
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(max(freq, key=freq.get), min(freq.values()))
by_len = {}
for word in text.split():
    by_len.setdefault(len(word), []).append(word)
print(by_len)
inverse = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverse)
config = {'db': {'host': 'localhost', 'port': 5432}, 'debug': True}
for section, value in config.items():
    if isinstance(value, dict):
        for k, v in value.items():
            print(f'{section}.{k} = {v}')
    else:
        print(f'{section} = {value}')
for i, (k, v) in enumerate(sorted({'b': 1, 'a': 2}.items())):
    print(i, k, v)
print(sum({'x': 3, 'y': 4}.values()), list({'x': 3}), [*{'p': 1, 'q': 2}])
