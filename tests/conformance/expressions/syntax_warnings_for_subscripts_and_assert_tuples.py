# Subscripting a literal the wrong way, and assert with a parenthesized tuple, give SyntaxWarnings before the program runs.
grid = [[1, 2] [0, 1]] if False else [[1, 2], [0, 1]]
word = "abc"[1.5] if False else "abc"[1]
total = 1[0] if False else 1
x = 2
assert (x == 3, "x should be 3")
print(grid, word, total, "assert passed")
