# Soft keywords stay usable as names; hard keywords are listed in kwlist.
import keyword

match = 'still a name'
case = 3
print(match, case, keyword.softkwlist, [k for k in keyword.softkwlist if keyword.iskeyword(k)])
print([k for k in keyword.kwlist if k[0].isupper()], 'await' in keyword.kwlist, 'print' in keyword.kwlist)
