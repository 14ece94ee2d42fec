match = 1
case = match
match(x)
match.y = 2
_ = case
print(match, case)
