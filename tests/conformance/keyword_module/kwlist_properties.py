# kwlist is sorted, has no duplicates, and every entry is a keyword but not an identifier-usable name.
import keyword

print(keyword.kwlist == sorted(keyword.kwlist), len(set(keyword.kwlist)) == len(keyword.kwlist))
print(all(keyword.iskeyword(k) for k in keyword.kwlist), all(k.isidentifier() for k in keyword.kwlist))
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
