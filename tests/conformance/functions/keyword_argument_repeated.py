# A keyword given twice in one call is a SyntaxError: nothing runs.
print("this line never runs")


def connect(**options):
    return options


print(connect(host="a", port=1, host="b"))
