x = 1, 2,
return_ = a, *b
for x in 1, 2: pass
