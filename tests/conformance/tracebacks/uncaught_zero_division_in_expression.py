# ZeroDivisionError from inside a larger expression and a comprehension.
def average(values):
    return sum(values) / len(values)

data = [[1, 2, 3], [4, 5], []]
averages = [average(row) for row in data]
print(averages)
