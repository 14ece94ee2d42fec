[x for x in y]
{x for x in y if x if not x}
{k: v for k, v in d.items()}
(x for x in y for z in x)
[[y for y in x] for x in z]
