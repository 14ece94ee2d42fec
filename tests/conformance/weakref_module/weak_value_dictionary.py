# WeakValueDictionary: entries vanish when their values die; the mapping API on the live entries.
import weakref


class Session:
    def __init__(self, user):
        self.user = user

    def __repr__(self):
        return f"Session({self.user})"


cache = weakref.WeakValueDictionary()
ann, bob = Session("ann"), Session("bob")
cache["ann"] = ann
cache["bob"] = bob
print(len(cache), sorted(cache.keys()), cache["ann"], "bob" in cache, cache.get("zed", "missing"))
del bob
print(len(cache), list(cache.items()), "bob" in cache, cache.get("bob"))
try:
    cache["bob"]
except KeyError as exc:
    print("KeyError:", exc)
print(cache.setdefault("ann", Session("other")), cache.pop("ann"), len(cache))
cache.update({"cy": ann}, dee=ann)
print(sorted(cache), list(cache.values()), cache.valuerefs()[0]() is ann)
copy = cache.copy()
del ann
print("copies drop entries too:", len(cache), len(copy))
try:
    cache["x"] = 1
except TypeError as exc:
    print("TypeError:", exc)
