# A walrus inside a comprehension may not rebind the comprehension's own loop variable: nothing runs.
print("never printed")
totals = [total := total + n for n in range(3)] if False else []
squares = [n := n * n for n in range(3)]
