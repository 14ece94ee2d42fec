# An unhashable element of a set comprehension is reported at the whole comprehension, in its own frame.
rows = [[1, 2], [3]]
print(len(rows), "rows")
unique = {row for row in rows}
