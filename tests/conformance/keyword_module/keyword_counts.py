# Counting keywords in a snippet of source text, word by word.
import keyword

source = '''def f(x):
    if x is None and not flag:
        return [y for y in range(x) if y]
    while True:
        break
'''
words = source.replace('(', ' ').replace(')', ' ').replace(':', ' ').replace('[', ' ').replace(']', ' ').split()
found = {}
for w in words:
    if keyword.iskeyword(w):
        found[w] = found.get(w, 0) + 1
print(found)
print(sum(found.values()), len(keyword.kwlist))
