for i in range(3):
    continue
else:
    pass
while x:
    break
else:
    pass
for a, b in c, d: pass
