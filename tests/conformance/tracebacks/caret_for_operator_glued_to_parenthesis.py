# CPython draws two carets when the operand after a one-character operator is glued to it: total/(n-n) gives ^^.
total = 10
count = 0
print("average of", count, "values")
average = total/(count-count)
